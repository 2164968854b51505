"""(m34) What a member asks of the store privately, in her words (pure; ``bot.direct_requests`` acts on it).

``request_kind`` names what a private message asks for, or None:

- ``DELETION``: her account or data removed ("我想注销 把我的资料都删掉", "帮我把个人信息删了吧"); never done here, the
  staff do it from the dashboard after checking who she is.
- ``NOT_MENTIONED``: not to be @-mentioned in the group ("能不能别在群里@我", "以后别艾特我了", "不喜欢被点名").
- ``COLOUR``: the colour, flavour or size of her order ("围巾我订的是酒红色吧？你确认下"): not kept on the order.
- ``REQUEST``: something for the staff to do ("你帮我转给店长", "让店长联系我儿子", "订单挂在我妈名下",
  "我想让我妈也进群 怎么拉她").

``closes_matter`` tells closing words ("算了不用处理了", "店长回复我了 问题解决了 谢谢"), not a question.

Literals and bounded runs, on at most ``MAX_READ`` characters: linear.
"""
from __future__ import annotations

import re

from bot.text import normalize

MAX_READ = 80
DELETION, NOT_MENTIONED, COLOUR, REQUEST = "deletion", "not_mentioned", "colour", "request"

_SELF = r"(?:我|俺|本人)"
_DATA = r"(?:个人)?(?:资料|信息|数据|账号|账户)"
_DELETION = re.compile(_SELF + r"(?:想|要|想要|申请)?(?:把)?(?:账号|账户)?注销|(?:帮|给)" + _SELF + r"注销|注销" + _SELF
                       + r"|(?:删|清)(?:掉|除|空)?" + _SELF + r"的?" + _DATA
                       + r"|" + _SELF + r"的?" + _DATA + r"[^，,。？?\n]{0,3}?(?:删|清除|清空|抹掉)")
# "@我" as the bot does it in the group; "我们", "我老公" are someone else.
_ME = _SELF + r"(?!们|老|家|妈|爸|儿|女|闺|同|朋)"
_NOT_MENTIONED = re.compile(r"(?:别|不要|甭|莫|不用)(?:再|老|总|老是|总是|一直)?(?:在群里)?(?:@|艾特|圈|点名)" + _ME
                            + r"|不(?:喜欢|想|愿意)(?:在群里)?被(?:@|艾特|圈|点名)"
                            + r"|(?:别|不要)(?:在群里)?(?:点|叫)" + _SELF + r"(?:的)?名")
_COLOUR = re.compile(_SELF + r"[^，,。！!？?\n]{0,6}?(?:订|定|要|买|拍|选|接龙)(?:的|了)[^，,。！!？?\n]{0,8}?"
                     r"(?:颜色|色|口味|味|款式|尺码|码)")
_CONFIRM = re.compile(r"吧|吗|么|嘛|对吧|对不对|是不是|确认|核对|来着|啥|什么|哪|\?|？")
_STAFF = r"(?:店长|老板|店员|店里|群主|你们老板)"
_REQUEST = re.compile(r"(?:帮我|麻烦你?|请你?|你)(?:帮我|帮忙)?(?:转告|转给|转达|告诉|通知)(?:一下|下)?" + _STAFF
                      + r"|(?:转告|转达)(?:一下|下)?" + _STAFF
                      + r"|(?:帮我|麻烦你?|请你?|你)(?:帮我|帮忙)?(?:跟|和|给)" + _STAFF + r"[^，,。？?\n]{0,6}?(?:说|讲|反映|转)"
                      + r"|(?:让|叫|请)" + _STAFF + r"[^，,。？?\n]{0,4}?(?:联系|打个?电话|回个?电话|回电|找|加)"
                      + r"|挂在[^，,。？?\n]{0,6}?名下|记在[^，,。？?\n]{0,6}?名下"
                      + r"|(?:拉|邀请|加)[^，,。？?\n]{0,5}?进群|进群[^，,。？?\n]{0,4}?(?:怎么|咋|如何)(?:拉|邀请|加)"
                      + r"|(?:怎么|咋|如何)(?:拉|邀请)(?:我|她|他)[^，,。？?\n]{0,4}?(?:进|入)")
_PHONE = re.compile(r"(?<!\d)1\d{10}(?!\d)")
_PHONE_ASKS = re.compile(r"联系|打电话|打给|送货|送到|找他|找她")
_OTHERS_DATA = re.compile(r"(?:聊天|微信)记录|照片|图片|消息")


def request_kind(text: str) -> str | None:
    """What the private message asks of the store (``DELETION``, ``NOT_MENTIONED``, ``COLOUR``, ``REQUEST``), or None."""
    raw = text.strip()
    if not raw or len(raw) > MAX_READ:
        return None
    words = normalize(raw)
    if _DELETION.search(words) and not _OTHERS_DATA.search(words):
        return DELETION
    if _NOT_MENTIONED.search(re.sub(r"\s+", "", raw)):  # normalize() drops "@"
        return NOT_MENTIONED
    if (found := _COLOUR.search(words)) and _CONFIRM.search(words, found.end()):
        return COLOUR
    if _REQUEST.search(words) or _PHONE.search(words) and _PHONE_ASKS.search(words):
        return REQUEST
    return None


_CLOSED = re.compile(r"不用(?:再)?(?:处理|管|麻烦|弄|跟进|回复|回)了?|(?<!没)(?<!未)(?:解决|处理好|弄好|搞定)了"
                     r"|没事了|没关系了|算了吧?$|不追究了?")
_STILL_ASKING = re.compile(r"吗|么|嘛|没有?$|\?|？|怎么|咋|为什么|为啥|还没|没解决|没处理")


def closes_matter(text: str) -> bool:
    """Closing words of her matter: "其实也还好啦 算了不用处理了", "问题解决了 谢谢", "没事了 不用管了"."""
    raw = text.strip()
    if not raw or len(raw) > MAX_READ:
        return False
    words = normalize(raw)
    return _CLOSED.search(words) is not None and _STILL_ASKING.search(words) is None
