"""Regional and spoken ways of asking, read as Mandarin (``bot/content/spoken_words.txt``, editable):
店在哪嘎达 -> 店在哪里, 有冇得退 -> 有没有退, and office workers' English (几点close -> 几点关门). One pass,
longest word first, on a normalised text, so the question detector and the FAQ match read the same words whatever the member's dialect.

A word written ``^点样`` is read only where it starts a word of its own: at the start of a clause, or
after one of ``LEAD_INS`` (系点样, 要点样), never inside an ordinary word (有点样子, 阿拉斯加); a word starting with 么
(Hubei's 么时候, 么样) never where 么 ends 什么, 怎么, 这么….
The file is read again when it changes (``/重载`` or an edit); a missing or unreadable file is
logged and read as empty, so questions are still read (``qunbot check-config`` names the problem)."""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

from bot.language import regional
from bot.language.goods import GOODS
from bot.text import normalize
from bot.text_gate import Gated, gated

WORDS_FILE = Path(__file__).resolve().parent.parent / "content" / "spoken_words.txt"
LEAD_INS = ("系", "要", "可以", "该", "咁")  # the words after which a ^word still starts a word of its own
_START = r"(?:(?<=^)|(?<=[\W_])|" + "|".join(f"(?<={re.escape(w)})" for w in LEAD_INS) + ")"
# An English word (几点close, 能deliver吗) is read only as a whole word: not "open" inside "opening", nor "pay" in "paypal".
_LATIN = r"(?<![a-z0-9]){}(?![a-z0-9])"
# Hubei's 么 words (么时候, 么样, 么事) are read only where 么 is no Mandarin word's end: 什么时候, 怎么样, 这么, 要么事 stay.
_ME = r"(?<![什怎这那多要干甚])"
# The southwest's 好多钱 is "how much" where Mandarin's "a lot of money" cannot stand: right after a measure (一斤好多钱,
# 一个好多钱嘛) or before the southwest's asking particles (好多钱嘛, 好多钱喃), or ending the question (q20: "小米好多钱",
# "汤圆好多钱哦，能送不"); "花了好多钱", "要好多钱呢" stay (q15).
_HOW_MUCH = re.compile(r"(?<=[斤个份盒袋箱只瓶包根条碗块把提件套杯张])好多钱|"
                       r"(?<![了要花费挣赚省亏用得])(?P<named>好多钱)(?=[嘛喃噻]|哦?(?:[\W_]|$))")
# (q22) The final particle 否 of Wu, Min and Hakka speakers ("还开着否", "现金收否", "能换否"): 吗 where it ends a clause; 是否,
# 能否, 可否, 否则 and 与否 stay as they are.
_FINAL_FOU = re.compile(r"(?<![是能可与然])否(?![则认定决])(?=[啊呀哦嘞咧]*(?:[\W_]|$))")
# (q22) The south-west's 好多 as "how many" where a stock question ends ("苹果泥还有好多袋", "小米还剩好多份"). Most places read a
# final 好多 as "plenty" ("店里还有好多", "别慌 还剩好多份"), so it asks only where the message marks a question: a question
# particle after it (还剩好多份喃), a question mark (还有好多哦？, 还有好多嘛？; 嘛 and 噻 alone assert), the shop addressed ("老板 还剩好多盒"), or the
# goods alone as the whole message's subject, as a stock question names them ("小米还剩好多份"; not "今年橘子还有好多",
# "菜场还剩好多", "仓库里还有好多箱", "老公说还有好多"). "还有好多人没报名" (still many) goes on after it and stays, and so does
# her own stock ("家里还有好多").
_HERS = re.compile(r"家|我|俺|她|他|冰箱|柜")  # her own stock at home: "家里还有好多" (still lots)
_HOW_MANY_LEFT = re.compile(r"(?<=还剩|还有)好多(?=[份袋盒箱斤个瓶包只罐根条块串把提桶碗杯件]?(?P<asks>喃|[啊呀哦哟吖嘛]*[?？])?"
                            r"[啊呀哦嘛吖哟噻]*[\W_]*(?:(?:老板娘?|店长|掌柜的?)[\W_]*)?$)")
_SHOP_ADDRESSED = re.compile(r"^(?:老板娘?|店长|掌柜的?)(?:[\W_]|$)|[\W_](?:老板娘?|店长|掌柜的?)[\W_]*$")
# The goods asked of as a stock question's whole subject: a name the goods list reads from its first character, at most two
# characters more (苹果泥), none of a place's or a time's ("菜场", "店里", "今年橘子").
_GOODS_SUBJECT = re.compile(r"[^\W\d_]{1,6}")
_PLACE_OR_TIME = re.compile(r"[场店里上库架市摊家边年月天周]")


# (q26) Yunnan's asking 格 is also typed 给 ("腐乳给是辣的", "你们给有红糖", "给还有没"): read as 格 (the question reader's
# ``_FORM`` knows it) before 是 or (还)有, the forms three or more corpus files write (给能, 给可以: fewer). Only where no verb
# comes before it in its clause (review of q26): at the clause's start or right after its subject — goods, a pronoun, a place
# (``_GEI_SUBJECT``); a verb's 给 gives ("让给能来的人", "嫁给有钱人", "留给是谁的", "送给有缘人").
_GEI_ASKS = re.compile(r"给(?=是|还?有(?!需要|缘))")
_GEI_SUBJECT = re.compile(r"(?:你们?|您|他们|她们|大家|店里|店子|群里|里面|那边|这边|这个|那个|这些|那些)$")
GEI_SUBJECT_WITHIN = 12  # characters of her clause before 给 looked at: a subject is short


