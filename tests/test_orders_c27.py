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
    "不要啦不要啦，馄饨吃了两碗实在吃不下了",
    "不要啦，俺吃撑了，你们慢慢吃",
    "不要了，真撑了",
    "不要了嘛，已经吃得好饱",
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
    "爷爷假牙松了吃不下，不要了",  # mend-c27: an inability is a cancel's reason, not fullness at the table
    "小孙女吃不下酸的，不要了",
    "这两天嗓子疼吃不下，不要了吧",
    "我们两口子吃不下那么多，不要了哈",
    "外面刮大风撑着伞拿不了，不要了",  # 撑 an umbrella
    "撑死了两个人吃，不要了",  # 撑死 "at most"
])
def test_a_reason_for_cancelling_is_not_fullness_at_the_table(text):
    assert not order_checks.refused_full(order_checks._words(text), order_checks.Reading(CANCEL, 0))
    assert _read(text) is not None and _read(text)[0] == CANCEL


@pytest.mark.parametrize("text", [
    "群主说要一个一个登记，大家辛苦",
    "馄饨一份份装好了 给楼下送去",
    "饭团一个一个包好放冰箱",
    "年糕切成一份一份的 冻起来慢慢吃",
    "我姥爷快八十了，天天去公园，一聊就是一整天",
    "我老公又去打球了，一打就是一晚上",
    "以前我们下地割麦，一去就是大半天",
])
def test_a_count_of_how_or_how_long_is_no_order(text):
    assert not _acted(text)


@pytest.mark.parametrize("text, amount", [
    ("一份一份", 1),  # her one, said twice
    ("要一盒一盒", 1),
    ("给我来一打鸡蛋", 12),  # 打 a dozen
    ("鹌鹑蛋要一打", 12),
    ("一个一个问太麻烦了，我要两盒", 2),  # her count beside the manner
])
def test_her_count_beside_those_words_still_orders(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text", [
    "韭菜炒鸡蛋，韭菜一把，鸡蛋三个",
    "黄瓜炒蛋 蒜三瓣 鸡蛋三个",
    "豆角炖土豆，豆角一把，土豆两个",
    "茄子炒肉，放三个辣椒，好下饭",
    "米粉三份水两份，搅匀再蒸",
    "南瓜饼 南瓜一块 糯米粉一碗 炸到焦黄",
    "包子馅：猪肉一块，姜两片，酱油一小勺",
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


@pytest.mark.parametrize("text", [
    "青椒炒蛋 三份 米饭三碗",  # mend-c27: the dish counted, then rice for the meal
    "土豆炖鸡 一份 少放辣 米饭一碗",
    "西红柿炒蛋 一份，米饭两碗",
    "后天煮馄饨，馄饨三袋",  # one food of "the dish" counted, nothing measured: an order of it
    "豆浆两杯 温水一杯",  # a cup of water beside drinks is goods, not a share of a mix
])
def test_a_meal_ordered_is_no_recipe(text):
    assert not order_checks.cooked_with(order_checks._words(text))


def test_the_checks_themselves():
    assert order_checks.counted_as_manner("一聊就是一整天")
    assert not order_checks.counted_as_manner("一份一份")
    assert not order_checks.counted_as_manner("一个一个问，我要两盒")
    assert order_checks.cooked_with("米粉三份水两份")
    assert not order_checks.cooked_with("矿泉水两箱 面粉一袋")
    assert not order_checks.cooked_with("蒜一撮 葱一把")  # mend-c27: 撮 dropped (too little evidence)


@pytest.mark.parametrize("text", ["我也赞同加一", "俺也附议，加一", "点赞加1"])
def test_a_plus_one_seconding_what_was_said_is_no_order(text):
    assert not _acted(text)


@pytest.mark.parametrize("text", ["同意加一桶", "赞成加一只", "支持加一盒"])
def test_agreeing_then_goods_added_is_no_seconding(text):
    """mend-c27: any unit after 加一 (``_UNITS``) is an order added, read as before c27."""
    assert not order_checks.voted(order_checks._words(text))
    assert _read(text) is not None and _read(text)[0] in (ORDER, CHANGE)


@pytest.mark.parametrize("text, reading", [
    ("赞成，加一份", (CHANGE, 1, True)),  # a portion added beside the agreeing
    ("支持+1 给我留三盒", (ORDER, 3, True)),
    ("同意+1 我也要一份", (ORDER, 1, True)),
])
def test_an_order_beside_agreeing_still_orders(text, reading):
    assert _read(text) == reading
