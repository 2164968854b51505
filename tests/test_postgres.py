"""PostgreSQL only: a dropped connection, a server that goes away, and two workers on one database."""
from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from functools import partial

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from storage import Database, migrate
from storage.db import DatabaseUnavailable
from storage.models import EventLog, JobState
from storage.rollups import refresh
from tests.dbs import on_postgres
from tests.test_storage import AT, count, row

pytestmark = pytest.mark.skipif(not on_postgres(), reason="needs PostgreSQL: set QUNBOT_TEST_DATABASE_URL (make test does)")


class Proxy:
    """A TCP relay to the server that the test can cut and restore: the server 'goes away'."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        self.port = 0
        self.server: asyncio.Server | None = None
        self.links: set[asyncio.StreamWriter] = set()

    async def start(self) -> None:
        self.server = await asyncio.start_server(self._relay, "127.0.0.1", self.port)
        self.port = self.server.sockets[0].getsockname()[1]

    async def cut(self) -> None:
        self.server.close()
        for writer in list(self.links):
            writer.transport.abort()
        await self.server.wait_closed()

    async def _relay(self, reader, writer) -> None:
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        self.links |= {writer, up_writer}

        async def pipe(src, dst):
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                dst.transport.abort()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        self.links -= {writer, up_writer}


async def test_a_dropped_connection_is_retried_and_the_batch_committed_once(make_db, caplog):
    db = Database(make_db())
    await db.start()
    attempts = []

    def killed_once(session):
        attempts.append(1)
        if len(attempts) == 1:  # the server ends this session mid-transaction (a restart, a failover)
            session.execute(sa.text("SELECT pg_terminate_backend(pg_backend_pid())"))
        session.add(JobState(job_id="ack", last_run_at=AT))
        return "stored"

    for n in range(10):
        db.log(row(n))
    assert await db.write(killed_once) == "stored"
    assert len(attempts) == 2 and await count(db) == 10
    assert "database unreachable or transaction conflict" in caplog.text and "retrying in" in caplog.text
    await db.close()


async def test_server_gone_refuses_acknowledged_writes_then_recovers_without_loss(make_db, caplog):
    url = make_url(make_db())
    proxy = Proxy(url.host, url.port or 5432)
    await proxy.start()
    db = await asyncio.to_thread(Database, url.set(port=proxy.port).render_as_string(hide_password=False))
    db.retries = 3
    await db.start()
    await db.write(lambda s: s.add(JobState(job_id="before", last_run_at=AT)))

    await proxy.cut()
    for n in range(5):
        db.log(row(n))
    with pytest.raises(DatabaseUnavailable, match="database write failed"):
        await db.write(lambda s: s.add(JobState(job_id="refused", last_run_at=AT)))
    assert "5 log rows held for the next batch, 1 acknowledged write(s) refused" in caplog.text

    await proxy.start()  # the server is back, on the same address
    await db.write(lambda s: s.add(JobState(job_id="after", last_run_at=AT)))
    assert await count(db) == 5  # the outage's log rows, once
    ids = await db.read(lambda s: sorted(s.scalars(sa.select(JobState.job_id)).all()))
    assert ids == ["after", "before"]  # the refused write was never confirmed and is not there
    await db.close()
    await proxy.cut()


async def test_a_roll_up_waits_for_a_worker_still_inserting_log_rows(make_db):
    """Worker A has inserted log rows (lower ids) but not committed; worker B commits later rows and
    rolls up. Without the log lock B would move the watermark past A's rows and never count them."""
    target = make_db()
    a, b = Database(target), Database(target)
    release = threading.Event()
    for n in range(3):
        a.log(row(n))
    a_commit = asyncio.ensure_future(a.write(lambda s: release.wait(10)))
    await asyncio.sleep(0)  # queued with the rows before A's writer starts: one transaction, held open
    await a.start()
    await b.start()
    await asyncio.sleep(0.2)
    assert await count(b) == 0  # A's rows are not visible yet
    for n in range(3, 7):
        b.log(row(n))
    await b.flush()
    rolled = asyncio.ensure_future(b.write(partial(refresh, offset=timedelta(hours=8)), log_barrier=True))
    await asyncio.sleep(0.5)
    assert not rolled.done()  # waits for A
    release.set()
    await a_commit
    await rolled
    total = await b.read(lambda s: s.scalar(sa.text("SELECT sum(messages) FROM daily_member_stats")))
    assert total == 7
    await a.close()
    await b.close()


async def test_two_workers_rolling_up_at_once_count_every_row_once(make_db):
    target = make_db()
    workers = [Database(target) for _ in range(2)]
    for db in workers:
        await db.start()

    async def work(db: Database, first: int) -> None:
        for burst in range(10):
            for n in range(50):
                db.log(row(first + burst * 50 + n))
            await db.write(partial(refresh, offset=timedelta(hours=8), chunk=70), log_barrier=burst % 2 == 0)

    await asyncio.gather(work(workers[0], 0), work(workers[1], 10_000))
    while await workers[0].write(partial(refresh, offset=timedelta(hours=8)), log_barrier=True):
        pass
    logged = await workers[0].read(lambda s: s.scalar(sa.select(sa.func.count()).select_from(EventLog)))
    rolled = await workers[0].read(lambda s: s.scalar(sa.text("SELECT sum(messages) FROM daily_member_stats")))
    assert logged == rolled == 1000
    for db in workers:
        await db.close()


def test_workers_starting_together_migrate_an_empty_database_once(make_db):
    target = make_db("fresh", empty=True)
    with ThreadPoolExecutor(3) as pool:
        started = list(pool.map(lambda _: Database(target), range(3)))
    with started[0].engine.connect() as connection:
        assert migrate.current(connection) == migrate.head()
    for db in started:
        db.engine.dispose()
