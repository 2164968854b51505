"""Wiring: one Bot = config + clock + storage + transport + pipeline + timeline.

With ``accounts:`` in config, a Bot is one account's worker (bot/accounts.py): it serves only
its own groups, and only the lead account's worker runs housekeeping.
"""
from __future__ import annotations

import asyncio
import gc
import logging
import random
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path

from bot.accounts import Ownership, unknown_account
from bot.clock import Clock
from bot.config.schema import Config, GroupSettings
from bot.config.issues import render
from bot.config.loader import ConfigError, load_config
from bot.config.watch import ConfigWatch
from bot.content_library import content_paths, load_content
from bot.context import Ctx
from bot.directory import Directory
from bot.moderation.escalation import alert_staff
from bot.events import Event, GroupInfo, MemberJoined, MemberLeft
from bot.games import Games
from bot.media import Pictures
from bot.handlers import DEADLINES, ROUTERS
from bot.questions.faq import load_faq
from bot.housekeeping import Housekeeping
from bot.pipeline import Pipeline
from bot.questions.watch import QuestionDesk
from bot.roles import Role
from bot.rules import ModerationMemory, build_rules
from bot.send_queue import Priority, SendQueue
from bot.templates import Renderer, shipped_templates
from bot.transport import Transport
from bot.warm_up import warm_up
from scheduler.jobs import Scheduler
from scheduler.timeline import Timeline
from storage import Database
from storage.content import sync_config_tags
from storage.outbox import mark_sending, pending, remove_pending
from storage.roles import all_roles

log = logging.getLogger(__name__)


def _settle_heap() -> None:
    """Once per process, at the first live start: what start-up built (config, lexicons, pinyin and FAQ
    tables, compiled templates: some 400,000 objects) is moved out of the garbage collector's way
    (``gc.freeze``). Else every full collection walks it all: a pause of 100-300 ms on the event loop,
    the tail of the reply latency. Objects are still freed when nothing refers to them."""
    if gc.get_freeze_count() == 0:
        gc.collect()
        gc.freeze()


