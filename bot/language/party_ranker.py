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

from bot.language import message_shape, signups
from bot.language.linear_weights import LinearWeights, load
from bot.language.numbers import NUMERAL, number
from bot.language.people import RELATIVE, SURNAME
from bot.language.wrapping import unquote

SHIPPED = Path(__file__).resolve().parent.parent / "content" / "signup_party_model.json"
MOST = 30  # a party larger than this is a count of something else (a flat, a year, a price)

_MENTION = re.compile(r"(?P<sign>[+＋]\s?)?(?P<n>" + NUMERAL + ")")
# What a count's neighbours say it is, when it is not a count of people (and when it is: "people").
CONTEXTS = (
    ("people", re.compile(r"^\s?(?:个人|口人|人|位|口|名|个大人|个孩子|个娃|个小孩|个老人|大|小|老)")),
    # a child said with a word before it (两个碎娃, 个小娃娃, 两个女: the dialects' words for children)
    ("kid_after", re.compile(r"^\s?(?:个)?[小碎细大奶]?(?:孩子|娃|小孩|宝宝|小朋友|孙|外孙|闺女|儿子|女儿|女(?![士的人生])|仔|伢)")),
    ("peer_after", re.compile(r"^\s?(?:个)?(?:老?姐妹|老?同事|老?同学|闺蜜|朋友|邻居|老人|老太太|老头|家)")),
    ("age", re.compile(r"^\s?(?:岁|周岁|年级|个月)")),
    ("time", re.compile(r"^\s?(?:点|:\d|：\d|时|分钟|小时|刻|半)")),
    ("date", re.compile(r"^\s?(?:月|日|号(?!楼)|年|周|天|礼拜|星期)")),
    ("price", re.compile(r"^\s?(?:元|块|毛|角|rmb|¥)|^\s?(?:\.\d)")),
    ("address", re.compile(r"^\s?(?:栋|幢|号楼|楼|单元|室|层|号院|弄|座|区|-\d)")),
    ("goods", re.compile(r"^\s?(?:份|盒|箱|袋|斤|瓶|包|套|件|只|条|碗|杯|张|本|次|遍|趟|场)")),
    ("measure", re.compile(r"^\s?(?:公里|千米|里地?|米|步|度|公斤|代(?!表))")),  # 走6公里, 零下3度, 三代同堂: no one counted
    ("digits", re.compile(r"^\d")),
)
# What the words just before a count say it is (年龄 71, 电话尾号…, 第3排, 共4人): read as the words after it are.
BEFORE = (
    ("total", re.compile(r"(?:一共|总共|合计|共|一共是|总共是|人数|统共)[:：\s]?$")),
    ("age", re.compile(r"(?:年龄|岁数|今年|都|已经)[:：\s]?$")),
    ("number", re.compile(r"(?:电话|手机|尾号|号码|编号|房号|门牌|车号|座位号?|[第No.#])[:：\s]?$")),
    ("when", re.compile(r"(?:周|星期|礼拜|早上|上午|中午|下午|晚上|凌晨|初|腊月|正月)$")),
)
# The member's household or team said as who comes (一家三口, 三代同堂, 全家出动, 我们队, 我们部门, 宿舍): whose party the
# counts are, and a hint that a count is a head count.
_HOUSEHOLD = re.compile(r"一家|全家|家里|屋里|一大家子|三代|祖孙|老的小的|大的小的|老老小小|一老一小")
_TEAM = re.compile(r"队|组|部门|单位|班(?!车)|团队|team|宿舍|寝室|小区|楼的|同事|姐妹们|老伙计")
# Where a list of who comes is cut into its parts: pauses, joining, bringing and adding words ("我和隔壁俩老姐妹", "我家3个
# 再加我妈", "老婆、我、两个仔、阿公").
_PARTS = re.compile(r"[\s、，,;；/]+|和|跟|同|与|还有|以及|再加上?|加上|外加|加(?=个|[一两二三四五六七八九十俩仨\d]|我|俺)|带上|带着|带埋|带|领着|领|陪着|陪|\+(?!\d)")
_MEMBER = re.compile(r"(?:我|俺|本人)(?:自己)?|自己")
_MEMBER_IN = re.compile(r"我|俺|咱")
# One person named by a name or what the member calls her ("阿嫲", "王姐", "楼下刘姨", "老张"), or one of a kind ("个孩子").
_NAMED = re.compile(r"(?:楼下|楼上|隔壁|对门)?的?(?:阿[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{1,2}(?:姐|哥|姨|叔|婶|嫂|伯|大爷|大妈)|[老小][" + SURNAME + r"])")
_MY_ONE = re.compile(r"(?:我|俺)(?:家)?的?(?:娘|爹|女子|小子|丫头|[小大老](?![一二两三四五六七八九十俩仨])[\u4e00-\u9fff])")  # "俺娘", "我家小宝": one of hers, as she calls them
_ONE_KIND = re.compile(r"个(?:小|碎|细)?(?:孩子|娃|小孩|孙子|孙女|外孙|朋友|同事|邻居|姐妹|闺蜜|老人)")
_PAIR_WORD = re.compile(r"两口子|老两口|小两口|两公婆|两夫妻|夫妻俩?|夫妇俩?|爸妈|父母|公婆|爷爷奶奶|外公外婆|姥姥姥爷|双胞胎")
_BRING = re.compile(r"(?:带|陪|领)(?:上|着|了)?(?:我家?|俺家?)?(?:的)?$")
_ME = re.compile(r"我|俺|咱|本人|自己")
_WE = re.compile(message_shape.WE + r"|全家|一家")  # the shared table of we (``message_shape.WE``) and the whole household
_KIDS = re.compile(r"孩子|娃|小孩|宝宝|小朋友|孙|闺女|儿子|女儿|丫头")
_AND = re.compile(r"和|跟|带|陪|还有|加|、|\+")
EACH = re.compile(r"各|每家|每人|每个")  # a count that multiplies (两家各三个, 兄弟三个各带…)
_ADDED_ON = re.compile(r"再加|加上|外加|还有|另外")
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
    found = _mentions(words)
    out = list(found)
    out += [Candidate(c.value + 1, c.start, c.end, "bring") for c in found if c.value + 1 <= MOST]
    people = [c for c in found if _of_people(words, c)]
    if len(people) >= 2 and sum(c.value for c in people) <= MOST:
        out.append(Candidate(sum(c.value for c in people), -1, -1, "sum"))
    named = signups.party_size(words)
    if named and named <= MOST:
        out.append(Candidate(named, -1, -1, "named"))
    listed = listed_sum(words)
    if listed and listed <= MOST:
        out.append(Candidate(listed, -1, -1, "listed"))
    out.append(Candidate(1, -1, -1, "alone"))
    return out


