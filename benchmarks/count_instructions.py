"""Instructions a message of the end-to-end replay, counted by callgrind: a figure the machine's load does not move.

    .venv/bin/python -m benchmarks.count_instructions [--skip 2000] [--count 4000]

The bench's day (``benchmarks/end_to_end.py``: 20,000 messages, 50 groups x 200 members, the same seed and
spacing) cut to its first ``skip + count`` messages runs through ``run_replay`` under
``valgrind --tool=callgrind --instr-atstart=no``: the imports, the start-up and the first ``skip`` messages
run uninstrumented (instrumented they would take many minutes); from the first window at or after message
``skip`` to the bot stopped (the drain and the close included; not the interpreter's shutdown after) every
instruction of every thread is counted.
The figure is that total ÷ ``count``. ``PYTHONHASHSEED=0``, so two runs of the same code count the same
to a few parts in 10,000. About 3 minutes for the default 4,000 messages on a quiet core.
"""
from __future__ import annotations

import argparse
import asyncio
import io
import logging
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.end_to_end import chat, transcript  # noqa: E402
from benchmarks.local_bot import ROOT, store_groups  # noqa: E402
import bot.replay as replay  # noqa: E402

DAY = 20_000  # the bench's day: its spacing sets how many messages share a window


def child(skip: int, count: int, go: str) -> None:
    """The replay, stopping at the first window from message ``skip`` until the parent has switched
    callgrind's instrumentation on (and touched ``go``)."""
    infos = store_groups(50, 200)
    lines = transcript(infos, chat(random.Random(10), infos, DAY, spacing=86400 / DAY)[:skip + count])
    first = len(infos) + skip  # the transcript's index of message ``skip``
    logging.getLogger("bot").setLevel(logging.ERROR)
    replay_next = replay._replay_next

    async def counted(lines, at, *args):
        if at >= first and not os.path.exists(go):
            print(f"READY {os.getpid()}", file=sys.stderr, flush=True)
            while not os.path.exists(go):
                time.sleep(0.2)  # callgrind takes the command while the process waits
        return await replay_next(lines, at, *args)

    replay._replay_next = counted
    with tempfile.TemporaryDirectory(prefix="qunbot-count-") as tmp:
        asyncio.run(replay.run_replay(lines, config_path=ROOT / "config.yaml", db_path=Path(tmp) / "bot.db",
                                      until=None, out=io.StringIO()))
    # Not the interpreter's shutdown: freeing the start-up's objects (a full collection of ~400,000) costs
    # as much as ~300 messages, paid once by any replay however long
    os._exit(0)


def count(skip: int, messages: int, keep: str | None = None) -> int:
    """Instructions counted from message ``skip`` to the bot stopped; ``keep``: callgrind's output copied
    there (``callgrind_annotate --inclusive=yes`` shows the C functions the instructions ran in)."""
    with tempfile.TemporaryDirectory(prefix="qunbot-callgrind-") as tmp:
        go, out = f"{tmp}/go", f"{tmp}/callgrind.out"
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
                   sys.executable, "-m", "benchmarks.count_instructions", "--child", go,
                   "--skip", str(skip), "--count", str(messages)]
        env = dict(os.environ, PYTHONHASHSEED="0")
        process = subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
        for line in process.stderr:
            if line.startswith("READY "):
                subprocess.run(["callgrind_control", "-i", "on", line.split()[1]], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                Path(go).touch()
                break
        process.stderr.read()
        if process.wait() != 0:
            raise RuntimeError(f"the replay under callgrind failed ({process.returncode})")
        text = Path(out).read_text()
        if keep:
            Path(keep).write_text(text)
        totals = re.search(r"^(?:totals|summary): (\d+)", text, re.M)
        return int(totals.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip", type=int, default=2000, help="messages run uncounted first")
    parser.add_argument("--count", type=int, default=4000, help="messages counted (then the drain and the stop)")
    parser.add_argument("--keep", help="copy callgrind's output file there")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.skip, args.count, args.child)
        return
    total = count(args.skip, args.count, args.keep)
    print(f"end-to-end replay, messages {args.skip + 1:,}-{args.skip + args.count:,} of the bench's day: "
          f"{total:,} instructions, {total / args.count:,.0f} a message")


if __name__ == "__main__":
    main()
