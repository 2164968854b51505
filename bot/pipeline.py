"""The pipeline: ingest and log -> moderation -> slash commands -> natural handlers.

Events of one group are processed one at a time, in arrival order; groups run in
parallel. A direct message is served as if said in the sender's group (``bot.direct``). ``await feed(event)`` returns when every effect is done: rows
committed, replies queued.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Callable

from bot.commands import parse_command
from bot.context import Ctx
from bot.direct import about_group
from bot.events import DirectMessage, Event, GroupEvent, GroupMessage, Kind, MemberJoined, MemberLeft
from bot.moderation import moderate
from bot.roles import Role
from storage.db import DatabaseUnavailable

log = logging.getLogger(__name__)

REFUSE_EVERY = timedelta(minutes=10)


class Pipeline:
    def __init__(self, get_ctx: Callable[[], Ctx], owns: Callable[[str], bool] = lambda group_id: True) -> None:
        self._get_ctx = get_ctx
        self._owns = owns  # the groups this worker serves (a direct message is about one of them)
        self._locks: dict[str, asyncio.Lock] = {}
        self._chosen: dict[str, str] = {}  # member -> the group their private chat is about (last named)

    async def feed(self, event: Event) -> None:
        key = f"dm:{event.sender.id}" if isinstance(event, DirectMessage) else event.group_id
        async with self._locks.setdefault(key, asyncio.Lock()):
            ctx = self._get_ctx()
            try:
                ctx.db.log(_log_row(event))
                if isinstance(event, DirectMessage):
                    await _on_direct(ctx, event, self._owns, self._chosen)
                else:
                    await _process(ctx, event)
            except DatabaseUnavailable as exc:  # an outage, not a bug: one line, no traceback
                log.error("%s from %s not fully handled: %s", type(event).__name__, _who(event), exc)
            except Exception:
                log.exception("failed to process %r", event)


async def _process(ctx: Ctx, event: GroupEvent) -> None:
    if isinstance(event, GroupMessage) and event.sender.id != ctx.config.bot.id:
        await _on_message(ctx, event)
    elif isinstance(event, MemberJoined):
        for handler in ctx.joins:
            await handler(ctx, event)
    elif isinstance(event, MemberLeft):
        for handler in ctx.lefts:
            await handler(ctx, event)


async def _on_message(ctx: Ctx, msg: GroupMessage) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    role = ctx.role_of(msg.group_id, msg.sender.id, settings)
    if role < Role.ASSISTANT and await moderate(ctx, msg, settings):
        return
    if ctx.questions is not None:
        await ctx.questions.seen(ctx, msg)
    if msg.kind != Kind.TEXT:
        for on_kind in ctx.on_kinds:
            if on_kind.kind == msg.kind:
                await on_kind.handler(ctx, msg)
        return
    await _answer(ctx, msg, role, parse_command(msg.text))


async def _answer(ctx: Ctx, msg: GroupMessage, role: Role, parsed) -> bool:
    """A slash command, else the first natural handler that matches; whether anything answered."""
    if parsed is not None:
        command = ctx.find_command(parsed.name)
        if command is None:
            ctx.reply(msg, "unknown_command", name=parsed.name)
        elif role < command.min_role:
            # Politely, and once in a while: someone trying staff commands again and again gets silence.
            if ctx.games.allow(f"refused:{msg.group_id}:{msg.sender.id}", msg.at, REFUSE_EVERY):
                ctx.reply(msg, "not_allowed", name=parsed.name, roles=command.min_role.holders)  # as typed: /抽奖, not /lottery
        else:
            await command.handler(ctx, msg, parsed.args)
        return True
    for natural in ctx.naturals:
        if (natural.private or not msg.private) and natural.matches(ctx, msg):
            await natural.handler(ctx, msg)
            return True
    return False


async def _on_direct(ctx: Ctx, dm: DirectMessage, owns: Callable[[str], bool], chosen: dict[str, str]) -> None:
    """A private message: served as if said in the member's group, answered privately."""
    if dm.sender.id == ctx.config.bot.id:
        return
    groups = [g for g in ctx.transport.groups() if owns(g.id)]
    found = about_group(ctx, dm, groups, chosen.get(dm.sender.id))
    if found.group is None:
        template = "direct_which_group" if found.candidates else "direct_no_group"
        ctx.tell(dm.sender.id, template, about=dm.sender.id, groups=[g.name for g in found.candidates])
        return
    chosen[dm.sender.id] = found.group.id
    msg = found.message
    role = ctx.role_of(msg.group_id, msg.sender.id, ctx.settings(msg.group_id, msg.group_name))
    if not msg.text or not await _answer(ctx, msg, role, found.command):
        ctx.reply(msg, "direct_menu", group_name=msg.group_name, staff=role >= Role.ASSISTANT,
                  several=len(found.candidates) > 1)


def _who(event: Event) -> str:
    member = getattr(event, "sender", None) or getattr(event, "member", None)
    member_id = member.id if member is not None else getattr(event, "member_id", "?")
    return f"{member_id} in {getattr(event, 'group_id', 'a private chat')}"


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
