"""c27: order precision by how a message is built — a "不要了" said at the table by someone full, a count that says how
(one by one) or how long once begun (一X就是一下午), and what goes into a dish or a mix told with its measures. The
sentences are the engineer's own (none is a corpus line); beside each mechanism, look-alikes that still order."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from bot.language import order_checks

ORDER, CHANGE, CANCEL = "order", "order_change", "order_cancel"


def _read(text: str, item: str | None = None) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


def _acted(text: str, item: str | None = None) -> bool:
    reading = _read(text, item)
    return reading is not None and reading[2]


@pytest.mark.parametrize("text", [
    "不要了不要了，喝了三碗汤吃不下了",
    "不要啦，俺吃撑了，你们吃",
    "不要了，撑死了",
    "不要了嘛，已经吃饱了",
    "不用了不用了，真的喝不下了",
])
def test_declining_at_the_table_when_full_is_no_cancel(text):
    assert not _acted(text)
    assert not _acted(text, "汤圆")


@pytest.mark.parametrize("text", [
    "汤圆取消吧，吃不下",  # a product dropped, the fullness its reason
    "我那份不要了，吃不下",  # her share dropped
    "不要了 那份取消 吃不下",
    "订的那个不要了，最近吃不下饭",
])
def test_a_cancel_of_her_order_beside_fullness_stays_a_cancel(text):
    assert _read(text) is not None and _read(text)[0] == CANCEL


@pytest.mark.parametrize("text", [
    "老李说要一个一个核对，辛苦了",
    "饺子一份份装好了 给邻居送去",
    "包子一个一个包好放蒸笼里",
    "糍粑切成一份一份的 煎一下就香",
    "我外公七十多了，天天下棋，一下就是一整天",
    "老伴又去打牌了，一打就是一下午",
    "我们那时候上山砍柴，一去就是大半天",
])
def test_a_count_of_how_or_how_long_is_no_order(text):
    assert not _acted(text)


@pytest.mark.parametrize("text, amount", [
    ("一份一份", 1),  # her one, said twice
    ("要一箱一箱", 1),
    ("给我来一打鸡蛋", 12),  # 打 a dozen
    ("鸡蛋要一打", 12),
    ("一个一个问太麻烦了，我要两盒", 2),  # her count beside the manner
])
def test_her_count_beside_those_words_still_orders(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text", [
    "土豆炖牛肉，土豆两个，牛肉一斤",
    "番茄炒蛋 蒜两瓣 鸡蛋两个",
    "白菜炒粉条，白菜半颗，粉条一把",
    "茄子炒肉，放两个辣椒，好下饭",
    "面粉三份水一份，揉成团",
    "红薯丸子 红薯两根 面粉一碗 油炸到金黄",
    "粽子馅：五花肉一块，蒜三瓣，盐一小勺",
])
def test_what_goes_into_a_dish_is_no_order(text):
    assert not _acted(text)


@pytest.mark.parametrize("text, amount", [
    ("蛋炒饭 两份", 2),  # the dish itself counted
    ("腊肠炒饭两份", 2),
    ("椰子水两份", 2),  # water that is goods
    ("排骨两斤切块", None),  # a cut asked for: not read as a recipe (whatever the other readers make of it)
    ("葱一把 给我留两份", None),
])
def test_dishes_and_goods_counted_are_still_orders(text, amount):
    if amount is None:
        assert not order_checks.cooked_with(text)
    else:
        assert _read(text) == (ORDER, amount, True)


def test_the_checks_themselves():
    assert order_checks.counted_as_manner("一钓就是一整天")
    assert not order_checks.counted_as_manner("一份一份")
    assert not order_checks.counted_as_manner("一个一个问，我要两盒")
    assert order_checks.cooked_with("面粉两份水一份")
    assert not order_checks.cooked_with("矿泉水两箱 面粉一袋")


@pytest.mark.parametrize("text", ["我也赞成加一", "附议 +1", "俺也支持加一", "说得对+1"])
def test_a_plus_one_seconding_what_was_said_is_no_order(text):
    assert not _acted(text)


@pytest.mark.parametrize("text, reading", [
    ("赞成，加一份", (CHANGE, 1, True)),  # a portion added beside the agreeing
    ("支持+1 给我留三盒", (ORDER, 3, True)),
    ("同意+1 我也要一份", (ORDER, 1, True)),
])
def test_an_order_beside_agreeing_still_orders(text, reading):
    assert _read(text) == reading
