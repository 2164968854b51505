"""c28: order precision — a 接龙 line whose count is a bare 俩 or 仨 (no unit after it); its mix told by its shares is off
(the review found real orders of 馅饼 and 自制 goods silenced: docs/language.md, c28). The sentences are the engineer's own (none is a
corpus line); beside each mechanism, look-alikes that still order."""
from __future__ import annotations

import pytest

from bot.chain.text import chain_order, order_reading, parse_chain

ORDER = "order"


def _acted(text: str, item: str | None = None) -> bool:
    reading = order_reading(text, item)
    return reading is not None and reading.sure


@pytest.mark.parametrize("text, amount", [
    ("接龙 腊肠\n1. 阿梅 2\n2. 小谢 1\n3. 老谭 俩", 2),
    ("#接龙 馕\n1.古丽 1份\n2.阿力 仨", 3),
    ("豆腐干接龙\n1、周婶 2袋\n2、俺 仨袋", 3),
    ("接龙 红薯\n1. 小陶 2\n2. 阿坤 3", 3),  # a bare digit, as before
    ("接龙 红薯\n1. 小陶 2\n2. 阿坤 两袋", 2),
    ("接龙 年糕\n1. 小陶 2\n2. 我们爷仨三袋", 3),  # 仨 of who before the count: the count after it
    ("接龙 年糕\n1. 小陶 2\n2. 娘仨俩袋", 2),
])
def test_a_chain_lines_bare_two_or_three_is_its_count(text, amount):
    reading = chain_order(text, "", set())
    assert reading is not None and (reading.intent, reading.amount) == (ORDER, amount)


def test_a_name_ending_in_two_or_three_is_no_count():
    lines = parse_chain("接龙 红薯\n1. 小陶 2\n2. 爷孙仨")  # no space before it: part of who, one of it
    assert lines is not None and lines[-1].quantity == 1
