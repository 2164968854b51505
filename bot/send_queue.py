"""The one queue every outgoing action goes through, paced for the account's safety.

WeChat limits accounts that send too much, too fast (about 40 messages a minute,
several seconds between different groups): the bot must never become the
spammer. So, besides pacing, the queue

- sends replies before notices, and notices before broadcasts;
- keeps each group's posts within its hourly and daily caps and out of its
  quiet hours (posts wait, or are skipped with a log line; replies to a member
  may still go out);
- gathers bursts into one message (300 joins -> one welcome naming them all);
- drops identical posts to the same place within a window, and answers one
  member the same thing at most ``replies_per_member`` times in a window;
- sends a post's pictures and cards (``bot.rich``) with its text as one item, part by
  part, each part paced like any send: pictures, then the text, then cards;
- pauses everything and alerts the owner when the platform says "操作过于频繁".

The queue does not sleep by itself: the timeline (``scheduler.timeline``) asks
when the next send is due and runs it, on the system clock in production and on
the virtual clock in replay and tests.
"""
from __future__ import annotations

import asyncio
import itertools
import logging
import random
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone
from enum import IntEnum
from typing import Any, Awaitable, Callable, Collection, Mapping, Sequence

from bot.clock import Clock
from bot.config.schema import GroupSettings, SendSettings
from bot.rich import Picture, Rich, key as rich_key
from bot.transport import Transport, rate_limited

log = logging.getLogger(__name__)

HOUR = timedelta(hours=1)
NEVER = datetime.max.replace(tzinfo=timezone.utc)
RETRY_SECONDS = 30.0  # a database outage: stored posts wait this long before the next try
DROP = "drop"  # a gate's verdict: this item must not be sent at all


class Priority(IntEnum):
    REPLY = 0
    # A group announcement that answers a staff command or a deadline at once (a group-buy opened or cut off, an event's
    # sign-ups, a draw, /公告): a post, counted as one, but never held behind the hourly budget of ordinary posts nor
    # skipped by the daily cap; notices have a budget of their own, ``posting.max_notices_per_hour``.
    NOTICE = 1
    BROADCAST = 2


# Builds (text, mentions) from the parts gathered into one message.
Compose = Callable[[list[Any]], tuple[str, tuple[str, ...]]]


@dataclass(order=True)
class Outgoing:
    priority: int
    seq: int
    action: str = field(compare=False)  # say | direct | remove
    target: str = field(compare=False)  # group id, or member id for direct
    text: str = field(compare=False, default="")
    mentions: tuple[str, ...] = field(compare=False, default=())
    member: str = field(compare=False, default="")  # for remove
    reply_to: str = field(compare=False, default="")  # the member answered, if a reply
    topic: str = field(compare=False, default="")  # what kind of answer (template key)
    not_before: datetime | None = field(compare=False, default=None)
    gather_key: str = field(compare=False, default="")
    compose: Compose | None = field(compare=False, default=None, repr=False)
    parts: list[Any] = field(compare=False, default_factory=list)
    durable_id: int = field(compare=False, default=0)  # its row in pending_post, marked before sending, removed after
    rich: tuple[Rich, ...] = field(compare=False, default=())  # pictures and cards sent with the text
    step: int = field(compare=False, default=0)  # pieces already sent (a started post finishes)
    expires_at: datetime | None = field(compare=False, default=None)  # worthless after this (an informational answer)

    @property
    def is_post(self) -> bool:
        return self.action == "say" and self.priority in (Priority.NOTICE, Priority.BROADCAST)

    @property
    def is_notice(self) -> bool:
        return self.action == "say" and self.priority == Priority.NOTICE

    @property
    def label(self) -> str:
        """The text, or what the pictures and cards are: for logs and the dashboard."""
        return " ".join([r.summary() for r in self.rich] + ([self.text] if self.text else []))

    def pieces(self) -> list[str | Rich]:
        pictures = [r for r in self.rich if isinstance(r, Picture)]
        cards = [r for r in self.rich if not isinstance(r, Picture)]
        return [*pictures, *([self.text] if self.text or not self.rich else []), *cards]


