"""The pipeline: ingest and log -> moderation -> slash commands -> natural handlers.

Events of one group are processed one at a time, in arrival order; groups run in
parallel. A direct message is served as if said in the sender's group (``bot.direct``).
``await feed(event)`` returns when every effect is done: rows committed, replies queued.

An event a database outage interrupted (``DatabaseUnavailable``) is held (``bot.held``,
bounded) and handled again once the database is back, in arrival order, once: the pipeline
is a timeline source that tries again every ``RETRY_SECONDS``, a member's later message
tries their group's held ones first (so it never overtakes them once the database is back;
while it is down, what needs no write is still answered), and the steps the first try finished
(its log row, moderation, the question desk, each join handler) are not done again.
"""
from __future__ import annotations

import asyncio
import dataclasses
import logging
from datetime import datetime, timedelta
from functools import partial
from typing import Callable

from bot.chain import friends
from bot.commands import meant, own_fields, parse_command
from bot.context import Ctx
from bot.direct_standing import standing
from bot.direct_requests import answered as request_answered, groups_with_draw
from bot.direct import (COUPONS, ORDERS, RECORD_WORDS, about_group, action_asked, as_said_in, asks_menu,
                        greets_or_asks_the_bot, groups_chosen, named_alone, record_asked, thanked, uncalled)
from bot.language.birthday_said import is_a_day, told_birthday
from bot.lunar_days import said_lunar
from bot.held import Attempt, Held
from bot.language.intents import answer
from bot.events import DirectMessage, Event, GroupEvent, GroupMessage, Kind, MemberJoined, MemberLeft
from bot.moderation.stage import moderate
from bot.roles import Role
from bot.router import Natural
from bot.language.own_records import asks_own
from bot.questions.asking import question_form
from storage.db import DatabaseUnavailable
from storage.mine import choose_group, chosen_group, orders as member_orders

log = logging.getLogger(__name__)

REFUSE_EVERY = timedelta(minutes=10)
REFUSALS_AT_ONCE = 3  # (s34) refusals of different commands to one member within REFUSE_EVERY
RETRY_SECONDS = 30.0  # held events are tried again this long after the last refusal
QUESTIONS = "questions.answer"  # the natural handler of questions to the store: tried last in private (D32)
THANKS_AGAIN = timedelta(hours=6)  # a private thank-you is answered once in this while (D32)
BIRTHDAY_HELD = timedelta(hours=24)  # (z33) a birthday told before naming her group waits this long for her answer


