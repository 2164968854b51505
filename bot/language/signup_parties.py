"""Who comes, read as members list it: the event named by what it is, then (or before) the party, item by item.

The sign-up rules (``signups``) read parties by the phrasings they know; members list who comes in whatever pieces
they like and name events no list holds: "剪窗花 俺 俺老伴 俺二姐", "李国强+老伴+外孙 写春联", "读书会 Amy、Leo、我",
"试吃两大两小", "手工 me + 2 kids", "乐乐妈 2 烘焙". This reader is tried only when the rules read nothing. It cuts the
message into pieces and gives each a role — the member, a person (kin, a name), a count of people (``party.scan``:
两大两小, 三个人, 两个孩子; a bare "2"; "+2"), what the event is (a topic: ``signups.event_topic``), signing up or noting
it down, a day, courtesy — and reads a sign-up only when every piece has a role, someone comes, the event or signing up is
named, and the counts agree with who is named. Anything else in the message (a remark, a question, a story, the past)
leaves it to the rules; what it reads is acted on (a doubt is the rules' to ask, never this reader's).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from bot.language import party, regional, signups
from bot.language.intents import PAST, QUESTION, SIGNUP, Reading
from bot.language.numbers import NUMERAL, number
from bot.language.people import HOME, RELATIVE, SURNAME
from bot.language.wrapping import is_courtesy, plain, unquote

MAX_PIECES = 8
MAX_TEXT = 80
# Dialect and typing folded to the words the pieces are read in ("我哋", "𠊎", "屋头", "自个儿", "十1" for "+1").
_FOLDS = ((re.compile(regional.WE), "我们"), (re.compile(r"[𠊎涯偶](?=[同和跟一两俩自家屋])"), "我"),
          (re.compile(r"屋头|屋下|屋里|屋企"), "家"), (re.compile(r"自个儿?|自家(?=$|[，,\s])"), "自己"), (re.compile(r"(?<![\d\u4e00-\u9fff])十(?=[1-9]$)"), "+"),
          (re.compile(r"＋"), "+"), (re.compile(r"(?<=[我俺])同(?=[\u4e00-\u9fff])"), "和"), (re.compile(r"当家的|老头子|老汉儿"), "老伴"),
          (re.compile(r"(?<=老伴)儿"), ""), (re.compile(r"(?<![兄弟姐妹])哥(?=俩|仨)"), "兄弟"), (re.compile(r"(?<![兄弟姐妹])姐(?=俩|仨)"), "姐妹"),
          # the member's group before its count: "我们部门6个", "我们team 5个人", "我们宿舍五个" (not "我们家三个": a household)
          (re.compile(r"(?<=我们|咱们|俺们)(?!家)(?:[\u4e00-\u9fff]{1,4}?|[a-z]{2,6})(?=(?:" + NUMERAL + r")(?:个|位|人|口))"), ""))
_ENGLISH = tuple((re.compile(pattern, re.ASCII), fixed) for pattern, fixed in (
    (r"\bjust me\b", "就我一个"), (r"\bme\b", "我"), (r"\b(\d+) ?(?:kids?|children)\b", r"\1个孩子"), (r"\b(\d+) ?friends?\b", r"\1个朋友"),
    (r"\b(\d+) ?adults?\b", r"\1个大人"), (r"\bjoin\b", "参加"), (r"\b(?:thx|thanks|thank you|pls|please)\b", " ")))
# Who she is, before a colon ("老孙：俺自个", "刘：2 写春联", "量血压 老孙：我一个"): no one more than the party after it.
_WHO_I_AM = re.compile(r"(?:^|(?<=\s))(?P<who>[" + SURNAME + r"]|[\u4e00-\u9fff]{2,4})\s*[:：]\s*(?=\S)")
# Where the pieces end: spaces, punctuation, a plus between persons ("王建华+老伴+孙子"; "+3" stays a piece of its own).
_CUT = re.compile(r"[\s、，,。.：:；;！!/&~～…]+|\+(?!\d)|(?=\+\d)")
# How old one of those named is, or what school year ("孙子念三年级了", "儿子12", "她八个月", "宝宝刚满周岁"): who, not how many.
_AGE_OF = re.compile(r"(?:我|俺)?(?:家)?的?(?P<who>[\u4e00-\u9fff]{1,3}?)(?:今年|才|已经|刚|刚满|满)?(?:(?:" + NUMERAL + r")(?:周)?岁(?:半|多)?|"
                     r"(?:" + NUMERAL + r")个多?月|周岁|[1-9]\d?|(?:念|上|读)(?:小学|初中|高中)?[一二三四五六初高\d]{1,2}年级|(?:上|念|读)(?:幼儿园|小学|初中|高中)|"
                     r"[大中小]班)(?:了|啦)?")
# Who she is, said in a piece of its own ("我是张阿姨", "我是3栋的"): no one more.
_I_AM = re.compile(r"(?:我|俺)(?:就)?是[^，,。\s]{1,10}")
# Others signed up by the member ("帮我外公报名…", "给孩子报"), parts added on top ("加上我们三口", "再加我妈"): the rules' to count.
_FOR_OTHERS = re.compile(r"[帮给替](?!我们?(?:记|登记|写|报上|报名|报个|$)|咱)[\u4e00-\u9fff]{1,6}?报")
_ADDED = re.compile(r"^(?:再加上?|加上|外加|另外加|加(?=[我俺他她]|" + RELATIVE.pattern + "))")
# Within a piece the persons joined by a word ("俺和俺老伴儿", "我跟我老姐"), read one by one when the piece is not read whole.
_JOINS = re.compile(r"和|跟|与|还有|加上|以及|带上|带着|带|陪着|陪")
# Signing up, noting it down, or going, said in a piece of its own ("报名", "都算上", "记一下", "一起", "都来").
_SIGN = re.compile(r"(?:麻烦)?(?:[你您]|店长|群主)?(?:[帮给](?:我们|我|咱们|咱))?(?:我们|我)?(?:也|都|就|一起|一块儿?|铁定|必须|一定|要|想)*(?:报名了?|报个名|报上|报|参加|算上|算我们?|记上|记一下|记一记|记好了?|登记一?下?|"
                   r"写上|去|来|冲|到)?(?:一下|了)?(?:啊|呀|哈|吧|啦|哦|呗|中|嘛)*")
_SIGN_WORD = re.compile(r"报|参加|算上|算我|记|登记|写上")
# A person named: a name ("阿芳", "小周", "老谢", "秀珍", "Kevin" as typed), a name's kin ("小周老公", "小周她弟"), or kin said
# with whose ("她老伴", "俺大哥", "楼下张阿姨", "我家小宝"), kin words that no list holds ("大孙子", "老姐").
_WHOSE = r"(?:(?:我|她|他)(?:家|们家)?的?|(?:楼下|楼上|对门|隔壁)的?|(?:[^\s和跟与同带陪还加我你您们的]{1,2}?)[她他]?)?"
_MORE_KIN = r"(?:大|小|二|三)?(?:孙子|孙女|外孙女?|宝|哥|姐|弟|妹|舅|姨|姑|叔|伯)|老(?:姐|妹|哥|弟|伴)|小姑子|(?:老|小)?伙伴|发小|儿媳妇?|侄女|侄子"
_KIN_OF = re.compile(_WHOSE + r"(?:" + RELATIVE.pattern + "|" + _MORE_KIN + r")")
# A name, then one of that person's household ("老陈媳妇", "小周她弟", "王姐老公", "乐乐妈妈"): one person, not two.
_NAMES_KIN = re.compile(r"(?P<name>[阿小老][\u4e00-\u9fff]|(?P<dd>[\u4e00-\u9fff])(?P=dd)|[" + SURNAME + r"][\u4e00-\u9fff]{1,2}?)(?:的|她|他)?(?:" + HOME
                        + "|" + _MORE_KIN + r")")
_NAME = re.compile(r"[阿小老][\u4e00-\u9fff]|(?P<dd>[\u4e00-\u9fff])(?P=dd)|[\u4e00-\u9fff]{2,3}")
_LATIN_NAME = re.compile(r"[A-Z][a-z]{1,11}")
_NOT_A_NAME = re.compile(r"[报名去来了的人个位号天日月年点时你们吗呢吧啊哈好便兴些样么看想说听等走试谢嘻呵嗯中行对是在有没不也都就还要会能这那一二三四五六七八九十两俩仨]|周[一二三四五六日末]")
_BARE_COUNT = re.compile(r"[1-9]\d?|[一两二三四五六七八九十]个")
# A count of people, not of things ("两大两小", "三个人", "俩", "5位"): what a party glued after the event's name says.
_PEOPLE_COUNTED = re.compile(r"人|位|口|[大小老](?=[一两二三四五六七八九十\d]|$)|俩|仨|我|孩子|娃|宝")
# Counts and persons are never what the event is ("试吃两大两小" is the event, then the party); nor "this", "there is".
_NOT_TOPIC = re.compile(r"\d|[两俩仨这那有发给]|名额|位置|座位|位子|[一二三四五六七八九十](?:个|大|小|人|位|口)|" + RELATIVE.pattern)
_TOPIC_TAIL = re.compile(r"(?:那个|那场|那次|这个|的)$")
_HOUSEHOLD_PART = re.compile(r"家|那边|这边")
# A phone's or a flat's digits given for the record ("尾号6612", "电话138****2216", "手机号后四位3309"): no count of people.
_CONTACT = re.compile(r"(?:联系)?(?:电话|手机号?|手机号码|尾号|后四位|后4位|微信)(?:号码?)?(?:尾号|后四位|后4位)?[:：]?[\d*]{3,11}")
# Another household of hers named before its count ("我姐家三个", "俺闺女家仨", "我闺蜜家三个"): a part of the party.
_WHOSE_HOUSEHOLD = re.compile(r"^(?:我|俺)(?:的)?(?P<who>[\u4e00-\u9fff]{1,3}?)家(?=[\u4e00-\u9fff\d])")
# Coming or going to what is done there, said after the party in the same piece ("我们寝室四个都来做月饼", "俺俩去采摘"): the
# party, then coming or going, then at most what is done (``_going``).
_GOING_TO = re.compile(r"(?:都|也|一起|一块儿?|一道)*(?P<verb>去|来|嚟|到场?|报名|报|参加)(?![了过咗个])(?P<what>[^了过咗]{0,8})$")
_DOING = re.compile(r"^(?:[" + signups.DOING_VERBS + r"听看打跳唱跑走爬钓玩]|试吃|试食)")
# The member among those a piece counts ("我和我妈", "我们俩"; not "我妈", "我家老二").
_ME_AMONG = re.compile(r"(?:^|[和跟与同带陪、])(?:我|俺)(?:们)?(?![家的爸妈]|" + RELATIVE.pattern + ")")


class Role(NamedTuple):
    kind: str  # me, person, count, plus, topic, sign, when, contact
    people: int = 0
    total: bool = False  # a head count of all who come ("三个人", "两大两小"), not persons named
    signs: bool = False  # a sign-up word ("报名", "记一下"), not courtesy or going alone
    piece: str = ""
    added: bool = False  # said as added on top of the rest ("再加楼上王姐一家三口", "加我妈")


def read(text: str, event: str = "") -> Reading | None:
    """A sign-up listed piece by piece, acted on; None when any piece is no part of one (the rules' silence stands)."""
    words = unquote(text)
    if len(words) > MAX_TEXT or QUESTION.search(words) or PAST.search(plain(words)) or signups.nobodys(words):
        return None
    names = set(_LATIN_NAME.findall(words))  # names typed in letters, as typed: capitalised ("Amy", not "photos")
    pieces = _joined_to_what_is_added([p for p in _CUT.split(_without_who_i_am(_folded(words), event)) if p])
    if pieces is None or len(pieces) > MAX_PIECES:
        return None
    if any(_FOR_OTHERS.search(p) or (added := _ADDED.match(p)) and _ME_AMONG.match(p[added.end():]) for p in pieces):
        return None  # "帮我外公报名…": others signed up; "带上我公婆 加上我们三口": whether she is counted twice
    pieces = [p for at, p in enumerate(pieces) if not _age_of_one_named(p, pieces[:at])]
    roles = [r._replace(added=True) if r is not None and _ADDED.match(p) else r for p in pieces for r in _roles(_ADDED.sub("", p), event, names)]
    if len(roles) < 2 or any(r is None for r in roles):
        return None
    return _party_of([r for r in roles if r.kind != "contact"])


def _joined_to_what_is_added(pieces: list[str]) -> list[str] | None:
    """The pieces with an adding word typed apart ("我 加上 我妈") joined to the piece it adds ("加上我妈"); None when
    nothing follows it ("写春联 我 加上": she has not said whom yet)."""
    out: list[str] = []
    for at, piece in enumerate(pieces):
        if at and _ADDED.fullmatch(pieces[at - 1]):
            out[-1] += piece
        else:
            out.append(piece)
    return None if out and _ADDED.fullmatch(out[-1]) else out


def _age_of_one_named(piece: str, before: list[str]) -> bool:
    """An age or a school year said of someone named in an earlier piece, or of 他/她 after them ("写春联 我和孙子 孙子念三年级了")."""
    match = _AGE_OF.fullmatch(piece)
    if not match or not before:
        return False
    who = match["who"]
    return who in ("他", "她") or any(who in p for p in before) and bool(RELATIVE.search(who) or _person(who, set()))


def _folded(text: str) -> str:
    words = signups.folded(text)
    for pattern, fixed in _ENGLISH:
        words = pattern.sub(fixed, words)
    for pattern, fixed in _FOLDS:
        words = pattern.sub(fixed, words)
    return words


def _without_who_i_am(words: str, event: str) -> str:
    match = _WHO_I_AM.search(words)
    if match is None or event_topic(match["who"], event) or _SIGN.fullmatch(match["who"]):
        return words  # "剪窗花：我、我妈", "报名：…": the event or signing up heads the list
    return words[:match.start()] + words[match.end():]


def _roles(piece: str, event: str, names: set[str]) -> list[Role | None]:
    """The piece's role; or the event glued before the party ("试吃两大两小", "包汤圆就我和女儿"); or persons joined
    ("俺和俺老伴儿", "我跟我老姐"); [None] when it is none of these."""
    if (role := _role(piece, event, names)) is not None:
        return [role]
    if going := _going(piece, event, names):
        return going
    for at in range(2, min(9, len(piece) - 1)):
        head = _role(piece[:at], event, names)
        if not head or head.kind != "topic":
            continue
        tail = _role(piece[at:], event, names)
        if tail and (tail.kind in ("me", "person") or tail.kind == "count" and _PEOPLE_COUNTED.search(piece[at:])):
            return [head, tail]
        if going := _going(piece[at:], event, names):
            return [head, *going]  # "品鉴会我们寝室四个都来"
    parts = [p for p in _JOINS.split(piece) if p]
    if len(parts) > 1 and all((r := _role(p, event, names)) and r.kind in ("person", "me") for p in parts):
        return [Role("me" if "我" in parts else "person", len(parts), piece=piece)]
    return [None]


def _going(piece: str, event: str, names: set[str]) -> list[Role] | None:
    """A party, then going or coming to what is done there ("我们寝室四个都来做月饼", "俺俩去采摘", "我们一家三口去扎灯笼"
    with 扎灯笼 open); 去 goes elsewhere ("我们五个人去海边露营", "去三亚") unless to an event's kind or the open event's own words."""
    going = _GOING_TO.search(piece)
    if not going or going.start() == 0 or not (role := _role(piece[:going.start()], event, names)) or role.kind not in ("count", "me"):
        return None
    what = going["what"]
    if going["verb"] == "去" and what and not (signups.event_kind(what) or event and event_topic(what, event)):
        return None  # "我们五个人去海边露营", "去三亚": going elsewhere, unless to the event by its kind or its own name
    if what and not (_DOING.match(what) and not signups.goods_bought(what) or signups.eventish(what)):
        return None  # "来做月饼", "都来": coming to what is done at the store
    return [role, Role("sign", signs=True)]


def _role(piece: str, event: str, names: set[str]) -> Role | None:
    if re.fullmatch(r"\+[1-9]\d?", piece):
        return Role("plus", int(piece[1:]))
    if piece in ("我", "本人", "自己", "我自己"):
        return Role("me", 1, piece=piece)
    if _I_AM.fullmatch(piece):
        return Role("sign")
    if not piece:
        return None  # every part of _SIGN is optional: an empty piece would read as signing up
    if _SIGN.fullmatch(piece) or is_courtesy(piece) or _JOINS.fullmatch(piece) or piece == "同":  # "林姨 同 阿珍": a join typed apart
        return Role("sign", signs=bool(_SIGN_WORD.search(piece)))
    if _CONTACT.fullmatch(piece):
        return Role("contact")
    if (household := _WHOSE_HOUSEHOLD.match(piece)) and (rest := _role(piece[household.end():], event, names)) and rest.kind == "count" and rest.total:
        return Role("count", rest.people, total=True, piece=piece)  # "我姐家三个": her sister's household, a part
    if (kin := _NAMES_KIN.fullmatch(piece)) and not re.fullmatch(HOME, kin["name"]) and not RELATIVE.fullmatch(piece):
        return Role("person", 1)  # "老陈媳妇": 老陈's wife
    if signups.aged_bare(piece):
        return Role("person", 1)  # "孙子13": a grandson of thirteen
    if _BARE_COUNT.fullmatch(piece):
        return Role("count", number(piece.rstrip("个")), total=True, piece=piece)  # "乐乐妈 2 烘焙": her party's size
    found = party.scan(piece)
    if found is not None and not found.plus and (found.total or found.named):
        return Role("count", found.size, total=found.total, piece=piece)
    if _person(piece, names) and not (signups.eventish(piece) and not re.fullmatch(r"[阿小老][\u4e00-\u9fff]", piece)):  # "陶艺" is a class
        return Role("person", 1)
    if event_topic(piece, event):
        return Role("topic", piece=piece)
    if signups.when_only(piece):
        return Role("when")
    return None


def _person(piece: str, names: set[str]) -> bool:
    if re.fullmatch(r"[a-z]{2,12}", piece):
        return piece.capitalize() in names
    if _KIN_OF.fullmatch(piece) and not re.search(r"[你您们]", piece):
        return True
    return bool(_NAME.fullmatch(piece)) and not _NOT_A_NAME.search(re.sub(r"^[阿小老]", "", piece)) \
        and (bool(re.match(r"[阿小老]", piece)) or signups.list_person(piece))


def event_topic(piece: str, event: str = "") -> bool:
    """Whether a piece names what the event is: the open event's own words, a kind of event, or a topic (``signups``)."""
    topic = _TOPIC_TAIL.sub("", piece)
    if len(topic) < 2 or _NOT_TOPIC.search(topic):
        return False
    if event and any(topic[i:i + 2] in plain(event) for i in range(len(topic) - 1)):
        return True
    return signups.event_topic(topic)


def _party_of(roles: list[Role]) -> Reading | None:
    """The party the roles say: a head count said once (those named within it), households' counts summed, or
    everyone named and counted; None when nothing names the event or signing up, or the counts disagree."""
    if sum(r.kind == "topic" for r in roles) > 1 or not any(r.kind == "topic" or r.signs for r in roles):
        return None
    if all(r.kind in ("plus", "topic", "sign", "when") for r in roles) and not any(r.kind == "topic" and signups.eventish(r.piece) or r.signs for r in roles):
        return None  # "皱纹+1", "冬天体重+2": a remark seconded; "书法班 +1", "牧场参观+3": the event's places
    extra = sum(r.people for r in roles if r.added)
    roles = [r for r in roles if not r.added]
    named, totals, me = 0, [], any(r.kind == "me" or r.kind == "count" and _ME_AMONG.search(r.piece) for r in roles)
    for at, role in enumerate(roles):
        previous = roles[at - 1].kind if at else ""
        if role.kind in ("me", "person") or role.kind == "count" and not role.total:
            named += role.people
        elif role.kind == "plus" and previous == "me":
            if role.people != 1:
                return None  # "我+2": she and two more, or two in all?
        elif role.kind == "plus" and previous == "person":
            named += role.people  # "阿强+3": 阿强 and three more
        elif role.kind == "plus" and not me and any(r.kind in ("person", "count") for r in roles):
            return None  # "报名+1 还带个室友": whether the plus holds those named or is the member herself
        elif role.kind in ("count", "plus"):
            totals.append(role)  # "+2 包汤圆 我和我姐", "两大两小": the party's size
    named -= max(0, sum(_counts_me(r) for r in roles) - 1)  # "亲子烘焙我也报名 我和儿子": the member is one of those named, once
    if not named and not totals:
        return None
    if len(totals) == 1:
        size = totals[0].people
        if named > size:
            return None  # "我 老公 两个孩子 三个人": more are named than the count says
    elif totals:
        if named or not all(_HOUSEHOLD_PART.search(t.piece) for t in totals):
            return None
        size = sum(t.people for t in totals)  # "我家三个 我妹家两个": households' parts
    else:
        size = named
    size += extra
    if not 1 <= size <= signups.MAX_AMOUNT:
        return None
    if not totals and not extra and named == 1 and not any(r.kind == "me" for r in roles):
        return None  # one name alone: hers, or who she is? the rules' to weigh
    return Reading(SIGNUP, size, sure=True)


def _counts_me(role: Role) -> bool:
    """Whether a role counts the member among those it names (not in a head count, which holds her already)."""
    return role.kind == "me" or role.kind == "count" and not role.total and bool(_ME_AMONG.search(role.piece))
