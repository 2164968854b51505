"""k34: through the real pipeline (SQLite, every handler) and the readers.

- goods the open group-buy does not sell, asked for ("蒜有没有？来两头" while 小葱 is open): she hears that this group-buy is
  only 小葱 and her goods are not in it, the staff hear privately what she wants, and nothing is booked as 小葱;
- a counted cancel said as her wish ("我要取消一捆") lowers her order by that count, in the good's own unit;
- a weight said of goods sold by the portion ("来两斤小葱", "两斤" of "鸡蛋 30枚一板") is asked, never booked as a count; a
  count of the good's pack ("来两板", "鸡蛋两盒", "葱来两捆") is booked.

The sentences are the engineer's own, none a corpus line."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.chain import weights
from bot.chain.not_in_buy import goods_asked
from bot.events import GroupInfo, Member
from storage.models import GroupBuyOrder
from tests.conftest import local, privately, to

MEMBERS = tuple(Member(f"m{n}", f"成员{n}") for n in range(1, 9))
GROUP = GroupInfo("g1", "小区团购群", "owner", (Member("owner", "王店长"), *MEMBERS))
SCALLIONS = "/开团 小葱 ¥3 库存50 截止周五20:00 门店自提"  # 2026-11-23 is a Monday
EGGS = "/开团 鸡蛋 30枚一板 ¥25 库存40 截止周五20:00 门店自提"
NOT_IN_IT = "不在这次团里"


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def _open(make_harness, post: str = SCALLIONS):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", post, at=local("2026-11-23 09:00"))
    await harness.drain()
    return harness


async def _said(harness, member: str, text: str, at: str = "2026-11-23 09:10", **kw) -> list[dict]:
    replies = await harness.say("g1", member, text, at=local(at), **kw)
    return replies + await harness.drain()


# --- 1: goods the open group-buy does not sell ------------------------------------------------------------------

@pytest.mark.parametrize("text, goods", [
    ("蒜有没有？来两头", "蒜"), ("请问有没有大蒜 要三头", "大蒜"), ("生姜还有么，给我留一块", "生姜"),
    ("有土豆卖吗 想要两斤", "土豆"), ("鸡蛋有木有 来一板", "鸡蛋"), ("香菜有没 要两把", "香菜"),
    ("有冇蒜啊", "蒜"), ("番茄有没有哇 来三个", "番茄"), ("芹菜有不 来一把", "芹菜"), ("韭菜今天有卖吗", "韭菜"),
])
async def test_goods_not_in_the_buy_are_told_and_passed_on(make_harness, text, goods):
    harness = await _open(make_harness)
    actions = await _said(harness, "m1", text)
    [reply] = to("m1", actions)
    assert "只有小葱" in reply["text"] and f"{goods}{NOT_IN_IT}" in reply["text"] and "告诉店员" in reply["text"]
    [note] = privately("owner", actions)
    assert f"“{goods}”" in note["text"] and text in note["text"] and "成员1" in note["text"]
    assert await _orders(harness) == {}  # never booked as 小葱


async def test_asked_again_she_hears_it_once(make_harness):
    harness = await _open(make_harness)
    first = await _said(harness, "m1", "蒜有没有？来两头")
    again = await _said(harness, "m1", "蒜有吗 要两头", at="2026-11-23 09:20")
    other = await _said(harness, "m1", "姜有没有", at="2026-11-23 09:30")
    assert len(to("m1", first)) == 1 and to("m1", again) == [] and to("m1", other) == []
    assert len(privately("owner", first + again + other)) == 2  # 蒜 once, 姜 once: the staff hear each goods
    assert await _orders(harness) == {}


@pytest.mark.parametrize("text", ["蒜我家还有好多", "我家小葱自己种的", "来两头蒜炒个菜 香", "我家有蒜", "蒜有点贵啊",
                                  "有没有人知道鸡蛋怎么保存", "葱还有吗", "小葱有没有"])
async def test_look_alikes_are_not_told_the_buy_lacks_them(make_harness, text):
    harness = await _open(make_harness)
    actions = await _said(harness, "m1", text)
    assert not any(NOT_IN_IT in a["text"] for a in actions)
    assert not any("“蒜”" in a["text"] or "“鸡蛋”" in a["text"] for a in privately("owner", actions))


async def test_asked_of_a_friend_is_not_the_stores(make_harness):
    harness = await _open(make_harness)
    actions = await _said(harness, "m1", "@成员2 蒜有没有", mentions=("m2",))
    assert not any(NOT_IN_IT in a["text"] for a in actions)


async def test_an_order_of_the_open_good_in_its_own_unit_stays_an_order(make_harness):
    harness = await _open(make_harness)
    actions = await _said(harness, "m1", "葱来两捆")
    assert not any(NOT_IN_IT in a["text"] for a in actions)
    assert await _orders(harness) == {"m1": 2}


async def test_no_buy_open_is_left_to_the_questions(make_harness):
    harness = await make_harness(groups=[GROUP])
    actions = await _said(harness, "m1", "蒜有没有？来两头")
    assert not any(NOT_IN_IT in a["text"] for a in actions)


@pytest.mark.parametrize("text, goods", [("有没有鸡蛋 有的话来一板", "鸡蛋"), ("姜还有吗 给我留两块", "姜"),
                                         ("土豆有吗？要三斤", "土豆"), ("你们有蒜吗", "蒜"), ("问下 大葱有没有", None),
                                         ("我有蒜", None), ("有蒜", None), ("蒜有没有坏的", None)])
def test_the_reader(text, goods):
    assert goods_asked(text, "小葱") == goods


def test_the_reader_on_hostile_input():
    for text in ("蒜有没有？" * 60, "蒜有" * 2500, "有没有" * 1700, "有" * 5000):
        started = time.perf_counter()
        assert goods_asked(text, "小葱") is None
        assert time.perf_counter() - started < 0.5
    started = time.perf_counter()
    goods_asked("有没有" * 13 + "蒜", "小葱")
    assert time.perf_counter() - started < 0.5


# --- 2: a counted cancel in the good's unit ---------------------------------------------------------------------

@pytest.mark.parametrize("order, cancel, left", [
    ("葱来两捆", "我要取消一捆", 1), ("葱来三把", "我想取消一把", 2), ("来两捆", "退一捆", 1), ("来三把", "少要一把", 2),
    ("来两盒", "减掉一盒", 1), ("来两捆", "两捆改成一捆", 1), ("来三捆", "俺还是取消一捆吧", 2), ("来两捆", "我取消一捆", 1),
])
async def test_a_counted_cancel_in_the_goods_unit_lowers_it(make_harness, order, cancel, left):
    harness = await _open(make_harness)
    await _said(harness, "m1", order)
    actions = await _said(harness, "m1", cancel, at="2026-11-23 09:12")
    assert await _orders(harness) == {"m1": left}
    assert any(f"改为 {left} 份" in a["text"] for a in to("m1", actions))


@pytest.mark.parametrize("text", ["我取消了一个快递", "取消一个会", "我要取消一个会议", "我取消了一个订阅"])
async def test_other_cancels_leave_her_order(make_harness, text):
    harness = await _open(make_harness)
    await _said(harness, "m1", "葱来两捆")
    await _said(harness, "m1", text, at="2026-11-23 09:12")
    assert await _orders(harness) == {"m1": 2}


# --- 3: packs and weights ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["来两板", "鸡蛋两盒", "给我留两板鸡蛋", "2板"])
async def test_eggs_by_their_pack(make_harness, text):
    harness = await _open(make_harness, EGGS)
    await _said(harness, "m1", text)
    assert await _orders(harness) == {"m1": 2}


@pytest.mark.parametrize("post, text, said", [
    (SCALLIONS, "来两斤小葱", "小葱按份卖"), (SCALLIONS, "小葱要一斤", "小葱按份卖"), (SCALLIONS, "给我称三斤葱", "小葱按份卖"),
    (SCALLIONS, "来1公斤", "小葱按份卖"), (EGGS, "来两斤", "按板卖"), (EGGS, "鸡蛋要一斤半", "按板卖"),
])
async def test_a_weight_of_goods_sold_by_the_portion_is_asked(make_harness, post, text, said):
    harness = await _open(make_harness, post)
    actions = await _said(harness, "m1", text)
    [asked] = to("m1", actions)
    assert said in asked["text"] and "不按斤两称" in asked["text"]
    assert await _orders(harness) == {}
    await _said(harness, "m1", "两份", at="2026-11-23 09:12")  # her answer is the count
    assert await _orders(harness) == {"m1": 2}


def test_weights_reader():
    assert weights.portions("来两斤小葱", "小葱", 2) is None
    assert weights.portions("给我称三斤", "散装红枣", 3) is True  # weighed out: the weight is the count
    assert weights.portions("两捆 大概一斤重", "小葱", 2) is True  # a pack counted beside it
    assert weights.portions("来两捆", "小葱", 2) is True
    assert weights.portions("我要60个", "鸡蛋 30枚一板", 60) == 2  # 个 counts the pieces of a 板
    assert weights.pieces("鸡蛋 30枚一板") == (30, "枚", "板")
    for text in ("两斤" * 150, "斤" * 5000, "一" * 5000):
        started = time.perf_counter()
        weights.portions(text, "小葱", 2)
        assert time.perf_counter() - started < 0.5
