"""Scheduled posts, derived from config by stable id and re-synced on every change.

A job's id is ``<post id>@<group id>``. The last run is stored in ``job_state``,
so a restart neither repeats a post nor silently drops one: a run missed while
the bot was down is made late within the grace period, otherwise skipped with a
log line.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property, lru_cache, partial
from typing import Callable, Iterable

from apscheduler.triggers.cron import CronTrigger

from bot.config.schema import Config, ScheduledPost
from bot.context import Ctx
from bot.events import GroupInfo
from scheduler.actions import ACTIONS
from scheduler.cron import cron_trigger
from storage.db import DatabaseUnavailable
from storage.jobs import claim_runs, last_runs

log = logging.getLogger(__name__)

DEFAULT_GRACE = timedelta(minutes=30)


@dataclass(frozen=True)
class JobSpec:
    id: str
    group_id: str
    group_name: str
    post: ScheduledPost
    trigger: CronTrigger

    @cached_property
    def batch(self) -> tuple[str, str]:
        """Jobs with the same post run as one fan-out when due together."""
        return self.post.id, self.post.model_dump_json()


def derive_jobs(config: Config, groups: Iterable[GroupInfo]) -> dict[str, JobSpec]:
    jobs = {}
    for group in groups:
        settings = config.settings_for(group.id, group.name)
        for post in settings.schedule:
            if post.enabled:
                job_id = f"{post.id}@{group.id}"
                jobs[job_id] = JobSpec(job_id, group.id, group.name, post, _trigger(post.cron, settings.timezone))
    return jobs


@lru_cache(maxsize=1024)
def _trigger(cron: str, timezone: str) -> CronTrigger:
    """Shared between groups: a trigger holds no state, and 500 groups need not build 500 of them."""
    return cron_trigger(cron, timezone)


class Scheduler:
    def __init__(self, get_ctx: Callable[[], Ctx], grace: timedelta = DEFAULT_GRACE) -> None:
        self._get_ctx = get_ctx
        self.grace = grace
        self._jobs: dict[str, JobSpec] = {}
        self._next: dict[str, datetime] = {}
        self._unfinished: list[tuple[list[JobSpec], datetime]] = []  # claimed runs an outage interrupted
        # next_due's answer until _next or _unfinished change: the timeline asks after every message,
        # and 500 groups have thousands of jobs (None: not known)
        self._earliest: tuple[datetime | None] | None = None

    def upcoming(self) -> list[tuple[datetime, str]]:
        return sorted((due, job_id) for job_id, due in self._next.items())

    def jobs(self, group_id: str) -> list[JobSpec]:
        """One group's scheduled jobs (the dashboard lists their next runs)."""
        return [job for job in self._jobs.values() if job.group_id == group_id]

    async def sync(self, groups: Iterable[GroupInfo]) -> None:
        ctx = self._get_ctx()
        jobs = derive_jobs(ctx.config, groups)
        changed = [j for j in jobs.values() if _key(self._jobs.get(j.id)) != _key(j)]
        stored = await ctx.db.read(partial(last_runs, ids=[j.id for j in changed])) if changed else {}
        now = ctx.clock.now()
        for job in changed:
            last = stored.get(job.id)
            due = job.trigger.get_next_fire_time(last, last) if last else job.trigger.get_next_fire_time(None, now)
            self._set_next(job, due, now)
        self._next = {job_id: due for job_id, due in self._next.items() if job_id in jobs}
        self._earliest = None
        self._jobs = jobs

    def next_due(self) -> datetime | None:
        if self._earliest is None:
            unfinished = (due for _, due in self._unfinished)
            self._earliest = (min([*self._next.values(), *unfinished], default=None),)
        return self._earliest[0]

    async def run_due(self, now: datetime) -> None:
        """Everything due by ``now``; one post due in many groups at once is one fan-out.

        A database outage (``DatabaseUnavailable``) leaves every run not yet made due, so it is
        made when the timeline tries again (within the grace period), then re-raises."""
        await self._finish(now)
        batches: dict[tuple, list[JobSpec]] = {}
        following: dict[tuple, datetime | None] = {}  # 500 groups share a trigger: compute its next run once
        for index, (due, job_id) in enumerate(self.upcoming()):
            if due > now:
                break
            if index and index % 100 == 0:
                await asyncio.sleep(0)  # hundreds of groups due at once: let members' messages through
            job = self._jobs.get(job_id)
            if job is None:  # dropped by a reload while we yielded
                continue
            if due >= now - self.grace:
                batches.setdefault((due, *job.batch), []).append(job)
            else:
                log.warning("job %s: the run due at %s is more than %s late; skipped", job.id, due, self.grace)
            key = (id(job.trigger), due)
            if key not in following:
                following[key] = job.trigger.get_next_fire_time(due, due)
            self._set_next(job, following[key], now)
        ordered = sorted(batches.items(), key=lambda kv: kv[0][:2])
        for index, ((due, *_), jobs) in enumerate(ordered):
            try:
                await self._fire(jobs, due)
            except DatabaseUnavailable:
                for (later_due, *_), later in ordered[index + 1:]:
                    self._due_again(later, later_due)
                raise

    async def _finish(self, now: datetime) -> None:
        """Runs claimed before an outage whose action could not complete: their action again."""
        while self._unfinished:
            jobs, due = self._unfinished[0]
            if due < now - self.grace:
                log.warning("job %s: the run due at %s could not be made before the grace period ended; skipped",
                            jobs[0].post.id, due)
            else:
                await self._act(jobs, due)
            self._unfinished.pop(0)
            self._earliest = None

    def _set_next(self, job: JobSpec, due: datetime | None, now: datetime) -> None:
        if due is not None and due < now - self.grace:
            log.warning("job %s: the run due at %s was missed by more than %s; skipped", job.id, due, self.grace)
            due = job.trigger.get_next_fire_time(None, now)
        if due is None:
            self._next.pop(job.id, None)
        else:
            self._next[job.id] = due
        self._earliest = None

    async def _fire(self, jobs: list[JobSpec], due: datetime) -> None:
        ctx = self._get_ctx()
        # Claimed before posting: a crash in between loses this run rather than repeating it, and
        # of several workers firing the same run only one wins each job (storage/jobs.py).
        # Once queued, posts are stored until sent (pending_post), so a restart resumes them.
        try:
            won = set(await ctx.db.write(partial(claim_runs, job_ids=[job.id for job in jobs], due=due)))
        except DatabaseUnavailable as exc:
            log.error("job %s due %s: not claimed (%s); made when the database is back", jobs[0].post.id, due, exc)
            self._due_again(jobs, due)
            raise
        if len(won) < len(jobs):
            log.info("job %s due %s: %d of %d run(s) already made by another worker", jobs[0].post.id, due,
                     len(jobs) - len(won), len(jobs))
        jobs = [job for job in jobs if job.id in won]
        if not jobs:
            return
        self._unfinished.append((jobs, due))
        self._earliest = None
        await self._act(jobs, due)
        self._unfinished.remove((jobs, due))
        self._earliest = None

    def _due_again(self, jobs: list[JobSpec], due: datetime) -> None:
        for job in jobs:
            if job.id in self._jobs:
                self._next[job.id] = min(due, self._next.get(job.id, due))
        self._earliest = None

    async def _act(self, jobs: list[JobSpec], due: datetime) -> None:
        """The action of claimed runs. An outage re-raises (tried again: nothing was queued, or the
        send queue drops what it already sent as a duplicate); any other failure is logged."""
        post = jobs[0].post
        try:
            await ACTIONS[post.action](self._get_ctx(), post, jobs, due)
        except DatabaseUnavailable as exc:
            log.error("job %s (%s) due %s: %s; made again when the database is back", post.id, post.action, due, exc)
            raise
        except Exception:
            log.exception("job %s (%s) failed in %d group(s)", post.id, post.action, len(jobs))


def _key(job: JobSpec | None) -> tuple | None:
    return None if job is None else (job.post, str(job.trigger.timezone))