class Pipeline:
    def __init__(self, get_ctx: Callable[[], Ctx], owns: Callable[[str], bool] = lambda group_id: True, *,
                 on_change: Callable[[], None] = lambda: None,
                 on_outage_over: Callable[[int, int, int], None] = lambda handled, dropped, members: None) -> None:
        self._get_ctx = get_ctx
        self._owns = owns  # the groups this worker serves (a direct message is about one of them)
        self._locks: dict[str, asyncio.Lock] = {}
        self._chosen: dict[str, str] = {}  # member -> the group their private chat is about (also stored)
        self._asked: dict[str, str] = {}  # member -> the own record she asked about last in private ("那潮流青年群呢")
        # (z33) member -> (her private message telling her birthday, when): she is in several groups and named none;
        # her next private message, if it names the group (or "都要"), keeps it there. In memory: a restart asks again.
        self._birthdays: dict[str, tuple[str, datetime]] = {}
        self.held = Held()
        self.retry_seconds = RETRY_SECONDS
        self._retry_at: datetime | None = None
        self._on_change = on_change  # the timeline: held events make this source due
        self._on_outage_over = on_outage_over  # (handled again, dropped, members dropped): tell the owners
        # id(message) -> (message, the natural handler or None, the (facts, trusted) its stateless rules
        # cleared it under, or None): the replay's planner matched and judged them already, as they stand
        # when handled (bot.replay_windows); a message found here is not matched (nor judged) again.
        self.matched: dict[int, tuple[Event, Natural | None]] = {}

    async def feed(self, event: Event) -> None:
        key, member = _key(event), _member_id(event)
        lock = self._locks.get(key) or self._locks.setdefault(key, asyncio.Lock())  # no new Lock a message
        async with lock:
            ctx = self._get_ctx()
            if key in self.held.queues and (self.held.waiting(member) or self._retry_due(ctx.clock.now())):
                await self._retry(ctx, key)  # earlier held events go first, in their order
            attempt = Attempt(event)
            if (known := self.matched.pop(id(event), None)) is not None and known[0] is event:
                attempt.natural, attempt.matched, attempt.cleared = known[1], True, known[2]
            if not await self._attempt(ctx, attempt):  # what needs no write is still answered
                self._hold(ctx, key, member, attempt)

    # The timeline source: held events are tried again when due.
    def next_due(self) -> datetime | None:
        return self._retry_at if self.held.queues else None

    async def run_due(self, now: datetime) -> None:
        ctx = self._get_ctx()
        self._retry_at = None
        for key in list(self.held.queues):
            async with self._locks.setdefault(key, asyncio.Lock()):
                if key in self.held.queues and not await self._retry(ctx, key):
                    return  # still down: every other group's held events wait for the next try too

    def _retry_due(self, now: datetime) -> bool:
        return self._retry_at is None or now >= self._retry_at

    async def _retry(self, ctx: Ctx, key: str) -> bool:
        """Handle ``key``'s held events in order until one is refused again; whether all were handled."""
        queue = self.held.queues[key]
        while queue:
            attempt = queue[0]
            if not await self._attempt(ctx, attempt):
                self._refused(ctx)
                return False
            self.held.done(key, _member_id(attempt.event))
        if (figures := self.held.outage_over()) is not None:
            handled, dropped, members = figures
            log.warning("the database is back: %d held message(s) handled again in their order, %d dropped "
                        "(over the bound of %d held, %d per member) from %d member(s)", handled, dropped,
                        self.held.limit, self.held.per_member, members)
            self._on_outage_over(handled, dropped, members)
        return True

    async def _attempt(self, ctx: Ctx, attempt: Attempt) -> bool:
        """Handle (the rest of) an event; False when an outage interrupted it (to be held)."""
        event = attempt.event
        try:
            if not attempt.logged:
                ctx.db.log(_log_row(event))
                attempt.logged = True
            if isinstance(event, DirectMessage):
                await _on_direct(ctx, event, self._owns, self._chosen, self._asked, self._birthdays)
            else:
                await _process(ctx, attempt)
        except DatabaseUnavailable as exc:  # an outage, not a bug: one line, no traceback
            log.error("%s from %s interrupted: %s; held, handled again when the database is back",
                      type(event).__name__, _who(event), exc)
            return False
        except Exception:
            log.exception("failed to process %r", event)
        return True

    def _refused(self, ctx: Ctx) -> None:
        """Try again ``retry_seconds`` from now, unless a try is already planned (a flood must not push it back)."""
        now = ctx.clock.now()
        if self._retry_at is None or self._retry_at <= now:
            self._retry_at = now + timedelta(seconds=self.retry_seconds)
            self._on_change()

    def _hold(self, ctx: Ctx, key: str, member: str, attempt: Attempt) -> None:
        self._refused(ctx)
        attempt.matched, attempt.cleared = False, None  # handled again later: matched and judged again then
        event = attempt.event
        if isinstance(event, GroupMessage) and event.image is not None:
            attempt.event = dataclasses.replace(event, image=None)  # moderation saw it; memory stays small
        told = member in self.held.dropped_members
        if self.held.hold(key, member, attempt):
            return
        log.warning("%s from %s not held (the database is down and %d events are held, at most %d, %d per member): "
                    "dropped, never handled", type(event).__name__, _who(event), len(self.held), self.held.limit,
                    self.held.per_member)
        if not told:  # once per member and outage, privately: never a wall of apologies in the group
            ctx.tell(member, "held_dropped", about=member, group_name=getattr(event, "group_name", ""),
                     text=_excerpt(getattr(event, "text", "")))


async def _process(ctx: Ctx, attempt: Attempt) -> None:
    event: GroupEvent = attempt.event
    if isinstance(event, GroupMessage) and event.sender.id != ctx.config.bot.id:
        await _on_message(ctx, event, attempt)
    elif isinstance(event, (MemberJoined, MemberLeft)):
        handlers = ctx.joins if isinstance(event, MemberJoined) else ctx.lefts
        for handler in handlers[attempt.handlers_done:]:
            await handler(ctx, event)
            attempt.handlers_done += 1


async def _on_message(ctx: Ctx, msg: GroupMessage, attempt: Attempt) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    role = ctx.role_of(msg.group_id, msg.sender.id, settings)
    if not attempt.moderated:
        if role < Role.ASSISTANT and await moderate(ctx, msg, settings, attempt.cleared, command=_a_command(ctx, msg)):
            return
        attempt.moderated = True
    if ctx.questions is not None and not attempt.seen:
        await ctx.questions.seen(ctx, msg)
        attempt.seen = True
    if msg.kind == Kind.TEXT and not msg.private and not attempt.heard:
        friends.remember(ctx, msg, role >= Role.ASSISTANT)  # (c32) a "不要了" answering a friend is hers to the friend
        attempt.heard = True
    if msg.kind != Kind.TEXT:
        for on_kind in ctx.on_kinds:
            if on_kind.kind == msg.kind:
                await on_kind.handler(ctx, msg)
        return
    await _answer(ctx, msg, role, parse_command(msg.text), attempt)


