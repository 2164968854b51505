"""Orders on text the readers were not written from (issue 18, o10): each mechanism tested on phrasings of its own, not
the corpus's — names glued to a count, 各 over a list typed with spaces, a pack's size, lists with a product open,
chat the rules once acted on, changes by the verbs members use, a count each of a couple or a household."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading


def _got(text, item=None):
    reading = order_reading(text, item)
    return reading and (reading.intent, reading.amount, reading.sure)


@pytest.mark.parametrize("text, item, expected", [
    ("陈秀英2份", "鸡蛋", ("order", 2, True)),  # a full name glued to the count: who the 接龙 line is, not the product
    ("王建华 3", None, ("order", 3, True)),
    ("张丽1份", None, ("order", 1, True)),
    ("黄桃两盒", "鸡蛋", None),  # goods that start like a surname stay goods, another product's
])
def test_a_full_name_before_the_count_is_who_orders(text, item, expected):
    assert _got(text, item) == expected


@pytest.mark.parametrize("text, expected", [
    ("红豆 绿豆 黑米 各一袋", ("order", 3, True)),  # a list typed with spaces, one count each
    ("袜子 36码 37码 各一双", ("order", 2, True)),  # the goods, then the sizes counted
    ("我和闺女 各一份", ("order", 2, True)),  # a space before 各 ends no clause
    ("袜子 36码 各一双", None),  # one size and 各: no list
])
def test_each_over_a_list_typed_with_spaces(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("牛奶12盒一箱的来两箱", ("order", 2, True)),  # the pack's size per unit is no count
    ("大米一袋10斤的来一袋", ("order", 1, True)),
])
def test_a_packs_size_is_no_count(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, item, expected", [
    ("我要三盒鸡蛋和一把青菜", "鸡蛋", ("order", 3, False)),  # the open product's share of a list of goods, asked
    ("黑芝麻汤圆一袋 花生汤圆两袋", "汤圆", ("order", 3, True)),  # words before the product's name: kinds of it
    ("芝麻的两袋 花生的一袋", "汤圆", ("order", 3, False)),  # kinds by filling, the product unnamed: asked, not dropped
    ("红豆 绿豆 各一袋", "粽子", ("order", 2, False)),
    ("原味两瓶、草莓味一瓶", "酸奶", ("order", 3, True)),  # flavours of the open product
])
def test_a_list_read_with_a_product_open(text, item, expected):
    assert _got(text, item) == expected


@pytest.mark.parametrize("text", [
    "苹果两箱，梨一箱",  # another product's list with 鸡蛋 open: never acted on
    "我要两份苹果还有一份梨",
])
def test_a_list_of_other_goods_is_not_acted_on_for_the_open_product(text):
    reading = order_reading(text, "鸡蛋")
    assert reading is None or not reading.sure


@pytest.mark.parametrize("text", [
    "【团长】截至目前：粽子40个，咸鸭蛋25个",  # the staff's tally
    "煮粥放两把小米",  # cooking by the count
    "女儿放学路上买两根玉米",  # a household member's errand
    "老婆给我留两个馒头",
    "周末准备自己蒸两锅馒头",  # made at home
    "下周要买：大米一袋 鸡蛋两板",  # a shopping memo
    "面粉五百克 酵母五克 温水揉面",  # a recipe's measures in words
    "我邻居说想要两份 我把群二维码推给她了",  # sent the group: hers to order
    "来三份开心 哈哈哈",  # words no store sells after the count, and a laugh
])
def test_chat_in_an_orders_shape_is_no_order(text):
    assert order_reading(text, None) is None


@pytest.mark.parametrize("text, expected", [
    ("给我来两百份", ("order", 200, False)),  # more than a member orders at once: asked
    ("等孩子考完试了我要两份", ("order", 2, False)),  # put off until something of her life has happened: asked
    ("等我下班了来拿 给我留两份", ("order", 2, True)),  # a pickup time is no condition
])
def test_so_many_or_put_off_is_asked(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("排骨再弄两斤", ("order_change", 2, True)),  # 再 with any verb of getting: more on this order
    ("五花肉少称一斤", ("order_change", -1, True)),  # 少 with 称: one less
    ("给我多装一袋", ("order_change", 1, True)),
    ("再来一盒，上回的吃完了", ("order_change", 1, True)),  # the last time as the reason after 再: a change
    ("上回的腊肠真香 再来两斤", ("order", 2, True)),  # a story of the last time, then more: a new order
])
def test_changes_by_the_verbs_members_use(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("老两口一人一袋汤圆", ("order", 2, True)),  # a couple, a count each
    ("我们家四口人 一人一盒", ("order", 4, True)),
    ("两个孩子一人一盒，我不要", ("order", 2, True)),  # who is left out is no talk
    ("老两口一人一个感冒了", None),  # how things were: chat
])
def test_a_count_each_of_a_couple_or_a_household(text, expected):
    assert _got(text) == expected
