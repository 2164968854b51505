"""Events through the real pipeline: sign-ups, seats, the waitlist, cancellation, the deadline,
the reminder before the start (all on the virtual clock), and /名单."""
from __future__ import annotations

import pytest

from bot.events import GroupInfo, Member
from bot.handlers.activity import ActivityRequest, BadRequest, parse_request
from tests.conftest import local, to

MEMBERS = (Member("amy", "小美"), Member("bo", "波波"), Member("zhang", "张阿姨"), Member("li", "李姐"))
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
OPEN = "/活动 亲子烘焙 周六14:00 名额3 截止周五20:00"  # 2026-11-23 is a Monday


@pytest.mark.parametrize("args, expected", [
    ("亲子烘焙 周六14:00 名额20 截止周五20:00", ActivityRequest("亲子烘焙", "周六14:00", 20, "周五20:00")),
    ("读书会 明天 19:30 名额：12人", ActivityRequest("读书会", "明天 19:30", 12, "")),
    ("义诊 时间：11月28日 9:00 人数 50 报名截止 11月27日 18:00", ActivityRequest("义诊", "11月28日 9:00", 50, "11月27日 18:00")),
])
def test_parse_request(args, expected):
    assert parse_request(args) == expected


@pytest.mark.parametrize("args, problem", [("", "title"), ("烘焙", "starts"), ("烘焙 周六14:00", "capacity"),
                                           ("烘焙 周六14:00 名额二十", "capacity")])
def test_parse_request_problems(args, problem):
    with pytest.raises(BadRequest) as caught:
        parse_request(args)
    assert caught.value.args[0] == problem


async def test_seats_waitlist_cancellation_and_roster(make_harness):
    harness = await make_harness(groups=[GROUP])
    [post] = await harness.say("g1", "owner", OPEN)
    assert "11月28日周六 14:00" in post["text"] and "11月27日周五 20:00 截止报名" in post["text"]
    roll = await harness.say("g1", "amy", "我报名 2人")
    assert "小美 2 人" in roll[0]["text"] and "还剩 1 个名额" in roll[0]["text"]
    await harness.say("g1", "bo", "+1")
    [wait] = to("zhang", await harness.say("g1", "zhang", "报名"))
    assert "候补第 1 位" in wait["text"]
    [again] = to("bo", await harness.say("g1", "bo", "报名"))
    assert "已经报名 1 人" in again["text"]
    moved = await harness.say("g1", "amy", "取消报名")
    assert any("小美 取消了" in a["text"] for a in moved)
    assert any("候补转为正式" in a["text"] and a["mentions"] == ["zhang"] for a in moved)
    [roster] = await harness.say("g1", "staff", "/名单")
    assert "已报 2/3 人" in roster["text"] and "1. 波波 1 人" in roster["text"] and "2. 张阿姨 1 人" in roster["text"]
    assert await harness.say("g1", "li", "报名什么时候截止？") == []


async def test_chain_signups_and_a_family(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额10 截止周五20:00")
    await harness.say("g1", "amy", "#接龙 亲子烘焙\n1. 小美 2大1小")
    actions = await harness.say("g1", "bo", "#接龙 亲子烘焙\n1. 小美 2大1小\n2. 波波 2人")
    assert "已报 5 人" in actions[0]["text"]


async def test_deadline_and_the_reminder_the_day_before(make_harness):
    harness = await make_harness(groups=[GROUP], db_name="act.db")
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "报名")
    await harness.say("g1", "bo", "2大1小")  # 3 people: only 2 seats left -> waitlist
    await harness.bot.stop()  # the deadline and the reminder are rows in SQL: a restart keeps them
    again = await make_harness(groups=[GROUP], db_name="act.db", start=local("2026-11-24 09:00"))
    await again.sim.advance_to(local("2026-11-27 14:00:30"))  # Friday 14:00: a day before the start
    await again.sim.drain()
    [reminder] = [a for a in again.actions if "温馨提醒" in a["text"]]
    assert reminder["mentions"] == ["amy"]
    await again.sim.advance_to(local("2026-11-27 20:00:30"))
    await again.sim.drain()
    [closed] = [a for a in again.actions if "报名截止" in a["text"]]
    assert "1 位报名共 1 人，候补 1 位" in closed["text"]
    [late] = await again.say("g1", "zhang", "报名", at=local("2026-11-27 21:00"))
    assert "报名已经截止" in late["text"]
    await again.sim.advance_to(local("2026-11-28 14:01"))
    assert (await again.say("g1", "owner", "/活动 包饺子 周日10:00 名额8"))[0]["text"].startswith("📣")
