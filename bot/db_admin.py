"""``qunbot db``: the schema's migration state, for admins (the bot also upgrades at start)."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy.exc import OperationalError

from bot.config.issues import render
from bot.config.loader import ConfigError, default_config_path, load_config
from storage import migrate
from storage.engine import BadDatabaseURL, create_engine, describe, redact, resolve_url


def main(action: str, db: str | None, config: str | None, message: str | None = None) -> int:
    if action == "revision":
        return revision(message or "")
    try:
        target = db or load_config(default_config_path(config)).database_target()
        engine = create_engine(resolve_url(target))
    except ConfigError as exc:
        print(f"{exc}\nqunbot db：请先改好配置，或用 --db 直接指定数据库", file=sys.stderr)
        return 1
    except BadDatabaseURL as exc:
        print(f"qunbot db：{render(exc.code, exc.params)}", file=sys.stderr)
        return 1
    try:
        if action == "upgrade":
            migrate.upgrade(engine)
        with engine.connect() as connection:
            at = migrate.current(connection)
    except OperationalError as exc:
        print(f"qunbot db: cannot reach {redact(target)}: {describe(exc)}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    state = "up to date" if at == migrate.head() else f"behind: the code is at {migrate.head()}; run qunbot db upgrade"
    print(f"{redact(target)}: revision {at or 'none (empty database)'} ({state})")
    return 0


def revision(message: str) -> int:
    """A new migration from the difference between storage/models.py and the schema at head."""
    if not message.strip():
        print("qunbot db revision: say what changes, e.g. -m \"add group directory\"", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="qunbot-revision-") as tmp:
        engine = create_engine(resolve_url(Path(tmp) / "head.db"))
        migrate.upgrade(engine)
        with engine.connect() as connection:
            script = command.revision(migrate.alembic_config(connection), message, autogenerate=True)
        engine.dispose()
    print(f"wrote {script.path}: review it (and test it: make test compares the migrated schema with the models)")
    return 0
