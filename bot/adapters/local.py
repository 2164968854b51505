"""The embedded local adapter: an in-process chat platform.

It is a real adapter, used by the playground, the replay tool and the tests:
members are declared, post, join and leave through it, and everything the bot
sends comes out of it as action records (the replay output format). Listeners
see both what members do and what the bot does.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Callable, Sequence

from bot.clock import Clock
from bot.events import (DirectMessage, GroupInfo, GroupMessage, Kind, Member, MemberJoined, MemberLeft, clean_member,
                        clean_text, with_card)
from bot.rich import LinkCard, MiniProgramCard, Picture, Rich
from bot.text import parse_quote
from bot.transport import RateLimited

Listener = Callable[[dict], None]
PICTURES_KEPT = 100  # the playground shows sent pictures by their hash


@dataclass
class _Group:
    info: GroupInfo
    members: dict[str, Member] = field(default_factory=dict)  # changed only by ``add`` and ``remove``
    _snapshot: GroupInfo | None = None  # the roster as of the last change (roles are read on every message)

    def snapshot(self) -> GroupInfo:
        if self._snapshot is None:
            self._snapshot = replace(self.info, members=tuple(self.members.values()))
        return self._snapshot

    def add(self, member: Member, *, again: bool = True) -> None:
        """``again``: a member already there is replaced (a new name)."""
        if again or member.id not in self.members:
            self.members[member.id] = member
            self._snapshot = None

    def remove(self, member_id: str) -> None:
        if self.members.pop(member_id, None) is not None:
            self._snapshot = None


class LocalAdapter:
    def __init__(self, clock: Clock, bot: Member) -> None:
        self.clock = clock
        self.bot = bot
        self._groups: dict[str, _Group] = {}
        self._listeners: list[Listener] = []
        self._watchers = 0  # listeners that want what members do, not only the bot's actions
        self._refusals: list[str] = []  # platform errors the next sends will meet
        self.pictures: OrderedDict[str, Picture] = OrderedDict()  # the last pictures sent, by sha256

    def subscribe(self, listener: Listener, *, events: bool = True) -> Callable[[], None]:
        """``events=False``: ``listener`` wants the bot's actions only (a replay prints nothing else), so
        no record of what members do is built for it."""
        listener = listener if events else _actions_only(listener)
        self._listeners.append(listener)
        self._watchers += events

        def unsubscribe() -> None:
            self._listeners.remove(listener)
            self._watchers -= events
        return unsubscribe

    # --- the platform side: groups and what members do -------------------------------

    def add_group(self, info: GroupInfo) -> None:
        """The bot is in this group (re-declaring a group replaces its roster)."""
        members = [clean_member(m) for m in info.members]
        info = replace(info, id=clean_text(info.id), name=clean_text(info.name), owner=clean_text(info.owner), members=())
        self._groups[info.id] = _Group(info, {m.id: m for m in members})

    def member(self, group_id: str, member_id: str) -> Member:
        group = self._group(group_id)
        return group.members.get(member_id) or Member(member_id, member_id)

    def message(self, group_id: str, member_id: str, text: str, *, at: datetime | None = None,
                kind: Kind = Kind.TEXT, mentions: Sequence[str] = (), name: str | None = None,
                message_id: str = "", image: bytes | None = None,
                card: LinkCard | MiniProgramCard | None = None) -> GroupMessage:
        group_id, member_id, text = clean_text(group_id), clean_text(member_id), clean_text(text)  # made valid once
        group = self._group(group_id)
        quote, text = parse_quote(text), with_card(text, card)
        sender = self.member(group_id, member_id)
        if name is not None and clean_text(name) != sender.name:
            sender = Member(member_id, clean_text(name))
        group.add(sender, again=False)
        mentions = tuple(clean_text(m) for m in mentions)
        mentions_bot = self.bot.id in mentions or f"@{self.bot.name}" in text
        event = GroupMessage(group_id, group.info.name, sender, text, self._at(at), kind, mentions,
                             mentions_bot, message_id, image, card=card, quote=quote)
        if image is not None:  # the playground shows it by its hash
            picture = Picture("picture", image)
            self._keep(picture)
        if self._watchers:  # a record per message costs more than the rest of this method
            record = {"event": "message", "t": _iso(event.at), "group": group_id, "from": member_id,
                      "name": sender.name, "text": text, "kind": kind.value, "mentions": list(mentions)}
            if card is not None:
                record["card"] = card.record()
            if image is not None:
                record["image"] = picture.sha256
            self._emit(record)
        return event

    def join(self, group_id: str, member: Member, *, inviter: str | None = None,
             at: datetime | None = None) -> MemberJoined:
        group_id, member, inviter = clean_text(group_id), clean_member(member), inviter and clean_text(inviter)
        group = self._group(group_id)
        group.add(member)
        event = MemberJoined(group_id, group.info.name, member, self._at(at), inviter)
        self._emit({"event": "join", "t": _iso(event.at), "group": group_id, "member": member.id,
                    "name": member.name, "inviter": inviter})
        return event

    def leave(self, group_id: str, member_id: str, *, at: datetime | None = None) -> MemberLeft:
        group_id, member_id = clean_text(group_id), clean_text(member_id)
        group = self._group(group_id)
        group.remove(member_id)
        event = MemberLeft(group_id, group.info.name, member_id, self._at(at))
        self._emit({"event": "leave", "t": _iso(event.at), "group": group_id, "member": member_id})
        return event

    def direct(self, member_id: str, text: str, *, at: datetime | None = None,
               name: str | None = None) -> DirectMessage:
        member = clean_member(Member(member_id, name or member_id))
        event = DirectMessage(member, clean_text(text), self._at(at))
        self._emit({"event": "direct_in", "t": _iso(event.at), "from": member.id, "text": event.text})
        return event

    def refuse_sends(self, count: int = 1, error: str = "发送消息过于频繁，请稍后再试") -> None:
        """The platform's risk control: the next ``count`` sends are refused with ``error``."""
        self._refusals += [error] * count

    # --- Transport: what the bot does ----------------------------------------------

    async def send_text(self, group_id: str, text: str, mentions: Sequence[str] = ()) -> None:
        self._group(group_id)
        if self._refusals:
            raise RateLimited(self._refusals.pop(0))
        self._emit({"action": "say", "t": _iso(self.clock.now()), "group": group_id, "text": text,
                    "mentions": list(mentions)})

    async def remove_member(self, group_id: str, member_id: str) -> None:
        if not self.can_remove(group_id):
            raise PermissionError(f"the bot is not the owner of {group_id} and cannot remove members")
        self._group(group_id).remove(member_id)
        self._emit({"action": "remove", "t": _iso(self.clock.now()), "group": group_id, "member": member_id})

    async def send_direct(self, member_id: str, text: str) -> None:
        self._emit({"action": "direct", "t": _iso(self.clock.now()), "to": member_id, "text": text})

    async def send_rich(self, conversation_id: str, item: Rich, *, direct: bool = False) -> None:
        if not direct:
            self._group(conversation_id)
            if self._refusals:
                raise RateLimited(self._refusals.pop(0))
        record = item.record()
        if isinstance(item, Picture):
            self._keep(item)
        self._emit({"action": record.pop("kind"), "t": _iso(self.clock.now()),
                    ("to" if direct else "group"): conversation_id, **record})

    def _keep(self, picture: Picture) -> None:
        self.pictures[picture.sha256] = picture
        while len(self.pictures) > PICTURES_KEPT:
            self.pictures.popitem(last=False)

    def can_remove(self, group_id: str) -> bool:
        return self._group(group_id).info.bot_is_owner

    def group(self, group_id: str) -> GroupInfo | None:
        group = self._groups.get(group_id)
        return None if group is None else group.snapshot()

    def groups(self) -> list[GroupInfo]:
        return [g.snapshot() for g in self._groups.values()]

    # --- helpers -------------------------------------------------------------------

    def _group(self, group_id: str) -> _Group:
        try:
            return self._groups[group_id]
        except KeyError:
            raise KeyError(f"unknown group {group_id!r}: the bot is not in it") from None

    def _at(self, at: datetime | None) -> datetime:
        return self.clock.now() if at is None else at

    def _emit(self, record: dict) -> None:
        for listener in list(self._listeners):
            listener(record)


def _actions_only(listener: Listener) -> Listener:
    return lambda record: "action" in record and listener(record)


def _iso(at: datetime) -> str:
    return at.isoformat()
