"""C21: order changes and cancels, precision first — on phrasings written for these tests (none is a corpus line), then
through the real pipeline and SQLite: one kind dropped with what she keeps stated sets her new total; another body's order
called off, an order left for someone to place herself and the staff's closing count store nothing."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from tests.test_changes_c12 import _orders

ORDER, CHANGE, CANCEL = "order", "order_change", "order_cancel"


def _read(text: str, item: str | None = None) -> tuple[str, int, bool, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


# --- one kind dropped, the rest kept ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, reading", [
    ("早上订了鸡蛋和挂面，挂面家里还有，不要了，剩下鸡蛋两盒", (CHANGE, 2, False, True)),  # the count kept: the new total
    ("我之前报了大米和菜籽油，油就不要了，大米一袋留着", (CHANGE, 1, False, True)),
    ("我公公不要了，剩我们家两份", (CHANGE, 2, False, True)),  # a share dropped, what is left stated
    ("腊肠那两斤帮我删了，其他不变", (CHANGE, -2, True, True)),  # the count dropped, the rest said to stay
])
def test_one_kind_dropped_with_the_rest_kept_changes_her_order(text, reading):
    assert _read(text) == reading


def test_a_whole_cancel_with_nothing_kept_is_still_a_cancel():
    assert _read("挂面不要了，家里还有") == (CANCEL, 0, False, True)


def test_two_kinds_named_then_one_taken_back_orders_the_other_asked():
    assert _read("黄的和绿的 绿的不要了") == (ORDER, 1, False, False)


# --- more after the last group-buy, the same again, a total after the shares ---------------------------------------------

def test_more_added_after_a_word_on_the_last_lot_is_more_on_her_order():
    assert _read("上回的粽子娃爱吃，再加两个") == (CHANGE, 2, True, True)


def test_ordering_again_after_the_last_lot_is_a_new_order():
    assert _read("上回的粽子娃爱吃，这回再给我来两个") == (ORDER, 2, False, True)


def test_the_same_again_with_its_total_is_the_total():
    assert _read("酸菜我那再来一样的，一共六袋") == (CHANGE, 6, False, True)


def test_a_total_said_after_her_relatives_share_is_the_order():
    assert _read("帮我姑姑也订一袋，加上我的一共三袋") == (ORDER, 3, False, True)


def test_someone_wanting_a_pair_put_on_her_order_is_two_more():
    assert _read("邻居也要俩 算我这") == (CHANGE, 2, True, True)


# --- no order of the member's ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "供应商把订单取消了 头疼",  # another body's order
    "经销商取消了 白忙一场",
    "我姐说她要三袋，叫她自己来群里接",  # hers to place
    "佢話佢要一箱，叫佢自己落單",
    "截单咯 总共六十份 辛苦大家",  # the staff closing the order
    "今天接了30份，多谢各位",
    "@所有人 腊肠最后3斤 要的抓紧",
    "腊八节",  # a festival's name
])
def test_chat_that_stores_nothing(text):
    reading = order_reading(text, None)
    assert reading is None or not reading.sure


def test_the_festival_beside_an_order_still_orders():
    assert _read("腊八节 我要两份腊八粥") == (ORDER, 2, False, True)


def test_her_own_order_cancelled_is_still_a_cancel():
    assert _read("我的订单取消了吧") == (CANCEL, 0, False, True)


# --- through the real pipeline -----------------------------------------------------------------------------------------

async def test_a_share_dropped_with_the_rest_kept_sets_her_total(make_harness):
    from tests.test_order_changes_fresh import GROUP, OPEN

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要三盒")
    await harness.say("g1", "bo", "我要两盒")
    await harness.drain()
    await harness.say("g1", "amy", "我公公那份不要了，剩我们家两盒")  # her new total: two
    await harness.say("g1", "bo", "供应商把订单取消了 头疼")  # another body's order: hers stands
    await harness.drain()
    assert await _orders(harness) == {"amy": 2, "bo": 2}


@pytest.mark.parametrize("text", [
    "我在京东上买了，这边取消哈",  # where she got the goods: why she drops hers
    "楼下超市买到了，取消吧",
])
def test_goods_got_elsewhere_beside_a_bare_cancel_cancel_her_order(text):
    assert _read(text) == (CANCEL, 0, False, True)


def test_a_thing_bought_elsewhere_sent_back_is_no_cancel():
    assert _read("淘宝买的吹风机退了 声音太大") is None


def test_her_line_pasted_then_struck_is_a_cancel():
    assert _read("12. 王芳 鸡蛋3盒 这条帮我删掉") == (CANCEL, 0, False, True)


@pytest.mark.parametrize("text", [
    "外孙说他要三个 我说两个就够了",  # a wish at home, her answer a limit
    "闺女说要两个糖葫芦 我说没有",
])
def test_a_wish_at_home_answered_by_her_is_no_order(text):
    assert order_reading(text, None) is None


def test_someone_wanting_beside_her_yes_still_orders():
    reading = order_reading("老公说要两份，我说行", None)
    assert reading is not None and reading.intent == ORDER


def test_an_order_typed_by_sound_cancels():
    assert _read("麻烦取消订丹") == (CANCEL, 0, False, True)


@pytest.mark.parametrize("text, reading", [
    ("粽子给俺少闹一个", (CHANGE, -1, True, True)),  # southwestern 闹 for 整
    ("粽子再闹三个", (CHANGE, 3, True, True)),
    ("对门张姐又说要一袋，给我这再加一袋", (CHANGE, 1, True, True)),  # someone wanting too, 又 before 说
])
def test_steps_as_the_southwest_types_them(text, reading):
    assert _read(text) == reading


def test_a_cancel_with_a_southern_particle_cancels():
    assert _read("米粉不要啰") == (CANCEL, 0, False, True)


def test_a_wish_at_home_put_off_by_her_is_no_change():
    assert order_reading("闺女说她还要一盒，我说过两天再说", None) is None


def test_more_with_the_last_lot_as_its_reason_is_more_on_her_order():
    assert _read("我还要两袋 上回的孩子爱吃") == (CHANGE, 2, True, True)


def test_her_count_doubled_is_twice_it_never_the_count_alone():
    reading = _read("三盒草莓 double一下")
    assert reading is not None and reading[:2] == (CHANGE, 6)


def test_points_doubled_beside_an_order_leave_the_order():
    assert _read("签到积分翻倍 我要两份") == (ORDER, 2, False, True)


def test_fewer_each_for_her_and_a_neighbour_is_two_fewer():
    assert _read("我跟对门各减一袋") == (CHANGE, -2, True, True)


@pytest.mark.parametrize("text, amount", [
    ("孩子饭量翻倍了 要两份", 2),  # something else doubled, then the count she orders
    ("过年客人加倍，汤圆给我来四袋", 4),
    ("快乐加倍 我要两份", 2),
    ("效果翻倍 这个面膜来两盒", 2),
    ("胃口翻了一倍 粽子来三个", 3),
    ("最近工作量加倍 给我留两袋速冻饺子", 2),
])
def test_something_else_doubled_beside_an_order_is_the_count_said(text, amount):
    reading = _read(text)
    assert reading is not None and reading[:3] == (ORDER, amount, False)


def test_her_own_count_doubled_after_it_is_still_twice_it():
    reading = _read("两袋挂面翻一番")
    assert reading is not None and reading[:2] == (CHANGE, 4)


@pytest.mark.parametrize("text, amount", [
    ("我和对门各要一盒", 2),  # a count each, with no word of an order she has: a new order
    ("我跟对门各来一份", 2),
    ("我和隔壁各要两袋", 4),
    ("俺跟对门家各来一斤", 2),
])
def test_a_count_each_for_her_and_a_neighbour_is_a_new_order(text, amount):
    reading = _read(text)
    assert reading is not None and reading[:3] == (ORDER, amount, False)


def test_more_each_for_her_and_a_neighbour_is_still_more():
    assert _read("我和隔壁各再来一盒") == (CHANGE, 2, True, True)


@pytest.mark.parametrize("text, amount", [
    ("还要两份哈 上次没抢到", 2),  # the last lot brought her nothing: no order to add to
    ("还想要两盒，上次的太好吃了", 2),  # a wish for it again, the last lot praised
    ("还要三袋 上回没赶上", 3),
    ("我还要一箱 上周的没买到", 1),
])
def test_wanting_it_after_missing_the_last_lot_is_a_new_order(text, amount):
    reading = _read(text)
    assert reading is not None and reading[:3] == (ORDER, amount, False)


def test_still_more_with_the_last_lot_enjoyed_is_more_on_her_order():
    assert _read("我还要两盒 上回的挺香") == (CHANGE, 2, True, True)