def _gei_asks(text: str, m: re.Match[str]) -> bool:
    """The 给 at ``m`` is Yunnan's asking 格: nothing before it in its clause, or only its subject (``_GEI_SUBJECT``, goods
    named right before it)."""
    clause = re.split(r"[\W_]", text[max(0, m.start() - GEI_SUBJECT_WITHIN):m.start()])[-1]
    return not clause or bool(_GEI_SUBJECT.search(clause)) or any(g.end() == len(clause) for g in GOODS.finditer(clause))


def _how_many_asked(text: str, m: re.Match[str]) -> bool:
    """The final 好多 after 还有/还剩 asks "how many": the message marks a question (``_HOW_MANY_LEFT``), and it is not
    her own stock."""
    subject = text[:m.start() - 2]
    if _HERS.search(re.split(r"[\W_]", subject)[-1]):
        return False
    if m.group("asks") or _SHOP_ADDRESSED.search(text):
        return True
    goods = GOODS.match(subject)
    return bool(goods and _GOODS_SUBJECT.fullmatch(subject) and len(subject) - goods.end() <= 2
                and not _PLACE_OR_TIME.search(subject))
# Words read only after the store's goods or matters in their clause (review 6): "签到有嘛用", "菠萝多会儿能到";
# "生气有嘛用", "他多会儿来咱家吃饭", "装修好多钱啊" stay.
_STORE_BOUND = ("有嘛用", "多会儿")
_MATTERS = re.compile(r"积分|签到|券|会员|活动|讲座|团购|接龙|快递|货|店|订单|配送|送货|师傅")


# How far back the store's goods or matters are looked for in a word's clause (D25: the whole clause before each of the
# message's words cost 5,000 characters of "多会儿" seconds; a question names them close by).
STORE_NAMED_WITHIN = 60


def _store_named(text: str, start: int) -> bool:
    clause = re.split(r"[\W_]", text[max(0, start - STORE_NAMED_WITHIN):start])[-1]
    return bool(GOODS.search(clause) or _MATTERS.search(clause))
log = logging.getLogger(__name__)
# d28: a region's word whose sense ``bot.language.regional`` decides for every reader, read where it has that sense only:
# Wu 侬 is "you" (你们, the shop) but not after 我 (Min's 我侬 "I", Hainan's "my child"), as the other readers read it.
_DECIDED = {"侬": regional.YOU}


def parse(lines: list[str]) -> tuple[dict[str, str], list[int]]:
    """{said: Mandarin} from the file's lines ("哪里: 哪嘎达 边度"; a said word may start with ^), and
    the numbers of the lines that are no such pair (skipped here; ``qunbot check-config`` names them)."""
    table: dict[str, str] = {}
    broken: list[int] = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, colon, said = line.partition(":")
        if not colon or not normalize(word) or not said.split():
            broken.append(number)
            continue
        table |= {("^" if other.startswith("^") else "") + normalize(other): normalize(word)
                  for other in said.split() if normalize(other)}
    return table, broken


def read_lines(path: Path = WORDS_FILE) -> list[str]:
    """The file's lines; raises OSError (missing, unreadable) or UnicodeDecodeError (not UTF-8)."""
    return path.read_text("utf-8").splitlines()


def broken_lines(path: Path = WORDS_FILE) -> list[int]:
    return parse(read_lines(path))[1]


@lru_cache(maxsize=1)
def _rewriter() -> tuple[re.Pattern[str] | Gated | None, dict[str, str]]:
    """Read once, then again only after ``reload_words`` (start-up and /重载 build the FAQ): no file
    access on the message path."""
    try:
        table, broken = parse(read_lines(WORDS_FILE))
    except (OSError, UnicodeDecodeError) as exc:  # questions must still be read: check-config tells the admin
        log.warning("%s cannot be read (%s): regional words are not read as Mandarin", WORDS_FILE, exc)
        return None, {}
    if broken:  # a broken line must not stop questions being read: check-config tells the admin
        log.warning("%s: lines %s are not 'word: what members say for it' and are skipped", WORDS_FILE, broken)
    words = sorted(table, key=lambda w: len(w.lstrip("^")), reverse=True)
    pieces = [_START + re.escape(w[1:]) if w.startswith("^") else _LATIN.format(re.escape(w)) if w.isascii()
              else _ME + re.escape(w) if w.startswith("么") else _DECIDED.get(w, re.escape(w)) for w in words]
    to = {w.lstrip("^"): mandarin_word for w, mandarin_word in table.items()}
    return (gated(re.compile("|".join(pieces))) if pieces else None), to  # most chat holds none of its words


def reload_words() -> None:
    """Read the file again at its next use (an admin edited it)."""
    _rewriter.cache_clear()
    mandarin.cache_clear()


@lru_cache(maxsize=1024)
def mandarin(text: str) -> str:
    """The text with regional and spoken question words read as Mandarin (folded or compact text); a message's
    forms are read so several times (the question reader's rules, its learned signals, its clauses): once."""
    pattern, table = _rewriter()
    if "否" in text:
        text = _FINAL_FOU.sub("吗", text)
    if "给" in text:
        text = _GEI_ASKS.sub(lambda m: "格" if _gei_asks(text, m) else m.group(), text)
    if "好多" in text:
        text = _HOW_MANY_LEFT.sub(lambda m: "多少" if _how_many_asked(text, m) else m.group(), text)
    if "好多钱" in text:
        text = _HOW_MUCH.sub(lambda m: m.group() if m.group("named") and not _store_named(text, m.start())
                             else "多少钱", text)
    return text if pattern is None else pattern.sub(
        lambda m: m.group() if m.group().startswith(_STORE_BOUND) and not _store_named(text, m.start())
        else table[m.group()], text)
