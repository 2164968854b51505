"""How many people a reply under an event post signs up, read the learned way: every count and party the message
mentions is a candidate, and a small linear model ranks them by what surrounds each (as ``order_quantity`` ranks the
counts of an order).

The sign-up rules read the phrasings they were written from, and the intent score's partner guesses a sign-up only
when the words name the event or signing up. Members reply under an event post with the party alone — 我和老伴两个,
俺家三口, 带我孙女, 腊八粥 +4, 3个大人2个娃, a list of names — and those were silent. Here ``candidates`` lists what a
party could be: every count said (a numeral, 俩/仨, "+N"), the same count with the member bringing them (带两个娃 3),
the sum of counts of people (3个大人2个娃 5), the rules' own head count of the persons named (``signups.party_size``:
我和老伴 2) and the member alone (1). ``PartyModel`` scores each from its neighbours (the unit and characters around a
count, whether it is an age, a time, a price, a flat; who is named; bringing) and says how likely its best candidate
is a party signed up at all (fitted on chat's counts and persons too, all negative). ``bot.language.signup_guess``
combines it with the intent score to act, ask once or stay silent where the rules read nothing.

Plain Python at run time: a logistic regression's weights in ``bot/content/signup_party_model.json``, fitted by
``qunbot train --intents`` (``bot.language.signup_guess_training``) on the corpus' train split.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from bot.language import signups
from bot.language.linear_weights import LinearWeights, load
from bot.language.numbers import NUMERAL, number
from bot.language.people import RELATIVE
from bot.language.wrapping import unquote

SHIPPED = Path(__file__).resolve().parent.parent / "content" / "signup_party_model.json"
MOST = 30  # a party larger than this is a count of something else (a flat, a year, a price)

_MENTION = re.compile(r"(?P<sign>[+＋]\s?)?(?P<n>" + NUMERAL + ")")
# What a count's neighbours say it is, when it is not a count of people (and when it is: "people").
CONTEXTS = (
    ("people", re.compile(r"^\s?(?:个人|口人|人|位|口|名|个大人|个孩子|个娃|个小孩|个老人|大|小|老)")),
    ("kid_after", re.compile(r"^\s?(?:个)?(?:孩子|娃|小孩|宝宝|小朋友|孙|外孙|闺女|儿子|女儿)")),
    ("peer_after", re.compile(r"^\s?(?:个)?(?:老?姐妹|老?同事|老?同学|闺蜜|朋友|邻居|老人|老太太|老头|家)")),
    ("age", re.compile(r"^\s?(?:岁|周岁|年级|个月)")),
    ("time", re.compile(r"^\s?(?:点|:\d|：\d|时|分钟|小时|刻|半)")),
    ("date", re.compile(r"^\s?(?:月|日|号(?!楼)|年|周|天|礼拜|星期)")),
    ("price", re.compile(r"^\s?(?:元|块|毛|角|rmb|¥)|^\s?(?:\.\d)")),
    ("address", re.compile(r"^\s?(?:栋|幢|号楼|楼|单元|室|层|号院|弄|座|区|-\d)")),
    ("goods", re.compile(r"^\s?(?:份|盒|箱|袋|斤|瓶|包|套|件|只|条|碗|杯|张|本|次|遍|趟|场)")),
    ("digits", re.compile(r"^\d")),
)
_BRING = re.compile(r"(?:带|陪|领)(?:上|着|了)?(?:我家?|俺家?)?(?:的)?$")
_ME = re.compile(r"我|俺|咱|本人|自己")
_WE = re.compile(r"我们|俺们|咱们|我家|俺家|咱家|全家|一家")
_KIDS = re.compile(r"孩子|娃|小孩|宝宝|小朋友|孙|闺女|儿子|女儿|丫头")
_AND = re.compile(r"和|跟|带|陪|还有|加|、|\+")
_EVENTISH = re.compile(signups.EVENT_KINDS + r"|报|参加|名额|位置|算我|记上|登记")


@dataclass(frozen=True)
class Candidate:
    value: int
    start: int  # where it is in the form; -1 for what no single count says (the member alone, a sum, the persons named)
    end: int
    kind: str  # "digit", "chinese", "spoken" (俩, 仨), "plus" (+N), "bring" (a count and the member), "sum", "named", "alone"


def form(text: str) -> str:
    """The text as the candidates are read in: as the sign-up rules read its words (``signups.folded``), spaces one each."""
    return re.sub(r"\s+", " ", signups.folded(unquote(text))).strip()


def candidates(words: str) -> list[Candidate]:
    """Every count ``words`` (a ``form``) mentions, each also with the member bringing them, the sum of the counts of
    people, the rules' count of the persons named, and the member alone."""
    found = []
    for match in _MENTION.finditer(words):
        value = number(match["n"])
        if not value or value > MOST:
            continue
        raw = match["n"]
        kind = "plus" if match["sign"] else "digit" if raw.isdigit() else "spoken" if raw in ("俩", "仨") else "chinese"
        found.append(Candidate(value, match.start("n"), match.end("n"), kind))
    out = list(found)
    out += [Candidate(c.value + 1, c.start, c.end, "bring") for c in found if c.value + 1 <= MOST]
    people = [c for c in found if _context(words, c) in ("people", "kid_after", "peer_after")]
    if len(people) >= 2 and sum(c.value for c in people) <= MOST:
        out.append(Candidate(sum(c.value for c in people), -1, -1, "sum"))
    named = signups.party_size(words)
    if named and named <= MOST:
        out.append(Candidate(named, -1, -1, "named"))
    out.append(Candidate(1, -1, -1, "alone"))
    return out


