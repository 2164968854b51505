"""(q33) Days of the Chinese calendar for birthdays kept by it (农历二月初八): today's lunar day, the next solar day a
lunar birthday falls on, and the lunar way of saying one. A leap month (闰月) greets nobody: the birthday was greeted in
the month itself; a birthday on the 30th is greeted on the 29th in a month of 29 days."""
from __future__ import annotations

from datetime import date

from lunar_python import Lunar, LunarYear, Solar

MONTHS = "正二三四五六七八九十冬腊"
_TENS = ("初", "十", "廿", "三")
_ONES = "十一二三四五六七八九"


def today_lunar(day: date) -> tuple[int, int, int]:
    """(month, day, also) of ``day`` in the Chinese calendar: ``also`` is 30 on the 29th of a month of 29 days, else
    the day itself; (0, 0, 0) in a leap month."""
    lunar = Solar.fromYmd(day.year, day.month, day.day).getLunar()
    month, lunar_day = lunar.getMonth(), lunar.getDay()
    if month < 0:
        return 0, 0, 0
    short = LunarYear.fromYear(lunar.getYear()).getMonth(month).getDayCount() == 29
    return month, lunar_day, 30 if short and lunar_day == 29 else lunar_day


def lunar_year(day: date) -> int:
    """(r33b) The year of the Chinese calendar ``day`` is in (2027-01-09, 腊月初二, is in 2026's): a lunar birthday is
    greeted once in it."""
    return Solar.fromYmd(day.year, day.month, day.day).getLunar().getYear()


def next_solar(month: int, day: int, today: date) -> date:
    """The first solar day from ``today`` on which the lunar birthday (month, day) falls."""
    year = Solar.fromYmd(today.year, today.month, today.day).getLunar().getYear()
    for lunar_year in (year - 1, year, year + 1):
        days = LunarYear.fromYear(lunar_year).getMonth(month).getDayCount()
        solar = Lunar.fromYmd(lunar_year, month, min(day, days)).getSolar()
        found = date(solar.getYear(), solar.getMonth(), solar.getDay())
        if found >= today:
            return found
    return today  # not reached: a lunar year later always falls after today


def said_lunar(month: int, day: int) -> str:
    """"二月初八", "腊月廿三", "正月十五"."""
    if day == 10:
        said = "初十"
    elif day == 20:
        said = "二十"
    elif day == 30:
        said = "三十"
    else:
        said = _TENS[day // 10] + _ONES[day % 10]
    return f"{MONTHS[month - 1]}月{said}"
