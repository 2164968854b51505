"""x33: through the real pipeline (SQLite, every handler) and the readers.

- when the open event's sign-ups close ("报名什么时候截止？", "报名到几号", "还有几天截止报名") is answered from its own row: its
  sign-up deadline, or, with none set, that sign-ups stay open until it starts or its places run out; never passed on;
- a bare counted cancel ("取消三袋", "取消两份", "不要一袋了") lowers her order by that many, or cancels it all when as many
  or more; "取消三袋的那个活动了", "取消两个人", "取消一单" are not it;
- with a group-buy and an event both open, a count in the group-buy product's own classifier ("算我一顶" of a hat) is the
  group-buy's, read by the same classifier table as the order reader.

The sentences are the engineer's own, none a corpus line."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.chain.text import order_reading
from bot.events import GroupInfo, Member
from bot.language import intents, which_post
from bot.questions import happening
from storage.models import ActivitySignup, GroupBuyOrder
from tests.conftest import local, to

MEMBERS = tuple(Member(f"m{n}", f"成员{n}") for n in range(1, 9))
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
EVENT_DEADLINE = "/活动 亲子陶艺 周六14:00 名额10 截止周五20:00"  # 2026-11-23 is a Monday
EVENT_NONE = "/活动 亲子陶艺 周六14:00 名额10"
EVENT_TWO = "/活动 亲子陶艺 周六14:00 名额1"
DUMPLINGS = "/开团 手工水饺 猪肉白菜 一袋50只 ¥32 库存40 截止周五20:00 自提：店里"
HATS = "/开团 毛线帽 燕麦、焦糖、酒红三色 ¥59 库存25 截止周五20:00 自提：门店"
HAT_ITEM, TITLE = "毛线帽 燕麦、焦糖、酒红三色", "亲子陶艺"


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def _seats(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(
        sa.select(ActivitySignup.member_id, ActivitySignup.people, ActivitySignup.status)).all())
    return {member: people for member, people, status in rows if status != "cancelled"}


async def _open(make_harness, *posts: str):
    harness = await make_harness(groups=[GROUP])
    for n, post in enumerate(posts):
        await harness.say("g1", "owner", post, at=local(f"2026-11-23 09:0{n}"))
    await harness.drain()
    return harness


async def _said(harness, member: str, text: str, at: str = "2026-11-23 09:10") -> list[dict]:
    replies = await harness.say("g1", member, text, at=local(at))
    return to(member, replies + await harness.drain())


# --- 1: when sign-ups close ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["报名什么时候截止？", "报名到几号", "还有几天截止报名", "报名截止时间是几点呀",
                                  "请问报名几号截止", "陶艺报名啥时候结束", "几号截止报名啊"])
async def test_the_events_own_deadline_answers(make_harness, text):
    harness = await _open(make_harness, EVENT_DEADLINE)
    replies = await _said(harness, "m1", text)
    assert len(replies) == 1 and "报名 11月27日" in replies[0]["text"] and "截止" in replies[0]["text"], replies
    assert "记下了" not in replies[0]["text"] and "还剩 10 个名额" in replies[0]["text"]
    assert await _seats(harness) == {}


async def test_no_deadline_set_says_until_it_starts_or_fills(make_harness):
    harness = await _open(make_harness, EVENT_NONE)
    [reply] = await _said(harness, "m1", "报名什么时候截止？")
    assert "没有单独的报名截止时间" in reply["text"] and "开始前" in reply["text"] and "名额没报满" in reply["text"]


async def test_full_is_said(make_harness):
    harness = await _open(make_harness, EVENT_TWO)
    await _said(harness, "m2", "报名")
    [reply] = await _said(harness, "m1", "报名到几号", at="2026-11-23 09:20")
    assert "报满" in reply["text"] and "候补" in reply["text"]


@pytest.mark.parametrize("text", ["游泳班报名什么时候截止", "什么时候报名", "几点截止"])
async def test_look_alikes_are_not_the_events_deadline(make_harness, text):
    harness = await _open(make_harness, EVENT_DEADLINE)
    replies = await _said(harness, "m1", text)
    assert not any("报名 11月27日" in r["text"] for r in replies)
    assert await _seats(harness) == {}


def test_asks_signup_deadline():
    assert happening.asks_signup_deadline("报名截止时间呢", TITLE)
    assert happening.asks_signup_deadline("最晚哪天报名", TITLE)
    assert not happening.asks_signup_deadline("游泳班报名什么时候截止", TITLE)
    assert not happening.asks_signup_deadline("店里几点关门", TITLE)
    assert not happening.asks_signup_deadline("报名" + "什么时候截止" * 10, TITLE)  # too long to be this question


# --- 2: a bare counted cancel ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("cancel, left", [
    ("取消一袋", 2), ("取消两份", 1), ("取消三袋", 0), ("取消五袋", 0), ("不要一袋了", 2), ("麻烦取消一袋吧", 2),
    ("那就取消两袋", 1), ("退掉一盒", 2), ("三袋都不要了", 0), ("帮我取消一袋", 2),
])
async def test_a_bare_counted_cancel_lowers_or_cancels(make_harness, cancel, left):
    harness = await _open(make_harness, DUMPLINGS)
    await _said(harness, "m1", "我要三袋")
    await _said(harness, "m1", cancel, at="2026-11-23 09:20")
    assert await _orders(harness) == ({"m1": left} if left else {})


@pytest.mark.parametrize("text", ["取消三袋的那个活动了", "取消两个人", "取消一单"])
async def test_look_alikes_of_a_counted_cancel_do_not_lower(make_harness, text):
    harness = await _open(make_harness, DUMPLINGS)
    await _said(harness, "m1", "我要三袋")
    await _said(harness, "m1", text, at="2026-11-23 09:20")
    assert (await _orders(harness)).get("m1") in (3, None)  # never a count taken off ("取消一单": the whole order, as before)
    assert (await _orders(harness)).get("m1") != 2


def test_counted_cancel_readings():
    assert order_reading("取消三袋", None).amount == -3
    assert order_reading("取消三袋的那个活动了", None) is None
    assert order_reading("取消两个人", None) is None
    assert intents._DROP_COUNTED.search("取消一单") is None


# --- 3: the both-open router knows the product's own classifier ---------------------------------------------------

@pytest.mark.parametrize("text, quantity", [("算我一顶", 1), ("我家两顶", 2), ("一顶", 1), ("+1 一顶", 1)])
async def test_a_count_in_the_hats_classifier_goes_to_the_group_buy(make_harness, text, quantity):
    harness = await _open(make_harness, HATS, EVENT_DEADLINE)  # the event posted last
    replies = await _said(harness, "m1", text)
    assert await _orders(harness) == {"m1": quantity}
    assert await _seats(harness) == {}
    assert not any("还是" in r["text"] for r in replies)


async def test_a_sign_up_still_goes_to_the_event(make_harness):
    harness = await _open(make_harness, HATS, EVENT_DEADLINE)  # two fresh posts: a count of no goods is asked (w33)
    replies = await _said(harness, "m1", "算我一个")
    assert await _orders(harness) == {}
    assert await _seats(harness) == {"m1": 1} or any("还是" in r["text"] for r in replies)
    await _said(harness, "m2", "我报名", at="2026-11-23 09:12")
    assert await _seats(harness) == {"m2": 1} or (await _seats(harness)).get("m2") == 1


def test_which_post_reads_the_classifier_table():
    assert which_post.side("算我一顶", HAT_ITEM, TITLE) == which_post.GOODS
    assert which_post.side("算我一顶", "土鸡蛋", TITLE) is None  # 顶 counts no egg: as before
    assert which_post.answer("一顶", HAT_ITEM, TITLE, cancel=False) == which_post.GOODS


# --- hostile input --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_inputs_are_read_in_linear_time(size):
    texts = ["报名" * (size // 2), "报名截止" * (size // 4) + "几号", "还有" * (size // 2) + "几天截止报名", "取消" * (size // 2),
             "取消三袋" + "吧" * size, "不要" * (size // 2) + "一袋", "一顶" * (size // 2), "算我" + "一顶" * (size // 2)]
    start = time.perf_counter()
    for text in texts:
        happening.asks_signup_deadline(text, TITLE)
        happening._DEADLINE.search(text)
        intents._DROP_COUNTED.search(text)
        order_reading(text[:400], None)
        which_post.side(text, HAT_ITEM, TITLE)
    assert time.perf_counter() - start < 10
