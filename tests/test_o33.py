"""o33: orders lost or stored wrong, through the real pipeline (SQLite, every handler) and the readers.

- a count in the open product's own classifier ("两顶" of a hat, "一台" of a fan) is its order; look-alikes (a story, a
  forum's 顶, an idiom, a photo's 张) stay silent;
- the common name of the open product ("芒果" for 海南贵妃芒, "橙子" for 脐橙, "帽子" for 毛线帽) is its order; another fruit is not;
- a part of her total given to someone ("我要三箱 给我妈留一箱") stays inside the total; two shares with no total still add;
- a cancel naming fewer than her order lowers it by that many; a stated total ("一共要两袋") sets her order;
- more ("再给我加一份") after a question she never answered is asked once with the whole count.

The sentences are the engineer's own, none a corpus line."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.chain import cancel_count
from bot.chain.text import order_reading
from bot.events import GroupInfo, Member
from bot.language import classifiers, intents
from storage.models import GroupBuyOrder
from tests.conftest import local, to

MEMBERS = tuple(Member(f"m{n}", f"成员{n}") for n in range(1, 9))
GROUP = GroupInfo("g1", "潮流青年群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
HATS = "/开团 毛线帽 燕麦、焦糖、酒红三色 ¥59 库存25 截止周五20:00 自提：门店"  # 2026-11-23 is a Monday
HAT_ITEM = "毛线帽 燕麦、焦糖、酒红三色"
FANS = "/开团 静音台式电风扇 ¥89 库存10 截止周五20:00 自提：门店"
MANGOES = "/开团 海南贵妃芒 五斤一箱 ¥49 库存20 截止周五20:00 自提：店里"
MANGO_ITEM = "海南贵妃芒 五斤一箱"
ORANGES = "/开团 赣南脐橙 十斤一箱 ¥69 库存20 截止周五20:00 自提：店里"
DUMPLINGS = "/开团 手工水饺 猪肉白菜 一袋50只 ¥32 库存40 截止周五20:00 自提：店里"
DATES = "/开团 新疆和田大枣 截止周五20:00 自提：店里"


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def _open(make_harness, post: str):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", post, at=local("2026-11-23 09:00"))
    await harness.drain()
    return harness


async def _said(harness, member: str, text: str, at: str = "2026-11-23 09:10") -> list[dict]:
    replies = await harness.say("g1", member, text, at=local(at))
    return to(member, replies + await harness.drain())


# --- 1: the product's own classifier -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, quantity", [
    ("焦糖的给我来一顶", 1), ("我要三顶 谢谢", 3), ("帽子我要两顶", 2), ("酒红色来一顶吧", 1), ("冲 两顶", 2),
    ("燕麦色的我要一顶", 1), ("一顶焦糖色的", 1),
])
async def test_a_count_in_the_hats_own_classifier_is_an_order(make_harness, text, quantity):
    harness = await _open(make_harness, HATS)
    await _said(harness, "m1", text)
    assert await _orders(harness) == {"m1": quantity}


async def test_a_change_and_more_in_the_hats_classifier(make_harness):
    harness = await _open(make_harness, HATS)
    await _said(harness, "m1", "我要两顶")
    await _said(harness, "m1", "我那两顶改成一顶吧", at="2026-11-23 09:20")
    assert await _orders(harness) == {"m1": 1}
    await _said(harness, "m1", "算了 再来一顶送老公", at="2026-11-23 09:30")
    assert await _orders(harness) == {"m1": 2}


@pytest.mark.parametrize("text", [
    "上次买了两顶帽子 还没戴过", "楼上那顶帽子真好看", "顶一下", "帮顶", "这帽子一顶一的好看", "我闺蜜去年买了两顶",
    "拍了两张照片发群里",
])
async def test_look_alikes_of_the_hats_classifier_stay_silent(make_harness, text):
    harness = await _open(make_harness, HATS)
    await _said(harness, "m2", text)
    assert await _orders(harness) == {}


@pytest.mark.parametrize("text, quantity", [("我要一台", 1), ("给我留两台吧", 2), ("风扇来一台", 1)])
async def test_another_products_own_classifier(make_harness, text, quantity):
    harness = await _open(make_harness, FANS)
    await _said(harness, "m1", text)
    assert await _orders(harness) == {"m1": quantity}


def test_own_units_by_the_table_and_the_name():
    assert classifiers.own_units(HAT_ITEM) == "顶"
    assert "台" in classifiers.own_units("静音台式电风扇")
    assert classifiers.own_units("鸡蛋30枚") == "篮"  # 枚 is a unit every reader knows; a basket of eggs is not
    assert classifiers.own_units("纯棉袜子（两双装）") == ""  # 双 too
    assert "盏" in classifiers.own_units("护眼台灯")
    assert classifiers.as_portions("我要两顶", HAT_ITEM) == "我要两份"
    assert classifiers.as_portions("我要两顶", None) == "我要两顶"  # no product known: unchanged
    assert classifiers.as_portions("一顶一的好", HAT_ITEM) == "一顶一的好"
    assert classifiers.as_portions("豆腐五块一斤", "卤水豆腐") == "豆腐五块一斤"  # 块 beside money
    assert classifiers.as_portions("豆腐给我来两块", "卤水豆腐") == "豆腐给我来两份"


# --- 2: the product's common name --------------------------------------------------------------------------------

@pytest.mark.parametrize("post, text, quantity", [
    (MANGOES, "芒果给我来两箱", 2), (MANGOES, "我要一箱芒果", 1), (MANGOES, "来一箱芒果吧", 1), (MANGOES, "芒果两箱 谢谢", 2),
    (ORANGES, "橙子来一箱", 1), (ORANGES, "我要两箱橙子", 2), (HATS, "帽子来一顶", 1), (HATS, "帽子给我来一个", 1),
    (DUMPLINGS, "饺子给我留两袋", 2),
])
async def test_the_common_name_of_the_open_product_orders(make_harness, post, text, quantity):
    harness = await _open(make_harness, post)
    await _said(harness, "m1", text)
    assert await _orders(harness) == {"m1": quantity}


@pytest.mark.parametrize("post, text", [
    (MANGOES, "苹果要一箱"), (MANGOES, "我要一箱苹果"), (MANGOES, "昨天吃的芒果真甜"), (ORANGES, "柚子来一箱"),
    (DUMPLINGS, "包子来两袋"), (MANGOES, "芒果干来一袋"),
])
async def test_other_goods_beside_a_common_name_are_not_stored(make_harness, post, text):
    harness = await _open(make_harness, post)
    await _said(harness, "m3", text)
    assert await _orders(harness) == {}


def test_common_forms_name_the_product_not_other_goods():
    assert intents.names_item("芒果", MANGO_ITEM)
    assert intents.names_item("橙子", "赣南脐橙 十斤一箱")
    assert intents.names_item("帽子", HAT_ITEM)
    assert not intents.names_item("苹果", MANGO_ITEM)
    assert not intents.names_item("瓜子", "麒麟西瓜 一个八斤")
    assert not intents.names_item("包子", "东北黏豆包 一袋二十个")


# --- 3: a part of her total given to someone ---------------------------------------------------------------------

@pytest.mark.parametrize("text, quantity", [
    ("我要三箱 给我妈留一箱", 3), ("要两箱，帮同事带一箱", 2), ("给我来三箱 给婆婆一箱 给我姐一箱", 3),
    ("我一箱，我妈一箱", 2), ("我要两箱 再给我妈一箱", 3), ("我要两箱 另外给我姐一箱", 3), ("我要两箱 给我妈也留一箱", 3),
])
async def test_a_part_given_inside_her_total(make_harness, text, quantity):
    harness = await _open(make_harness, MANGOES)
    await _said(harness, "m1", text)
    assert await _orders(harness) == {"m1": quantity}


def test_parts_given_the_reader():
    assert intents.total_given_out("我要三箱 给我妈留一箱").amount == 3
    assert intents.total_given_out("我一箱，给我妈一箱") is None  # her share, no total
    assert intents.total_given_out("我要一箱 给我妈两箱") is None  # more given than the total
    assert intents.total_given_out("上次买了两箱 给公婆一箱") is None


# --- 4: a cancel of fewer than hers, a stated total --------------------------------------------------------------

@pytest.mark.parametrize("cancel, left", [
    ("帮我取消一袋", 2), ("退两袋吧", 1), ("其中一袋不要了", 2), ("三袋都不要了", 0), ("不要了", 0), ("减掉一袋", 2),
])
async def test_a_cancel_naming_fewer_lowers_her_order(make_harness, cancel, left):
    harness = await _open(make_harness, DUMPLINGS)
    await _said(harness, "m1", "我要三袋")
    await _said(harness, "m1", cancel, at="2026-11-23 09:20")
    assert await _orders(harness) == ({"m1": left} if left else {})


async def test_a_stated_total_sets_her_order(make_harness):
    harness = await _open(make_harness, DUMPLINGS)
    await _said(harness, "m1", "我要三袋")
    await _said(harness, "m1", "帮我取消一袋", at="2026-11-23 09:20")
    await _said(harness, "m1", "一共要两袋，别搞错了", at="2026-11-23 09:30")
    assert await _orders(harness) == {"m1": 2}
    await _said(harness, "m1", "总共四袋 记清楚哈", at="2026-11-23 09:40")
    assert await _orders(harness) == {"m1": 4}
    await _said(harness, "m2", "一共要两袋 千万别弄错", at="2026-11-23 09:40")
    assert (await _orders(harness))["m2"] == 2


def test_count_dropped():
    assert cancel_count.count_dropped("帮我取消一袋") == 1
    assert cancel_count.count_dropped("两份不要了") == 2
    assert cancel_count.count_dropped("我要三袋，取消一袋") is None  # two counts
    assert cancel_count.count_dropped("取消了一袋") is None  # told
    assert cancel_count.count_dropped("不要了") is None


# --- 5: more after an unanswered question ------------------------------------------------------------------------

async def test_more_after_an_open_question_is_asked_with_the_whole_count(make_harness):
    harness = await _open(make_harness, DATES)
    replies = await _said(harness, "m1", "红枣要两份 麻烦了")
    assert any("您是要订 2 份" in r["text"] for r in replies), replies
    replies = await _said(harness, "m1", "再给我加一份", at="2026-11-23 09:12")
    assert any("一共订 3 份" in r["text"] for r in replies), replies
    assert await _orders(harness) == {}
    await _said(harness, "m1", "是的", at="2026-11-23 09:13")
    assert await _orders(harness) == {"m1": 3}


async def test_more_after_an_expired_question_is_asked_with_the_whole_count(make_harness):
    harness = await _open(make_harness, DATES)
    await _said(harness, "m1", "冬枣来一袋")
    replies = await _said(harness, "m1", "我妹也要 再帮我加一袋", at="2026-11-23 09:25")
    assert any("一共订 2 份" in r["text"] for r in replies), replies
    await _said(harness, "m1", "对", at="2026-11-23 09:26")
    assert await _orders(harness) == {"m1": 2}


async def test_more_with_an_order_and_no_question_adds(make_harness):
    harness = await _open(make_harness, DATES)
    await _said(harness, "m1", "枣子来一袋")
    await _said(harness, "m1", "再给我加一袋", at="2026-11-23 09:25")
    assert await _orders(harness) == {"m1": 2}


# --- hostile input ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_inputs_are_read_in_linear_time(size):
    texts = ["两顶" * (size // 2), "一" * size + "顶", "芒果" * (size // 2) + "要一箱", "取消一袋" * (size // 4),
             "我要两箱 " + "给公婆一箱 " * (size // 6), "一共要两袋，" + "别搞错了，" * (size // 5), "别" * size + "错了",
             "子" * size, "给" * size + "一箱"]
    start = time.perf_counter()
    for text in texts:
        classifiers.as_portions(text, HAT_ITEM)
        classifiers.as_portions(text, "卤水豆腐")
        cancel_count.count_dropped(text)
        intents.total_given_out(text)
        intents._CAUTION.search(text)
        intents._GIVEN_PART.match(text)
        intents.names_item(text[:40], MANGO_ITEM)
        order_reading(text, MANGO_ITEM)
    assert time.perf_counter() - start < 10
