"""Welcome and invites: joins within ``welcome.gather_seconds`` share one welcome (with the rules
summary and thanks to whoever invited them); each inviter is credited with points, taken back if
the invitee leaves within ``invites.min_stay_days``; ``/invites`` shows who brought most people."""
from __future__ import annotations

from datetime import datetime, time, timedelta
from functools import partial
from typing import Callable

from bot.context import Ctx
from bot.events import GroupMessage, MemberJoined, MemberLeft
from bot.members import display_names
from bot.roles import Role
from bot.router import Router
from storage import invites

router = Router("welcome")


@router.joined
async def welcome(ctx: Ctx, event: MemberJoined) -> None:
    settings = ctx.settings(event.group_id, event.group_name)
    if event.member.id == ctx.config.bot.id:
        return
    back = await ctx.db.read(partial(invites.left_before, group_id=event.group_id, member_id=event.member.id,
                                     at=event.at))
    if not back:  # a re-joiner earns the inviter nothing again
        await _credit_inviter(ctx, event)
    if not settings.welcome.enabled:
        return
    compose = partial(compose_welcome, render=ctx.renderer.render, group_name=event.group_name,
                      max_mentions=settings.welcome.max_mentions, rules=settings.welcome.rules_summary,
                      names=partial(display_names, ctx, event.group_id))
    poster = await ctx.pictures.maybe(settings.welcome.picture, "welcome picture") if ctx.pictures else ()
    ctx.outbox.gather(event.group_id, "welcome", (event, back), compose, settings.welcome.gather_seconds, rich=poster)


async def _credit_inviter(ctx: Ctx, event: MemberJoined) -> None:
    settings = ctx.settings(event.group_id, event.group_name)
    inviter = event.inviter
    if not settings.invites.enabled or not inviter or inviter in (event.member.id, ctx.config.bot.id):
        return
    if ctx.role_of(event.group_id, inviter, settings) >= Role.ASSISTANT:
        return  # bringing people in is the staff's job, not a game they play against members
    settings = settings.invites
    await ctx.db.write(partial(
        invites.record_joins, group_id=event.group_id, joins=[(event.member.id, inviter, event.at)],
        points=settings.points, daily_cap=settings.daily_cap,
        day_start=local_day_start(event.at, ctx.settings(event.group_id, event.group_name).zone)))


@router.left
async def take_back_early_invites(ctx: Ctx, event: MemberLeft) -> None:
    settings = ctx.settings(event.group_id, event.group_name).invites
    await ctx.db.write(partial(invites.revoke_if_early, group_id=event.group_id, member_id=event.member_id,
                               at=event.at, min_stay=timedelta(days=settings.min_stay_days), points=settings.points))


def compose_welcome(arrivals: list[tuple[MemberJoined, bool]], render: Callable[..., str], group_name: str,
                    max_mentions: int, rules: str = "", names: Callable[[], dict[str, str]] = dict
                    ) -> tuple[str, tuple[str, ...]]:
    """One welcome @-mentioning the newcomers (up to ``max_mentions``; the rest are counted).

    Composed when it is sent: whoever left meanwhile (spam accounts join and leave in seconds) is
    not welcomed, and nothing is said if nobody stayed; (event, back) parts mark re-joiners, who
    hear "欢迎回来" and whose inviters are not thanked again.
    """
    known = names()
    unique = [(e, back) for e, back in {e.member.id: (e, back) for e, back in arrivals}.values() if e.member.id in known]
    if not unique:
        return "", ()
    shown = unique[:max_mentions]
    inviters: dict[str, int] = {}
    for event, back in unique:
        if event.inviter and event.inviter in known and not back:
            inviters[known[event.inviter]] = inviters.get(known[event.inviter], 0) + 1
    returning = sum(1 for _, back in unique if back)
    text = render("welcome", group_name=group_name, count=len(unique) - returning, back=returning,
                  more=len(unique) - len(shown), rules=rules,
                  inviters=[{"name": name, "count": n} for name, n in inviters.items()])
    return text, tuple(e.member.id for e, _ in shown)


def local_day_start(at: datetime, zone) -> datetime:
    local = at.astimezone(zone)
    return datetime.combine(local.date(), time(0), zone)


@router.command("invites", aliases=("邀请榜", "邀请"), usage="/邀请榜", summary="看看谁邀请的新朋友最多")
async def show_invites(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    if not ctx.games.allow(f"invites:{msg.group_id}:{msg.sender.id}", msg.at, timedelta(minutes=10)):
        return
    rows = await top_inviters(ctx, msg.group_id, msg.group_name)
    ctx.reply(msg, "invites_board", rows=[{"rank": i, **row} for i, row in enumerate(rows, 1)],
              min_stay_days=ctx.settings(msg.group_id, msg.group_name).invites.min_stay_days)


async def top_inviters(ctx: Ctx, group_id: str, group_name: str, *, since: datetime | None = None,
                       limit: int = 10) -> list[dict]:
    """{name, count} of the best inviters: only inviters and invitees still in the group count, and not the staff."""
    names = display_names(ctx, group_id)
    settings = ctx.settings(group_id, group_name)
    members = {m for m in names if ctx.role_of(group_id, m, settings) < Role.ASSISTANT}
    rows = await ctx.db.read(partial(invites.top_inviters, group_id=group_id, present=members, since=since,
                                     limit=limit))
    return [{"name": names.get(m), "count": n} for m, n in rows]