def listed_sum(words: str) -> int | None:
    """Who comes added up part by part, as members list them: each part's people (a kind counted, a household's count, a
    pair word) or one person it names, the member once ("我和隔壁俩老姐妹" 3, "我家3个再加我妈" 4, "俺俩 加隔壁老张两口子" 4,
    "老婆、我、两个仔、阿公" 5); None unless two parts or more say someone, and None when a head count is said ("我和老公两个人",
    "额和额婆姨两个": a total that holds those named, which the count itself is the candidate for)."""
    total, said, member, counted_member = 0, 0, False, False
    for at, part in enumerate(p for p in _PARTS.split(words) if p):
        if _AGE_TAIL.search(part):
            continue  # "我和孙女 孙女6岁", "一大一小 宝宝三岁": who is how old — someone said already, no one more
        counted = _people_in(part, member)
        if counted is None:
            return None
        people, with_me = counted
        if with_me and at:
            return None  # "俺带俩孙子去 俺仨", "我们一家三口": after the list, everyone's head count
        if counted_member and not people and at and not _ADDED_ON.search(words):
            return None  # "我们仨，我爸我妈和我": those the head count said first holds, named (not "我家3个再加我妈")
        if people:
            total += people
            said += 1
            counted_member |= with_me
        elif _MEMBER.fullmatch(part):
            member, said = True, said + 1
        elif kin := len(RELATIVE.findall(part)):
            total, said = total + kin, said + 1  # "我老公", "孙子孙女" 2
        elif _NAMED.fullmatch(part) or _ONE_KIND.match(part) or _MY_ONE.fullmatch(part):
            total, said = total + 1, said + 1  # "阿嫲", "隔壁王姐", "个细路" (加个细路: one child), "俺娘"
    if said < 2:
        return None
    return total + (member and not counted_member)


