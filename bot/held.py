"""Events a database outage interrupted, held until the database is back (bounded).

The pipeline holds an event whose handling raised ``DatabaseUnavailable`` and handles it
again later, in arrival order; an ``Attempt`` remembers the steps its first try finished so
they are not done twice. Memory is bounded: at most ``limit`` events in all and
``per_member`` per member (a flood during a long outage cannot grow it, and one member
cannot fill it); an event beyond that is dropped, counted and logged by the pipeline.
"""
from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.events import Event

HOLD_LIMIT = 1000  # events held in all (a few hundred bytes each: their images are not kept)
HOLD_PER_MEMBER = 5


@dataclass
class Attempt:
    event: Event
    logged: bool = False  # its event_log row is queued (the writer keeps it through the outage)
    moderated: bool = False
    seen: bool = False  # the question desk saw it
    heard: bool = False  # kept among the group's last messages (``bot.chain.friends``)
    handlers_done: int = 0  # join / leave handlers that finished
    # The natural handler (or None) the replay's planner already matched it to (``Pipeline.matched``).
    natural: Any = None
    matched: bool = False
    cleared: Any = None  # the (facts, trusted) under which the planner found no stateless rule acting


@dataclass
class Held:
    limit: int = HOLD_LIMIT
    per_member: int = HOLD_PER_MEMBER
    queues: dict[str, deque[Attempt]] = field(default_factory=dict)  # by group (or "dm:<member>"), in arrival order
    by_member: Counter = field(default_factory=Counter)
    handled: int = 0  # since the outage began: held, then handled
    dropped: int = 0  # since the outage began: not held (over a bound)
    dropped_members: set[str] = field(default_factory=set)

    def __len__(self) -> int:
        return sum(self.by_member.values())

    def waiting(self, member_id: str) -> bool:
        """Whether an earlier event of this member is held (a later one must wait behind it)."""
        return self.by_member[member_id] > 0

    def before(self, key: str, at: datetime) -> bool:
        """(z33) Whether an event of ``key`` (a group) sent before ``at`` is held (a deadline at ``at`` waits for it)."""
        return any(attempt.event.at < at for attempt in self.queues.get(key, ()))

    def hold(self, key: str, member_id: str, attempt: Attempt) -> bool:
        """Keep it for later; False (and counted as dropped) when a bound is reached."""
        if len(self) >= self.limit or self.by_member[member_id] >= self.per_member:
            self.dropped += 1
            self.dropped_members.add(member_id)
            return False
        self.queues.setdefault(key, deque()).append(attempt)
        self.by_member[member_id] += 1
        return True

    def done(self, key: str, member_id: str) -> None:
        """The first held event of ``key`` was handled."""
        queue = self.queues[key]
        queue.popleft()
        if not queue:
            del self.queues[key]
        self.by_member[member_id] -= 1
        if not self.by_member[member_id]:
            del self.by_member[member_id]
        self.handled += 1

    def outage_over(self) -> tuple[int, int, int] | None:
        """Once nothing is held: (handled, dropped, members dropped) since the outage began, and reset."""
        if self.queues or not (self.handled or self.dropped):
            return None
        figures = (self.handled, self.dropped, len(self.dropped_members))
        self.handled = self.dropped = 0
        self.dropped_members.clear()
        return figures
