"""``qunbot run --transport wechaty``: the bot on a real WeChat account through a gateway.

The gateway (a wechaty puppet-service, see docs/real-wechat.md) is named by the environment, the same
variables the wechaty client reads: WECHATY_PUPPET_SERVICE_ENDPOINT (host:port) and
WECHATY_PUPPET_SERVICE_TOKEN. Secrets never go in config.yaml.
"""
from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path

from bot.app import Bot
from bot.clock import SystemClock
from bot.config.schema import Config
from bot.config.loader import ConfigError
from bot.dashboard.server import serve as serve_dashboard
from bot.playground.run import _until_stopped, load_for_run, serves_dashboard
from storage import Database
from storage.db import DatabaseUnavailable
from storage.engine import BadDatabaseURL, redact

log = logging.getLogger("qunbot")

ENDPOINT, TOKEN = "WECHATY_PUPPET_SERVICE_ENDPOINT", "WECHATY_PUPPET_SERVICE_TOKEN"


def main(config: str | None, db: str | None, account: str | None = None) -> int:
    endpoint, token = os.environ.get(ENDPOINT, "").strip(), os.environ.get(TOKEN, "").strip()
    missing = [name for name, value in ((ENDPOINT, endpoint), (TOKEN, token)) if not value]
    if missing:
        print(f"qunbot: set {' and '.join(missing)} to reach your wechaty gateway "
              f"(e.g. {ENDPOINT}=127.0.0.1:8788); see docs/real-wechat.md.", file=sys.stderr)
        return 1
    try:
        path, loaded = load_for_run(config, account)
    except ConfigError:
        return 1
    try:
        from bot.adapters.wechaty_adapter import WechatyAdapter
    except ImportError as exc:
        print(f"qunbot: the wechaty client is not installed ({exc}); run: pip install -e '.[wechaty]'", file=sys.stderr)
        return 1
    try:
        asyncio.run(serve(loaded, path, loaded.database_target(db), WechatyAdapter(endpoint, token), account))
    except (BadDatabaseURL, DatabaseUnavailable) as exc:
        print(f"qunbot: cannot open the database: {exc}", file=sys.stderr)
        return 1
    return 0


async def serve(config: Config, config_path: Path, db_path: str | Path, adapter,  # type: ignore[no-untyped-def]
                account: str | None = None) -> None:
    bot = Bot(config, transport=adapter, clock=SystemClock(), db=Database(db_path), config_path=config_path,
              account=account)
    adapter.bind(bot)
    await bot.start(realtime=True)
    link = asyncio.create_task(adapter.run(), name="wechaty")
    dashboard = None
    if serves_dashboard(bot):
        dashboard = await serve_dashboard(bot, config.dashboard.host, config.dashboard.port)
    served = f"account {account}; " if account else ""
    log.info("connecting to the wechaty gateway at %s (%sdatabase: %s; Ctrl-C to stop)", adapter.endpoint, served,
             redact(str(db_path)))
    try:
        await _until_stopped()
    finally:
        link.cancel()
        await asyncio.gather(link, return_exceptions=True)
        await adapter.stop()
        if dashboard is not None:
            await dashboard.cleanup()
        await bot.stop()
        log.info("stopped")
