"""o28: order recall on fresh writers' text — a lump of goods sold by the piece counted in 块 or 坨 after the goods (money
everywhere else), and a count each of goods for people named, beside talk, asked with its total rather than left silent.
The sentences are the engineer's own (none is a corpus line). Both are shipped off (the out-of-fold bar was not met,
docs/language.md "o28"): the tests read them switched on, and check that off they read as before."""
from __future__ import annotations

import pytest

from bot.chain import text as chain
from bot.chain.text import order_reading
from bot.language import order_checks, order_words


@pytest.fixture(autouse=True)
def switched_on(monkeypatch):
    monkeypatch.setattr(order_words, "PIECES_COUNTED", True)
    monkeypatch.setattr(order_checks, "EACH_ASKED", True)
    chain._order_reading.cache_clear()
    yield
    chain._order_reading.cache_clear()

ORDER, CHANGE = "order", "order_change"


def _read(text: str, item: str | None = None) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


@pytest.mark.parametrize("text, amount", [
    ("年糕订三块", 3),
    ("老豆腐要两块", 2),
    ("腊肉给我留一块", 1),
    ("酥油来四块吧", 4),
    ("熏肉两坨", 2),
])
def test_a_piece_of_goods_counted_in_kuai_is_her_order(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text", [
    "一棵白菜要五块",  # a price: a count before the goods
    "豆腐涨到两块了",
    "腊肉现在才三块",
    "年糕要两块钱",
    "我们一块",  # together
    "剪纸剪成一坨",  # no goods before it
    "豆腐两块一斤",  # not the clause's end: a price per unit
])
def test_kuai_as_money_or_together_is_no_count(text):
    reading = _read(text)
    assert reading is None or not reading[2] or reading[1] not in (1, 2, 3, 5)
    assert "个" not in order_words.as_typed(text).replace(text, "") or text == order_words.as_typed(text)


def test_the_price_stays_as_typed():
    for text in ("一棵白菜要五块", "豆腐涨到两块了", "年糕要两块钱"):
        assert order_words.as_typed(text) == text


@pytest.mark.parametrize("text, amount", [
    ("我和老伴一人一盒，别弄错了", 2),
    ("两个老人一人三包，给他们囤着过冬", 6),
    ("我们车间五个人每人一份卤鸭，周五下班来拿", 5),
    ("给四个外甥一人一袋，过年当零嘴", 4),
])
def test_a_count_each_of_goods_beside_talk_is_asked_with_its_total(text, amount):
    assert _read(text) == (ORDER, amount, False)


@pytest.mark.parametrize("text", [
    "我家两个娃一人一份，吃得一点不剩",  # shared out and eaten already
    "三个孩子一人一份都不够分",
    "每人一份 九个人就是九份 我先算算",  # counted aloud
    "俩娃一人一个感冒 轮流发烧",  # no goods
    "我和我姐一人一盒，再给我妈带一盒",  # another count beside: not this total
    "我和我们班另外俩同学一人一盒，哈哈哈",  # a laugh; herself counted apart
])
def test_look_alikes_of_a_count_each_are_not_asked_that_total(text):
    reading = _read(text)
    assert reading is None or reading[2] or reading[1] not in (2, 3, 4, 6, 9)


def test_shipped_off_both_read_as_before(monkeypatch):
    monkeypatch.setattr(order_words, "PIECES_COUNTED", False)
    monkeypatch.setattr(order_checks, "EACH_ASKED", False)
    chain._order_reading.cache_clear()
    assert order_words.as_typed("年糕订三块") == "年糕订三块"
    assert _read("我和老伴一人一盒，别弄错了")[:2] == ("order", 2)  # o33: a caution after it hides the order no longer
