"""Which count in a message is the number of portions ordered: every count mention is a candidate,
and a small learned linear model ranks them by what surrounds each.

The rule reader (``intents.read_order``) knows the forms it was written from; on text by someone who
never read it, most of its misses are silence, and many of those messages state their count plainly
among other numbers (a flat, a time, a price, an age) or a second mention ("一份…哦不，三份"). Here the
count is chosen the other way round: ``candidates`` lists every count the message mentions — a numeral
before a unit or alone, "+N", "xN", 两/俩/仨, a keycap or a hand (✌️份), "one" when no count is said, and
the sum when several portions are listed, a count each times the people named (我和老公各一份) — and
``QuantityModel`` scores each from its features: its unit, what comes just before and after it, whether it
sits in an address, a time, a price, a date or an age, who it is for, a correction around it, its place
among the others. Fitted on the counts of real orders and of chat (all negative there), it also says how
likely its best candidate is a count ordered at all. ``bot.language.order_guess`` combines the best
candidate with the learned intent score to act, ask once or say nothing where the rules are silent.

Plain Python at run time: a logistic regression's weights in ``bot/content/order_quantity_model.json``,
fitted by ``qunbot train --intents`` (``bot.language.order_guess_training``) on the corpus' train orders.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from bot.language.intents import MAX_AMOUNT
from bot.language.signups import party_size
from bot.language.linear_weights import LinearWeights, load
from bot.language import numbers
from bot.language.numbers import NUMERAL, number
from bot.language.people import PER_HEAD
from bot.language.wrapping import plain, unquote

SHIPPED = Path(__file__).resolve().parent.parent / "content" / "order_quantity_model.json"

UNITS = numbers.UNITS  # the units every order reader reads (``bot.language.numbers``)
# Typos and homophones members type for 份 (分, 粉, 纷, 仹, 奋, 代 for 袋).
UNIT_TYPOS = "分粉纷仹奋代"
_DONE_OR_FULL = ("熟", "饱")
# A hand or a keycap for a digit, before plain() drops the picture: "✌️份", "☝️份".
_HANDS = re.compile("([✌☝])\ufe0f?")
_HAND_DIGIT = {"✌": "2", "☝": "1"}
_MENTION = re.compile(r"(?P<sign>[+＋x×X*]\s?)?(?P<n>" + NUMERAL + ")")
# What a number's neighbours say it is, when it is not a count of portions.
CONTEXTS = (
    ("address", re.compile(r"^\s?(?:栋|幢|号楼|楼|单元|室|层|号院|弄|座|区|-\d)")),
    ("address_before", re.compile(r"(?:栋|幢|楼|单元|室|层|-|号)\s?$")),
    ("time", re.compile(r"^\s?(?:点|:\d|：\d|时|分钟|小时|刻|半)")),
    ("price", re.compile(r"^\s?(?:元|块|毛|角|rmb|¥)|^\s?(?:\.\d)")),
    ("price_before", re.compile(r"(?:¥|￥|转|付|花|价|共)\s?$")),
    ("date", re.compile(r"^\s?(?:月|日|号|年|周|天|礼拜|星期)")),
    ("age", re.compile(r"^\s?(?:岁|周岁|年级|班)")),
    ("weight", re.compile(r"^\s?(?:斤|克|公斤|kg|g\b|两(?!份))")),
    ("people", re.compile(r"^\s?(?:个人|人|位|口|个大人|个孩子|个娃|大|小)")),
    ("size", re.compile(r"^\s?(?:码|寸|cm|厘米|毫升|ml|l\b)")),
    ("count_of_items", re.compile(r"^\s?(?:个|枚|颗|只)")),
)
_WHOSE = re.compile(r"(?:我|俺)(?:妈|爸|婆婆|公公|姐|妹|哥|弟|老公|老婆|爱人|家|闺女|儿子|女儿|孙|外孙|奶奶|爷爷|邻居|同事|朋友)"
                    r"|帮|给|替|[他她]")
_CORRECTION = re.compile(r"不对|不是|打错|说错|哦不|改成|改为|改一下|更正|重新|应该是|是(?=\s?$)")
_NEGATION = re.compile(r"不要|不用|别|没")
_VERBS = re.compile(r"要|来|订|定|留|记|买|拿|跟|整|拍|报|接|加|追|上车|算")
# A count each ("我和老公各一份", "我们九个老姐妹每人一份"): times the people named before it. The model's feature reads its
# own words, narrower than ``people.PER_HEAD`` (no 每位, 每户, 各家, 一户: D25 review).
_EACH_WORDS = r"各|每人|一人|每个人|每家|一家"
_EACH = re.compile(_EACH_WORDS)
# Each one's count — one table (d27: once here, in ``order_checks._EACH_ONE`` and in ``bot.chain.text._EACH_ONE``): a word of
# each person or home (``people.PER_HEAD``: 每人, 每户, 一家, 各…), the verb, then the count in a unit ("每户两盒", "一人来一份",
# "各一袋"). The ranker's "each" candidate, the households' and people's check and the asks' "one count" read it.
EACH_COUNT = re.compile(r"(?P<each>" + PER_HEAD + r")(?:人)?(?:都|各)?(?:来|要|订|定|留|拿|买|带)?(?P<n>" + NUMERAL
                        + r")\s?[" + UNITS + r"]")


_DOUBLE = re.compile(r"双(?=份|倍)")  # "双份": two portions


@dataclass(frozen=True)
class Candidate:
    value: int
    start: int  # where it is in the form (``form``); -1 for "one" said by nothing and for a sum
    end: int
    kind: str  # "digit", "chinese", "spoken" (俩, 仨, 半打), "plus", "times", "implicit", "sum"


def form(text: str) -> str:
    """The text as the candidates are read in: plain, spaces and line breaks kept as one space each."""
    text = _HANDS.sub(lambda m: _HAND_DIGIT[m[1]], unquote(text))
    return re.sub(r"\s+", " ", plain(text)).strip()


def _done_or_full(words: str, end: int) -> bool:
    """"七分熟" (a steak done), "七分饱" (a meal eaten to seventy per cent): no count, though 分 is often 份 misspelt."""
    return words[end:end + 1] == "分" and words[end + 1:end + 2] in _DONE_OR_FULL


def unit_after(words: str, end: int) -> str:
    """The unit said right after a count ending at ``end`` ("typo" for a misspelt one, "个人" for people), or ""."""
    rest = words[end:end + 3].lstrip()
    if rest[:2] in ("个人",):
        return "个人"
    if rest[:1] and rest[0] in UNITS:
        return rest[0]
    if rest[:1] and rest[0] in UNIT_TYPOS and not _done_or_full(words, end):
        return "typo"
    return ""


def candidates(words: str) -> list[Candidate]:
    """Every count ``words`` (a ``form``) mentions, then "one" (said by nothing) and, when two or more
    counts carry a unit, their sum."""
    found = []
    for match in _MENTION.finditer(words):
        raw = match["n"]
        if re.fullmatch(r"\d+", raw) and (match.start("n") > 0 and words[match.start("n") - 1] in ".:：-"):
            kind_hint = "after_sep"
        else:
            kind_hint = ""
        value = number(raw)
        if value is None or value == 0 or value > MAX_AMOUNT or _done_or_full(words, match.end("n")):
            continue
        sign = (match["sign"] or "").strip()
        kind = ("plus" if sign in "+＋" else "times") if sign else \
            "digit" if raw.isdigit() else "spoken" if raw in ("俩", "仨", "半打", "一打", "两打") else "chinese"
        found.append(Candidate(value, match.start("n"), match.end("n"), kind + (":" + kind_hint if kind_hint else "")))
    found += [Candidate(2, m.start(), m.start() + 1, "spoken") for m in _DOUBLE.finditer(words)]
    found.sort(key=lambda c: c.start)
    out = list(found)
    out.append(Candidate(1, -1, -1, "implicit"))
    united = [c for c in found if unit_after(words, c.end) not in ("", "个人") or c.kind.startswith("plus")]
    if len(united) >= 2:
        total = sum(c.value for c in united)
        if total <= MAX_AMOUNT:
            out.append(Candidate(total, -1, -1, "sum"))
    each = EACH_COUNT.search(words)
    if each and (people := party_size(words[:each.start()])) and people >= 2:
        share = next((c for c in found if c.start == each.start("n")), None)
        if share is not None:
            rest = sum(c.value for c in united if c is not share)
            out.append(Candidate(people * share.value, -1, -1, "each"))
            if rest and people * share.value + rest <= MAX_AMOUNT:
                out.append(Candidate(people * share.value + rest, -1, -1, "each_sum"))
    return out


def _bucket(value: int) -> str:
    return str(value) if value <= 3 else "4-5" if value <= 5 else "6-10" if value <= 10 else "11-30" if value <= 30 else "big"


def features(words: str, candidate: Candidate, every: list[Candidate]) -> set[str]:
    """What the model weighs for one candidate (strings; each counts once)."""
    kind = candidate.kind.split(":")[0]
    out = {"kind:" + candidate.kind, "value:" + _bucket(candidate.value), f"kind_value:{kind}:{_bucket(candidate.value)}"}
    mentions = [c for c in every if c.start >= 0]
    out.add("mentions:" + str(min(len(mentions), 4)))
    values = {c.value for c in mentions}
    if candidate.start < 0:
        out.add("said_values:" + str(min(len(values), 3)))
        if kind == "implicit":
            out.add("implicit_one_said" if 1 in values else "implicit_none_said" if not mentions else "implicit_other_said")
            if _EACH.search(words):
                out.add("implicit_each")
        elif kind.startswith("each"):
            rest = any(c.kind == "each_sum" for c in every)  # other counts beside the count each
            out.add(kind + (":rest" if rest else ":alone"))
        else:
            out.add("sum_each" if _EACH.search(words) else "sum_plain")
            out.add("sum_whose" if len(_WHOSE.findall(words)) >= 1 else "sum_nowhose")
        return out
    before, after = words[:candidate.start], words[candidate.end:]
    unit = unit_after(words, candidate.end)
    out.add("unit:" + (unit or "none"))
    out.add(f"unit_kind:{unit or 'none'}:{kind}")
    out.add("p1:" + before[-1:] if before else "p1:^")
    out.add("p2:" + before[-2:] if len(before) >= 2 else "p2:^" + before)
    out.add("n1:" + after[:1] if after else "n1:$")
    out.add("n2:" + after[:2] if len(after) >= 2 else "n2:" + after + "$")
    if unit:
        rest = after[after.index(unit) + len(unit):] if unit in after else after
        out.add("nu1:" + (rest[:1] or "$"))
    for name, pattern in CONTEXTS:
        if pattern.search(before[-4:] if name.endswith("_before") else after[:4]):
            out.add("ctx:" + name)
    raw = words[candidate.start:candidate.end]
    if raw.isdigit() and len(raw) >= 3:
        out.add("long_digits")
    index = mentions.index(candidate)
    out.add("first" if index == 0 else "later")
    out.add("last" if index == len(mentions) - 1 else "not_last")
    if len(mentions) == 1:
        out.add("only")
    if candidate.value == max(c.value for c in mentions):
        out.add("largest")
    if any(c.value == candidate.value for c in mentions if c is not candidate):
        out.add("repeated")
    near_before, near_after = before[-6:], after[:6]
    if _CORRECTION.search(near_before):
        out.add("correction_before")
    if _CORRECTION.search(near_after):
        out.add("correction_after")
    if _NEGATION.search(near_before[-3:]):
        out.add("negation_before")
    if _VERBS.search(near_before):
        out.add("verb_before")
    if _WHOSE.search(near_before):
        out.add("whose_before")
    if _EACH.search(near_before[-3:]):
        out.add("each_before")
    position = candidate.start / max(len(words), 1)
    out.add("at:" + ("start" if position < 0.2 else "end" if position > 0.7 else "middle"))
    if not before.strip():
        out.add("starts_message")
    if not after.strip() or not after[len(unit):].strip() if unit else not after.strip():
        out.add("ends_message")
    return out


class QuantityModel(LinearWeights):
    def rank(self, text: str) -> list[tuple[float, Candidate]]:
        """The message's readings, best first, each with its share of the candidates' softmax."""
        return self.read(text)[0]

    def read(self, text: str) -> tuple[list[tuple[float, Candidate]], float]:
        """``rank``'s readings and the probability that the best-scored candidate is a count ordered at all
        (the model is fitted on chat's counts too, all negative: a flat, a time, a recipe's amount)."""
        words = form(text)
        every = candidates(words)
        logits = [self.logit(features(words, c, every)) for c in every]
        top = max(logits)
        exps = [math.exp(z - top) for z in logits]
        total = sum(exps)
        # Mentions of the same value share their weight ("一份…一份" is one count said twice, and "one" said
        # by nothing is that count too); a sum or a count each is a reading of its own.
        shares: dict[tuple, float] = {}
        firsts: dict[tuple, Candidate] = {}
        for e, c in zip(exps, every):
            key = (c.value,) if c.kind in ("implicit",) or c.start >= 0 else (c.value, c.kind)
            shares[key] = shares.get(key, 0.0) + e / total
            if key not in firsts or c.start >= 0 > firsts[key].start:
                firsts[key] = c
        ranked = sorted(((shares[key], firsts[key]) for key in shares), key=lambda pc: (-pc[0], pc[1].start < 0, pc[1].start))
        return ranked, 1 / (1 + math.exp(-max(-40.0, top)))


def shipped() -> QuantityModel | None:
    """The shipped model, read once; None in a checkout before the first ``qunbot train --intents``."""
    return load(QuantityModel, str(SHIPPED))
