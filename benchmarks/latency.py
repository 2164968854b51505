"""Latency from a member's message to the bot's reply in the send queue, at 500 msg/s (target: p99 <= 4x the
empty pipeline's p99, measured in the same run).

    .venv/bin/python benchmarks/latency.py        (or: make bench)

The real bot (shipped config.yaml, local adapter, SQLite file) runs on the system
clock. An open-loop generator offers 500 messages a second across 50 groups, each
handled in its own task as a platform adapter delivers them, whether or not the
earlier ones are done; a tenth are sign-ins (签到) from distinct members, whose
reply is queued only once the sign-in is committed. Latency runs from the
message's scheduled send time (so a late generator counts against us) to the
moment ``SendQueue.say`` receives the reply. Before the timed phase every talker
posts once, so the figures are the steady state, not the first sight of a member.

The baseline is the same generator with an empty pipeline: each message's task
records its time at once — the event loop's own scheduling latency at that rate.
Each figure is the median of three rounds (a shared machine is noisy).
"""
from __future__ import annotations

import asyncio
import logging
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Awaitable, Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.end_to_end import CHAT, HAN  # noqa: E402
from benchmarks.figures import Figure, table  # noqa: E402
from benchmarks.local_bot import ROOT, local_bot, store_groups  # noqa: E402
from bot.clock import SystemClock  # noqa: E402
from bot.config.loader import load_config  # noqa: E402
from bot.events import GroupInfo  # noqa: E402

RATE = 500  # messages offered per second
TARGET_RATIO = 4.0  # p99 at most this multiple of the empty pipeline's p99
ROUNDS = 3  # a shared 2-core machine is noisy: the median of three rounds is reported
Line = tuple[str, str, str]  # group, member, text


def traffic(rng: random.Random, infos: list[GroupInfo], talkers: int, count: int) -> list[Line]:
    """Chat from the first ``talkers`` members of each group; every tenth message a first sign-in today."""
    signers = [(g.id, m.id) for g in infos for m in g.members[:talkers]]
    rng.shuffle(signers)
    out = []
    for i in range(count):
        if i % 10 == 0 and signers:
            group, member = signers.pop()
            out.append((group, member, "签到"))
        else:
            group = rng.choice(infos)
            text = rng.choice(CHAT) if rng.random() < 0.4 else "".join(rng.choices(HAN, k=rng.randint(4, 40)))
            out.append((group.id, group.members[rng.randrange(talkers)].id, text))
    return out


async def offer(lines: list[Line], rate: float, make: Callable[[Line], Any],
                handle: Callable[[Any], Awaitable[None]]) -> list[float]:
    """Open loop: message i is due at start + i/rate and is sent then, however busy the bot is.
    Returns each message's scheduled time (perf_counter)."""
    tasks: set[asyncio.Task] = set()
    start = time.perf_counter()
    scheduled = [start + i / rate for i in range(len(lines))]
    for line, due in zip(lines, scheduled):
        if (wait := due - time.perf_counter()) > 0:
            await asyncio.sleep(wait)
        task = asyncio.create_task(handle(make(line)))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    await asyncio.gather(*tasks)
    return scheduled


async def with_bot(infos: list[GroupInfo], warmup: list[Line], lines: list[Line], db_dir: Path) -> list[float]:
    config = load_config(ROOT / "config.yaml")
    # Each sign-in confirmed at once, as a reply: the figure is a reply's latency, not the gathering wait.
    defaults = config.defaults
    signin = defaults.signin.model_copy(update={"gather_seconds": 0})
    config = config.model_copy(update={"defaults": defaults.model_copy(update={"signin": signin})})
    bot, adapter = local_bot(config, SystemClock(), infos, db_dir / "bench.db")
    queued: dict[str, float] = {}
    say = bot.outbox.say

    def observed_say(group_id, text, mentions=(), *args, **kwargs):
        if kwargs.get("topic") == "signin_ok":  # observed only: the queue's own say runs unchanged
            queued[kwargs["reply_to"]] = time.perf_counter()
        return say(group_id, text, mentions, *args, **kwargs)

    bot.outbox.say = observed_say
    await bot.start(realtime=True)
    try:
        make = lambda line: adapter.message(*line)  # noqa: E731
        await asyncio.gather(*(bot.handle(make(line)) for line in warmup))  # every talker seen once
        await bot.db.flush()
        queued.clear()
        scheduled = await offer(lines, RATE, make, bot.handle)
    finally:
        await bot.stop()
    signins = [(member, due) for (_, member, text), due in zip(lines, scheduled) if text == "签到"]
    missing = [member for member, _ in signins if member not in queued]
    if missing:
        raise RuntimeError(f"{len(missing)} sign-ins got no reply, e.g. {missing[:3]}")
    return [(queued[member] - due) * 1000 for member, due in signins]


async def empty_pipeline(lines: list[Line]) -> list[float]:
    done: dict[int, float] = {}

    async def record(index: int) -> None:
        done[index] = time.perf_counter()

    indexed = iter(range(len(lines)))
    scheduled = await offer(lines, RATE, lambda line: next(indexed), record)
    return [(done[i] - due) * 1000 for i, ((_, _, text), due) in enumerate(zip(lines, scheduled)) if text == "签到"]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def measure(quick: bool = False) -> list[Figure]:
    group_count, talkers, seconds, rounds = (5, 10, 0.4, 1) if quick else (50, 60, 8.0, ROUNDS)
    rng = random.Random(11)
    infos = store_groups(group_count, 200)
    warmup = [(g.id, m.id, "大家好") for g in infos for m in g.members[:talkers]]
    lines = traffic(rng, infos, talkers, int(RATE * seconds))
    logging.getLogger("bot").setLevel(logging.ERROR)  # replies left in the paced queue at the stop are expected
    runs = []
    for round_ in range(1, rounds + 1):
        base = asyncio.run(empty_pipeline(lines))
        with tempfile.TemporaryDirectory(prefix="qunbot-bench-") as tmp:
            loaded = asyncio.run(with_bot(infos, warmup, lines, Path(tmp)))
        runs.append((statistics.median(loaded), percentile(loaded, 0.99), statistics.median(base), percentile(base, 0.99)))
        print(f"round {round_}: {RATE} msg/s for {seconds:g} s, {len(loaded)} sign-in replies: bot p50 {runs[-1][0]:.2f} ms, "
              f"p99 {runs[-1][1]:.2f} ms, max {max(loaded):.2f} ms; empty pipeline p50 {runs[-1][2]:.3f} ms, "
              f"p99 {runs[-1][3]:.3f} ms")
    p50, p99, base50, base99 = (statistics.median(column) for column in zip(*runs))
    note = (f"{RATE} msg/s offered for {seconds:g} s ({len(lines):,} messages, {group_count} groups, "
            f"{len(lines) // 10} sign-ins timed), system clock, median of {rounds} rounds")
    return [
        Figure("reply latency p50", "ms", p50, base50, "empty pipeline", higher_is_better=False),
        Figure("reply latency p99", "ms", p99, base99, "empty pipeline", target=TARGET_RATIO, higher_is_better=False,
               target_on_ratio=True, note=note),
    ]


if __name__ == "__main__":
    print(table(measure(quick="--quick" in sys.argv)))
