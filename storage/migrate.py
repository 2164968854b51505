"""Schema migrations (Alembic, storage/migrations/): run at every start, and by ``qunbot db``.

A database made before migrations existed (tables, no ``alembic_version``) is adopted:
missing tables and indexes are created as the old start-up did, it is stamped at the
initial revision, and then upgraded like any other.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlmodel import SQLModel

import storage.models as models  # the tables the adoption step may need; by name, not through storage/__init__

log = logging.getLogger(__name__)
logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)  # two lines per start otherwise

HERE = Path(__file__).resolve().parent / "migrations"
INITIAL = "0001"
MIGRATION_LOCK_KEY = 0x71756E6D6967  # "qunmig": one migrating process at a time (PostgreSQL)


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
        if revision == "head" and current(connection) == head():
            return
        connection.rollback()
        with _one_at_a_time(connection):
            at = current(connection)
            _known(at)
            if at is None and _has_tables(connection):
                _adopt(connection)
            connection.commit()
            command.upgrade(alembic_config(connection), revision)
            connection.commit()
            if at is not None and at != current(connection):
                log.info("database schema migrated from revision %s to %s", at, current(connection))


@contextmanager
def _one_at_a_time(connection: sa.Connection) -> Iterator[None]:
    """Workers starting together on one PostgreSQL database: one migrates, the others then find it done."""
    if connection.dialect.name != "postgresql":
        yield
        return
    connection.execute(sa.select(sa.func.pg_advisory_lock(MIGRATION_LOCK_KEY)))
    try:
        yield
    finally:
        connection.rollback()
        connection.execute(sa.select(sa.func.pg_advisory_unlock(MIGRATION_LOCK_KEY)))
        connection.commit()


def _known(at: str | None) -> None:
    if at is None:
        return
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(at)
    except CommandError:
        raise RuntimeError(f"the database's schema is at revision {at}, which this version of qunbot does not know "
                           f"(its newest is {head()}): it was migrated by a newer qunbot; run that one") from None


def _has_tables(connection: sa.Connection) -> bool:
    return sa.inspect(connection).has_table(models.EventLog.__tablename__)


def _adopt(connection: sa.Connection) -> None:
    """A file from before migrations: finish its schema as create_all did, then stamp it."""
    log.info("database has tables but no migration history: adopting it at revision %s", INITIAL)
    tables, indexes = _initial_schema()
    tables = [table for table in SQLModel.metadata.sorted_tables if table.name in tables]
    SQLModel.metadata.create_all(connection, tables=tables, checkfirst=True)
    for table in tables:
        for index in table.indexes:
            if index.name in indexes:  # later ones may need later columns: their migrations make them
                index.create(connection, checkfirst=True)
    command.stamp(alembic_config(connection), INITIAL)


@lru_cache(maxsize=1)
def _initial_schema() -> tuple[frozenset[str], frozenset[str]]:
    """The tables and index names of the initial revision (later ones are made by their own migrations)."""
    engine = sa.create_engine("sqlite://")
    with engine.connect() as scratch:
        command.upgrade(alembic_config(scratch), INITIAL)
        inspector = sa.inspect(scratch)
        names = frozenset(inspector.get_table_names()) - {"alembic_version"}
        indexes = frozenset(index["name"] for name in names for index in inspector.get_indexes(name))
    engine.dispose()
    return names, indexes
