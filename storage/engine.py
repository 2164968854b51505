"""Where the database is and how to talk to it: a SQLite file (the default) or PostgreSQL.

Everything dialect-specific about connections lives here: URL parsing, engine options,
SQLite's PRAGMAs, and which errors are worth retrying.
"""
from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from storage.prepared import run_driver_sql

ENV_URL = "QUNBOT_DATABASE_URL"
# The writer and readers run SQL in their own threads (one batching writer is the fastest and keeps
# the event loop free), so a synchronous driver: psycopg 3. An asyncpg URL names the same server.
PG_DRIVERS = {"postgresql": "psycopg", "postgresql+psycopg": "psycopg", "postgresql+asyncpg": "psycopg"}
SCHEMES = ("sqlite:///", "postgresql://", "postgresql+psycopg://", "postgresql+asyncpg://")


class BadDatabaseURL(ValueError):
    """``code`` and ``params``: the problem for bot/content/config_messages.yaml (the config check words it)."""

    def __init__(self, message: str, code: str, **params: object) -> None:
        super().__init__(message)
        self.code, self.params = code, params


def is_url(target: str | Path) -> bool:
    return isinstance(target, str) and "://" in target


def resolve_url(target: str | Path) -> sa.URL:
    """A file path (SQLite) or a database URL, as the URL the engine is made from."""
    if not is_url(target):
        return sa.URL.create("sqlite", database=str(Path(target)))
    try:
        url = make_url(target)
    except ArgumentError:
        raise BadDatabaseURL(f"not a database URL: {redact(str(target))!r}; expected one of {', '.join(SCHEMES)}",
                             "database_url_unreadable", input=redact(str(target)), schemes=list(SCHEMES)) from None
    if url.drivername == "sqlite":
        if not url.database:
            raise BadDatabaseURL("sqlite:/// needs a file: sqlite:///data/qunbot.db", "database_sqlite_no_file")
        return url
    if url.drivername not in PG_DRIVERS:
        raise BadDatabaseURL(f"unsupported database {url.drivername!r} in {redact(str(target))!r}; "
                             f"expected a file path or one of {', '.join(SCHEMES)}",
                             "database_unsupported", input=redact(str(target)), driver=url.drivername,
                             schemes=list(SCHEMES))
    if not url.database:
        raise BadDatabaseURL(f"{redact(str(target))!r} names no database: postgresql://user@host:5432/qunbot",
                             "database_no_name", input=redact(str(target)))
    return url.set(drivername="postgresql+" + PG_DRIVERS[url.drivername])


def configured_target(path: str, url: str | None) -> str:
    """What the bot opens: QUNBOT_DATABASE_URL, else config's database.url, else storage.path."""
    return os.environ.get(ENV_URL) or url or path


def redact(url: str) -> str:
    """A URL fit for a log line or an error message (no password)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1] if "@" in url else url


def _sqlite_begin(connection: sa.Connection) -> None:
    """BEGIN on the driver's cursor, as a prepared statement runs (errors raised as SQLAlchemy's):
    every batch and every read opens a transaction, and SQLAlchemy's own execution of the word
    BEGIN cost ~30 µs of Python each time."""
    run_driver_sql(connection, "BEGIN", (), many=False)


def create_engine(url: sa.URL) -> sa.Engine:
    if url.get_backend_name() == "sqlite":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"check_same_thread": False, "timeout": 5})
        sa.event.listen(engine, "connect", _sqlite_connect)
        sa.event.listen(engine, "begin", _sqlite_begin)
        return engine
    # pre_ping: a connection the server dropped (restart, failover) is replaced instead of failing a batch.
    return sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})


def transient(exc: BaseException, dialect: str) -> bool:
    """An error after which the same transaction may succeed if run again."""
    if not isinstance(exc, OperationalError):
        return False
    if dialect == "sqlite":
        return "locked" in str(exc)
    # PostgreSQL: psycopg's OperationalError covers serialization failures, deadlocks, a dropped
    # connection, an unreachable server and exhausted resources; bad SQL and constraint errors are not.
    return True


def describe(exc: BaseException) -> str:
    """The driver's message, not the SQL with every row."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        message = str(exc.orig).strip()
        return message.splitlines()[0] if message else type(exc.orig).__name__
    return str(exc)


def _sqlite_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, issue BEGIN: needed for SAVEPOINTs to work.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