class SendQueue:
    def __init__(
        self,
        transport: Transport,
        clock: Clock,
        settings: SendSettings,
        rng: random.Random,
        on_put: Callable[[], None] = lambda: None,
        group_settings: Callable[[str], GroupSettings] = lambda group_id: GroupSettings(),
        pause_text: Callable[[str, float, int], str] = lambda error, minutes, waiting: f"paused: {error}",
        on_done: Callable[[list[int]], Awaitable[None]] | None = None,
        on_sending: Callable[[int], Awaitable[bool]] | None = None,
    ) -> None:
        self._transport = transport
        self._clock = clock
        self.settings = settings
        self.group_settings = group_settings
        self.pause_text = pause_text  # (platform error, minutes, messages waiting) -> the owner's alert
        self._on_done = on_done  # durable items sent or skipped: forget their stored copies
        self._on_sending = on_sending  # a durable item is about to go: mark it (False: not ours to send)
        self.retry_seconds = RETRY_SECONDS
        self._storage_retry_at: datetime | None = None  # the database failed: durable items wait till then
        self._unforgotten: list[int] = []  # sent or skipped, but their rows could not be removed yet
        self._rng = rng
        self._on_put = on_put
        self._items: list[Outgoing] = []
        # Indexes of the items, kept with them (``_add``, ``_take``): the hot path never walks the queue.
        self._gathering: dict[tuple[str, str, str], Outgoing] = {}  # (target, gather key, action) -> the open item
        self._answers: Counter[tuple[str, str, str]] = Counter()  # (target, reply_to, topic) queued, for the cap
        self._targets: Counter[str] = Counter()
        self._scanned: _Scan | None = None  # the last scan, while nothing in it can have changed
        self._busy: dict[str, datetime] = {}  # the last scan's ``busy_until``
        self._seq = itertools.count()
        self._last_at: datetime | None = None
        self._last_target: str | None = None
        self._switch_jitter = 0.0
        self._paused_until: datetime | None = None
        self._posts: dict[str, deque[datetime]] = defaultdict(deque)  # group -> post times (notices too), last 24 h
        self._notices: dict[str, deque[datetime]] = defaultdict(deque)  # group -> notice times, last 24 h
        self._sent: dict[tuple, datetime] = {}  # (action, target, text, mentions) -> when, for dedupe
        self._replies: dict[tuple, deque[datetime]] = defaultdict(deque)  # (group, member, topic) -> times
        # (u34) (group, text) -> (when, member) of the last reply with that text: a repeated answer is folded
        self._answered: dict[tuple[str, str], tuple[datetime, str]] = {}
        self._history: deque[dict] = deque(maxlen=1000)  # what became of recent items, for the dashboard
        self.hold: Callable[[Outgoing], bool] | None = None  # True: kept back, queued later with ``release``

    def __len__(self) -> int:
        return len(self._items)

    def unsent(self, limit: int = 10) -> str:
        """What is still queued, for the log line on shutdown: nothing disappears without a trace."""
        shown = ", ".join(f"{i.action}→{i.target} {i.label[:20]!r}" for i in sorted(self._items)[:limit])
        return shown + (f" and {len(self._items) - limit} more" if len(self._items) > limit else "")

    @property
    def paused_until(self) -> datetime | None:
        return self._paused_until

    # --- what the dashboard shows -------------------------------------------------------

    def queued(self, target: str) -> list[dict]:
        """Items waiting for ``target`` (a group), with why they wait."""
        now = self._clock.now()
        waiting = []
        for item in sorted(self._items):
            if item.target != target:
                continue
            gate = self._gate(item, now)[0]
            if self._paused_until is not None and now < self._paused_until:
                why, until = "paused", self._paused_until
            elif isinstance(gate, datetime):
                why, until = "later", gate
            else:
                why, until = ("skip" if gate else "next"), None
            waiting.append({"action": "post" if item.is_post else item.action, "text": item.label, "why": why,
                            "until": until, "reason": gate if isinstance(gate, str) else "",
                            # what is being gathered ("welcome", "signin", "groupbuy"...): its text is written when it goes
                            "gathered": item.gather_key.split(":")[0]})
        return waiting

    def pause(self, until: datetime | None) -> None:
        """Hold every send until ``until`` (the owner's pause from the dashboard); None resumes."""
        self._paused_until = until
        log.warning("sending %s", f"paused until {until.isoformat()}" if until else "resumed")

    def recent(self, target: str, limit: int = 10) -> list[dict]:
        """What became of the last items for ``target``: sent, skipped (why), failed; newest first."""
        return [entry for entry in reversed(self._history) if entry["target"] == target][:limit]

    def _note(self, item: Outgoing, outcome: str, at: datetime) -> None:
        self._history.append({"at": at, "target": item.target, "action": "post" if item.is_post else item.action,
                              "text": item.label, "outcome": outcome})

    # --- putting work in ----------------------------------------------------------

    def say(self, group_id: str, text: str, mentions: tuple[str, ...] = (), priority: Priority = Priority.REPLY,
            *, reply_to: str = "", topic: str = "", durable_id: int = 0, rich: Sequence[Rich] = (),
            expires_at: datetime | None = None, capped: bool = True) -> None:
        """``capped``: a reply to a member falls under the per-member reply cap (staff's do not)."""
        item = Outgoing(priority, next(self._seq), "say", group_id, text, tuple(mentions),
                        reply_to=reply_to, topic=topic, durable_id=durable_id, rich=tuple(rich), expires_at=expires_at)
        if reply_to and capped and self._over_reply_cap(item):
            log.info("not answering %s in %s with %r again: %d answers within %ss already",
                     reply_to, group_id, topic, self.settings.replies_per_member, self.settings.reply_window_seconds)
            return
        self._put(item)

    def direct(self, member_id: str, text: str, priority: Priority = Priority.REPLY, *, about: str = "",
               topic: str = "", rich: Sequence[Rich] = (), expires_at: datetime | None = None,
               capped: bool = True, not_before: datetime | None = None) -> None:
        """A private message; with ``about`` (a member) it falls under the reply cap like a reply does:
        a spammer's twentieth strike is not the owner's twentieth message. ``not_before``: held until then."""
        item = Outgoing(priority, next(self._seq), "direct", member_id, text, reply_to=about, topic=topic,
                        rich=tuple(rich), expires_at=expires_at, not_before=not_before)
        if about and capped and self._over_reply_cap(item):
            log.info("not telling %s about %s (%s) again: %d messages within %ss already",
                     member_id, about, topic, self.settings.replies_per_member, self.settings.reply_window_seconds)
            return
        self._put(item)

    def answered(self, group_id: str, text: str, since: datetime) -> tuple[datetime, str] | None:
        """(u34) When, and to whom, the same reply ``text`` went to the group at or after ``since`` (None: not)."""
        found = self._answered.get((group_id, text))
        return found if found is not None and found[0] >= since else None

    def join_reply(self, group_id: str, text: str, member_id: str, *, others: bool) -> bool:
        """(u34) Whether an unsent reply with the same ``text`` to the group already answers ``member_id``: one to her,
        or (``others``: an answer the same for everyone) one to another member, which now @-mentions her too."""
        for item in self._items:
            if item.action == "say" and item.target == group_id and item.reply_to and not item.step \
                    and item.compose is None and item.text == text:
                if member_id in item.mentions:
                    return True
                if others:
                    item.mentions += (member_id,)
                    return True
        return False

    def remove(self, group_id: str, member_id: str) -> None:
        self._put(Outgoing(Priority.REPLY, next(self._seq), "remove", group_id, member=member_id))

    def gather(self, target: str, key: str, part: Any, compose: Compose, wait_seconds: float, *,
               action: str = "say", about: str = "", topic: str = "", rich: Sequence[Rich] = ()) -> None:
        """Add ``part`` to the unsent ``key`` message to ``target``, or start one sent after ``wait_seconds``.

        How bursts become one message: joins within the wait share a welcome; the owner hears of a
        spammer in three groups once. ``action``: "say" to a group, "direct" to a member; ``about``
        (a member) puts a new message under the reply cap, as ``direct`` does.
        """
        if (item := self._gathering.get((target, key, action))) is not None:
            item.parts.append(part)
            return
        not_before = self._clock.now() + timedelta(seconds=wait_seconds)
        item = Outgoing(Priority.REPLY, next(self._seq), action, target, not_before=not_before, reply_to=about,
                        topic=topic, gather_key=key, compose=compose, parts=[part], rich=tuple(rich))
        if about and self._over_reply_cap(item):
            log.info("not telling %s about %s (%s) again", target, about, topic)
            return
        self._put(item)

    def gathering(self, target: str, key: str, action: str = "say") -> bool:
        """Whether an unsent ``key`` message to ``target`` is open for more parts."""
        return (target, key, action) in self._gathering

    def _put(self, item: Outgoing) -> None:
        if self.hold is not None and self.hold(item) and not item.gather_key:
            return  # a gathered item stays queued (not before its wait), for more parts to find
        self._add(item)
        self._on_put()

    def release(self, item: Outgoing) -> None:
        """Queue an item ``hold`` kept back (a gathered one: renumber it), behind everything queued so
        far: concurrent replay puts each event's items in transcript order, as the sequential path does."""
        item.seq = next(self._seq)
        if not item.gather_key:
            self._add(item)
        else:
            self._scanned = None  # queued already, its place changed
        self._on_put()

    def targets(self) -> Collection[str]:
        """Who has items waiting (groups and members), kept up to date: read it, never change it."""
        return self._targets.keys()

    def busy_until(self) -> Mapping[str, datetime]:
        """Who has items waiting (groups and members), each with the earliest time one of them may be sent
        or dropped (now, if one is free to go): before then nothing waiting for them leaves the queue,
        unless something is queued, sent or changed meanwhile. Read it, never change it."""
        now = self._clock.now()
        self._scan(now)
        return self._scanned.busy if self._scanned is not None else self._busy

    def changed(self) -> None:
        """The groups' settings may have changed (a reload, the groups): what blocks an item is looked at again."""
        self._scanned = None

    def _add(self, item: Outgoing) -> None:
        self._items.append(item)
        self._targets[item.target] += 1
        self._answers[(item.target, item.reply_to, item.topic)] += 1
        if item.gather_key:
            self._gathering.setdefault((item.target, item.gather_key, item.action), item)
        scanned = self._scanned
        if scanned is not None:  # the new item alone joins the last scan, if it still holds
            now = self._clock.now()
            gate, stable = self._gate(item, now)
            if not (scanned.at <= now < scanned.horizon) or (gate is not None and not isinstance(gate, datetime)):
                self._scanned = None
                return
            scanned.at, scanned.horizon = now, min(scanned.horizon, stable)
            leaves = now if gate is None else stable
            if leaves < scanned.busy.get(item.target, NEVER):
                scanned.busy[item.target] = leaves
            if gate is None:
                scanned.best = item if scanned.best is None or item < scanned.best else scanned.best
            else:
                scanned.wake = gate if scanned.wake is None else min(scanned.wake, gate)

    def _take(self, item: Outgoing) -> None:
        self._items.remove(item)
        self._scanned = None
        for counter, key in ((self._targets, item.target), (self._answers, (item.target, item.reply_to, item.topic))):
            counter[key] -= 1
            if counter[key] <= 0:
                del counter[key]
        if item.gather_key and self._gathering.get(key := (item.target, item.gather_key, item.action)) is item:
            del self._gathering[key]
            other = next((i for i in self._items if (i.target, i.gather_key, i.action) == key), None)
            if other is not None:  # another item with the key (a post's later part): the first queued is found
                self._gathering[key] = other

    # --- the timeline's side ----------------------------------------------------------

    def next_due(self) -> datetime | None:
        now = self._clock.now()
        forget = max(now, self._storage_retry_at or now) if self._unforgotten else None  # rows to remove
        if not self._items:
            return forget
        if self._paused_until is not None and now < self._paused_until:
            return self._paused_until
        best, wake, drops = self._scan(now)
        if drops:
            return now
        due = None if best is None else (self._paced(best) or now)
        return min((t for t in (due, wake, forget) if t is not None), default=None)

    async def run_due(self, now: datetime) -> None:
        if self._unforgotten and not self._storage_waits(now):
            await self._done([])
        while self._items:
            if self._paused_until is not None and now < self._paused_until:
                return
            best, _, drops = self._scan(now)
            for item, reason in drops:
                self._take(item)
                self._note(item, f"skipped: {reason}", now)
                log.warning("%s to %s skipped: %s: %r", item.action, item.target, reason, item.label[:40])
            await self._done([item for item, _ in drops])
            if best is None or (self._paced(best) or now) > now:
                return
            self._take(best)
            if not await self._mark(best, now):
                continue
            if await self._send(best):
                await self._done([best])
            await asyncio.sleep(0)  # unpaced (tests, playground) a long queue must not hog the loop

    # --- gates ----------------------------------------------------------------------

    def _scan(self, now: datetime) -> tuple[Outgoing | None, datetime | None, list[tuple[Outgoing, str]]]:
        """The best item free to go now; when the next blocked one frees up; what must be dropped.
        Kept until something in it can change (the timeline asks after every event; the queue may be long)."""
        scanned = self._scanned
        if scanned is not None and scanned.at <= now < scanned.horizon:
            return scanned.best, scanned.wake, []
        best: Outgoing | None = None
        wake: datetime | None = None
        horizon = NEVER
        drops: list[tuple[Outgoing, str]] = []
        groups: dict[str, tuple] = {}  # a group's settings and quiet hours, once per scan (not once per item)
        busy: dict[str, datetime] = {}
        for item in self._items:
            gate, stable = self._gate(item, now, groups)
            horizon = min(horizon, stable)
            leaves = stable if isinstance(gate, datetime) else now  # free to go, or dropped at once
            if leaves < busy.get(item.target, NEVER):
                busy[item.target] = leaves
            if gate is None:
                best = item if best is None or item < best else best
            elif isinstance(gate, datetime):
                wake = gate if wake is None else min(wake, gate)
            else:
                drops.append((item, gate))
        self._scanned = None if drops else _Scan(now, horizon, best, wake, busy)
        self._busy = busy
        return best, wake, drops

    def _gate(self, item: Outgoing, now: datetime,
              groups: dict[str, tuple] | None = None) -> tuple[datetime | str | None, datetime]:
        """None: free to go; a time: blocked until then; a string: drop it, for this reason. And until when
        that surely holds if nothing is queued, sent or changed meanwhile (NEVER: until then).
        ``groups``: what a scan already knows of each group at ``now``."""
        expiry = item.expires_at if item.expires_at is not None and not item.step else NEVER
        if item.not_before is not None and now < item.not_before:
            return item.not_before, item.not_before
        if now > expiry:
            return "stale: an answer this late is noise", NEVER
        if item.durable_id and not item.step and self._storage_waits(now):
            return self._storage_retry_at, min(self._storage_retry_at, expiry)
        if item.action != "say" or item.step:
            return None, expiry  # a post whose first part went out finishes, paced
        known = groups.get(item.target) if groups is not None else None
        if known is None:
            group = self.group_settings(item.target)
            known = (group, quiet_until(group, now), quiet_starts(group, now))
            if groups is not None:
                groups[item.target] = known
        group, until, starts = known
        posting = group.posting
        held_at_night = item.is_post or item.gather_key or not posting.replies_in_quiet_hours
        if held_at_night and until is not None:
            if item.is_post and not item.is_notice and posting.quiet_posts == "skip":
                return "quiet hours", NEVER
            return until, min(until, expiry)
        stable = min(expiry, starts) if held_at_night else expiry  # held once the quiet hours start
        if not item.is_post:
            return None, stable
        if item.is_notice:  # its own budget: never behind ordinary posts, never skipped, but no more than so many an hour
            return self._hourly(self._notices[item.target], posting.max_notices_per_hour, now, stable)
        times = self._posts[item.target]
        local = now.astimezone(group.zone)
        today = sum(1 for t in times if t.astimezone(group.zone).date() == local.date())
        if today >= posting.max_posts_per_day:
            return f"{today} posts today, the daily cap", NEVER
        return self._hourly(times, posting.max_posts_per_hour, now, stable)

    @staticmethod
    def _hourly(times: deque[datetime], most: int, now: datetime,
                stable: datetime) -> tuple[datetime | None, datetime]:
        """Free to go, or when it will be: at most ``most`` of ``times`` in any hour."""
        last_hour = [t for t in times if t > now - HOUR]
        if len(last_hour) >= most:
            free_at = last_hour[-most] + HOUR
            return free_at, min(free_at, stable)
        return None, stable  # only a post sent (which rescans) counts against the caps

    def _paced(self, item: Outgoing) -> datetime | None:
        """The account's pace: when the next send may go, or None if at once."""
        if self._last_at is None:
            return None
        gap = self.settings.min_interval_seconds
        if item.target != self._last_target:
            gap = max(gap, self.settings.group_switch_seconds + self._switch_jitter)
        return self._last_at + timedelta(seconds=gap)

    def _over_reply_cap(self, item: Outgoing) -> bool:
        key = (item.target, item.reply_to, item.topic)
        window_start = self._clock.now() - timedelta(seconds=self.settings.reply_window_seconds)
        sent = self._replies[key]
        while sent and sent[0] <= window_start:
            sent.popleft()
        queued = self._answers[key]
        return len(sent) + queued >= self.settings.replies_per_member

    # --- sending ----------------------------------------------------------------------

    def _storage_waits(self, now: datetime) -> bool:
        return self._storage_retry_at is not None and now < self._storage_retry_at

    def _storage_failed(self, now: datetime) -> None:
        self._storage_retry_at = now + timedelta(seconds=self.retry_seconds)
        self._scanned = None

    async def _mark(self, item: Outgoing, now: datetime) -> bool:
        """A stored post is marked as being sent before it goes, so a crash after this point never
        sends it again (at most once: see ``Bot._resume_pending``). False: not to be sent now."""
        if not item.durable_id or item.step or self._on_sending is None:
            return True  # a post's later pieces: marked with its first
        try:
            ours = await self._on_sending(item.durable_id)
        except Exception as exc:
            self._storage_failed(now)
            self._add(item)
            log.error("post to %s waits: it cannot be marked as being sent (%s); tried again in %.0f s",
                      item.target, exc, self.retry_seconds)
            return False
        if not ours:
            log.warning("post to %s skipped: its stored copy is gone or already being sent: %r", item.target,
                        item.text[:40])
            self._note(item, "skipped: already being sent", now)
        return ours

    async def _done(self, items: list[Outgoing]) -> None:
        ids = self._unforgotten + [item.durable_id for item in items if item.durable_id]
        if not ids or self._on_done is None:
            return
        try:
            await self._on_done(ids)
        except Exception as exc:  # they are marked as being sent: even a restart now would not resend them
            self._unforgotten = ids
            self._storage_failed(self._clock.now())
            log.error("%d sent or skipped post(s) stay stored for now (%s); removed when the database is back",
                      len(ids), exc)
        else:
            self._unforgotten = []

    async def _send(self, item: Outgoing) -> bool:
        """Send one part (or skip as a duplicate); True when the item is done, False when it waits
        again: refused by the platform, or a post with pieces still to send."""
        now = self._clock.now()
        if item.compose is not None and not item.step:
            item.text, item.mentions = item.compose(item.parts)
            if not item.text:  # nothing left to say (every newcomer already left): no poster either
                self._note(item, "skipped: nothing to say", now)
                return True
        # Answers to a member are capped per member (``_over_reply_cap``), not deduped: someone
        # asking "我的积分" twice deserves the same answer twice.
        if not item.step and item.action != "remove" and not item.reply_to \
                and (seen := self._sent.get(_key(item))) is not None \
                and now - seen < timedelta(seconds=self.settings.dedupe_seconds):
            log.warning("%s to %s skipped: the same text went there at %s: %r",
                        item.action, item.target, seen.isoformat(), item.label[:40])
            self._note(item, "skipped: duplicate", now)
            return True
        pieces = item.pieces() if item.action != "remove" else [None]
        try:
            await self._deliver(item, pieces[item.step])
        except Exception as exc:
            if rate_limited(exc):
                await self._trip(item, exc)
                return False
            # The platform may have delivered it anyway: never retry blindly.
            log.exception("%s to %s failed; not retried (it may have been delivered)", item.action, item.target)
            self._note(item, "failed", now)
        else:
            self._note(item, "sent", now)
        self._record(item, now)
        item.step += 1
        if item.step < len(pieces):
            self._add(item)  # the next part, after the account's pace
            return False
        return True

    async def _deliver(self, item: Outgoing, part: str | Rich | None) -> None:
        if item.action == "remove":
            await self._transport.remove_member(item.target, item.member)
        elif not isinstance(part, str):
            await self._transport.send_rich(item.target, part, direct=item.action == "direct")
        elif item.action == "say":
            await self._transport.send_text(item.target, part, item.mentions)
        else:
            await self._transport.send_direct(item.target, part)

    def _record(self, item: Outgoing, now: datetime) -> None:
        if item.target != self._last_target:
            self._switch_jitter = self._rng.uniform(0, self.settings.jitter_seconds)
        self._last_at, self._last_target = self._clock.now(), item.target
        self._scanned = None  # the caps count what was sent
        if item.step:
            return  # a post's later part: counted once, with its first
        self._sent[_key(item)] = now
        if item.is_post:
            self._posts[item.target].append(now)
        if item.is_notice:
            self._notices[item.target].append(now)
        if item.reply_to:
            self._replies[(item.target, item.reply_to, item.topic)].append(now)
            if item.action == "say":
                self._answered[(item.target, item.text)] = (now, item.reply_to)
        self._forget_before(now - timedelta(days=1))

    def _forget_before(self, cutoff: datetime) -> None:
        for times in (*self._posts.values(), *self._notices.values()):
            while times and times[0] < cutoff:
                times.popleft()
        if len(self._sent) > 2000:
            self._sent = {k: t for k, t in self._sent.items() if t >= cutoff}
        if len(self._answered) > 2000:
            self._answered = {k: v for k, v in self._answered.items() if v[0] >= cutoff}

    async def _trip(self, item: Outgoing, exc: BaseException) -> None:
        """The platform refused: it was not delivered, so it waits at the front; everything pauses."""
        now = self._clock.now()
        self._paused_until = now + timedelta(minutes=self.settings.pause_minutes)
        self._note(item, "refused by the platform: waits", now)
        self._add(item)
        self._last_at, self._last_target = now, item.target
        log.error("the platform says we send too often (%s): all sending paused until %s", exc,
                  self._paused_until.isoformat())
        text = self.pause_text(str(exc), self.settings.pause_minutes, len(self._items))
        owner = getattr(self._transport.group(item.target), "owner", None) if item.action != "direct" else None
        for member in self.settings.alert_to or ([owner] if owner else []):
            try:  # one direct message, straight to the transport: the queue itself is paused
                await self._transport.send_direct(member, text)
            except Exception:
                log.exception("could not alert %s about the pause", member)


