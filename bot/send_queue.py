"""The one queue every outgoing action goes through, paced for the account's safety.

WeChat limits accounts that send too much, too fast (about 40 messages a minute,
several seconds between different groups): the bot must never become the
spammer. Replies go before broadcasts. The queue does not sleep by itself: the
timeline (``scheduler.timeline``) asks when the next send is due and runs it, on
the system clock in production and on the virtual clock in replay and tests.
"""
from __future__ import annotations

import heapq
import itertools
import logging
import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Callable

from bot.clock import Clock
from bot.config import SendSettings
from bot.transport import Transport

log = logging.getLogger(__name__)


class Priority(IntEnum):
    REPLY = 0
    BROADCAST = 1


@dataclass(order=True)
class Outgoing:
    priority: int
    seq: int
    action: str = field(compare=False)  # say | direct | remove
    target: str = field(compare=False)  # group id, or member id for direct
    text: str = field(compare=False, default="")
    mentions: tuple[str, ...] = field(compare=False, default=())
    member: str = field(compare=False, default="")  # for remove


class SendQueue:
    def __init__(
        self,
        transport: Transport,
        clock: Clock,
        settings: SendSettings,
        rng: random.Random,
        on_put: Callable[[], None] = lambda: None,
    ) -> None:
        self._transport = transport
        self._clock = clock
        self.settings = settings
        self._rng = rng
        self._on_put = on_put
        self._heap: list[Outgoing] = []
        self._seq = itertools.count()
        self._last_at: datetime | None = None
        self._last_target: str | None = None
        self._switch_jitter = 0.0

    def __len__(self) -> int:
        return len(self._heap)

    def say(self, group_id: str, text: str, mentions: tuple[str, ...] = (), priority: Priority = Priority.REPLY) -> None:
        self._put(Outgoing(priority, next(self._seq), "say", group_id, text, tuple(mentions)))

    def direct(self, member_id: str, text: str, priority: Priority = Priority.REPLY) -> None:
        self._put(Outgoing(priority, next(self._seq), "direct", member_id, text))

    def remove(self, group_id: str, member_id: str) -> None:
        self._put(Outgoing(Priority.REPLY, next(self._seq), "remove", group_id, member=member_id))

    def next_due(self) -> datetime | None:
        if not self._heap:
            return None
        return self._earliest(self._heap[0]) or self._clock.now()

    async def run_due(self, now: datetime) -> None:
        while self._heap and (self._earliest(self._heap[0]) or now) <= now:
            item = heapq.heappop(self._heap)
            await self._send(item)
            if item.target != self._last_target:
                self._switch_jitter = self._rng.uniform(0, self.settings.jitter_seconds)
            self._last_at, self._last_target = self._clock.now(), item.target

    def _put(self, item: Outgoing) -> None:
        heapq.heappush(self._heap, item)
        self._on_put()

    def _earliest(self, item: Outgoing) -> datetime | None:
        if self._last_at is None:
            return None
        gap = self.settings.min_interval_seconds
        if item.target != self._last_target:
            gap = max(gap, self.settings.group_switch_seconds + self._switch_jitter)
        return self._last_at + timedelta(seconds=gap)

    async def _send(self, item: Outgoing) -> None:
        try:
            if item.action == "say":
                await self._transport.send_text(item.target, item.text, item.mentions)
            elif item.action == "direct":
                await self._transport.send_direct(item.target, item.text)
            else:
                await self._transport.remove_member(item.target, item.member)
        except Exception:
            # The platform may have delivered it anyway: never retry blindly.
            log.exception("%s to %s failed; not retried (it may have been delivered)", item.action, item.target)
