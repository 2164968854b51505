"""Events through the real pipeline: sign-ups, seats, the waitlist, cancellation, the deadline,
the reminder before the start (all on the virtual clock), and /名单."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import timedelta

import pytest
from sqlmodel import Session

from bot.events import GroupInfo, Member
from bot.handlers.activity import ActivityRequest, BadRequest, parse_request
from storage import activities
from storage.db import Database
from tests.cli import run_cli
from tests.conftest import local, privately, to


@contextmanager
def _baking_event(make_db, at, capacity):
    """A storage session on a new SQLite file and an event opened at ``at`` with ``capacity`` seats."""
    db = Database(make_db("event.db"))
    try:
        with Session(db.engine) as session:
            yield session, activities.open_activity(session, group_id="g1", group_name="群", opened_by="owner",
                                                    title="烘焙", starts_at=at + timedelta(days=5),
                                                    deadline=at + timedelta(days=4), capacity=capacity)
    finally:
        db.engine.dispose()

MEMBERS = (Member("amy", "小美"), Member("bo", "波波"), Member("zhang", "张阿姨"), Member("li", "李姐"))
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
OPEN = "/活动 亲子烘焙 周六14:00 名额3 截止周五20:00"  # 2026-11-23 is a Monday


@pytest.mark.parametrize("args, expected", [
    ("亲子烘焙 周六14:00 名额20 截止周五20:00", ActivityRequest("亲子烘焙", "周六14:00", 20, "周五20:00")),
    ("读书会 明天 19:30 名额：12人", ActivityRequest("读书会", "明天 19:30", 12, "")),
    ("义诊 时间：11月28日 9:00 人数 50 报名截止 11月27日 18:00", ActivityRequest("义诊", "11月28日 9:00", 50, "11月27日 18:00")),
    ("时间管理讲座 明天 19:30 名额12", ActivityRequest("时间管理讲座", "明天 19:30", 12, "")),  # a label inside a title
    ("烘焙 周六14:00 名额：两", ActivityRequest("烘焙", "周六14:00", 2, "")),  # Chinese numerals
    ("烘焙 周六14:00 名额六人", ActivityRequest("烘焙", "周六14:00", 6, "")),
    ("烘焙 周六14:00 名额二十", ActivityRequest("烘焙", "周六14:00", 20, "")),
])
def test_parse_request(args, expected):
    assert parse_request(args) == expected


@pytest.mark.parametrize("args, problem", [("", "title"), ("烘焙", "starts"), ("烘焙 周六14:00", "capacity"),
                                           ("烘焙 周六14:00 名额很多", "capacity_number"),
                                           ("烘焙 周六14:00 名额0", "capacity_number")])
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
    [roster] = privately("staff", await harness.say("g1", "staff", "/名单"))  # the list of names: privately
    assert "已报 2/3 人" in roster["text"] and "1. 波波 1 人" in roster["text"] and "2. 张阿姨 1 人" in roster["text"]
    [deadline] = await harness.say("g1", "li", "报名什么时候截止？")  # (x33) the event's own deadline, not the staff's
    assert "11月27日周五 20:00 截止" in deadline["text"] and "还剩 1 个名额" in deadline["text"]
    [passed_on] = await harness.say("g1", "li", "你们家有豆浆粉卖吗")  # (e33) the staff's, and she is told so at once
    assert "记下了" in passed_on["text"]


async def test_chain_signups_and_a_family(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额10 截止周五20:00")
    await harness.say("g1", "amy", "#接龙 亲子烘焙\n1. 小美 2大1小")
    actions = await harness.say("g1", "bo", "#接龙 亲子烘焙\n1. 小美 2大1小\n2. 波波 2人")
    assert "已报 5 人" in actions[0]["text"]
    dropped = await harness.say("g1", "amy", "#接龙 亲子烘焙\n1. 小美 取消\n2. 波波 2人")  # her line edited: no party of one
    assert any("小美 取消了" in a["text"] for a in dropped)
    assert await harness.say("g1", "owner", "活动须知：\n1. 带围裙\n2. 准时到") == []  # notes, not a sign-up


async def test_deadline_and_the_reminder_the_day_before(make_harness):
    harness = await make_harness(groups=[GROUP], db_name="act.db")
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "报名")
    await harness.say("g1", "bo", "2大1小")  # 3 people: only 2 seats left -> waitlist
    await harness.say("g1", "zhang", "报名")  # one fits: free seats are not left empty for the party of 3
    await harness.bot.stop()  # the deadline and the reminder are rows in SQL: a restart keeps them
    again = await make_harness(groups=[GROUP], db_name="act.db", start=local("2026-11-24 09:00"))
    await again.say("g1", "li", "报名", at=local("2026-11-27 15:00"))  # after start - 24 h, before the deadline
    await again.sim.advance_to(local("2026-11-27 20:00:30"))  # Friday 20:00: sign-ups close, the reminder follows
    await again.sim.drain()
    [closed] = [a for a in again.actions if "报名截止" in a["text"]]
    assert "3 位报名共 3 人，候补 1 位" in closed["text"]
    [reminder] = [a for a in again.actions if "温馨提醒" in a["text"]]
    assert reminder["mentions"] == ["amy", "zhang", "li"] and reminder["t"] > closed["t"]
    [late] = await again.say("g1", "zhang", "报名", at=local("2026-11-27 21:00"))
    assert "报名已经截止" in late["text"]
    await again.sim.advance_to(local("2026-11-28 14:01"))
    assert (await again.say("g1", "owner", "/活动 包饺子 周日10:00 名额8"))[0]["text"].startswith("📣")


def test_the_waitlist_moves_up_in_order_of_sign_up(make_db):
    at = local("2026-11-23 09:00")
    with _baking_event(make_db, at, capacity=3) as (session, event):

        def sign(member, people, minutes):
            return activities.sign_up(session, activity_id=event.id, member_id=member, name=member, people=people,
                                      at=at + timedelta(minutes=minutes))

        assert sign("a", 3, 1).status == "in"
        assert (sign("b", 2, 2).status, sign("c", 2, 3).status, sign("d", 1, 4).status) == ("wait",) * 3
        assert sign("d", 1, 5).position == 3  # asking again keeps the place
        cancelled = sign("a", 0, 6)
        assert cancelled.promoted == ["b", "d"] and cancelled.taken == 3  # c's party of 2 no longer fits
        assert sign("c", 0, 7).status == "cancelled" and sign("c", 0, 8).status == "none"
        assert sign("b", 1, 9).promoted == [] and sign("e", 1, 10).status == "in"  # b's freed seat taken by e
        later = activities.sign_up(session, activity_id=event.id, member_id="f", name="f", people=1,
                                   at=at + timedelta(days=4, minutes=1))
        assert later.status == "closed"
        roster = activities.roster(session, event.id)
        assert [(r.member_id, r.people) for r in roster.going] == [("b", 1), ("d", 1), ("e", 1)] and not roster.waiting
        session.commit()


def test_the_readme_example_replays(tmp_path):
    import json

    out = run_cli(["replay", "docs/examples/chain_groupbuy_event.jsonl", "--until", "2026-11-28T15:00:00+08:00"])
    assert out.returncode == 0, out.stderr
    said = [a for a in map(json.loads, out.stdout.splitlines()) if "text" in a]  # pictures have none
    texts = [a["text"] for a in said]
    assert any("小美妈妈 2 份、婷婷🌸 3 份、李姐 2 份" in t and "已订 7 份" in t for t in texts)  # words and a chain, one total
    assert any("3 位共 6 份" in t and "合计 ¥150" in t for t in texts)  # /汇总 after 李姐 changed to 1
    assert any(a.get("mentions") == ["m-tingting"] and "候补转为正式" in a["text"] for a in said)
    [reminder] = [a for a in said if "温馨提醒" in a["text"]]
    assert reminder["mentions"] == ["m-xiaomei", "m-tingting"]


async def test_a_party_going_elsewhere_is_no_signup_but_going_to_the_event_is(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 采草莓 周六9:00 名额10 截止周五20:00")
    assert await harness.say("g1", "bo", "下周我们全家去三亚，五个人") == []  # their holiday, not the event
    roll = await harness.say("g1", "amy", "我们一家都去，四个人，去采草莓")  # the event's own name: no elsewhere
    assert "小美 4 人" in roll[0]["text"]


async def test_a_party_grows_or_shrinks_by_a_count_and_the_roll_says_its_new_size(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额5 截止周五20:00")
    await harness.say("g1", "amy", "我报名 2人")
    roll = await harness.say("g1", "amy", "我们再多一个人")
    assert "小美 改为 3 人" in roll[0]["text"] and "已报 3 人" in roll[0]["text"]
    roll = await harness.say("g1", "amy", "少一个人")
    assert "小美 改为 2 人" in roll[0]["text"] and "已报 2 人" in roll[0]["text"]
    [short] = to("amy", await harness.say("g1", "amy", "再加四个"))  # 2 + 4 > 5 seats: kept at 2
    assert "名额只剩 3 个" in short["text"] and "您现在报了 2 人" in short["text"]
    [question] = to("bo", await harness.say("g1", "bo", "再加一个"))  # nothing to add to: asked once, as a sign-up
    assert "您还没有报名" in question["text"] and "您是要报名“亲子烘焙”（1 人）吗" in question["text"]
    roll = await harness.say("g1", "bo", "是的")
    assert "波波 1 人" in roll[0]["text"] and "已报 3 人" in roll[0]["text"]
    [none] = to("zhang", await harness.say("g1", "zhang", "少一个人"))
    assert "还没有报名" in none["text"]


async def test_a_cancel_passed_on_from_the_household_is_asked_once(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额5 截止周五20:00")
    await harness.say("g1", "zhang", "报名")
    [question] = to("zhang", await harness.say("g1", "zhang", "我婆婆说她不去了"))
    assert "您是要取消“亲子烘焙”的报名吗" in question["text"]
    roll = await harness.say("g1", "zhang", "对")
    assert "张阿姨 取消了" in roll[0]["text"] and "已报 0 人" in roll[0]["text"]
    assert await harness.say("g1", "li", "我老公说他不去") == []  # his plans: no reply


def test_a_change_of_the_party_by_a_count(make_db):
    at = local("2026-11-23 09:00")
    with _baking_event(make_db, at, capacity=4) as (session, event):

        def sign(member, people, add=False, most=None):
            return activities.sign_up(session, activity_id=event.id, member_id=member, name=member, people=people, at=at,
                                      add=add, most=most)

        assert sign("a", 1, add=True).status == "none"  # nothing to add to, and nothing written
        assert sign("a", 2).status == "in"
        added = sign("a", 1, add=True)
        assert (added.status, added.people, added.previous, added.taken) == ("in", 3, 2, 3)
        assert sign("a", 2, add=True).status == "short" and sign("a", 2, add=True, most=4).status == "too_many"
        assert sign("b", 3).status == "wait"
        assert sign("b", -1, add=True).status == "wait"  # 3 -> 2: still more than the one seat left
        moved = sign("b", -1, add=True)
        assert (moved.status, moved.people) == ("in", 1)  # 2 -> 1: fits
        assert sign("b", -1, add=True).status == "cancelled" and sign("b", -1, add=True).status == "none"
        assert [(r.member_id, r.people) for r in activities.roster(session, event.id).going] == [("a", 3)]
        session.commit()
