"""(q33) A member telling her own birthday in her words, privately: "生日是3月8号", "我生日3月8号", "我的生日是农历二月
初八", "我是腊月十六的生日", "生日 3.8 帮我记一下". Hers only ("我老公生日3月8号" is not), a statement (not "生日是3月8号
吗", not "3月8号生日会有活动吗"), the whole message. ``told_birthday`` gives (month, day, lunar) or None; a date that
does not exist (2月30日, 13月1日) gives (month, day, lunar) all the same, for the answer to say so. Anchored patterns of
literals and bounded runs: linear.
"""
from __future__ import annotations

import calendar
import re

MAX_TOLD = 40

_LUNAR_WORDS = ("农历", "阴历", "旧历", "老历")
_CALENDAR = r"(?:农历|阴历|旧历|老历|公历|阳历|新历)"
_MONTH = r"(?P<m>\d{1,2}|十[一二]|[正一二三四五六七八九十冬腊])月份?"
_DAY = r"(?P<d>\d{1,2}|初[一二三四五六七八九十]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|十[一二三四五六七八九]?|[一二三四五六七八九])(?:号|日)?"
_DATE = r"(?P<cal>" + _CALENDAR + r")?(?:" + _MONTH + _DAY + r"|(?P<m2>\d{1,2})[-./](?P<d2>\d{1,2})(?:号|日)?)"
_LEAD = r"^(?:(?:你好|您好|哈喽|老板|店长)[啊呀]?)?(?:我|俺|本人)?(?:的)?(?P<cal0>" + _CALENDAR + r")?"
_TAIL = r"(?:[哦哈呀啊啦呢哟嘛的~～。！!，,]|(?:麻烦|帮我|请|你|您|给我)?(?:帮我|给我|给|帮)?(?:记|登记|备注|记录)(?:一下|下)?|谢谢|我是)*$"
_TOLD = (re.compile(_LEAD + r"(?:生日|生辰)(?:是|在|为|[:：])?" + _DATE + _TAIL),  # 生日是3月8号
         re.compile(_LEAD + r"是?" + _DATE + r"(?:的)?(?:生日|生的|出生的?)" + _TAIL))  # 我是3月8号的生日
_DIGITS = {"正": 1, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "冬": 11,
           "腊": 12, "廿": 20}


def told_birthday(text: str) -> tuple[int, int, bool] | None:
    """(month, day, lunar) of the birthday she states as hers, or None."""
    if len(text) > MAX_TOLD:
        return None
    words = re.sub(r"\s+", "", text)
    found = _TOLD[0].match(words) or _TOLD[1].match(words)
    if found is None:
        return None
    month = found.group("m") or found.group("m2")
    day = found.group("d") or found.group("d2")
    calendar = found.group("cal") or found.group("cal0") or ""
    lunar_named = month in "正冬腊" or day.startswith(("初", "廿"))  # 腊月十六, 十月初十: said the lunar way
    return _number(month), _number(day), calendar in _LUNAR_WORDS or not calendar and lunar_named


def _number(said: str) -> int:
    """"3", "十一", "初八", "廿三", "二十", "腊" as a number."""
    if said.isdigit():
        return int(said)
    said = said.removeprefix("初")
    if said == "初十" or said == "十":
        return 10
    if "十" in said:
        tens, _, ones = said.partition("十")
        return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)
    if said.startswith("廿"):
        return 20 + (_DIGITS[said[1:]] if said[1:] else 0)
    return _DIGITS[said]


def is_a_day(month: int, day: int, lunar: bool) -> bool:
    """A day of the year (2024: Feb 29 is allowed); a lunar month has at most 30 days."""
    return 1 <= month <= 12 and 1 <= day <= (30 if lunar else calendar.monthrange(2024, month)[1])
