"""a31: a count alone ("+1", "算我一个", "1份") from a member who already ordered another count is asked once — change
to it, or add it? — and her answer acted on; a new total said in words, an add, and the same count again are as before.
A bare yes to R31's "报名还是订？" or to "改还是加？" is told once to say which, and nothing is done. Real pipeline, SQLite."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.chain import resize
from bot.events import GroupInfo, Member
from storage.models import ActivitySignup, GroupBuyOrder
from tests.conftest import local, to

MEMBERS = (Member("amy", "小美"), Member("bo", "波波"), Member("zhang", "张阿姨"))
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), *MEMBERS))
BUY = "/开团 土鸡蛋 ¥25 库存50 截止周五20:00 自提点A"  # 2026-11-23 is a Monday
EVENT = "/活动 亲子陶艺 周六14:00 名额10 截止周五20:00"


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def _seats(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(
        sa.select(ActivitySignup.member_id, ActivitySignup.people, ActivitySignup.status)).all())
    return {member: people for member, people, status in rows if status != "cancelled"}


async def _said(harness, member: str, text: str, at: str) -> list[dict]:
    replies = await harness.say("g1", member, text, at=local(f"2026-11-23 {at}"))
    return replies + await harness.drain()


async def _with_three(make_harness, event: bool = False):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", BUY, at=local("2026-11-23 09:00"))
    await _said(harness, "amy", "我要三份", "09:05")
    if event:
        await harness.say("g1", "owner", EVENT, at=local("2026-11-23 09:20"))
        await harness.drain()
    assert await _orders(harness) == {"amy": 3}
    return harness


def _the_question(replies: list[dict]) -> str:
    [question] = to("amy", replies)
    return question["text"]


@pytest.mark.parametrize("text, count", [("+1", 1), ("算我一个", 1), ("1份", 1), ("➕2", 2), ("我也要两份", 2),
                                         ("要五份", 5)])
async def test_a_count_alone_over_her_order_is_asked_never_set(make_harness, text, count):
    harness = await _with_three(make_harness)
    question = _the_question(await _said(harness, "amy", text, "09:30"))
    assert "已订 3 份" in question and f"改成 {count} 份" in question and f"再加 {count} 份" in question
    assert await _orders(harness) == {"amy": 3}
    assert to("amy", await _said(harness, "amy", text, "09:31")) == []  # asked once
    assert await _orders(harness) == {"amy": 3}


@pytest.mark.parametrize("answer, expected", [("改", 1), ("改吧", 1), ("改成一份", 1), ("加", 4), ("再加一份", 4),
                                              ("加一份吧", 4)])
async def test_her_answer_is_acted_on(make_harness, answer, expected):
    harness = await _with_three(make_harness)
    _the_question(await _said(harness, "amy", "+1", "09:30"))
    await _said(harness, "amy", answer, "09:31")
    assert await _orders(harness) == {"amy": expected}


async def test_a_no_keeps_her_order_and_a_bare_yes_is_told_once_to_say_which(make_harness):
    harness = await _with_three(make_harness)
    _the_question(await _said(harness, "amy", "算我一个", "09:30"))
    told = _the_question(await _said(harness, "amy", "好的", "09:31"))
    assert "“改”" in told and "“加”" in told
    assert to("amy", await _said(harness, "amy", "是", "09:32")) == []  # told once
    assert await _orders(harness) == {"amy": 3}
    await _said(harness, "amy", "加", "09:33")  # the question stayed open
    assert await _orders(harness) == {"amy": 4}
    _the_question(await _said(harness, "amy", "+1", "09:40"))
    await _said(harness, "amy", "不用了", "09:41")
    assert await _orders(harness) == {"amy": 4}


@pytest.mark.parametrize("text, expected", [("改成1份", 1), ("我只要一份了", 1), ("一共两份", 2), ("再来一份", 4),
                                            ("两份就够了", 2), ("少要一份", 2)])
async def test_words_that_say_the_new_total_or_an_add_act_as_before(make_harness, text, expected):
    harness = await _with_three(make_harness)
    replies = await _said(harness, "amy", text, "09:30")
    assert not any("回复“改”" in r["text"] for r in replies)
    assert await _orders(harness) == {"amy": expected}


@pytest.mark.parametrize("text", ["3份", "+3", "我要三份"])
async def test_the_same_count_again_is_heard_as_before(make_harness, text):
    harness = await _with_three(make_harness)
    assert "已经记下您 3 份啦" in _the_question(await _said(harness, "amy", text, "09:30"))
    assert await _orders(harness) == {"amy": 3}


async def test_a_first_order_is_placed_without_asking(make_harness):
    harness = await _with_three(make_harness)
    for member, text in (("bo", "+1"), ("zhang", "算我一个")):
        await _said(harness, member, text, "09:30")
    assert await _orders(harness) == {"amy": 3, "bo": 1, "zhang": 1}


async def test_with_both_open_the_order_side_asks_before_cutting_it(make_harness):
    harness = await _with_three(make_harness, event=True)
    which = _the_question(await _said(harness, "amy", "+1", "11:00"))  # long after both posts: asked which
    assert "还是" in which and "亲子陶艺" in which
    question = _the_question(await _said(harness, "amy", "订", "11:01"))
    assert "已订 3 份" in question
    await _said(harness, "amy", "加", "11:02")
    assert await _orders(harness) == {"amy": 4} and await _seats(harness) == {}


@pytest.mark.parametrize("yes", ["是", "好的", "对", "嗯嗯"])
async def test_a_bare_yes_to_which_post_is_told_once_and_nothing_done(make_harness, yes):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", BUY, at=local("2026-11-23 09:00"))
    await harness.say("g1", "owner", EVENT, at=local("2026-11-23 09:20"))
    await harness.drain()
    which = to("bo", await _said(harness, "bo", "算我一个", "11:00"))
    assert which and "还是" in which[0]["text"]
    [told] = to("bo", await _said(harness, "bo", yes, "11:01"))
    assert "“报名”" in told["text"] and "“订”" in told["text"]
    assert to("bo", await _said(harness, "bo", yes, "11:02")) == []  # told once
    assert await _orders(harness) == {} and await _seats(harness) == {}
    await _said(harness, "bo", "报名", "11:03")  # the question is still open
    assert await _seats(harness) == {"bo": 1} and await _orders(harness) == {}


@pytest.mark.parametrize("text, expected", [("改", "set"), ("改成两份吧", "set"), ("加", "add"), ("再要一份", "add"),
                                            ("是的", "yes"), ("不用了", "no"), ("不改", "no"), ("今天天气不错", None)])  # k32: 不改 keeps hers
def test_an_answer_to_change_or_add(text, expected):
    assert resize.choice(text) == expected


@pytest.mark.parametrize("size", [300, 5000])
@pytest.mark.parametrize("unit", ["改", "加", "不", "一共", "就", "份1"])
def test_hostile_inputs_are_read_in_linear_time(size, unit):
    text = (unit * size)[:size]
    started = time.perf_counter()
    resize.choice(text), resize.states_total(text), resize.choice(text[:12])
    assert time.perf_counter() - started < 0.5
