"""The real bot on the local adapter, as the benchmarks run it: seeded store groups, a SQLite file."""
from __future__ import annotations

import random
from pathlib import Path

from bot.adapters.local import LocalAdapter
from bot.app import Bot
from bot.clock import Clock
from bot.config.schema import Config
from bot.events import GroupInfo, Member
from storage import Database

ROOT = Path(__file__).resolve().parent.parent


def store_groups(count: int, members: int) -> list[GroupInfo]:
    """``count`` groups of ``members`` members each (their owner is not among them)."""
    return [GroupInfo(f"g{g:03}", f"门店{g}群", f"g{g:03}-owner",
                      tuple(Member(f"g{g:03}-m{m:03}", f"成员{m}") for m in range(members)))
            for g in range(count)]


def local_bot(config: Config, clock: Clock, groups: list[GroupInfo], db_path: Path,
              config_path: Path | None = ROOT / "config.yaml") -> tuple[Bot, LocalAdapter]:
    adapter = LocalAdapter(clock, Member(config.bot.id, config.bot.name))
    for group in groups:
        adapter.add_group(group)
    bot = Bot(config, transport=adapter, clock=clock, db=Database(db_path), config_path=config_path,
              rng=random.Random(0))
    return bot, adapter
