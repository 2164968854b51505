"""c32: cancels, answers to the bot's questions and confirmations, through the real pipeline (SQLite, every handler).

- a "不要了" that answers a friend who just spoke to her (by name, @, quote) changes nothing of hers; a polite "不用了" after
  her order, or a reason told of a third person, is asked once, never acted on silently; her own "不要了" still cancels;
- "您还没有…，不用取消～" only for a cancel said to the list ("取消我的报名"), never for chat;
- a sign-up cancel with a doubt and a request ("周六怕是来不了了 帮我取消吧") cancels and moves the waitlist up;
- chat after "报名还是订？" is no answer (the question lapses);
- a late "是" (within 30 minutes of the question) is stored when nothing changed; later, she is told once it expired;
- a transfer of whole portions then "已付款" from one with no order is asked once.
"""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.events import GroupInfo, Kind, Member
from bot.language import said_to, signup_changes, which_post
from storage.models import ActivitySignup, GroupBuyOrder
from tests.conftest import local, to

MEMBERS = (Member("fang", "阿芳"), Member("amy", "小美"), Member("bo", "波波"), Member("li", "李姐"), Member("zhou", "周周"))
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
BUY = "/开团 土鸡蛋 ¥25 库存50 截止周五20:00 自提点A"  # 2026-11-23 is a Monday
EVENT = "/活动 亲子陶艺 周六14:00 名额4 截止周五20:00"
DAY = "2026-11-23"


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def _seats(harness) -> dict[str, tuple[int, str]]:
    rows = await harness.db.read(lambda s: s.exec(
        sa.select(ActivitySignup.member_id, ActivitySignup.people, ActivitySignup.status)).all())
    return {member: (people, status) for member, people, status in rows if status != "cancelled"}


async def _said(harness, member: str, text: str, at: str, **kw) -> list[dict]:
    replies = await harness.say("g1", member, text, at=local(f"{DAY} {at}"), **kw)
    return replies + await harness.drain()


async def _opened(make_harness, *posts: str):
    harness = await make_harness(groups=[GROUP])
    for post in posts:
        await harness.say("g1", "owner", post, at=local(f"{DAY} 09:00"))
    await harness.drain()
    return harness


# --- #1: a decline said to a friend, a polite "不用了" -------------------------------------------------------------


@pytest.mark.parametrize("friend, mentions, reply", [
    ("芳姐 要不要我顺路帮你多拿一盒", (), "不要了不要了 我家冰箱塞满了"),
    ("@阿芳 你婆婆那份要不要也订上", ("fang",), "不要了 她最近不吃鸡蛋"),
    ("小芳 给你家老二也来一盒不？", (), "不用了不用了"),
    ("阿芳你还要不要再添一盒给你姐", (), "不要啦 她自己会买"),
])
async def test_a_decline_to_a_friend_keeps_her_order(make_harness, friend, mentions, reply):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "fang", "+1", "09:10")
    await _said(harness, "bo", friend, "09:20", mentions=mentions)
    replies = await _said(harness, "fang", reply, "09:22")
    assert await _orders(harness) == {"fang": 1}
    assert to("fang", replies) == []  # nothing said: it was her answer to 波波


@pytest.mark.parametrize("before, mentions, reply", [
    (None, (), "冰箱里还有好多 不要了"),  # nobody spoke to her: her own cancel
    ("芳姐 要不要我顺路帮你多拿一盒", (), "取消我的那份吧 家里还有"),  # her order named: said to the list
    ("@小美 你要不要也来一盒", ("amy",), "不要了 家里吃不完"),  # the friend spoke to someone else
    ("@阿芳 您的鸡蛋到了 明天来拿吗", ("fang",), "不要了 麻烦店长"),  # the staff speak for the store
])
async def test_her_own_cancel_still_cancels(make_harness, before, mentions, reply):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "fang", "+1", "09:10")
    if before:
        await _said(harness, "staff" if "您" in before else "bo", before, "09:20", mentions=mentions)
    await _said(harness, "fang", reply, "09:22")
    assert await _orders(harness) == {}


async def test_a_friend_long_ago_does_not_hold_her_cancel(make_harness):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "fang", "+1", "09:10")
    await _said(harness, "bo", "芳姐 要不要我顺路帮你多拿一盒", "09:20")
    await _said(harness, "fang", "算了 家里还有 不要了", "09:40")
    assert await _orders(harness) == {}


@pytest.mark.parametrize("text", ["不用了", "不用了不用了", "不用了 谢谢啦", "不用了谢谢你"])
async def test_a_polite_no_after_her_order_is_asked_once(make_harness, text):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "li", "我订两盒", "09:10")
    replies = await _said(harness, "li", text, "09:12")
    assert await _orders(harness) == {"li": 2}  # never cancelled silently: asked once, or left alone
    asked = [r["text"] for r in to("li", replies)]
    assert asked in ([], ["您是要取消订的土鸡蛋吗？回复“是”确认～"])
    await _said(harness, "li", "是", "09:13")
    assert await _orders(harness) == ({} if asked else {"li": 2})


