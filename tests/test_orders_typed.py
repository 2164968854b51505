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


@pytest.mark.parametrize("text, expected", [
    ("红豆粽子三个，蛋黄的两个", ("order", 5, True)),  # kinds of goods, each with its count
    ("韭菜饺子一袋，香菇两袋", ("order", 3, True)),  # a kind without 的 among goods named
    ("我要一箱苹果还有两箱橙子", ("order", 3, True)),  # counts before their goods
    ("给我来两盒草莓一袋大米", ("order", 3, True)),
    ("粽子\n鲜肉一个\n蛋黄两个", ("order", 3, True)),  # the goods as a head, then its kinds
    ("我自己两盒我姐也要一盒我婆婆要一盒", ("order", 4, True)),  # people, the member among them
    ("鸡蛋一盒 我公公一盒", ("order", 2, True)),
])
def test_an_order_typed_as_its_list_is_the_sum(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("牛奶一箱 12盒的", ("order", 1, True)),  # a size
    ("面粉两斤能做三十个包子", None),  # a recipe's yield
    ("汤圆是一袋还是两袋", None),  # a question
    ("我要两盒，一盒给我妈", ("order", 2, True)),  # a total, then how it is shared
    ("苹果两箱，大的两箱", ("order", 2, True)),  # which, not more
])
def test_a_list_that_is_no_sum(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("面粉两代", ("order", 2, True)),  # 袋 heard by sound after goods and a count
    ("卫生纸三题", ("order", 3, True)),  # 提
    ("猪肉两近", ("order", 2, True)),  # 斤
    ("花生油一通", ("order", 1, True)),  # 桶
    ("鸡蛋两版", ("order", 2, True)),  # 板
    ("山药两根", ("order", 2, True)),  # a unit of goods only right after them
    ("啤酒 来一扎", ("order", 1, True)),
    ("西瓜一半", None),  # a half, no unit
    ("今天上了三节课", None),  # no goods before the count
    ("我们一同去", None),
])
def test_a_unit_heard_by_sound_or_named_after_goods_counts(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("苹果给我来一箱就一箱", ("order", 1, True)),  # the count said again to stress it
    ("我要两袋吧就两袋", ("order", 2, True)),
    ("橘子我要一箱 别给我多了", ("order", 1, True)),  # no more than the count: not less, no cancel
    ("面条要两把不要多了", ("order", 2, True)),
    ("大米来个一两袋吧，就两袋", ("order", 2, True)),  # "一两袋" is about so many: the count is the one stressed
    ("多了吃不完 少要一份", ("order_change", -1, True)),  # said before no count: left to the readers
])
def test_a_count_stressed_is_the_count(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("+3 公司同事的", ("order", 3, True)),  # more than one is a count, not agreeing: the ranker agrees, settled (O15)
    ("➕2 家里人多", ("order", 2, False)),
    ("+2（7栋1201）", ("order", 2, True)),  # where she lives is no remark: the order (O12, intents._plus_then_where)
    ("+2 我也觉得", None),  # agreeing
    ("+5 哈哈哈", None),
    ("+2 说得太对了", None),
])
def test_a_plus_of_two_or_more_beside_a_remark_is_asked(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("额也要两袋", ("order", 2, True)),  # 额 (Shaanxi 我) is the member, no product
    ("给额留三盒", ("order", 3, True)),
    ("搞三份撒", ("order", 3, True)),  # a verb of getting and a particle
    ("俺要一箱嘞", ("order", 1, True)),
    ("牛肉来两公斤", ("order", 2, True)),  # the kilogram counted by the count said
    ("五常大米10公斤 来一袋", ("order", 1, True)),  # a size, then the count
    ("最近瘦了两公斤", None),
])
def test_words_that_name_no_product_and_the_kilogram(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("还有就来两盒", ("order", 2, True)),  # a condition on the stock with 如果 unsaid: the order stands if it can be had
    ("下班看一眼 有货就给我一箱", ("order", 1, True)),
])
def test_a_condition_on_the_stock_unsaid(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("鲜肉的、蛋黄的、豆沙的各两个", ("order", 6, True)),  # kinds listed at 、, a count each
    ("牛奶、酸奶、豆浆各一箱", ("order", 3, True)),
    ("帮我妈、我婆婆、我自己各订一盒草莓", ("order", 3, True)),  # people, the member among them
    ("鸡蛋、牛奶各一份吗", None),  # a question
])
def test_a_count_each_of_a_list(text, expected):
    assert _got(text) == expected
