"""O22: group-buy orders — kinds named by taste or size alone, where a member is from beside a plus, all of those named
wanting so much, the spouse pointed at, the north-west's 额, 块 as pieces, a slip named by its act (docs/language.md, "O22").

The sentences are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from bot.language import intents
from bot.language.people import first_person_folded, kin_folded


def _read(text: str, item: str | None = None) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


# --- kinds of the goods named by taste or size alone ------------------------------------------------------------------

@pytest.mark.parametrize("text, amount, item", [
    ("香辣三袋 原味一袋", 4, "牛肉干"),
    ("微辣两份 麻辣一份", 3, "凉皮"),
    ("大份一个 小份两个", 3, "凉皮"),
    ("中杯两杯，大杯一杯", 3, "奶茶"),
    ("椒盐一包 孜然两包", 3, "花生"),
])
def test_kinds_by_taste_or_size(text, amount, item):
    assert _read(text) == ("order", amount, True)
    assert _read(text, item)[:2] == ("order", amount)  # the open product's kinds (asked where a kind's word is goods too: 杯, 盐)


def test_kinds_with_talk_stay_unread():
    assert _read("香辣的太辣了 原味一袋就好") != ("order", 2, True)


# --- where she is from or picks up, beside a plus ----------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("+1 城关的", 1),
    ("+2 三中宿舍", 2),
    ("+1，南门店取", 1),
    ("+3 东风客栈", 3),
])
def test_place_beside_a_plus(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["+1 真香的", "+1 说得对的", "+1 不拿"])
def test_a_plus_that_agrees_stays_chat(text):
    reading = _read(text)
    assert reading is None or reading[0] == "none" or not reading[2]


# --- all of those named wanting so much --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我和我姐都要一盒", 2),
    ("俺跟俺那口子都要两斤", 4),
    ("我和我家那位都要一份", 2),
])
def test_all_named_want_so_much(text, amount):
    assert _read(text) == ("order", amount, True)


def test_all_want_with_no_count_still_asked():
    assert _read("我和我姐都要") == ("order", 2, False)


# --- the spouse pointed at, the father as 爹, whose said again ----------------------------------------------------------

@pytest.mark.parametrize("words, folded", [
    ("俺那口子", "俺老伴"),
    ("我们家领导", "我们家老伴"),
    ("俺当家的", "俺老伴"),
    ("我那位朋友", "我那位朋友"),  # someone she goes on to describe
    ("掌柜的", "掌柜的"),  # the shopkeeper, no one's spouse
    ("俺爹", "俺爸"),
])
def test_kin_folds(words, folded):
    assert kin_folded(words) == folded


@pytest.mark.parametrize("who, persons", [("我爸我妈", 2), ("俺闺女俺儿子", 2), ("我和我妈", 2)])
def test_whose_said_again_starts_the_next(who, persons):
    assert intents.persons_for(who) == persons


def test_each_for_parents_named_apart():
    assert _read("给我姥姥我姥爷各留一袋") == ("order", 2, True)


# --- 额 for 我 ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("words, folded", [
    ("额两袋 额姐一袋", "我两袋 我姐一袋"),
    ("还有名额吗", "还有名额吗"),
    ("金额不对", "金额不对"),
    ("额外加一份", "额外加一份"),
])
def test_e_as_i(words, folded):
    assert first_person_folded(words) == folded


def test_e_as_i_read():
    assert _read("额一份 额姐两份") == ("order", 3, True)


# --- goods by their place: the count before, a plus or a pair word after ---------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("3斤凉皮", 3),
    ("给我来两袋凉皮", 2),
    ("油饼俩", 2),
])
def test_goods_no_list_holds_by_place(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["熬夜党+1", "刚拔了两颗智齿", "快递到了 一箱好沉", "一份惊喜 谢谢大家"])
def test_counts_of_no_goods_stay_chat(text):
    reading = _read(text)
    assert reading is None or reading[0] == "none"


# --- 块 as pieces after a verb that hands goods over --------------------------------------------------------------------

@pytest.mark.parametrize("text, read", [
    ("豆腐干来三块", ("order", 3, True)),
    ("卤牛肉整两块", ("order", 2, True)),
])
def test_pieces(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text", ["一斤要五块", "来三块钱的"])
def test_yuan_stays_a_price(text):
    reading = _read(text)
    assert reading is None or reading[0] == "none"


# --- a canteen that buys, a slip named by its act ----------------------------------------------------------------------

def test_canteen_orders():
    assert _read("我们厂食堂要八袋") == ("order", 8, True)


def test_canteen_where_she_ate_stays_chat():
    reading = _read("中午食堂两个包子")
    assert reading is None or reading[0] == "none"


@pytest.mark.parametrize("text, amount", [("两袋，看错了，一袋", 1), ("四份 按错了 三份", 3)])
def test_slip_named_by_its_act(text, amount):
    assert _read(text) == ("order", amount, True)


# --- units heard by sound before the goods, 两 heard as 辆; the order put down; kinds each --------------------------------

@pytest.mark.parametrize("text, amount", [("两贷汤圆", 2), ("三代饺子", 3), ("牛奶辆箱", 2)])
def test_units_heard(text, amount):
    assert _read(text)[:2] == ("order", amount)


@pytest.mark.parametrize("text", ["三代人住一起", "一辆车坐不下", "漂亮盒子留着"])
def test_words_of_their_own_stay_chat(text):
    reading = _read(text)
    assert reading is None or reading[0] == "none"


def test_order_put_down():
    assert _read("大米小米各两袋，帮我记上") == ("order", 4, True)


def test_kinds_each():
    assert _read("微辣特辣各一份") == ("order", 2, True)


# --- a count each is no one person's share ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [("我们几个一人一盒 我报四盒", 4), ("给我记四份 我和老伴加俩孙子一人一份", 4)])
def test_count_each_then_her_total(text, amount):
    assert _read(text) == ("order", amount, True)
