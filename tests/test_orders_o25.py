"""O25: orders as fresh writers say them — the goods and count said twice read once, a share given with Wu's 拨, the count
a last clause settles (那就 N) after someone's word, a sum or a wish, a count needed for a purpose that names no goods, a
cancel done for someone else asked. The sentences are the engineer's own (none is a corpus line)."""
from __future__ import annotations

import time

import pytest

from bot.chain.text import order_reading
from bot.language import order_checks, order_guess, order_words

ORDER, CANCEL = "order", "order_cancel"


def _read(text: str, item: str | None = None) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


@pytest.mark.parametrize("text, amount", [
    ("腊肉要两斤腊肉两斤 谢谢", 2),  # said twice over a poor line: one order
    ("那个柚子一箱，柚子一箱啊", 1),
    ("年糕三袋年糕三袋 谢谢", 3),
])
def test_the_goods_and_count_said_twice_are_one_order(text, amount):
    assert _read(text) == (ORDER, amount, True)


def test_other_goods_each_with_a_count_are_still_a_list():
    assert _read("香肠两斤排骨一斤") == (ORDER, 3, True)


@pytest.mark.parametrize("text, amount", [
    ("黑芝麻两袋 芝麻两袋", 4),  # review: the second name the first's tail, two goods
    ("白糖两包 红白糖两包", 4),
])
def test_goods_whose_name_is_the_others_tail_are_two(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text, amount", [
    ("三袋年糕，一袋拨阿婆", 3),  # Wu 拨: "give", the share inside the count
    ("留两份拨我，谢谢侬", 2),
])
def test_wu_give_is_a_share_of_the_count(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text, amount", [
    ("年糕两袋 哎呀老伴讲要三袋 那就三袋", 3),  # her first count, his word, then the settled one
    ("外孙闹着要三个 那就三个吧", 3),  # a child's wish granted
    ("两三斤吧 那就三斤", 3),  # a range settled
])
def test_the_count_a_last_clause_settles_is_her_order(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text", [
    "要是再便宜点 那就三袋",  # a supposition: nothing ordered yet
    "她讲那就三袋吧",  # words reported
    "一袋十五，四袋六十？",  # no decision
])
def test_no_settled_count_without_her_decision(text):
    assert order_checks.settled_last(text) is None


@pytest.mark.parametrize("text, amount", [
    ("一袋十五，四袋六十，那就四袋吧", 4),  # review: the rules read no order (worked out): the settled count only asked
    ("一顿吃一个馒头 一天那就三个", 3),  # counting chat: asked, never acted
])
def test_a_settled_count_no_rule_reads_is_only_asked(text, amount):
    assert _read(text) == (ORDER, amount, False)


@pytest.mark.parametrize("text", [
    "张姐一份 刘姐两份 那就三份了",  # review: 了 after the count, a sum
    "早上到了四箱 下午又来一箱 那就五箱了",
])
def test_that_makes_n_is_no_settling(text):
    assert order_checks.settled_last(text) is None
    assert _read(text) is None


@pytest.mark.parametrize("text, amount, sure", [
    ("先订一箱 不够那就两箱", 1, True),  # review: a fallback after 不够/卖完: her first count stands
    ("先要三袋 卖完了那就一袋", 3, False),  # asked, as before the settled reader
])
def test_a_fallback_keeps_the_first_count(text, amount, sure):
    assert order_checks.settled_last(text) is None
    assert _read(text) == (ORDER, amount, sure)


def test_the_settled_count_of_other_goods_is_not_acted_on_with_a_product_open():
    reading = _read("草莓一盒二十 那就两盒", "年糕")
    assert reading is None or not reading[2]


@pytest.mark.parametrize("text", ["我要两份兼职才够交房租", "得找三份活儿才能还上房贷"])
def test_a_count_needed_for_a_purpose_is_no_order(text):
    assert _read(text) is None or _read(text)[0] != ORDER


@pytest.mark.parametrize("text", ["我帮我外婆取消一下 她回老家了", "我替我舅妈取消哈"])
def test_a_cancel_done_for_someone_else_is_asked(text):
    assert _read(text) == (CANCEL, 0, False)  # the handler keeps one count per sender, not whom it is for


@pytest.mark.parametrize("text", ["麻烦帮我把那份取消掉吧", "我的那份取消哈 麻烦了"])
def test_her_own_cancel_stays_sure(text):
    assert _read(text) == (CANCEL, 0, True)


@pytest.mark.parametrize("unit", ["那就两份", "香菇两斤", "两斤香菇两斤"])
def test_the_new_readers_are_linear(unit):
    text = unit * (5_000 // len(unit))
    start = time.perf_counter()
    order_checks.settled_last(text)
    order_words.as_typed(text)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("text, amount", [("我爱两份 阿妹爱食", 2), ("爱三斤虾干", 3)])
def test_hakka_and_teochew_want_before_a_count_orders(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text", ["我爱两个孩子", "可爱两份"])
def test_love_is_no_order(text):
    reading = _read(text)
    assert reading is None or reading[0] != ORDER


@pytest.mark.parametrize("text", ["最爱两瓶汽水下肚", "都爱两瓶可乐下肚", "就爱三斤小龙虾"])
def test_love_after_most_or_all_is_no_want(text):
    assert "要" not in order_words.as_typed(text)  # review: 爱 is "want" only at the start, after a break or 我/俺/涯


@pytest.mark.parametrize("text", ["最爱两瓶汽水下肚", "都爱两瓶可乐下肚"])
def test_love_after_most_or_all_reads_no_order(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, amount", [("畀三盒我", 3), ("留返一份俾阿妈", 1)])
def test_cantonese_give_before_me_or_whom_it_is_for(text, amount):
    assert _read(text) == (ORDER, amount, True)  # the two 俾/畀 rules merged (review)


@pytest.mark.parametrize("text", ["快递说橙子明天到 两箱", "物流信息显示已经到驿站 四个", "快递到了 五盒月饼"])
def test_a_parcels_arrival_is_never_guessed_an_order(text):
    assert order_guess.blocked(text)  # review: M25's asking line asked the tracking's count


def test_a_courier_destination_asked_is_not_blocked():
    assert not order_guess._PARCEL_ARRIVES.search("能寄快递到广州吗 我要两箱")
