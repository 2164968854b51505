"""Deadlines as staff type them: "20:00", "今晚8点", "明天 20:30", "11月25日 20:00", "30分钟", "周六14:00"."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import cn2an

from bot.festival_days import FESTIVAL_PIECE, festival_at, festival_day

_RELATIVE = re.compile(r"^(\d+)\s*(分钟|小时|天)后?$")
_DAY_WORDS = {"今天": 0, "今晚": 0, "今日": 0, "明天": 1, "明晚": 1, "明日": 1, "后天": 2, "大后天": 3,
              "昨天": -1, "昨晚": -1, "昨日": -1, "前天": -2}  # the past: an error, never today
_DATE = re.compile(r"(?:(\d{4})[-/年.])?(\d{1,2})[-/月.](\d{1,2})[日号]?")
_MONTH_DAY = re.compile(r"^(\d{1,2})[日号]")  # (r34) "28号 20:00": the 28th, this month or the next
_UNKNOWN_DAY = re.compile(r"[号日天末底初]")  # (r34) a day word left unread ("周末20:00", "月底"): not understood, never today
_WEEKDAY = re.compile(r"^(下下?|本|这)?(?:周|星期|礼拜)([一二三四五六日天1-7])")
_WEEKDAYS = "一二三四五六日"
_TWO_OCLOCK = re.compile(r"(?<![一二三四五六七八九十\d])两(?=点)")
_NOON_ALONE = re.compile(r"中午(?![\d一二三四五六七八九十两])")
_QUARTER = re.compile(r"点([一三])刻")  # (g34) "八点一刻" is 8:15 (cn2an would make it "8.1刻")
MAX_DEADLINE = 40  # characters: "下周六 晚上8点半" is 10
_CLOCK = re.compile(r"(上午|中午|下午|晚上|今晚|明晚|傍晚|早上|早晨|晚|早)?\s*(\d{1,2})(?:[:：](\d{2})|点(半|(\d{1,2})分?)?)")
_EVENING = ("下午", "晚上", "今晚", "明晚", "傍晚", "晚")
# A part of the day said without a clock ("星期六晚上", "明晚", "后天上午"): this hour, told to the staff (``day_part``).
DAY_PARTS = {"早上": 8, "早晨": 8, "上午": 9, "中午": 12, "下午": 14, "傍晚": 18, "晚上": 20, "晚": 20}
_PART_ALONE = re.compile(r"\s*(%s)\s*" % "|".join(sorted(DAY_PARTS, key=len, reverse=True)))
# (g33) The words staff put before a cut-off, in every command that takes one (/开团, /活动, /抽奖): 截止 and 截至 are both
# written (截至 is the standard form), 截止到, and the field's own name.
DEADLINE_LABELS = ("截止时间", "截止日期", "截单时间", "截止到", "截至", "截止", "截单")
# ... and the words around the time itself: "到周五晚上为止", "今晚8点前", "周五晚上之前截单", "周五截止". Not 前 after a count of
# days or hours ("3天前" is in the past).
_AROUND = re.compile(r"(?:到|至)?\s*(?P<when>.+?)\s*(?:为止|之前|以前|(?<![天时钟])前)?\s*(?:截单|截止)?")
# A word of the arguments that is a cut-off said with those words and no label ("到周五晚上为止", "今晚8点前截单").
_UNTIL_WORD = re.compile(r"(?<!\S)(?:到|至)(?P<until>\S+?)为止(?!\S)|(?<!\S)(?P<before>\S+?)(?:之前|以前|(?<![天时钟])前)?(?:截单|截止)(?!\S)")
# (g34) One word of a command that is a time or a piece of one, in the shapes the reader above takes: a day ("周日",
# "明天", "12月5日"), a part of the day, a clock ("十点半", "19:30", "八点一刻"), or these together ("下周六上午九点半",
# "周五晚8点"). Owners split them in any order ("下午两点半 周日"): ``time_said`` joins the pieces, the day first.
_DAY_PIECE = (r"(?:%s|今天|今日|明天|明日|大后天|后天|今晚|明晚|(?:下下?|本|这)?(?:周|星期|礼拜)[一二三四五六日天1-7]|"
              r"(?:\d{4}[-/年.])?\d{1,2}[-/月.]\d{1,2}[日号]?|[\d一二三四五六七八九十]{1,3}[日号])" % FESTIVAL_PIECE)  # (c34) "冬至那天"; (r34) 大后天, 28号
_PART_PIECE = r"(?:早上|早晨|上午|中午|下午|傍晚|晚上|晚)"
_CLOCK_PIECE = r"(?:[\d零一二两三四五六七八九十]{1,3}(?:[:：]\d{2}|点(?:半|[一三]刻|[\d零一二三四五六七八九十]{1,3}分?)?))"
TIME_PIECE = re.compile(r"(?P<day>%s)?\s*(?P<part>%s)?\s*(?P<clock>%s)?" % (_DAY_PIECE, _PART_PIECE, _CLOCK_PIECE))


def time_piece(word: str) -> bool:
    """(g34) ``word`` is a time or a piece of one ("周日", "下午两点半", "周六上午十点"); "亲子烘焙", "名额二十" are not."""
    if len(word) > MAX_DEADLINE:
        return False
    match = TIME_PIECE.fullmatch(word)
    return (match is not None and bool(match.group(0))) or _RELATIVE.match(word) is not None


def time_said(words: list[str]) -> str:
    """(g34) The time the pieces make, its day first: ["下午两点半", "周日"] -> "周日 下午两点半"."""
    days = [w for w in words if (m := TIME_PIECE.fullmatch(w)) and m.group("day")]
    return " ".join(days + [w for w in words if w not in days])


TIME_CUE = re.compile(r"[\d今明后周星期礼拜点晚早午号日月:：]")


def parse_deadline(text: str, now: datetime, zone: ZoneInfo) -> datetime | None:
    """An aware UTC time in the future, or None if ``text`` is not understood.

    A bare clock time that has already passed today means tomorrow; a named day in the past
    ("昨天20:00") stays in the past, for the caller to refuse.
    """
    text = text.strip()
    if len(text) > MAX_DEADLINE:  # no deadline is that long; and cn2an is quadratic on long digit runs
        return None
    text = unwrapped(text)
    festival = festival_at(text)  # (c34) "冬至那天 上午九点半": the day first, before cn2an reads 十一 or 五一
    if festival:
        text = text[festival.end():].strip()
    weekday = _WEEKDAY.match(text)  # before cn2an, which would make 周六14:00 into 周614:00
    if weekday:
        text = text[weekday.end():]
    # Staff type the hour as they say it: 两点 is 2 o'clock (cn2an leaves 两 alone), 中午 alone is noon.
    text = _NOON_ALONE.sub("中午12点", _TWO_OCLOCK.sub("2", text))
    text = _QUARTER.sub(lambda m: "点15分" if m.group(1) == "一" else "点45分", text)
    try:
        text = cn2an.transform(text, "cn2an")  # 八点半 -> 8点半
    except Exception:
        pass
    if match := _RELATIVE.match(text):
        unit = {"分钟": "minutes", "小时": "hours", "天": "days"}[match.group(2)]
        return now + timedelta(**{unit: int(match.group(1))})
    local_now = now.astimezone(zone)
    day, explicit_day = local_now.date(), False
    if festival:
        day, explicit_day = festival_day(festival.group("name"), day), True
    for word, offset in _DAY_WORDS.items():
        if text.startswith(word):
            day, explicit_day = day + timedelta(days=offset), True
    if weekday:
        day, explicit_day = _next_weekday(day, weekday.group(2), weekday.group(1) or ""), True
    if match := _DATE.search(text):
        year = int(match.group(1) or day.year)
        try:
            day, explicit_day = date(year, int(match.group(2)), int(match.group(3))), True
        except ValueError:
            return None
        text = text[match.end():]
    elif match := _MONTH_DAY.match(text):
        day, explicit_day = _month_day(day, int(match.group(1))), True
        if day is None:
            return None
        text = text[match.end():]
    clock = _CLOCK.search(text)
    before = text[:clock.start()] if clock is not None else text
    for word in _DAY_WORDS:
        before = before.replace(word, "")
    if _UNKNOWN_DAY.search(before):
        return None
    if clock is None:
        part = _part_alone(text)
        if part is None:
            return None
        hour, minute = DAY_PARTS[part], 0
    else:
        hour = int(clock.group(2))
        minute = int(clock.group(3) or clock.group(5) or (30 if clock.group(4) == "半" else 0))
        evening = clock.group(1) in _EVENING or any(w in text for w in ("今晚", "明晚", "昨晚"))
        if evening and hour < 12:
            hour += 12
    if hour > 23 or minute > 59:
        return None
    when = datetime.combine(day, time(hour, minute), zone)
    if weekday and when <= now:
        when += timedelta(days=7)  # 周一8:00 said on Monday at 9: next Monday
    elif when <= now and not explicit_day:
        when += timedelta(days=1)
    return when.astimezone(timezone.utc)


def _month_day(today: date, day: int) -> date | None:
    """(r34) The next date that is the ``day`` of a month, from ``today`` on (this month, else the next); None if no such."""
    for months in (0, 1, 2):
        month = (today.month - 1 + months) % 12 + 1
        year = today.year + (today.month - 1 + months) // 12
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found >= today:
            return found
    return None


def unwrapped(text: str) -> str:
    """(g33) The time in the words staff say around it: "到周五晚上为止", "今晚8点前", "周五晚上之前截单" -> the time alone."""
    match = _AROUND.fullmatch(text.strip())
    return match.group("when") if match else text


def labelled_deadline(args: str) -> str:
    """(g33) A command's arguments with a cut-off said without a label ("到周五晚上为止", "周五晚上前截单") labelled as
    the others are ("截止周五晚上"), for ``bot.command_args.split_labelled``; a word with no time in it is left alone."""
    def label(match: re.Match) -> str:
        when = match.group("until") or match.group("before")
        return "截止" + when if TIME_CUE.search(when) else match.group(0)
    return _UNTIL_WORD.sub(label, args) if len(args) <= 2_000 else args


def _part_alone(text: str) -> str | None:
    """The part of the day ``text`` (its day already read: "晚上", "明晚", "今天下午") names with no clock time."""
    for word in sorted(_DAY_WORDS, key=len, reverse=True):
        if text.startswith(word):
            text = text[len(word):] or ("晚" if word.endswith("晚") else "")
            break
    match = _PART_ALONE.fullmatch(text)
    return match.group(1) if match else None


def day_part(text: str) -> str | None:
    """The part of the day a time names without a clock ("星期六晚上" -> "晚上", "明晚" -> "晚"), or None: the staff
    are told which hour it was taken as (``DAY_PARTS``)."""
    text = text.strip()
    if len(text) > MAX_DEADLINE:
        return None
    text = unwrapped(text)
    if festival := festival_at(text):
        text = text[festival.end():].strip()
    weekday = _WEEKDAY.match(text)
    if weekday:
        text = text[weekday.end():]
    if match := _DATE.search(text):
        text = text[match.end():]
    if _CLOCK.search(text) or _CLOCK.search(_TWO_OCLOCK.sub("2", text)):
        return None
    for numeral in "一二三四五六七八九十":  # "晚上八点": a clock in words
        if numeral + "点" in text:
            return None
    return _part_alone(text)


def assumed(said: list[tuple[str, datetime | None]], zone: tzinfo) -> list[dict]:
    """The times the staff gave as a part of the day alone ((as typed, as read) pairs), each with the hour it was read
    as: for the template ``time_assumed`` (empty: every time had its clock)."""
    return [{"typed": typed, "part": part, "hour": DAY_PARTS[part], "when": local_day_text(when, zone)}
            for typed, when in said if when is not None and (part := day_part(typed)) is not None]


def in_past(text: str, now: datetime, zone: ZoneInfo) -> bool:
    """``text`` names a time that has passed ("昨天20:00"): worth saying so rather than "not understood"."""
    when = parse_deadline(text, now, zone)
    return when is not None and when <= now


def deadline_within(text: str, now: datetime, zone: ZoneInfo, longest: timedelta) -> datetime | None:
    """``parse_deadline``, and only if it falls after ``now`` and no later than ``longest`` from it."""
    when = parse_deadline(text, now, zone)
    return when if when is not None and now < when <= now + longest else None


def local_text(when: datetime, zone: tzinfo) -> str:
    """``when`` as members read a time in the group's own zone: "11月25日 20:00"."""
    return when.astimezone(zone).strftime("%m月%d日 %H:%M")


def local_day_text(when: datetime, zone: tzinfo) -> str:
    """``when`` with its weekday, as an event's start is shown: "12月10日周四 09:30"."""
    local = when.astimezone(zone)
    return local.strftime("%m月%d日") + "周" + "一二三四五六日"[local.weekday()] + local.strftime(" %H:%M")


def _next_weekday(today: date, name: str, prefix: str) -> date:
    """周六: the coming Saturday (today if it is Saturday); 下周六: the Saturday of next week."""
    target = int(name) - 1 if name.isdigit() else (_WEEKDAYS.index(name) if name in _WEEKDAYS else 6)
    if prefix.startswith("下"):
        monday = today - timedelta(days=today.weekday()) + timedelta(days=7 * len(prefix))
        return monday + timedelta(days=target)
    return today + timedelta(days=(target - today.weekday()) % 7)
