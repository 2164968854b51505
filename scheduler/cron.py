"""Crontab expressions with standard weekday numbers.

APScheduler 3.x reads weekday 0 as Monday (its issue 286); crontab, and every
admin, read 0 (and 7) as Sunday. Numeric weekdays are therefore rewritten as
names before APScheduler sees them; names pass through unchanged.
"""
from __future__ import annotations

from datetime import tzinfo

from apscheduler.triggers.cron import CronTrigger

_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]


class CronError(ValueError):
    """What is wrong with an expression: ``count`` fields instead of 5, or field ``index`` (0-4: minute...
    weekday) whose text is ``text``. The config check words it for the admin from these."""

    def __init__(self, message: str, count: int = 5, index: int | None = None, text: str = "") -> None:
        super().__init__(message)
        self.count, self.index, self.text = count, index, text


def cron_trigger(expr: str, timezone: tzinfo | str) -> CronTrigger:
    fields = expr.split()
    if len(fields) != 5:
        raise CronError(f"must have 5 fields (minute hour day month weekday), got {len(fields)}", count=len(fields))
    minute, hour, day, month, weekday = fields
    try:
        return CronTrigger(
            minute=minute, hour=hour, day=day, month=month, day_of_week=_weekday_names(weekday), timezone=timezone
        )
    except CronError:
        raise
    except ValueError as exc:
        index = _bad_field(fields)
        raise CronError(str(exc), index=index, text=fields[index] if index is not None else "") from None


def _bad_field(fields: list[str]) -> int | None:
    """The first field APScheduler refuses on its own (the others left as *)."""
    for index, name in enumerate(("minute", "hour", "day", "month", "day_of_week")):
        try:
            CronTrigger(**{name: fields[index] if index < 4 else _weekday_names(fields[index])})
        except ValueError:
            return index
    return None


def _weekday_names(field: str) -> str:
    if field == "*" or any(c.isalpha() for c in field):
        return field
    days: set[int] = set()
    for item in field.split(","):
        days |= _expand(item, field)
    return ",".join(_NAMES[d] for d in sorted(days))


def _expand(item: str, field: str) -> set[int]:
    span, _, step_text = item.partition("/")
    step = int(step_text) if step_text else 1
    if span == "*":
        low, high = 0, 6
    elif "-" in span:
        low_text, high_text = span.split("-", 1)
        low, high = int(low_text), int(high_text)
    else:
        low = high = int(span)
    if not (0 <= low <= 7 and 0 <= high <= 7 and low <= high and step > 0):
        raise CronError(f"weekday {item!r} must be 0-7 (0 and 7 are Sunday)", index=4, text=field)
    return {d % 7 for d in range(low, high + 1, step)}
