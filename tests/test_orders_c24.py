"""C24: the C23 review mended — a count of her own said after a sum worked out, a close, an offer to all or a child's wish
orders; a child's wish granted is her order; a cancel naming only someone else or only when is asked, not acted on; the
around-words of a cancel read in linear time. The sentences are the engineer's own (none is a corpus line), each read
wrongly before C24."""
from __future__ import annotations

import time

import pytest

from bot.chain.text import _around_only, order_reading
from bot.language import order_checks

ORDER, CANCEL = "order", "order_cancel"


def _read(text: str) -> tuple[str, int, bool] | None:
    reading = order_reading(text, None)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


# --- one leftover-count check for every C23 use ------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("两斤就是八十块，行，两斤", 2),  # a sum worked out, then her count
    ("一盒28，三盒84 那就三盒", 3),
    ("手慢无 赶紧来三袋", 3),  # an offer to all, then her order
    ("先到先得 两份", 2),
    ("欲购从速 三袋吧", 3),
])
def test_her_count_after_a_sum_or_an_offer_orders(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text", [
    "一份二十五，两份五十，两份更划算",  # the sum judged, no count of hers
    "冬瓜汇总：二号楼12个 三号楼9个",  # a tally: its counts are the tally's
    "葡萄干还剩四袋 要的抓紧",  # the stock offered
    "腊鸭一只六十，三只就是一百八",
])
def test_sums_tallies_and_offers_alone_still_order_nothing(text):
    assert _read(text) is None


# --- a child's wish granted, or answered and her own count said ---------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("宝宝说要两盒草莓，满足她", 2),
    ("大宝说要三个，满足他吧", 3),
    ("小的说要两袋，我说只给一袋，帮我留一袋", 1),  # the wish limited, then her order
    ("二宝说要三盒，我说最多两盒，给我留两盒", 2),
])
def test_a_childs_wish_granted_or_answered_with_her_order(text, amount):
    assert _read(text) == (ORDER, amount, True)


def test_a_childs_wish_refused_still_orders_nothing():
    assert _read("崽说要五个 我说最多一个") is None


# --- cancels that say only whose or when --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["替我婆婆取消吧", "中午那个取消", "下午的取消了"])
def test_a_cancel_naming_only_someone_else_or_a_time_is_asked(text):
    assert _read(text) == (CANCEL, 0, False)


@pytest.mark.parametrize("text", ["我自己的取消掉吧", "6栋3单元那份不要了", "5栋2单元的不要了"])
def test_a_cancel_naming_her_or_her_flat_is_acted_on(text):
    assert _read(text) == (CANCEL, 0, True)


# --- linear ----------------------------------------------------------------------------------------------------------------

def test_the_around_words_are_read_in_linear_time():
    spent = []
    for repeat in (16, 2000):
        words = "楼上" * repeat + "x"  # every split of 楼上 tried: 0.1 s at 16 repeats before C24
        start = time.process_time()
        assert not _around_only(words)
        spent.append(time.process_time() - start)
    assert spent[1] < 0.05
    assert _around_only("替我舅妈") and _around_only("第号周秀兰") and _around_only("楼上楼上")


@pytest.mark.parametrize("fragment", ["两斤就是八十块，行，", "先到先得 ", "宝宝说要两盒，满足她", "汇总：", "要的抓紧 "])
def test_the_c24_checks_are_linear(fragment):
    words = (fragment * (5000 // len(fragment) + 1))[:5000]
    spent = []
    for _ in range(3):
        start = time.process_time()
        order_checks.worked_out(words), order_checks.tallied(words), order_checks.child_wish(words)
        order_checks.too_late(words), order_checks.later_round(words)
        spent.append(time.process_time() - start)
    assert min(spent) < 0.1


# --- review mends ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["手慢无 今天到的橙子 6箱", "先到先得 柚子 五个", "欲购从速 下午到 两箱"])
def test_the_posts_own_stock_after_an_offer_orders_nothing(text):
    assert _read(text) is None  # goods and a count, or a count after more of the post: the offer's stock


@pytest.mark.parametrize("text, amount", [("数量有限 先到先得 两份", 2), ("先到先得 给我留两盒", 2)])
def test_a_count_answering_the_offer_still_orders(text, amount):
    assert _read(text) == (ORDER, amount, True)


def test_then_grants_the_wish_only_with_the_act_or_a_count():
    assert _read("孙子说要三个 那就等他考完试再说") is None
    assert _read("小宝说要四个 那就随便他吧") is None
    assert _read("宝宝说要两个，那就买吧") == (ORDER, 2, True)


@pytest.mark.parametrize("text", ["我替我舅舅取消了", "我替我妈取消了哈"])
def test_she_cancelling_for_someone_else_is_asked(text):  # the 我 before 替 is the doer, not whose order
    assert _read(text) == (CANCEL, 0, False)


def test_a_cancel_of_her_own_is_still_acted_on():
    assert _read("帮我取消吧") == (CANCEL, 0, True)


def test_long_messages_cost_no_seconds():
    from bot.chain.text import _which_unsaid
    from bot.language.intents import Reading
    start = time.process_time()
    _which_unsaid("楼上" * 2500)
    order_checks.checked("手慢无 三袋 " * 800, Reading(ORDER, 3))
    assert time.process_time() - start < 0.5
