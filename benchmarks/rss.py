"""Memory of one bot with 500 groups of 200 members and a 20k-word lexicon (target: <= 250 MB).

    .venv/bin/python benchmarks/rss.py        (or: make bench)

Each measurement runs in a fresh interpreter and reads its own /proc/self/status:
VmRSS (resident now) and VmHWM (the peak). The loaded process starts the real bot
(the shipped config.yaml, whose banned-words rule also reads a generated, seeded
20,000-word lexicon; pinyin channel on as shipped) on the local adapter with 500
groups x 200 members, and feeds 20 messages per group so per-member state exists.
The baseline is the same interpreter after importing the bot, with no groups.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import Figure, table  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 250.0


def status() -> dict[str, float]:
    """VmRSS and VmHWM of this process, in MB."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return {key: int(fields[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM")}


def imported() -> dict[str, float]:
    import bot.app  # noqa: F401
    import bot.adapters.local  # noqa: F401
    import bot.config.loader  # noqa: F401
    return status()


def loaded(groups: int, members: int, words: int) -> dict[str, float]:
    import asyncio
    import random
    import tempfile
    from datetime import datetime, timedelta, timezone

    from benchmarks.local_bot import local_bot, store_groups
    from benchmarks.moderation import lexicon
    from bot.clock import VirtualClock
    from bot.config.loader import parse_config

    async def run(tmp: Path) -> dict[str, float]:
        words_file = tmp / "lexicon.txt"
        words_file.write_text("\n".join(lexicon(random.Random(4), words)), "utf-8")
        text = (ROOT / "config.yaml").read_text("utf-8")
        shipped = "        - bot/content/banned_words.txt\n"
        if shipped not in text:
            raise RuntimeError(f"config.yaml no longer has {shipped!r}: update benchmarks/rss.py")
        config = parse_config(text.replace(shipped, f"{shipped}        - {words_file}\n", 1), base_dir=ROOT)
        clock = VirtualClock(datetime(2026, 11, 23, 1, tzinfo=timezone.utc))
        bot, adapter = local_bot(config, clock, store_groups(groups, members), tmp / "bench.db")
        await bot.start(realtime=False)
        try:
            for n in range(20):
                at = clock.now() + timedelta(seconds=n)
                await asyncio.gather(*(bot.handle(adapter.message(f"g{g:03}", f"g{g:03}-m{(n * 7) % members:03}",
                                                                  "今天天气真好，大家早上好", at=at))
                                       for g in range(groups)))
            await bot.db.flush()
            return status()
        finally:
            await bot.stop()

    with tempfile.TemporaryDirectory(prefix="qunbot-bench-") as tmp:
        return asyncio.run(run(Path(tmp)))


def child(*args: str) -> dict[str, float]:
    """Run one measurement in a fresh interpreter."""
    done = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"benchmarks/rss.py --child {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(quick: bool = False) -> list[Figure]:
    groups, members, words = (10, 20, 500) if quick else (500, 200, 20_000)
    base = child("imported")
    full = child("loaded", str(groups), str(members), str(words))
    print(f"RSS: imported {base['VmRSS']:.0f} MB; {groups} groups x {members} members, {words:,}-word lexicon: "
          f"{full['VmRSS']:.0f} MB now, {full['VmHWM']:.0f} MB peak")
    label = f"{groups} groups x {members} members, {words // 1000 or words}{'k' if words >= 1000 else ''} lexicon"
    return [
        Figure("RSS", "MB", full["VmRSS"], base["VmRSS"], "bot imported, no groups", target=TARGET_MB,
               higher_is_better=False, note=f"{label}, 20 messages per group fed; fresh interpreter"),
        Figure("RSS peak (VmHWM)", "MB", full["VmHWM"], base["VmHWM"], "bot imported, no groups",
               target=TARGET_MB, higher_is_better=False),
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        what, *numbers = sys.argv[2:]
        result = imported() if what == "imported" else loaded(*map(int, numbers))
        print(json.dumps(result))
    else:
        print(table(measure(quick="--quick" in sys.argv)))
