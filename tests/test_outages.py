"""Database outages during scheduled work: the timeline and the send queue keep serving.

SQLite is locked by another connection for longer than the writer's patience (its busy
timeout and retries are shortened so the test is fast); PostgreSQL is a throwaway cluster
this file starts in a temporary directory, stopped and started again mid-run.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from storage import Database
from storage.models import EventLog, GroupBuyOrder, PendingPost, SignIn
from bot.config.loader import parse_config
from tests.conftest import GROUP, OWNED, TEST_CONFIG, Harness, local, privately, to


def impatient(db: Database, retries: int = 2, busy_ms: int = 20) -> None:
    """The writer gives up after ~0.1 s instead of ~50 s: the same code path, quickly."""
    db.retries = retries
    db.engine.dispose()

    @sa.event.listens_for(db.engine, "connect")
    def _short(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA busy_timeout = {busy_ms}")


class Lock:
    """Another process holding SQLite's write lock (reads still work: WAL)."""

    def __init__(self, db: Database) -> None:
        self.connection = sqlite3.connect(db.path, check_same_thread=False, isolation_level=None)
        self.connection.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.connection.execute("COMMIT")
        self.connection.close()


def greetings(actions: list[dict]) -> list[str]:
    return sorted(a["group"] for a in actions if a.get("action") == "say" and a["text"].startswith("早上好"))


@pytest.mark.sqlite_only("SQLite's write lock held by another connection")
async def test_a_lock_over_a_scheduled_run_delays_the_post_and_nothing_stops(make_harness, caplog):
    harness = await make_harness(start=local("2026-11-23 07:59"))
    impatient(harness.db)
    lock = Lock(harness.db)
    try:
        await harness.sim.advance_to(local("2026-11-23 08:00:30"))  # the 08:00 run cannot be claimed
        refused = await harness.say("g1", "amy", "签到")
        assert not to("amy", refused)  # not stored: not confirmed
        assert to("bo", await harness.say("g1", "bo", "/help"))  # what needs no write is answered
        assert greetings(harness.actions) == []
        assert "job morning" in caplog.text and "database is locked" in caplog.text
    finally:
        lock.release()
    seen = len(harness.actions)
    await harness.sim.advance_to(local("2026-11-23 08:03"))
    await harness.drain()
    assert "签到成功" in to("amy", harness.actions[seen:])[0]["text"]  # the refused sign-in, handled again
    assert greetings(harness.actions) == ["g1", "g2"]  # made once the database is back, once each
    assert "已经签到过" in to("amy", await harness.say("g1", "amy", "签到"))[0]["text"]
    await harness.sim.advance_to(local("2026-11-24 08:01"))
    assert greetings(harness.actions) == ["g1", "g1", "g2", "g2"]  # the next day as usual


@pytest.mark.sqlite_only("SQLite's write lock held by another connection")
async def test_a_lock_between_two_posts_of_a_fan_out_holds_the_second_until_it_can_be_marked(make_harness, caplog):
    harness = await make_harness(start=local("2026-11-23 07:59"))
    impatient(harness.db)
    await harness.sim.advance_to(local("2026-11-23 08:00:01"))  # g1 (or g2) posted; the other waits its turn
    assert len(greetings(harness.actions)) == 1
    lock = Lock(harness.db)
    try:
        await harness.sim.advance_to(local("2026-11-23 08:01"))
        assert len(greetings(harness.actions)) == 1  # it cannot be marked as being sent: it waits
        assert "database is locked" in caplog.text
    finally:
        lock.release()
    await harness.sim.advance_to(local("2026-11-23 08:03"))
    await harness.drain()
    assert greetings(harness.actions) == ["g1", "g2"]
    assert await harness.db.read(lambda s: s.exec(select(PendingPost)).all()) == []


@pytest.mark.sqlite_only("SQLite's write lock held by another connection")
async def test_a_lock_right_after_a_send_keeps_its_row_until_the_database_is_back(make_harness, caplog):
    """The send went out, then the row cannot be removed: the queue goes on, and removes it later."""
    harness = await make_harness(start=local("2026-11-23 07:59"))
    impatient(harness.db)
    send, locks = harness.adapter.send_text, []

    async def send_then_lock(group_id, text, mentions=()):
        await send(group_id, text, mentions)
        if not locks:
            locks.append(Lock(harness.db))

    harness.adapter.send_text = send_then_lock
    try:
        await harness.sim.advance_to(local("2026-11-23 08:00:10"))
        assert len(greetings(harness.actions)) == 1
        assert "stay stored for now" in caplog.text
        await harness.sim.feed(harness.adapter.message("g1", "bo", "/help"))  # (say() would drain for ever)
        await harness.sim.advance_to(local("2026-11-23 08:00:20"))
        assert to("bo", harness.actions)  # replies still go out
    finally:
        locks[0].release()
    await harness.sim.advance_to(local("2026-11-23 08:03"))
    await harness.drain()
    assert greetings(harness.actions) == ["g1", "g2"]  # each once
    assert await harness.db.read(lambda s: s.exec(select(PendingPost)).all()) == []


