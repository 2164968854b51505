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


@pytest.mark.skipif(on_postgres(), reason="SQLite's write-ahead log")
async def test_a_reused_wal_is_not_cut_to_nothing_in_a_commit_and_its_content_is_read_from_its_index(tmp_path, monkeypatch):
    """Cutting the WAL file to 0 took 2-4 ms inside the first commit after a checkpoint (a sign-in's reply
    waited for it): the file stays at the checkpoint size, and what is left to copy back is read from the
    WAL index, which falls to the one commit written since the reuse while the file's size does not."""
    from storage.db import _wal_bytes
    monkeypatch.setattr("storage.db.CHECKPOINT_BYTES", 256 << 10)
    database = Database(tmp_path / "wal.db")
    await database.start()
    for batch in range(60):  # past the limit: a checkpoint runs on a reader thread
        for n in range(10):
            database.log(row(batch * 10 + n) | {"text": "x" * 300})
        await database.flush()
        if database._checkpointing is not None:
            await database._checkpointing
            break
    assert database._checkpointing is not None
    database.log(row(10_000))
    await database.flush()  # the first commit after the checkpoint reuses the WAL from its start
    wal = (tmp_path / "wal.db-wal").stat().st_size
    assert wal >= 200 << 10  # not cut to what this commit wrote
    assert _wal_bytes(tmp_path / "wal.db") < 64 << 10 < wal  # but its index says only that commit is in it
    await database.close()


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


def _replay_db(path) -> Database:
    database = Database(path)
    database.inline, database.settle_lazily = True, True  # as run_replay sets them
    return database


@pytest.mark.skipif(on_postgres(), reason="a replay's file")
async def test_a_replay_commits_acknowledged_writes_before_anything_depending_on_them_is_seen(tmp_path):
    """``settle_lazily``: batches share one transaction, acknowledged at once, and are committed by ``settle``
    (a flush, the close, every ``SETTLE_EVERY`` batches); a read sees them uncommitted."""
    database = _replay_db(tmp_path / "replay.db")
    await database.start()
    stored = lambda: sqlite3.connect(tmp_path / "replay.db").execute("SELECT job_id FROM job_state ORDER BY job_id").fetchall()  # noqa: E731
    await database.write(lambda s: s.add(JobState(job_id="a", last_run_at=AT)))
    await database.write(lambda s: s.add(JobState(job_id="b", last_run_at=AT)))
    assert stored() == []  # acknowledged, not yet observable: one commit for both
    database.settle()
    assert stored() == [("a",), ("b",)]
    await database.write(lambda s: s.add(JobState(job_id="c", last_run_at=AT)))
    assert await database.read(lambda s: s.exec(select(JobState.job_id)).all(), fresh=False) == ["a", "b", "c"]
    assert stored() == [("a",), ("b",)]  # the read saw "c" in the open transaction, as a commit per batch would show
    settled = []
    database.on_settled = lambda: settled.append(stored())
    await database.write(lambda s: s.add(JobState(job_id="d", last_run_at=AT)))
    await database.close()
    assert settled[0][-1] == ("d",)  # told once committed (the replay prints its action lines then)
    assert stored() == [("a",), ("b",), ("c",), ("d",)]


@pytest.mark.skipif(on_postgres(), reason="a replay's file")
async def test_a_failing_read_in_a_replay_leaves_the_open_transaction_alone(tmp_path):
    database = _replay_db(tmp_path / "replay.db")
    await database.start()
    await database.write(lambda s: s.add(JobState(job_id="a", last_run_at=AT)))

    def bad(session: Session):
        session.exec(select(JobState.job_id)).all()
        raise ValueError("a bug in the read")

    with pytest.raises(ValueError):
        await database.read(bad)
    assert await database.read(lambda s: s.exec(select(JobState.job_id)).all()) == ["a"]
    await database.close()
    assert sqlite3.connect(tmp_path / "replay.db").execute("SELECT job_id FROM job_state").fetchall() == [("a",)]


@pytest.mark.skipif(on_postgres(), reason="a replay's file")
async def test_a_replay_batch_that_fails_is_rolled_back_alone(tmp_path):
    database = _replay_db(tmp_path / "replay.db")
    await database.start()
    await database.write(lambda s: s.add(JobState(job_id="kept", last_run_at=AT)))

    def bad(session: Session):
        session.add(JobState(job_id="x", last_run_at=AT))
        raise ValueError("boom")

    results = await asyncio.gather(database.write(bad), database.write(lambda s: s.add(JobState(job_id="y", last_run_at=AT))),
                                   return_exceptions=True)
    assert isinstance(results[0], ValueError) and results[1] is None
    assert await database.read(lambda s: s.exec(select(JobState.job_id).order_by(JobState.job_id)).all()) == ["kept", "y"]
    await database.close()


@pytest.mark.skipif(on_postgres(), reason="a replay's file")
async def test_a_replay_whose_commit_fails_stops_showing_anything(tmp_path):
    """Acknowledged writes that cannot be committed make every later settle fail (the replay stops, exit 1):
    nothing that depends on them is shown."""
    from storage.db import DatabaseUnavailable
    database = _replay_db(tmp_path / "replay.db")
    await database.start()
    await database.write(lambda s: s.add(JobState(job_id="a", last_run_at=AT)))


    class Failing:  # the open transaction, as a full disk or an I/O error fails its COMMIT
        def commit(self):
            raise sa.exc.OperationalError("COMMIT", None, sqlite3.OperationalError("disk I/O error"))

    database._open = Failing()
    with pytest.raises(DatabaseUnavailable):
        database.settle()
    assert database.lost is not None
    with pytest.raises(DatabaseUnavailable):
        database.settle()
    with pytest.raises(DatabaseUnavailable):
        await database.write(lambda s: s.add(JobState(job_id="b", last_run_at=AT)))
    await database.close()
