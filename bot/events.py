"""Typed, frozen events: what every adapter turns platform payloads into.

Identity is always a member id, never a display name. Times are aware UTC,
taken from the platform payload.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import StrEnum

from bot.rich import LinkCard, MiniProgramCard


def clean_text(text: str) -> str:
    """Text every database, log and JSON encoder accepts, made once at the adapter: a lone UTF-16
    surrogate (no UTF-8 can carry it) and NUL (PostgreSQL text refuses it) become U+FFFD; a
    surrogate pair split in two code points becomes its one character."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return text.replace("\x00", "\ufffd") if "\x00" in text else text


def clean_member(member: "Member") -> "Member":
    return Member(clean_text(member.id), clean_text(member.name))


class Kind(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    LINK = "link"
    MINI_PROGRAM = "mini_program"
    CARD = "card"
    RED_PACKET = "red_packet"
    TRANSFER = "transfer"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Member:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Quote:
    """The message a reply quotes (WeChat's 引用), as the platform shows it: its sender's display name and text."""

    name: str
    text: str


@dataclass(frozen=True, slots=True)
class GroupMessage:
    group_id: str
    group_name: str
    sender: Member
    text: str
    at: datetime
    kind: Kind = Kind.TEXT
    mentions: tuple[str, ...] = ()
    mentions_bot: bool = False
    message_id: str = ""
    image: bytes | None = field(default=None, repr=False)  # image messages: the bytes, where the adapter has them
    card: LinkCard | MiniProgramCard | None = None  # a shared link or mini-program, where the adapter has it
    quote: Quote | None = None  # the message this one replies to; ``text`` still shows it as the platform does
    private: bool = False  # said to the bot privately, about this group (bot.direct): answers go back privately

    def __post_init__(self) -> None:
        _check_utc(self.at)


def with_card(text: str, card: LinkCard | MiniProgramCard | None) -> str:
    """A message's text with what its card shows (title, description, a link's address) added, so
    every rule reads a shared card as members see it. Adapters call it once, at the boundary. A
    mini-program's app id stays out: "wx" + 16 hex digits reads like a WeChat id to the ad rule."""
    if card is None:
        return text
    shown = [card.title, card.description, card.url if isinstance(card, LinkCard) else ""]
    return "\n".join(dict.fromkeys(part for part in (text.strip(), *shown) if part))


@dataclass(frozen=True, slots=True)
class MemberJoined:
    group_id: str
    group_name: str
    member: Member
    at: datetime
    inviter: str | None = None

    def __post_init__(self) -> None:
        _check_utc(self.at)


@dataclass(frozen=True, slots=True)
class MemberLeft:
    group_id: str
    group_name: str
    member_id: str
    at: datetime

    def __post_init__(self) -> None:
        _check_utc(self.at)


@dataclass(frozen=True, slots=True)
class DirectMessage:
    sender: Member
    text: str
    at: datetime

    def __post_init__(self) -> None:
        _check_utc(self.at)


GroupEvent = GroupMessage | MemberJoined | MemberLeft
Event = GroupEvent | DirectMessage


@dataclass(frozen=True, slots=True)
class GroupInfo:
    """What an adapter knows about a group the bot is in."""

    id: str
    name: str
    owner: str
    members: tuple[Member, ...] = field(default=())
    bot_is_owner: bool = False


def _check_utc(at: datetime) -> None:
    if at.tzinfo is None or at.utcoffset() != timezone.utc.utcoffset(None):
        raise ValueError(f"event time must be aware UTC, got {at!r}")
