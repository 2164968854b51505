"""O23: group-buy orders, recall with the count right — the stock asked then the order if there is any (有就…, run on by
voice input, "你那个…" said to the shop), and a count put right in the same breath by a pause, bare counts or a reason after
(docs/language.md, "O23").

The sentences are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading


def _read(text: str, item: str | None = None) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


def _no_sure_order(text: str) -> bool:
    reading = _read(text)
    return reading is None or reading[0] not in ("order", "order_change") or not reading[2]


# --- the stock asked, then the order if there is any --------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("酸菜还有不？有就来两斤", 2),
    ("腊肠仲有冇？有就要两斤", 2),
    ("那个腊肠还有没有了有的话给我称三斤我下午过来", 3),  # voice input: no stop after the question
    ("喂李姐啊你那个豆腐干还有没有有的话帮我留两包", 2),  # "你那个…" said to the shop
    ("你那个米酒还有冇得我要两瓶啊晚上来拿", 2),
    ("腊肠还有没有啊 有的话两斤", 2),  # a question only of the stock, then the count on its condition
])
def test_stock_asked_then_the_order(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", [
    "有就好，家里还有两袋",
    "家里还有没有？有就不订了",
    "小王你那个快递到了没 我的两件还没到",
    "刘姐你那份还有没有 我帮你拿两袋",
    "还有没有啊 两份",  # no condition: the count may be what is asked about
])
def test_stock_lookalikes_order_nothing(text):
    assert _no_sure_order(text)


# --- a count put right in the same breath -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("先记我三盒，嗯，四盒吧", 4),  # a pause before the count meant
    ("仨 哦不 俩", 2),  # bare counts
    ("卤鸭 ×3 不对 ×2 老王不来了", 2),  # counts by a times sign, a reason after
    ("腊肉三斤，哦不，四斤，过年人多", 4),  # 多 of the reason, not more
    ("两盒…算了三盒吧 孩子多", 3),
    ("米粉四份，不对不对，老公说三份够了", 3),  # who said the count meant
])
def test_count_put_right(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["3号楼 不对 5号楼", "2 不对 2", "两份 不对 多要一份"])
def test_corrections_that_order_no_new_count(text):
    reading = _read(text)
    assert reading is None or not (reading[0] == "order" and reading[2] and reading[1] in (1, 2, 5))


# --- a consultation done is the decision -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("跟老公商量了一下，腊肠要两斤", 2),
    ("我们家商量好了 年糕来三条", 3),
    ("和婆婆商量过了，给我留一箱", 1),
])
def test_consulted_then_ordered(text, amount):
    assert _read(text)[:2] == ("order", amount) and _read(text)[2]


@pytest.mark.parametrize("text", ["等我跟老公商量商量 再定要几盒", "商量一下 两箱还是三箱", "还没跟老伴商量好 先别给我记两袋"])
def test_still_to_consult_orders_nothing(text):
    assert _no_sure_order(text)


# --- goods no list holds, listed each with a unit they are sold in ------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("胡辣汤两份 馍一袋", 3),
    ("馕两个 酸奶一罐", 3),
    ("蚝两斤 鸡一只", 3),
    ("黄馍馍两袋 馕三个", 5),
])
def test_goods_listed_by_place(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["我家三只猫两条狗 天天吵", "小区两栋，我家一户"])
def test_things_counted_that_are_no_goods(text):
    assert _no_sure_order(text)


# --- shares by a name's form or a home, put on hers ---------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我一份，老甘两份，阿娟一份，都记我名下", 4),
    ("小蒙两盒 我一盒 我一起去拿", 3),
    ("我两袋，老易一袋，我去取", 3),
    ("对门老覃家两袋，俺家一袋", 3),
])
def test_named_shares_with_hers(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["老甘两份 阿娟一份", "隔壁老覃家一袋 楼下小蒙家两袋"])
def test_named_shares_without_hers_order_nothing(text):
    assert _no_sure_order(text)


# --- whether ordering is still open, asked beside her order --------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("还能跟团吗 腊肠两斤", 2),
    ("米花糖还能上车不 三袋", 3),
    ("现在订两箱还来得及吗", 2),
])
def test_still_open_asked_beside_the_order(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["一看截单了 白等了", "这个还能订不", "还能上车吗 库存还有两盒吗", "还能订的抓紧 还剩两份",
                                  "正想报三份 结果已经截止了"])
def test_still_open_lookalikes(text):
    assert _no_sure_order(text)


# --- review mend -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我要一箱，还有的话再给我一箱", 2),  # 再/多/另 before the second count adds to the first
    ("腊肠我要两斤，还有没有，有就多给两斤", 4),
    ("我要一盒，还有的话另外再来一盒", 2),
    ("我要两斤，嗯，三斤的话太多", 2),  # the new count refused as it is said: the first stands
    ("要三份 嗯 五份就太多了", 3),
])
def test_review_mend_counts(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", [
    "7 不对 8 号自提", "5 不对 6 点", "3 不对 4 点到", "2 不对 3 楼",  # a day, an hour, a floor: no count
    "你那个草莓，我要一盒，晚上去你家拿", "你那个土豆我要两袋 明天到你家里取",  # one member to another, not to the shop
    "猫两只 狗一只", "狗两条 猫一只", "狗三条 猫两只",  # pets are no goods
])
def test_review_mend_no_sure_order(text):
    assert _read(text) is None
