"""The one typed context handed to handlers and scheduled jobs alike."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from bot.audience import HELD_TILL_MORNING, INFORMATIONAL, SHARED_ANSWERS, Audience, audience_of
from bot.clock import Clock
from bot.commands import ParsedCommand, glued
from bot.config.schema import Config, GroupSettings
from bot.content_library import Content
from bot.events import GroupMessage
from bot.games import Games
from bot.media import Pictures
from bot.rich import Rich
from bot.roles import Role, role_of
from bot.text import forms
from bot.router import Command, JoinHandler, LeaveHandler, Natural, OnKind
from bot.rules import ModerationMemory, Rule
from bot.send_queue import Priority, SendQueue, quiet_until
from bot.templates import Renderer
from bot.transport import Transport
from storage import Database
from storage.outbox import add_pending

FOLD_OTHERS = timedelta(minutes=2)  # (u34) another member's same question this soon gets "同上" (``Ctx._fold``)

if TYPE_CHECKING:
    from bot.questions.faq import Faq
    from bot.questions.watch import QuestionDesk


@dataclass(frozen=True)
class Ctx:
    config: Config  # a snapshot: a reload builds a new Ctx
    base_dir: Path  # where config.yaml lives; files it names are relative to it
    clock: Clock
    db: Database
    renderer: Renderer
    outbox: SendQueue
    transport: Transport
    commands: tuple[Command, ...]
    naturals: tuple[Natural, ...]
    rules_by_settings: dict[int, tuple[Rule, ...]] = field(repr=False)
    reload_config: Callable[[], Awaitable[list[str]]] = field(repr=False)  # errors; [] when applied
    games: Games = field(repr=False)  # open quizzes and draws, reply throttles (outlives reloads)
    joins: tuple[JoinHandler, ...] = ()
    on_kinds: tuple[OnKind, ...] = ()
    content: Content = field(default_factory=Content, repr=False)  # the content library and products
    moderation_memory: ModerationMemory = field(default_factory=ModerationMemory, repr=False)  # outlives reloads
    lefts: tuple[LeaveHandler, ...] = ()
    granted: dict[tuple[str, str], Role] = field(default_factory=dict, repr=False)  # /role grants (outlive reloads)
    faq: dict[str | None, "Faq"] = field(default_factory=dict, repr=False)  # by faq.file (None: the shipped one)
    questions: "QuestionDesk | None" = field(default=None, repr=False)  # unanswered questions (outlives reloads)
    pictures: Pictures | None = field(default=None, repr=False)  # post pictures, loaded once (outlive reloads)
    _settings: dict[tuple[str, str], tuple[Config, GroupSettings]] = field(default_factory=dict, repr=False,
                                                                           compare=False)

    def settings(self, group_id: str, group_name: str = "") -> GroupSettings:
        """Asked ~10 times a message: kept per group (the config is frozen; a reload makes a new one)."""
        key = (group_id, group_name)
        known = self._settings.get(key)
        if known is None or known[0] is not self.config:
            known = self._settings[key] = (self.config, self.config.settings_for(group_id, group_name))
        return known[1]

    def rules(self, settings: GroupSettings) -> tuple[Rule, ...]:
        return self.rules_by_settings[id(settings)]

    def role_of(self, group_id: str, member_id: str, settings: GroupSettings) -> Role:
        return role_of(member_id, self.transport.group(group_id), settings, self.granted)

    def is_staff(self, msg: GroupMessage) -> bool:
        """The sender is the group's owner or an assistant (the store's staff)."""
        return self.role_of(msg.group_id, msg.sender.id, self.settings(msg.group_id, msg.group_name)) >= Role.ASSISTANT

    def find_command(self, name: str) -> Command | None:
        for command in self.commands:
            if name == command.name or name in command.aliases:
                return command
        return None

    def command_of(self, parsed: ParsedCommand) -> tuple[Command | None, ParsedCommand]:
        """The command ``parsed`` names, and ``parsed`` as it is to be run: (g33) a name glued to its argument
        ("/截单纸尿裤") is split at the longest command name it begins with; (None, parsed) when none fits."""
        command = self.find_command(parsed.name)
        if command is None and (split := glued(parsed, [n for c in self.commands for n in (c.name, *c.aliases)])):
            return self.find_command(split.name), split
        return command, parsed

    def say(self, group_id: str, template: str, *, mentions: tuple[str, ...] = (),
            priority: Priority = Priority.REPLY, reply_to: str = "", topic: str = "", capped: bool = True,
            expires_at: datetime | None = None, **values: Any) -> None:
        """``topic`` (default: the template) groups answers for the per-member reply cap."""
        if audience_of(template) != Audience.GROUP:
            raise ValueError(f"template {template!r} is for {audience_of(template)} privately, not for the group")
        self.outbox.say(group_id, self.renderer.render(template, **values), mentions, priority,
                        reply_to=reply_to, topic=topic or template, capped=capped, expires_at=expires_at)

    async def broadcast(self, posts: list[tuple[str, str, tuple[str, ...]]],
                        rich: dict[str, tuple[Rich, ...]] | None = None,
                        priority: Priority = Priority.BROADCAST) -> None:
        """Queue posts (group, text, mentions) behind replies; stored first, so a restart resumes them
        (their text: pictures and cards, ``rich`` by group, are not stored and go only this time). ``priority``
        ``NOTICE``: a post the staff asked for just now (/推送), not held behind the hour's scheduled posts."""
        ids = await self.db.write(partial(add_pending, posts=posts, at=self.clock.now()))
        for (group_id, text, mentions), durable_id in zip(posts, ids):
            self.outbox.say(group_id, text, mentions, priority, durable_id=durable_id,
                            rich=(rich or {}).get(group_id, ()))

    def reply(self, msg: GroupMessage, template: str, *, topic: str = "", **values: Any) -> None:
        """Answer a member where the template's audience says (the same answer at most twice in a while;
        staff, who correct their commands, every time): in their group, @-mentioning them; or privately,
        the group hearing only "已私信您"."""
        # Under load a late balance or help text is noise: it is dropped; a confirmation always goes.
        settings = self.settings(msg.group_id, msg.group_name)
        stale = timedelta(minutes=self.config.send.stale_reply_minutes)
        late = self._stale_at(msg, settings, template) + stale if template in INFORMATIONAL else None
        if msg.private and not topic:  # (D32) one answer a group: her records from each of her groups are not repeats
            topic = f"{template}:{msg.group_id}"
        staff = self.role_of(msg.group_id, msg.sender.id, settings) >= Role.ASSISTANT
        if not msg.private and msg.text:  # (r34) she asked and was answered: the same again is no flood (once)
            self.moderation_memory.note_answered(msg.group_id, msg.sender.id, forms(msg.text).compact, msg.at)
        if not msg.private and audience_of(template) == Audience.GROUP:
            if not staff and (folded := self._fold(msg, template, values)) is not None:
                if not folded:
                    return  # an unsent answer already answers her
                topic = topic or template  # counted with the answer it points to: the reply cap silences a third
                template, values = folded
            self.say(msg.group_id, template, mentions=(msg.sender.id,), reply_to=msg.sender.id, topic=topic,
                     capped=not staff, expires_at=late, **values)
            return
        self.tell(msg.sender.id, template, about=msg.sender.id, topic=topic, capped=not staff, expires_at=late,
                  **values)
        if not msg.private:  # (f34) "已私信您" only while it is news: never at 07:00 of a message sent in the night
            self.say(msg.group_id, "sent_privately", mentions=(msg.sender.id,), reply_to=msg.sender.id,
                     capped=not staff, expires_at=msg.at + stale)

    def _stale_at(self, msg: GroupMessage, settings: GroupSettings, template: str) -> datetime:
        """(f34) From when an informational answer counts as late: when asked; only an answer of the store's FAQ held by
        the quiet hours (``HELD_TILL_MORNING``, one a member a night) from when they end: "几点开门" asked at 06:30 is
        still worth saying at 07:00, a help text, a board or a balance asked at 23:00 is not."""
        morning = _answerable_from(msg, settings)
        if morning <= msg.at or template not in HELD_TILL_MORNING:
            return msg.at
        if not self.games.allow(f"held-till-morning:{msg.group_id}:{msg.sender.id}:{morning.isoformat()}", msg.at,
                                morning - msg.at + timedelta(minutes=1)):
            return msg.at  # her second question of the night: one answer waits for her, the rest are dropped
        return morning

    def _fold(self, msg: GroupMessage, template: str, values: dict[str, Any]) -> tuple[str, dict[str, Any]] | tuple[()] | None:
        """(u34) A group answer the same as one just given: to her (within the reply window) it is pointed to,
        "上面回复您了：…" (the reply cap then silences a third); to another member (within ``FOLD_OTHERS``), an answer
        the same for everyone (``SHARED_ANSWERS``) is "同上" pointing to it, or, still unsent, @-mentions her too.
        ``()``: nothing to send; None: send as it is."""
        text = self.renderer.render(template, **values)
        shared = template in SHARED_ANSWERS
        if self.outbox.join_reply(msg.group_id, text, msg.sender.id, others=shared):
            return ()
        window = timedelta(seconds=self.config.send.reply_window_seconds)
        given = self.outbox.answered(msg.group_id, text, msg.at - max(window, FOLD_OTHERS))
        if given is None:
            return None
        at, member = given
        first_line = text.strip().splitlines()[0] if text.strip() else ""
        if member == msg.sender.id and at >= msg.at - window:
            return "answered_above", dict(answer=first_line)
        if member != msg.sender.id and shared and at >= msg.at - FOLD_OTHERS:
            group = self.transport.group(msg.group_id)
            name = next((m.name for m in group.members if m.id == member), None) if group else None
            return "same_as_above", dict(name=name, answer=first_line)
        return None

    def tell(self, member_id: str, template: str, *, about: str = "", topic: str = "", capped: bool = True,
             priority: Priority = Priority.REPLY, expires_at: datetime | None = None, **values: Any) -> None:
        """A private message; ``about`` (a member) puts it under the reply cap (unless not ``capped``)."""
        self.outbox.direct(member_id, self.renderer.render(template, **values), priority, about=about,
                           topic=topic or template, capped=capped, expires_at=expires_at)


def _answerable_from(msg: GroupMessage, settings: GroupSettings) -> datetime:
    """(n34) When an answer to ``msg`` may first go: at once, or when the group's quiet hours end if replies wait for them
    (``posting.replies_in_quiet_hours`` off). An answer of the store's FAQ is stale counted from then (``Ctx._stale_at``):
    "几点开门" asked at 06:30 is answered at 07:00, not dropped as late (the hours held it, not a load)."""
    if msg.private or settings.posting.replies_in_quiet_hours:
        return msg.at
    return quiet_until(settings, msg.at) or msg.at
