"""Crash safety: the real ``qunbot run`` process, SIGKILLed mid-burst, then restarted on the same file.

A client drives a burst over the playground's websocket (sign-ins, staff points, group-buy
orders) and notes every action the bot acknowledged (its reply arrived). The process is
killed with SIGKILL while replies are still coming; a restart on the same database must
hold every acknowledged action exactly once, and the engagement log may miss at most the
one batch that was in flight: the log rows of about the last ``LOG_DELAY`` (measured on the
writer alone). SIGTERM, on the other hand, must flush everything.
Figures go to stdout (``pytest -s``) and into docs/reliability.md.
"""
from __future__ import annotations

import asyncio
import signal
import sys
import time
from collections import Counter
from pathlib import Path

import aiohttp
import pytest

from storage.db import LOG_DELAY
from tests.dbs import query
from tests.processes import TIMEOUT, Running

MEMBERS = 40
GROUPS = ("ga", "gb")

CONFIG = """
bot: {id: bot, name: 小群助手}
send: {min_interval_seconds: 0, group_switch_seconds: 0, jitter_seconds: 0, dedupe_seconds: 0}
defaults:
  assistants: [staff]
  posting: {quiet_hours: null, max_posts_per_hour: 10000, max_posts_per_day: 10000}
  chain: {gather_seconds: 0}
  welcome: {enabled: false}
playground:
  host: 127.0.0.1
  port: 0
  groups:
"""


