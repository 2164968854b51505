"""The one send queue: pacing on the account's budget, replies first, no blind retries."""
from __future__ import annotations

import random

import pytest
from datetime import datetime, timedelta

from bot.adapters.local import LocalAdapter
from bot.clock import VirtualClock
from bot.config.schema import SendSettings
from bot.events import GroupInfo, Member
from bot.send_queue import Priority, SendQueue
from scheduler.timeline import Timeline
from tests.conftest import local


def setup(jitter: float = 0.0):
    clock = VirtualClock(local("2026-11-23 09:00"))
    adapter = LocalAdapter(clock, Member("bot", "群助手"))
    for gid in ("a", "b"):
        adapter.add_group(GroupInfo(gid, gid, "owner"))
    sent: list[dict] = []
    adapter.subscribe(sent.append)
    queue = SendQueue(adapter, clock, SendSettings(min_interval_seconds=1.5, group_switch_seconds=3,
                                                   jitter_seconds=jitter), random.Random(1))
    return clock, queue, Timeline(clock, [queue]), sent


def offsets(sent: list[dict], start: datetime) -> list[float]:
    return [(datetime.fromisoformat(s["t"]) - start).total_seconds() for s in sent]


async def test_burst_is_paced_not_dropped():
    clock, queue, timeline, sent = setup()
    start = clock.now()
    for n in range(5):
        queue.say("a", f"m{n}")
    await timeline.advance_to(start + timedelta(minutes=1))
    assert [s["text"] for s in sent] == ["m0", "m1", "m2", "m3", "m4"]
    assert offsets(sent, start) == [0, 1.5, 3.0, 4.5, 6.0]


async def test_switching_groups_waits_longer():
    clock, queue, timeline, sent = setup()
    start = clock.now()
    queue.say("a", "1")
    queue.say("b", "2")
    queue.say("b", "3")
    await timeline.advance_to(start + timedelta(minutes=1))
    assert offsets(sent, start) == [0, 3.0, 4.5]


async def test_jitter_stays_within_its_bounds():
    clock, queue, timeline, sent = setup(jitter=2.0)
    start = clock.now()
    for n in range(10):
        queue.say("ab"[n % 2], str(n))
    await timeline.advance_to(start + timedelta(minutes=5))
    gaps = [b - a for a, b in zip(offsets(sent, start), offsets(sent, start)[1:])]
    assert all(3.0 <= gap <= 5.0 for gap in gaps) and len(set(gaps)) > 1


async def test_replies_go_before_broadcasts():
    clock, queue, timeline, sent = setup()
    queue.say("a", "first")  # goes at once
    queue.say("a", "post-1", priority=Priority.BROADCAST)
    queue.say("a", "post-2", priority=Priority.BROADCAST)
    queue.say("a", "reply")
    await timeline.advance_to(clock.now() + timedelta(minutes=1))
    assert [s["text"] for s in sent] == ["first", "reply", "post-1", "post-2"]


async def test_a_failed_send_is_logged_and_not_retried(caplog):
    clock, queue, timeline, sent = setup()
    queue.say("no-such-group", "lost")
    queue.say("a", "next")
    await timeline.advance_to(clock.now() + timedelta(minutes=1))
    assert [s["text"] for s in sent] == ["next"]
    assert "not retried" in caplog.text
    assert len(queue) == 0


# --- the account's budget per group: quiet hours, caps, dedupe, bursts, spammers, the breaker ---

from bot.config.schema import GroupSettings, PostingSettings, TimeWindow  # noqa: E402
from bot.events import Member as _Member  # noqa: E402


def budgeted(posting: PostingSettings, start: str = "2026-11-23 09:00", **send):
    clock = VirtualClock(local(start))
    adapter = LocalAdapter(clock, Member("bot", "群助手"))
    for gid in ("a", "b"):
        adapter.add_group(GroupInfo(gid, gid, f"owner-{gid}"))
    sent: list[dict] = []
    adapter.subscribe(sent.append)
    settings = SendSettings(min_interval_seconds=1.5, group_switch_seconds=3, jitter_seconds=0, **send)
    group = GroupSettings(posting=posting)
    queue = SendQueue(adapter, clock, settings, random.Random(1), group_settings=lambda gid: group,
                      pause_text=lambda error, minutes, waiting: f"暂停 {minutes:g} 分钟：{error}（{waiting} 条排队）")
    return clock, queue, Timeline(clock, [queue]), sent, adapter


NIGHT = PostingSettings(quiet_hours=TimeWindow.model_validate("22:00-07:30"))


async def test_a_post_falling_in_quiet_hours_waits_for_the_morning():
    clock, queue, timeline, sent, _ = budgeted(NIGHT, start="2026-11-23 23:00")
    queue.say("a", "晚间推送", priority=Priority.BROADCAST)
    await timeline.advance_to(local("2026-11-24 12:00"))
    assert [(s["text"], s["t"]) for s in sent] == [("晚间推送", local("2026-11-24 07:30").isoformat())]


