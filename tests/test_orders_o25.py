"""O25: orders as fresh writers say them — the goods and count said twice read once, a share given with Wu's 拨, the count
a last clause settles (那就 N) after someone's word, a sum or a wish, a count needed for a purpose that names no goods, a
cancel done for someone else asked. The sentences are the engineer's own (none is a corpus line)."""
from __future__ import annotations

import time

import pytest

from bot.chain.text import order_reading
from bot.language import order_checks, order_words

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
    assert _read("腊肠一斤腊肉一斤") == (ORDER, 2, True)


@pytest.mark.parametrize("text, amount", [
    ("三袋年糕，一袋拨阿婆", 3),  # Wu 拨: "give", the share inside the count
    ("留两份拨我，谢谢侬", 2),
])
def test_wu_give_is_a_share_of_the_count(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text, amount", [
    ("年糕两袋 哎呀老伴讲要三袋 那就三袋", 3),  # her first count, his word, then the settled one
    ("一袋十五，四袋六十，那就四袋吧", 4),  # a price worked out, then the decision
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


def test_the_settled_count_of_other_goods_is_not_acted_on_with_a_product_open():
    reading = _read("草莓一盒二十 那就两盒", "年糕")
    assert reading is None or not reading[2]


@pytest.mark.parametrize("text", ["我要两份兼职才够交房租", "我要两份工作才能养家糊口"])
def test_a_count_needed_for_a_purpose_is_no_order(text):
    assert _read(text) is None or _read(text)[0] != ORDER


@pytest.mark.parametrize("text", ["我帮我外婆取消一下 她回老家了", "我替我舅妈取消哈"])
def test_a_cancel_done_for_someone_else_is_asked(text):
    assert _read(text) == (CANCEL, 0, False)  # the handler keeps one count per sender, not whom it is for


@pytest.mark.parametrize("text", ["帮我取消一下", "我那份取消 谢谢"])
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
