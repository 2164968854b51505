"""Reading the bot's database from a command-line tool (the bot itself may be running)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, TypeVar

import sqlalchemy as sa
from sqlmodel import Session

from bot.config_loader import ConfigError, default_config_path, load_config

T = TypeVar("T")


class NoDatabase(Exception):
    pass


def read_database(db: str | None, tool: str, fn: Callable[[Session], T]) -> T:
    """``fn`` on the named SQLite file, else the one config.yaml names; a missing file is
    reported on stderr as ``<tool>: database not found`` and raises NoDatabase."""
    path = Path(db) if db else _configured_path()
    if path is None or not path.is_file():
        print(f"{tool}: database not found: {path}", file=sys.stderr)
        raise NoDatabase(str(path))
    engine = sa.create_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as session:
            return fn(session)
    finally:
        engine.dispose()


def _configured_path() -> Path | None:
    try:
        return Path(load_config(default_config_path(None)).storage.path)
    except ConfigError:
        return None
