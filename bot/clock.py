"""Time, injected.

Nothing else in the code base reads the wall clock: handlers use the event's
timestamp, jobs and the send queue use ``Clock.now()``. ``VirtualClock`` lets the
replay tool and the tests run days of chat in a moment.
"""
from __future__ import annotations

import asyncio
from contextvars import ContextVar
from datetime import datetime, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware UTC now."""
        ...

    async def sleep_until(self, when: datetime, wake: asyncio.Event | None = None) -> None:
        """Wait until ``when`` or until ``wake`` is set, whichever comes first."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    async def sleep_until(self, when: datetime, wake: asyncio.Event | None = None) -> None:
        delay = max(0.0, (when - self.now()).total_seconds())
        if wake is None:
            await asyncio.sleep(delay)
            return
        # Not asyncio.wait_for: on Python 3.11 it swallows a cancel that races with ``wake``
        # being set, and a cancelled timeline then runs on (Bot.stop hung under load).
        try:
            async with asyncio.timeout(delay):
                await wake.wait()
        except TimeoutError:
            pass


class VirtualClock:
    """A clock that only moves when told to (replay, tests).

    It never goes backwards. ``sleep_until`` does not wait: whoever drives the
    virtual clock (``scheduler.timeline.Timeline.advance_to``) runs what is due.
    """

    def __init__(self, start: datetime) -> None:
        _require_aware(start)
        self._now = start.astimezone(timezone.utc)
        self._pinned: ContextVar[datetime | None] = ContextVar("pinned", default=None)

    def now(self) -> datetime:
        return self._pinned.get() or self._now

    def pin(self, when: datetime) -> None:
        """For the rest of the calling task (it must be a task of its own: its context goes with it), now is
        ``when``: concurrent replay handles several events at once, each at its own time, while the shared
        clock stays where the timeline left it. (No context manager to undo it: one a replayed message.)"""
        _require_aware(when)
        self._pinned.set(when.astimezone(timezone.utc))

    def set(self, when: datetime) -> None:
        _require_aware(when)
        when = when.astimezone(timezone.utc)
        if when > self._now:
            self._now = when

    async def sleep_until(self, when: datetime, wake: asyncio.Event | None = None) -> None:
        await asyncio.sleep(0)


def _require_aware(value: datetime) -> None:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}: times must carry a UTC offset")
