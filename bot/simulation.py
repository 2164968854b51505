"""Running the bot on a virtual clock: the replay tool and the tests drive it this way."""
from __future__ import annotations

from datetime import datetime

from bot.app import Bot
from bot.clock import VirtualClock
from bot.events import Event


class Simulation:
    def __init__(self, bot: Bot, clock: VirtualClock) -> None:
        self.bot = bot
        self.clock = clock

    async def feed(self, event: Event) -> None:
        """Run what falls due before the event, the event itself, then what is due at once."""
        await self.advance_to(event.at)
        await self.bot.handle(event)
        await self.advance_to(self.clock.now())

    async def advance_to(self, when: datetime) -> None:
        await self.bot.timeline.advance_to(when)

    async def drain(self) -> None:
        """Let the send queue empty, at its own pace."""
        while (due := self.bot.outbox.next_due()) is not None:
            await self.advance_to(max(due, self.clock.now()))
