"""The batching writer: group commit, isolation of a bad write, and a locked database."""
from __future__ import annotations

import asyncio
import sqlite3
import threading

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from storage import Database
from storage.models import EventLog, JobState
from tests.conftest import local
from tests.dbs import on_postgres, query

AT = local("2026-11-23 09:00")


def row(n: int) -> dict:
    return dict(at=AT, group_id="g", member_id=f"m{n}", event="message", kind="text", text=str(n), inviter=None)


@pytest.fixture
async def db(make_db):
    database = Database(make_db("w.db"))
    await database.start()
    yield database
    await database.close()


async def count(db: Database) -> int:
    return await db.read(lambda s: s.exec(select(sa.func.count()).select_from(EventLog)).one())


async def test_log_rows_are_batched_and_committed(db):
    for n in range(2000):
        db.log(row(n))
    await db.flush()
    assert await count(db) == 2000


async def test_one_failing_write_does_not_sink_the_batch(db):
    def bad(session: Session):
        session.add(JobState(job_id="x", last_run_at=AT))
        raise ValueError("boom")

    good = db.write(lambda s: s.add(JobState(job_id="y", last_run_at=AT)))
    db.log(row(1))
    results = await asyncio.gather(db.write(bad), good, return_exceptions=True)
    assert isinstance(results[0], ValueError)
    ids = await db.read(lambda s: s.exec(select(JobState.job_id)).all())
    assert ids == ["y"] and await count(db) == 1


async def test_times_come_back_aware_utc(db):
    await db.write(lambda s: s.add(JobState(job_id="t", last_run_at=AT)))
    stored = await db.read(lambda s: s.exec(select(JobState)).one())
    assert stored.last_run_at == AT and stored.last_run_at.utcoffset().total_seconds() == 0


@pytest.mark.sqlite_only("another process holding SQLite's file write lock")
async def test_locked_database_is_waited_out_and_nothing_is_lost(db, tmp_path, caplog):
    """Another process holds the write lock for longer than busy_timeout; the writer retries."""
    locker = sqlite3.connect(tmp_path / "w.db", check_same_thread=False)
    locker.execute("BEGIN IMMEDIATE")
    release = threading.Timer(6.5, locker.commit)  # busy_timeout is 5 s
    release.start()
    try:
        for n in range(10):
            db.log(row(n))
        acknowledged = await db.write(lambda s: s.add(JobState(job_id="ack", last_run_at=AT)) or "stored")
    finally:
        release.join()
        locker.close()
    assert acknowledged == "stored"
    assert await count(db) == 10
    assert "database is locked; retrying" in caplog.text


async def test_close_commits_what_was_queued(make_db):
    target = make_db("c.db")
    database = Database(target)
    await database.start()
    for n in range(5):
        database.log(row(n))
    await database.close()
    assert query(target, "select count(*) from event_log") == [(5,)]
    if not on_postgres():
        assert query(target, "pragma journal_mode") == [("wal",)]


async def test_a_read_sees_rows_logged_before_it(db):
    for n in range(500):
        db.log(row(n))
    assert await count(db) == 500  # no flush needed: reads wait for what was queued before them


@pytest.mark.skipif(on_postgres(), reason="SQLite's write-ahead log")
@pytest.mark.parametrize("inline", [False, True])
async def test_the_wal_is_checkpointed_once_per_its_size_not_after_every_commit(tmp_path, monkeypatch, inline):
    """A checkpointed WAL is reused without shrinking: its file size must not keep a checkpoint
    (and its fsync) running after every commit once it first reached the limit."""
    monkeypatch.setattr("storage.db.CHECKPOINT_BYTES", 256 << 10)
    monkeypatch.setattr("storage.db.INLINE_CHECKPOINT_FACTOR", 1)  # a replay's longer WAL: the same rule
    database = Database(tmp_path / "wal.db")
    database.inline = inline
    checkpoints = []
    run_checkpoint = database._run_checkpoint
    monkeypatch.setattr(database, "_run_checkpoint", lambda: (checkpoints.append(1), run_checkpoint()))
    await database.start()
    commits = 300
    for batch in range(commits):  # a few pages of WAL each: ~6 MB in all, ~24 times the limit
        for n in range(10):
            database.log(row(batch * 10 + n) | {"text": "x" * 300})
        await database.flush()
        if database._checkpointing is not None:
            await database._checkpointing  # the reader thread's checkpoint ends before the next commit
    await database.close()
    assert 5 <= len(checkpoints) <= commits // 5
    assert (tmp_path / "wal.db-wal").stat().st_size < 4 * (256 << 10) if (tmp_path / "wal.db-wal").exists() else True


@pytest.mark.skipif(on_postgres(), reason="a replay's file")
async def test_a_replay_defers_log_rows_but_a_write_that_asks_for_them_gets_them(tmp_path):
    """Inline, log rows wait for company (``_deferred``); a write that reads the log (``logs=True``) and a
    flush commit every row queued before it, and a read of the log waits for them."""
    database = Database(tmp_path / "replay.db")
    database.inline = True
    await database.start()
    logged = lambda connection: connection.execute(sa.select(sa.func.count()).select_from(EventLog.__table__)).scalar()  # noqa: E731
    committed = lambda: sqlite3.connect(tmp_path / "replay.db").execute("SELECT count(*) FROM event_log").fetchone()[0]  # noqa: E731
    for n in range(3):
        database.log(row(n))
    assert await database.write(logged, core=True) == 0 and committed() == 0  # acknowledged alone
    assert await database.write(logged, core=True, logs=True) == 3 and committed() == 3
    database.log(row(3))
    assert await count(database) == 4  # a read of the log takes them along
    database.log(row(4))
    await database.close()
    assert committed() == 5
