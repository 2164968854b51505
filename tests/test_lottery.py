"""The provably fair lottery through the real pipeline; verify-draw as the command (tests/cli.py)."""
from __future__ import annotations

import hashlib
import re
import subprocess
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from bot.deadline_text import parse_deadline
from bot.lottery.fair_draw import entrants_hash, pick_winners
from bot.events import GroupInfo, Member
from bot.handlers.lottery import BadRequest, DrawRequest, parse_request
from storage.models import DrawEntry, PointsEntry
from tests.cli import run_cli
from tests.conftest import local, to

MEMBERS = tuple(Member(f"m{i:02d}", f"群友{i}") for i in range(1, 13))
BIG = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
OPEN = "/抽奖 奖品：保温杯 名额：3 口令：我要抽奖 截止：今晚8点"
ZONE = ZoneInfo("Asia/Shanghai")


def test_winners_are_a_function_of_seed_and_sorted_ids():
    ids = [f"m{i}" for i in range(50)]
    winners = pick_winners("seed-1", ids, 5)
    assert winners == pick_winners("seed-1", list(reversed(ids)) + ids[:3], 5)  # order and repeats do not matter
    assert len(set(winners)) == 5 and winners != pick_winners("seed-2", ids, 5)
    assert pick_winners("s", ["a", "b"], 5) in (["a", "b"], ["b", "a"]) and pick_winners("s", [], 3) == []
    # The documented recipe, step by step:
    pool = sorted(set(ids))
    first = pool[int.from_bytes(hashlib.sha256(b"seed-1:0").digest(), "big") % len(pool)]
    assert winners[0] == first


@pytest.mark.parametrize("args, expected", [
    ("奖品：保温杯 名额：3 口令：我要抽奖 截止：今晚8点 积分：10", DrawRequest("保温杯", 3, "我要抽奖", "今晚8点", 10)),
    ("奖品=儿童绘本 两本 截止=明天 20:00", DrawRequest("儿童绘本 两本", 1, "我要抽奖", "明天 20:00", 0)),
    ("保温杯 2 抽我 30分钟", DrawRequest("保温杯", 2, "抽我", "30分钟", 0)),
    ("保温杯 2 抽我 明天 20:00 5", DrawRequest("保温杯", 2, "抽我", "明天 20:00", 5)),
])
def test_parse_request(args, expected):
    assert parse_request(args) == expected


@pytest.mark.parametrize("args, problem", [
    ("", "prize"), ("奖品：杯子", "deadline"), ("奖品：杯子 名额：三百 截止：20:00", "winners"), ("奖品：杯子 名额：0 截止：20:00", "winners"),
])
def test_parse_request_problems(args, problem):
    with pytest.raises(BadRequest) as caught:
        parse_request(args)
    assert caught.value.args[0] == problem


NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZONE)


@pytest.mark.parametrize("text, expected", [
    ("20:00", "2026-11-23 20:00"), ("今晚8点", "2026-11-23 20:00"), ("今晚八点半", "2026-11-23 20:30"),
    ("明天 20:30", "2026-11-24 20:30"), ("11月25日 20:00", "2026-11-25 20:00"), ("2026-11-25 20:00", "2026-11-25 20:00"),
    ("30分钟", "2026-11-23 09:30"), ("两小时", "2026-11-23 11:00"), ("8:00", "2026-11-24 08:00"),
    ("下午3点", "2026-11-23 15:00"), ("明天上午10点", "2026-11-24 10:00"), ("随便", None), ("25:00", None),
    ("周六14:00", "2026-11-28 14:00"), ("周五20:00", "2026-11-27 20:00"), ("星期日 上午10点", "2026-11-29 10:00"),
    ("下周一 9:00", "2026-11-30 09:00"), ("周一8:00", "2026-11-30 08:00"), ("周一 10:00", "2026-11-23 10:00"),
])
def test_parse_deadline(text, expected):
    when = parse_deadline(text, NOW.astimezone(timezone.utc), ZONE)
    assert (when.astimezone(ZONE).strftime("%Y-%m-%d %H:%M") if when else None) == expected


