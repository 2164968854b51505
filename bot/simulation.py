"""Running the bot on a virtual clock: the replay tool and the tests drive it this way."""
from __future__ import annotations

import asyncio
from contextvars import ContextVar
from datetime import datetime
from typing import Sequence

from bot.app import Bot
from bot.clock import VirtualClock
from bot.events import Event
from bot.send_queue import Outgoing

_TURN: ContextVar[int | None] = ContextVar("turn", default=None)  # the event of a window this task handles


class Simulation:
    def __init__(self, bot: Bot, clock: VirtualClock) -> None:
        self.bot = bot
        self.clock = clock

    async def feed(self, event: Event) -> None:
        """Run what falls due before the event, the event itself, then what is due at once."""
        await self.advance_to(event.at)
        await self.bot.handle(event)
        await self.advance_to(self.clock.now())

    async def feed_window(self, events: Sequence[Event]) -> None:
        """Events that cannot affect one another (``bot.replay_windows`` picks them), handled at once:
        their database waits overlap. Each sees the clock at its own time; what each queues to send
        is kept back and released at its turn, so sends and timed work happen as ``feed`` one by one
        would do them."""
        if len(events) == 1:
            await self.feed(events[0])
            return
        await self.advance_to(events[0].at)
        held: list[list[Outgoing]] = [[] for _ in events]
        outbox = self.bot.outbox
        outbox.hold = lambda item: (turn := _TURN.get()) is not None and (held[turn].append(item) or True)
        try:
            await asyncio.gather(*(self._handle(turn, event) for turn, event in enumerate(events)))
        finally:
            outbox.hold = None
        for event, items in zip(events, held):
            await self.advance_to(event.at)
            if not items:  # advance_to(event.at) left nothing due by now, and nothing was added since
                continue
            for item in items:
                outbox.release(item)
            await self.advance_to(self.clock.now())

    async def _handle(self, turn: int, event: Event) -> None:
        _TURN.set(turn)  # a task of its own (gather): the turn and the pinned time stay in it
        self.clock.pin(event.at)
        await self.bot.handle(event)

    async def advance_to(self, when: datetime) -> None:
        await self.bot.timeline.advance_to(when)

    async def drain(self) -> None:
        """Let the send queue empty, at its own pace."""
        while (due := self.bot.outbox.next_due()) is not None:
            await self.advance_to(max(due, self.clock.now()))
