"""The private chat with the bot: which group a direct message is about, and what it asks.

A member (or a staff member) writes to the bot privately: "我的积分", "/stats", "生日 05-12".
The message is served as if said in one of their groups, with the roles they hold there
(by member id), and every answer goes back privately (``GroupMessage.private``). Someone in
several groups names the group anywhere in the message ("宝妈育儿群 我的积分"); the last
group named is remembered (in the database: a restart keeps it). In private the slash is optional.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.commands import ParsedCommand, parse_command
from bot.events import DirectMessage, GroupInfo, GroupMessage, Member

if TYPE_CHECKING:
    from bot.context import Ctx


@dataclass(frozen=True)
class Found:
    group: GroupInfo | None  # None: not in any group, or in several and none named
    candidates: tuple[GroupInfo, ...]  # the groups the sender belongs to
    message: GroupMessage | None = None
    command: ParsedCommand | None = None


def member_groups(ctx: "Ctx", member_id: str, groups: list[GroupInfo]) -> tuple[GroupInfo, ...]:
    """The groups someone belongs to: as a member on the roster, the owner, or an assistant."""
    return tuple(g for g in groups if member_id == g.owner or any(m.id == member_id for m in g.members)
                 or member_id in ctx.settings(g.id, g.name).assistants)


def about_group(ctx: "Ctx", dm: DirectMessage, groups: list[GroupInfo], remembered: str | None) -> Found:
    mine = member_groups(ctx, dm.sender.id, groups)
    text = dm.text.strip()
    named = next((g for g in sorted(mine, key=lambda g: -len(g.name)) if g.name and g.name in text), None)
    if named is not None:
        text = " ".join(text.replace(named.name, " ").split())
    group = named or (mine[0] if len(mine) == 1 else next((g for g in mine if g.id == remembered), None))
    if group is None:
        return Found(None, mine)
    sender = next((m for m in group.members if m.id == dm.sender.id), dm.sender)
    # "@小美" in a private message names a member of that group, as a mention would in the group.
    mentions = tuple(m.id for m in group.members if m.name and f"@{m.name}" in text)
    msg = GroupMessage(group.id, group.name, Member(sender.id, sender.name), text, dm.at, mentions=mentions,
                       private=True)
    return Found(group, mine, msg, _command(ctx, text))


def _command(ctx: "Ctx", text: str) -> ParsedCommand | None:
    """``/积分`` as in a group; in private also ``积分`` or ``生日 05-12`` when the first word names a command."""
    if (parsed := parse_command(text)) is not None:
        return parsed
    word, _, rest = text.partition(" ")
    return ParsedCommand(word, rest.strip()) if word and ctx.find_command(word) is not None else None
