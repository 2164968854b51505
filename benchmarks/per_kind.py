"""What one message costs on the live path, by kind: a repeatable driver for callgrind (instructions do not
depend on the machine's load) and for cProfile (where they go).

    QUNBOT_GO=/tmp/go valgrind --tool=callgrind --instr-atstart=no --collect-atstart=no \\
        --toggle-collect=functools_reduce .venv/bin/python -m benchmarks.per_kind KIND [COUNT]
      (when it prints "READY pid": callgrind_control -i on PID; touch /tmp/go — instrumenting the
      imports and the start-up would take many minutes; instructions / COUNT is the figure)
    .venv/bin/python -m benchmarks.per_kind KIND [COUNT] --profile [--top N]

KIND: chat (nothing open, as benchmarks/latency.py offers it), signin (first sign-ins of the day),
chat_buy / order (a group-buy open), chat_event / signup (an event open). The real bot (shipped config,
local adapter, SQLite file, a virtual clock on a Monday morning) is warmed up with every kind, then the
measured messages run one at a time inside ``functools.reduce`` (what callgrind collects; the database
writer's thread is not in it), each awaited to its end.
"""
from __future__ import annotations

import argparse
import asyncio
import cProfile
import functools
import gc
import logging
import os
import pstats
import random
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.end_to_end import CHAT, HAN  # noqa: E402
from benchmarks.local_bot import ROOT, local_bot, store_groups  # noqa: E402
from bot.clock import VirtualClock  # noqa: E402
from bot.config.loader import load_config  # noqa: E402

START = datetime(2026, 11, 23, 1, 0, tzinfo=timezone.utc)  # a Monday, 09:00 in Shanghai
ORDERS = ["我要两份", "+1", "鸡蛋一份", "要3份 谢谢", "我也要一份", "接龙 2份", "给我留两盒", "再来一份", "+2", "我要一份明天来拿"]
SIGNUPS = ["报名", "+1", "我报名两个人", "算我一个", "我也参加", "报名 我和孩子", "我报一个", "+2"]
KINDS = ("chat", "signin", "chat_buy", "order", "chat_event", "signup")


def chat_lines(rng: random.Random, count: int) -> list[str]:
    return [rng.choice(CHAT) if rng.random() < 0.4 else "".join(rng.choices(HAN, k=rng.randint(4, 40)))
            for _ in range(count)]


def texts(kind: str, rng: random.Random, count: int) -> list[str]:
    if kind in ("chat", "chat_buy", "chat_event"):
        return chat_lines(rng, count)
    if kind == "signin":
        return ["签到"] * count
    said = ORDERS if kind == "order" else SIGNUPS
    # each text once, as members type them (no reading served from a cache): a WeChat emoji after it, "[..]"
    return [f"{said[i % len(said)]}[{HAN[i % len(HAN)]}{HAN[i // len(HAN)]}]" for i in range(count)]


async def setup(kind: str, count: int, tmp: Path):
    """The bot started and warmed up; the messages to measure."""
    config = load_config(ROOT / "config.yaml")
    defaults = config.defaults  # each sign-in confirmed at once, as benchmarks/latency.py has it
    signin = defaults.signin.model_copy(update={"gather_seconds": 0})
    config = config.model_copy(update={"defaults": defaults.model_copy(update={"signin": signin})})
    infos = store_groups(2, count + 100)
    rng = random.Random(7)
    bot, adapter = local_bot(config, VirtualClock(START), infos, tmp / "bench.db")
    logging.getLogger("bot").setLevel(logging.ERROR)
    await bot.start(realtime=False)
    for info in infos:  # group 0 warms every path up; group 1 is measured
        if kind in ("chat_buy", "order") or info is infos[0]:
            await bot.handle(adapter.message(info.id, info.owner, "/开团 鸡蛋30枚 ¥25 库存5000 截止20:00"))
        if kind in ("chat_event", "signup") or info is infos[0]:
            await bot.handle(adapter.message(info.id, info.owner, "/活动 亲子烘焙 周六14:00 名额5000 截止周五20:00"))
    warm = infos[0].members
    for i, text in enumerate(chat_lines(rng, 60) + ["签到"] * 10 + ORDERS + SIGNUPS):
        await bot.handle(adapter.message(infos[0].id, warm[i].id, text))
    members = [m.id for m in infos[1].members]
    for member in members[:count]:  # every measured talker seen once
        await bot.handle(adapter.message(infos[1].id, member, "大家好"))
    await bot.db.flush()
    return bot, [adapter.message(infos[1].id, member, text) for member, text in zip(members, texts(kind, rng, count))]


def run(kind: str, count: int, profile: cProfile.Profile | None) -> None:
    loop = asyncio.new_event_loop()
    with tempfile.TemporaryDirectory(prefix="qunbot-kind-") as tmp:
        bot, messages = loop.run_until_complete(setup(kind, count, Path(tmp)))
        try:
            _wait_for_instrumentation()
            gc.collect()
            if profile is not None:
                profile.enable()
            # each message handled to its end, one at a time, inside functools.reduce (callgrind's toggle)
            functools.reduce(lambda done, message: loop.run_until_complete(bot.handle(message)) or done + 1,
                             messages, 0)
            if profile is not None:
                profile.disable()
            loop.run_until_complete(bot.db.flush())
        finally:
            loop.run_until_complete(bot.stop())
            loop.close()


def _wait_for_instrumentation() -> None:
    """Under ``valgrind --instr-atstart=no`` (imports instrumented cost minutes): say so and wait until the
    file named by QUNBOT_GO exists (``callgrind_control -i on PID`` first, then the file)."""
    go = os.environ.get("QUNBOT_GO")
    if not go:
        return
    print(f"READY {os.getpid()}", file=sys.stderr, flush=True)
    while not os.path.exists(go):
        time.sleep(0.2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("count", type=int, nargs="?", default=200)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="tottime")
    args = parser.parse_args()
    profile = cProfile.Profile() if args.profile else None
    run(args.kind, args.count, profile)
    if profile is not None:
        pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
