"""One loop for everything that happens at a time: scheduled jobs and paced sends.

Each source says when it next has work (``next_due``) and does it (``run_due``).
In production ``run_forever`` sleeps on the system clock until the earliest due
time (or until poked by new work); replay and tests call ``advance_to`` on a
virtual clock instead, which runs the same work at the same virtual times, in
order, instantly.

A source that fails (a database outage, a bug) is logged with the reason and
rests for ``retry_seconds`` before it is run again: the loop itself never dies of
it, and never spins on it.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from typing import Protocol, Sequence

from bot.clock import Clock, VirtualClock
from storage.db import DatabaseUnavailable

log = logging.getLogger(__name__)

RETRY_SECONDS = 30.0


class TimedSource(Protocol):
    def next_due(self) -> datetime | None: ...

    async def run_due(self, now: datetime) -> None: ...


class Timeline:
    def __init__(self, clock: Clock, sources: Sequence[TimedSource] = ()) -> None:
        self.clock = clock
        self.sources = list(sources)  # on equal times, earlier sources run first
        self.retry_seconds = RETRY_SECONDS
        self._resting: dict[int, datetime] = {}  # id(source) -> not run again before
        self._wake = asyncio.Event()

    def poke(self) -> None:
        """New work may be due sooner than the loop is sleeping for."""
        self._wake.set()

    def next_due(self) -> tuple[datetime, TimedSource] | None:
        # asked twice an event in a replay: no tuple built for each source, no lookup while none rests
        resting = self._resting
        best: datetime | None = None
        best_source: TimedSource | None = None
        for source in self.sources:
            due = source.next_due()
            if due is None:
                continue
            if resting and (rest := resting.get(id(source))) is not None:
                due = max(due, rest)
            if best is None or due < best:
                best, best_source = due, source
        return None if best is None else (best, best_source)

    async def advance_to(self, until: datetime) -> None:
        """Virtual time only: run everything due up to ``until``, each at its own time."""
        if not isinstance(self.clock, VirtualClock):
            raise TypeError("advance_to needs a VirtualClock")
        while (due := self.next_due()) is not None and due[0] <= until:
            self.clock.set(due[0])
            await self._run(due[1], self.clock.now())
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
                await self._run(due[1], self.clock.now())

    async def _run(self, source: TimedSource, now: datetime) -> None:
        """One source's due work, guarded: a failure is logged and retried later, never fatal."""
        try:
            await source.run_due(now)
        except DatabaseUnavailable as exc:  # an outage is not a bug: one line, no traceback
            self._rest(source, now)
            log.error("%s: %s; tried again in %.0f s", type(source).__name__, exc, self.retry_seconds)
        except Exception:
            self._rest(source, now)
            log.exception("%s failed; tried again in %.0f s", type(source).__name__, self.retry_seconds)
        else:
            self._resting.pop(id(source), None)

    def _rest(self, source: TimedSource, now: datetime) -> None:
        self._resting[id(source)] = now + timedelta(seconds=self.retry_seconds)
