"""a33: needless asks on clear orders, friend talk taken for an order, declines from one with no order, one answer to one yes
(real pipeline, SQLite, every handler)."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.events import GroupInfo, Member
from storage.models import GroupBuyOrder
from tests.conftest import local, to

MEMBERS = (Member("fang", "阿芳"), Member("amy", "小美"), Member("bo", "波波"), Member("tt", "婷婷"), Member("zhou", "周周"))
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
BUY = "/开团 手工水饺 猪肉白菜 一袋50只 ¥32 库存40 截止周五20:00 自提点A"  # 2026-11-23 is a Monday
DAY = "2026-11-23"


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def _said(harness, member: str, text: str, at: str, **kw) -> list[dict]:
    replies = await harness.say("g1", member, text, at=local(f"{DAY} {at}"), **kw)
    return replies + await harness.drain()


async def _opened(make_harness, *posts: str):
    harness = await make_harness(groups=[GROUP])
    for post in posts:
        await harness.say("g1", "owner", post, at=local(f"{DAY} 09:00"))
    await harness.drain()
    return harness


# --- one yes, one answer -----------------------------------------------------------------------------------------


async def test_one_yes_to_a_cancel_question_is_one_answer(make_harness):
    harness = await _opened(make_harness, BUY)
    asked = await _said(harness, "fang", "3", "09:01")
    assert to("fang", asked)
    await _said(harness, "fang", "对 三袋", "09:03")  # she answers with the count: placed, the question left open
    assert await _orders(harness) == {"fang": 3}
    cancelled = await _said(harness, "fang", "我不要了", "09:50")  # her plain cancel: done, nothing asked
    assert len(to("fang", cancelled)) == 1 and "已取消" in to("fang", cancelled)[0]["text"]
    replies = await _said(harness, "fang", "是", "09:51")
    assert await _orders(harness) == {}
    assert to("fang", replies) == []  # before: "确认已经过期…请再发一次“+3”" of the question her count had answered


@pytest.mark.parametrize("cancel", ["不要了 她不吃这个", "不用了", "不要了 他不爱吃"])
async def test_one_yes_to_an_asked_cancel_is_one_answer(make_harness, cancel):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "fang", "3", "09:01")
    await _said(harness, "fang", "对 三袋", "09:03")
    asked = await _said(harness, "fang", cancel, "09:50")
    assert any("取消" in r["text"] for r in to("fang", asked))
    replies = await _said(harness, "fang", "是", "09:51")
    assert await _orders(harness) == {}
    assert len(to("fang", replies)) == 1 and "已取消" in to("fang", replies)[0]["text"]


async def test_a_late_yes_still_places_when_nothing_was_ordered(make_harness):  # the c32 late yes is kept
    harness = await _opened(make_harness, BUY)
    await _said(harness, "fang", "3", "09:01")
    await _said(harness, "fang", "是", "09:20")
    assert await _orders(harness) == {"fang": 3}


# --- friend talk: an @-mention of another member, nothing of hers ordered ------------------------------------------


@pytest.mark.parametrize("text, mentions", [
    ("@婷婷 三袋 冻冰箱里慢慢吃", ("tt",)),
    ("@周周 饺子要不要一起拼一袋", ("zhou",)),
    ("@小美 你家要不要来两袋 挺好吃的", ("amy",)),
    ("@婷婷 两袋够了 吃不完放冰箱", ("tt",)),
    ("@波波 我看你订了三袋 好多啊", ("bo",)),
])
async def test_talk_to_a_friend_is_no_order(make_harness, text, mentions):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "zhou", "+1", "09:05")
    replies = await _said(harness, "zhou", text, "09:10", mentions=mentions)
    assert to("zhou", replies) == []
    assert await _orders(harness) == {"zhou": 1}


@pytest.mark.parametrize("text, mentions, orders", [
    ("@婷婷 我也要两袋", ("tt",), {"zhou": 2}),  # hers, told to a friend
    ("@小美 给我也留一袋", ("amy",), {"zhou": 1}),
    ("@波波 俺家也来三袋", ("bo",), {"zhou": 3}),
    ("@小李 三袋", ("staff",), {"zhou": 3}),  # the staff take orders
    ("三袋", (), {"zhou": 3}),  # no one mentioned
])
async def test_her_own_order_beside_a_mention_is_read(make_harness, text, mentions, orders):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "zhou", text, "09:10", mentions=mentions)
    assert await _orders(harness) == orders


# --- a decline from one with no order ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["我不要 我吃素", "饺子就不要了", "问了 我妈说不要了", "我就不要了 家里还有好多", "这次饺子就不要了 下回吧"])
async def test_a_decline_with_no_order_is_chat(make_harness, text):
    harness = await _opened(make_harness, BUY)
    assert to("zhou", await _said(harness, "zhou", text, "09:12")) == []


@pytest.mark.parametrize("text", ["取消我的订单", "我那份不要了", "不要了", "我不要了", "帮我取消"])
async def test_a_cancel_of_her_order_with_none_is_answered(make_harness, text):
    harness = await _opened(make_harness, BUY)
    replies = await _said(harness, "zhou", text, "09:12")
    assert [r["text"] for r in to("zhou", replies)] == ["您还没有订哦，不用取消～"]


@pytest.mark.parametrize("text", ["我不要 我吃素", "问了 我妈说不要了", "我就不要了 家里还有好多"])
async def test_the_same_decline_after_her_order_is_still_her_cancel_or_asked(make_harness, text):
    harness = await _opened(make_harness, BUY)
    await _said(harness, "zhou", "+1", "09:05")
    replies = await _said(harness, "zhou", text, "09:12")
    assert to("zhou", replies)  # acted on or asked, never silence over an order she has


# --- needless asks on clear orders ------------------------------------------------------------------------------

DOUBAO = "/开团 东北黏豆包 一袋二十个 ¥35 库存60 截止周五20:00 自提：店里"
BERRY = "/开团 草莓 丹东99 一盒三斤 ¥68 库存30 截止周五20:00 自提：店门口"


@pytest.mark.parametrize("post, text, count", [
    (BERRY, "我要两盒 谢谢小李", 2),
    (BERRY, "给我留一盒 麻烦老周了", 1),
    (BERRY, "三盒 辛苦小李", 3),
    (BERRY, "来两盒 多谢阿李", 2),
    (DOUBAO, "豆包子给我留一袋哈 我明天去拿", 1),
    (DOUBAO, "两份啰", 2),
    (DOUBAO, "帮我留一袋噶", 1),
    (DOUBAO, "一袋吖", 1),
])
async def test_a_clear_order_is_placed_not_asked(make_harness, post, text, count):
    harness = await _opened(make_harness, post)
    replies = await _said(harness, "zhou", text, "09:10")
    assert await _orders(harness) == {"zhou": count}
    assert not any("吗？" in r["text"] for r in to("zhou", replies))


async def test_a_greeting_in_wu_before_her_change(make_harness):
    harness = await _opened(make_harness, DOUBAO)
    await _said(harness, "zhou", "+1", "09:05")
    for at, text in (("09:10", "侬好 我个豆包改成两袋好伐"),):
        await _said(harness, "zhou", text, at)
    assert await _orders(harness) == {"zhou": 2}


@pytest.mark.parametrize("post, text", [
    (DOUBAO, "包子给我留一袋"),  # another product
    (BERRY, "我要两盒 再来两斤李子"),  # other goods named
    (BERRY, "小李子来两盒"),  # no thanks: the word as typed
    (BERRY, "李子两盒 谢谢"),
])
async def test_other_goods_are_still_not_placed(make_harness, post, text):
    harness = await _opened(make_harness, post)
    await _said(harness, "zhou", text, "09:10")
    assert await _orders(harness) == {}


# --- the new patterns on hostile input --------------------------------------------------------------------------


@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_inputs_stay_fast(size):
    import time
    from bot.language import intents, said_to
    item = "东北黏豆包 一袋二十个"
    for text in ("谢谢小" * size, "豆包子" * size, "我不要了" * size, "@婷婷 " * size, "给我也" * size, "子" * size,
                 "谢谢你了小李" * size, "包子儿" * size):
        started = time.perf_counter()
        said_to.bare_cancel(text), said_to.to_a_friend(text), intents.names_other_goods(text, item)
        assert time.perf_counter() - started < 1.0
