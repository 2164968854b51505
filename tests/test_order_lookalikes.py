"""Chat that looks like an order and is none (issue 18, p9): a price said of the count, a quality judged, a total over
others' counts, a tag question after a number. Phrasings are the tests' own, not the corpus's."""
import pytest

from bot.chain.text import order_reading

PRICED = ["草莓两盒五十 划算", "草莓两盒50 划算", "两份 76", "一箱橙子48 超市要60", "三斤排骨一百出头", "车厘子两斤一百二 有点贵", "柚子一个十五 比菜场便宜"]
TOTALS = ["汇总一下，鸡蛋共28箱，明天下午到", "今天汤圆接龙的有：小美2份 阿芳1份 王姐3份 共6份", "目前合计41盒 晚上八点截单"]
COOKED = ["一袋汤圆煮一锅 够一家三口吃", "包子馅：猪肉一斤 白菜半颗 葱一根", "排骨汤：排骨一斤 玉米两根 胡萝卜一个", "一斤面粉配半斤水 和好醒半小时"]
JUDGED = ["牛奶两箱 日期挺新鲜的", "这批鸡蛋一板 个头都挺大", "这个车厘子一盒 有一半是软的", "橘子一箱 特别甜", "排骨两斤 肉很嫩", "鸡蛋一板 好几个是坏的", "两份汤圆 皮有点硬"]


STAFF = ["好的 王阿姨两箱 到了通知您", "已帮您改成两份了", "收到 李姐要三盒 已记"]
DONE = ["刚去拿了 两箱 真沉", "四斤虾分了 我家两斤 我妈家两斤", "说好两斤 实际上称了一斤八两", "同样一盒 超市卖59", "五花肉两斤 焯水后炒糖色"]


@pytest.mark.parametrize("text", PRICED + JUDGED + TOTALS + COOKED + STAFF + DONE)
def test_no_order(text):
    reading = order_reading(text, None)
    assert reading is None or not reading.sure


ORDERS = [
    ("已转38，汤圆两份", 2), ("草莓两盒 转了五十", 2), ("两盒草莓 一共五十对吧", 2), ("给我来两箱橘子 要甜的", 2),
    ("给俺整两箱橘子，贼甜那个", 2), ("芝麻2份 花生1份 共3份", 3), ("牛奶加一，合计三箱", 3), ("我要两份 一共三份", 3), ("老公一份 孩子两份 一共三份", 3), ("芝麻的和花生的 一共两袋", 2), ("挺划算，蛋我三盒", 3), ("芒果两箱 要大一点的", 2), ("小米一袋 熬粥喝", 1), ("老母鸡来一只 炖汤用", 1), ("麻烦您给我留两份", 2), ("排骨三斤 上次的特别香", 3), ("12栋3单元502，汤圆两份", 2), ("52元那个大枣 两份", 2),
]


@pytest.mark.parametrize("text, amount", ORDERS)
def test_still_orders(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and reading.amount == amount
