"""The one way a group-local time is written for members (h31: was inline in four handlers)."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.deadline_text import local_text, parse_deadline

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize("when, zone, expected", [
    (datetime(2026, 3, 4, 12, 5, tzinfo=timezone.utc), SHANGHAI, "03月04日 20:05"),  # zero-padded, +8
    (datetime(2026, 12, 31, 16, 30, tzinfo=timezone.utc), SHANGHAI, "01月01日 00:30"),  # the local day, not UTC's
    (datetime(2026, 7, 9, 23, 0, tzinfo=timezone.utc), ZoneInfo("Europe/Berlin"), "07月10日 01:00"),  # summer time
    (datetime(2026, 7, 9, 23, 0, tzinfo=timezone.utc), timezone.utc, "07月09日 23:00"),
])
def test_local_text_is_the_group_local_minute(when, zone, expected):
    assert local_text(when, zone) == expected


def test_local_text_round_trips_through_the_parser():
    now = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)
    when = parse_deadline("11月25日 20:00", now, SHANGHAI)
    assert local_text(when, SHANGHAI) == "11月25日 20:00"
    assert parse_deadline(local_text(when, SHANGHAI), now, SHANGHAI) == when


@pytest.mark.parametrize("said, local", [
    ("周六下午两点", "12-12 14:00"), ("下午两点半", "12-07 14:30"), ("周六中午", "12-12 12:00"),
    ("明天中午", "12-08 12:00"), ("周日晚上七点", "12-13 19:00"), ("周六中午12:30", "12-12 12:30"),
])
def test_the_hour_as_staff_say_it(said, local):
    """The probe's staff: 两点 is two o'clock, 中午 alone is noon (both were refused as "not understood")."""
    when = parse_deadline(said, datetime(2026, 12, 7, 10, 0, tzinfo=SHANGHAI), SHANGHAI)
    assert when is not None and when.astimezone(SHANGHAI).strftime("%m-%d %H:%M") == local

