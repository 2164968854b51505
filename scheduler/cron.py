"""Crontab expressions with standard weekday numbers.

APScheduler 3.x reads weekday 0 as Monday (its issue 286); crontab, and every
admin, read 0 (and 7) as Sunday. Numeric weekdays are therefore rewritten as
names before APScheduler sees them; names pass through unchanged.
"""
from __future__ import annotations

from datetime import tzinfo

from apscheduler.triggers.cron import CronTrigger

_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]


def cron_trigger(expr: str, timezone: tzinfo | str) -> CronTrigger:
    fields = expr.split()
    if len(fields) != 5:
        raise ValueError(f"must have 5 fields (minute hour day month weekday), got {len(fields)}")
    minute, hour, day, month, weekday = fields
    return CronTrigger(
        minute=minute, hour=hour, day=day, month=month, day_of_week=_weekday_names(weekday), timezone=timezone
    )


def _weekday_names(field: str) -> str:
    if field == "*" or any(c.isalpha() for c in field):
        return field
    days: set[int] = set()
    for item in field.split(","):
        days |= _expand(item)
    return ",".join(_NAMES[d] for d in sorted(days))


def _expand(item: str) -> set[int]:
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
        raise ValueError(f"weekday {item!r} must be 0-7 (0 and 7 are Sunday)")
    return {d % 7 for d in range(low, high + 1, step)}
