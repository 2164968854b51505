"""Reading the bot's database from a command-line tool (the bot itself may be running)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, TypeVar

from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from bot.config.loader import ConfigError, default_config_path, load_config
from storage.engine import BadDatabaseURL, create_engine, describe, is_url, redact, resolve_url

T = TypeVar("T")


class NoDatabase(Exception):
    pass


def read_database(db: str | None, tool: str, fn: Callable[[Session], T]) -> T:
    """``fn`` on the named SQLite file or database URL, else the database config.yaml names; a
    missing file or an unreachable server is reported on stderr and raises NoDatabase."""
    target = db or _configured_target()
    if target is None or (not is_url(target) and not Path(target).is_file()):
        print(f"{tool}: database not found: {target}", file=sys.stderr)
        raise NoDatabase(str(target))
    try:
        engine = create_engine(resolve_url(target))
    except BadDatabaseURL as exc:
        print(f"{tool}: {exc}", file=sys.stderr)
        raise NoDatabase(str(target)) from None
    try:
        with Session(engine) as session:
            return fn(session)
    except OperationalError as exc:
        print(f"{tool}: cannot read {redact(target)}: {describe(exc)}", file=sys.stderr)
        raise NoDatabase(str(target)) from None
    finally:
        engine.dispose()


def _configured_target() -> str | None:
    try:
        return load_config(default_config_path(None)).database_target()
    except ConfigError:
        return None
