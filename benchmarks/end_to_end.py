"""End-to-end replay throughput beside the raw SQLite batched-insert ceiling (target >= 0.6x).

    .venv/bin/python benchmarks/end_to_end.py [--sequential] [--messages N]       (or: make bench)

A seeded day of chat (ordinary messages, sign-ins, points look-ups, the odd ad) in
50 groups of 200 members runs through ``qunbot replay``'s own code (``run_replay``:
concurrent windows unless --sequential) — the real bot on the local adapter and a
virtual clock with the shipped config.yaml: ingest and log, moderation, commands and
handlers, the paced send queue, scheduled posts. The time runs from the parsed
transcript to the bot stopped: every event_log row committed, the send queue drained;
less the start-up (config, templates, schema), timed on the same transcript without
its messages, which a longer replay pays once.
``make bench`` also reports it beside the moderation stage's throughput (``run.py``).

The baseline is the ceiling of the durable log on the same disk: the very rows the
bot logged, inserted with plain sqlite3 ``executemany``, 1,000 rows per
transaction, WAL and synchronous=NORMAL, into the same schema (indexes included).
"""
from __future__ import annotations

import asyncio
import io
import logging
import random
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import Figure, table  # noqa: E402
from benchmarks.local_bot import ROOT, store_groups  # noqa: E402
from bot.events import GroupInfo  # noqa: E402
from bot.replay import GroupLine, MessageLine, TranscriptLine, run_replay  # noqa: E402
from storage import Database  # noqa: E402

START = datetime(2026, 11, 23, 0, 0, tzinfo=timezone.utc)  # 08:00 in Shanghai: the morning posts fall in the run
HAN = [chr(0x4E00 + i) for i in range(3700)]
CHAT = ["早上好", "谢谢群主", "今天天气真好", "宝宝睡了", "这个多少钱", "[强]", "哈哈哈", "已下单"]
ADS = ["加薇信 yh_888666 日结兼职", "免费领取 www.haohuo.top 加V", "刷单返利 q群 123456789"]
COLUMNS = ("at", "group_id", "member_id", "event", "kind", "text", "inviter")
TARGET = 0.6


def chat(rng: random.Random, infos: list[GroupInfo], count: int, spacing: float) -> list[tuple]:
    """(group, member, text, at): skewed talkers, mostly chat, some sign-ins, points and ads."""
    weights = [rng.paretovariate(1.2) for _ in infos[0].members]
    out = []
    for i in range(count):
        group = rng.choice(infos)
        member = rng.choices(group.members, weights=weights)[0].id
        roll = rng.random()
        if roll < 0.10:
            text = rng.choice(["签到", "打卡", "我来打卡啦"])
        elif roll < 0.13:
            text = "我的积分"
        elif roll < 0.14:
            text = rng.choice(ADS)
        elif roll < 0.40:
            text = rng.choice(CHAT)
        else:
            text = "".join(rng.choices(HAN, k=rng.randint(4, 40)))
        out.append((group.id, member, text, START + timedelta(seconds=i * spacing)))
    return out


def transcript(infos: list[GroupInfo], lines: list[tuple]) -> list[TranscriptLine]:
    """The chat as ``qunbot replay`` reads it: the groups declared, then the messages."""
    declared = [GroupLine(type="group", t=START, group=g.id, name=g.name, owner=g.owner,
                          members=[{"id": m.id, "name": m.name} for m in g.members]) for g in infos]
    return declared + [MessageLine(type="message", t=at, group=group, text=text, **{"from": member})
                       for group, member, text, at in lines]


async def replay(lines: list[TranscriptLine], db_path: Path, sequential: bool = False) -> tuple[float, int]:
    """Seconds from the parsed transcript to the bot stopped (log committed, queue drained); actions taken."""
    out = io.StringIO()
    started = time.perf_counter()
    await run_replay(lines, config_path=ROOT / "config.yaml", db_path=db_path, until=None, out=out,
                     sequential=sequential)
    return time.perf_counter() - started, out.getvalue().count("\n")


def logged_rows(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as con:
        return con.execute(f"SELECT {', '.join(COLUMNS)} FROM event_log ORDER BY id").fetchall()


def ceiling(rows: list[tuple], db_path: Path) -> float:
    """Rows/s of the same rows straight into SQLite, 1,000 per transaction, WAL + synchronous=NORMAL."""
    Database(db_path).engine.dispose()  # the bot's schema, indexes included
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    insert = f"INSERT INTO event_log ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    started = time.perf_counter()
    for at in range(0, len(rows), 1000):
        con.execute("BEGIN")
        con.executemany(insert, rows[at:at + 1000])
        con.execute("COMMIT")
    seconds = time.perf_counter() - started
    con.close()
    return len(rows) / seconds


def measure(quick: bool = False, sequential: bool = False, messages: int | None = None) -> list[Figure]:
    """``messages``: fewer (or more) than the day's 20,000, for paired runs on a busy machine."""
    group_count, members, count = (5, 20, 300) if quick else (50, 200, messages or 20_000)
    rng = random.Random(10)
    infos = store_groups(group_count, members)
    lines = chat(rng, infos, count, spacing=86400 / count)  # one day of chat
    logging.getLogger("bot").setLevel(logging.ERROR)  # the replay's own warnings are not the benchmark's output
    with tempfile.TemporaryDirectory(prefix="qunbot-bench-") as tmp:
        startup = 0.0 if quick else asyncio.run(replay(transcript(infos, []), Path(tmp) / "empty.db", sequential))[0]
        total, actions = asyncio.run(replay(transcript(infos, lines), Path(tmp) / "bot.db", sequential))
        seconds = max(total - startup, 1e-3)
        rows = logged_rows(Path(tmp) / "bot.db")
        if len(rows) != len(lines):
            raise RuntimeError(f"the bot logged {len(rows)} rows for {len(lines)} messages")
        rows_per_second = ceiling(rows, Path(tmp) / "ceiling.db")
    rate = len(lines) / seconds
    print(f"end-to-end{' (sequential)' if sequential else ''}: {len(lines):,} messages in {group_count} groups in "
          f"{seconds:.2f} s ({rate:,.0f} msg/s; {total:.2f} s with the start-up), "
          f"{actions:,} actions; ceiling {rows_per_second:,.0f} rows/s")
    return [Figure("end-to-end replay", "msg/s", rate, rows_per_second, "SQLite batched-insert ceiling",
                   target=TARGET, target_on_ratio=True,
                   note=f"{len(lines):,} messages, {group_count} groups x {members} members, shipped config, "
                        f"virtual clock, qunbot replay's run_replay{' --sequential' if sequential else ''}; "
                        f"{actions:,} bot actions; start-up ({startup:.1f} s) left out")]


if __name__ == "__main__":
    count = int(sys.argv[sys.argv.index("--messages") + 1]) if "--messages" in sys.argv else None
    print(table(measure(quick="--quick" in sys.argv, sequential="--sequential" in sys.argv, messages=count)))