@pytest.mark.sqlite_only("SQLite's write lock held by another connection")
async def test_messages_an_outage_interrupted_are_handled_once_in_their_order_when_it_is_back(make_harness, caplog):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存5 截止20:00 自提点A")
    impatient(harness.db)
    lock = Lock(harness.db)
    try:
        assert not to("amy", await harness.say("g1", "amy", "签到"))  # not stored: not confirmed (yet)
        assert not to("bo", await harness.say("g1", "bo", "我要2份"))
        assert not to("bo", await harness.say("g1", "bo", "签到"))  # held behind bo's order
        assert to("bo", await harness.say("g1", "bo", "/help"))  # what needs no write is answered meanwhile
        assert len(harness.bot.pipeline.held) == 3
    finally:
        lock.release()
    seen = len(harness.actions)
    await harness.sim.advance_to(local("2026-11-23 09:01"))  # the next try, 30 s after the last refusal
    await harness.drain()
    late = [a["text"] for a in harness.actions[seen:] if a.get("action") == "say"]
    assert "签到成功" in to("amy", harness.actions[seen:])[0]["text"]
    assert "第 2 位" in to("bo", harness.actions[seen:])[0]["text"]  # amy said it first
    assert len([text for text in late if "签到成功" in text]) == 2
    assert len([text for text in late if "波波 2 份" in text and "已订 2 份" in text]) == 1  # the order (gathered)
    assert "已经签到过" in to("amy", await harness.say("g1", "amy", "签到"))[0]["text"]
    signins = await harness.db.read(lambda s: s.exec(select(SignIn.member_id)).all())
    assert sorted(signins) == ["amy", "bo"]  # each stored once
    orders = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    assert [tuple(o) for o in orders] == [("bo", 2)]
    logged = await harness.db.read(lambda s: s.exec(sa.select(EventLog.text).where(EventLog.member_id == "bo")).all())
    assert [row[0] for row in logged] == ["我要2份", "签到", "/help"]  # logged once, not again when handled again
    assert "3 held message(s) handled again" in caplog.text and len(harness.bot.pipeline.held) == 0
    assert not privately("owner", harness.actions)  # nothing dropped: nothing to tell


@pytest.mark.sqlite_only("SQLite's write lock held by another connection")
async def test_a_flood_during_an_outage_is_held_to_a_bound_and_what_is_dropped_is_said(make_harness, caplog):
    harness = await make_harness(groups=[GROUP])
    impatient(harness.db)
    held = harness.bot.pipeline.held
    held.limit, held.per_member = 3, 2
    lock = Lock(harness.db)
    try:
        for text in ("签到", "我的积分", "签到", "签到"):  # held; answered (a read); held; dropped (2 per member)
            await harness.say("g1", "bo", text)
        await harness.say("g1", "amy", "签到")  # held: three in all
        await harness.say("g1", "staff", "签到")  # dropped: the bound
        assert len(held) == 3
    finally:
        lock.release()
    told = privately("bo", harness.actions)
    assert len(told) == 1 and "没能处理" in told[0]["text"] and "签到" in told[0]["text"]  # once, privately
    assert len(privately("staff", harness.actions)) == 1
    assert "not held" in caplog.text
    seen = len(harness.actions)
    await harness.sim.advance_to(local("2026-11-23 09:01"))
    await harness.drain()
    late = harness.actions[seen:]
    assert "第 1 位" in to("bo", late)[0]["text"] and "第 2 位" in to("amy", late)[0]["text"]
    [alert] = privately("owner", late)
    assert "3 条消息已在恢复后按顺序补处理" in alert["text"] and "另有 2 条" in alert["text"] and "2 位" in alert["text"]
    signins = await harness.db.read(lambda s: s.exec(select(SignIn.member_id)).all())
    assert sorted(signins) == ["amy", "bo"]


async def test_the_timeline_survives_a_failing_source_and_the_watchdog_tells_the_owner_once(make_harness, caplog):
    """A bug in a source: the timeline logs it and goes on; if the loop itself ever ends, the
    supervisor says so loudly, tells the owner once, and starts it again."""
    from bot.app import Bot
    from bot.clock import SystemClock

    harness = await make_harness()
    clock = SystemClock()
    bot = Bot(harness.bot.ctx.config, transport=harness.adapter, clock=clock, db=Database(harness.db.url.render_as_string(hide_password=False)),
              config_path=harness.bot.config_path)
    calls = {"next_due": 0}

    class Broken:
        def next_due(self):
            calls["next_due"] += 1
            if calls["next_due"] in (1, 2):
                raise RuntimeError("a bug in next_due")
            return None

        async def run_due(self, now):
            raise AssertionError("never due")

    class Failing:
        def __init__(self):
            self.runs = 0

        def next_due(self):
            return clock.now() if self.runs < 3 else None

        async def run_due(self, now):
            self.runs += 1
            raise RuntimeError("a bug in run_due")

    failing = Failing()
    bot.timeline.sources = [Broken(), failing, *bot.timeline.sources]
    bot.timeline.retry_seconds = 0.01
    bot.watchdog_restart_seconds = 0.01
    with caplog.at_level(logging.INFO):
        await bot.start(realtime=True)
        try:
            async with asyncio.timeout(5):
                while failing.runs < 3 or calls["next_due"] < 4:
                    await asyncio.sleep(0.01)
            bot.outbox.direct("amy", "还在")
            async with asyncio.timeout(5):
                while not any(a.get("to") == "amy" for a in harness.actions):
                    await asyncio.sleep(0.01)
        finally:
            await bot.stop()
    assert caplog.text.count("a bug in run_due") >= 3  # each failure logged, with the reason
    assert "the timeline stopped" in caplog.text
    alerts = [a for a in harness.actions if a.get("action") == "direct" and a["to"] == "owner"]
    assert len(alerts) == 1 and "定时" in alerts[0]["text"]  # told once, though it stopped twice