def _of_people(words: str, candidate: Candidate) -> bool:
    """Whether a count is of people by the word after it — not 一家 before the household's own count ("一家三口": 三口)."""
    return _context(words, candidate) in ("people", "kid_after", "peer_after") \
        and not (candidate.value == 1 and words[candidate.end:candidate.end + 1] == "家")


# Counts that say whom they count: a kind after the count (两个碎娃, 俩老姐妹, 两大一小), a household's own (我家3个, 一家三口,
# 邻居家两个), 俩/仨 right after kin (外孙俩, 俺老姐俩).
_KIND_AFTER = re.compile(r"^\s?(?:个|位|名)?(?:大人|老人|[大小老细碎奶]?(?:孩子|娃|小孩|孙|外孙|闺女|儿子|女儿|女(?![士的人生])|仔|伢|妮)|老?姐妹|老?同事|"
                         r"老?同学|闺蜜|朋友|邻居|老太太|老头|[大小老](?![的了]))")
_AGE_TAIL = re.compile(r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})(?:周)?岁|(?:\d{1,2}|[一二两三四五六七八九十]{1,3})个多?月|[一二三四五六]年级")
_OF_A_KIND = re.compile(r"(?:大的|小的|老的)$")  # "大的一个 小的两个"
_WE_BEFORE = re.compile(r"(?:我|俺|咱)们?")  # "我俩", "我们三个": the member among them
_HOUSEHOLD_BEFORE = re.compile(r"(?:家|屋里|一家|家里)(?:人)?$")


def _people_in(part: str, member_named: bool = False) -> tuple[int, bool] | None:
    """How many people a part counts by whom its counts name (see ``_KIND_AFTER``), or a pair word (老两口 2), and whether
    the member is among them (我家3个, 我们仨); (0, False) when it counts none; None when it says a head count of everyone
    ("两个人", "老公两个人": the list's total, not a part of it)."""
    if _PAIR_WORD.search(part):
        return 2, False
    people, me = 0, False
    for c in _mentions(part):
        before, after = part[:c.start], part[c.end:]
        if c.value == 1 and after[:1] == "家" or _context(part, c) not in ("people", "kid_after", "peer_after", "none"):
            continue  # "一家三口": the household's 三口 counts; ages, times, flats, goods count no one
        if _HOUSEHOLD_BEFORE.search(before) or _WE_BEFORE.fullmatch(before):
            people, me = people + c.value, me or bool(_MEMBER_IN.search(before))  # "我家3个", "我们仨"
        elif _KIND_AFTER.match(after) or _OF_A_KIND.search(before) \
                or c.kind == "spoken" and RELATIVE.search(before) and not after.strip() and not member_named:
            people += c.value  # "两个碎娃", "大的一个", "外孙俩" (after "我和", "老伴俩" is the two of them: a head count)
        elif _context(part, c) == "people" or after[:1] in ("个", ""):
            return None  # a head count said: the list's total
    return people, me