@pytest.mark.parametrize("text", ["不要了", "我不要了 退掉吧", "算了不要了", "这个鸡蛋取消吧"])
async def test_her_plain_cancel_is_not_asked(make_harness, text):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "li", "我订两盒", "09:10")
    await _said(harness, "li", text, "09:12")
    assert await _orders(harness) == {}


async def test_a_reason_told_of_someone_else_is_asked_not_acted_on(make_harness):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "li", "我订两盒", "09:10")
    replies = await _said(harness, "li", "不要了不要了 他根本不吃蛋", "09:12")
    assert await _orders(harness) == {"li": 2}
    assert any("您是要取消" in r["text"] for r in to("li", replies))


# --- #32: "您还没有…" only for a cancel said to the list ------------------------------------------------------------


@pytest.mark.parametrize("text", ["不用了 谢谢啦", "不用了谢谢你", "不用了不用了", "不用了"])
async def test_a_polite_no_from_one_without_an_order_is_chat(make_harness, text):
    harness = await _opened(make_harness, BUY)
    assert to("zhou", await _said(harness, "zhou", text, "09:12")) == []


@pytest.mark.parametrize("text", ["周六我要值班 去不成了 真遗憾", "周六单位要加班 来不了 下回吧",
                                  "周六要值夜班 参加不了 太遗憾了", "周六我得陪老人看病 去不成了"])
async def test_not_going_from_one_not_signed_up_is_chat(make_harness, text):
    harness = await _opened(make_harness, EVENT)
    assert to("zhou", await _said(harness, "zhou", text, "09:12")) == []


@pytest.mark.parametrize("post, text, answer", [
    (EVENT, "取消我的报名", "您还没有报名哦，不用取消～"),
    (EVENT, "帮我把报名取消一下", "您还没有报名哦，不用取消～"),
    (BUY, "帮我把订单取消", "您还没有订哦，不用取消～"),
    (BUY, "不要了", "您还没有订哦，不用取消～"),  # she may think she ordered
])
async def test_a_cancel_said_to_the_list_with_nothing_to_cancel_is_answered(make_harness, post, text, answer):
    harness = await _opened(make_harness, post)
    replies = await _said(harness, "zhou", text, "09:12")
    assert [r["text"] for r in to("zhou", replies)] == [answer]


# --- #2: a doubt, a reason and a request: cancelled, the waitlist moves up -----------------------------------------


@pytest.mark.parametrize("text", ["孩子咳嗽 周六怕是来不了了 帮我取消吧", "周六恐怕去不成了 取消吧",
                                  "老人住院了 周六怕是去不了了 麻烦帮我退了吧", "我周六怕是来不成了 给我取消一下吧"])
async def test_a_cancel_with_a_doubt_and_a_request_cancels_and_promotes(make_harness, text):
    harness = await _opened(make_harness, EVENT)
    await _said(harness, "amy", "报名两个人 我和孩子他爸", "09:10")
    await _said(harness, "li", "报名 我们两个人", "09:11")
    await _said(harness, "bo", "我报名 2人", "09:12")  # the event is full: 波波 waits
    assert (await _seats(harness))["bo"] == (2, "wait")
    replies = await _said(harness, "amy", text, "09:20")
    seats = await _seats(harness)
    assert "amy" not in seats and seats["bo"][1] != "wait"
    assert any("bo" in r.get("mentions", ()) for r in replies)  # she is told she moved up


@pytest.mark.parametrize("text", ["怕到时候去不了", "就怕周六下雨", "周六怕是要降温 大家多穿点", "我怕是记错了 周六几点来着"])
async def test_a_fear_or_a_doubt_with_no_cancel_keeps_the_sign_up(make_harness, text):
    harness = await _opened(make_harness, EVENT)
    await _said(harness, "amy", "报名两个人 我和孩子他爸", "09:10")
    await _said(harness, "amy", text, "09:20")
    assert (await _seats(harness))["amy"][0] == 2


# --- #5: chat after "报名还是订？" is no answer -----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["今天太阳真好 我去晒被子", "晚上要去接孩子放学", "孩子去上学了 终于清净", "下午去菜市场转转"])
async def test_chat_after_the_which_question_signs_up_nothing(make_harness, text):
    harness = await _opened(make_harness, BUY, EVENT)
    replies = await _said(harness, "zhou", "+1", "10:00")
    assert any("还是" in r["text"] for r in to("zhou", replies))
    assert to("zhou", await _said(harness, "zhou", text, "10:01")) == []
    assert await _seats(harness) == {} and await _orders(harness) == {}
    assert to("zhou", await _said(harness, "zhou", "好的", "10:03")) == []  # the question lapsed: no "请回复报名或订"
    await _said(harness, "zhou", "报名", "10:05")
    assert await _seats(harness) == {"zhou": (1, "in")}


