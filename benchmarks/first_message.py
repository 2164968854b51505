"""The first order and the first question after start-up: how long each holds the event loop, in fresh processes.

    .venv/bin/python benchmarks/first_message.py [--runs N]

Each run starts the real bot in a fresh interpreter (the shipped config.yaml, local adapter, SQLite file, virtual clock),
opens a group-buy, then times ``bot.handle`` for a first order, a second order, a sign-in and a first question — what a
reader loads at its first use (a learned model, a table) is paid on the loop by the message that first needs it. Prints
each run and the median, p99 (the worst of few runs) and the start-up time.
"""
from __future__ import annotations

import asyncio
import json
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.local_bot import ROOT, local_bot, store_groups  # noqa: E402

MESSAGES = ("我要两份", "给我来三份", "签到", "鸡蛋什么时候到货？")


async def one_run(tmp: Path) -> dict[str, float]:
    from bot.clock import VirtualClock
    from bot.config.loader import load_config

    clock = VirtualClock(datetime(2026, 11, 23, 1, tzinfo=timezone.utc))
    bot, adapter = local_bot(load_config(ROOT / "config.yaml"), clock, store_groups(2, 20), tmp / "bench.db")
    started = time.perf_counter()
    await bot.start(realtime=False)
    out = {"start-up s": time.perf_counter() - started}
    await bot.handle(adapter.message("g000", "g000-owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A", at=clock.now()))
    await bot.db.flush()
    try:
        for n, text in enumerate(MESSAGES):
            at = time.perf_counter()
            await bot.handle(adapter.message("g000", f"g000-m{n:03}", text, at=clock.now()))
            out[text] = (time.perf_counter() - at) * 1000
    finally:
        await bot.stop()
    return out


def main(runs: int) -> None:
    rows = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, __file__, "--child"], capture_output=True, text=True, cwd=ROOT, timeout=300)
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(" ".join(f"{key} {value:.2f}" if key.endswith("s") else f"{key} {value:.1f} ms" for key, value in rows[-1].items()))
    for key in rows[0]:
        values = sorted(row[key] for row in rows)
        print(f"{key}: median {statistics.median(values):.2f}, p99 {values[min(len(values) - 1, int(len(values) * 0.99))]:.2f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        logging.getLogger("bot").setLevel(logging.ERROR)
        with tempfile.TemporaryDirectory(prefix="qunbot-bench-") as tmp:
            print(json.dumps(asyncio.run(one_run(Path(tmp))), ensure_ascii=False))
    else:
        main(int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 5)
