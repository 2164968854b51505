"""O15: the intent score's say on product words no list holds, guarded; the partner's asked guess settled; the asking line
(docs/language.md, "O15"). The sentences are the engineer's own, not corpus lines."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from bot.language import intent_model, order_guess, order_items, order_quantity
from bot.language.intents import CANCEL, ORDER


def _read(text: str, item: str | None = None):
    reading = order_reading(text, item)
    return (reading.intent, reading.amount, reading.sure) if reading else None


def test_the_thresholds_are_on():
    limits = order_guess.THRESHOLDS
    assert limits.keep_unknown <= 1.0 and limits.settle_guess <= 1.0
    assert limits.ask_order < limits.act_order


# --- a cancel drops an order, not any noun --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "那个工作我不要了",  # a job
    "那套房子我不要了",
    "那个车位我不要了 太远",
    "那个位置我不要了",
])
def test_a_cancel_of_a_thing_no_order_names_is_no_cancel(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "我那份烤包子不要了",  # the portion named
    "给我姐订的油塔子不要了",  # what was ordered
    "馕坑肉给我划掉",  # struck off the list
    "老马的取消",  # her share
    "熏马肠那两根不要了",  # a counted unit pointed at
])
def test_a_cancel_that_names_the_order_is_kept(text):
    assert _read(text)[0] == CANCEL


def test_words_ending_in_goods_are_a_products_name():
    assert order_items.unknown_kept("椒麻鸡我不要了", "椒麻鸡", cancel=True)  # 鸡
    assert not order_items.unknown_kept("那个工作我不要了", "工作", cancel=True)


# --- product words that are no product's: a count, whom, a word of registering, a list -------------------------------

@pytest.mark.parametrize("text", [
    "要个两三份",  # a range of counts: asking "one portion?" would ask the wrong thing
    "来个三五斤",
    "对门大姐一份，我一份",  # whom, and two shares the rules did not sum
    "烤包子一份 酸奶粽子一杯",  # one product of several: the list's sum is the order
    "单位发年货 每人一份 要登记",  # registering, no goods
])
def test_unknown_words_that_name_no_product_are_not_kept(text):
    reading = order_reading(text, None)
    assert reading is None or not reading.sure or reading.amount != 1


@pytest.mark.parametrize("text, amount", [
    ("我家要两份油塔子", 2),
    ("烤包子给我留三个", 3),
    ("那个油塔子我要一份", 1),
])
def test_a_product_no_list_holds_is_ordered(text, amount):
    assert _read(text) == (ORDER, amount, True)


def test_with_the_product_known_its_name_decides():
    assert _read("那个工作我不要了", "鸡蛋") is None
    assert _read("我家要两份油塔子", "鸡蛋") is None


# --- not to be counted any more, in dialect ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["别记我了", "莫记我了哈", "甭算俺了 家里还有", "烤包子那个就别记我了", "烤包子我的就莫算哒"])
def test_not_to_be_counted_is_a_cancel(text):
    assert _read(text, "烤包子") == (CANCEL, 0, True)


@pytest.mark.parametrize("text", [
    "她说别记我了",  # someone else's words
    "别记我了 记我闺女名下",  # moved to another's name, not dropped
    "别算我了哈哈 开玩笑的",  # taken back
    "别记我了吗",  # asked
])
def test_not_to_be_counted_said_otherwise_is_no_cancel_of_hers(text):
    reading = order_reading(text, "烤包子")
    assert reading is None or reading.intent != CANCEL or not reading.sure


# --- her share restated by its goods is one share -------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我也跟一个，烤包子一个", 1),
    ("跟一份 馕一份", 1),
    ("我也来两个 烤包子两个", 2),
])
def test_her_share_then_its_goods_is_one_share(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text, amount", [("我一份 我嫂子一份", 2), ("烤包子一个 花卷一个", 2)])
def test_two_shares_or_two_goods_still_sum(text, amount):
    assert _read(text)[1] == amount


# --- someone else's words or a post seen, beside her order -----------------------------------------------------------

def test_someone_elses_wish_beside_a_bare_count_is_asked():
    reading = order_reading("小孙子说要吃烤包子，来三份", None)
    assert reading is not None and (reading.intent, reading.amount, reading.sure) == (ORDER, 3, False)
    found = order_guess.evidence("小孙子说要吃烤包子，来三份", intent_model.shipped(), order_quantity.shipped())
    assert found.theirs and not order_guess._acts(found, order_guess.THRESHOLDS)  # never acted on


def test_a_post_seen_is_a_story_beside_her_order():
    found = order_guess.evidence("刚看到群里烤包子开团了，给我留三个", intent_model.shipped(), order_quantity.shipped())
    assert found is not None and found.amount == 3  # the scores weigh it (the post's own words still block a post)


@pytest.mark.parametrize("text", ["看到烤包子开团了 真便宜", "烤包子开团了，要的接龙"])
def test_a_post_seen_or_posted_alone_is_no_order(text):
    assert order_reading(text, "烤包子") is None