@pytest.mark.parametrize("text, seats, orders", [("报名", {"zhou": (1, "in")}, {}), ("去", {"zhou": (1, "in")}, {}),
                                                 ("订吧 谢谢", {}, {"zhou": 1}), ("那就去活动吧", {"zhou": (1, "in")}, {})])
async def test_an_answer_to_the_which_question_is_still_acted_on(make_harness, text, seats, orders):
    harness = await _opened(make_harness, BUY, EVENT)
    await _said(harness, "zhou", "+1", "10:00")
    await _said(harness, "zhou", text, "10:01")
    assert await _seats(harness) == seats and await _orders(harness) == orders


# --- #9: a late "是" ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("yes, at", [("是", "09:21"), ("是的", "09:25"), ("好的", "09:33"), ("对", "09:39")])
async def test_a_late_yes_within_half_an_hour_is_stored(make_harness, yes, at):
    harness = await _opened(make_harness, BUY)
    replies = await _said(harness, "zhou", "我也要", "09:10")
    assert any("您是要订 1 份" in r["text"] for r in to("zhou", replies))
    await _said(harness, "zhou", yes, at)
    assert await _orders(harness) == {"zhou": 1}


async def test_a_yes_after_half_an_hour_is_told_once_it_expired(make_harness):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "zhou", "我也要", "09:10")
    replies = await _said(harness, "zhou", "是的", "09:50")
    assert await _orders(harness) == {}
    assert [r["text"] for r in to("zhou", replies)] == ["刚才的确认已经过期啦，还没有记下哦。要订土鸡蛋的话，请再发一次“+1”～"]
    assert to("zhou", await _said(harness, "zhou", "是的", "09:51")) == []


@pytest.mark.parametrize("between", ["+2", "我要三盒"])
async def test_a_late_yes_after_she_ordered_changes_nothing(make_harness, between):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "zhou", "我也要", "09:10")
    await _said(harness, "zhou", between, "09:12")
    before = await _orders(harness)
    assert to("zhou", await _said(harness, "zhou", "是", "09:25")) == []
    assert await _orders(harness) == before


async def test_a_late_no_is_chat(make_harness):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "zhou", "我也要", "09:10")
    assert to("zhou", await _said(harness, "zhou", "不是", "09:25")) == []
    assert await _orders(harness) == {}


# --- #8: a transfer, then "已付款" ----------------------------------------------------------------------------------


@pytest.mark.parametrize("amount, paid, asked", [("¥25.00", "已付款", 1), ("¥50.00", "钱转过去了", 2),
                                                 ("75元", "转账了 请查收", 3), ("¥25", "刚付了哈", 1)])
async def test_a_transfer_of_whole_portions_is_asked_once(make_harness, amount, paid, asked):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "zhou", f"[转账] {amount}", "09:10", kind=Kind.TRANSFER)
    replies = await _said(harness, "zhou", paid, "09:11")
    assert [r["text"] for r in to("zhou", replies)] == [f"您是要订 {asked} 份土鸡蛋吗？回复“是”确认～"]
    await _said(harness, "zhou", "是", "09:12")
    assert await _orders(harness) == {"zhou": asked}


@pytest.mark.parametrize("amount, paid, ordered", [("¥30.00", "已付款", None), ("¥25.00", "已付款", "+1"),
                                                   ("¥25.00", "付款方式有哪些", None), (None, "已付款", None)])
async def test_no_question_when_the_transfer_says_nothing_of_an_order(make_harness, amount, paid, ordered):
    harness = await _opened(make_harness, BUY)
    if ordered:
        await _said(harness, "zhou", ordered, "09:05")
    if amount:
        await _said(harness, "zhou", f"[转账] {amount}", "09:10", kind=Kind.TRANSFER)
    replies = await _said(harness, "zhou", paid, "09:11")
    assert not any("您是要订" in r["text"] for r in to("zhou", replies))


# --- the readers alone, and hostile input ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, name, expected", [("芳姐 你要不要", "阿芳", True), ("小芳你去吗", "阿芳", True),
                                                  ("芳姐的鸡蛋到了", "阿芳", False), ("今天好冷啊", "阿芳", False)])
def test_spoken_to_by_name(text, name, expected):
    assert said_to.spoken_to(text, name, False, False) is expected


@pytest.mark.parametrize("size", [300, 5000])
@pytest.mark.parametrize("unit", ["不用", "不用了", "她不", "芳姐", "取消", "怕是", "去", "已付款", "了", "¥1"])
def test_hostile_inputs_are_read_in_linear_time(size, unit):
    text = (unit * size)[:size]
    started = time.perf_counter()
    said_to.polite_decline(text)
    said_to.about_another(text)
    said_to.to_the_list(text)
    said_to.spoken_to(text, "阿芳芳" * 10, False, False)
    signup_changes.read_cancel(text)
    which_post.answer(text, "土鸡蛋", "亲子陶艺", False)
    from bot.handlers.groupbuy import _PAID, _TRANSFERRED
    _PAID.match(text)
    _TRANSFERRED.search(text)
    assert time.perf_counter() - started < 1.0