class Bot:
    def __init__(self, config: Config, *, transport: Transport, clock: Clock, db: Database,
                 config_path: Path | None = None, rng: random.Random | None = None, account: str | None = None) -> None:
        self.account = account  # None: the single-account setup, every group is ours
        self.ownership = Ownership.of(config, account)
        self.config_path = config_path
        self.base_dir = config_path.parent if config_path else Path(".")
        self.transport = transport
        self.clock = clock
        self.db = db
        self.timeline = Timeline(clock)
        self.outbox = SendQueue(transport, clock, config.send, rng or random.Random(), on_put=self.timeline.poke,
                                group_settings=self._group_settings, pause_text=self._pause_text,
                                on_done=self._forget_pending, on_sending=self._mark_sending)
        self._group_names: dict[str, str] = {}
        self.scheduler = Scheduler(lambda: self.ctx)
        self.games = Games(lambda: self.ctx, DEADLINES, on_change=self.timeline.poke)
        self.moderation_memory = ModerationMemory()  # flood windows and standings survive reloads
        self.questions = QuestionDesk(lambda: self.ctx, on_change=self.timeline.poke)
        self.granted: dict = {}  # honorary roles given with /role, by (group, member)
        self.timeline.sources = [self.scheduler, self.games, self.questions, self.outbox]
        self.housekeeping = Housekeeping(lambda: self.ctx)
        if self.ownership.lead:  # roll-ups must not run in two processes at once
            self.timeline.sources.append(self.housekeeping)
        self.directory = Directory(lambda: self.ctx, lambda: self.ownership)
        self.timeline.sources.append(self.directory)
        self.config_watch = ConfigWatch(self)  # on the timeline of a live bot with a config file (``start``)
        self._durable_loaded = False
        self._unassigned_warned: set[str] = set()
        self._gap_told_at: datetime | None = None
        self.pictures = Pictures(self.base_dir)
        self.ctx = self._build_ctx(config)
        self.pipeline = Pipeline(lambda: self.ctx, owns=self.owns, on_change=self.timeline.poke,
                                 on_outage_over=self._held_dropped)
        self.timeline.sources.append(self.pipeline)  # events an outage interrupted, handled again
        self.games.held_before = self.pipeline.held.before  # (z33) a deadline waits for the messages sent before it
        self._tasks: list[asyncio.Task] = []
        self.watchdog_restart_seconds = 10.0
        self._timeline_alerted = False
        db.on_fault = self._storage_fault

    async def start(self, *, realtime: bool) -> None:
        """Start storage and jobs; ``realtime`` runs the timeline on the clock by itself."""
        settings = self.ctx.config.defaults  # the learned models loaded off the loop, before the first message
        await asyncio.to_thread(warm_up, self.ctx.faq.get(settings.faq.file) if settings.faq.enabled else None,
                                settings.faq.threshold, tuple(settings.signin.triggers))
        await self.db.start()
        self.granted.update({key: Role(value) for key, value in (await self.db.read(all_roles)).items()})
        await self.db.write(partial(sync_config_tags, tags=self.ctx.config.member_tags))
        if self.account is None:
            await self._load_durable()
        await self.groups_changed()  # an account's worker loads its durable work once it knows its groups
        if realtime:
            if self.config_path is not None:  # configs saved in the dashboard by any worker
                await self.config_watch.start()
                self.timeline.sources.append(self.config_watch)
            self._tasks.append(asyncio.create_task(self._keep_timeline(), name="timeline"))
            _settle_heap()

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        if len(self.outbox):
            log.warning("stopping with %d unsent messages in the send queue: %s", len(self.outbox), self.outbox.unsent())
        if held := len(self.pipeline.held):
            log.warning("stopping with %d messages a database outage interrupted, never handled (kept in memory only)",
                        held)
        await self.db.close()

    async def _keep_timeline(self) -> None:
        """The watchdog: the timeline guards each source itself, so if the loop still ends it is a bug
        that would silently stop every post, paced reply and confirmation. Say so loudly, tell the
        owners once, and start it again."""
        while True:
            try:
                await self.timeline.run_forever()
            except Exception:
                log.critical("the timeline stopped: nothing timed or paced is sent until it runs again; "
                             "restarting it in %.0f s", self.watchdog_restart_seconds, exc_info=True)
            await self._alert_timeline_stopped()
            await self.clock.sleep_until(self.clock.now() + timedelta(seconds=self.watchdog_restart_seconds))

    async def _alert_timeline_stopped(self) -> None:
        if self._timeline_alerted:
            return
        self._timeline_alerted = True
        text = self.ctx.renderer.render("timeline_stopped")
        for member in self._owners():
            try:  # straight to the transport: the send queue runs on the timeline that stopped
                await self.transport.send_direct(member, text)
            except Exception:
                log.exception("could not tell %s that the timeline stopped", member)

    def _storage_fault(self, kind: str) -> None:
        """The database file went wrong under us: the owners hear it once (through the queue: a
        private message needs no database)."""
        self._alert(self._owners(), self.ctx.renderer.render("storage_fault", kind=kind))

    def _held_dropped(self, handled: int, dropped: int, members: int) -> None:
        """After an outage: if messages were dropped (over the bound), the owners hear it once."""
        if dropped:
            self._alert(self._owners(), self.ctx.renderer.render("held_dropped_owner", handled=handled,
                                                                 dropped=dropped, members=members))

    def _alert(self, members: list[str], text: str) -> None:
        """The bot's own trouble, privately (through the queue: it needs no database), with any other alerts
        to the same person in a flood gathered into one digest."""
        for member in members:
            alert_staff(self.ctx, member, text, self.ctx.config.defaults)

    def _owners(self) -> list[str]:
        """Who hears about the bot's own trouble: send.alert_to, else every group owner."""
        return self.ctx.config.send.alert_to or sorted({g.owner for g in self.transport.groups() if g.owner})

    async def handle(self, event: Event) -> None:
        group_id = getattr(event, "group_id", None)
        if group_id is not None and not self.ownership.owns(group_id, event.group_name):
            return  # another account serves this group (or none does): no second log line, no second answer
        await self.pipeline.feed(event)
        if isinstance(event, (MemberJoined, MemberLeft)):
            self.directory.changed(group_id, self.clock.now())
            self.timeline.poke()

    def owns(self, group_id: str) -> bool:
        """Whether this worker serves the group (by id, or by the name the transport knows it by)."""
        return self.ownership.owns(group_id, self._group_names.get(group_id, ""))

    async def groups_changed(self) -> None:
        """The bot joined or left a group (or logged in): re-derive its scheduled jobs, record its groups."""
        groups = self.transport.groups()
        self._group_names = {group.id: group.name for group in groups}
        self.outbox.changed()  # a group's settings follow its name
        own = [group for group in groups if self.ownership.owns(group.id, group.name)]
        self._warn_unassigned(groups)
        await self.scheduler.sync(own)
        if not self._durable_loaded and groups:
            await self._load_durable()
        await self.directory.publish(retire=bool(groups))  # before the login the transport knows no groups

    def _warn_unassigned(self, groups: list[GroupInfo]) -> None:
        if self.account is None or not groups:
            return
        seen = {key for group in groups for key in (group.id, group.name)}
        missing = [key for key, account in self.ownership.by_key.items()
                   if account == self.account and key not in seen and key not in self._unassigned_warned]
        if missing:
            self._unassigned_warned.update(missing)
            log.warning("account %s: assigned in the config but not among this account's groups (a typo, or "
                        "the account is not in the group): %s", self.account, ", ".join(missing))
        for group in groups:
            if self.ownership.owner(group.id, group.name) is None and group.id not in self._unassigned_warned:
                self._unassigned_warned.add(group.id)
                log.warning("account %s: group %s (%s) is not assigned to any account under accounts: in the "
                            "config; nobody serves it (add its id or name to one account's list)",
                            self.account, group.name, group.id)

    async def _load_durable(self) -> None:
        """Open games, unanswered questions and queued posts of this worker's groups, from SQL."""
        self._durable_loaded = True
        await self.games.load(self.owns)
        await self.questions.load(self.owns)
        await self._resume_pending()

    async def _resume_pending(self) -> None:
        """Posts queued before a stop or crash go out now, paced; stale ones are skipped with a log line,
        and so is one that was being sent at the crash (it may have gone out: at most once)."""
        stale_before = self.clock.now() - timedelta(minutes=self.ctx.config.send.stale_post_minutes)
        stale = []
        for post in await self.db.read(pending):
            if not self.owns(post.group_id):
                continue  # another account's post: its worker resumes it
            if post.sending_at is not None:
                log.warning("post to %s was being sent at %s when the bot stopped; it may have gone out, so it is "
                            "not sent again: %r", post.group_id, post.sending_at.isoformat(), post.text[:40])
                stale.append(post.id)
            elif post.queued_at < stale_before:
                log.warning("post to %s queued at %s was not sent before the stop and is too old now; skipped: %r",
                            post.group_id, post.queued_at.isoformat(), post.text[:40])
                stale.append(post.id)
            else:
                self.outbox.say(post.group_id, post.text, tuple(post.mentions.split()), Priority.BROADCAST,
                                durable_id=post.id)
        if stale:
            await self._forget_pending(stale)
        if len(self.outbox):
            log.info("resuming %d posts queued before the last stop", len(self.outbox))

    async def _mark_sending(self, post_id: int) -> bool:
        return await self.db.write(partial(mark_sending, post_id=post_id, at=self.clock.now()), core=True)

    async def _forget_pending(self, ids: list[int]) -> None:
        await self.db.write(partial(remove_pending, ids=ids), core=True)

    async def link_restored(self, down_since: datetime, account_id: str = "") -> None:
        """The platform link is back after a gap: what members said meanwhile never reached us
        (the gateway keeps no history to fetch). Logged always; the owners told once an hour at most."""
        now = self.clock.now()
        log.warning("the link to WeChat was down from %s to %s (%.0f s): messages said then were not received",
                    down_since.isoformat(), now.isoformat(), (now - down_since).total_seconds())
        if self._gap_told_at is not None and now - self._gap_told_at < timedelta(hours=1):
            return
        self._gap_told_at = now
        zone = self.ctx.config.defaults.zone
        text = self.ctx.renderer.render("link_gap", since=f"{down_since.astimezone(zone):%H:%M}",
                                        until=f"{now.astimezone(zone):%H:%M}",
                                        minutes=max(1, round((now - down_since).total_seconds() / 60)))
        self._alert(self._alert_recipients(account_id), text)

    def alert_owners(self, template: str, **values) -> None:
        """A private message about the bot itself to the owners of this worker's groups (or send.alert_to)."""
        text = self.ctx.renderer.render(template, **values)
        for member in self._alert_recipients(self.ctx.config.bot.id):
            self.outbox.direct(member, text)

    def _alert_recipients(self, account_id: str) -> list[str]:
        """send.alert_to, else the owners of this worker's groups (each once; never the account itself)."""
        owners = (group.owner for group in self.transport.groups() if self.owns(group.id))
        return list(self.ctx.config.send.alert_to or dict.fromkeys(o for o in owners if o and o != account_id))

    def _group_settings(self, group_id: str) -> GroupSettings:
        return self.ctx.settings(group_id, self._group_names.get(group_id, ""))

    def _pause_text(self, error: str, minutes: float, waiting: int) -> str:
        return self.ctx.renderer.render("send_paused", error=error, minutes=minutes, waiting=waiting)

    async def reload(self) -> list[str]:
        """Load config again; on any error keep the running one and return the errors (in Chinese: owners read them)."""
        if self.config_path is None:
            return [render("no_config_file", {})]
        try:
            config = await asyncio.to_thread(load_config, self.config_path)
            ctx = await asyncio.to_thread(self._build_ctx, config)
        except ConfigError as exc:
            return [issue.format(exc.filename) for issue in exc.issues]
        except (OSError, ValueError):
            log.exception("config %s loaded but the bot could not be built from it", self.config_path)
            return [f"{self.config_path}：{render('build_failed', {})}"]
        if (problem := unknown_account(config, self.account)) is not None:
            return [f"{self.config_path}：{render(*problem)}"]  # this worker's account must stay in the config
        self.ctx = ctx
        self.ownership = Ownership.of(config, self.account)
        self.outbox.settings = config.send
        self.outbox.changed()  # the groups' quiet hours and caps may be new
        await self.db.write(partial(sync_config_tags, tags=config.member_tags))
        await self.groups_changed()
        log.info("config reloaded from %s", self.config_path)
        return []

    def _build_ctx(self, config: Config) -> Ctx:
        scopes = [config.defaults] + [group.settings for group in config.groups]
        return Ctx(
            config=config,
            base_dir=self.base_dir,
            clock=self.clock,
            db=self.db,
            renderer=Renderer({**shipped_templates(), **config.templates}),
            outbox=self.outbox,
            transport=self.transport,
            commands=tuple(command for router in ROUTERS for command in router.commands),
            naturals=tuple(natural for router in ROUTERS for natural in router.naturals),
            rules_by_settings={id(settings): build_rules(settings, self.base_dir, self.moderation_memory.flood)
                               for settings in scopes},
            reload_config=self.reload,
            games=self.games,
            joins=tuple(handler for router in ROUTERS for handler in router.joins),
            on_kinds=tuple(on_kind for router in ROUTERS for on_kind in router.kinds),
            content=load_content(*content_paths(config.content, self.base_dir)),
            moderation_memory=self.moderation_memory,
            lefts=tuple(handler for router in ROUTERS for handler in router.lefts),
            granted=self.granted,
            faq=load_faq(config, self.base_dir),
            questions=self.questions,
            pictures=self.pictures,
        )
