"""What a member asks about the group's sign-in and her own sign-ins (q33), besides whether today's took
(``bot.language.signins.asks_if_signed_in``):

- ``WINDOW``: whether she can still sign in, until when ("现在还能签到不", "今天还能打卡吗", "几点之前要签到",
  "签到几点截止", "晚上还来得及签吗");
- ``RECORD``: her sign-in record and streak ("我的签到记录", "我连续签了几天了", "我签到多少天了", "我打卡几天了");
- ``BROKEN``: why her streak started again ("我的连续怎么断了", "怎么又从1开始了", "连续天数怎么清零了"): asked; a
  complaint ("连签断了，破防了") is chat.

Her own, of the group's daily sign-in: not another's ("你们签到了吗", "我妈还能签到吗"), not another day's (昨天的 is
补签's), not another kind of check-in (上班打卡, 景点打卡, 活动签到, 健身打卡). Every pattern is a bounded gap or an
alternation of literals: linear.
"""
from __future__ import annotations

import re

from bot.text import normalize

WINDOW, RECORD, BROKEN = "window", "record", "broken"
EARNED = "earned"  # (y34) how many points a sign-in gives ("签到一次给几分啊", "每天打卡能得多少积分")
MAX_ASKED = 40  # characters: a longer message is a story, not a question about the sign-in

_SIGN = r"(?:签到|签个到|签|打卡|打个卡)"
_ASK_END = r"(?:吗|么|嘛|不|没|没有|不了|了吗|了没|吧|呢|啊|呀|哈|$)"
_WINDOW = re.compile(
    r"(?:还|现在|今天|这会儿?|这个点|这么晚|晚上|下午|中午)[^，。？！]{0,3}?(?:能|可以|来得及|来的及|让)" + _SIGN + r"[^，。？！]{0,2}?" + _ASK_END
    + r"|(?:能不能|可不可以|还能不能)" + _SIGN + r"(?:了|啊|呀|呢|哈)*$"
    + r"|" + _SIGN + r"[^，。？！]{0,2}?(?:还)?(?:来得及|来的及)"
    + r"|几点(?:之前|以前|前|为止|截止|结束|前面)?(?:要|得|必须|需要|可以|能|才能)?(?:签到|打卡)"
    + r"|(?:签到|打卡)(?:是|要|得|在|截止|截至|到)?(?:几点|什么时候|啥时候|什么时间|啥时间)"
    + r"(?:之前|以前|前|截止|结束|为止|开始|关|停|$)"
    + r"|(?:签到|打卡)(?:有|有没有)?(?:时间|时段)(?:限制|要求|规定)"
    + r"|(?:签到|打卡)(?:截止|截至)(?:到|是|在)?(?:几点|什么时候|啥时候)")
_RECORD = re.compile(
    r"(?:(?:我|俺)(?:的)?(?:签到|打卡)(?:记录|情况|天数)"
    + r"|(?:我|俺)[^，。？！]{0,3}?(?:连续|一共|总共|已经|都)?(?:签到|签|打卡|打)(?:了|到|卡)?(?:了)?(?:几|多少)天"
    + r"|(?:我|俺)[^，。？！]{0,3}?(?:连续|连签|连着)(?:几|多少)天)(?:了|啦|呢|啊|呀|吗|嘛|哈|来着)*$")  # asked, not told
_BROKEN = re.compile(
    r"(?:连续|连签|天数|签到|打卡)[^，。？！]{0,4}?(?:怎么|咋|为啥|为什么|为何|怎么就|咋就)(?:又|就)?"
    r"(?:断|没了|清零|归零|重新|重置|从1|从一|变成?1|变回|只有1|才1)"
    + r"|(?:怎么|咋|为啥|为什么|为何)(?:又|就|突然)?(?:从1|从一|从第1|从第一)(?:天)?(?:开始|算|计|起)"
    + r"|(?:怎么|咋|为啥|为什么|为何)(?:我的)?(?:连续签到|连续打卡|连续|连签|签到|打卡)(?:天数)?(?:又|就|突然)?(?:断|没了|清零|归零|变成?1|变回1|重新|从1|从一|从第1|从第一)"
    + r"|(?:怎么|咋|为啥|为什么|为何)(?:又|就|突然)?(?:变成?|成了|只有|只剩|才)(?:1|一)天")
# (y34) The points a sign-in gives, asked as the rule: "签到一次给几分啊", "打卡一天多少积分", "每天签到能得几分". Not hers
# already given ("我签到给了几分": 了 after the verb), not minutes (几分钟), not another game ("答题一次几分").
_EARNED = re.compile(r"(?:签到|签个到|打卡|打个卡)(?:一次|一回|一天|每次|每天|的话)?(?:能|可以|会)?(?:给|得|送|加|拿|有|算)?(?:几|多少)(?:分|积分)(?!钟)|"
                     r"(?:一次|一天|每次|每天)(?:签到|打卡)(?:能|可以|会)?(?:给|得|送|加|拿|有|算)?(?:几|多少)(?:分|积分)(?!钟)")
_ANOTHER = re.compile(r"你们|[她他]|大家|别人|谁|老公|老婆|孩子|宝宝|女儿|儿子|(?<!宝)妈|爸|婆婆|老人|朋友|同事")
_ANOTHER_DAY = re.compile(r"昨|前天|上周|补")
_OTHER_KIND = re.compile(r"上班|下班|公司|单位|考勤|景点|景区|探店|活动|入场|会场|讲座|会议|健身|跑步|运动|学习|背单词|读书|"
                         r"[湖山岛寺庙塔桥]|古镇|公园|博物馆|网红|旅游|"
                         r"医院|挂号|签字|签名|签收|签合同|签约")

# (q34) The bot spoken of, not asked: praised ("机器人蛮灵的", "这个助手挺聪明") or told to remember ("它记得我签了几天"),
# in a message that does not end asking ("机器人蛮灵的 我签了几天了？" still asks).
_OF_THE_BOT = re.compile(r"(?:机器人|助手|小秘书|助理)[^，。？！,?!\s]{0,4}?(?:灵|聪明|厉害|好用|靠谱|能干|机灵|神|智能|牛|管用)|"
                         r"(?:它|机器人|助手|小秘书)(?:都|还|也|竟然|居然)?(?:记得|知道|晓得|记着|记住)")
_ENDS_ASKING = re.compile(r"(?:吗|么|不|没|嘛|[?？])[啊呀哦呢]*\W*$")


def _of_the_bot(text: str, words: str) -> bool:
    """``words``: the text normalised (no marks); its end is read on the text as typed."""
    return bool(_OF_THE_BOT.search(words)) and not _ENDS_ASKING.search(text.strip())


def asks_about_signin(text: str) -> str | None:
    """``WINDOW``, ``RECORD``, ``BROKEN`` or None."""
    if len(text) > MAX_ASKED or "签" not in text and "卡" not in text and "连续" not in text and "1" not in text \
            and "一" not in text:
        return None
    words = normalize(text)
    if not words or _ANOTHER.search(words) or _OTHER_KIND.search(words) or _of_the_bot(text, words):
        return None
    if _BROKEN.search(words):
        return BROKEN
    if _EARNED.search(words):
        return EARNED
    if _ANOTHER_DAY.search(words):
        return None
    if _RECORD.search(words):
        return RECORD
    if _WINDOW.search(words):
        return WINDOW
    return None
