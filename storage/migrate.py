"""Schema migrations (Alembic, storage/migrations/): run at every start, and by ``qunbot db``.

A database made before migrations existed (tables, no ``alembic_version``) is adopted:
missing tables and indexes are created as the old start-up did, it is stamped at the
initial revision, and then upgraded like any other.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from storage import models  # noqa: F401  (the tables the adoption step may need)

log = logging.getLogger(__name__)
logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)  # two lines per start otherwise

HERE = Path(__file__).resolve().parent / "migrations"
INITIAL = "0001"


def alembic_config(connection: sa.Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


@lru_cache(maxsize=1)
def head() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current(connection: sa.Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``; a database already there costs one query."""
    with engine.connect() as connection:
        at = current(connection)
        if revision == "head" and at == head():
            return
        if at is None and _has_tables(connection):
            _adopt(connection)
        connection.commit()
        command.upgrade(alembic_config(connection), revision)
        connection.commit()
        if at is not None:
            log.info("database schema migrated from revision %s to %s", at, current(connection))


def _has_tables(connection: sa.Connection) -> bool:
    return sa.inspect(connection).has_table(models.EventLog.__tablename__)


def _adopt(connection: sa.Connection) -> None:
    """A file from before migrations: finish its schema as create_all did, then stamp it."""
    log.info("database has tables but no migration history: adopting it at revision %s", INITIAL)
    SQLModel.metadata.create_all(connection, checkfirst=True)
    for table in SQLModel.metadata.sorted_tables:
        for index in table.indexes:
            index.create(connection, checkfirst=True)
    command.stamp(alembic_config(connection), INITIAL)
