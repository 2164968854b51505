"""(G31) What a member asks of the group's open event without naming it: "几点开始啊", "什么时候开始呀", "哪天开始". Pure:
the handler (``bot.handlers.questions``) answers it with the event's own start time when one is open, else as before.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from bot.language.numbers import number
from bot.text import normalize

# When something starts, asked: "几点开始", "啥时候开始呀", "几号开始", "开始时间是几点", "几点集合"; not the shop's opening
# ("几点开始营业", "几点开门": the hours' entry) nor the group-buy's cut-off.
_STARTS = re.compile(r"(?:几点|几点钟|什么时候|啥时候|什么时间|几号|哪天|星期几|周几|礼拜几|几时)(?:开始|开课|开讲|集合|签到入场|入场)(?!营业|上班|开门)|"
                     r"(?:开始|集合|入场)(?:时间)?(?:是|系)?(?:几点|什么时候|啥时候|几号|哪天|几时)|"
                     # (e31) the time alone, ending the question: "周日几点来着", "分享会几点呀", "是几号来着"
                     r"(?:几点|几点钟|几号|哪天)(?:来着|呀|啊|呢|哈|嘞|嘛|的|吖)*[?？~～。.!！\s]*$|"
                     # (v34) when to come, asked: "几点到啊 要带啥不", "几点过去合适", "俺几点来呀"
                     r"(?:几点|几点钟)(?:到|来|过去|过来|去)(?:合适|比较好|就行|呀|啊|呢|哈|嘞|嘛|吖)*(?:[?？~～。.!！\s，,]|$|要|需要|得|用不用|带)|"
                     # (e34b) the time asked, then that the notice left it out: "周六晚上几点啊 没写", "几点呀 通知上没说"
                     r"(?:几点|几点钟)(?:来着|呀|啊|呢|哈|嘞|嘛|的|吖)*[?？~～。.!！\s，,]*(?:通知上|上面)?(?:没写|没说|没讲|没注明|没标|没看到|没看见)"
                     r"(?:啊|呀|呢|哈|嘛)?[?？~～。.!！\s]*$")
_THE_SHOP = re.compile(r"店|营业|开门|关门|上班|下班|打烊")
START_ASKED = 40  # characters at most: a longer message asks more than this


def asks_start(text: str) -> bool:
    """Whether the message asks when the event starts (naming the shop's opening hours does not)."""
    folded = normalize(text)
    return len(folded) <= START_ASKED and bool(_STARTS.search(folded)) and not _THE_SHOP.search(folded)


# (cr31) What may stand before "几点开始" and still mean the open event: a greeting, a time word, "活动", "这个".
_NO_SUBJECT = re.compile(r"请问|问一下|问下|想问|那个|这个|这次|咱们|我们|咱|活动|明天|后天|今天|今晚|下午|上午|早上|晚上|中午|"
                         r"周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|大概|一般|具体|到底|的|是|那|这|啊|呀|哈|呢|亲|"
                         r"[^\u4e00-\u9fff]")


def of_the_event(text: str, title: str) -> bool:
    """Whether "几点开始" asks of the open event ``title``: it names nothing else before it ("明天游泳课几点开始",
    "春晚几点开始" ask of other things; (m32) a day, "13号", "下周日", is no other thing), or names the event by two
    characters of its title in a row."""
    folded = normalize(text)
    found = _STARTS.search(folded)
    return found is not None and _nothing_else(_NO_SUBJECT.sub("", _DAY_NAMED.sub("", folded[:found.start()])), title)


def _nothing_else(before: str, title: str) -> bool:
    """Nothing but fillers stood before the question (``before`` is what is left), or the event's title by two
    characters of it in a row."""
    if not before:
        return True
    plain = normalize(title)
    return any(plain[i:i + 2] in before for i in range(len(plain) - 1))


# (e31) Whether the event still takes sign-ups, or how many places are left: "还能报名不", "现在还可以报吗", "还有名额没",
# "名额满了吗", "还剩几个位置"; the words before it name the event or nothing ("游泳班还能报吗" asks of another).
_PLACES = re.compile(r"还(?:能|可以|可|来得及)再?报(?:名|个名)?(?:吗|不|么|嘛|没|伐|啊|呀|[?？]|$)|"
                     r"(?:能|可以)报名(?:吗|不|么|嘛)|报名(?:还)?来得及(?:吗|不|么|没)|"
                     r"有(?:没有|冇)?(?:名额|位置|空位|位子|座位)(?:吗|不|么|没|嘛|啊|呀|冇|[?？]|$)|名额(?:还)?(?:有|够)(?:吗|不|么|没|冇)|"
                     # (j34) a place said 位 alone, asked ("还有位吗", "仲有冇位", "有没有位呀"); "有位阿姨" tells of someone
                     r"有(?:没有|冇)位(?:吗|不|么|没|嘛|啊|呀|冇|[?？]|$)|有位(?:吗|不|么|没|嘛|冇|[?？])|"
                     r"剩(?:下)?(?:几个|多少)(?:个)?(?:名额|位置|位子)|名额(?:还)?剩(?:下)?(?:几个|多少)|"
                     r"(?:报|名额)满了?(?:吗|没|不|么)|满员了?(?:吗|没)|"
                     # (e33) "满了没 还能报吗", "满了吗？": full, asked alone at the start (the event open, nothing else named)
                     r"^(?:人|位置|名额)?满(?:了|没满)?(?:吗|没|不|么|没有)")
_ME_NOW = re.compile(r"现在|还|仲|我|俺|我们|我家")  # 粤 仲: still
# (e34b) Hearsay of the crowd before a question of places ("听说好多人报了 还有位置没得"): of the event, naming nothing else.
_CROWD_TOLD = re.compile(r"(?:听说|好像|感觉|看到|看)?(?:好多|很多|不少|挺多|蛮多|这么多|那么多)人(?:都|已经)?(?:报名|报上|报)(?:了|啦)")
PLACES_ASKED = 30  # characters at most

# (x33) When sign-ups close, asked: "报名什么时候截止？", "报名到几号", "还有几天截止报名", "报名截止时间是几点", "几号截止报名",
# "最晚哪天报名". Sign-up (报名, 报) must be named: "几点截止" alone is the group-buy's cut-off when one is open.
_ASKED_WHEN = r"(?:什么时候|啥时候|什么时间|几号|几点|哪天|哪一天|星期几|周几|多久|几天|几时)"
_DEADLINE = re.compile(r"报名?(?:的)?(?:截止|截至|结束|停止|关闭)(?:时间|日期)?(?:是|到|在)?" + _ASKED_WHEN + r"|"
                       r"报名?(?:的)?(?:截止|截至)(?:时间|日期)(?:呢|是多少|是)?(?:[?？]|$)|"
                       r"报名(?:可以|能|能够)?(?:报|截止)?(?:到|截到|截止到|截至)" + _ASKED_WHEN + r"|"
                       r"(?:还有|剩|还剩)(?:几天|多久|多少天)(?:就)?(?:截止|截至|结束)报名?|"
                       + _ASKED_WHEN + r"(?:就)?(?:截止|截至|结束|停止)报名|"
                       r"最晚(?:什么时候|啥时候|几号|几点|哪天)(?:能|可以)?报名?|"
                       r"报名(?:的)?(?:是)?(?:到)?" + _ASKED_WHEN + r"(?:就)?(?:截止|截至|结束|停止|关闭)")
DEADLINE_ASKED = 30  # characters at most


def asks_signup_deadline(text: str, title: str) -> bool:
    """(x33) Whether the message asks when sign-ups for the open event ``title`` close (naming it or nothing else)."""
    folded = normalize(text)
    if len(folded) > DEADLINE_ASKED or _THE_SHOP.search(folded):
        return False
    found = _DEADLINE.search(folded)
    return found is not None and _nothing_else(_ME_NOW.sub("", _NO_SUBJECT.sub("", folded[:found.start()])), title)


def may_ask_deadline(text: str) -> bool:
    """Whether the message could ask when sign-ups close (``asks_signup_deadline`` decides, knowing the event)."""
    return len(text) <= 4 * DEADLINE_ASKED and _DEADLINE.search(normalize(text)) is not None


def may_ask_places(text: str) -> bool:
    """Whether the message could ask of an event's places (``asks_places`` decides, knowing the event)."""
    return bool(_PLACES.search(normalize(text)))


def asks_places(text: str, title: str) -> bool:
    """Whether the message asks whether the open event ``title`` still takes sign-ups or has places left."""
    folded = normalize(text)
    if len(folded) > PLACES_ASKED or _THE_SHOP.search(folded):
        return False
    found = _PLACES.search(folded)
    before = _CROWD_TOLD.sub("", folded[:found.start()]) if found is not None else ""
    return found is not None and _nothing_else(_ME_NOW.sub("", _NO_SUBJECT.sub("", before)), title)


# (m32) A day named in a question of the event's time: "周日几点", "明天几点开始", "12号几点", "12月13日几点集合". Asked of
# a day that is not the event's, it is not answered as if it were ("周日几点" of an event on Saturday): she hears its day.
_DAY_NAMED = re.compile(r"(?P<week>(?P<next>下下?|本|这)?(?:周|星期|礼拜)(?P<weekday>[一二三四五六日天1-7]))|"
                        r"(?P<rel>大后天|今天|今晚|今日|明天|明晚|明日|后天)|"
                        r"(?:(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月)?"
                        r"(?P<day>(?<![\d一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,3}))[号日]")
_RELATIVE_DAYS = {"今天": 0, "今晚": 0, "今日": 0, "明天": 1, "明晚": 1, "明日": 1, "后天": 2, "大后天": 3}


def other_day_named(text: str, event_day: date, today: date) -> str | None:
    """The day the question names, as she wrote it, when it is not ``event_day`` (the event's local date; ``today`` the
    group's); None when it names no day or names the event's."""
    others = []
    for found in _DAY_NAMED.finditer(normalize(text)[:START_ASKED]):
        day = _day_of(found, today)
        if day is None:
            continue
        if day == event_day or (isinstance(day, int) and day == event_day.weekday()):
            return None
        others.append(found.group(0))
    return others[0] if others else None


def day_named(text: str, event_day: date, today: date) -> str:
    """(e33) Which day the message names: "event" (the event's own, "周六" of a Saturday event, "明天" the day before it),
    "other" (only other days), or "" (none)."""
    named = ""
    for found in _DAY_NAMED.finditer(normalize(text)[:START_ASKED]):
        day = _day_of(found, today)
        if day == event_day or (isinstance(day, int) and day == event_day.weekday()):
            return "event"
        named = "other" if day is not None else named
    return named


def _day_of(found: re.Match, today: date) -> date | int | None:
    """The date a day word names, or for a weekday alone ("周日") its weekday number (0 Monday)."""
    if found.group("week"):
        name = found.group("weekday")
        weekday = int(name) - 1 if name.isdigit() else "一二三四五六日天".index(name) if name != "天" else 6
        prefix = found.group("next") or ""
        if not prefix.startswith("下"):
            return weekday
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7 * len(prefix))
        return monday + timedelta(days=weekday)
    if found.group("rel"):
        return today + timedelta(days=_RELATIVE_DAYS[found.group("rel")])
    day = _number(found.group("day"))
    month = _number(found.group("month")) if found.group("month") else None
    if day is None or (found.group("month") and month is None):
        return None
    for candidate_month, year in ((month, today.year),) if month else ((today.month, today.year), _next_month(today)):
        try:
            named = date(year, candidate_month, day)
        except ValueError:
            continue
        if month and named < today - timedelta(days=31):
            named = named.replace(year=year + 1)
        if month or named >= today:
            return named
    return None


