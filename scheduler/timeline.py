"""One loop for everything that happens at a time: scheduled jobs and paced sends.

Each source says when it next has work (``next_due``) and does it (``run_due``).
In production ``run_forever`` sleeps on the system clock until the earliest due
time (or until poked by new work); replay and tests call ``advance_to`` on a
virtual clock instead, which runs the same work at the same virtual times, in
order, instantly.
"""
from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Protocol, Sequence

from bot.clock import Clock, VirtualClock


class TimedSource(Protocol):
    def next_due(self) -> datetime | None: ...

    async def run_due(self, now: datetime) -> None: ...


class Timeline:
    def __init__(self, clock: Clock, sources: Sequence[TimedSource] = ()) -> None:
        self.clock = clock
        self.sources = list(sources)  # on equal times, earlier sources run first
        self._wake = asyncio.Event()

    def poke(self) -> None:
        """New work may be due sooner than the loop is sleeping for."""
        self._wake.set()

    def next_due(self) -> tuple[datetime, TimedSource] | None:
        best: tuple[datetime, TimedSource] | None = None
        for source in self.sources:
            due = source.next_due()
            if due is not None and (best is None or due < best[0]):
                best = (due, source)
        return best

    async def advance_to(self, until: datetime) -> None:
        """Virtual time only: run everything due up to ``until``, each at its own time."""
        if not isinstance(self.clock, VirtualClock):
            raise TypeError("advance_to needs a VirtualClock")
        while (due := self.next_due()) is not None and due[0] <= until:
            self.clock.set(due[0])
            await due[1].run_due(self.clock.now())
        self.clock.set(until)

    async def run_forever(self) -> None:
        while True:
            self._wake.clear()
            due = self.next_due()
            if due is None:
                await self._wake.wait()
            elif due[0] > self.clock.now():
                await self.clock.sleep_until(due[0], self._wake)
            else:
                await due[1].run_due(self.clock.now())
