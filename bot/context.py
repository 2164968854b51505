"""The one typed context handed to handlers and scheduled jobs alike."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from bot.clock import Clock
from bot.config import Config, GroupSettings
from bot.content_library import Content
from bot.events import GroupMessage
from bot.games import Games
from bot.roles import Role, role_of
from bot.router import Command, JoinHandler, LeaveHandler, Natural, OnKind
from bot.rules import ModerationMemory, Rule
from bot.send_queue import Priority, SendQueue
from bot.templates import Renderer
from bot.transport import Transport
from storage import Database
from storage.outbox import add_pending

if TYPE_CHECKING:
    from bot.faq import Faq
    from bot.questions import QuestionDesk


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

    def settings(self, group_id: str, group_name: str = "") -> GroupSettings:
        return self.config.settings_for(group_id, group_name)

    def rules(self, settings: GroupSettings) -> tuple[Rule, ...]:
        return self.rules_by_settings[id(settings)]

    def role_of(self, group_id: str, member_id: str, settings: GroupSettings) -> Role:
        return role_of(member_id, self.transport.group(group_id), settings, self.granted)

    def find_command(self, name: str) -> Command | None:
        for command in self.commands:
            if name == command.name or name in command.aliases:
                return command
        return None

    def say(self, group_id: str, template: str, *, mentions: tuple[str, ...] = (),
            priority: Priority = Priority.REPLY, reply_to: str = "", topic: str = "", capped: bool = True,
            **values: Any) -> None:
        """``topic`` (default: the template) groups answers for the per-member reply cap."""
        self.outbox.say(group_id, self.renderer.render(template, **values), mentions, priority,
                        reply_to=reply_to, topic=topic or template, capped=capped)

    async def broadcast(self, posts: list[tuple[str, str, tuple[str, ...]]]) -> None:
        """Queue posts (group, text, mentions) behind replies; stored first, so a restart resumes them."""
        ids = await self.db.write(partial(add_pending, posts=posts, at=self.clock.now()))
        for (group_id, text, mentions), durable_id in zip(posts, ids):
            self.outbox.say(group_id, text, mentions, Priority.BROADCAST, durable_id=durable_id)

    def reply(self, msg: GroupMessage, template: str, **values: Any) -> None:
        """Answer a member in their group, @-mentioning them (the same answer at most twice in a while;
        staff, who correct their commands, are answered every time)."""
        staff = self.role_of(msg.group_id, msg.sender.id, self.settings(msg.group_id, msg.group_name)) >= Role.ASSISTANT
        self.say(msg.group_id, template, mentions=(msg.sender.id,), reply_to=msg.sender.id, capped=not staff, **values)
