"""Concurrent replay prints exactly what the sequential one does, action line for action line.

Both paths run the shipped config on SQLite: every example transcript in docs/examples, then a
large seeded transcript of many groups written to meet the cross-group facts (members and owners
in several groups, ads repeated across groups, bursts, sign-in rushes, commands, joins and
leaves, private messages, equal times). The only lines masked are a lottery's announcements,
down to their time and place: its seed is drawn from ``secrets`` by design, so the seed, its hash
and the winner differ between any two runs.
"""
from __future__ import annotations

import asyncio
import io
import json
import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.replay import parse_transcript, run_replay
from bot.simulation import Simulation

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "docs" / "examples").glob("*.jsonl"))
SEED = re.compile(r"\b[0-9a-f]{64}\b")


def replayed(lines, tmp_path: Path, *, sequential: bool, name: str) -> list[str]:
    out = io.StringIO()
    asyncio.run(run_replay(lines, config_path=ROOT / "config.yaml", db_path=tmp_path / f"{name}.db", until=None,
                           out=out, sequential=sequential))
    return [_masked(line) for line in out.getvalue().splitlines()]


def _masked(line: str) -> str:
    if not SEED.search(line):
        return line
    record = json.loads(line)
    return json.dumps({key: record.get(key) for key in ("action", "t", "group", "to")}) + " (a draw: masked)"


@pytest.fixture
def window_sizes(monkeypatch) -> list[int]:
    """How many events each concurrent window held: the test must prove windows happened."""
    sizes: list[int] = []
    original = Simulation.feed_window

    async def observed(self, events):
        sizes.append(len(events))
        await original(self, events)

    monkeypatch.setattr(Simulation, "feed_window", observed)
    return sizes


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_transcript_replays_the_same_actions_concurrently(path, tmp_path):
    lines = parse_transcript(path.read_text("utf-8"), path.name)
    expected = replayed(lines, tmp_path, sequential=True, name="sequential")
    assert expected, f"{path.name} produced no action"
    assert replayed(lines, tmp_path, sequential=False, name="concurrent") == expected


CHAT = ["早上好", "谢谢群主", "今天天气真好", "宝宝睡了", "这个多少钱", "[强]", "哈哈哈", "已下单", "有货吗？什么时候到",
        "孩子发烧了怎么办", "明天几点开门？"]
ADS = ["加薇信 yh_888666 日结兼职", "免费领取 www.haohuo.top 加V", "刷单返利 q群 123456789"]
HAN = [chr(0x4E00 + i) for i in range(2000)]


def random_transcript(seed: int, groups: int, messages: int) -> str:
    """Many groups under three owners; a fifth of the talkers in two groups; chat with sign-in
    rushes, points, ads across groups, bursts, commands, joins, leaves and private messages."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 23, 23, 40, tzinfo=timezone.utc)  # the morning posts fall inside
    owners = ["owner-a", "owner-b", "owner-c"]
    roster = {f"g{g:02}": [f"g{g:02}-m{m:02}" for m in range(30)] for g in range(groups)}
    shared = [f"s{m:02}" for m in range(40)]  # talkers in two groups each
    for i, member in enumerate(shared):
        for group in rng.sample(sorted(roster), 2):
            roster[group].append(member)
    out = [_line(start, "group", group=g, name=f"门店{g}群", owner=owners[i % 3],
                 members=[{"id": m, "name": f"会员{m[-2:]}"} for m in members])
           for i, (g, members) in enumerate(sorted(roster.items()))]
    at = start
    weights = [rng.paretovariate(1.3) for _ in range(30 + len(shared))]
    for _ in range(messages):
        at += timedelta(seconds=rng.choice([0, 0, 1, 2, 3, 5, 8, 20]))
        group = rng.choice(sorted(roster))
        member = rng.choices(roster[group], weights=weights[:len(roster[group])])[0]
        roll = rng.random()
        if roll < 0.01:
            out.append(_line(at, "join", group=group, member={"id": f"new-{len(out)}", "name": "新人"}))
        elif roll < 0.015:
            out.append(_line(at, "leave", group=group, member=member))
        elif roll < 0.02:
            out.append(_line(at, "direct", **{"from": member}, text=rng.choice(["你好", "签到", "我的积分"])))
        elif roll < 0.03:
            out.append(_message(at, group, member, rng.choice(["/help", "/top", "/积分"])))
        elif roll < 0.05:  # the same ad in three groups within a minute
            ad, spammer = rng.choice(ADS), rng.choice(shared)
            for g in rng.sample(sorted(roster), 3):
                out.append(_message(at, g, spammer, ad))
                at += timedelta(seconds=rng.randint(0, 10))
        elif roll < 0.06:  # a burst
            for _ in range(14):
                out.append(_message(at, group, member, rng.choice(CHAT)))
                at += timedelta(seconds=rng.randint(0, 3))
        elif roll < 0.20:
            out.append(_message(at, group, member, rng.choice(["签到", "打卡", "我来打卡啦"])))
        elif roll < 0.24:
            out.append(_message(at, group, member, "我的积分"))
        elif roll < 0.55:
            out.append(_message(at, group, member, rng.choice(CHAT)))
        else:
            out.append(_message(at, group, member, "".join(rng.choices(HAN, k=rng.randint(4, 30)))))
    return "\n".join(out) + "\n"


def _message(at: datetime, group: str, member: str, text: str) -> str:
    return _line(at, "message", group=group, **{"from": member}, text=text)


def _line(at: datetime, kind: str, **fields) -> str:
    return json.dumps({"t": at.isoformat(), "type": kind, **fields}, ensure_ascii=False)


@pytest.mark.slow
def test_a_large_random_transcript_replays_the_same_actions_concurrently(tmp_path, window_sizes):
    lines = parse_transcript(random_transcript(seed=22, groups=40, messages=2500), "random")
    expected = replayed(lines, tmp_path, sequential=True, name="sequential")
    assert not window_sizes  # the reference never batches
    got = replayed(lines, tmp_path, sequential=False, name="concurrent")
    assert len(expected) > 300
    assert got == expected
    batched = sum(size for size in window_sizes if size > 1)
    assert batched > len(lines) / 3, f"only {batched} of {len(lines)} lines were handled in windows"
