"""A basic welcome for new members, gathered: 300 joins in a minute are one or two messages."""
from __future__ import annotations

from functools import partial
from typing import Callable

from bot.context import Ctx
from bot.events import Member, MemberJoined
from bot.router import Router

router = Router("welcome")


@router.joined
async def welcome(ctx: Ctx, event: MemberJoined) -> None:
    settings = ctx.settings(event.group_id, event.group_name).welcome
    if not settings.enabled or event.member.id == ctx.config.bot.id:
        return
    compose = partial(compose_welcome, render=ctx.renderer.render, group_name=event.group_name,
                      max_mentions=settings.max_mentions)
    ctx.outbox.gather(event.group_id, "welcome", event.member, compose, settings.gather_seconds)


def compose_welcome(members: list[Member], render: Callable[..., str], group_name: str,
                    max_mentions: int) -> tuple[str, tuple[str, ...]]:
    """One welcome @-mentioning the newcomers (up to ``max_mentions``; the rest are counted)."""
    unique = list({m.id: m for m in members}.values())
    shown = unique[:max_mentions]
    text = render("welcome", group_name=group_name, count=len(unique), more=len(unique) - len(shown))
    return text, tuple(m.id for m in shown)
