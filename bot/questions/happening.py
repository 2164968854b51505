"""(G31) What a member asks of the group's open event without naming it: "几点开始啊", "什么时候开始呀", "哪天开始". Pure:
the handler (``bot.handlers.questions``) answers it with the event's own start time when one is open, else as before.
"""
from __future__ import annotations

import re

from bot.text import normalize

# When something starts, asked: "几点开始", "啥时候开始呀", "几号开始", "开始时间是几点", "几点集合"; not the shop's opening
# ("几点开始营业", "几点开门": the hours' entry) nor the group-buy's cut-off.
_STARTS = re.compile(r"(?:几点|几点钟|什么时候|啥时候|什么时间|几号|哪天|星期几|周几|礼拜几)(?:开始|开课|开讲|集合|签到入场|入场)(?!营业|上班|开门)|"
                     r"(?:开始|集合|入场)(?:时间)?(?:是)?(?:几点|什么时候|啥时候|几号|哪天)|"
                     # (e31) the time alone, ending the question: "周日几点来着", "分享会几点呀", "是几号来着"
                     r"(?:几点|几点钟|几号|哪天)(?:来着|呀|啊|呢|哈|嘞|嘛|的|吖)*[?？~～。.!！\s]*$")
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
    "春晚几点开始" ask of other things), or names the event by two characters of its title in a row."""
    folded = normalize(text)
    found = _STARTS.search(folded)
    return found is not None and _nothing_else(_NO_SUBJECT.sub("", folded[:found.start()]), title)


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
                     r"有(?:没有)?(?:名额|位置|空位|位子)(?:吗|不|么|没|嘛|啊|呀|[?？]|$)|名额(?:还)?(?:有|够)(?:吗|不|么|没)|"
                     r"剩(?:下)?(?:几个|多少)(?:个)?(?:名额|位置|位子)|名额(?:还)?剩(?:下)?(?:几个|多少)|"
                     r"(?:报|名额)满了?(?:吗|没|不|么)|满员了?(?:吗|没)")
_ME_NOW = re.compile(r"现在|还|我|俺|我们|我家")
PLACES_ASKED = 30  # characters at most


def may_ask_places(text: str) -> bool:
    """Whether the message could ask of an event's places (``asks_places`` decides, knowing the event)."""
    return bool(_PLACES.search(normalize(text)))


def asks_places(text: str, title: str) -> bool:
    """Whether the message asks whether the open event ``title`` still takes sign-ups or has places left."""
    folded = normalize(text)
    if len(folded) > PLACES_ASKED or _THE_SHOP.search(folded):
        return False
    found = _PLACES.search(folded)
    return found is not None and _nothing_else(_ME_NOW.sub("", _NO_SUBJECT.sub("", folded[:found.start()])), title)