def _next_month(today: date) -> tuple[int, int]:
    return (1, today.year + 1) if today.month == 12 else (today.month + 1, today.year)


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else number(text)


# (m32) Where the event is held: "在哪里举行", "活动在哪儿", "地点在哪", "去哪里集合", "在什么地方办", "烘焙课在哪上". With a verb of
# the event (举行, 集合, 上课…), or by its word 地点/场地, it is the event's unless another thing is named before it; "在哪",
# "地址" are the event's only when the message names it ("活动", its title): "店在哪", "在哪里拿货" stay the shop's and the
# group-buy's.
_WHERE = r"(?:哪里|哪儿|哪|什么地方|啥地方|什么位置|边度|边处|啥子地方|哪块儿?)"  # (j34) 粤 边度, 西南 啥子地方, 北方 哪块
_PLACE_DONE = re.compile(r"(?:在|去|到|来|喺)?" + _WHERE + r"(?:举行|举办|办|开展|集合|上课|开课|上|开讲|讲|参加|进行|搞|碰头|见面|见)")
_PLACE_OWN = re.compile(r"(?:地点|场地)(?:在|是)?(?:哪|什么地方|啥地方|什么位置|啥|什么)")  # "地点" is an event's word
_PLACE_NAMED = re.compile(r"(?:地方|位置|地址)(?:在|是)?(?:哪|什么地方|啥地方|什么位置|边度)|[在喺](?:哪里|哪儿|哪|什么地方|啥地方|边度|边处)")
# (j34) The shop guessed after the question ("在哪讲啊 店里吗"): her guess at the answer, not the shop's own address asked.
_SHOP_GUESSED = re.compile(r"(?:是|就)?[在喺]?(?:店里|门店|店里面|店)(?:吗|么|嘛|啊|吧|不|呀|咩)?$")
_EVENT_WORD = re.compile(r"活动|课|讲座|分享会|聚会|比赛")
# (e34b) The place said to have changed before "在哪" ("地方改了？到底在哪儿"): the event's place, which the staff change.
_PLACE_CHANGED = re.compile(r"(?:地方|地点|场地|位置)(?:又|是不是|是否)?(?:改|换|变)(?:了|啦)")
PLACE_ASKED = 30  # characters at most
# Where goods are collected, or how (where) to sign up or pay: "在哪里拿货", "活动在哪报名" (F31's how-to) are no place held.
_NOT_WHERE_HELD = re.compile(r"拿|取|提货|自提|领|报名|报|签到|打卡|缴费|付款|交钱|买|订")


