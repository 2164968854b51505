"""R31: a group-buy and an event open at once in one group, through the real pipeline (SQLite, every handler).

A message both readers take ("+1", "算我一个", "取消") goes by its words (going and seats to the event, goods to the
group-buy), else to the post just above, else she is asked once which; it never lowers or replaces an order or a
sign-up she already has without asking. A number alone just after a post is asked once."""
from __future__ import annotations

import json
import time

import pytest
import sqlalchemy as sa

from bot.events import GroupInfo, Member
from bot.language import which_post
from storage.models import ActivitySignup, GroupBuyOrder
from tests.cli import run_cli
from tests.conftest import local, to

MEMBERS = (Member("amy", "小美"), Member("bo", "波波"), Member("zhang", "张阿姨"), Member("li", "李姐"))
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
BUY = "/开团 土鸡蛋 ¥25 库存50 截止周五20:00 自提点A"  # 2026-11-23 is a Monday
EVENT = "/活动 亲子陶艺 周六14:00 名额10 截止周五20:00"
ITEM, TITLE = "土鸡蛋", "亲子陶艺"


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def _seats(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(
        sa.select(ActivitySignup.member_id, ActivitySignup.people, ActivitySignup.status)).all())
    return {member: people for member, people, status in rows if status != "cancelled"}


async def _said(harness, member: str, text: str, at: str) -> list[dict]:
    replies = await harness.say("g1", member, text, at=local(at))
    replies += await harness.drain()
    return replies


async def _both_open(make_harness, event_last: bool = True, orders: dict | None = None, seats: dict | None = None,
                     db_name: str = "test.db"):
    """The group-buy at 09:00 and the event at 09:40 (or the other way round), each with its orders or sign-ups just after.
    (w33) More than 30 minutes apart, so that only the later post is recent; with both within 30 minutes a message that
    fits both is asked which (tests/test_w33.py)."""
    harness = await make_harness(groups=[GROUP], db_name=db_name)
    posts = [(BUY, orders or {}), (EVENT, seats or {})]
    for (post, said), at, then in zip(posts if event_last else posts[::-1], ("09:00", "09:40"), ("09:05", "09:42")):
        await harness.say("g1", "owner", post, at=local(f"2026-11-23 {at}"))
        for member, text in said.items():
            await _said(harness, member, text, f"2026-11-23 {then}")
    await harness.drain()
    return harness


def _asked_which(replies: list[dict], member: str) -> dict:
    [question] = [r for r in to(member, replies) if "还是" in r["text"]]
    assert TITLE in question["text"] and ITEM in question["text"]
    return question


# --- a sign-up said just under the event's post -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["算我一个吧", "+1", "➕1", "也算我一个", "我一个"])
async def test_a_sign_up_under_the_event_post_signs_up_and_keeps_her_order(make_harness, text):
    harness = await _both_open(make_harness, event_last=True, orders={"amy": "我要两份"})
    replies = await _said(harness, "amy", text, "2026-11-23 09:44")
    assert await _seats(harness) == {"amy": 1}
    assert await _orders(harness) == {"amy": 2}  # never "改为 1 份"
    assert any("亲子陶艺 报名更新" in r["text"] for r in replies)


@pytest.mark.parametrize("text, people", [("我参加，我和儿子俩", 2), ("俺和老伴两个", 2), ("我和我儿子两个", 2),
                                          ("我家四口人都去", 4), ("我去，带上我闺女", 2)])
async def test_a_party_goes_to_the_event_even_under_the_group_buy_post(make_harness, text, people):
    harness = await _both_open(make_harness, event_last=False, orders={"amy": "我要一份"})
    await _said(harness, "amy", text, "2026-11-23 09:50")
    assert await _seats(harness) == {"amy": people}
    assert await _orders(harness) == {"amy": 1}  # never raised by the party's count


@pytest.mark.parametrize("text, quantity", [("给我留一个", 1), ("我要两盒", 2), ("鸡蛋来一份", 1), ("我和我妈各一盒", 2)])
async def test_words_of_goods_go_to_the_group_buy_even_under_the_event_post(make_harness, text, quantity):
    harness = await _both_open(make_harness, event_last=True)
    await _said(harness, "bo", text, "2026-11-23 09:44")
    assert await _orders(harness) == {"bo": quantity}
    assert await _seats(harness) == {}


