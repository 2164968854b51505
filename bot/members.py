"""Showing members: by their group display name (identity stays the member id)."""
from __future__ import annotations

from bot.context import Ctx

def display_names(ctx: Ctx, group_id: str) -> dict[str, str]:
    group = ctx.transport.group(group_id)
    return {member.id: member.name for member in group.members} if group else {}


def display_name(ctx: Ctx, group_id: str, member_id: str) -> str | None:
    """None for someone no longer in the group (templates say so in words)."""
    return display_names(ctx, group_id).get(member_id)
