"""Orders as members really type them (issue 18, o9): general mechanisms, each tested on phrasings of its own
(not the corpus's): a verdict beside an order asked rather than dropped, and more below."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading


def _got(text):
    reading = order_reading(text, None)
    return reading and (reading.intent, reading.amount, reading.sure)


@pytest.mark.parametrize("text, expected", [
    ("樱桃真甜 两盒", ("order", 2, False)),  # praise, then a count of a unit: probably an order, asked once
    ("服务员 饺子三袋", ("order", 3, False)),
    ("橙子太甜了 一箱", ("order", 1, False)),  # 太…了 exclaims, no past
    ("苹果两斤 有三个烂的", None),  # goods had: a verdict only what was received gets
    ("排骨两斤红烧了 有点柴", None),
    ("+1 老板服务真好", None),  # no unit: agreeing with praise
])
def test_a_verdict_beside_a_count_of_a_unit_is_asked_unless_the_goods_were_had(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("猪肉饺子三袋 韭菜的三袋", ("order", 6, True)),  # the first clause names a kind of its own: the second is another
    ("红苹果一箱 青的一箱", ("order", 2, True)),
    ("芝麻汤圆一袋，花生的一袋", ("order", 2, True)),
    ("苹果两箱，大的两箱", ("order", 2, True)),  # the first names none: which, not more
])
def test_kinds_with_the_same_count_are_summed_when_the_first_names_a_kind(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("黑芝麻汤圆两袋、豆沙汤圆一袋", ("order", 3, True)),  # 汤 starts like a surname: goods, not a person's count
])
def test_goods_that_start_like_a_surname_are_no_names_listed(text, expected):
    assert _got(text) == expected


def test_others_counts_listed_are_still_no_order():
    assert _got("还没拿的：刘姐2份，陈哥1份") is None