async def test_a_plus_one_follows_the_post_just_above(make_harness):
    harness = await _both_open(make_harness, event_last=False)
    await _said(harness, "bo", "+1", "2026-11-23 09:45")  # the group-buy was posted last
    assert await _orders(harness) == {"bo": 1} and await _seats(harness) == {}
    harness = await _both_open(make_harness, event_last=True, db_name="event-last.db")
    await _said(harness, "bo", "+1", "2026-11-23 09:45")  # the event was posted last
    assert await _seats(harness) == {"bo": 1} and await _orders(harness) == {}


# --- never replaced without asking ----------------------------------------------------------------------------


async def test_a_repeat_under_the_post_where_she_has_an_order_is_asked_never_replaces_it(make_harness):
    harness = await _both_open(make_harness, event_last=False, orders={"amy": "我要三份"})
    replies = await _said(harness, "amy", "+1", "2026-11-23 09:50")
    question = _asked_which(replies, "amy")
    assert "回复“报名”或“订”" in question["text"]
    assert await _orders(harness) == {"amy": 3} and await _seats(harness) == {}
    assert to("amy", await _said(harness, "amy", "算我一个", "2026-11-23 09:51")) == []  # asked once
    await _said(harness, "amy", "报名", "2026-11-23 09:52")
    assert await _seats(harness) == {"amy": 1}
    assert await _orders(harness) == {"amy": 3}


async def test_a_sign_up_she_has_is_not_replaced_either_and_a_no_leaves_both(make_harness):
    harness = await _both_open(make_harness, event_last=True, seats={"amy": "我们三个人报名"})
    assert await _seats(harness) == {"amy": 3}
    _asked_which(await _said(harness, "amy", "算我一个", "2026-11-23 09:50"), "amy")
    [declined] = to("amy", await _said(harness, "amy", "不是", "2026-11-23 09:51"))
    assert "先不记" in declined["text"]
    assert await _seats(harness) == {"amy": 3} and await _orders(harness) == {}


async def test_long_after_both_posts_she_is_asked_and_her_answer_is_acted_on(make_harness):
    harness = await _both_open(make_harness, event_last=True)
    _asked_which(await _said(harness, "bo", "算我一个", "2026-11-23 11:00"), "bo")
    await _said(harness, "bo", "订鸡蛋", "2026-11-23 11:01")
    assert await _orders(harness) == {"bo": 1} and await _seats(harness) == {}
    _asked_which(await _said(harness, "zhang", "+2", "2026-11-23 11:05"), "zhang")
    await _said(harness, "zhang", "两个都要", "2026-11-23 11:06")
    assert await _orders(harness) == {"bo": 1, "zhang": 2}
    assert await _seats(harness) == {"zhang": 2}


# --- cancelling ---------------------------------------------------------------------------------------------


async def test_a_cancel_goes_to_what_she_has(make_harness):
    harness = await _both_open(make_harness, event_last=True, orders={"amy": "我要两份", "zhang": "要一份", "li": "来一份"},
                               seats={"bo": "报名", "zhang": "报名", "li": "我报名 2人"})
    await _said(harness, "bo", "取消吧", "2026-11-23 10:00")  # signed up only
    await _said(harness, "amy", "取消", "2026-11-23 10:01")  # ordered only
    await _said(harness, "li", "那天要上班，来不了了，取消", "2026-11-23 10:02")  # both, words of going
    assert await _seats(harness) == {"zhang": 1}
    assert await _orders(harness) == {"zhang": 1, "li": 1}
    question = _asked_which(await _said(harness, "zhang", "退了吧", "2026-11-23 10:03"), "zhang")  # both, no side said
    assert "取消" in question["text"]
    assert await _seats(harness) == {"zhang": 1} and await _orders(harness) == {"zhang": 1, "li": 1}
    await _said(harness, "zhang", "都取消", "2026-11-23 10:04")
    assert await _seats(harness) == {} and await _orders(harness) == {"li": 1}


# --- after the group-buy's cut-off ------------------------------------------------------------------------------


