"""What the games keep between messages: deadlines of open quizzes and draws, reply throttles, and the
questions the bot asked a member to confirm ("您是要订 2 份鸡蛋吗？").

The rows in SQL are the truth (``quiz_round.expires_at``, ``draw.deadline``); this
is their index in memory, rebuilt from the database at start, so a restart in the
middle of a quiz still times out and reveals the answer. It is a TimedSource in
``Bot.timeline.sources``: on the system clock in production, the virtual clock in
replay and tests.
"""
from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Awaitable, Callable

from sqlmodel import Session

from storage import held, pending_asks

if TYPE_CHECKING:
    from bot.context import Ctx
    from bot.events import GroupMessage

log = logging.getLogger(__name__)

RETRY_AFTER = timedelta(minutes=1)
SUGGESTION_HELD = timedelta(minutes=10)  # how long a staff member's "是" runs the command the bot suggested (F31)
_MAX_THROTTLE_KEYS = 100_000  # a deadline whose work failed (database down) is tried again


@dataclass(frozen=True)
class Deadline:
    kind: str  # "quiz" | "draw"
    row_id: int
    group_id: str
    due: datetime
    detail: str = ""  # quiz: "theme/question id"; draw: the entry word
    prize: str = field(default="", compare=False)  # (u34) draw: the prize ("我要保温杯" enters as the word does)


@dataclass(frozen=True)
class Asked:
    """What the bot asked a member to confirm: an order or a sign-up in one group-buy or event, or an order's count."""
    kind: str  # "groupbuy" | "activity" | "groupbuy_count" (how many: amount unused)
    row_id: int
    amount: int  # portions or people; 0: a cancellation
    add: bool = False


@dataclass(frozen=True)
class Suggested:
    """A staff command the bot suggested ("您是说“手工黑芝麻汤圆 500g”吗？"): its text with the suggested name in place of
    the one typed, and the members it @-mentioned (a mention is not in the text)."""
    text: str
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeadlineKind:
    load: Callable[[Session], list[Deadline]]  # the open ones, read at start
    fire: Callable[["Ctx", Deadline], Awaitable[None]]  # must be idempotent (a conditional update)


