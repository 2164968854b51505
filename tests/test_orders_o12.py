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


def test_a_member_acknowledging_then_counting_orders():
    assert read("收到 两份") == ("order", 2, True)


# --- a pack's weight tied to its unit is no recipe ------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("250克一袋的核桃 要两袋", 2),
    ("每瓶500ml的酱油 来三瓶", 3),
    ("香肠要三包 一包400克", 3),
    ("奶粉800g那罐 给我留一罐", 1),
])
def test_pack_weights(text, amount):
    assert read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["黄油100克 面粉200克 鸡蛋两个", "五花肉500克 冰糖30克 生抽两勺"])
def test_recipes_stay_recipes(text):
    assert read(text) is None


# --- the goods' arrival as the time of the order; what was bought arriving --------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("带鱼今天到了吗 到了给我留两条", 2),
    ("到了就给我留一袋", 1),
])
def test_when_it_comes(text, amount):
    assert read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["快递到了 两箱", "淘宝买的纸巾到了 三提", "我买的到了 三袋", "东西到了给我打电话"])
def test_arrivals_are_no_order(text):
    assert read(text) is None


# --- counts typed in English or styled digits -----------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("strawberry two boxes，谢谢", 2),
    ("牛奶 two 箱 thx", 2),
    ("order 2 portions 鸡腿饭 pls", 2),
    ("鸡排饭 1 pax", 1),
    ("烤肠 ❸", 3),
    ("我要Ⅱ袋", 2),
    ("芝麻汤圆 Ⅲ 份", 3),
])
def test_english_and_styled_counts(text, amount):
    assert read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["I have two kids", "a cup of coffee would be nice", "one more thing"])
def test_english_chat_stays_chat(text):
    assert read(text) is None


# --- the product after its count; who for and what for around it; units of goods -----------------------------------

@pytest.mark.parametrize("text, amount", [
    ("鱼丸给我留两袋当年货", 2),  # what it is for
    ("排骨给我来两斤备着", 2),
    ("格瓦斯 整它两瓶", 2),
    ("生煎来一客", 1),  # units of goods
    ("面券一张", 1),
    ("牛排五片", 5),
])
def test_product_words(text, amount):
    assert read(text) == ("order", amount, True)


def test_asking_leave_with_a_bare_tag_is_stored():
    assert read("酸奶能帮我留一箱不") == ("order", 1, True)  # asked once until o29's LEAVE_ASKED_KEPT went on (mend-o29)


@pytest.mark.parametrize("text", ["我要两份好心情", "来一份好运", "我看了三张照片", "吃了两片药", "今天吃了两碗米饭",
                                  # words after a count are no product by their place alone (a first try read these):
                                  "店长给我来一份暴富", "一份心意 不成敬意", "大宝三个兴趣班 钱包扛不住", "喝水打卡 八杯完成",
                                  "减肥失败 再来一份后悔药"])
def test_no_goods(text):
    assert read(text) is None


# --- a 接龙 line of several goods or people, each with its count: their sum ------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("5. 阿强 牛肉丸2 鱼丸1", 3),
    ("7 李姐 草莓2 蓝莓1", 3),
    ("3. 阿杰2 Wendy1 我1", 4),
    ("12. 3栋 小王 饺子1 汤圆2", 3),  # 3栋 is where she lives
])
def test_line_of_pairs(text, amount):
    assert read(text) == ("order", amount, True)


@pytest.mark.parametrize("text, amount", [("21. 李叔叔 1", 1), ("9. 5栋 2单元 王姐 3", 3), ("书包一个 蓝色的", 1)])
def test_plain_lines_unchanged(text, amount):
    assert read(text) == ("order", amount, True)


def test_a_changed_line_is_no_sum():
    got = read("7. 王芳 牛奶2箱 → 改成3箱")
    assert got is None or got[1] == 3


# --- a wish refused, what a count could buy, a habit, a rule, counting done, a dish made -----------------------------

@pytest.mark.parametrize("text", [
    "孩子说要三个棒棒糖 我没答应",
    "儿子说要两盒 不给买",
    "这个价钱在我们那能买三斤",
    "攒的积分够换一瓶油",
    "楼上那家一买就是十斤",
    "一个手机号只能订一份",
    "我数了一下 三十二个",
    "吐司两片 鸡蛋一个 做个三明治",
])
def test_talk_about_counts(text):
    assert read(text) is None


@pytest.mark.parametrize("text, expected", [
    ("闺女说要两盒草莓", ("order", 2, True)),  # a grown-up's wish relayed stays hers
    ("我能订三份吗", ("order", 3, False)),
    ("还能订的话给我一份", ("order", 1, True)),
    ("给我来两斤 做个红烧肉", ("order", 2, True)),
    ("我要三份 孩子吵着要", ("order", 3, True)),
    ("我同我老公各一袋", ("order", 2, True)),  # 同 for 和
])
def test_orders_beside_talk(text, expected):
    got = read(text)
    assert got is not None and (got[0], got[1], got[2]) == expected


@pytest.mark.parametrize("text, amount", [("东北大米10kg 一袋", 1), ("要一份 2.5kg那种", 1)])
def test_a_weight_beside_the_count_leaves_it(text, amount):
    assert read(text) == ("order", amount, True)


# --- a plus, then where she lives or when and where she fetches it ----------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("+1（3栋）", 1), ("+1 (12号楼)", 1), ("+2 东门自提", 2), ("+1 5栋302", 1), ("+1 明天下午拿", 1), ("+1 3-2-501", 1),
])
def test_plus_then_where(text, amount):
    assert read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["+1 我也觉得", "+1 同问", "+2 哈哈"])
def test_plus_agreeing_is_no_order(text):
    assert read(text) is None