def _a_command(ctx: Ctx, msg: GroupMessage) -> str | None:
    """(g33) The text is one of the bot's commands (by its name, or glued to its argument) and (r33b) its arguments read
    as that command's own fields: those arguments without their labels ("/抽奖 奖品：iPhone 名额：1" -> "iPhone 1").
    None otherwise ("/抽奖 正品名牌包包一折清仓…" is judged as any text)."""
    if msg.kind != Kind.TEXT or (parsed := parse_command(msg.text)) is None:
        return None
    command, parsed = ctx.command_of(parsed)
    return None if command is None else own_fields(command.usage, parsed.args)


async def _answer(ctx: Ctx, msg: GroupMessage, role: Role, parsed, attempt: Attempt | None = None,
                  asked: bool | None = None) -> bool:
    """A slash command, else the first natural handler that matches; whether anything answered. ``asked`` (private chat):
    True tries only the questions to the store, False all but them."""
    if parsed is not None:
        command, parsed = ctx.command_of(parsed)
        if command is None:  # (s34) with the command she may have meant, among those she may use
            ctx.reply(msg, "unknown_command", name=parsed.name, args=_short(parsed.args), meant=meant(
                parsed.name, [n for c in ctx.commands if role >= c.min_role for n in (c.name, *c.aliases)]))
        elif role < command.min_role:
            # Politely, and once in a while: someone trying staff commands again and again gets silence.
            if _may_refuse(ctx, msg, command.name):
                ctx.reply(msg, "not_allowed", name=parsed.name, roles=command.min_role.holders,
                          topic=f"not_allowed:{command.name}")  # (s34) counted by _may_refuse, each command its own  # as typed: /抽奖, not /lottery
        else:
            if not msg.private:  # (cr31) a command she types herself replaces the one the bot suggested: a later "嗯" runs nothing
                await ctx.games.drop_suggestion(msg.group_id, msg.sender.id)
            await command.handler(ctx, msg, parsed.args)
        return True
    if attempt is not None and attempt.matched and not msg.private:
        if attempt.natural is None:
            return False
        await attempt.natural.handler(ctx, msg)
        return True
    if not msg.private and answer(msg.text) is None:
        # A staff member's "是" to the bot's "您是说…吗？" must be her next word: said anything else first (a "对" to a
        # member a minute later is no consent), the suggestion lapses.
        await ctx.games.drop_suggestion(msg.group_id, msg.sender.id)
    for natural in ctx.naturals:
        if asked is not None and (natural.name == QUESTIONS) != asked:
            continue
        if (natural.private or not msg.private) and natural.matches(ctx, msg):
            await natural.handler(ctx, msg)
            return True
    return False


def _short(args: str, most: int = 20) -> str:
    """Arguments short enough to repeat in a suggestion; "" for longer ones (never a wall of her text echoed)."""
    return args if len(args) <= most else ""


def _may_refuse(ctx: Ctx, msg: GroupMessage, command: str) -> bool:
    """(s34) Each command refused gets its refusal (one staff command after another is never met by silence), the same
    command once a while, and at most ``REFUSALS_AT_ONCE`` refusals a member a while: trying every command in turn
    does not turn the bot into a spammer."""
    key = f"refused:{msg.group_id}:{msg.sender.id}"
    if not ctx.games.would_allow(f"{key}:{command}", msg.at, REFUSE_EVERY):
        return False
    if not any(ctx.games.allow(f"{key}#{slot}", msg.at, REFUSE_EVERY) for slot in range(REFUSALS_AT_ONCE)):
        return False
    return ctx.games.allow(f"{key}:{command}", msg.at, REFUSE_EVERY)