class Games:
    def __init__(self, get_ctx: Callable[[], "Ctx"], kinds: dict[str, DeadlineKind],
                 on_change: Callable[[], None] = lambda: None) -> None:
        self._get_ctx = get_ctx
        self._kinds = kinds
        self._on_change = on_change
        self._open: dict[tuple[str, str], Deadline] = {}  # by (kind, group): one open per group, as in SQL
        self._earliest: tuple[datetime | None] | None = None  # next_due's answer until ``_open`` changes
        self._last_reply: dict[str, datetime] = {}
        self._asked: dict[tuple[str, str], tuple[Asked, datetime]] = {}  # by (group, member): awaiting "是"
        self._posted: dict[str, tuple[str, datetime]] = {}  # by group: the product the bot last posted, when
        # by (group, staff member): the command the bot's "您是说…吗？" suggested, and until when a "是" runs it (F31)
        self._suggested: dict[tuple[str, str], tuple[Suggested, datetime]] = {}
        self._announced: dict[tuple[str, str], datetime] = {}  # by (kind, group): when the open group-buy or event was posted
        # (c32) by group: the last few messages of its members, (sender, text, mentioned ids, quoted name, when, staff),
        # so that a member's "不要了" can be read as the answer to a friend who just spoke to her (``said_to``)
        self._heard: dict[str, deque] = {}
        self._paid: dict[tuple[str, str], tuple[float, datetime]] = {}  # (c32) by (group, member): a transfer, when
        # (z33) Whether a group has messages sent before a time still to be handled (held by a database outage: the
        # pipeline's ``Held.before``): a deadline waits for them, so a quiz answer or a draw entry sent in time is judged
        # before the round closes, never after "nobody got it".
        self.held_before: Callable[[str, datetime], bool] = lambda group_id, at: False
        # (z33, r33b) by (quiz round, member): her first pick, recorded and not judged yet (``bot.handlers.quiz``):
        # this bot's alone, as its other per-member state
        self.unjudged: dict[tuple[int, str], GroupMessage] = {}

    async def load(self, owns: Callable[[str], bool] = lambda group_id: True) -> None:
        """The open deadlines of the groups this worker serves (``owns``)."""
        ctx = self._get_ctx()
        for kind in self._kinds.values():
            for deadline in await ctx.db.read(kind.load):
                if owns(deadline.group_id):
                    self.add(deadline)
        for group_id, member_id, kind, row_id, amount, add, until in await ctx.db.read(
                partial(pending_asks.waiting, now=ctx.clock.now())):
            if owns(group_id):
                self._asked[(group_id, member_id)] = (Asked(kind, row_id, amount, add), until)
        # (m32) the staff commands suggested and the posts' times are kept in SQL too: a restart changes neither
        for group_id, member_id, text, mentions, until in await ctx.db.read(partial(held.suggestions, now=ctx.clock.now())):
            if owns(group_id):
                self._suggested[(group_id, member_id)] = (Suggested(text, mentions), until)
        for kind, group_id, at in await ctx.db.read(held.posts_shown):
            if owns(group_id):
                self._announced[(kind, group_id)] = at

    def add(self, deadline: Deadline) -> None:
        self._open[(deadline.kind, deadline.group_id)] = deadline
        self._earliest = None
        self._on_change()

    def discard(self, deadline: Deadline) -> None:
        if self._open.get((deadline.kind, deadline.group_id)) == deadline:
            del self._open[(deadline.kind, deadline.group_id)]
            self._earliest = None

    def open_in(self, kind: str, group_id: str) -> Deadline | None:
        return self._open.get((kind, group_id))

    def next_due(self) -> datetime | None:
        # asked twice a replayed message (the timeline's turns): kept until a deadline opens or closes
        if self._earliest is None:
            self._earliest = (min((d.due for d in self._open.values()), default=None),)
        return self._earliest[0]

    async def run_due(self, now: datetime) -> None:
        for deadline in sorted(self._open.values(), key=lambda d: d.due):
            if deadline.due > now:
                break
            self.discard(deadline)
            if self.held_before(deadline.group_id, deadline.due):
                log.warning("%s %d: the group's messages sent before it are still held; closing in %s", deadline.kind,
                            deadline.row_id, RETRY_AFTER)
                self.add(replace(deadline, due=now + RETRY_AFTER))
                continue
            try:
                await self._kinds[deadline.kind].fire(self._get_ctx(), deadline)
            except Exception:
                log.exception("%s %d: deadline work failed; retrying in %s", deadline.kind, deadline.row_id, RETRY_AFTER)
                self.add(replace(deadline, due=now + RETRY_AFTER))

    async def ask(self, group_id: str, member_id: str, what: Asked, at: datetime, until: datetime) -> bool:
        """Remember what the bot asked a member to confirm, unless a question is still open: one
        question at a time, so a member is never asked twice in a row. True if now held. Kept in
        SQL first, so a restart does not lose it and a failed write asks again on the retry."""
        key = (group_id, member_id)
        if self.asked(group_id, member_id, at) is not None:
            return False
        await self._get_ctx().db.write(partial(pending_asks.save, group_id=group_id, member_id=member_id,
                                               kind=what.kind, row_id=what.row_id, amount=what.amount,
                                               add=what.add, until=until))
        if len(self._asked) >= _MAX_THROTTLE_KEYS:
            self._asked = {k: v for k, v in self._asked.items() if v[1] > at}
        self._asked[key] = (what, until)
        return True

    def asked(self, group_id: str, member_id: str, at: datetime) -> Asked | None:
        """What a member was asked and has not answered yet (None once expired)."""
        kept = self._asked.get((group_id, member_id))
        return kept[0] if kept is not None and at < kept[1] else None

    def expired(self, group_id: str, member_id: str, at: datetime, within: timedelta) -> tuple[Asked, timedelta] | None:
        """(c32) The question a member was asked that expired unanswered, and how long ago, if within ``within`` of its
        expiry and no other question was asked her since (in memory only: after a restart, none)."""
        kept = self._asked.get((group_id, member_id))
        if kept is None or not kept[1] <= at < kept[1] + within:
            return None
        return kept[0], at - kept[1]

    def heard(self, group_id: str, said: tuple, keep: int = 8) -> None:
        """(c32) One message of a member in a group, as (sender, text, mentioned ids, quoted name, when, staff): the
        last ``keep`` of each group are kept."""
        if group_id not in self._heard and len(self._heard) >= _MAX_THROTTLE_KEYS:
            self._heard.clear()
        self._heard.setdefault(group_id, deque(maxlen=keep)).append(said)

    def recent(self, group_id: str) -> tuple:
        """(c32) The last messages heard in a group, oldest first (the message being handled included)."""
        return tuple(self._heard.get(group_id, ()))

    def paid(self, group_id: str, member_id: str, amount: float, at: datetime) -> None:
        """(c32) A member sent a transfer of ``amount`` yuan in a group."""
        if len(self._paid) >= _MAX_THROTTLE_KEYS:
            self._paid = {k: v for k, v in self._paid.items() if at - v[1] < timedelta(hours=1)}
        self._paid[(group_id, member_id)] = (amount, at)

    def transfer(self, group_id: str, member_id: str, at: datetime, within: timedelta) -> float | None:
        """(c32) The amount a member transferred in a group within ``within`` before ``at``."""
        kept = self._paid.get((group_id, member_id))
        return kept[0] if kept is not None and timedelta(0) <= at - kept[1] <= within else None

    def forget_transfer(self, group_id: str, member_id: str) -> None:
        self._paid.pop((group_id, member_id), None)

    def kept(self, group_id: str, member_id: str) -> Asked | None:
        """(a33) The question kept for this member, open or expired (an expired one still meets a late yes)."""
        kept = self._asked.get((group_id, member_id))
        return kept[0] if kept is not None else None

    async def answered(self, group_id: str, member_id: str) -> None:
        await self._get_ctx().db.write(partial(pending_asks.drop, group_id=group_id, member_id=member_id))
        self._asked.pop((group_id, member_id), None)

    async def suggest(self, group_id: str, member_id: str, command: Suggested, until: datetime) -> None:
        """The bot asked a staff member "您是说“…”吗？" of a command: her "是" until ``until`` runs ``command`` (the
        command as typed, the suggested name in place of hers). Kept in SQL first (m32): a restart keeps it."""
        await self._get_ctx().db.write(partial(held.suggest, group_id=group_id, member_id=member_id, text=command.text,
                                               mentions=command.mentions, until=until))
        if len(self._suggested) >= _MAX_THROTTLE_KEYS:
            self._suggested = {k: v for k, v in self._suggested.items() if v[1] > until - SUGGESTION_HELD}
        self._suggested[(group_id, member_id)] = (command, until)

    def suggestion(self, group_id: str, member_id: str, at: datetime) -> Suggested | None:
        """The command a staff member's "是" would run now (None once expired)."""
        kept = self._suggested.get((group_id, member_id))
        return kept[0] if kept is not None and at < kept[1] else None

    async def drop_suggestion(self, group_id: str, member_id: str) -> None:
        """Forget the suggestion held for her (its row too; nothing is written when none is held: this is asked of
        every message)."""
        if self._suggested.pop((group_id, member_id), None) is not None:
            await self._get_ctx().db.write(partial(held.drop_suggestion, group_id=group_id, member_id=member_id))

    def posted(self, group_id: str, item: str, at: datetime) -> None:
        """The bot posted a product in a group (members answer it with "+1")."""
        self._posted[group_id] = (item, at)

    def last_posted(self, group_id: str, at: datetime, within: timedelta) -> str | None:
        """The product the bot posted in a group at most ``within`` before ``at``."""
        kept = self._posted.get(group_id)
        return kept[0] if kept is not None and timedelta(0) <= at - kept[1] <= within else None

    def would_allow(self, key: str, at: datetime, every: timedelta) -> bool:
        """What ``allow`` would say, without counting a reply: for a reply limited by two keys at once."""
        last = self._last_reply.get(key)
        return last is None or not timedelta(0) <= at - last < every

    async def announced(self, kind: str, group_id: str, at: datetime) -> None:
        """A group-buy or an event was opened (and posted) in a group: members answer the post just above. Kept in SQL
        (m32): after a restart the later post is still known."""
        await self._get_ctx().db.write(partial(held.shown, kind=kind, group_id=group_id, at=at))
        self._announced[(kind, group_id)] = at

    def announced_at(self, kind: str, group_id: str) -> datetime | None:
        """When the open group-buy or event of this kind was posted; None if not known (opened before this was kept in
        SQL: then a message that fits both is asked which, never guessed)."""
        return self._announced.get((kind, group_id))

    def allow(self, key: str, at: datetime, every: timedelta) -> bool:
        """At most one reply per ``key`` per ``every``: a member asking again and again gets silence."""
        if not self.would_allow(key, at, every):
            return False
        if len(self._last_reply) >= _MAX_THROTTLE_KEYS:
            self._last_reply.clear()  # rare; at worst one extra reply per member
        self._last_reply[key] = at
        return True
