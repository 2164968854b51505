"""The weekly report picture, sent to each group's owner privately on schedule.

The same picture as the dashboard's (bot/dashboard/report.py): the week's messages, active
members, joins and leaves, and the group's health, for owners who would rather look than read.
Drawn on a worker thread, one group at a time, so a fan-out never stalls the loop.
"""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from functools import partial

from bot.context import Ctx
from bot.dashboard import queries
from bot.dashboard.report import render_weekly
from bot.handlers.community import groups_of
from bot.handlers.welcome import top_inviters
from bot.rich import Picture


async def send_weekly_reports(ctx: Ctx, post, jobs: list, due: datetime) -> None:
    """Scheduled: each group's week as a picture (with one line of text), to its owner."""
    async for group, settings in groups_of(ctx, jobs):
        today = due.astimezone(settings.zone).date()
        series = await ctx.db.read(partial(queries.activity, group_id=group.id, today=today, days=7))
        health = (await ctx.db.read(partial(
            queries.overview, groups={group.id: (group.name, len(group.members))}, today=today, now=due,
            full_group=ctx.config.dashboard.full_group)))[0]
        png = await asyncio.to_thread(render_weekly, group.name, series, health)
        inviters = await top_inviters(ctx, group.id, group.name, since=due - timedelta(days=7), limit=5)
        text = ctx.renderer.render("weekly_report", group_name=group.name, messages=sum(series["messages"]),
                                   joins=sum(series["joins"]), leaves=sum(series["leaves"]), inviters=inviters)
        ctx.outbox.direct(group.owner, text, rich=(Picture(f"{group.name}-周报-{today:%m%d}.png", png),))