async def _on_direct(ctx: Ctx, dm: DirectMessage, owns: Callable[[str], bool], chosen: dict[str, str],
                     asked: dict[str, str], birthdays: dict[str, tuple[str, datetime]] | None = None) -> None:
    """A private message: served as if said in the member's group, answered privately.

    (D32) Her own records asked in her words ("我积分多少了", "我订的汤圆是几份啊") are answered as "我的积分"… would be;
    by someone in several groups who names none in the message, for each of her groups, each named. What is done in the
    group (a sign-in, a sign-up, an order or a change to one) is told where and how; a question to the store is answered
    from the FAQ as in the group; thanks get one short reply; anything else, the menu."""
    if dm.sender.id == ctx.config.bot.id:
        return
    groups = [g for g in ctx.transport.groups() if owns(g.id)]
    remembered = await _remembered(ctx, dm.sender.id, chosen)
    found = about_group(ctx, dm, groups, remembered)
    birthdays = {} if birthdays is None else birthdays
    if await _birthday_placed(ctx, dm, found, birthdays.pop(dm.sender.id, None)):
        return
    record = record_asked(found.text) if found.command is None and found.candidates else None
    if record == "" and found.named:
        record = asked.get(dm.sender.id)  # "那潮流青年群呢": the record asked last, of the group now named
    if record:
        asked[dm.sender.id] = record
        if found.named and len(found.candidates) > 1:
            await _remember(ctx, dm, found.group.id, chosen)
        await _answer_records(ctx, dm, found, record)
        return
    if found.group is None and found.candidates and (told := told_birthday(found.text)) is not None:
        _birthday_held(ctx, dm, found, told, birthdays)
        return
    if found.group is None and found.candidates and found.text and thanked(found.text):
        # (f33) thanks from someone in several groups who names none ("谢谢闺女"): thanks need no group
        if ctx.games.allow(f"direct-thanks:{dm.sender.id}", dm.at, THANKS_AGAIN):
            ctx.tell(dm.sender.id, "direct_thanks", about=dm.sender.id)
        return
    if found.group is None and found.candidates and found.command is None \
            and (drawn := await groups_with_draw(ctx, found.text, dm.sender.id, found.candidates, dm.at)) is not None:
        for group in drawn:  # (m34) "我中奖了没有": from the groups that have a draw, not "which group?"
            msg = as_said_in(group, dm, found.text)
            await _answer(ctx, msg, ctx.role_of(msg.group_id, msg.sender.id, ctx.settings(msg.group_id, msg.group_name)),
                          None, asked=False)
        return
    if found.group is None:
        template = "direct_which_group" if found.candidates else "direct_no_group"
        ctx.tell(dm.sender.id, template, about=dm.sender.id, groups=[g.name for g in found.candidates])
        return
    if found.group.id != remembered and len(found.candidates) > 1:
        await _remember(ctx, dm, found.group.id, chosen)
    msg = found.message
    if found.command is None and named_alone(found):
        # (f33) a group's name and nothing else ("宝妈群就行") with nothing pending: the chat is about it from now on
        ctx.reply(msg, "direct_group_noted", group_name=msg.group_name)
        return
    role = ctx.role_of(msg.group_id, msg.sender.id, ctx.settings(msg.group_id, msg.group_name))
    if found.command is None and role < Role.ASSISTANT and await request_answered(ctx, msg):
        return  # (m34) her requests to the store and her closing words, before any reader takes a word of them
    if msg.text and await _answer(ctx, msg, role, found.command, asked=False):
        return
    if msg.text and (action := action_asked(ctx, msg)) is not None:
        groups_named = [found.group] if found.named or len(found.candidates) == 1 else list(found.candidates)
        ctx.reply(msg, "direct_in_group", action=action, groups=[g.name for g in groups_named],
                  **await standing(ctx, msg, action))  # (d34) "签到" signed already, "取消报名" with none
        return
    if msg.text and asks_menu(msg.text):  # (s33) "我是新来的 怎么玩": the menu is the answer
        ctx.reply(msg, "direct_menu", group_name=msg.group_name, staff=role >= Role.ASSISTANT,
                  several=len(found.candidates) > 1)
        return
    # (s33) How she calls the bot ("闺女", "小助手") and "我问一下" before her question are no part of it.
    asking = as_said_in(found.group, dm, uncalled(msg.text)) if msg.text and uncalled(msg.text) else msg
    if msg.text and await _answer(ctx, asking, role, None, asked=True):
        return
    if msg.text and thanked(msg.text):
        if ctx.games.allow(f"direct-thanks:{dm.sender.id}", dm.at, THANKS_AGAIN):  # once in a while, never a chat
            ctx.reply(msg, "direct_thanks")
        return
    if msg.text and question_form(msg.text) and not asks_own(msg.text) and not greets_or_asks_the_bot(msg.text):  # (s33) "明天会下雨吗": said plainly, not the menu
        ctx.reply(msg, "direct_cannot_know", group_name=msg.group_name)
        return
    ctx.reply(msg, "direct_menu", group_name=msg.group_name, staff=role >= Role.ASSISTANT,
              several=len(found.candidates) > 1)


