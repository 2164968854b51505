"""Acceptance through ``qunbot replay``: a 3-day content calendar, and a 500-group fan-out on budget."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from bot.config.schema import TimeWindow
from tests.conftest import ROOT, SHANGHAI, local
from tests.test_replay import actions, replay

EXAMPLE = ROOT / "docs/examples/calendar_three_days.jsonl"
CONFIG = ROOT / "docs/examples/calendar.yaml"
QUIET = {"g-moms": "22:00-07:00", "g-seniors": "21:00-07:00", "g-young": "23:00-09:00"}
MORNING = "早上好！"


def times(day_times: list[str]) -> list[str]:
    return [local(f"2026-11-{dt}").isoformat() for dt in day_times]


def test_three_days_of_calendar_posts_at_local_times_without_repeats_or_quiet_hours():
    out = actions(replay(str(EXAMPLE), "--config", str(CONFIG), "--until", "2026-11-26T06:00:00+08:00"))
    posts, picture = [], {}  # replies @ the member; a post is timed by its first piece (a product's picture)
    for a in out:
        if a["action"] == "image" and "group" in a:
            picture[a["group"]] = a["t"]
        elif a["action"] == "say" and not a["mentions"]:
            posts.append({**a, "t": picture.pop(a["group"], a["t"])})
    by_group = {g: [a for a in posts if a["group"] == g] for g in QUIET}
    seniors = [f"{d} {t}" for d in (23, 24, 25) for t in ("07:30", "09:00", "15:00", "19:00")]
    assert [a["t"] for a in by_group["g-seniors"]] == times(seniors)
    moms = [f"23 {t}" for t in ("08:00", "10:30")] + [f"{d} {t}" for d in (24, 25) for t in ("07:00", "08:00", "10:30")]
    # the 22:30 "night" post falls in the mothers' quiet hours: it waits for 07:00 (the last one is
    # still queued when the transcript ends, and the replay lets the queue finish at its pace)
    assert [a["t"] for a in by_group["g-moms"]] == times(moms + ["26 07:00"])
    young = [datetime.fromisoformat(a["t"]).astimezone(SHANGHAI).strftime("%d %H:%M") for a in by_group["g-young"]]
    # the 08:00 morning post is skipped there (quiet until 09:00, quiet_posts: skip); 10:30 comes just after
    # the mothers' 10:30 post, paced by the group switch
    assert young == [f"{d} {t}" for d in (23, 24, 25) for t in ("10:30", "22:30")]
    for group, sent in by_group.items():
        library = [a["text"] for a in sent if not a["text"].startswith(MORNING)]
        assert len(library) == len(set(library)), f"{group} got a repeat"
        quiet = TimeWindow.model_validate(QUIET[group])
        assert not [a for a in sent if quiet.contains(datetime.fromisoformat(a["t"]).astimezone(SHANGHAI).time())]
    stamps = [datetime.fromisoformat(a["t"]) for a in out]
    assert stamps == sorted(stamps)
    for before, after in zip(out, out[1:]):
        gap = (datetime.fromisoformat(after["t"]) - datetime.fromisoformat(before["t"])).total_seconds()
        assert gap >= (3 if after["group"] != before["group"] else 1.5)


FANOUT_CONFIG = """
send: {min_interval_seconds: 1.5, group_switch_seconds: 3, jitter_seconds: 2}
defaults:
  theme: general
  schedule:
    - {id: news, cron: "0 10 * * *", action: post}
"""


@pytest.mark.slow
def test_a_500_group_fan_out_completes_on_budget_with_nothing_skipped(tmp_path):
    config = tmp_path / "fanout.yaml"
    config.write_text(FANOUT_CONFIG, "utf-8")
    lines = [json.dumps({"t": "2026-11-23T09:00:00+08:00", "type": "group", "group": f"g{n:03}", "name": f"门店{n}群",
                         "owner": "owner", "members": [{"id": "owner", "name": "店长"}]}) for n in range(500)]
    result = replay("-", "--config", str(config), "--until", "2026-11-23T12:00:00+08:00", stdin="\n".join(lines) + "\n")
    out = actions(result)
    assert "skipped" not in result.stderr
    assert sorted(a["group"] for a in out) == [f"g{n:03}" for n in range(500)]  # each group exactly once
    stamps = [datetime.fromisoformat(a["t"]) for a in out]
    assert stamps[0] == local("2026-11-23 10:00")
    gaps = [(b - a).total_seconds() for a, b in zip(stamps, stamps[1:])]
    assert min(gaps) >= 3.0 and max(gaps) <= 5.0  # a new group every 3-5 s
    assert max(sum(1 for t in stamps if start <= t < start + timedelta(minutes=1)) for start in stamps) <= 40
    minutes = (stamps[-1] - stamps[0]).total_seconds() / 60
    assert 25 <= minutes <= 42  # 500 groups take half an hour by design, not a burst
