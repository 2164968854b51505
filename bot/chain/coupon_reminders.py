"""Coupons expire at the end of a group-local day, and their holders are reminded the day before.

The reminder is the scheduled action ``coupon_reminders`` (shipped daily at 10:30): each unused
coupon expiring by the end of tomorrow is marked reminded in SQL and its holder told privately,
never in the group; one message per member and group, once per coupon; in the group's quiet
hours the message waits for their end.
"""
from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import partial
from itertools import groupby
from typing import TYPE_CHECKING

from bot.config.schema import GroupSettings
from bot.deadline_text import local_text
from bot.send_queue import Priority, quiet_until
from storage import coupons
from storage.models import Coupon

if TYPE_CHECKING:
    from bot.context import Ctx

log = logging.getLogger(__name__)

REMIND_DAYS_AHEAD = 1  # coupons expiring by the end of tomorrow are reminded


def end_of_day(day: date, settings: GroupSettings) -> datetime:
    """The first moment after the group-local ``day`` (a coupon is usable while ``at < expires_at``)."""
    return datetime.combine(day + timedelta(days=1), time(), settings.zone).astimezone(timezone.utc)


def coupon_fields(coupon: Coupon, zone: tzinfo) -> dict:
    """A coupon as templates show it; ``expires`` is the last minute it is usable ("2026-11-30 23:59")."""
    last = coupon.expires_at - timedelta(minutes=1)
    return dict(code=coupon.code, title=coupon.title, face_value=f"{coupon.face_value:g}",
                threshold=f"{coupon.threshold:g}" if coupon.threshold else "",
                expires=last.astimezone(zone).strftime("%Y-%m-%d %H:%M"), status=coupon.status,
                redeemed_at=local_text(coupon.redeemed_at, zone) if coupon.redeemed_at else "")


async def remind_expiring(ctx: "Ctx", post, jobs: list, due: datetime) -> None:
    """Scheduled: holders of unused coupons that expire by the end of tomorrow, privately, once per coupon."""
    for job in jobs:
        settings = ctx.settings(job.group_id, job.group_name)
        before = end_of_day(due.astimezone(settings.zone).date() + timedelta(days=REMIND_DAYS_AHEAD), settings)
        expiring = await ctx.db.write(partial(coupons.due_reminders, group_id=job.group_id, before=before, at=due))
        waits = quiet_until(settings, due)
        for member_id, theirs in groupby(expiring, key=lambda c: c.member_id):
            ctx.outbox.direct(member_id, ctx.renderer.render(
                "coupon_expiring", group_name=job.group_name, coupons=[coupon_fields(c, settings.zone) for c in theirs]),
                Priority.BROADCAST, not_before=waits)
        if expiring:
            log.info("reminded %d coupon(s) expiring by %s in %s", len(expiring), before.isoformat(), job.group_id)
