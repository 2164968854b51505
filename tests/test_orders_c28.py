"""c28: order precision — a 接龙 line whose count is a bare 俩 or 仨 (no unit after it), and a mix told by its shares beside
a word of mixing or making one (a filling, a ratio, a drink made at home). The sentences are the engineer's own (none is a
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
])
def test_a_chain_lines_bare_two_or_three_is_its_count(text, amount):
    reading = chain_order(text, "", set())
    assert reading is not None and (reading.intent, reading.amount) == (ORDER, amount)


def test_a_name_ending_in_two_or_three_is_no_count():
    lines = parse_chain("接龙 红薯\n1. 小陶 2\n2. 爷孙仨")  # no space before it: part of who, one of it
    assert lines is not None and lines[-1].quantity == 1


@pytest.mark.parametrize("text", [
    "包馄饨的馅 猪肉三份 荠菜一份 香得很",
    "我自制的酸梅汤：乌梅一份，山楂两份，冰糖随口味",
    "火锅蘸料我的比例 麻酱三份 腐乳一份",
    "外婆的方子，红豆两份薏米一份，煮烂就行",
])
def test_a_mix_told_by_its_shares_is_no_order(text):
    assert not _acted(text)
    assert not _acted(text, "红豆")


@pytest.mark.parametrize("text", [
    "馄饨馅两份，荠菜一份",  # the filling itself counted: goods
    "我要猪肉三份，荠菜一份，包馅用",  # 我要: ordered
    "饺子两份，汤圆一份",  # no word of a mix
    "自制辣酱来两份",  # one count, ordered
    "麻酱三份 腐乳一份 给我留着，调蘸料用",  # 给我: ordered
])
def test_shares_ordered_still_order(text):
    assert _acted(text)
