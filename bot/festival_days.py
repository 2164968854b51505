"""(c34) Days named by a festival or a solar term, as owners date an event or a cut-off: "冬至那天", "元旦", "中秋节当天",
"除夕", "元宵". Each is the next such day from today (today included); the Chinese calendar's are read by lunar_python."""
from __future__ import annotations

import re
from datetime import date

from lunar_python import Lunar, Solar

from bot.lunar_days import next_solar

SOLAR_TERMS = ("立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑",
               "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", "小寒", "大寒")
# Festivals of the Chinese calendar: (month, day); 除夕 is the last day of 腊月 (29 or 30, ``next_solar`` takes the 30th
# as the month's last); 小年 as the north keeps it.
LUNAR_FESTIVALS = {"春节": (1, 1), "大年初一": (1, 1), "元宵": (1, 15), "端午": (5, 5), "七夕": (7, 7), "中元": (7, 15),
                   "中秋": (8, 15), "重阳": (9, 9), "腊八": (12, 8), "小年": (12, 23), "除夕": (12, 30), "大年三十": (12, 30)}
SOLAR_FESTIVALS = {"元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "植树节": (3, 12), "劳动节": (5, 1),
                   "五一": (5, 1), "儿童节": (6, 1), "六一": (6, 1), "教师节": (9, 10), "国庆": (10, 1),
                   "十一": (10, 1), "平安夜": (12, 24), "圣诞": (12, 25)}
# Words that may stand alone as a day only with a day word after them ("五一那天"; "十一" alone is a number).
_NEEDS_DAY_WORD = ("五一", "六一", "十一")
_NAMES = sorted({*SOLAR_TERMS, *LUNAR_FESTIVALS, *SOLAR_FESTIVALS} - set(_NEEDS_DAY_WORD), key=len, reverse=True)
_DAY_WORD = r"(?:那天|当天|那日|当日|这天|日)"
# One festival said as a day: the name, 节 or not, then 那天/当天 or not ("冬至", "冬至节", "中秋节当天", "五一那天"); for
# ``bot.deadline_text.TIME_PIECE``, without groups of its own.
FESTIVAL_PIECE = r"(?:(?:%s)节?%s?|(?:%s)节?%s)" % ("|".join(_NAMES), _DAY_WORD, "|".join(_NEEDS_DAY_WORD), _DAY_WORD)
_FESTIVAL = re.compile(r"(?P<name>%s|%s)节?(?P<day>%s)?" % ("|".join(_NAMES), "|".join(_NEEDS_DAY_WORD), _DAY_WORD))
# (c34) A word that says it is a day ("感恩节那天", "开学那天"): one the reader cannot date is refused, never read as
# part of a title.
DAY_SAID = re.compile(r"\S(?:那天|当天|那日|当日|这天)")


def festival_at(text: str) -> re.Match | None:
    """The festival ``text`` starts with, or None ("十一点" and "五一劳动" are not one)."""
    match = _FESTIVAL.match(text)
    if match is None or (match.group("name") in _NEEDS_DAY_WORD and not match.group("day")):
        return None
    return match


def festival_day(name: str, today: date) -> date:
    """The next day from ``today`` (itself included) that is the festival or solar term ``name`` (one ``festival_at`` found)."""
    if name in LUNAR_FESTIVALS:
        return next_solar(*LUNAR_FESTIVALS[name], today)
    if name in SOLAR_FESTIVALS:
        month, day = SOLAR_FESTIVALS[name]
        this_year = date(today.year, month, day)
        return this_year if this_year >= today else date(today.year + 1, month, day)
    year = Solar.fromYmd(today.year, today.month, today.day).getLunar().getYear()
    for lunar_year in (year, year + 1, year + 2):  # a lunar year's table names its 24 terms in Chinese, 冬至 of the year before first
        solar = Lunar.fromYmd(lunar_year, 1, 1).getJieQiTable()[name]
        found = date(solar.getYear(), solar.getMonth(), solar.getDay())
        if found >= today:
            return found
    return today  # not reached: next lunar year's term always falls after today
