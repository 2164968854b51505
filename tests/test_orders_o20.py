"""O20: group-buy orders — goods named one after another before one count each, kin said in a region's words, "we two"
doing something else, a joke about what no store sells, "oh no" putting a count right, a count said as so many to add
(docs/language.md, "O20").

The sentences are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from bot.language import intents, order_checks
from bot.language.people import kin_folded


def _read(text: str, item: str | None = None) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


def _stored(text: str) -> tuple[str, int, bool, bool] | None:
    reading = order_reading(text, None)
    return None if reading is None else (reading.intent, reading.amount, reading.sure, reading.add)


# --- goods typed one after another, then one count each ----------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("排骨羊蝎子各来三斤", 6),
    ("草莓砂糖橘车厘子每样两盒", 6),
    ("黑芝麻的豆沙的一样一袋", 2),  # kinds by 的
    ("三样年货每样一份", 3),  # the kinds counted
])
def test_goods_run_together_before_a_count_each_are_counted_apart(text, amount):
    assert _read(text) == ("order", amount, True)


def test_goods_run_splits_where_each_goods_word_starts():
    assert intents.goods_run("羊排羊蝎子") == ["羊排", "羊蝎子"]
    assert intents.goods_run("黑芝麻的豆沙的") == ["黑芝麻的", "豆沙的"]
    assert intents.goods_run("我家羊排") == []  # no goods word first: not a run of goods


def test_each_of_a_kind_is_never_a_count_of_people():
    assert _read("我跟我姐一样一份") != ("order", 2, True)  # 一样 as "the same as her", not "one of each kind"


# --- kin said in a region's words, in shares and a count each ----------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我一盒，阿嫲一盒，家姐两盒", 4),
    ("我婆姨两份 老汉一份", 3),
    ("帮我阿爷阿嫲各留一袋", 2),
    ("给我外公外婆各整一盒", 2),  # kin run together after 给, a verb of getting the lists lacked
    ("我同阿哥每人三只", 6),  # 同 for 和 before 每人
])
def test_kin_in_a_regions_words_have_their_shares(text, amount):
    assert _read(text) == ("order", amount, True)


def test_kin_folded_keeps_other_words():
    assert kin_folded("我家老倌和娃") == "我家老伴和娃"
    assert kin_folded("阿妈做的腊肉") == "妈妈做的腊肉"
    assert kin_folded("老汉儿子") == "老汉儿子"  # 老汉 before 儿子: no spouse


# --- "we two", "the three of us" doing something else ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我俩周末去医院体检", "我俩今天去民政局了", "家里就剩我俩了 冷清得很"])
def test_we_counted_while_doing_something_else_is_no_order(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, amount", [("咸鸭蛋算我俩", 2), ("我俩一人一份", 2)])
def test_we_counted_as_who_the_order_is_for_still_orders(text, amount):
    assert _read(text) == ("order", amount, True)


# --- a joke about group-buying what no store sells ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["要是能团个好老公 我来三个", "如果能团购周末 我订五份"])
def test_an_if_about_group_buying_what_no_store_sells_is_a_joke(text):
    assert order_checks.imagined(text)
    assert _read(text) is None


def test_an_if_about_group_buying_goods_is_a_real_condition():
    assert not order_checks.imagined("如果能团到车厘子 我要两箱")


# --- 不是 said as "oh no" between pauses --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("三袋，哦不是，两袋", 2),
    ("排骨两斤 啊不是 牛腩两斤", 2),  # the goods put right, the count the same
    ("叉烧两盒 唔系 一盒", 1),
])
def test_oh_no_puts_the_count_or_the_goods_right(text, amount):
    assert _read(text) == ("order", amount, True)


def test_not_said_of_the_count_still_names_the_count_not_meant():
    assert order_checks.corrected("四份，不是三份") is None  # not "oh no": the reader's own way of reading it stands


# --- a count said as so many to add ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [("加三份🙏", 3), ("追加x2", 2)])
def test_a_count_said_as_so_many_to_add_is_added(text, amount):
    assert _stored(text) == ("order", amount, True, True)


def test_adding_on_with_a_sum_is_no_addition():
    assert _stored("帮我姐也订一份，加上我的一共两份") == ("order", 2, True, False)  # 加上…一共: the total, not two more


# --- review mend: a bare 不是 says which count is not meant; 到 is no thing named; 仔 before goods is young ---------------

def test_mend_bare_not_oh_no_and_verb_ending_and_young_goods():
    assert _read("我是四袋 不是 五袋") == ("order_change", 4, True)
    assert _read("如果能买到 给我留三盒") == ("order", 3, True)
    assert _stored("我仔姜三斤")[3] is False
