"""Orders by mechanism, o11 (issue 18): each tested on phrasings of its own, not the corpus's — a product the goods list
lacks named by its place, words left as the product that name none, units members say the shared list lacks or type by
sound, and counts shown by a hand."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from bot.language import order_items


def _got(text, item=None):
    reading = order_reading(text, item)
    return reading and (reading.intent, reading.amount, reading.sure)


@pytest.mark.parametrize("text, expected", [
    ("鲍鱼仔三斤 周六来拿", ("order", 3, True)),  # no goods word the list holds: the product by its place
    ("椰青来两个，放前台", ("order", 2, True)),
    ("杨枝甘露两杯 少糖", ("order", 2, True)),
    ("竹蛏给我留两斤", ("order", 2, True)),
    ("烤肠两串 鱼豆腐两串", ("order", 4, True)),  # several products the list lacks: the list's sum
    ("椰青一个 杨枝甘露两杯", ("order", 3, True)),
    ("最后五袋了", None),  # no name: 最后 is when, not what
    ("我炖两斤", None),  # who does what, no product
    ("打球三个", None),
])
def test_a_product_the_list_lacks_is_named_by_its_place(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("words, named", [
    ("鲍鱼仔", True), ("杨枝甘露", True), ("我们班", False), ("一共", False), ("明天", False), ("签到", False), ("张阿姨", False),
])
def test_what_may_name_a_product(words, named):
    assert order_items.may_name(words) is named


@pytest.mark.parametrize("text, item, expected", [
    ("给我来三份喽", "鸡蛋", ("order", 3, True)),  # a particle after the count names no product
    ("我要一袋哩", None, ("order", 1, True)),
    ("那三盒取消吧", "草莓", ("order_cancel", 0, True)),  # the unit said again, not a product
    ("给我留三份可以伐", "鸡蛋", ("order", 3, True)),  # leave asked for after the count: stored (o29's LEAVE_ASKED_KEPT,
    ("帮我留两个可好", None, ("order", 2, True)),  # on since mend-o29; asked once before)
])
def test_words_that_name_no_product(text, item, expected):
    assert _got(text, item) == expected


@pytest.mark.parametrize("text, expected", [
    ("包子要两兜", ("order", 2, True)),  # 兜: a bag, in the north
    ("再来一兜包子", ("order_change", 1, True)),
    ("白菜叁兜", ("order", 3, True)),
    ("饺子两代", ("order", 2, True)),  # 袋 typed by sound
    ("蛏子要两金", ("order", 2, True)),  # 斤 typed by sound after a product the list lacks
    ("花甲给俺留三今", ("order", 2 + 1, True)),
    ("床单两淘", ("order", 2, True)),  # 套 by sound
    ("我们这一带", None),  # 带 after 一 with no product before it: a place
])
def test_units_said_otherwise(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("花卷✌️", ("order", 2, True)),  # the hand after the product, the message ending
    ("粽子☝️", ("order", 1, True)),
    ("馄饨🖐️袋", ("order", 5, True)),  # before a unit
    ("好的✌️", None),  # after other words: a gesture
    ("今天真开心✌️", None),
])
def test_a_count_shown_by_a_hand(text, expected):
    assert _got(text) == expected


def test_more_by_a_hand():
    reading = order_reading("花卷 加✌️", None)
    assert (reading.intent, reading.amount, reading.add, reading.sure) == ("order_change", 2, True, True)


@pytest.mark.parametrize("text, expected", [
    ("肠粉不要了 太咸", ("order_cancel", 0, True)),  # a product the list lacks, dropped right after it is named
    ("凉皮我不要了", ("order_cancel", 0, True)),
    ("讲座取消了", None),  # news of something called off
    ("学步车不要了，送人", None),  # given away
])
def test_a_product_the_list_lacks_dropped(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("烤鸭一只 卤鹅一份", ("order", 2, True)),  # a list of products the goods list lacks: its sum, not its first count
    ("年糕再整一根", ("order_change", 1, True)),  # 根 counts the goods named before it, with more
    ("糖葫芦我要两根 再帮我妹带两根", ("order", 4, True)),  # a message counts its goods alike
    ("给我来一根葱", ("order", 1, False)),  # 根 after no product: as before
])
def test_lists_and_units_of_goods_the_list_lacks(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text", [
    "榴莲两个 一个是空壳 太失望了",  # goods had, judged bad: a complaint
    "核对一下：红薯共30斤，土豆共20斤",  # the staff checking the totals
])
def test_complaints_and_checks_are_no_order(text):
    assert _got(text) is None


@pytest.mark.parametrize("text", [
    "本来想订三盒蓝莓 看了看冰箱还满着 算了",  # a plan to order, given up after the count
    "原打算要两斤牛肉 婆婆说不吃 就没订",
    "孩子非说要买五包辣条 我没让",
    "等放寒假回来再订两箱吧",  # the order put off until later
    "茭白几钿一斤",  # the price asked, in Shanghai's words
])
def test_plans_given_up_put_off_or_prices_asked_are_no_order(text):
    reading = order_reading(text, None)
    assert reading is None or not reading.sure


def test_a_count_after_giving_up_is_the_order():
    assert _got("本来想要三盒 算了 两盒吧") == ("order", 2, True)


@pytest.mark.parametrize("text, expected", [
    ("我那份蛋挞不要四个了 要三个就行", ("order_change", 3, False, True)),  # the count refused, then the count wanted
    ("排骨我不要两斤了，改一斤", ("order_change", 1, False, True)),
    ("那个包子逗号再给我加一袋句号", ("order_change", 1, True, True)),  # punctuation spelled out by voice input
    ("我刚才说三盒逗号改成两盒句号", ("order_change", 2, False, True)),
])
def test_changes_said_against_the_count_or_dictated(text, expected):
    reading = order_reading(text, None)
    assert (reading.intent, reading.amount, reading.add, reading.sure) == expected


def test_a_total_in_english_beside_more_is_no_sum():
    reading = order_reading("牛排再加2份 total 5份", None)
    assert reading.intent == "order_change" and reading.amount in (2, 5)


@pytest.mark.parametrize("text, expected", [
    ("粽子阿拉勿要了", ("order_cancel", 0, True)),  # Shanghai's 勿要, 阿拉 the member
    ("阿拉格两盒月饼勿要了", ("order_cancel", 0, True)),
    ("粽子❌", ("order_cancel", 0, True)),  # a cross beside the product or one's own order
    ("❌粽子", ("order_cancel", 0, True)),
    ("我那份❌❌", ("order_cancel", 0, True)),
    ("明天停电❌", None),  # beside no order: nothing
    ("那两袋我不要了，钱退给我吧", ("order_cancel", 0, True)),  # the refund asked for, not told as done
    ("那两袋取消了，钱已经退了", None),  # told as done and paid back
])
def test_cancels_as_typed(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("楼上陈阿姨说她那份年糕不要了", ("order_cancel", 0, False)),  # someone else's share dropped: whose? asked once
    ("他订的那两盒先取消吧", ("order_cancel", 0, False)),
    ("孩子的舞蹈班取消了", None),  # news of something called off
    ("收到 赵姐的取消了", None),  # the staff's word
])
def test_someone_elses_share_dropped_is_asked(text, expected):
    assert _got(text) == expected
