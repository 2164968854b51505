"""(e33) When, of the group-buy: whether (and when) a group-buy opens next ("明天还开团不", "下次什么时候开团"), and when its
goods can be collected ("几号能拿到", "几点能拿", "什么时候到货") as opposed to where ("在哪里拿货", G31's). Pure: the
questions handler answers from the open (or just closed) group-buy, else says what is not known yet and passes it on.
"""
from __future__ import annotations

import re

from bot.text import normalize

ASKED = 30  # characters at most: a longer message asks more than this

# Opening a group-buy, asked: "还开团不", "下次什么时候开团", "明天有团吗", "什么时候再团", "还会开团吗", "下一团是什么时候",
# "团购什么时候开", "下次团啥"; not how to join one ("怎么跟团": the FAQ's) nor the open one's goods ("今天团的是什么").
_WHEN = r"(?:什么时候|啥时候|几号|哪天|几时|星期几|周几|礼拜几)"
_ASK = r"(?:吗|不|么|嘛|没|没有|呢|伐|啊|呀|[?？])"
# (r33) "还开团吗" asks; "你又团购啊", "又拼团啊" remark on it and "我还要团购呢" wants one: 又, and 呢/啊/呀 after a bare
# "还…团购", are no question of whether one opens.
_YES_NO = r"(?:吗|不|么|嘛|没|没有|伐|[?？])"
_NEXT_BUY = re.compile(
    rf"(?:还|再|会)(?:会|要|有)?(?:开团|拼团|团购|有团){_YES_NO}|"
    rf"{_WHEN}(?:再|还|会|又|能|才)?(?:开团|开个团|拼团|有团|再团|团购|开始团)|"
    rf"(?:开团|团购|拼团)(?:是)?{_WHEN}|"
    rf"(?:下次|下回|下一次|下一团|下一期|下期|下轮|下一轮)(?:的)?(?:团|团购|开团)?(?:是|在)?{_WHEN}|"
    rf"(?:明天|后天|下周|这周|周末|下次|下回)(?:还|会|也)?(?:有|开)(?:团|团购){_ASK}")


def asks_next_buy(text: str) -> bool:
    """Whether the message asks if or when a group-buy opens next."""
    folded = normalize(text)
    return len(folded) <= ASKED and bool(_NEXT_BUY.search(folded)) and not put_to_members(folded)


# (r33) Words for other members, not the store: one member spoken to ("你的鸡蛋啥时候来拿", "你又团购啊": 你, not the
# store's 你们), the group asked ("大家想几点提货", "各位", "姐妹们"), or what already happened to them ("你们什么时候收到的",
# "上次几号拿到的", "什么时候到货了" told, not asked).
_TO_MEMBERS = re.compile(r"你(?!们|家|店)|大家|各位|姐妹们|亲们|宝子们|宝宝们|群友|邻居们")
_PAST = re.compile(r"(?:上次|上回|之前|以前|那次|前几次)|"
                   r"(?:拿|取|提|领|到货|发货|到手|收到|拿到|提货|取货)(?:的|过)|(?:收到|拿到|到手|到货|提货|取货)了(?![吗么嘛没不]|没有)")


def put_to_members(text: str) -> bool:
    """Whether the message speaks to other members or of what is past, not asks the store what is to come."""
    folded = normalize(text)
    return bool(_TO_MEMBERS.search(folded) or _PAST.search(folded))


# When the goods can be had: a time asked of getting them ("几号能拿到", "几点可以取", "什么时候到货", "哪天能提货",
# "啥时候发货", "多久能到手"); "在哪里拿货" asks where, "几点截单" the cut-off, "几点开始" the event.
_GET = r"(?:拿|取|提|自提|提货|取货|领|到货|发货|送货|送到|到手|收到|拿到)"
_PICKUP_WHEN = re.compile(rf"(?:{_WHEN}|几点|几点钟|多久|多长时间)(?:才|就|可以|能|能够|会|去|来|过来|在哪里|在哪儿|在哪|去哪里|去哪|到哪)*{_GET}|"
                          rf"(?:到货|发货|提货|取货|自提)(?:时间)?(?:是)?(?:{_WHEN}|几点)")
_WHERE = re.compile(r"哪里|哪儿|哪(?![天号日月年一])|什么地方|啥地方|地点|地址|位置")  # "哪天" asks when


def asks_pickup_when(text: str) -> bool:
    """Whether the message asks when the group-buy's goods can be collected or arrive."""
    folded = normalize(text)
    return len(folded) <= ASKED and bool(_PICKUP_WHEN.search(folded)) and not put_to_members(folded)


def asks_where_too(text: str) -> bool:
    """Whether she asks where as well ("几点在哪里拿"): then the place is said beside the time."""
    return bool(_WHERE.search(normalize(text)[:ASKED]))


# A time written in the staff's pickup words ("周六上午 小区东门", "明天下午3点后 店里", "12月12日自提"): the pickup says when.
_TIMED = re.compile(r"\d{1,2}[:：点]|[一二三四五六七八九十两]{1,3}点|\d{1,2}[号日]|[一二三四五六七八九十]{1,3}[号日]|"
                    r"周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天]|今天|明天|后天|今晚|明早|明晚|"
                    r"上午|下午|中午|晚上|早上|傍晚|当天|次日|隔天|截单后")


def pickup_says_when(pickup: str) -> bool:
    """Whether the group-buy's pickup words name a time or day, not only a place ("自提点A")."""
    return bool(_TIMED.search(pickup))