async def test_quiet_hours_can_skip_posts_with_a_log_line(caplog):
    posting = NIGHT.model_copy(update={"quiet_posts": "skip"})
    clock, queue, timeline, sent, _ = budgeted(posting, start="2026-11-23 23:00")
    queue.say("a", "晚间推送", priority=Priority.BROADCAST)
    await timeline.advance_to(local("2026-11-24 12:00"))
    assert sent == [] and len(queue) == 0
    assert "skipped: quiet hours" in caplog.text


@pytest.mark.parametrize("allowed, expected_at", [(True, "2026-11-23 23:00"), (False, "2026-11-24 07:30")])
async def test_a_reply_to_a_member_at_night_goes_if_configured(allowed, expected_at):
    posting = NIGHT.model_copy(update={"replies_in_quiet_hours": allowed})
    clock, queue, timeline, sent, _ = budgeted(posting, start="2026-11-23 23:00")
    queue.say("a", "您好", ("amy",), reply_to="amy", topic="help")
    await timeline.advance_to(local("2026-11-24 12:00"))
    assert [s["t"] for s in sent] == [local(expected_at).isoformat()]


async def test_hourly_cap_delays_and_daily_cap_skips(caplog):
    posting = PostingSettings(quiet_hours=None, max_posts_per_hour=2, max_posts_per_day=3)
    clock, queue, timeline, sent, _ = budgeted(posting)
    start = clock.now()
    for n in range(5):
        queue.say("a", f"post-{n}", priority=Priority.BROADCAST)
    await timeline.advance_to(start + timedelta(hours=5))
    assert [s["text"] for s in sent] == ["post-0", "post-1", "post-2"]
    assert offsets(sent, start) == [0, 1.5, 3600]  # the third waits until the first is an hour old
    assert caplog.text.count("posts today, the daily cap") == 2 and len(queue) == 0


async def test_identical_text_to_a_group_within_the_window_goes_once(caplog):
    clock, queue, timeline, sent, _ = budgeted(NIGHT, dedupe_seconds=600)
    for _ in range(3):
        queue.say("a", "今天下午三点到店领鸡蛋")
    queue.say("b", "今天下午三点到店领鸡蛋")  # another group: not a duplicate
    await timeline.advance_to(clock.now() + timedelta(minutes=5))
    queue.say("a", "今天下午三点到店领鸡蛋")
    await timeline.advance_to(clock.now() + timedelta(minutes=6))  # past the window now
    queue.say("a", "今天下午三点到店领鸡蛋")
    await timeline.advance_to(clock.now() + timedelta(minutes=1))
    assert [s["group"] for s in sent] == ["a", "b", "a"]
    assert caplog.text.count("the same text went there") == 3


async def test_a_member_gets_the_same_answer_at_most_twice():
    clock, queue, timeline, sent, _ = budgeted(NIGHT)
    for _ in range(10):
        queue.say("a", "命令列表……", ("amy",), reply_to="amy", topic="help")
    queue.say("a", "签到成功", ("amy",), reply_to="amy", topic="signin_ok")  # another answer still goes
    queue.say("a", "命令列表……", ("bo",), reply_to="bo", topic="help")  # and so do other members
    await timeline.advance_to(clock.now() + timedelta(minutes=5))
    assert [(s["mentions"], s["text"]) for s in sent] == [
        (["amy"], "命令列表……"), (["amy"], "命令列表……"), (["amy"], "签到成功"), (["bo"], "命令列表……")]


async def test_gathered_parts_become_one_message():
    clock, queue, timeline, sent, _ = budgeted(NIGHT)

    def compose(parts):
        return f"欢迎{len(parts)}位", tuple(m.id for m in parts)

    for n in range(5):
        queue.gather("a", "welcome", _Member(f"m{n}", f"成员{n}"), compose, wait_seconds=30)
        clock.set(clock.now() + timedelta(seconds=5))
    await timeline.advance_to(clock.now() + timedelta(minutes=1))
    assert [(s["text"], s["mentions"]) for s in sent] == [("欢迎5位", ["m0", "m1", "m2", "m3", "m4"])]


async def test_rate_limit_pauses_everything_and_alerts_the_owner():
    clock, queue, timeline, sent, adapter = budgeted(NIGHT, pause_minutes=30)
    start = clock.now()
    adapter.refuse_sends(1, "操作过于频繁，请稍后再试")
    for n in range(3):
        queue.say("a", f"m{n}")
    await timeline.advance_to(start + timedelta(minutes=10))
    assert [(s["action"], s.get("to")) for s in sent] == [("direct", "owner-a")]
    assert "操作过于频繁" in sent[0]["text"] and "3 条排队" in sent[0]["text"]
    assert queue.paused_until == start + timedelta(minutes=30) and len(queue) == 3
    await timeline.advance_to(start + timedelta(hours=1))
    assert [s["text"] for s in sent[1:]] == ["m0", "m1", "m2"]  # refused, so not lost; nothing doubled
    assert offsets(sent[1:], start) == [1800, 1801.5, 1803]