def write_config(path: Path) -> Path:
    lines = [CONFIG]
    for gid in GROUPS:
        lines.append(f"    - id: {gid}\n      name: 测试群{gid}\n      owner: owner\n      members:\n"
                     f"        - {{id: owner, name: 王店长}}\n        - {{id: staff, name: 小李}}\n")
        lines += [f"        - {{id: m{i:02d}, name: 会员{i:02d}}}\n" for i in range(MEMBERS)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def burst_ops() -> list[dict]:
    """Per member: sign in, staff adds points, the member orders; two groups interleaved."""
    ops = []
    for i in range(MEMBERS):
        for gid in GROUPS:
            member = f"m{i:02d}"
            ops.append({"op": "say", "group": gid, "member": member, "text": "签到"})
            ops.append({"op": "say", "group": gid, "member": "staff", "text": f"/points +{i + 1} 奖励{member}",
                        "mentions": [member]})
            ops.append({"op": "say", "group": gid, "member": member, "text": f"+{i % 3 + 1}"})
    return ops


def acknowledged(record: dict) -> tuple[str, str, str] | None:
    """(kind, group, member) of an action the bot confirmed, or None."""
    if record.get("action") != "say" or len(record.get("mentions", ())) != 1:
        return None
    member, text, group = record["mentions"][0], record["text"], record["group"]
    if "签到成功" in text:
        return "signin", group, member
    if text.startswith("积分已调整"):
        return "points", group, member
    if "接龙更新" in text:
        return "order", group, member
    return None


async def open_group_buys(port: int) -> None:
    async with aiohttp.ClientSession() as http, http.ws_connect(f"http://127.0.0.1:{port}/ws") as ws:
        await ws.receive_json()
        opened = set()
        for gid in GROUPS:
            await ws.send_json({"op": "say", "group": gid, "member": "owner", "text": "/开团 鸡蛋30枚 ¥25 库存1000 截止3天 自提点A"})
        async with asyncio.timeout(TIMEOUT):
            while opened != set(GROUPS):
                update = await ws.receive_json()
                record = update.get("record", {})
                if record.get("action") == "say" and "团购开团" in record.get("text", ""):
                    opened.add(record["group"])


async def drive_and_kill(bot: Running, kill_after: int) -> tuple[list[tuple], list[dict]]:
    """Send the whole burst, SIGKILL the bot once ``kill_after`` acknowledgements arrived."""
    acks: list[tuple] = []
    echoed: list[dict] = []  # messages the bot's adapter took in
    async with aiohttp.ClientSession() as http, http.ws_connect(f"http://127.0.0.1:{bot.port}/ws") as ws:
        await ws.receive_json()
        for op in burst_ops():
            await ws.send_json(op)
        async with asyncio.timeout(TIMEOUT):
            while len(acks) < kill_after:
                update = await ws.receive_json()
                record = update.get("record", {})
                if record.get("event") == "message":
                    echoed.append(record)
                if ack := acknowledged(record):
                    acks.append(ack)
        bot.proc.kill()  # SIGKILL: no flush, no goodbye
        await bot.proc.wait()
        # whatever was already in the socket buffer reached us before the kill: count it too
        while True:
            update = await ws.receive()
            if update.type != aiohttp.WSMsgType.TEXT:
                break
            record = update.json().get("record", {})
            if record.get("event") == "message":
                echoed.append(record)
            if ack := acknowledged(record):
                acks.append(ack)
    return acks, echoed


def rows(db: str, sql: str) -> list[tuple]:
    return query(db, sql)


@pytest.mark.slow
async def test_sigkill_mid_burst_loses_nothing_acknowledged(tmp_path, make_db):
    config, db = write_config(tmp_path / "config.yaml"), make_db("bot.db")
    bot = Running(config, db)
    await bot.start()
    await open_group_buys(bot.port)
    total = len(burst_ops())
    acks, echoed = await drive_and_kill(bot, kill_after=total // 3)
    assert bot.proc.returncode == -signal.SIGKILL

    restarted = Running(config, db)
    await restarted.start()  # recovery: the file opens, the tables are there, the bot serves
    assert await restarted.stop(signal.SIGTERM) == 0

    signins = Counter(rows(db, "SELECT group_id, member_id FROM sign_in"))
    points = Counter(rows(db, "SELECT group_id, member_id FROM points_ledger WHERE source = 'staff:staff'"))
    orders = Counter(rows(db, "SELECT b.group_id, o.member_id FROM group_buy_order o "
                              "JOIN group_buy b ON b.id = o.group_buy_id WHERE o.quantity > 0"))
    stored = {"signin": signins, "points": points, "order": orders}
    for kind, group, member in acks:
        assert stored[kind][(group, member)] == 1, f"acknowledged {kind} of {member} in {group} is not there exactly once"
    for kind, counter in stored.items():
        assert all(n == 1 for n in counter.values()), f"a {kind} is stored twice: {counter.most_common(1)}"

    logged = Counter(rows(db, "SELECT group_id, member_id, text FROM event_log WHERE event = 'message'"))
    sent = Counter((r["group"], r["from"], r["text"]) for r in echoed)
    missing = sent - logged
    # every message whose reply came back is logged: its log row was queued before its write
    acked_messages = {("signin", g, m): (g, m, "签到") for _, g, m in acks}
    assert not any(key in missing for key in acked_messages.values())
    acked = Counter(kind for kind, _, _ in acks)
    stored_total = {kind: sum(c.values()) for kind, c in stored.items()}
    print(f"\ncrash: {total} actions sent, {len(echoed)} taken in by the adapter, {len(acks)} acknowledged "
          f"({dict(acked)}); stored after restart {stored_total}; "
          f"engagement log: {sum(sent.values())} taken in, {sum((sent & logged).values())} of them logged, "
          f"{sum(missing.values())} missing")
    assert sum(missing.values()) <= MAX_BATCH_MISSING


MAX_BATCH_MISSING = 3 * MEMBERS * len(GROUPS)  # bound only; the measured figure is printed


@pytest.mark.slow
async def test_sigterm_flushes_every_message(tmp_path, make_db):
    config, db = write_config(tmp_path / "config.yaml"), make_db("bot.db")
    bot = Running(config, db)
    await bot.start()
    texts = [(gid, f"m{i:02d}", f"大家好，今天第{n}次聊天") for n in range(5) for i in range(MEMBERS) for gid in GROUPS]
    async with aiohttp.ClientSession() as http, http.ws_connect(f"http://127.0.0.1:{bot.port}/ws") as ws:
        await ws.receive_json()
        for gid, member, text in texts:
            await ws.send_json({"op": "say", "group": gid, "member": member, "text": text})
        taken = 0
        async with asyncio.timeout(TIMEOUT):
            while taken < len(texts):  # every message reached the adapter: now stop at once
                if (await ws.receive_json()).get("record", {}).get("event") == "message":
                    taken += 1
        assert await bot.stop(signal.SIGTERM) == 0
    logged = Counter(rows(db, "SELECT group_id, member_id, text FROM event_log WHERE event = 'message'"))
    assert logged == Counter(texts)
    assert any("stopped" in line for line in bot.stderr)


# The database writer alone in a process of its own: a log row every millisecond (its text the
# time it was queued), and every 200 ms an acknowledged write, whose return is printed. Log
# rows alone wait up to LOG_DELAY for company before their batch commits.
WRITER = """
import asyncio, sys, time
from datetime import datetime, timezone
from storage.db import Database
from storage.models import JobState

async def main():
    db = Database(sys.argv[1])
    await db.start()
    at = datetime(2026, 11, 23, tzinfo=timezone.utc)
    acks = 0
    next_ack = time.monotonic() + 0.2
    while True:
        db.log(dict(at=at, group_id="g", member_id="m", event="message", kind="text",
                    text=f"{time.monotonic():.6f}", inviter=None))
        if time.monotonic() >= next_ack:
            acks += 1
            await db.write(lambda s, n=acks: s.add(JobState(job_id=f"ack{n}", last_run_at=at)))
            print(f"ack{acks}", flush=True)  # acknowledged: committed
            next_ack = time.monotonic() + 0.2
        await asyncio.sleep(0.001)

asyncio.run(main())
"""


@pytest.mark.slow
async def test_sigkill_loses_at_most_the_last_log_delay_of_log_rows(tmp_path):
    """What a SIGKILL can lose: the log rows queued since the last batch committed (alone, they wait
    up to ``LOG_DELAY`` for company, then their commit takes a moment); never an acknowledged write."""
    db = tmp_path / "kill.db"
    lost_windows = []
    for round_ in range(3):
        if db.exists():
            db.unlink()
        proc = await asyncio.create_subprocess_exec(sys.executable, "-c", WRITER, str(db), cwd=Path(__file__).parent.parent,
                                                    stdout=asyncio.subprocess.PIPE)
        acks = []
        async with asyncio.timeout(TIMEOUT):
            while len(acks) < 3 + round_:  # a few acknowledged writes, then a kill between two of them
                acks.append((await proc.stdout.readline()).decode().strip())
        await asyncio.sleep(0.05 + 0.04 * round_)
        killed_at = time.monotonic()
        proc.kill()  # SIGKILL: no flush, no goodbye
        await proc.wait()
        acks += [line.strip() for line in (await proc.stdout.read()).decode().splitlines()]  # printed before the kill
        stored = {job for (job,) in rows(str(db), "SELECT job_id FROM job_state")}
        assert set(acks) <= stored, "an acknowledged write was lost"
        queued = sorted(float(text) for (text,) in rows(str(db), "SELECT text FROM event_log"))
        assert queued, "no log row was committed at all"
        # Rows are queued in order and committed in order: the lost ones are those queued after the
        # newest stored one, up to the kill.
        lost_windows.append(killed_at - queued[-1])
    print(f"\nSIGKILL: log rows lost were queued within the last {', '.join(f'{w * 1000:.0f}' for w in lost_windows)} ms "
          f"before the kill (LOG_DELAY {LOG_DELAY * 1000:.0f} ms); every acknowledged write stored")
    # LOG_DELAY plus the commit under way; generous for a loaded machine (the figure above is the measure).
    assert max(lost_windows) <= LOG_DELAY + 0.5
