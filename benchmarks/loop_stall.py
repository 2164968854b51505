"""Event-loop stall while 500 scheduled posts fall due at once (target: worst stall <= 20 ms).

    .venv/bin/python benchmarks/loop_stall.py [--quick]       (or: make bench)

A real bot (local adapter, SQLite file, the shipped content library) runs on a
clock set just before a minute boundary, with one scheduled post in each of 500
groups due on that minute. A probe task asks to wake every millisecond and
records how late it wakes: that lateness is the stall every member's message
would feel. The same probe first runs with the bot idle (the baseline, in the
same run); each of three rounds prints both side by side, and the median of
the maxima is judged against the target.
"""
from __future__ import annotations

import asyncio
import logging
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import Figure, table  # noqa: E402
from benchmarks.local_bot import local_bot  # noqa: E402
from bot.clock import SystemClock  # noqa: E402
from bot.config.loader import parse_config  # noqa: E402
from bot.events import GroupInfo, Member  # noqa: E402

GROUPS = 500
PROBE_SECONDS = 4.0
ROUNDS = 3  # a shared 2-core machine is noisy: the median of three maxima is judged
TARGET_MS = 20.0
CONFIG = """
send: {min_interval_seconds: 1.5, group_switch_seconds: 3, jitter_seconds: 2}
defaults:
  theme: health
  posting: {quiet_hours: null}
  schedule:
    - {id: tip, cron: "* * * * *", action: post}
"""


class AheadClock(SystemClock):
    """The system clock moved so that a minute boundary is ``lead`` seconds away."""

    def __init__(self, lead: float) -> None:
        self.aim(lead)

    def aim(self, lead: float) -> None:
        real = datetime.now(timezone.utc)
        self.boundary = real.replace(second=0, microsecond=0) + timedelta(minutes=1)
        self.offset = self.boundary - real - timedelta(seconds=lead)

    def now(self) -> datetime:
        return super().now() + self.offset


class SlowStart(Exception):
    """The bot took longer to start than the lead: the posts' minute went by before it was up."""


async def probe(seconds: float) -> list[float]:
    """How late (ms) a 1 ms sleep wakes, over ``seconds``."""
    late = []
    end = time.perf_counter() + seconds
    while (start := time.perf_counter()) < end:
        await asyncio.sleep(0.001)
        late.append((time.perf_counter() - start - 0.001) * 1000)
    return late


async def with_bot(db_dir: Path, groups: int, seconds: float, lead: float) -> tuple[list[float], int, int]:
    config = parse_config(CONFIG)
    clock = AheadClock(lead)
    stores = [GroupInfo(f"g{n:03}", f"门店{n}群", "owner", (Member("owner", "店长"),)) for n in range(groups)]
    bot, adapter = local_bot(config, clock, stores, db_dir / "bench.db", config_path=None)
    sent = []
    adapter.subscribe(sent.append)
    clock.aim(lead)  # building the bot took time too: the boundary is ``lead`` from the start call
    await bot.start(realtime=True)
    try:
        if clock.now() >= clock.boundary:
            raise SlowStart
        late = await probe(seconds)  # the posts fall due ``lead`` s in
        queued = len(bot.outbox)
    finally:
        await bot.stop()
    return late, queued, len(sent)


def summary(late: list[float]) -> str:
    ordered = sorted(late)
    p99 = ordered[int(len(ordered) * 0.99)]
    return f"max {max(late):7.2f} ms   p99 {p99:6.2f} ms   median {statistics.median(late):5.2f} ms"


async def round_with_bot(groups: int, seconds: float) -> tuple[list[float], int, int]:
    """One round with the bot; on a loaded machine a slow start is retried with a longer lead."""
    for lead in (1.0, 3.0, 9.0):
        with tempfile.TemporaryDirectory() as tmp:
            try:
                return await with_bot(Path(tmp), groups, seconds + lead - 1.0, lead)
            except SlowStart:
                print(f"  the bot took over {lead:g} s to start (a loaded machine): again with a longer lead")
    raise RuntimeError("the bot never started within 9 s: no stall measured")


async def stalls(groups: int, seconds: float, rounds: int) -> tuple[float, float]:
    """Median over ``rounds`` of the worst stall (ms): idle loop, then with ``groups`` posts falling due."""
    print(f"event-loop stall, {groups} scheduled posts falling due at once (probe: 1 ms sleeps for {seconds:g} s)")
    base_max, load_max = [], []
    for round_ in range(1, rounds + 1):
        baseline = await probe(seconds)
        loaded, queued, sent = await round_with_bot(groups, seconds)
        base_max.append(max(baseline))
        load_max.append(max(loaded))
        print(f"round {round_}")
        print(f"  baseline, idle loop : {summary(baseline)}")
        print(f"  {groups} posts fall due  : {summary(loaded)}")
        print(f"  sent during probe   : {sent} (paced: 3-5 s per group switch); still queued: {queued}")
        if sent + queued != groups:
            raise RuntimeError(f"posts were lost: {sent} sent and {queued} queued of {groups}")
    return statistics.median(base_max), statistics.median(load_max)


def measure(quick: bool = False) -> list[Figure]:
    groups, seconds, rounds = (20, 1.5, 1) if quick else (GROUPS, PROBE_SECONDS, ROUNDS)
    logging.getLogger("bot").setLevel(logging.ERROR)  # the posts left in the paced queue at the stop are expected
    base, load = asyncio.run(stalls(groups, seconds, rounds))
    return [Figure("event-loop stall", "ms", load, base, "idle loop", target=TARGET_MS, higher_is_better=False,
                   note=f"worst 1 ms-sleep lateness while {groups} scheduled posts fall due, median of {rounds} rounds")]


if __name__ == "__main__":
    figures = measure(quick="--quick" in sys.argv)
    print(table(figures))
    sys.exit(0 if figures[0].met else 1)
