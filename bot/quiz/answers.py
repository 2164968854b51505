"""Lenient quiz answer matching: what a member on a phone types still counts.

Both the answer and the attempt go through the same folding: the quoted question
of a WeChat reply and leading @mentions are dropped, full-width/half-width, case,
traditional script, spaces and punctuation are folded (``bot.text.normalize``),
Chinese numerals become digits (三 = 3).

(q33) Which option of a multiple-choice question a message picks is read as a person reads it: "B", "选B", "应该是B吧",
"我猜是第二个", "选第2个吧", "二" (the second), "五克吧" (the option "5克" by its own text or value), "我觉得是C 不对 是A"
(a self-correction: her last stated choice), "不是A 是B". The message must be nothing but the answer: picks, words
framing one (我觉得是, 应该是, 选, 吧…), corrections (不对, 说错了, 改成) and denials (不是A). Anything else beside them is
chat that merely holds a letter ("我B站看到的", "A4纸多少钱") and picks nothing; so is a choice taken back and not
replaced ("C不对吧", "不是A") and an undecided one ("A还是B？"). One scan of the folded text: at each place the longest
word of a fixed table that fits there; linear in the text's length.
"""
from __future__ import annotations

import re
from functools import lru_cache

import cn2an

from bot.language.numbers import UNITS
from bot.text import normalize, strip_leading_mentions

LETTERS = "ABCDEF"

# A quoted reply as WeChat clients render it: 「name：quoted text」 plus a dashed separator line.
_QUOTE = re.compile(r"「[^」]*」|^\s*(?:-\s*){6,}$", re.M)
_TEXT_FILLERS = ("我觉得是", "我觉得", "应该是", "答案是", "答案")
_PARTICLES = "啦了呀吧哦喔嘛咯啊哈么呢"


