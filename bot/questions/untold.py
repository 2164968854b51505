"""(q34) What an FAQ entry's answer does not say. A question can share an entry's words and still ask something its
answer never tells: "积分会不会过期" shares 积分 with the points entry, whose answer says how points are spent, not
whether they expire; "快递寄到洛阳要几天" shares 快递 with delivery, whose answer gives no days for a parcel. Such a
question is the staff's, not a wrong answer.

Each aspect is a pair: the words that ask it, and the words an answer says it with. The answer is read as the store
wrote it (``faq.yaml``): when the store adds "积分长期有效" to its answer, the expiry question is answered from then on.
Pure: text in, yes or no out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text_gate import gated


@dataclass(frozen=True)
class Aspect:
    name: str
    asked: re.Pattern
    told: re.Pattern  # in the entry's answer
    part: bool = False  # a detail of the entry's own topic: its answer is given, and this part passed on (``untold_part``)
    entry: str = ""  # the entry whose topic it is, when another's words drew the question (refunds: returns, not payment)


_NEAR = r"[^,，。?？!！\s]{0,6}?"  # a few characters of the same clause
ASPECTS = (
    # whether points, a coupon or a card expire: "积分会不会过期", "优惠券有效期多久", "积分年底清零不"
    Aspect("expiry", re.compile(r"(?:积分|券|卡|分)" + _NEAR + r"(?:过期|清零|作废|有效期|到期|失效)"),
           re.compile(r"过期|清零|作废|有效期|到期|失效|长期有效"), part=True),
    # how long a parcel takes: "快递寄到洛阳要几天", "寄到上海要多久" (the local delivery's day is not a parcel's)
    Aspect("parcel_time", re.compile(r"(?:快递|寄|邮)[^,，。?？!！]{0,10}?(?:几天|多久|多长时间|多少天|哪天到|啥时候到|什么时候到)"),
           re.compile(r"(?:快递|寄)[^。；;]{0,12}?(?:\d+\s*天|[一二两三四五六七]天|天内|小时)"), part=True),
    # a gift for topping up or buying: "店里能充值吗 充值有送吗", "办卡送不送东西" (送 of a gift, not of a delivery:
    # "送不送到家" delivers)
    Aspect("gift", re.compile(r"(?:充值|充钱|储值|办卡|开卡|办会员|办个卡|买" + _NEAR + r")[^,，。?？!！\s]{0,3}?"
                              r"(?:有送|送不送|送什么|送啥|送东西|送点|有没有送|有赠|赠不赠)(?![到上过回货家])"),
           re.compile(r"赠|充值送|买[^。；;]{1,8}送(?!货|到|上)")),
    # ordering online: "能不能线上下单", "有没有小程序", "网上能买吗"
    Aspect("online", re.compile(r"线上|网上|小程序|公众号|网店|(?<![a-z])app(?![a-z])|在线下单|手机下单|微店"),
           re.compile(r"线上|网上|小程序|公众号|网店|(?<![a-z])app(?![a-z])|在线|微店")),
    # how crowded the shop is: "你们周末人多不多 想推婴儿车去", "晚上去排队不" (its hours do not say)
    Aspect("crowd", re.compile(r"人多(?:不多|吗|么|不|嘛|伐|没)|人(?:挤|多)不(?:挤|多)|挤不挤|要排队|排队(?:吗|不|么|久)|人少(?:吗|不|么)"),
           re.compile(r"人多|人少|排队|拥挤|挤")),
    # where refunded money goes: "钱是退到微信里还是给现金", "退的钱是原路返回吗"
    Aspect("refund_route", re.compile(r"退(?!休)(?:款|钱|的钱)?" + _NEAR + r"(?:退?到(?!账)|退?回|原路)(?!来|去)|原路(?:返回|退)|"
                                      r"退(?!休)(?:款|钱)?" + _NEAR + r"(?:现金|微信|支付宝|卡里|银行卡)"),
           re.compile(r"原路|退回|退到|退款(?:到|至)"), part=True, entry="returns"),
)
_ASKED = tuple((aspect, gated(aspect.asked)) for aspect in ASPECTS)


def _untold(folded: str, answer: str) -> Aspect | None:
    if not answer:
        return None  # the catalogue and the rules answer from elsewhere
    told = answer.casefold()
    return next((aspect for aspect, asked in _ASKED if asked.search(folded) and not aspect.told.search(told)), None)


def untold(folded: str, answer: str) -> str | None:
    """The aspect the question (``folded``: normalised, read as Mandarin) asks of another topic than the entry's, which
    ``answer`` does not tell ("充值有送吗" of delivery): the staff's question, not the entry's; or None."""
    aspect = _untold(folded, answer)
    return aspect.name if aspect is not None and not aspect.part else None


def untold_part(folded: str, answer: str) -> str | None:
    """The detail of the entry's own topic the question asks and ``answer`` does not tell ("积分会不会过期" of points): the
    entry answers, and the detail is passed on to the staff; or None."""
    aspect = _untold(folded, answer)
    return aspect.name if aspect is not None and aspect.part else None


def owner_of(folded: str) -> str | None:
    """The entry whose topic the question is by an aspect it asks ("钱是退到微信里还是给现金": returns, not payment)."""
    return next((aspect.entry for aspect, asked in _ASKED if aspect.entry and asked.search(folded)), None)