def _birthday_held(ctx: Ctx, dm: DirectMessage, found, told: tuple[int, int, bool],
                   birthdays: dict[str, tuple[str, datetime]]) -> None:
    """(z33) Her birthday told privately by someone in several groups who named none: the date is held and she is asked
    which group's greeting she wants (template ``birthday_which_group``); her answer keeps it (``_birthday_placed``)."""
    month, day, lunar = told
    if not is_a_day(month, day, lunar):
        ctx.tell(dm.sender.id, "birthday_not_a_day", about=dm.sender.id, month=month, day=day, lunar=lunar)
        return
    birthdays[dm.sender.id] = (found.text, dm.at)
    ctx.tell(dm.sender.id, "birthday_which_group", about=dm.sender.id, month=month, day=day,
             lunar=said_lunar(month, day) if lunar else "", groups=[g.name for g in found.candidates])


async def _birthday_placed(ctx: Ctx, dm: DirectMessage, found, held: tuple[str, datetime] | None) -> bool:
    """(z33) Her answer to "which group?" for the birthday held: the group she names (or every one: "都要") keeps it, as
    if she had told it there; anything else lets it lapse (False: the message is read as usual)."""
    if held is None or dm.at - held[1] > BIRTHDAY_HELD:
        return False
    chosen = groups_chosen(found)
    for group in chosen:
        msg = as_said_in(group, dm, held[0])
        await _answer(ctx, msg, ctx.role_of(msg.group_id, msg.sender.id, ctx.settings(msg.group_id, msg.group_name)),
                      None, asked=False)
    return bool(chosen)


async def _answer_records(ctx: Ctx, dm: DirectMessage, found, record: str) -> None:
    """Her record from the group named (or her only one), else from each of her groups, each answer naming its group;
    coupons are hers across the groups: answered once."""
    groups = [found.group] if found.named or len(found.candidates) == 1 else list(found.candidates)
    if record == COUPONS:
        groups = groups[:1]
    elif record == ORDERS and len(groups) > 1:  # (s33) "我那个大葱订的是几捆啊": from the groups where she has orders
        having = [g for g in groups if await ctx.db.read(partial(member_orders, group_id=g.id, member_id=dm.sender.id))]
        groups = having or groups
    for group in groups:
        msg = as_said_in(group, dm, RECORD_WORDS[record])
        role = ctx.role_of(msg.group_id, msg.sender.id, ctx.settings(msg.group_id, msg.group_name))
        await _answer(ctx, msg, role, None)


async def _remembered(ctx: Ctx, member_id: str, chosen: dict[str, str]) -> str | None:
    """The group the member's private chat is about: remembered in memory, else in the database
    (it survives a restart); during an outage, none (they name it again)."""
    if member_id not in chosen:
        try:
            group_id = await ctx.db.read(partial(chosen_group, member_id=member_id), fresh=False)
        except DatabaseUnavailable:
            return None
        if group_id is not None:
            chosen[member_id] = group_id
    return chosen.get(member_id)


async def _remember(ctx: Ctx, dm: DirectMessage, group_id: str, chosen: dict[str, str]) -> None:
    chosen[dm.sender.id] = group_id
    try:
        await ctx.db.write(partial(choose_group, member_id=dm.sender.id, group_id=group_id, at=dm.at))
    except DatabaseUnavailable as exc:  # the answer needs no write: remembered in memory until a restart
        log.warning("the group %s chose for their private chat is not stored: %s", dm.sender.id, exc)


def _key(event: Event) -> str:
    return f"dm:{event.sender.id}" if isinstance(event, DirectMessage) else event.group_id


def _member_id(event: Event) -> str:
    member = getattr(event, "sender", None) or getattr(event, "member", None)
    return member.id if member is not None else getattr(event, "member_id", "?")


def _excerpt(text: str, size: int = 20) -> str:
    return text if len(text) <= size else text[:size] + "…"


def _who(event: Event) -> str:
    return f"{_member_id(event)} in {getattr(event, 'group_id', 'a private chat')}"


def _log_row(event: Event) -> dict:
    if isinstance(event, GroupMessage):
        return dict(at=event.at, group_id=event.group_id, member_id=event.sender.id, event="message",
                    kind=event.kind.value, text=event.text, inviter=None)
    if isinstance(event, MemberJoined):
        return dict(at=event.at, group_id=event.group_id, member_id=event.member.id, event="join",
                    kind=None, text=None, inviter=event.inviter)
    if isinstance(event, MemberLeft):
        return dict(at=event.at, group_id=event.group_id, member_id=event.member_id, event="leave",
                    kind=None, text=None, inviter=None)
    return dict(at=event.at, group_id="", member_id=event.sender.id, event="direct",
                kind=Kind.TEXT.value, text=event.text, inviter=None)