def asks_event_place(text: str, title: str) -> bool:
    """Whether the message asks where the open event ``title`` is held."""
    folded = normalize(text)
    if (guess := _SHOP_GUESSED.search(folded)) and _PLACE_DONE.search(folded[:guess.start()]):
        folded = folded[:guess.start()]
    if len(folded) > PLACE_ASKED or _THE_SHOP.search(folded) or _NOT_WHERE_HELD.search(folded):
        return False
    if found := _PLACE_DONE.search(folded):
        return _nothing_else(_NO_SUBJECT.sub("", _DAY_NAMED.sub("", folded[:found.start()])), title) \
            or _names_event(folded[:found.start()], title)
    if found := _PLACE_OWN.search(folded):
        return not _other_event(folded[:found.start()], normalize(title))
    found = _PLACE_NAMED.search(folded)
    return found is not None and (_names_event(folded[:found.start()], title)
                                  or bool(_PLACE_CHANGED.search(folded[:found.start()])) and "你" not in folded)


def asks_changed_place(text: str, title: str) -> bool:
    """(e34b) Whether the message asks where the event is held after saying its place changed ("地方改了？到底在哪儿"):
    plainly the event's, whatever the learned score says."""
    return bool(_PLACE_CHANGED.search(normalize(text))) and asks_event_place(text, title)


