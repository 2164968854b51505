"""Hourly upkeep on the timeline: roll up the engagement log, drop message bodies past retention
and the bot's questions to members ("您是要订 2 份…吗？") that expired unanswered."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import partial
from typing import Callable
from zoneinfo import ZoneInfo

from bot.context import Ctx
from storage import held, pending_asks
from storage.rollups import purge_bodies, refresh

log = logging.getLogger(__name__)

EVERY = timedelta(hours=1)
SOON = timedelta(minutes=1)  # a backlog (after an upgrade) is rolled up a few chunks a minute
CHUNKS_PER_RUN = 4  # bounded: the writer stays free for acknowledged writes between chunks


def utc_offset(ctx: Ctx) -> timedelta:
    """The defaults' timezone offset now: the roll-ups' local day."""
    return ZoneInfo(ctx.config.defaults.timezone).utcoffset(ctx.clock.now()) or timedelta(0)


async def catch_up(ctx: Ctx, max_chunks: int = CHUNKS_PER_RUN) -> bool:
    """Roll up log rows written so far, one bounded transaction at a time; True when more remain."""
    offset = utc_offset(ctx)
    for _ in range(max_chunks):
        if not await ctx.db.write(partial(refresh, offset=offset), log_barrier=True):
            return False
    return True


class Housekeeping:
    """A TimedSource (scheduler/timeline.py)."""

    def __init__(self, get_ctx: Callable[[], Ctx]) -> None:
        self._get_ctx = get_ctx
        self._next: datetime | None = None

    def next_due(self) -> datetime:
        if self._next is None:
            self._next = self._get_ctx().clock.now() + SOON
        return self._next

    async def run_due(self, now: datetime) -> None:
        ctx = self._get_ctx()
        backlog = await catch_up(ctx)
        self._next = now + (SOON if backlog else EVERY)
        keep = timedelta(days=ctx.config.storage.message_text_days)
        purged = await ctx.db.write(partial(purge_bodies, before=now - keep))
        if purged:
            log.info("dropped the text of %d messages older than %d days (storage.message_text_days)",
                     purged, keep.days)
        await ctx.db.write(partial(pending_asks.prune, now=now))
        await ctx.db.write(partial(held.prune, now=now))