@dataclass(slots=True)
class _Scan:
    """A scan of the queue at ``at``, true until ``horizon`` unless the queue changes (``_add`` updates it)."""

    at: datetime
    horizon: datetime
    best: Outgoing | None
    wake: datetime | None
    busy: dict[str, datetime]  # target -> the earliest time one of its items may leave the queue


def _key(item: Outgoing) -> tuple:
    return (item.action, item.target, item.text, item.mentions, tuple(rich_key(r) for r in item.rich))


def quiet_until(group: GroupSettings, now: datetime) -> datetime | None:
    """When the group's quiet hours end, if ``now`` falls in them (a private note about the group waits too)."""
    quiet, local = group.posting.quiet_hours, now.astimezone(group.zone)
    return _next_local(local, quiet.end) if quiet is not None and quiet.contains(local.time()) else None


def quiet_starts(group: GroupSettings, now: datetime) -> datetime:
    """When the group's next quiet hours start (NEVER without any)."""
    quiet = group.posting.quiet_hours
    if quiet is None or quiet.start == quiet.end:
        return NEVER
    return _next_local(now.astimezone(group.zone), quiet.start)


def _next_local(local: datetime, at: time) -> datetime:
    """The next moment the group's local clock shows ``at``, as UTC."""
    candidate = local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    if candidate <= local:
        candidate = (local + timedelta(days=1)).replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return candidate.astimezone(timezone.utc)