async def _open(harness, command=OPEN) -> str:
    [announcement] = await harness.say("g1", "owner", command)
    return announcement["text"]


@pytest.mark.sqlite_only("the draw's fairness and its announcement are under test; its one-entry invariant is in the schema test_migrations checks on PostgreSQL")
async def test_a_draw_from_open_to_verified_winners(make_harness, make_db):
    harness = await make_harness(groups=[BIG])
    text = await _open(harness)
    published = re.search(r"SHA-256 为 ([0-9a-f]{64})", text).group(1)
    assert "保温杯" in text and "共 3 个名额" in text and "发送“我要抽奖”" in text and "11月23日 20:00" in text

    for member in MEMBERS[:8]:
        [ok] = await harness.say("g1", member.id, "我要抽奖！")
        assert "报名成功" in ok["text"]
    again = [await harness.say("g1", "m01", "我要抽奖") for _ in range(5)]
    assert [len(r) for r in again] == [1, 0, 0, 0, 0] and "已经报名" in again[0][0]["text"]
    late = await harness.say("g1", "m09", "我要抽奖", at=local("2026-11-23 20:00"))  # the draw runs first
    assert to("m09", late) == [] and "开奖！" in late[0]["text"]

    await harness.sim.advance_to(local("2026-11-23 21:00"))
    await harness.drain()
    [result] = [a for a in harness.actions if "开奖！" in a["text"]]
    assert result["t"] == local("2026-11-23 20:00").isoformat() and "共 8 人参加" in result["text"]
    seed = re.search(r"种子：([0-9a-f]{64})", result["text"]).group(1)
    assert hashlib.sha256(seed.encode()).hexdigest() == published
    entrants = [m.id for m in MEMBERS[:8]]
    winners = pick_winners(seed, entrants, 3)
    assert result["mentions"] == winners
    names = {m.id: m.name for m in MEMBERS}
    assert "中奖的是：" + "、".join(names[w] for w in winners) in result["text"]
    # The list drawn from is published: names in the order drawn from, and a fingerprint of the ids.
    assert "参加名单（按抽取顺序）：" + "、".join(names[e] for e in sorted(entrants)) in result["text"]
    assert f"名单指纹（SHA-256）：{entrants_hash(entrants)}" in result["text"]
    entries = await harness.db.read(lambda s: s.exec(sa.select(DrawEntry.member_id)).all())
    assert sorted(e[0] for e in entries) == entrants  # one entry each, none after the deadline

    await harness.bot.db.flush()
    db = make_db("test.db")  # the harness's database
    from_db = _verify("--draw", "1", "--db", db)
    assert from_db.returncode == 0, from_db.stderr
    assert f"winners: {' '.join(winners)}" in from_db.stdout and "OK" in from_db.stdout
    assert "entrant ids (sorted, to publish for anyone to recompute): " + " ".join(sorted(entrants)) in from_db.stdout
    by_hand = _verify("--seed", seed, "--hash", published, "--winners", "3", *reversed(entrants))
    assert by_hand.returncode == 0 and f"winners: {' '.join(winners)}" in by_hand.stdout
    forged = _verify("--seed", "0" * 64, "--hash", published, "--winners", "3", *entrants)
    assert forged.returncode == 1 and "MISMATCH" in forged.stderr


def _verify(*args: str) -> subprocess.CompletedProcess:
    return run_cli(["verify-draw", *args])


async def _restart_after_one_entry(make_harness, at: str):
    """A 30-minute draw opened at 09:00 with one entry (m01); the bot restarts at ``at``."""
    first = await make_harness(groups=[BIG], db_name="shared.db")
    await _open(first, "/抽奖 奖品：围巾 口令：抽我 截止：30分钟")
    await first.say("g1", "m01", "抽我")
    await first.bot.stop()
    return await make_harness(start=local(at), groups=[BIG], db_name="shared.db")


