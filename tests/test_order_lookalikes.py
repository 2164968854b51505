"""Chat that looks like an order and is none (issue 18, p9): a price said of the count, a quality judged, a total over
others' counts, a tag question after a number. Phrasings are the tests' own, not the corpus's."""
import pytest

from bot.chain.text import order_reading

PRICED = ["草莓两盒五十 划算", "一箱橙子48 超市要60", "三斤排骨一百出头", "车厘子两斤一百二 有点贵", "柚子一个十五 比菜场便宜"]
JUDGED = ["牛奶两箱 日期挺新鲜的", "这个车厘子一盒 有一半是软的", "橘子一箱 特别甜", "排骨两斤 肉很嫩", "鸡蛋一板 好几个是坏的", "两份汤圆 皮有点硬"]


@pytest.mark.parametrize("text", PRICED + JUDGED)
def test_no_order(text):
    reading = order_reading(text, None)
    assert reading is None or not reading.sure


ORDERS = [
    ("已转38，汤圆两份", 2), ("草莓两盒 转了五十", 2), ("两盒草莓 一共五十对吧", 2), ("给我来两箱橘子 要甜的", 2),
    ("给俺整两箱橘子，贼甜那个", 2), ("挺划算，蛋我三盒", 3), ("12栋3单元502，汤圆两份", 2), ("52元那个大枣 两份", 2),
]


@pytest.mark.parametrize("text, amount", ORDERS)
def test_still_orders(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and reading.amount == amount
