"""Whole-message checks on order readings (``bot.language.order_checks``): a wrong order stored is worse than a
question once or silence, so a count that the rest of the message makes no order, or another amount, is asked or
dropped."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading

NOT_ORDERS = [
    "这家奶茶一份要28 抢钱啊",  # a price
    "现在一斤排骨要三十多",
    "苹果尼多钱一份",  # a price asked
    "那个小米2.5kg的挺好吃 上次买的",  # a decimal
]


@pytest.mark.parametrize("text", NOT_ORDERS)
def test_no_order(text):
    assert order_reading(text, None) is None


ASKED = [
    ("三份 一共114对吧 我先转了", 3),  # the sum paid read as the count: asked with the count left
]


@pytest.mark.parametrize("text, amount", ASKED)
def test_asked(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and not reading.sure and reading.amount == amount


STILL_ORDERS = [
    ("38一份是吧 那我要一份", 1), ("两份，已转76", 2), ("要两份，100块找我24就行", 2), ("给我和我婆家各订两份", 4),
    ("大米小米各一袋", 2), ("汤圆1小米1大枣1", 3), ("我要亮份", 2),
]


@pytest.mark.parametrize("text, amount", STILL_ORDERS)
def test_still_orders(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and reading.amount == amount