async def test_restart_before_the_deadline_still_draws(make_harness):
    second = await _restart_after_one_entry(make_harness, "2026-11-23 09:10")
    await second.say("g1", "m02", "抽我")
    await second.sim.advance_to(local("2026-11-23 10:00"))
    await second.drain()
    [result] = [a for a in second.actions if "开奖！" in a["text"]]
    assert "共 2 人参加" in result["text"] and result["t"] == local("2026-11-23 09:30").isoformat()


async def test_entry_costs_points_through_the_ledger(make_harness):
    harness = await make_harness(groups=[BIG])
    await _open(harness, OPEN + " 积分：5")
    await harness.say("g1", "m01", "签到")
    [paid] = await harness.say("g1", "m01", "我要抽奖")
    assert "已扣 5 积分，还剩 0 积分" in paid["text"]
    [poor] = await harness.say("g1", "m02", "我要抽奖")
    assert "需要 5 积分，您现在有 0 积分" in poor["text"]
    assert await harness.say("g1", "m02", "我要抽奖") == []  # told once
    entries = await harness.db.read(lambda s: s.exec(sa.select(PointsEntry.member_id, PointsEntry.delta)).all())
    assert sorted(tuple(e) for e in entries) == [("m01", -5), ("m01", 5)]


async def test_only_the_owner_opens_and_one_draw_at_a_time(make_harness):
    harness = await make_harness(groups=[BIG])
    assert "只有群主可以使用" in (await harness.say("g1", "staff", OPEN))[0]["text"]
    await _open(harness)
    assert "还有一个抽奖没开奖" in (await harness.say("g1", "owner", OPEN))[0]["text"]
    bad = await harness.say("g1", "owner", "/抽奖 奖品：杯子 截止：下辈子")
    assert "没看懂截止时间" in bad[0]["text"]
    taken = await harness.say("g1", "owner", "/抽奖 奖品：杯子 口令：签到 截止：20:00")
    assert "不能和签到口令相同" in taken[0]["text"]


async def test_no_entries_means_no_winners(make_harness):
    harness = await make_harness(groups=[BIG])
    await _open(harness, "/抽奖 奖品：杯子 截止：10分钟")
    await harness.sim.advance_to(local("2026-11-23 10:00"))
    await harness.drain()
    [result] = [a for a in harness.actions if "开奖！" in a["text"]]
    assert "没有人报名" in result["text"] and result["mentions"] == []


async def test_a_deadline_passed_while_down_draws_at_start(make_harness):
    second = await _restart_after_one_entry(make_harness, "2026-11-23 12:00")
    late = await second.say("g1", "m02", "抽我")  # after the deadline: ignored
    [result] = [a for a in late + await second.drain() if "开奖！" in a["text"]]
    assert "共 1 人参加" in result["text"] and result["mentions"] == ["m01"]
    assert result["t"] == local("2026-11-23 12:00").isoformat()


async def test_staff_do_not_enter(make_harness):
    harness = await make_harness(groups=[BIG])
    await _open(harness)
    assert await harness.say("g1", "staff", "我要抽奖") == []
    assert await harness.db.read(lambda s: s.exec(sa.select(DrawEntry)).all()) == []


@pytest.mark.parametrize("text, expected", [
    ("今晚8点", "2026-11-23 20:00"), ("30分钟", "2026-11-23 10:30"), ("11月25日20:00", "2026-11-25 20:00"),
    ("明年", None), ("12月30日20:00", None),  # not understood / beyond the window
])
def test_deadline_within_a_window(text, expected):
    from bot.deadline_text import deadline_within

    got = deadline_within(text, local("2026-11-23 10:00"), ZoneInfo("Asia/Shanghai"), timedelta(days=30))
    assert got == (local(expected) if expected else None)