async def test_with_the_group_buy_closed_a_plus_one_signs_up_for_the_open_event(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/开团 土鸡蛋 ¥25 库存50 截止10:00 自提点A", at=local("2026-11-23 09:00"))
    await harness.say("g1", "owner", EVENT, at=local("2026-11-23 09:10"))
    replies = await _said(harness, "bo", "+1", "2026-11-23 10:30")
    assert await _seats(harness) == {"bo": 1}
    assert not any("截单" in r["text"] for r in to("bo", replies))
    replies = await _said(harness, "amy", "鸡蛋我要两份", "2026-11-23 10:31")  # goods still hear it is closed
    assert any("截单" in r["text"] for r in to("amy", replies))


# --- a number alone ----------------------------------------------------------------------------------------------


async def test_a_number_alone_just_after_the_group_buy_post_is_asked_once(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", BUY, at=local("2026-11-23 09:00"))
    await _said(harness, "amy", "我要一份", "2026-11-23 09:02")
    [question] = to("bo", await _said(harness, "bo", "2", "2026-11-23 09:10"))
    assert "您是要订 2 份土鸡蛋吗" in question["text"] and "回复“是”确认" in question["text"]
    assert to("bo", await _said(harness, "bo", "2", "2026-11-23 09:11")) == []  # once
    [question] = to("zhang", await _said(harness, "zhang", "三", "2026-11-23 09:12"))
    assert "3 份" in question["text"]
    assert to("amy", await _said(harness, "amy", "3", "2026-11-23 09:13")) == []  # she has an order: chat
    assert to("li", await _said(harness, "li", "30", "2026-11-23 09:14")) == []  # no one orders thirty so
    await _said(harness, "bo", "是的", "2026-11-23 09:15")
    assert await _orders(harness) == {"amy": 1, "bo": 2}
    assert to("li", await _said(harness, "li", "2", "2026-11-23 11:00")) == []  # long after: chat


async def test_a_number_alone_under_the_event_post_stays_chat(make_harness):
    """The event asks "一共几位？" itself when a sign-up leaves it open; a number alone under its post is chat, as before."""
    harness = await _both_open(make_harness, event_last=True)
    assert to("bo", await _said(harness, "bo", "3", "2026-11-23 09:45")) == []
    assert await _seats(harness) == {} and await _orders(harness) == {}
    harness = await _both_open(make_harness, event_last=False, db_name="buy-last.db")  # the group-buy's post last
    [question] = to("bo", await _said(harness, "bo", "2", "2026-11-23 09:45"))
    assert "您是要订 2 份土鸡蛋吗" in question["text"]


# --- look-alikes that must not change -------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["楼下快递柜又满了", "我家闺女又+1颗门牙了", "昨天买了两斤橘子好甜", "今天风好大啊",
                                  "+1 我也觉得这天太冷", "有人周末一起去爬山吗"])
async def test_chat_stays_silent_with_both_open(make_harness, text):
    harness = await _both_open(make_harness, event_last=True)
    assert to("li", await _said(harness, "li", text, "2026-11-23 09:44")) == []
    assert await _orders(harness) == {} and await _seats(harness) == {}


