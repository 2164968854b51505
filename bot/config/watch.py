"""A config saved in the dashboard, applied by every worker sharing the database.

The dashboard records each save in ``config_save`` (storage/console.py); its id is the
config's generation. Every running worker looks at the newest generation every ``EVERY`` on
its timeline and, when it is newer than the one it has, reloads through the same path as
/reload. A worker that cannot load it keeps its running config and tells the owners once per
save; so does one whose own config file is not the file that was saved (another machine).
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from sqlmodel import Session

from storage.console import latest_config

if TYPE_CHECKING:
    from bot.app import Bot

log = logging.getLogger(__name__)

EVERY = timedelta(seconds=5)  # one small read per worker: a save is everywhere within seconds


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _file_digest(path: Path) -> str:
    try:
        return text_digest(path.read_text(encoding="utf-8"))
    except OSError:
        return ""  # no file to read: the reload says why


class ConfigWatch:
    """A TimedSource on a live bot's timeline (not in replays: they read their config once)."""

    def __init__(self, bot: "Bot") -> None:
        self._bot = bot
        self.generation = 0  # the newest save this worker has applied (or tried to)
        self._due: datetime | None = None
        self._lock = asyncio.Lock()  # a save by this worker's dashboard is not applied twice

    async def start(self) -> None:
        """The config just loaded at start is the newest save (or came after it): check from now on."""
        latest = await self._bot.db.read(latest_config)
        self.generation = latest["id"] if latest else 0
        self._due = self._bot.clock.now() + EVERY

    def next_due(self) -> datetime | None:
        return self._due

    async def run_due(self, now: datetime) -> None:
        self._due = now + EVERY  # first: a failed read is tried again at the next check
        async with self._lock:
            latest = await self._bot.db.read(latest_config, fresh=False)
            if latest is None or latest["id"] <= self.generation:
                return
            self.generation = latest["id"]
            await self._apply(latest)

    async def saved(self, record: Callable[[Session], int]) -> int:
        """This worker's dashboard saved the config (and reloads it itself): ``record`` the save for the
        other workers, as a generation this worker already has."""
        async with self._lock:
            self.generation = await self._bot.db.write(record)
            return self.generation

    async def _apply(self, saved: dict) -> None:
        bot = self._bot
        path = bot.config_path
        errors = await bot.reload()
        other_file = path is not None and await asyncio.to_thread(_file_digest, path) != saved["text_sha256"]
        if not errors and not other_file:
            log.info("config saved in the dashboard by %s (generation %d) applied", saved["actor"], saved["id"])
            return
        log.error("config saved in the dashboard by %s (generation %d) not applied here%s: %s", saved["actor"],
                  saved["id"], f" ({path} is not the file that was saved)" if other_file else "",
                  "; ".join(errors) or "the running config is this worker's own file")
        bot.alert_owners("config_not_applied", account=bot.account or "", errors=errors, path=str(path))
