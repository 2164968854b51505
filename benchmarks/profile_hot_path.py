"""Where the message path spends its time: a cProfile of the end-to-end replay (benchmarks/end_to_end.py).

    .venv/bin/python benchmarks/profile_hot_path.py [messages] [--sort tottime|cumulative] [--top N]

The same seeded chat and the same real bot as the benchmark, on fewer messages by default;
prints the top functions of the event loop's thread and of the database writer's thread
(cProfile sees one thread, so the writer's batches are profiled by wrapping its commit;
replay commits on the loop's thread, so there they are in the loop's profile).
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import pstats
import random
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.end_to_end import chat, replay, transcript  # noqa: E402
from benchmarks.local_bot import store_groups  # noqa: E402
from storage.db import Database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("messages", type=int, nargs="?", default=5000)
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--sequential", action="store_true", help="one message at a time (qunbot replay --sequential)")
    args = parser.parse_args()
    infos = store_groups(50, 200)
    lines = chat(random.Random(10), infos, args.messages, spacing=86400 / args.messages)
    logging.getLogger("bot").setLevel(logging.ERROR)
    writer = cProfile.Profile()
    commit = Database._commit

    def profiled_commit(self, *a, **k):
        if threading.current_thread() is threading.main_thread():  # replay's inline commits: the loop's profile has them
            return commit(self, *a, **k)
        writer.enable()
        try:
            return commit(self, *a, **k)
        finally:
            writer.disable()

    Database._commit = profiled_commit
    loop = cProfile.Profile()
    with tempfile.TemporaryDirectory(prefix="qunbot-profile-") as tmp:
        started = time.perf_counter()
        loop.enable()
        seconds, actions = asyncio.run(replay(transcript(infos, lines), Path(tmp) / "bot.db", args.sequential))
        loop.disable()
        wall = time.perf_counter() - started
    print(f"{len(lines):,} messages in {seconds:.2f} s ({len(lines) / seconds:,.0f} msg/s under the profiler), "
          f"{actions:,} actions, {wall:.1f} s with start and stop")
    for name, profile in (("event loop", loop), ("database writer", writer)):
        print(f"\n== {name} ==")
        pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