async def test_with_one_post_open_orders_and_sign_ups_are_as_before(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", BUY, at=local("2026-11-23 09:00"))
    await _said(harness, "amy", "+1", "2026-11-23 09:01")
    await _said(harness, "bo", "算我一个", "2026-11-23 09:02")
    await _said(harness, "amy", "+1", "2026-11-23 09:03")  # a repeat with no event open: as before
    assert await _orders(harness) == {"amy": 1, "bo": 1}
    other = await make_harness(groups=[GROUP], db_name="event-only.db")
    await other.say("g1", "owner", EVENT, at=local("2026-11-23 09:00"))
    for member, text in (("amy", "算我一个"), ("bo", "+1"), ("zhang", "我和老伴两个")):
        await _said(other, member, text, "2026-11-23 09:05")
    assert await _seats(other) == {"amy": 1, "bo": 1, "zhang": 2}


async def test_after_a_restart_the_post_just_above_is_still_known(make_harness):
    """(m32) When each post was shown is kept in SQL (``post_shown``): a restart changes nothing; long after both posts
    she is asked, as without one."""
    harness = await make_harness(groups=[GROUP], db_name="restart.db")
    await harness.say("g1", "owner", BUY, at=local("2026-11-23 09:00"))
    await harness.say("g1", "owner", EVENT, at=local("2026-11-23 09:40"))
    await harness.bot.stop()
    again = await make_harness(groups=[GROUP], db_name="restart.db", start=local("2026-11-23 09:42"))
    await _said(again, "bo", "+1", "2026-11-23 09:42")
    assert await _seats(again) == {"bo": 1} and await _orders(again) == {}
    _asked_which(await _said(again, "amy", "+1", "2026-11-23 10:30"), "amy")


# --- the replay tool, the shipped config ----------------------------------------------------------------------------


def test_a_replayed_chat_with_both_posts_open():
    line = lambda t, **kw: json.dumps({"t": f"2026-11-23T{t}:00+08:00", **kw}, ensure_ascii=False)  # noqa: E731
    members = [{"id": m.id, "name": m.name} for m in GROUP.members]
    say = lambda t, who, text: line(t, type="message", group="g1", **{"from": who}, text=text)  # noqa: E731
    transcript = "\n".join([
        line("08:59", type="group", group="g1", name="宝妈育儿群", owner="owner", members=members),
        say("09:00", "owner", "/开团 土鸡蛋 ¥25 库存50 截止周五20:00 自提点A"),
        say("09:03", "amy", "我要两份"),
        say("09:06", "bo", "1"),
        say("09:09", "bo", "是"),
        say("09:40", "owner", "/活动 亲子陶艺 周六14:00 名额10 截止周五20:00"),
        say("09:43", "amy", "算我一个"),
        say("09:46", "zhang", "我跟老伴俩都去"),
        say("09:49", "amy", "那天有事去不了了"),
    ]) + "\n"
    result = run_cli(["replay", "-"], stdin=transcript)
    assert result.returncode == 0, result.stderr
    said = [json.loads(row)["text"] for row in result.stdout.splitlines() if json.loads(row).get("action") == "say"]
    assert any("您是要订 1 份土鸡蛋吗" in text for text in said)
    assert any("波波 1 份" in text for text in said)
    assert any("小美 1 人" in text for text in said) and not any("小美 改为" in text for text in said)
    assert any("张阿姨 2 人" in text for text in said)
    assert any("小美 取消了" in text for text in said)


# --- the reader alone ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("我参加，我和儿子俩", "event"), ("那天来不了了", "event"), ("我们一家三口", "event"), ("两大一小", "event"),
    ("我们三个人", "event"), ("陶艺算我一个", "event"), ("带上我闺女", "event"),
    ("我要两盒", "goods"), ("我和我妈各一盒", "goods"), ("鸡蛋算我一个", "goods"), ("不要了", "goods"), ("退订", "goods"),
    ("+1", None), ("算我一个", None), ("两个", None), ("取消", None), ("再加一个", None),
    ("报名，顺便要两盒鸡蛋", None),  # both strongly: asked
])
def test_which_side_the_words_are_of(text, expected):
    assert which_post.side(text, ITEM, TITLE) == expected


@pytest.mark.parametrize("text, expected", [("1", 1), ("2 ", 2), ("三", 3), ("俩", 2), ("两个", 2), ("5。", 5),
                                            ("100", None), ("+1", None), ("2楼", None), ("好的2", None), ("", None)])
def test_a_number_alone(text, expected):
    assert which_post.bare_count(text) == expected


@pytest.mark.parametrize("text, cancel, expected", [
    ("报名", False, "event"), ("参加活动", False, "event"), ("陶艺", False, "event"), ("订", False, "goods"),
    ("鸡蛋", False, "goods"), ("要鸡蛋", False, "goods"), ("都要", False, "both"), ("不是", False, "neither"),
    ("订单", True, "goods"), ("报名的", True, "event"), ("都取消", True, "both"), ("都不要了", True, "both"),
    ("算了不取消了", True, "neither"), ("今天天气不错呀", False, None), ("嗯", False, None),
])
def test_an_answer_to_which_one(text, cancel, expected):
    assert which_post.answer(text, ITEM, TITLE, cancel) == expected


@pytest.mark.parametrize("size", [300, 5000])
@pytest.mark.parametrize("unit", ["去", "我和", "一家", "2大", "要", "两", "报名取消", "陶艺鸡蛋", "+1", "，"])
def test_hostile_inputs_are_read_in_linear_time(size, unit):
    text = (unit * size)[:size]
    started = time.perf_counter()
    which_post.side(text, ITEM, TITLE)
    which_post.bare_count(text)
    which_post.answer(text, ITEM, TITLE, False)
    assert time.perf_counter() - started < 1.0
