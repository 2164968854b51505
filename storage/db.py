"""One database, one writer.

Every write goes through a single writer task that runs batches in one thread
(group commit): many log rows and acknowledged writes share one transaction, the
event loop never blocks on the database, and there is never "database is locked"
between our own writers. ``write`` returns only after the commit, so a handler
can answer a member knowing the fact is stored. (A replay, ``settle_lazily``, runs its
batches in one open transaction, which its reads see, and commits it on a flush, the close or
every few hundred batches; what depends on the batches, its action lines, is shown only after.) The database is a SQLite file or
PostgreSQL (storage/engine.py); its schema is migrated at start (storage/migrate.py).
"""
from __future__ import annotations

import asyncio
import logging
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

import sqlalchemy as sa
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, SQLModel

import storage.models as models
import storage.revisions as revisions
from storage.engine import create_engine, describe, redact, resolve_url, transient
from storage.prepared import Prepared, run_driver_sql

log = logging.getLogger(__name__)
T = TypeVar("T")

HELD_ROWS_LIMIT = 50_000  # log rows kept through an outage; beyond, the oldest are dropped (a flood must not grow it)
LOCK_RETRIES = 8  # with backoff, about 13 s before an acknowledged write is failed
LOG_DELAY = 0.05  # log rows alone wait this long for company: one commit for many, not one per message
# In a replay (``inline``) log rows wait for this many before they ride with an acknowledged write: most of a
# small batch's cost is SQLite writing each row's index pages, once per commit (see ``_deferred``)
INLINE_LOG_ROWS = 1000
CHECKPOINT_BYTES = 4 << 20  # the WAL size at which it is copied back (SQLite's own default: 1,000 pages)
# ... in a replay (``inline``), where no reply waits on a commit in real time: each checkpoint copies a page
# once however often the WAL rewrote it, so a longer WAL copies fewer pages in all (and resets it less often)
INLINE_CHECKPOINT_FACTOR = 8
# A replay that settles lazily (``Database.settle_lazily``) commits at the latest after this many batches
SETTLE_EVERY = 500
LOG_LOCK_KEY = 0x71756E626F74  # "qunbot": the advisory lock ordering event_log inserts (PostgreSQL)


