"""The one send queue: pacing on the account's budget, replies first, no blind retries."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

from bot.adapters.local import LocalAdapter
from bot.clock import VirtualClock
from bot.config import SendSettings
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