def _mentions(words: str) -> list[Candidate]:
    out = []
    for match in _MENTION.finditer(words):
        value = number(match["n"])
        if value and value <= MOST:
            raw = match["n"]
            kind = "plus" if match["sign"] else "digit" if raw.isdigit() else "spoken" if raw in ("俩", "仨") else "chinese"
            out.append(Candidate(value, match.start("n"), match.end("n"), kind))
    return out


_HEAD_COUNT_LAST = re.compile(r"(?:一共|总共|共|就|是)?(?P<n>" + NUMERAL + r")(?:个人|个|人|位|口人|口)(?:了|啦|哈|吧|啊|哦)?[。.!！~～]*$")


def head_count_last(words: str) -> int | None:
    """A head count said at the end of a message after a pause or after those it counts ("…，四个人", "我带两个伢来，三个"):
    the party's total, whatever was listed or multiplied before it; None otherwise."""
    match = _HEAD_COUNT_LAST.search(words)
    if not match or match.start() == 0 or words[match.start() - 1] not in " ,，、":
        return None
    return number(match["n"])


def counts_of_people(words: str) -> list[int]:
    """The counts ``words`` (a ``form``) states that may be of people: digits, "+N", 俩/仨, and Chinese numerals before a
    word for people (三口, 两个娃; not 腊八粥, 一家, 一起)."""
    return [c.value for c in candidates(words) if c.start >= 0 and c.kind != "bring"
            and (c.kind != "chinese" or _context(words, c) in ("people", "kid_after"))]


def _context(words: str, candidate: Candidate) -> str:
    after = words[candidate.end:candidate.end + 5]
    return next((name for name, pattern in CONTEXTS if pattern.search(after)), "none")


def _before(words: str, candidate: Candidate) -> str:
    before = words[max(0, candidate.start - 4):candidate.start]
    return next((name for name, pattern in BEFORE if pattern.search(before)), "none")


def _bucket(value: int) -> str:
    return str(value) if value <= 5 else "6-10" if value <= 10 else "big"


# How a message is built (``message_shape.structure``), read by a model fitted with it (``meta["shape"]``): who leads it
# (我 / 我们 / 她 / 你), a question's form, what its numbers are (a price, a time, an age, a count of goods).
_SHAPE_READ = ("shape:subject:", "shape:for:", "shape:q:", "shape:nums:only_", "shape:num:", "shape:two_prices")


def message_features(words: str, shape: bool = False) -> set[str]:
    """What the whole message says of a party, the same for each of its candidates: the member, her household, kin,
    children, joining words, the event or signing up named, its length; with ``shape``, how it is built."""
    out = {"m:" + kind for kind in message_shape.structure(words) if kind.startswith(_SHAPE_READ)} if shape else set()
    for name, pattern in (("me", _ME), ("we", _WE), ("kids", _KIDS), ("and", _AND), ("eventish", _EVENTISH),
                          ("household", _HOUSEHOLD), ("team", _TEAM), ("each", EACH), ("added", _ADDED_ON)):
        if pattern.search(words):
            out.add("m:" + name)
    kin = len(RELATIVE.findall(words))
    out.add("m:kin" + str(min(kin, 3)))
    out.add("m:parts" + str(min(len([p for p in _PARTS.split(words) if p]), 4)))  # how many parts a list of who comes has
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
        out.add(kind + (":is_named" if candidate.value == named else ":above_named" if candidate.value > named else ":below_named"))
    listed = next((c.value for c in every if c.kind == "listed"), None)
    if listed is not None and kind != "listed":
        out.add(kind + (":is_listed" if candidate.value == listed else ":above_listed" if candidate.value > listed else ":below_listed"))
    if candidate.start < 0:
        return out
    before, after = words[:candidate.start], words[candidate.end:]
    context = _context(words, candidate)
    out.add(f"ctx:{kind}:{context}")
    out.add(f"before:{kind}:{_before(words, candidate)}")
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
        message = message_features(words, bool(self.meta.get("shape")))
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
