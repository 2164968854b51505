"""``qunbot run``: the bot on the embedded default — local adapter, SQLite, playground."""
from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from pathlib import Path

from bot.adapters.local import LocalAdapter
from bot.accounts import unknown_account
from bot.app import Bot
from bot.clock import SystemClock
from bot.config.schema import Config
from bot.config.issues import render
from bot.config.loader import ConfigError, default_config_path, load_config
from bot.events import GroupInfo, Member
from bot.dashboard.server import PASSWORD_ENV, mount as mount_dashboard
from bot.playground.server import Playground, is_loopback
from storage import Database
from storage.db import DatabaseUnavailable
from storage.engine import BadDatabaseURL, redact

log = logging.getLogger("qunbot")


def main(config: str | None, host: str | None, port: int | None, db: str | None, account: str | None = None) -> int:
    try:
        path, loaded = load_for_run(config, account)
    except ConfigError:
        return 1
    host = host or loaded.playground.host
    if not is_loopback(host) and not os.environ.get(PASSWORD_ENV, "").strip():
        print(f"qunbot: the playground lets whoever reaches it act as any member, the owner too: on {host} it needs "
              f"the admin password (export {PASSWORD_ENV}='a long secret'), or use --host 127.0.0.1", file=sys.stderr)
        return 1
    try:
        asyncio.run(serve(loaded, path, host, port if port is not None else loaded.playground.port,
                          loaded.database_target(db), account))
    except OSError as exc:
        print(f"qunbot: cannot start the playground: {exc}", file=sys.stderr)
        return 1
    except (BadDatabaseURL, DatabaseUnavailable) as exc:
        print(f"qunbot: cannot open the database: {exc}", file=sys.stderr)
        return 1
    return 0


def load_for_run(config: str | None, account: str | None = None) -> tuple[Path, Config]:
    """The config to run with (and ``--account`` checked against it); on errors, print them all and re-raise."""
    path = default_config_path(config)
    try:
        loaded = load_config(path)
    except ConfigError as exc:
        print(f"{exc}\n{render('start_refused', {})}", file=sys.stderr)
        raise
    if (problem := unknown_account(loaded, account)) is not None:
        print(f"qunbot：{render(*problem)}", file=sys.stderr)
        raise ConfigError(str(path), [])
    return path, loaded


def serves_dashboard(bot: Bot) -> bool:
    """The dashboard lives in one process: the single account's, or the lead account's worker."""
    if not bot.ownership.lead:
        log.info("account %s: the admin dashboard is served by the lead account's worker (%s)",
                 bot.account, bot.ctx.config.lead_account)
    return bot.ownership.lead


def mount_dashboard_if_lead(app, bot: Bot) -> None:  # type: ignore[no-untyped-def]
    if serves_dashboard(bot):
        mount_dashboard(app, bot)


async def serve(config: Config, config_path: Path, host: str, port: int, db_path: str | Path,
                account: str | None = None) -> None:
    clock = SystemClock()
    adapter = LocalAdapter(clock, Member(config.bot.id, config.bot.name))
    for group in config.playground.groups:
        members = tuple(Member(m.id, m.name) for m in group.members)
        adapter.add_group(GroupInfo(group.id, group.name, group.owner, members, group.bot_is_owner))
    bot = Bot(config, transport=adapter, clock=clock, db=Database(db_path), config_path=config_path, account=account)
    password = None if is_loopback(host) else os.environ[PASSWORD_ENV]
    playground = Playground(bot, adapter, password=password)
    playground.extensions.append(lambda app: mount_dashboard_if_lead(app, bot))
    stopped = _stop_on_signals()  # before the first log line: a SIGTERM from then on is a clean stop
    await bot.start(realtime=True)
    try:
        bound = await playground.start(host, port)
        served = f"account {account}, {sum(bot.owns(g.id) for g in adapter.groups())} group(s); " if account else ""
        log.info("playground: http://%s:%d/  (%sdatabase: %s; Ctrl-C to stop)", host, bound, served,
                 redact(str(db_path)))
        await stopped.wait()
    finally:
        await playground.stop()
        await bot.stop()
        log.info("stopped")


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    return stop


async def _until_stopped() -> None:
    await _stop_on_signals().wait()
