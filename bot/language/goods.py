"""The goods a store sells (``bot/content/goods.txt``, editable): the words the order reader takes for a product
when it does not know which product is open ("西兰花两斤", "春联一副" in a group with several products, or the corpus).

The file holds one word a line, grouped under ``#`` comments; a word may be followed by ``!`` and the longer words
in which it names no product (``花 ! 花钱 小花``), and by ``~`` when it is heard by sound too, misspelt ("大咪" for
``大米 ~``): ``HEARD``, for the order reader where the open product is not known. It is read once, when this module is first imported, into one
regular expression (``GOODS``) that other patterns embed: a trie of the words (``西(?:兰花|瓜|红柿)``), each branch
starting with a literal character, so a search skips every position whose character starts no word and tries
one branch per character, however many words the file holds; longer words first, so a match is the longest
word at its position ("土鸡蛋", not "蛋"). A missing or unreadable file, or a line that is no such word, is logged
and skipped: orders are still read where the product is known (``qunbot check-config`` names the problem).
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

from bot.language.numbers import UNITS

GOODS_FILE = Path(__file__).resolve().parent.parent / "content" / "goods.txt"
NEVER = r"(?!x)x"  # a pattern that matches nothing, for an empty list (an empty one would match everywhere)
BY_SOUND = "~"  # after a word: heard by sound too
_WORD = re.compile(r"[\u3400-\u9fffA-Za-z0-9]+")
log = logging.getLogger(__name__)


def parse(lines: list[str]) -> tuple[dict[str, tuple[str, ...]], list[int]]:
    """{word: the longer words it names no product in} from the file's lines, and the numbers of the lines that are
    no word (or whose "!" words do not hold the word): skipped here, named by ``broken_lines``."""
    words: dict[str, tuple[str, ...]] = {}
    broken: list[int] = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, bang, rest = (part.strip() for part in line.partition("!"))
        word = word.removesuffix(BY_SOUND).rstrip()
        unless = tuple(rest.split())
        if not _WORD.fullmatch(word) or bang and not unless or any(word not in other or other == word for other in unless):
            broken.append(number)
            continue
        words[word] = tuple(dict.fromkeys(words.get(word, ()) + unless))
    return words, broken


def by_sound(lines: list[str]) -> tuple[str, ...]:
    """The words marked ``~`` (heard by sound too), of the lines ``parse`` takes."""
    words = parse(lines)[0]
    marked = (line.partition("!")[0].strip() for line in lines if not line.strip().startswith("#"))
    return tuple(dict.fromkeys(w for m in marked if m.endswith(BY_SOUND) and (w := m.removesuffix(BY_SOUND).rstrip()) in words))


def read_lines(path: Path = GOODS_FILE) -> list[str]:
    """The file's lines; raises OSError (missing, unreadable) or UnicodeDecodeError (not UTF-8)."""
    return path.read_text("utf-8").splitlines()


def broken_lines(path: Path = GOODS_FILE) -> list[int]:
    return parse(read_lines(path))[1]


def _guard(word: str, unless: tuple[str, ...]) -> str:
    """Zero-width checks, made at the word's end, that it does not stand inside one of ``unless``: "花钱" (花(?!钱)),
    "小花" (花(?<!小花)), "开花结果" for 花 (花(?!(?<=开花)结果))."""
    checks = []
    for other in unless:
        at = other.find(word)
        while at >= 0:
            before, after = re.escape(other[:at + len(word)]), re.escape(other[at + len(word):])
            if not after:
                checks.append(f"(?<!{before})")
            elif at == 0:
                checks.append(f"(?!{after})")
            else:
                checks.append(f"(?!(?<={before}){after})")
            at = other.find(word, at + 1)
    return "".join(checks)


def pattern(words: dict[str, tuple[str, ...]]) -> str:
    """One regular expression matching any of ``words`` (longest first at a position), a trie of alternations."""
    if not words:
        return NEVER
    trie: dict = {}
    end = object()  # the key of a word's end in its last character's node: the word's guard
    for word, unless in words.items():
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[end] = _guard(word, unless)

    def branch(node: dict) -> str:
        alternatives = [re.escape(char) + branch(child) for char, child in sorted((k, v) for k, v in node.items() if k is not end)]
        if end not in node:
            return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if not alternatives:
            return node[end]
        if not node[end]:  # greedy: the longer word first
            return "(?:" + "|".join(alternatives) + ")?"
        return "(?:" + "|".join(alternatives + [node[end]]) + ")"

    return branch(trie)


def _load(path: Path = GOODS_FILE) -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    try:
        lines = read_lines(path)
    except (OSError, UnicodeDecodeError) as exc:  # orders must still be read: check-config tells the admin
        log.warning("%s cannot be read (%s): no goods are known by name", path, exc)
        lines = []
    words, broken = parse(lines)
    if broken:
        log.warning("%s: lines %s are not a word (with '!' and longer words holding it) and are skipped", path, broken)
    return re.compile(pattern(words)), re.compile(pattern({w: u for w, u in words.items() if len(w) >= 2})), by_sound(lines)


# Any goods word; the names of two or more characters alone ("娃娃菜", "月饼", "拖把"), whole names a product's words
# are read as even where one of their characters alone says something else (娃 a child, 月 a month, 把 a verb); the
# words heard by sound too (not every word: 衣架 would hear 一家, 芝士 知识).
GOODS, NAMES, HEARD = _load()


# O22: a kind of the goods named by its taste or its size alone, without 的 or 味 ("原味两袋 五香一袋", "大盒两个 小盒一个",
# "麻辣一份 微辣一份", "中杯两杯"): a taste word ends in what the tongue tells (辣, 甜, 咸, 酸, 香, 鲜, 麻, 淡) after at most two
# characters that say how (微辣, 特辣, 五香, 酸甜, 蒜香), or is a seasoning by name; a size is 大, 中 or 小 before the pack.
_TASTE = r"[\u4e00-\u9fff]{0,2}[辣甜咸酸香鲜麻淡]|原味|原汁|椒盐|孜然|咖喱|黑椒|芝士|抹茶|奶油|糖醋|红烧|藤椒|番茄|蒜蓉|烧烤|卤味"
KIND_WORD = re.compile(r"(?:" + _TASTE + r"|[大中小特超加]?[大中小](?:号|码|份|杯|碗|" + "|".join(UNITS) + r")(?:装)?)(?:的|款|口)?")
