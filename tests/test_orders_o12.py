"""O12: orders by mechanism, on the engineer's own phrasings (docs/language.md, "O12")."""
import pytest

from bot.chain.text import order_reading


def read(text):
    reading = order_reading(text, None)
    if reading is None:
        return None
    return (reading.intent, reading.amount, reading.sure)


# --- what a count is for: a question's measure, something sent, what came, a reward, a split ------------------------

@pytest.mark.parametrize("text", [
    "袜子几双一包",  # how many a pack holds, asked
    "荔枝几钱一斤呀",
    "这个几块一盒",
    "一箱几个啊",
    "付款码发我一个",  # something sent, not goods
    "小程序链接再发我一个",
    "刚取到 两袋米 真沉",  # what came to hand
    "今天收到两箱 挺好",
    "加班到十点 奖励自己一杯咖啡",  # a treat
    "考了第一名 犒劳他一个汉堡",
    "一袋大米我和隔壁平分",  # how it is divided
])
def test_counts_for_something_else(text):
    assert read(text) is None


@pytest.mark.parametrize("text, amount", [
    ("草莓几块一斤？给我来两斤", 2),  # the question, then the order
    ("收到 我要两份", 2),
    ("奖励孩子 给我留一个蛋糕", 1),
    ("三份 下午来拿", 3),
])
def test_orders_beside_those_words(text, amount):
    assert read(text) == ("order", amount, True)


def test_split_with_an_order_word_is_asked():
    assert read("一箱橙子 我和邻居对半分 给我留一箱") == ("order", 1, False)
