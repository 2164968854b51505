"""One database, one writer.

Every write goes through a single writer task that runs batches in one thread
(group commit): many log rows and acknowledged writes share one transaction, the
event loop never blocks on SQLite, and there is never "database is locked"
between our own writers. ``write`` returns only after the commit, so a handler
can answer a member knowing the fact is stored.
"""
from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, SQLModel

from storage import models

log = logging.getLogger(__name__)
T = TypeVar("T")

LOCK_RETRIES = 8  # with backoff, about 13 s before an acknowledged write is failed


class DatabaseUnavailable(RuntimeError):
    """An acknowledged write could not be committed (disk full, lock held too long): not stored."""


@dataclass
class _Write:
    fn: Callable[[Session], Any]
    future: asyncio.Future = field(repr=False)


class Database:
    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.engine = sa.create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 5}
        )
        sa.event.listen(self.engine, "connect", _sqlite_connect)
        sa.event.listen(self.engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        SQLModel.metadata.create_all(self.engine, tables=_tables())
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="qunbot-db-writer")
        self._readers = ThreadPoolExecutor(2, thread_name_prefix="qunbot-db-reader")
        self._queue: asyncio.Queue[_Write | dict] = asyncio.Queue()
        self._uncommitted = 0  # queued, in flight or held: a read waits for them (read-your-writes)
        self._held: list[dict] = []  # log rows of a failed batch (disk full), retried with the next one
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="db-writer")

    async def close(self) -> None:
        """Commit everything queued, then stop."""
        if self._task is not None:
            try:
                await self.flush()
            except DatabaseUnavailable as exc:
                log.error("stopping with %d log rows not stored: %s", len(self._held), exc)
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True)
        self.engine.dispose()

    def log(self, row: dict) -> None:
        """Queue an engagement-log row; it is committed with the next batch."""
        self._put(row)

    async def write(self, fn: Callable[[Session], T]) -> T:
        """Run ``fn`` in the writer's next transaction; return once committed."""
        future = asyncio.get_running_loop().create_future()
        self._put(_Write(fn, future))
        return await future

    async def flush(self) -> None:
        await self.write(lambda session: None)

    async def read(self, fn: Callable[[Session], T], *, fresh: bool = True) -> T:
        """Run ``fn`` on a reader thread. ``fresh``: it sees every write queued before the call;
        without, it reads what is committed and never waits for a slow writer (hot paths)."""
        if fresh and self._uncommitted and self._task is not None:
            try:
                await self.flush()
            except Exception:  # the disk is full: what is stored can still be read
                pass

        def run() -> T:
            with Session(self.engine) as session:
                return fn(session)

        return await asyncio.get_running_loop().run_in_executor(self._readers, run)

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self._queue.get()]
            while not self._queue.empty():
                batch.append(self._queue.get_nowait())
            held, self._held = self._held, []
            rows = held + [item for item in batch if isinstance(item, dict)]
            writes = [item for item in batch if isinstance(item, _Write)]
            try:
                results = await loop.run_in_executor(self._writer, self._commit, rows, writes)
            except Exception as exc:  # the whole batch failed: nothing was committed
                # Held for the next batch, which comes with the next write: never a busy retry loop.
                self._held = rows
                cause = getattr(exc, "orig", None) or exc  # the SQLite message, not the SQL with every row
                log.error("database write failed: %s; %d log rows held for the next batch, %d acknowledged "
                          "write(s) refused (the bot does not confirm them)", cause, len(rows), len(writes))
                results = [DatabaseUnavailable(f"database write failed: {cause}")] * len(writes)
            self._uncommitted -= len(batch) + len(held) - len(self._held)
            for write, result in zip(writes, results):
                if write.future.done():
                    continue
                if isinstance(result, BaseException):
                    write.future.set_exception(result)
                else:
                    write.future.set_result(result)

    def _put(self, item: _Write | dict) -> None:
        self._uncommitted += 1
        self._queue.put_nowait(item)

    def _commit(self, rows: list[dict], writes: list[_Write]) -> list[Any]:
        delay = 0.05
        for attempt in range(LOCK_RETRIES):
            try:
                return self._commit_once(rows, writes)
            except OperationalError as exc:
                if "locked" not in str(exc) or attempt == LOCK_RETRIES - 1:
                    raise
                log.warning("database is locked; retrying in %.2f s (attempt %d)", delay, attempt + 1)
                time.sleep(delay)  # the writer thread, never the event loop
                delay = min(delay * 2, 4.0)
        raise AssertionError("unreachable")

    def _commit_once(self, rows: list[dict], writes: list[_Write]) -> list[Any]:
        results: list[Any] = []
        with Session(self.engine) as session:
            if rows:
                session.execute(sa.insert(models.EventLog), rows)
            for write in writes:
                savepoint = session.begin_nested()
                try:
                    results.append(write.fn(session))
                    savepoint.commit()
                except OperationalError:
                    raise
                except Exception as exc:  # one bad write must not sink the batch
                    savepoint.rollback()
                    results.append(exc)
            session.commit()
        return results


def insert_ignore(session: Session, table: type[SQLModel], values: dict) -> bool:
    """INSERT that does nothing on a unique-key conflict; True when a row was added."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        raise NotImplementedError(f"insert_ignore: no support for {dialect}")
    result = session.execute(insert(table).values(**values).on_conflict_do_nothing())
    return result.rowcount == 1


def detached(session: Session, row: T) -> T:
    """A row that stays readable after the writer's commit (which expires rows in the session)."""
    session.flush()
    session.refresh(row)
    session.expunge(row)
    return row


def _tables() -> list[sa.Table]:
    return [m.__table__ for m in (models.EventLog, models.SignIn, models.PointsEntry, models.ModerationLog, models.JobState,
                                     models.QuizRound, models.Draw, models.DrawEntry,
                                     models.ContentRotation, models.MemberTag, models.RedPacketLog, models.RedPacketPlan,
                                     models.PendingPost,
                                     models.DailyGroupStats, models.DailyMemberStats, models.RollupState,
                                     models.MemberLastSeen,
                                     models.Activity, models.ActivitySignup, models.GroupBuy, models.GroupBuyOrder,
                                     models.CouponStock, models.Coupon,
                                     models.Strike,
                                     models.MemberRole, models.Invite, models.OpenQuestion, models.Promise,
                                     models.Nudge, models.Birthday,
                                     models.GroupDirectory, models.GroupMemberDirectory)]


def _sqlite_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, issue BEGIN: needed for SAVEPOINTs to work.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