def _names_event(before: str, title: str) -> bool:
    """Whether the words before the question name the event: 活动, or two characters of its title in a row."""
    plain = normalize(title)
    return bool(_EVENT_WORD.search(before)) and not _other_event(before, plain) or \
        any(plain[i:i + 2] in before for i in range(len(plain) - 1))


def _other_event(before: str, title: str) -> bool:
    """"游泳课在哪": a class named before the question that shares nothing with the event's title."""
    left = _NO_SUBJECT.sub("", _DAY_NAMED.sub("", before))
    return bool(re.sub(_EVENT_WORD, "", left)) and not any(title[i:i + 2] in left for i in range(len(title) - 1))


# (v34) Which events are on, asked: "这周六有啥活动吗？", "最近有什么活动", "周末店里搞活动不", "最近有冇活动啊", "周末搞不搞活动".
# Only time words, the shop and fillers before it (the open event is the answer); not a sale ("有什么优惠活动"), another
# place's ("你们小区有什么活动"), or one recalled ("上次有什么活动来着").
# (r34) "点" only after a doing word ("搞点活动不"): "最近有点活动不开" is a stiff back; "活动不开/开了" is moving.
_WHATS_ON = re.compile(r"(?:(?:有|有没有|有冇|冇)(?:啥|什么|撒|哪些|些什么|些啥|没有)?|(?:搞|办|举办|组织|搞不搞)(?:啥|什么|撒|哪些|"
                       r"些什么|些啥|没有|点)?)(?:新)?活动(?!不开|开)"
                       r"(?:吗|么|嘛|不|没|没有|伐|呀|啊|呢|哈|吖|啵|[?？~～。\s]|安排|$)")
_SHOP_AND_TIME = re.compile(r"店里|门店|店|咱店|你们|最近|近期|这几天|这两天|这段时间|这阵子|周末|这周末|这周|本周|下周|这个月|月底|"
                            r"过几天|过两天|节日|过节|还|又|会|都|要|打算|准备|平时|一般")
_SALE = re.compile(r"优惠|打折|折扣|促销|满减|特价|秒杀|降价|红包|返现|积分|抽奖")
WHATS_ON_ASKED = 24  # characters at most


def asks_whats_on_event(text: str) -> bool:
    """Whether the message asks which events the store holds (the open one answers it)."""
    folded = normalize(text)
    if len(folded) > WHATS_ON_ASKED or _SALE.search(folded) or RECALL_WORDS.search(folded):
        return False
    found = _WHATS_ON.search(folded)
    return found is not None and not _SHOP_AND_TIME.sub("", _NO_SUBJECT.sub("", _DAY_NAMED.sub("", folded[:found.start()])))


# (r34) Words of a time past, one list: an event of the past is not what's on; "上次…来着" is her memory
# (``bot.questions.asking.RECALLED``).
PAST_WORDS = r"上次|上回|那次|那回|那天|去年|前年|昨天|前天|之前|以前|上个月|上周|上礼拜"
RECALL_WORDS = re.compile(PAST_WORDS + r"|来着")
