"""What a scheduled entry can do: the ONE table, by the ``action:`` key in config.

Each action receives the context, the schedule entry, every group's job due at
that moment (a fan-out to 500 groups is one call that enqueues paced sends) and
the due time. Adding an action — a quiz, a leaderboard — is one entry here.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Awaitable, Callable

from bot.handlers.community import greet_birthdays, group_health, reengage, suggest_members
from bot.handlers.content import in_slices, post_content, post_product
from bot.chain.coupon_reminders import remind_expiring
from bot.handlers.points import post_leaderboard
from bot.handlers.promises import remind_promises
from bot.handlers.quiz import start_quiz
from bot.handlers.redpacket import remind_plans
from bot.handlers.reports import send_weekly_reports

if TYPE_CHECKING:
    from bot.config.schema import ScheduledPost
    from bot.context import Ctx
    from scheduler.jobs import JobSpec

ScheduledAction = Callable[["Ctx", "ScheduledPost", "list[JobSpec]", datetime], Awaitable[None]]




async def start_quizzes(ctx: Ctx, post: ScheduledPost, jobs: list[JobSpec], due: datetime) -> None:
    """A question in each group (``theme``: a quiz bank; default the group's); a group with one open keeps it."""
    async for job in in_slices(jobs):
        await start_quiz(ctx, job.group_id, job.group_name, post.theme)


async def post_leaderboards(ctx: Ctx, post: ScheduledPost, jobs: list[JobSpec], due: datetime) -> None:
    """This week's or month's points board (``period``) in each group."""
    async for job in in_slices(jobs):
        await post_leaderboard(ctx, job.group_id, job.group_name, post.period)


ACTIONS: dict[str, ScheduledAction] = {
    "post": post_content,  # a fixed template, or the next item of a content-library series
    "product": post_product,  # the next product for the group's segment (and tags)
    "redpacket_plan": remind_plans,  # the red-packet policy's plan, to each group's owner
    "quiz": start_quizzes,  # a quiz question; the first right answer wins
    "leaderboard": post_leaderboards,  # the points board of the week or month
    "group_health": group_health,  # size, activity, trend and long-quiet members, to each owner
    "reengage": reengage,  # a gentle note to members quiet for a while (once per quiet spell)
    "suggestions": suggest_members,  # VIP and KOL candidates, to each owner (weekly)
    "promises": remind_promises,  # undelivered prizes, to each owner, until /兑现
    "birthdays": greet_birthdays,  # greetings for members who told us their birthday (/生日)
    "weekly_report": send_weekly_reports,  # the week as a picture, to each owner privately
    "coupon_reminders": remind_expiring,  # holders of coupons expiring by tomorrow night, privately, once each
}
