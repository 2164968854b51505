"""The one typed context handed to handlers and scheduled jobs alike."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Awaitable, Callable

from bot.clock import Clock
from bot.config import Config, GroupSettings
from bot.events import GroupMessage
from bot.games import Games
from bot.roles import Role, role_of
from bot.router import Command, Natural
from bot.rules import ModerationMemory, Rule
from bot.send_queue import Priority, SendQueue
from bot.templates import Renderer
from bot.transport import Transport
from storage import Database


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
    moderation_memory: ModerationMemory = field(default_factory=ModerationMemory, repr=False)  # outlives reloads

    def settings(self, group_id: str, group_name: str = "") -> GroupSettings:
        return self.config.settings_for(group_id, group_name)

    def rules(self, settings: GroupSettings) -> tuple[Rule, ...]:
        return self.rules_by_settings[id(settings)]

    def role_of(self, group_id: str, member_id: str, settings: GroupSettings) -> Role:
        return role_of(member_id, self.transport.group(group_id), settings)

    def find_command(self, name: str) -> Command | None:
        for command in self.commands:
            if name == command.name or name in command.aliases:
                return command
        return None

    def say(self, group_id: str, template: str, *, mentions: tuple[str, ...] = (),
            priority: Priority = Priority.REPLY, **values: Any) -> None:
        self.outbox.say(group_id, self.renderer.render(template, **values), mentions, priority)

    def reply(self, msg: GroupMessage, template: str, **values: Any) -> None:
        """Answer a member in their group, @-mentioning them."""
        self.say(msg.group_id, template, mentions=(msg.sender.id,), **values)
