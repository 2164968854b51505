"""Storage faults through the real bot: a full disk and a stalled database.

The disk is made full the portable way: ``PRAGMA max_page_count`` on every connection caps
the file at its current size, so the next page SQLite needs fails with "database or disk is
full", exactly as on a full volume. (A locked database held by another process is in
tests/test_storage.py.)
"""
from __future__ import annotations

import asyncio
import logging
import threading

import pytest
import sqlalchemy as sa
from sqlmodel import select

from storage import Database
from storage.db import DatabaseUnavailable
from storage.models import EventLog, JobState, SignIn
from tests.conftest import to
from tests.test_storage import AT, count, row


def cap_size(db: Database) -> list[int]:
    """Make the database 'full' at its current size; set limit[0] higher to free space again."""
    limit = [1]  # SQLite raises a cap below the current size to the current size
    raw = db.engine.raw_connection()  # no free pages left by the migrations' table rebuilds: full means full
    try:
        raw.driver_connection.isolation_level = None
        raw.driver_connection.execute("VACUUM")
    finally:
        raw.close()
    db.engine.dispose()  # new connections, all capped

    @sa.event.listens_for(db.engine, "connect")
    def _cap(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count = {limit[0]}")

    return limit


def free_space(db: Database, limit: list[int]) -> None:
    limit[0] = 1_000_000_000
    db.engine.dispose()


@pytest.mark.sqlite_only("a full disk is simulated with SQLite's max_page_count")
async def test_disk_full_refuses_acknowledged_writes_keeps_log_rows_and_never_spins(make_db, caplog):
    db = Database(make_db("full.db"))
    await db.start()
    limit = cap_size(db)
    attempts = 0
    commit_once = db._commit_once

    def counted(*args):
        nonlocal attempts
        attempts += 1
        return commit_once(*args)

    db._commit_once = counted
    for n in range(3000):
        db.log(row(n))
    with pytest.raises(DatabaseUnavailable, match="database or disk is full"):
        await db.write(lambda s: s.add(JobState(job_id="refused", last_run_at=AT)))
    for _ in range(200):  # the loop runs on: a failed batch must not be retried in a busy loop
        await asyncio.sleep(0)
    assert attempts == 1
    assert "database or disk is full; 3000 log rows held for the next batch, 1 acknowledged write(s) refused" in caplog.text
    assert "INSERT INTO" not in caplog.text  # one clear line, not 3,000 rows of SQL parameters
    assert await count(db) == 0  # reads still work while the disk is full

    free_space(db, limit)
    await db.write(lambda s: s.add(JobState(job_id="later", last_run_at=AT)))
    assert await count(db) == 3000  # every log row of the outage, once
    ids = await db.read(lambda s: s.exec(select(JobState.job_id)).all())
    assert ids == ["later"]  # the refused write was never confirmed, and is not half-there
    await db.close()


@pytest.mark.sqlite_only("a full disk is simulated with SQLite's max_page_count")
async def test_log_rows_held_through_a_long_outage_are_bounded_the_oldest_dropped(make_db, caplog, monkeypatch):
    monkeypatch.setattr("storage.db.HELD_ROWS_LIMIT", 100)  # 50,000 in production: the same path, small
    db = Database(make_db("full.db"))
    await db.start()
    limit = cap_size(db)
    for burst in range(3):  # a flood, batch after refused batch
        for n in range(80):
            db.log(row(burst * 80 + n))
        with pytest.raises(DatabaseUnavailable):
            await db.write(lambda s: s.add(JobState(job_id="refused", last_run_at=AT)))
        assert len(db._held) <= 100
    assert "60 oldest log rows dropped: at most 100 are held through an outage" in caplog.text
    free_space(db, limit)
    await db.flush()
    assert await count(db) == 100  # the newest 100, once each
    assert db._uncommitted == 0
    await db.close()


@pytest.mark.sqlite_only("a full disk is simulated with SQLite's max_page_count")
async def test_bot_on_a_full_disk_confirms_nothing_it_did_not_store_then_recovers(make_harness, caplog):
    harness = await make_harness()
    limit = cap_size(harness.db)
    harness.db.log(row(0) | {"member_id": "pad", "text": "x" * 200_000})  # needs new pages: from now on all fails
    refused = await harness.say("g1", "amy", "签到")
    assert not to("amy", refused)  # no "签到成功" for a sign-in that is not stored
    assert "database or disk is full" in caplog.text
    help_reply = await harness.say("g1", "bo", "/help")  # what needs no write is still answered
    assert to("bo", help_reply)

    free_space(harness.db, limit)
    again = await harness.say("g1", "amy", "签到")
    assert "签到成功" in to("amy", again)[0]["text"]
    signins = await harness.db.read(lambda s: s.exec(select(SignIn.member_id)).all())
    assert signins == ["amy"]
    logged = await harness.db.read(lambda s: s.exec(select(EventLog.text).where(EventLog.member_id.not_in(["bot", "pad"]))).all())
    assert logged.count("签到") == 2 and "/help" in logged  # the outage's log rows are kept


async def test_a_stalled_database_holds_only_what_needs_it(make_harness):
    """The writer is stuck (a slow disk): other groups' commands are answered; a sign-in waits and is
    confirmed only once stored."""
    harness = await make_harness()
    stuck = threading.Event()
    stall = asyncio.ensure_future(harness.db.write(lambda s: stuck.wait(30)))
    await asyncio.sleep(0)
    signin = asyncio.ensure_future(harness.bot.handle(harness.adapter.message("g1", "amy", "签到")))
    try:
        help_reply = await asyncio.wait_for(harness.say("g2", "zhang", "/help"), 3)
        assert to("zhang", help_reply)
        assert not signin.done()
        assert not any("签到成功" in a.get("text", "") for a in harness.actions)
    finally:
        stuck.set()
        await asyncio.wait_for(asyncio.gather(stall, signin), 10)
    done = await harness.drain()
    assert "签到成功" in to("amy", done)[0]["text"]
