"""C18: order changes and cancels by mechanism (``bot.language.order_changes``), on phrasings written for these tests (none
is a corpus line), then through the real pipeline and SQLite: more put on her order with a bare 加, a decline with the
need met left alone, a bare "不要了" after a real order dropping it."""
from __future__ import annotations

import re

import pytest

from bot.chain.text import order_reading
from bot.language import intents, order_changes
from tests.test_changes_c12 import _orders

ORDER, CHANGE, CANCEL = "order", "order_change", "order_cancel"


def _read(text: str) -> tuple[str, int, bool, bool] | None:
    reading = order_reading(text, None)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


def _acted(text: str, intent: str) -> bool:
    reading = _read(text)
    return reading is not None and reading[0] == intent and reading[3]


# --- more with a bare 加 ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, delta", [
    ("给我加两盒", 2),  # the staff asked to give
    ("帮俺加一盒 孩子爱吃", 1),
    ("我的鸡蛋加一盒，周末来客人", 1),  # her order named
    ("鸡蛋加三盒啰", 3),  # her goods, a particle after the count
    ("鸡蛋再价一盒", 1),  # 价 typed by sound for 加
])
def test_more_put_on_her_order_with_a_bare_jia_is_the_step(text, delta):
    assert _read(text) == (CHANGE, delta, True, True)


@pytest.mark.parametrize("text", ["煮面的时候加两个鸡蛋", "汤里加一碗水"])
def test_a_cooking_step_adds_nothing_to_her_order(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", ["排骨加两斤土豆炖", "面里加两个鸡蛋"])
def test_a_recipe_is_no_step_of_her_order(text):
    assert not _acted(text, CHANGE)  # what the goods are cooked with, where they go


def test_a_recipe_of_two_goods_is_no_order_of_both():
    reading = _read("红枣三个再加一把枸杞")  # a handful: a recipe's measure
    assert reading is None or reading[:2] != (ORDER, 4)


# --- one kind swapped for another, two goods in one breath ------------------------------------------------------------

@pytest.mark.parametrize("text, total", [("两盒土鸡蛋换两盒鸭蛋", 2), ("三斤苹果换三斤梨吧", 3)])
def test_a_kind_swapped_by_the_same_count_keeps_the_total(text, total):
    assert _read(text) == (CHANGE, total, False, True)


def test_two_goods_in_one_breath_are_one_new_order_of_both():
    assert _read("鸡蛋两盒再加一袋挂面") == (ORDER, 3, False, True)
    assert _read("我那两盒鸡蛋再加一盒") == (CHANGE, 1, True, True)  # her order before, more of it
    assert _read("鸡蛋三盒再加两盒") == (CHANGE, 2, True, True)  # the same goods: more, as the rules read it


# --- cancels whose product words name no thing -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["舍不得也不要了 取消", "我订的啲全部取消", "我订嗰啲全部唔要了"])
def test_a_cancel_of_her_order_named_by_function_words_is_a_cancel(text):
    assert _read(text) == (CANCEL, 0, False, True)


# --- what is no change or cancel of hers -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, intent", [
    ("一百多一盒 我买了三盒", CHANGE),  # 多 after a price: more than, not more of
    ("上次买的是12 这次10", CHANGE),  # last time's count
    ("一盒鸡蛋是三十个，够吃一周", CHANGE),  # a box's size with its goods named
    ("每人两个 五个人就是十个 我算算", CHANGE),  # still working it out
    ("周末约了打麻将 取消了", CANCEL),  # a plan made with others
    ("花博会取消了 白跑一趟", CANCEL),  # a fair
    ("我就不订了 家里自己做", CANCEL),  # a decline with the need met: not ordering this time
    ("鸡蛋这回不订了 我女儿在她们群里订了", CANCEL),
])
def test_no_change_or_cancel_of_hers_is_acted_on(text, intent):
    assert not _acted(text, intent)


# A decline beside 拉了 / 寄了 with no goods or giver is no need met: a cancel (the reviewer's phrasings).
@pytest.mark.parametrize("text", ["这次不订了 上次拉了肚子", "不订了 上回寄了一个礼拜才到"])
def test_a_decline_with_no_need_met_stays_a_cancel(text):
    reading = _read(text)
    assert reading is not None and reading[0] == CANCEL


# --- the rest dropped: one pattern for the rules and the change readers ------------------------------------------------

@pytest.mark.parametrize("clause, dropped", [
    ("其他的都不要了", True), ("其余不要", True), ("剩下的划掉", True), ("多的去掉", True), ("别的都取消吧", True),
    ("别取消", False), ("多不要了", False),  # "don't cancel"; 多 without 的 is no rest
])
def test_the_rest_dropped_is_one_pattern(clause, dropped):
    assert bool(intents.THE_REST.match(clause)) == dropped
    assert bool(order_changes._REST_DROPPED.match(clause)) == (dropped and bool(re.search(r"[了要掉消吧]$", clause)))


# --- through the real pipeline -----------------------------------------------------------------------------------------


async def test_a_bare_jia_adds_a_decline_leaves_and_a_bare_cancel_drops(make_harness):
    from tests.test_order_changes_fresh import GROUP, OPEN

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要两盒")
    await harness.say("g1", "bo", "我要一盒")
    await harness.say("g1", "cy", "我要三盒")
    await harness.drain()
    await harness.say("g1", "amy", "给我加一盒咯")  # more on her order: 3
    await harness.say("g1", "bo", "我就不订了 家里自己做")  # someone else's decline in chat: her order stays
    await harness.say("g1", "cy", "不要了")  # her own order dropped
    await harness.drain()
    assert await _orders(harness) == {"amy": 3, "bo": 1}


# --- on top of what she has, so many left, a kind swapped with its count after ------------------------------------------

@pytest.mark.parametrize("text, reading", [
    ("在我原来的基础上加一盒", (CHANGE, 1, True, True)),  # on top of what she has: more
    ("鸡蛋剩下一盒就行，其余的不要了", (CHANGE, 1, False, True)),  # so many left, the rest dropped
    ("把我那盒土鸡蛋换成鸭蛋，一盒", (CHANGE, 1, False, True)),  # the kind said between the swap and its count
])
def test_a_change_said_around_her_order_is_read(text, reading):
    assert _read(text) == reading


def test_an_exchange_done_is_no_swap_of_her_order():
    assert not _acted("积分攒了半年 换了一盒鸡蛋 划算", CHANGE)