# --- PostgreSQL stopped mid-run: a throwaway cluster of this test's own ---------------------

PG_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))


class Cluster:
    """A PostgreSQL cluster in a temporary directory on a free port (never the system's on 5432)."""

    def __init__(self) -> None:
        self.bin = PG_BIN[-1].parent
        self.dir = Path(tempfile.mkdtemp(prefix="qunbot-pg-"))
        self.data = self.dir / "data"
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.as_user = [] if os.geteuid() != 0 else ["runuser", "-u", "postgres", "--"]
        if self.as_user:
            shutil.chown(self.dir, "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self.as_user, str(self.bin / tool), *args], check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.dir / "log"), "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def _why_no_cluster() -> str | None:
    if not PG_BIN:
        return "PostgreSQL's server binaries (/usr/lib/postgresql/*/bin/pg_ctl) are not installed"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "running as root without runuser: initdb refuses root"
    return None


@pytest.fixture(scope="module")
def cluster():
    if (reason := _why_no_cluster()) is not None:
        print(f"\nSKIPPED the PostgreSQL outage test: {reason}")
        pytest.skip(reason)
    made = Cluster()
    made.start()
    yield made
    made.remove()


async def test_postgresql_stopped_mid_run_then_every_reply_post_and_confirmation_goes_out(cluster, caplog):
    """Ordinary maintenance: the server is stopped for a while during the 08:00 fan-out, then started."""
    harness = Harness(parse_config(TEST_CONFIG), cluster.url, local("2026-11-23 07:59"))
    await harness.start([GROUP, OWNED])
    harness.db.retries = 2
    try:
        cluster.stop()
        try:
            await harness.sim.advance_to(local("2026-11-23 08:00:30"))
            assert not to("amy", await harness.say("g1", "amy", "签到"))  # not stored: not confirmed
            assert greetings(harness.actions) == []
            # A member never seen before: the stateless rules still apply, and nothing crashes.
            warned = await harness.say("g1", "newbie", "刷单返利，日赚三百", name="新人")
            assert to("newbie", warned), caplog.text
            assert to("bo", await harness.say("g1", "bo", "/help"))
            assert "job morning" in caplog.text
        finally:
            cluster.start()
        seen = len(harness.actions)
        await harness.sim.advance_to(local("2026-11-23 08:03"))
        await harness.drain()
        assert "签到成功" in to("amy", harness.actions[seen:])[0]["text"]  # the refused sign-in, handled again
        assert greetings(harness.actions) == ["g1", "g2"]
        assert "已经签到过" in to("amy", await harness.say("g1", "amy", "签到"))[0]["text"]
        assert await harness.db.read(lambda s: s.exec(select(PendingPost)).all()) == []
        assert "Traceback" not in caplog.text
    finally:
        await harness.bot.stop()


# --- the database file made read-only or deleted under the running bot ------------------------


@pytest.mark.sqlite_only("the SQLite file itself")
async def test_a_read_only_database_file_refuses_acknowledged_writes_and_tells_the_owner_once(make_harness, caplog):
    harness = await make_harness()
    os.chmod(harness.db.path, 0o444)
    try:
        for member in ("amy", "bo"):
            assert not to(member, await harness.say("g1", member, "签到"))  # not stored: not confirmed
        assert "the database file was made read-only" in caplog.text
    finally:
        os.chmod(harness.db.path, 0o644)
    alerts = [a for a in harness.actions if a["action"] == "direct" and a["to"] == "owner"]
    assert len(alerts) == 1 and "只读" in alerts[0]["text"]
    assert "签到成功" in to("amy", await harness.say("g1", "amy", "签到"))[0]["text"]  # writable again: goes on


@pytest.mark.sqlite_only("the SQLite file itself")
async def test_a_deleted_database_file_is_not_written_into_and_the_owner_is_told(make_harness, caplog):
    harness = await make_harness()
    os.unlink(harness.db.path)
    for member in ("amy", "bo"):
        assert not to(member, await harness.say("g1", member, "签到"))  # never "confirmed into nowhere"
    assert "the database file was deleted" in caplog.text
    alerts = [a for a in harness.actions if a["action"] == "direct" and a["to"] == "owner"]
    assert len(alerts) == 1 and "删除" in alerts[0]["text"]
    assert to("bo", await harness.say("g1", "bo", "/help"))  # what needs no write is still answered
