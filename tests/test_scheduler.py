"""Scheduled posts: due at group-local times, durable across restarts, never doubled."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.events import GroupInfo
from scheduler.cron import cron_trigger
from tests.conftest import GROUP, OWNED, local

CONFIG = """
send: {jitter_seconds: 0}
defaults:
  schedule:
    - {id: morning, cron: "0 8 * * *", template: morning_greeting}
groups:
  - name: 乐龄健康群
    schedule:
      - {id: morning, cron: "30 7 * * *", template: morning_greeting}
"""


def posts(actions: list[dict]) -> list[tuple[str, str]]:
    return [(a["group"], a["t"]) for a in actions if a["text"].startswith("早上好")]


async def test_posts_fire_at_their_local_times_over_two_days(make_harness):
    harness = await make_harness(CONFIG, start=local("2026-11-23 06:00"))
    await harness.sim.advance_to(local("2026-11-25 07:00"))
    await harness.drain()
    assert posts(harness.actions) == [
        ("g2", local("2026-11-23 07:30").isoformat()),
        ("g1", local("2026-11-23 08:00").isoformat()),
        ("g2", local("2026-11-24 07:30").isoformat()),
        ("g1", local("2026-11-24 08:00").isoformat()),
    ]


async def test_a_group_that_appears_later_gets_the_defaults(make_harness):
    harness = await make_harness(CONFIG, start=local("2026-11-23 06:00"), groups=[])
    harness.adapter.add_group(GroupInfo("new", "没配置过的群", "o"))
    await harness.bot.groups_changed()
    await harness.sim.advance_to(local("2026-11-23 09:00"))
    assert posts(harness.actions) == [("new", local("2026-11-23 08:00").isoformat())]


async def restart(make_harness, at: datetime):
    return await make_harness(CONFIG, start=at, groups=[GROUP], db_name="shared.db")


async def test_restart_does_not_repeat_a_post(make_harness):
    first = await restart(make_harness, local("2026-11-23 07:00"))
    await first.sim.advance_to(local("2026-11-23 08:05"))
    await first.bot.stop()
    second = await restart(make_harness, local("2026-11-23 08:10"))
    await second.sim.advance_to(local("2026-11-23 12:00"))
    assert len(posts(first.actions)) == 1 and posts(second.actions) == []


async def test_a_post_missed_while_down_is_made_late_within_grace(make_harness):
    first = await restart(make_harness, local("2026-11-23 07:00"))
    await first.sim.advance_to(local("2026-11-23 09:00"))
    await first.bot.stop()
    second = await restart(make_harness, local("2026-11-24 08:20"))  # down over the 08:00 post
    await second.sim.advance_to(local("2026-11-24 09:00"))
    assert posts(second.actions) == [("g1", local("2026-11-24 08:20").isoformat())]


async def test_a_post_missed_beyond_grace_is_skipped_with_a_log_line(make_harness, caplog):
    first = await restart(make_harness, local("2026-11-23 07:00"))
    await first.sim.advance_to(local("2026-11-23 09:00"))
    await first.bot.stop()
    second = await restart(make_harness, local("2026-11-24 11:00"))
    await second.sim.advance_to(local("2026-11-25 09:00"))
    assert posts(second.actions) == [("g1", local("2026-11-25 08:00").isoformat())]
    assert "morning@g1: the run due at 2026-11-24 08:00:00+08:00 was missed" in caplog.text


async def test_reload_resyncs_jobs(make_harness, tmp_path):
    harness = await make_harness(CONFIG, start=local("2026-11-23 06:00"), groups=[GROUP])
    path = tmp_path / "c.yaml"
    path.write_text(CONFIG.replace('"0 8 * * *"', '"0 9 * * *"'), "utf-8")
    harness.bot.config_path = path
    assert await harness.bot.reload() == []
    await harness.sim.advance_to(local("2026-11-23 10:00"))
    assert posts(harness.actions) == [("g1", local("2026-11-23 09:00").isoformat())]


@pytest.mark.parametrize("expr, expected_weekday", [
    ("0 9 * * 0", "Sunday"), ("0 9 * * 7", "Sunday"), ("0 9 * * 1", "Monday"), ("0 9 * * 6", "Saturday"),
    ("0 9 * * sun", "Sunday"), ("0 9 * * 5-6", "Friday"),
])
def test_crontab_weekdays_mean_what_admins_expect(expr, expected_weekday):
    # 2026-11-23 is a Monday; the next fire time after it falls on the expected day.
    after = local("2026-11-23 10:00")
    trigger = cron_trigger(expr, "Asia/Shanghai")
    assert trigger.get_next_fire_time(None, after + timedelta(seconds=1)).strftime("%A") == expected_weekday


GAMES_CONFIG = """
send: {jitter_seconds: 0}
defaults:
  posting: {quiet_hours: null}
  schedule:
    - {id: morning-quiz, cron: "0 9 * * *", action: quiz, theme: health}
    - {id: weekly-board, cron: "0 20 * * 0", action: leaderboard, period: week}
"""


async def test_scheduled_quiz_and_leaderboard(make_harness):
    harness = await make_harness(GAMES_CONFIG, start=local("2026-11-28 08:00"), groups=[GROUP])  # a Saturday
    await harness.say("g1", "amy", "签到", at=local("2026-11-28 08:30"))
    await harness.sim.advance_to(local("2026-11-29 21:00"))
    await harness.drain()
    texts = [(a["t"], a["text"].splitlines()[0]) for a in harness.actions if not a["mentions"]]
    quizzes = [t for t, line in texts if "健康" in line]
    assert quizzes[:2] == [local("2026-11-28 09:00").isoformat(), local("2026-11-29 09:00").isoformat()]
    boards = [(t, line) for t, line in texts if "积分榜" in line]
    assert boards == [(local("2026-11-29 20:00").isoformat(), "【本周积分榜】")]


def test_scheduled_actions_are_checked():
    from bot.config.loader import ConfigError, parse_config

    with pytest.raises(ConfigError, match=r"defaults.schedule\[0\].action：没有 “quizz” 这种定时任务"):
        parse_config('defaults:\n  schedule:\n    - {id: q, cron: "0 9 * * *", action: quizz}\n')
    with pytest.raises(ConfigError, match=r"defaults.schedule\[0\].theme：没有题库 “sports”"):
        parse_config('defaults:\n  schedule:\n    - {id: q, cron: "0 9 * * *", action: quiz, theme: sports}\n')
    with pytest.raises(ConfigError, match=r"defaults.schedule\[0\].period：只能是 “week”、“month” 之一"):
        parse_config('defaults:\n  schedule:\n    - {id: q, cron: "0 9 * * *", action: leaderboard, period: year}\n')


async def test_the_timeline_stops_when_cancelled_as_it_is_poked():
    """A stop that lands as new work pokes the timeline must still stop it (Bot.stop hung under load
    when asyncio.wait_for swallowed the cancel on Python 3.11)."""
    import asyncio

    from bot.clock import SystemClock
    from scheduler.timeline import Timeline

    clock = SystemClock()

    class Later:  # one piece of work, due in a minute
        def next_due(self):
            return clock.now() + timedelta(minutes=1)

        async def run_due(self, now):
            raise AssertionError("not due yet")

    timeline = Timeline(clock, [Later()])
    task = asyncio.create_task(timeline.run_forever())
    await asyncio.sleep(0.01)  # asleep until the work is due, or until poked
    timeline.poke()
    task.cancel()
    await asyncio.wait({task}, timeout=2)
    assert task.cancelled()
