"""Explicit registration: each feature module owns a Router; ``bot.handlers`` orders them."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Awaitable, Callable

from bot.events import GroupMessage, Kind, MemberJoined, MemberLeft
from bot.roles import Role

if TYPE_CHECKING:
    from bot.context import Ctx

CommandHandler = Callable[["Ctx", GroupMessage, str], Awaitable[None]]
TextHandler = Callable[["Ctx", GroupMessage], Awaitable[None]]
Matcher = Callable[["Ctx", GroupMessage], bool]
JoinHandler = Callable[["Ctx", MemberJoined], Awaitable[None]]
LeaveHandler = Callable[["Ctx", MemberLeft], Awaitable[None]]


@dataclass(frozen=True)
class Command:
    name: str
    aliases: tuple[str, ...]
    min_role: Role
    usage: str
    summary: str
    handler: CommandHandler


@dataclass(frozen=True)
class Natural:
    name: str
    matches: Matcher
    handler: TextHandler
    private: bool = False  # also answers in the private chat (a member's own records), see bot.direct


@dataclass(frozen=True)
class OnKind:
    """A handler for messages that are not text (a red packet, an image...)."""

    kind: Kind
    handler: TextHandler


@dataclass
class Router:
    name: str
    commands: list[Command] = field(default_factory=list)
    naturals: list[Natural] = field(default_factory=list)
    joins: list[JoinHandler] = field(default_factory=list)
    kinds: list[OnKind] = field(default_factory=list)
    lefts: list[LeaveHandler] = field(default_factory=list)

    def command(
        self, name: str, *, summary: str, aliases: tuple[str, ...] = (), min_role: Role = Role.MEMBER, usage: str = ""
    ) -> Callable[[CommandHandler], CommandHandler]:
        def register(handler: CommandHandler) -> CommandHandler:
            self.commands.append(Command(name, aliases, min_role, usage or f"/{name}", summary, handler))
            return handler

        return register

    def natural(self, matches: Matcher, *, private: bool = False) -> Callable[[TextHandler], TextHandler]:
        def register(handler: TextHandler) -> TextHandler:
            self.naturals.append(Natural(f"{self.name}.{handler.__name__}", matches, handler, private))
            return handler

        return register

    def joined(self, handler: JoinHandler) -> JoinHandler:
        self.joins.append(handler)
        return handler

    def left(self, handler: LeaveHandler) -> LeaveHandler:
        self.lefts.append(handler)
        return handler

    def on_kind(self, kind: Kind) -> Callable[[TextHandler], TextHandler]:
        def register(handler: TextHandler) -> TextHandler:
            self.kinds.append(OnKind(kind, handler))
            return handler

        return register
