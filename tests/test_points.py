"""Points ledger commands and leaderboards through the real pipeline."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.handlers.points import parse_adjustment
from storage.models import PointsEntry
from tests.conftest import local, to


async def test_my_points_shows_balance_and_recent_entries(harness):
    await harness.say("g1", "amy", "签到")
    reply = await harness.say("g1", "amy", "我的积分")
    [answer] = to("amy", reply)
    assert "您当前共有 5 积分" in answer["text"] and "11-23 签到 +5" in answer["text"]
    assert "共有 5 积分" in (await harness.say("g1", "amy", "/积分", at=local("2026-11-23 09:05")))[0]["text"]


async def test_asking_again_and_again_gets_one_answer_a_minute(harness):
    replies = [await harness.say("g1", "bo", "查积分") for _ in range(30)]
    assert sum(len(r) for r in replies) == 1 and "每天发“签到”" in replies[0][0]["text"]


async def test_staff_adjust_points_by_mention(harness):
    await harness.say("g1", "amy", "签到")
    reply = await harness.say("g1", "owner", "/points @小美 @波波 +10 晒单奖励", mentions=["amy", "bo"], message_id="m1")
    answer, awarded = reply
    assert answer["action"] == "direct" and answer["to"] == "owner"  # (D32) the balances, to the staff member
    assert "晒单奖励，+10" in answer["text"] and "小美 现在共 15 积分" in answer["text"] and "波波 现在共 10 积分" in answer["text"]
    assert awarded["mentions"] == ["amy", "bo"] and "小美、波波 获得 10 积分（晒单奖励）" in awarded["text"]
    await harness.say("g1", "staff", "/加积分 @波波 －3 违规扣分", mentions=["bo"], message_id="m2")
    entries = await harness.db.read(lambda s: s.exec(
        sa.select(PointsEntry.member_id, PointsEntry.delta, PointsEntry.reason, PointsEntry.source)
        .where(PointsEntry.source != "signin")).all())
    assert [tuple(e) for e in entries] == [("amy", 10, "晒单奖励", "staff:owner"), ("bo", 10, "晒单奖励", "staff:owner"),
                                           ("bo", -3, "违规扣分", "staff:staff")]


async def test_the_same_command_delivered_twice_counts_once(harness):
    for _ in range(2):
        await harness.say("g1", "owner", "/points @小美 +10 活动", mentions=["amy"], message_id="same-id")
    total = await harness.db.read(lambda s: s.exec(sa.select(sa.func.sum(PointsEntry.delta))).one())
    assert total[0] == 10


@pytest.mark.parametrize("text, mentions", [
    ("/points @小美 很多分", ["amy"]), ("/points +10 奖励", []), ("/points @小美 +0", ["amy"]), ("/points @小美 +9999999", ["amy"]),
])
async def test_bad_adjustments_explain_the_usage(harness, text, mentions):
    reply = await harness.say("g1", "owner", text, mentions=mentions)
    assert "用法：/加积分 @成员 +10 理由" in reply[0]["text"]
    assert await harness.db.read(lambda s: s.exec(sa.select(PointsEntry)).all()) == []


async def test_members_cannot_adjust_points(harness):
    reply = await harness.say("g1", "amy", "/points @波波 +10", mentions=["bo"])
    assert "只有群主和群助理可以使用" in reply[0]["text"]


@pytest.mark.parametrize("args, expected", [
    ("@小美 +10 活动奖励", (10, "活动奖励")), ("@小美\u2005-5 违规", (-5, "违规")), ("@小美 ＋２０", (20, "")),
    ("@小美 10分 帮忙拉新", (10, "帮忙拉新")), ("@小美 奖励 +3", (3, "奖励")), ("@小美 奖励", None),
])
def test_parse_adjustment(args, expected):
    assert parse_adjustment(args) == expected


async def test_leaderboards_by_points_signins_and_activity(make_harness):
    harness = await make_harness(start=local("2026-11-23 08:30"))  # a Monday
    for who in ("amy", "bo"):
        await harness.say("g1", who, "签到")
    await harness.say("g1", "bo", "签到", at=local("2026-11-24 09:00"))
    await harness.say("g1", "amy", "大家早", at=local("2026-11-24 09:01"))
    await harness.say("g1", "amy", "今天吃什么", at=local("2026-11-24 09:02"))

    board = (await harness.say("g1", "amy", "/top", at=local("2026-11-24 10:00")))[0]["text"]
    assert board.splitlines() == ["【本周积分榜】", "1. 波波 11 积分", "2. 小美 5 积分"]
    signin = (await harness.say("g1", "amy", "/排行 签到 本月"))[0]["text"]
    assert signin.splitlines()[:2] == ["【本月签到榜】", "1. 波波 打卡 2 天（最长连续 2 天）"]
    active = (await harness.say("g1", "amy", "/top 活跃"))[0]["text"]
    assert active.splitlines()[1] == "1. 小美 发言 3 条"  # two chats and a sign-in; commands are not chat
    # A member asking for the same board again within 10 minutes is pointed to it (u34), not sent it; staff always get it.
    assert [a["text"] for a in await harness.say("g1", "bo", "/top")] == ["本周积分榜刚发过，往上翻翻就能看到～"]
    assert "【本周积分榜】" in (await harness.say("g1", "staff", "/top"))[0]["text"]


async def test_week_starts_on_monday_local_time(make_harness):
    harness = await make_harness(start=local("2026-11-22 23:50"))  # Sunday night
    await harness.say("g1", "amy", "签到")
    board = (await harness.say("g1", "staff", "/top 本周", at=local("2026-11-23 00:10")))[0]["text"]
    assert "还没有人上榜" in board


async def test_post_leaderboard_is_a_plain_function_for_scheduled_actions(harness):
    from bot.handlers.points import post_leaderboard

    await harness.say("g1", "amy", "签到")
    await post_leaderboard(harness.bot.ctx, "g1", "宝妈育儿群", "month")
    actions = await harness.drain()
    assert actions[0]["text"].splitlines() == ["【本月积分榜】", "1. 小美 5 积分"] and actions[0]["mentions"] == []
    with pytest.raises(ValueError):
        await post_leaderboard(harness.bot.ctx, "g1", "宝妈育儿群", "year")