def counts_of_people(words: str) -> list[int]:
    """The counts ``words`` (a ``form``) states that may be of people: digits, "+N", 俩/仨, and Chinese numerals before a
    word for people (三口, 两个娃; not 腊八粥, 一家, 一起)."""
    return [c.value for c in candidates(words) if c.start >= 0 and c.kind != "bring"
            and (c.kind != "chinese" or _context(words, c) in ("people", "kid_after"))]


def _context(words: str, candidate: Candidate) -> str:
    after = words[candidate.end:candidate.end + 5]
    return next((name for name, pattern in CONTEXTS if pattern.search(after)), "none")


def _bucket(value: int) -> str:
    return str(value) if value <= 5 else "6-10" if value <= 10 else "big"


def message_features(words: str) -> set[str]:
    """What the whole message says of a party, the same for each of its candidates: the member, her household, kin,
    children, joining words, the event or signing up named, its length."""
    out = set()
    for name, pattern in (("me", _ME), ("we", _WE), ("kids", _KIDS), ("and", _AND), ("eventish", _EVENTISH)):
        if pattern.search(words):
            out.add("m:" + name)
    kin = len(RELATIVE.findall(words))
    out.add("m:kin" + str(min(kin, 3)))
    size = len(words.replace(" ", ""))
    out.add("m:len" + ("short" if size <= 6 else "medium" if size <= 14 else "long"))
    out.add("m:first:" + words[:1])
    out.add("m:last:" + words[-1:])
    return out


def features(words: str, candidate: Candidate, every: list[Candidate], message: set[str]) -> set[str]:
    """What the model weighs for one candidate (strings; each counts once)."""
    kind = candidate.kind
    out = {"kind:" + kind, f"kind_value:{kind}:{_bucket(candidate.value)}"}
    out |= message
    out |= {f"{kind}&{m}" for m in message if not m.startswith(("m:first", "m:last"))}
    mentions = [c for c in every if c.start >= 0 and c.kind != "bring"]
    out.add("mentions:" + str(min(len(mentions), 3)))
    values = {c.value for c in every if c is not candidate and c.kind != "bring"}
    if candidate.value in values:
        out.add(kind + ":agrees")
    named = next((c.value for c in every if c.kind == "named"), None)
    if named is not None and kind != "named":
        out.add(kind + (":is_named" if candidate.value == named else ":not_named"))
    if candidate.start < 0:
        return out
    before, after = words[:candidate.start], words[candidate.end:]
    context = _context(words, candidate)
    out.add(f"ctx:{kind}:{context}")
    out.add("p1:" + (before[-1:] or "^"))
    out.add("p2:" + (before[-2:] if len(before) >= 2 else "^" + before))
    out.add("n1:" + (after[:1] or "$"))
    out.add("n2:" + (after[:2] if len(after) >= 2 else after + "$"))
    out.add(f"{kind}:n1:" + (after[:1] or "$"))
    if _BRING.search(before[-6:]):
        out.add(kind + ":brought")
    if _ME.search(before[-4:]):
        out.add(kind + ":me_before")
    if not before.strip():
        out.add(kind + ":starts")
    if not after.strip():
        out.add(kind + ":ends")
    if mentions and candidate.start == mentions[-1].start:
        out.add(kind + ":last")
    if candidate.value == max(c.value for c in mentions):
        out.add(kind + ":largest")
    return out


class PartyModel(LinearWeights):
    def read(self, text: str) -> tuple[int, float, float]:
        """(the party read, its share of the candidates' softmax — one value said several ways shares it — and the
        probability that the best-scored candidate is a party signed up at all)."""
        words = form(text)
        every = candidates(words)
        message = message_features(words)
        logits = [self.logit(features(words, c, every, message)) for c in every]
        top = max(logits)
        exps = [math.exp(z - top) for z in logits]
        total = sum(exps)
        shares: dict[int, float] = {}
        for e, c in zip(exps, every):
            shares[c.value] = shares.get(c.value, 0.0) + e / total
        value = max(shares, key=lambda v: (shares[v], -v))
        return value, shares[value], 1 / (1 + math.exp(-max(-40.0, top)))


def shipped() -> PartyModel | None:
    """The shipped model, read once; None in a checkout before the first ``qunbot train --intents``."""
    return load(PartyModel, str(SHIPPED))