def _no_autocheckpoint(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")
    # SQLite reuses a checkpointed WAL from its start without shrinking the file; the first commit after
    # the reuse cuts the file to this limit. Not to 0: cutting a 4 MB file (the kernel freeing its pages)
    # took 2-4 ms inside that commit, which an acknowledged write (a sign-in's reply) waited for -- the
    # reply latency's slowest 1%. Kept at the checkpoint size, the cut is only a commit's overhang; how
    # much WAL there is to copy back is read from the WAL index (``_wal_bytes``), not the file's size.
    dbapi_connection.execute(f"PRAGMA journal_size_limit={CHECKPOINT_BYTES}")


def _wal_bytes(path: Path) -> int:
    """The WAL written since it was last reused: ``mxFrame`` (the valid frames) times a frame's size, from
    the WAL index's header in the -shm file (https://sqlite.org/walformat.html: native byte order, szPage a
    u16 at offset 14, mxFrame a u32 at 16). The WAL file's own size once it is reused. Only a hint for
    when to checkpoint (read without SQLite's lock): a torn read only moves one checkpoint."""
    try:
        with open(f"{path}-shm", "rb") as shm:
            header = shm.read(20)
        if len(header) == 20:
            page = int.from_bytes(header[14:16], sys.byteorder) or 1
            page = 65536 if page == 1 else page
            return 32 + int.from_bytes(header[16:20], sys.byteorder) * (page + 24)
    except OSError:
        pass
    try:
        return os.stat(f"{path}-wal").st_size
    except OSError:
        return 0


def _in_transaction(connection) -> bool:
    """Whether the database still holds the connection's transaction: sqlite3 says so itself; psycopg by its
    transaction status (0 is idle: the server ended it)."""
    driver = connection.connection.driver_connection
    if hasattr(driver, "in_transaction"):
        return bool(driver.in_transaction)
    return driver.info.transaction_status != 0


class DatabaseUnavailable(RuntimeError):
    """An acknowledged write could not be committed (disk full, lock held too long, server gone): not
    stored; or a read could not reach the database."""


class StorageFault(DatabaseUnavailable):
    """The SQLite file under the running bot was deleted, replaced or made read-only: nothing is
    written (not into an unlinked file, not by a process about to die of it) until it is fixed."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind  # deleted | replaced | read_only


@dataclass
class _Write:
    fn: Callable[[Session], Any] | Callable[[sa.Connection], Any]
    future: asyncio.Future = field(repr=False)
    log_barrier: bool = False
    core: bool = False  # ``fn`` takes the batch's Connection (prebuilt Core statements, no ORM)
    logs: bool = False  # every log row queued before it is committed with it (``flush``)


class Database:
    def __init__(self, target: str | Path) -> None:
        """``target``: a SQLite file path, or a database URL (sqlite:///..., postgresql://...)."""
        self.url = resolve_url(target)
        self.dialect = self.url.get_backend_name()
        self.path = Path(self.url.database) if self.dialect == "sqlite" else None
        self.engine = create_engine(self.url)
        try:
            self._migrate()
        except Exception as exc:
            self.engine.dispose()
            if isinstance(exc, OperationalError):
                raise DatabaseUnavailable(f"cannot open {redact(str(target))}: {describe(exc)}") from exc
            raise
        self.retries = LOCK_RETRIES
        self.log_delay = LOG_DELAY
        # SQL on the event loop's own thread, not the writer's and readers': for a replay on a virtual
        # clock, where nothing waits on the loop in real time and each hand-off to a thread (a wake-up,
        # then the GIL going back and forth) costs more than the SQL it carries. Same batches, same order.
        self.inline = False
        self._kept: dict[str, sa.Connection] = {}  # inline only: the batches' and the reads' connections (_connection)
        # Inline only: batches run in one open transaction, each in a savepoint, and are committed (``settle``)
        # on a flush, the close, at the latest every SETTLE_EVERY batches; reads run in that transaction. What
        # depends on them is shown only once committed (bot/replay.py prints action lines on ``on_settled``).
        self.settle_lazily = False
        self._open: sa.RootTransaction | None = None  # that open transaction
        self._unsettled = 0  # batches run in it
        self._lost: DatabaseUnavailable | None = None  # a settle failed: acknowledged writes were not stored
        self.on_settled: Callable[[], None] = lambda: None  # everything run so far is committed (the replay prints)
        self._urgent = asyncio.Event()  # an acknowledged write is queued: the writer goes at once
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="qunbot-db-writer")
        self._readers = ThreadPoolExecutor(2, thread_name_prefix="qunbot-db-reader")
        self._queue: asyncio.Queue[_Write | dict] = asyncio.Queue()
        self._uncommitted = 0  # queued, in flight or held: a read waits for them (read-your-writes)
        self._writes_uncommitted = 0  # of which acknowledged writes (a read of other tables waits only for them)
        self._held: list[dict] = []  # log rows of a failed batch (disk full), retried with the next one
        self._task: asyncio.Task | None = None
        self._identity = self._file_identity()
        self._checkpointing: asyncio.Future | None = None
        if self.dialect == "sqlite":  # checkpoints off the commits (see _checkpoint)
            sa.event.listen(self.engine, "connect", _no_autocheckpoint)
            self.engine.dispose()  # the migration's connection had SQLite's default
        self.on_fault: Callable[[str], None] = lambda kind: None  # the file went wrong (kind): tell someone
        self._fault: str | None = None

    def _migrate(self) -> None:
        if revisions.is_current(self.engine):
            return
        # Imported only here: storage.migrate pulls in Alembic (with mako, pygments and every dialect's DDL,
        # ~0.5 s of CPU), which only a database behind the code needs. By name, not through storage/__init__
        # (which imports this module).
        import storage.migrate as migrate
        migrate.upgrade(self.engine)

    def _file_identity(self) -> tuple[int, int] | None:
        try:
            status = os.stat(self.path) if self.path is not None else None
        except OSError:
            return None
        return None if status is None else (status.st_dev, status.st_ino)

    def _check_file(self) -> None:
        """Before every batch (the writer's schedule): is this still the file we opened, and writable?"""
        if self._identity is None:
            return
        try:
            status = os.stat(self.path)
        except FileNotFoundError:
            raise StorageFault("deleted", "the database file was deleted; restore it and restart the bot") from None
        if (status.st_dev, status.st_ino) != self._identity:
            raise StorageFault("replaced", "the database file was replaced by another file; restart the bot")
        if not status.st_mode & 0o222:
            raise StorageFault("read_only", "the database file was made read-only; make it writable again")

    async def start(self) -> None:
        self._urgent = asyncio.Event()  # of this event loop
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
        for connection in self._kept.values():
            connection.close()
        self._kept.clear()
        self.engine.dispose()

    def log(self, row: dict) -> None:
        """Queue an engagement-log row; it is committed with the next batch."""
        if self.inline and self._task is not None and len(self._held) < INLINE_LOG_ROWS:
            # A replay: the row waits with those held for a later batch (``_deferred``), without waking
            # the writer (a wake-up, then a wait for company, cost more than the row's insert). Once
            # INLINE_LOG_ROWS wait, rows are queued again, after them: a batch of rows alone takes them all.
            self._uncommitted += 1
            self._held.append(row)
            return
        self._put(row)

    async def write(self, fn: Callable[[Session], T] | Callable[[sa.Connection], T], *, log_barrier: bool = False,
                    core: bool = False, logs: bool = False) -> T:
        """Run ``fn`` in the writer's next transaction; return once committed.
        ``log_barrier``: ``fn`` must see every event_log row logged by any process before it
        (the roll-up); other processes' log inserts wait for its commit (see ``lock_log``).
        ``core``: ``fn`` takes a Connection and runs Core statements (the hot paths: no ORM work).
        ``logs``: every log row queued before it is committed with it (live, every batch takes them all)."""
        future = asyncio.get_running_loop().create_future()
        self._put(_Write(fn, future, log_barrier, core, logs))
        self._urgent.set()
        return await future

    async def flush(self) -> None:
        await self._run_queued()
        self.settle()

    async def _run_queued(self) -> None:
        """Every write and log row queued so far run (committed, unless a replay settles lazily)."""
        await self.write(lambda connection: None, core=True, logs=True)

    def settle(self) -> None:
        """Commit the batches run in the open transaction (``settle_lazily``), then ``on_settled``: what
        depends on them may be shown. Their writes were acknowledged to the handlers, so a failure here
        is fatal (``lost``): every later settle raises too, and nothing that depends on them is shown."""
        if self._lost is not None:
            raise self._lost
        transaction, self._open, self._unsettled = self._open, None, 0
        if transaction is not None:
            try:
                self._check_file()  # deleted, replaced or read-only since these batches ran: they are not stored
                transaction.commit()
            except Exception as exc:
                self._lost = DatabaseUnavailable(f"acknowledged writes could not be committed: {describe(exc)}")
                log.error("%s; the replay stops", self._lost)
                self._drop("write")
                raise self._lost from exc
        self.on_settled()

    @property
    def unsettled(self) -> bool:
        """Batches have run since the last commit (``settle_lazily``): what depends on them must wait for ``settle``."""
        return self._open is not None

    @property
    def lost(self) -> DatabaseUnavailable | None:
        """Set once a settle failed: acknowledged writes were not stored (the replay stops)."""
        return self._lost

    async def read(self, fn: Callable[[Session], T], *, fresh: bool = True, logs: bool = True) -> T:
        """Run ``fn`` on a reader thread. ``fresh``: it sees every write queued before the call;
        without, it reads what is committed and never waits for a slow writer (hot paths).
        ``logs=False``: ``fn`` reads no event_log rows, so fresh waits only for acknowledged writes
        (log rows are queued with every message: a member's balance need not wait for their commit)."""
        pending = self._uncommitted if logs else self._writes_uncommitted
        if fresh and pending and self._task is not None:
            try:
                await self._run_queued()
            except Exception:  # the disk is full: what is stored can still be read
                pass
        if self._lost is not None:
            raise self._lost

        def run() -> T:
            if not self.inline:
                with Session(self.engine) as session:
                    return fn(session)
            if self._open is not None:
                return self._read_unsettled(fn)
            with self._connection("read") as connection, Session(bind=connection) as session:
                return fn(session)  # the session's transaction on it is rolled back when it closes, as before

        try:
            return run() if self.inline else await asyncio.get_running_loop().run_in_executor(self._readers, run)
        except OperationalError as exc:  # the server is gone or the file unreadable: one clear error
            raise DatabaseUnavailable(f"database read failed: {describe(exc)}") from exc

    def _read_unsettled(self, fn: Callable[[Session], T]) -> T:
        """A read in a lazy replay's open transaction, on its connection: it sees the batches run so far,
        as if each had committed, without a commit of its own (what it shows waits for the commit, as an
        action line does). In a savepoint rolled back after, so the read leaves the transaction as it was."""
        connection = self._kept["write"]
        run_driver_sql(connection, "SAVEPOINT read", (), many=False)
        try:
            with Session(bind=connection) as session:  # joins the open transaction; its close leaves it open
                return fn(session)
        finally:
            try:
                run_driver_sql(connection, "ROLLBACK TO read", (), many=False)
                run_driver_sql(connection, "RELEASE read", (), many=False)
            except Exception:
                pass
            if not _in_transaction(connection):  # SQLite rolled back all (I/O error)
                self._lost = DatabaseUnavailable("acknowledged writes were rolled back by the database")
                log.error("%s; the replay stops", self._lost)
                self._open, self._unsettled = None, 0
                self._drop("write")

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self._queue.get()]
            if isinstance(batch[0], dict) and not self._urgent.is_set() and self.log_delay > 0:
                await self._linger()
            self._urgent.clear()  # a write queued from here on is in this batch or wakes the next
            while not self._queue.empty():
                batch.append(self._queue.get_nowait())
            held, self._held = self._held, []
            rows = held + [item for item in batch if isinstance(item, dict)]
            writes = [item for item in batch if isinstance(item, _Write)]
            deferred = self._deferred(rows, writes)
            try:
                self._check_file()
                results = (self._commit([] if deferred else rows, writes) if self.inline
                           else await loop.run_in_executor(self._writer, self._commit, rows, writes))
                if deferred:
                    self._held = rows  # committed with a later batch, in their order
                self._fault = None
                self._checkpoint(loop)
            except Exception as exc:  # the whole batch failed: nothing was committed
                self._report_fault(exc)
                # Held for the next batch, which comes with the next write: never a busy retry loop.
                self._held = rows[-HELD_ROWS_LIMIT:]
                if len(rows) > HELD_ROWS_LIMIT:
                    log.error("%d oldest log rows dropped: at most %d are held through an outage",
                              len(rows) - HELD_ROWS_LIMIT, HELD_ROWS_LIMIT)
                cause = describe(exc)  # the driver's message, not the SQL with every row
                log.error("database write failed: %s; %d log rows held for the next batch, %d acknowledged "
                          "write(s) refused (the bot does not confirm them)", cause, len(rows), len(writes))
                results = [DatabaseUnavailable(f"database write failed: {cause}")] * len(writes)
            self._uncommitted -= len(batch) + len(held) - len(self._held)
            self._writes_uncommitted -= len(writes)
            for write, result in zip(writes, results):
                if write.future.done():
                    continue
                if isinstance(result, BaseException):
                    write.future.set_exception(result)
                else:
                    write.future.set_result(result)

    def _deferred(self, rows: list[dict], writes: list[_Write]) -> bool:
        """In a replay, whether this batch's acknowledged writes go without its log rows: the rows wait for
        ``INLINE_LOG_ROWS`` of them (or a flush, a read of the log, the roll-up's barrier, a batch of rows
        alone). A write is still acknowledged only once committed; a crash of a replay can lose up to that
        many log rows instead of ``log_delay``'s worth, never an acknowledged write."""
        return (self.inline and bool(rows) and bool(writes) and len(rows) < INLINE_LOG_ROWS
                and not any(write.logs or write.log_barrier for write in writes))

    @contextmanager
    def _connection(self, role: str) -> Iterator[sa.Connection]:
        """A connection for a batch (``role`` "write") or a read. Inline, one of each is kept for the
        whole run: taking one from the pool and handing it back (its reset: a ROLLBACK) cost as much
        as the SQL of a small batch. A failure drops the kept one, so the next batch or read starts
        on a fresh connection, as it would from the pool."""
        if not self.inline:
            with self.engine.connect() as connection:
                yield connection
            return
        connection = self._kept.get(role)
        if connection is None or connection.closed or connection.invalidated:
            connection = self._kept[role] = self.engine.connect()
        try:
            yield connection
        except BaseException:
            self._kept.pop(role, None)
            connection.close()
            raise

    def _checkpoint(self, loop: asyncio.AbstractEventLoop) -> None:
        """SQLite copies the WAL into the database every ~4 MB of it (its checkpoint, with an fsync:
        tens of ms). Left to SQLite it runs inside whichever commit crosses the line, and an
        acknowledged write (a sign-in's reply) waits for it: the reply latency's tail. Here a
        PASSIVE checkpoint, which never blocks the writer, runs on a reader thread once the WAL
        has grown that much; committed transactions are in the WAL either way."""
        if self.path is None or (self._checkpointing is not None and not self._checkpointing.done()):
            return
        if _wal_bytes(self.path) < CHECKPOINT_BYTES * (INLINE_CHECKPOINT_FACTOR if self.inline else 1):
            return
        # on a reader thread in a replay too: SQLite lets go of the GIL while it copies and syncs, and the
        # loop goes on with the next messages meanwhile (a hand-off every few hundred batches is nothing)
        self._checkpointing = loop.run_in_executor(self._readers, self._run_checkpoint)

    def _run_checkpoint(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
        except Exception as exc:  # a busy or failing checkpoint is tried again after the next commit
            log.warning("WAL checkpoint failed: %s", describe(exc))

    async def _linger(self) -> None:
        """Log rows alone: wait up to ``log_delay`` for more (or for an acknowledged write, which
        takes them along at once). A crash loses at most these rows, never an acknowledged write."""
        try:
            await asyncio.wait_for(self._urgent.wait(), self.log_delay)
        except TimeoutError:
            pass

    def _report_fault(self, exc: Exception) -> None:
        kind = exc.kind if isinstance(exc, StorageFault) else None
        if kind is not None and kind != self._fault:
            self.on_fault(kind)  # once per fault, not once per refused batch
        self._fault = kind

    def _put(self, item: _Write | dict) -> None:
        self._uncommitted += 1
        self._writes_uncommitted += isinstance(item, _Write)
        self._queue.put_nowait(item)

    def _commit(self, rows: list[dict], writes: list[_Write]) -> list[Any]:
        delay = 0.05
        isolate = False  # log rows one by one, each in a savepoint: only after a row broke a batch
        guarded = False  # each write in a savepoint: only after a write failed (two statements less per write)
        for attempt in range(self.retries):
            try:
                try:
                    return self._commit_once(rows, writes, isolate, guarded)
                except _WriteFailed:  # rolled back: at once again, the failing write alone refused
                    guarded = True
                    return self._commit_once(rows, writes, isolate, guarded)
            except OperationalError as exc:
                if not transient(exc, self.dialect) or attempt == self.retries - 1:
                    raise
                what = ("database is locked" if self.dialect == "sqlite"
                        else f"database unreachable or transaction conflict ({describe(exc)})")
                log.warning("%s; retrying in %.2f s (attempt %d of %d)", what, delay, attempt + 1, self.retries)
                time.sleep(delay)  # the writer thread, never the event loop
                delay = min(delay * 2, 4.0)
            except Exception:  # not the database's fault: a row it cannot take (text it cannot encode)
                if isolate or not rows:
                    raise
                isolate = True  # at once, and on the same attempts
        return self._commit_once(rows, writes, isolate, guarded=True)

    def _commit_once(self, rows: list[dict], writes: list[_Write], isolate: bool = False,
                     guarded: bool = True) -> list[Any]:
        if self.inline and self.settle_lazily:
            return self._run_unsettled(rows, writes, isolate, guarded)
        with self._connection("write") as connection, connection.begin():  # one transaction for the whole batch
            return self._run_batch(connection, rows, writes, isolate, guarded)

    def _run_unsettled(self, rows: list[dict], writes: list[_Write], isolate: bool, guarded: bool) -> list[Any]:
        """The batch in the open transaction, in a savepoint of its own: a failing batch is rolled back
        alone (and run again, or refused, as a batch of its own transaction would be); committed by ``settle``."""
        if self._lost is not None:
            raise self._lost
        connection = self._kept.get("write")
        if connection is None or connection.closed or connection.invalidated:
            connection = self._kept["write"] = self.engine.connect()
        if self._open is None:
            self._open = connection.begin()
        run_driver_sql(connection, "SAVEPOINT batch", (), many=False)
        try:
            results = self._run_batch(connection, rows, writes, isolate, guarded)
            run_driver_sql(connection, "RELEASE batch", (), many=False)
        except BaseException:
            try:
                run_driver_sql(connection, "ROLLBACK TO batch", (), many=False)
                run_driver_sql(connection, "RELEASE batch", (), many=False)
            except Exception:
                pass
            if not _in_transaction(connection):  # SQLite rolled back all (disk full, I/O)
                if self._unsettled:  # batches before this one, their writes acknowledged, are gone too
                    self._lost = DatabaseUnavailable("acknowledged writes were rolled back by the database")
                    log.error("%s; the replay stops", self._lost)
                self._open, self._unsettled = None, 0
                self._drop("write")
            raise
        self._unsettled += 1
        if self._unsettled >= SETTLE_EVERY:
            self.settle()
        return results

    def _drop(self, role: str) -> None:
        connection = self._kept.pop(role, None)
        if connection is not None:
            connection.close()

    def _run_batch(self, connection: sa.Connection, rows: list[dict], writes: list[_Write], isolate: bool,
                   guarded: bool) -> list[Any]:
        """One batch's rows and writes on ``connection``, in the caller's transaction."""
        batch = _Batch(connection)
        barrier = any(w.log_barrier for w in writes)
        if rows or barrier:
            lock_log(connection, exclusive=barrier)
        if rows and isolate:
            _insert_one_by_one(connection, rows)
        elif rows:
            EVENT_LOG_INSERT.executemany(connection, rows)
        results = [batch.run(write) if guarded else batch.run_bare(write) for write in writes]
        batch.finish()
        return results


EVENT_LOG_INSERT = Prepared(models.EventLog.__table__.insert(),
                            ("at", "group_id", "member_id", "event", "kind", "text", "inviter"))


class _WriteFailed(Exception):
    """A write raised in a batch run without savepoints: the batch is rolled back and run again, guarded."""


class _Batch:
    """The writes of one transaction: Core writes take its connection; an ORM session joins it only
    when a write needs one (its commit is the connection's, at the end of the batch)."""

    def __init__(self, connection: sa.Connection) -> None:
        self.connection = connection
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            self._session = Session(bind=self.connection)  # joins the batch's transaction, never commits it
        return self._session

    def run_bare(self, write: _Write) -> Any:
        try:
            if write.core:
                return write.fn(self.connection)
            result = write.fn(self.session)
            self.session.flush()  # its rows' errors are its own, not the commit's
            return result
        except OperationalError:
            raise
        except Exception as exc:
            raise _WriteFailed from exc

    def run(self, write: _Write) -> Any:
        """One write in its own savepoint: one bad write must not sink the batch (its exception is its result)."""
        savepoint = self.connection.begin_nested() if write.core else self.session.begin_nested()
        try:
            result = write.fn(self.connection if write.core else self.session)
            savepoint.commit()
            return result
        except OperationalError:
            raise
        except Exception as exc:
            savepoint.rollback()
            return exc

    def finish(self) -> None:
        if self._session is not None:
            self._session.commit()  # flushes what is left; the connection's transaction commits after
            self._session.close()


def _insert_one_by_one(connection: sa.Connection, rows: list[dict]) -> None:
    """Each row in its own savepoint, dropping with a log line a row that fails: one bad row must
    not fail every batch after it."""
    for row in rows:
        try:
            with connection.begin_nested():
                EVENT_LOG_INSERT.executemany(connection, [row])
        except OperationalError:
            raise
        except Exception as exc:
            log.error("a log row of %s could not be stored and is dropped (%s): %s in %s at %s", row.get("member_id"),
                      describe(exc), row.get("event"), row.get("group_id"), row.get("at"))


def lock_log(session: Session | sa.Connection, exclusive: bool) -> None:
    """PostgreSQL, several processes: event_log ids are taken at insert but seen at commit, so a
    reader of "every row up to id N" must wait until no other transaction is inserting. Inserters
    hold this lock shared until they commit; the roll-up holds it exclusive. (SQLite's one write
    lock already orders every transaction.) Taken first in a transaction, so never upgraded."""
    dialect = session.dialect if isinstance(session, sa.Connection) else session.get_bind().dialect
    if dialect.name == "postgresql":
        lock = sa.func.pg_advisory_xact_lock if exclusive else sa.func.pg_advisory_xact_lock_shared
        session.execute(sa.select(lock(LOG_LOCK_KEY)))


def upsert(session: Session, table: type[SQLModel] | sa.Table):
    """The dialect's INSERT, which has ``on_conflict_do_nothing`` / ``on_conflict_do_update``
    (the same ON CONFLICT clause on SQLite and PostgreSQL)."""
    return dialect_insert(session.get_bind().dialect.name, table)


def dialect_insert(dialect: str, table: type[SQLModel] | sa.Table):
    """``upsert`` for a dialect by name (statements prebuilt once per dialect)."""
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        raise NotImplementedError(f"upsert: no support for {dialect}")
    return insert(table)


def insert_ignore(session: Session, table: type[SQLModel], values: dict) -> bool:
    """INSERT that does nothing on a unique-key conflict; True when a row was added."""
    # RETURNING, not rowcount: PostgreSQL adds RETURNING id to a one-row insert, and then rowcount is -1.
    statement = upsert(session, table).values(**values).on_conflict_do_nothing().returning(sa.literal_column("1"))
    return session.execute(statement).first() is not None


def detached(session: Session, row: T) -> T:
    """A row that stays readable after the writer's commit (which expires rows in the session)."""
    session.flush()
    session.refresh(row)
    session.expunge(row)
    return row
