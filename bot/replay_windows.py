"""Which transcript messages replay may handle at once, with the same outcome as one by one.

Groups are independent but for a few facts shared across them; a window (handed to
``Simulation.feed_window``) is a run of consecutive plain text messages that cannot meet
through any of them:

- each member at most once: a member's flood memory and strikes across groups, answer caps
  and digests stay as one by one;
- a group again only within the shortest wait of its own timed work (gathered confirmations,
  the question desk's SLA): a group's events run in order (the pipeline's lock), and none of
  them can find that work done already, as one by one it could not either;
- none that moderation might act on, no command, no staff member and no natural handler but
  a member's own sign-in and records, but as the first of its window, which it then ends:
  strikes reach owners, raids and digests span an owner's groups, the question desk passes
  questions of all groups on in the order they were asked;
- no group or member with sends waiting that may leave the queue (be sent or dropped) by the
  line's time, but as the first: whether a reply went out or a gathered message closed must
  not depend on when the window's sends run (sends held till the morning do not stop a window);
- all before any timed work (posts, games, retries; not the send queue, which ``feed_window``
  runs in order), and too few to make the flood memory forget (it reads the time of
  whoever makes it forget).

By the same rules nothing a window's events do changes which natural handler another of them
matches: the one the planner found is handed to the pipeline (``Pipeline.matched``), not matched
again.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable, Sequence

from pydantic import BaseModel

from bot.app import Bot
from bot.commands import parse_command
from bot.events import GroupMessage, Kind
from bot.moderation.stage import known_facts
from bot.rules import Facts
from bot.rules.flood import Flood
from bot.roles import Role
from bot.send_queue import NEVER

MAX_WINDOW = 64  # events handled at once: enough to fill the writer's batches, few enough to keep memory flat
STRICTEST = Facts(newcomer=True)  # a newcomer's message: the most a rule can find
# Natural handlers that touch only the member's own rows in the group (sign-in, points, records).
OWN_ROWS = frozenset({"bot.handlers.signin", "bot.handlers.points", "bot.handlers.mine"})


class WindowPlanner:
    def __init__(self, bot: Bot, make_event: Callable[[object], GroupMessage], size: int = MAX_WINDOW) -> None:
        self.bot = bot
        self.make_event = make_event  # a transcript line to its event (the adapter learns the sender then)
        self.size = size
        self._made: tuple[object, GroupMessage] | None = None  # an event made for a line left to the next window
        self._calms: dict[int, tuple[object, timedelta]] = {}  # id(settings) -> how long a group's timed work surely waits

    def window(self, lines: Sequence, start: int) -> list[GroupMessage]:
        """The events of ``lines[start:]`` to handle at once: at least the first (a plain text message)."""
        self.bot.pipeline.matched.clear()  # the last window's are all handled
        first = self._event(lines[start])
        events = [first]
        if self.risky(first):
            return events
        due = self._timed_work_due()
        busy = self.bot.outbox.busy_until()
        groups: dict[str, datetime] = {first.group_id: first.at + self._calm(first)}  # group -> repeats before
        members = {lines[start].sender}
        room = self.bot.moderation_memory.flood.room()
        for line in lines[start + 1:start + self.size]:
            if not plain(line) or (due is not None and line.t >= due) or 2 * (len(events) + 1) > room \
                    or line.sender in members or busy.get(line.group, NEVER) <= line.t \
                    or busy.get(line.sender, NEVER) <= line.t \
                    or (line.group in groups and line.t >= groups[line.group]):
                break
            event = self._event(line)
            if self.risky(event):
                break
            events.append(event)
            groups.setdefault(event.group_id, event.at + self._calm(event))
            members.add(line.sender)
        return events

    def _calm(self, msg: GroupMessage) -> timedelta:
        """How long the group's own timed work surely waits: its shortest gathering (``*gather_seconds``)
        and the question desk's SLA."""
        settings = self.bot.ctx.settings(msg.group_id, msg.group_name)
        cached = self._calms.get(id(settings))
        if cached is None or cached[0] is not settings:  # a reload made new settings
            waits = [getattr(part, name) for part in dict(settings).values() if isinstance(part, BaseModel)
                     for name in type(part).model_fields if name.endswith("gather_seconds")]
            cached = self._calms[id(settings)] = (settings, timedelta(seconds=min(
                waits + [settings.questions.sla_minutes * 60])))
        return cached[1]

    def risky(self, msg: GroupMessage) -> bool:
        """Whether handling ``msg`` might reach past its group and member: a command, a staff member,
        a natural handler other than the member's own rows, or a message some rule might act on."""
        ctx = self.bot.ctx
        settings = ctx.settings(msg.group_id, msg.group_name)
        if parse_command(msg.text) is not None or ctx.role_of(msg.group_id, msg.sender.id, settings) >= Role.ASSISTANT:
            return True
        natural = next((natural for natural in ctx.naturals if natural.matches(ctx, msg)), None)
        self.bot.pipeline.matched[id(msg)] = (msg, natural, None)  # the pipeline need not match it again
        if natural is not None and natural.handler.__module__ not in OWN_ROWS:
            return True
        # The member's standing cannot change before the message is handled (once in a window, no
        # command, no timed work): judged as moderation will judge it; at first sight, at the strictest.
        known = known_facts(ctx, msg, settings)
        facts, trusted = known if known is not None else (STRICTEST, False)
        for rule in ctx.rules(settings):
            if trusted and not rule.spec.check_trusted:
                continue
            if rule.stateful:
                if not isinstance(rule, Flood) or rule.might_fire(msg):
                    return True
            elif rule.check(msg, facts) is not None:
                return True
        self.bot.pipeline.matched[id(msg)] = (msg, natural, known)  # no stateless rule to run again (moderate)
        return False

    def _event(self, line) -> GroupMessage:
        if self._made is not None and self._made[0] is line:
            event = self._made[1]
        else:
            event = self.make_event(line)
        self._made = (line, event)
        return event

    def _timed_work_due(self) -> datetime | None:
        """The earliest timed work but the send queue's."""
        times = [source.next_due() for source in self.bot.timeline.sources if source is not self.bot.outbox]
        return min((t for t in times if t is not None), default=None)


def plain(line) -> bool:
    """A plain text message line (pictures and cards are decoded and judged on their own)."""
    return getattr(line, "type", "") == "message" and line.kind == Kind.TEXT and line.image is None \
        and line.link is None and line.mini_program is None