MAX_ANSWER = 200  # characters; longer text is chat, never read as numbers
# (z33) A separator between two Chinese numerals: a value written "一百四十/九十", "一百四十 九十" is two numbers, as
# "140/90" is; ``normalize`` drops the separator, and the numerals run together would be no number. One character each
# side, one run of separators between: linear.
_NUMERALS = "零〇一二两三四五六七八九十百千万"
_NUMERAL_GAP = re.compile(f"(?<=[{_NUMERALS}])[\\s/／\\-－—–、,，:：·~～|｜\\\\]+(?=[{_NUMERALS}])")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The canonical form two answers are compared in."""
    folded = normalize(text)
    if len(folded) > MAX_ANSWER:  # not an answer; and cn2an is quadratic on long digit runs
        return folded
    if _NUMERAL_GAP.search(text):  # (z33) "一百四十/九十": two numbers, each read alone ("140" "90"), as "140/90" is
        return "".join(fold(part) for part in _NUMERAL_GAP.split(text))
    try:
        folded = cn2an.transform(folded, "cn2an")
    except Exception:  # cn2an rejects some odd strings; the folded text is good enough
        pass
    return folded


def strip_quote(text: str) -> str:
    """What the member wrote when replying to (quoting) the question."""
    return strip_leading_mentions(_without_quotes(text))


_DASH_LINE = re.compile(r"^\s*(?:-\s*){6,}$", re.M)  # ``_QUOTE``'s second way
_SPACE_RUN = re.compile(r"\s*")
_LINE_START = re.compile(r"^", re.M)


def _without_quotes(text: str) -> str:
    """``_QUOTE.sub("", text)``, each start tried once. re tries the pattern from every 「 and every line start, and runs
    each try to the end of a text with no 」 after it or of a run of blank lines (a run of 「 or of newlines: n * n / 2
    steps, 5,000 characters ~0.5 s). Here a 「 after the last 」 is never tried (it opens no quote, nor a line of dashes),
    and a line start inside the blanks after one that failed is not tried either (its try would run on to the same
    character and fail the same way); every other start is tried in order, as re tries it."""
    if "「" not in text and "\n" not in text and "-" not in text:
        return text
    last = text.rfind("」")
    kept: list[str] = []
    done = at = lines_from = 0  # read up to ``done``; line starts before ``lines_from`` are inside failed blanks
    opening = line = -2  # the next 「 before the last 」 and the next line start worth a try (-1: none; -2: not sought)
    while at < len(text):
        if opening != -1 and opening < at:
            opening = text.find("「", at, last) if at < last else -1
        if line != -1 and line < (since := max(at, lines_from)):
            line = found.start() if (found := _LINE_START.search(text, since)) is not None else -1
        if opening == -1 and line == -1:
            break
        p = line if opening == -1 else opening if line == -1 else min(opening, line)
        matched = (_QUOTE.match(text, p) if p < last else None) or (_DASH_LINE.match(text, p) if p == line else None)
        if matched is not None:
            kept.append(text[done:p])
            done = at = matched.end()
            continue
        if p == line:
            lines_from = _SPACE_RUN.match(text, p).end() + 1
        at = p + 1
    kept.append(text[done:])
    return "".join(kept)


# --- which option a message picks (q33) ----------------------------------------------------------------------

# Words framing an answer: who thinks it, how sure, the verb; particles. Kept apart from the picks.
_FRAMES = ("我觉得是", "我觉得", "觉得是", "觉得", "我猜是", "我猜", "猜是", "猜", "我感觉是", "感觉是", "感觉",
           "应该是", "应该", "肯定是", "肯定", "估计是", "估计", "大概是", "大概", "可能是", "可能", "我认为是", "认为是",
           "答案是", "答案", "我选择", "选择", "我选", "选项", "选", "我", "就是", "就", "那就", "那", "还是", "是", "项",
           "嗯", "额", "呃", "哦", "噢", "吧", "啦", "了", "呀", "哈", "嘛", "咯", "啊", "呢", "么", "喔", "的", "个")
# A choice taken back: what comes after it is her answer, and nothing before it counts.
_CORRECTIONS = ("不对不对", "不对", "说错了", "打错了", "选错了", "错了", "哦不", "噢不", "不不", "改成", "改选", "改",
                "更正", "纠正", "等等", "算了")
# In a free answer only the corrections no answer holds ("改良", "菠菜芹菜等等" keep theirs).
_TEXT_CORRECTIONS = ("不对", "说错了", "打错了", "哦不", "噢不", "不不", "改成", "更正")
# A choice denied: the pick right after it is not hers ("不是A 是B").
_DENIALS = ("不是", "不选", "不会是")
_ORDINAL = re.compile(r"第(\d{1,2})(?:个|项|条|种|选项)?")
_LETTER = re.compile(r"[a-f](?![a-z])")
_NUMBER = re.compile(r"\d{1,4}")
# An amount in an option: its number and up to four characters of unit ("5克", "400国际单位", "24小时内").
_VALUE = re.compile(r"(\d+(?:\.\d+)?)[^\d]{0,4}")
MAX_PICK = 40  # characters; a longer message is chat (as the quiz handler reads it)
# (r33b) A count or a place alone ("2", "两份吧", "第二个", "就3个"): what answers the bot's own question to her ("您要订
# 几份…呢？"), read by ``counts_only`` on the folded words (Chinese numerals are digits there). One number, a measure word
# of the order readers' (``numbers.UNITS``) at most, a few particles; no letter and no option's words.
_COUNT_ONLY = re.compile(rf"(?:我要|要|就|那就|那|我)?第?\d{{1,4}}[{UNITS}]?[吧啦呀哈嘛咯啊呢的了哦喔]{{0,3}}")


def counts_only(text: str) -> bool:
    """(r33b) The message is nothing but a count or a place ("2", "两份", "第二个"): while the bot's question to her is
    open it answers that question, not an open quiz (``bot.handlers.quiz``)."""
    words = fold(text)
    return len(words) <= MAX_PICK and _COUNT_ONLY.fullmatch(words) is not None


def option_letter(text: str, option_count: int) -> str | None:
    """The letter picked of ``option_count`` options known by their letters and places only."""
    return picked(text, ("",) * min(option_count, len(LETTERS)))


def picked(text: str, options: tuple[str, ...], accept: tuple[str, ...] = (), answer: str = "") -> str | None:
    """The letter of the option the message picks, or None. ``accept`` (other forms of the right ``answer``'s letter)
    pick that letter too."""
    words = fold(text)
    options = options[:len(LETTERS)]
    if not words or len(words) > MAX_PICK or not options:
        return None
    names = _names(options, accept, answer)
    choice: str | None = None
    chosen: set[str] = set()
    denied = wavering = False
    at = 0
    while at < len(words):
        word, letter = _word_at(words, at, names, len(options))
        if word is None:
            return None  # a word that is no part of an answer: chat
        at += len(word)
        if letter is not None:
            choice, denied = (None, False) if denied else (letter, False)
            chosen.add(letter)
        elif word in _CORRECTIONS:
            choice, denied = None, False
        elif word in _DENIALS:
            denied = True
        elif word == "还是" and choice is not None:
            wavering = True  # "A还是B": undecided, unless "…还是B吧"
    if len(chosen) > 1 and ("?" in text or "？" in text):
        return None  # "A还是B？": asking, not answering
    return None if wavering and not words.endswith("吧") else choice


def _word_at(words: str, at: int, names: tuple[tuple[str, str], ...], count: int) -> tuple[str | None, str | None]:
    """The word at ``at`` and the letter it picks (None for a frame, a correction or a denial)."""
    for name, letter in names:  # the options' own words first, longest first: "不加盐糖和调味品" is not 不 + …
        if words.startswith(name, at) and not (name[-1].isdigit() and _continues(words, at + len(name))):
            return (name, letter) if letter else (None, None)
    if (found := _ORDINAL.match(words, at)) is not None:
        n = int(found.group(1))
        return (found.group(), LETTERS[n - 1]) if 1 <= n <= count else (None, None)
    inside = at and words[at - 1].isascii() and words[at - 1].isalnum()  # in a run of latin or digits: "a4", "abc"
    if not inside and (found := _LETTER.match(words, at)) is not None:
        letter = found.group().upper()
        return (found.group(), letter) if LETTERS.index(letter) < count else (None, None)
    if not inside and (found := _NUMBER.match(words, at)) is not None and not _continues(words, found.end()):
        n = int(found.group())
        return (found.group(), LETTERS[n - 1]) if 1 <= n <= count else (None, None)  # "二" alone: the second
    for word in (*_DENIALS, *_CORRECTIONS, *_FRAMES):
        if words.startswith(word, at):
            return word, None
    return None, None


def _continues(words: str, end: int) -> bool:
    return end < len(words) and words[end].isascii() and words[end].isalnum()


@lru_cache(maxsize=256)
def _names(options: tuple[str, ...], accept: tuple[str, ...], answer: str) -> tuple[tuple[str, str], ...]:
    """Each option's words (folded), longest first, with the letter they pick: its text, the parts of "仰卧（平躺）",
    its values ("5克" of "5克", "300克" of "不少于300克") and a value's bare number ("5" of [5克, 10克, 15克]) when no
    other option has them. A bare number that is one option's value and another's place ("2" of [3个月, 6个月, 1岁,
    2岁]: 2岁, or the second?) picks nothing (letter ""); a number no option is worth is read as a place."""
    named: dict[str, set[str]] = {}
    for letter, option in zip(LETTERS, options):
        folded = fold(option)
        parts = {folded, *(fold(part) for part in re.split(r"[（）()]", option))}
        parts |= {m.group(i) for m in _VALUE.finditer(folded) for i in (0, 1)}
        for part in parts - {""}:
            named.setdefault(part, set()).add(letter)
    if answer:
        for form in accept:
            if folded := fold(form):
                named.setdefault(folded, set()).add(answer.upper())
    table: list[tuple[str, str]] = []
    for name, letters in named.items():
        letter = next(iter(letters)) if len(letters) == 1 else ""
        if name.isdigit() and letter and int(name) <= len(options) and LETTERS[int(name) - 1] != letter:
            letter = ""  # a value here, a place there
        table.append((name, letter))
    return tuple(sorted(table, key=lambda item: -len(item[0])))


def is_correct(attempt: str, *, answer: str, options: list[str], accept: list[str]) -> bool:
    """Whether ``attempt`` answers the question whose right ``answer`` is given.

    ``answer`` is an option letter for multiple-choice questions (the option picked as ``picked`` reads it), else the
    answer text itself; ``accept`` lists other forms. A free answer corrected ("18 不对 20") is read after the last
    correction.
    """
    said = strip_quote(attempt)
    if options:
        return picked(said, tuple(options), tuple(accept), answer) == answer.upper()
    mine = fold(said)
    for word in _TEXT_CORRECTIONS:
        if word in mine:
            mine = mine.rpartition(word)[2]
    mine = mine.rstrip(_PARTICLES)
    for filler in _TEXT_FILLERS:
        mine = mine.removeprefix(filler)
    return bool(mine) and any(mine == fold(form) for form in [answer, *accept])
