"""Whole-message checks on order readings (``bot.language.order_checks``): a wrong order stored is worse than a
question once or silence, so a count that the rest of the message makes no order, or another amount, is asked or
dropped."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading

NOT_ORDERS = [
    "这家奶茶一份要28 抢钱啊",  # a price
    "现在一斤排骨要三十多",
    "苹果尼多钱一份",  # a price asked
    "那个小米2.5kg的挺好吃 上次买的",  # a decimal
]


@pytest.mark.parametrize("text", NOT_ORDERS)
def test_no_order(text):
    assert order_reading(text, None) is None


STILL_ORDERS = [
    ("三份 一共114对吧 我先转了", 3), ("两份，一共五十对吧", 2),  # 对吧 confirms the sum paid: no count of pairs
    ("38一份是吧 那我要一份", 1), ("502 一份", 1), ("12 一份", 1), ("两份，已转76", 2), ("要两份，100块找我24就行", 2), ("给我和我婆家各订两份", 4),
    ("大米小米各一袋", 2), ("汤圆1小米1大枣1", 3), ("我要亮份", 2),
]


@pytest.mark.parametrize("text, amount", STILL_ORDERS)
def test_still_orders(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and reading.amount == amount


CORRECTED = [
    ("三份，不对，两份", 2), ("两份 哦不 三份", 3), ("要两份…算了一份就够了", 1), ("3份 打错了 是2份", 2), ("要三份吧 不 四份", 4),
    ("两份，想了想还是一份吧", 1), ("一打鸡蛋不对 一份鸡蛋就行", 1), ("给我来三份 不对 两份就够", 2),
]


@pytest.mark.parametrize("text, amount", CORRECTED)
def test_a_count_put_right_in_one_breath_is_the_order(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and (reading.intent, reading.amount) == ("order", amount)


@pytest.mark.parametrize("text", ["两份还是三份呢", "两份还是三份好呢", "两份，不是三份"])
def test_no_correction_where_the_second_count_is_no_restatement(text):
    reading = order_reading(text, None)
    assert reading is None or (reading.intent, reading.amount, reading.sure) != ("order", 3, True)


MORE = [("汤圆再添上一份", 1), ("两份不够 再添一份", 1), ("➕1份 再来", 1), ("小李。我。再要。一份。", 1), ("我。少要。一份。", -1),
        ("➖1", -1), ("➖1份 😂", -1)]


@pytest.mark.parametrize("text, delta", MORE)
def test_more_or_fewer(text, delta):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and (reading.intent, reading.amount, reading.add) == ("order_change", delta, True)


TALK = ["我要一百份汤圆 开玩笑的", "团了两份外卖 一份给老公", "我老公一个人能吃我三份", "孩子玩过家家 说要给我做两份汤圆",
        "汤圆到了吗 我那两份", "张姐那两份我帮她拿了", "李叔叔您那份改成三份了 明天来拿", "没拿的还有3位：刘姐2份，陈哥1份，周阿姨1份",
        "给老人买两份保暖鞋垫挺好的，推荐", "草莓酱：草莓一斤 糖二两 柠檬半个 小火熬", "蹲一个周末饭搭子"]


@pytest.mark.parametrize("text", TALK)
def test_talk_about_portions_is_no_order(text):
    assert order_reading(text, None) is None


@pytest.mark.parametrize("text", ["想要两份 但是冰箱放不下了", "托特包还有吗 蹲一个", "围巾还剩燕麦色的吗 想给我妈买一条"])
def test_a_wish_beside_what_may_stop_it_is_asked(text):
    reading = order_reading(text, None)
    assert reading is not None and not reading.sure


QUOTED = [("「王店长：接龙开始」\n我2份", 2), ("「王店长：汤圆到货了，今晚8点截止」一份", 1), ("回复 王店长：每份38元 限3份\n三份", 3)]


@pytest.mark.parametrize("text, amount", QUOTED)
def test_a_quote_without_the_dashed_line_is_a_quote(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and (reading.intent, reading.amount) == ("order", amount)


@pytest.mark.parametrize("text, amount", [("我要二十份，单位食堂用", 20), ("蹲个三份", 3), ("我想要三份可以吗", 3),
                                          ("上周那个小米熬粥真香 再团一袋", 1), ("刚从菜市场回来 白菜涨价了 店长汤圆我要两份", 2)])
def test_orders_beside_those_words_still_read(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and (reading.intent, reading.amount) == ("order", amount)


@pytest.mark.parametrize("text, amount", [("1+1 我和我妈", 2)])
def test_shares_of_several_people_read_as_less_are_asked(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and not reading.sure and reading.amount == amount


@pytest.mark.parametrize("text, amount", [("那个我要两份啊就是那个汤圆我要两份", 2), ("上次买的很新鲜，这次给我来四份，分给我妈两份", 4),
                                          ("我要两份，我是3栋2单元的", 2), ("家里两个孩子爱吃 要两份", 2)])
def test_a_count_said_again_or_shared_out_still_orders(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and reading.amount == amount


@pytest.mark.parametrize("text, expected", [
    # a count said with 了 states where things stand: nothing; asked where an ordering word comes before it
    ("我家猫又多了一只，现在3只了", None), ("好的张阿姨 给您记上两份了", None),
    ("那我就要两份了", ("order", 2, False, False)), ("我要两份 就两份了", ("order", 2, False, True)),
    # the total said beside more on top: the change, not their sum
    ("再来一箱，合起来三箱", ("order_change", 1, True, True)), ("再来一箱，一共三箱", ("order_change", 1, True, True)),
    # someone of the household addressed first: talk to them; 姐 addresses the shop as often
    ("妈，我周末回去吃饭，给我留两份饺子", None), ("老公 汤圆你去拿一下 两份 在店里", None), ("姐，给我留两份", ("order", 2, False, True)),
])
def test_states_totals_and_the_household_addressed(text, expected):
    from bot.chain.text import order_reading
    reading = order_reading(text, None)
    assert (reading and (reading.intent, reading.amount, reading.add, reading.sure)) == expected


@pytest.mark.parametrize("text, expected", [
    # an address is no count
    ("我住12栋3单元502", None), ("3栋502 两份", ("order", 2, False, True)), ("9号楼2单元，我要一份", ("order", 1, False, True)),
    # shares of households or of several people read as less: their sum, acted on when the member's is among them
    ("隔壁老李家一份 我家一份", ("order", 2, False, True)), ("隔壁老李家一份 楼下张姐家一份", None),
])
def test_addresses_kept_shares_and_households(text, expected):
    from bot.chain.text import order_reading
    reading = order_reading(text, None)
    assert (reading and (reading.intent, reading.amount, reading.add, reading.sure)) == expected


def test_several_people_each_read_as_one_share_is_asked():
    from bot.language.intents import Reading
    from bot.language.order_checks import shares
    assert not shares("我和我姐各一份，再帮我妈订一份，都算我名下", Reading("order", 1)).sure
    assert shares("我和我姐各一份", Reading("order", 2)).sure


@pytest.mark.parametrize("text, expected", [
    ("➕2 我和我妈", ("order", 2, False, True)), ("+1+1 我和我妈", ("order", 2, False, True)), ("+1 我也是", None),
    ("老公你几点下班，顺便带两瓶酱油", None),
])
def test_who_a_sign_count_is_for_and_a_word_to_the_household(text, expected):
    from bot.chain.text import order_reading
    reading = order_reading(text, None)
    assert (reading and (reading.intent, reading.amount, reading.add, reading.sure)) == expected


def test_a_share_dropped_beside_ones_own_kept_is_never_the_whole_order_cancelled():
    from bot.chain.text import order_reading
    from bot.language.intents import Reading
    from bot.language.order_checks import checked
    assert not checked("帮我婆婆订的那份去掉 我的留着", Reading("order_cancel", sure=True)).sure
    reading = order_reading("帮我婆婆订的那份去掉 我的留着", None)
    assert reading is None or not reading.sure


# A count each times those it is for, said apart (households, people counted or named), kinds of one product listed
# apart, shares each after its own person: what is stored (o6).
@pytest.mark.parametrize("text, expected", [
    ("我们五家，一家一份", ("order", 5, True)), ("隔壁两家 一家一份", ("order", 2, False)),  # nobody counts herself in: asked
    ("我家跟老王家 一家两盒", ("order", 4, True)), ("我家和我姐家各一袋就行", ("order", 2, True)),
    ("我们小区三户，每户限一份吗", None),  # a limit asked about
    ("我们办公室五个人，每人一份", ("order", 5, True)), ("我和我三个同事一人一盒", ("order", 4, True)),
    ("我、阿花、小兰一人一份", ("order", 3, True)), ("我们家三个人，每人两个", ("order", 6, True)),
    ("俩娃一人一个发烧了 折腾一晚上", None), ("三个孩子一人一个玩具 终于安静了", None),  # how things were shared: talk
    ("两个孩子一人一个苹果 吃得可香了", ("order", 2, False)),  # the readers' count each, beside talk: asked
    ("肉粽两个，甜的一个", ("order", 3, True)), ("饺子韭菜的一袋，白菜的两袋", ("order", 3, True)),
    ("芝麻的来一袋，然后花生的也要两袋", ("order", 3, True)), ("鸡蛋两盒，大的两盒", ("order", 2, True)),  # restated
    ("原味一瓶、香蕉味两瓶、草莓味一瓶", ("order", 4, True)), ("蛋黄粽2个、碱水粽1个", ("order", 3, True)),
    ("他一份我一份", ("order", 2, True)), ("张姐家一份 我家两份", ("order", 3, True)),
])
def test_counts_each_and_lists_as_stored(text, expected):
    reading = order_reading(text, None)
    assert (reading and (reading.intent, reading.amount, reading.sure)) == expected


@pytest.mark.parametrize("text", [
    "收到收到 鸡蛋两盒 周日到", "收到 饺子三袋 明天来拿",  # the staff's word on a member's count
    "收到收到，您的鸡蛋取消了",  # the staff telling a member her cancel
    "我们俩 明天去逛街", "我们姐妹四个昨天去爬山了",  # people counted
    "我家包包子是两斤面一斤肉", "橙子又贵了，外面二十多一斤",  # a filling's measures, a price per jin
    "三份就三份吧，听你的",  # going along with someone
])
def test_chat_around_counts_stays_chat(text):
    reading = order_reading(text, None)
    assert reading is None or reading.intent not in ("order", "order_change", "order_cancel") or not reading.sure


@pytest.mark.parametrize("text, expected", [
    ("犹豫了好几天 最后决定三盒", ("order", 3, True)), ("想了一下还是要两份吧", ("order", 2, True)),
    ("多少钱一袋？不管了先来一袋", ("order", 1, True)), ("纠结要两盒还是三盒", None),
    ("我想想……鸡蛋还是取消吧", ("order_cancel", 0, True)), ("我再想想", None),
    ("我要两盒草莓可以吗？", ("order", 2, True)), ("🚫我的鸡蛋", ("order_cancel", 0, True)),
    ("收到 两份", ("order", 2, True)),  # a member's count after the staff's notice
])
def test_a_decision_a_polite_question_and_a_sign(text, expected):
    reading = order_reading(text, None)
    assert (reading and (reading.intent, reading.amount, reading.sure)) == expected


# --- D25 review: each reader's own words for "each" and a total line, no wider than before D25 ----------------------------

@pytest.mark.parametrize("text", ["我们三户每户两盒", "每位来三个", "一户一箱"])
def test_each_words_stay_each_reader_s_own(text):
    from bot.language import order_checks, order_quantity
    assert not order_quantity._EACH.search(text) and not order_checks._EACH.search(text)  # the ranker's feature words


def test_each_one_s_count_is_one_table():
    """d27: the count each (the ranker's "each" candidate, the households' check, the asks' one count) is one table."""
    from bot.chain import text as chain
    from bot.language import order_checks, order_quantity
    assert order_checks._EACH_ONE is order_quantity.EACH_COUNT and not hasattr(chain, "_EACH_ONE")
    assert order_quantity.EACH_COUNT.search("楼里四户 每户来一袋") and not chain._one_count("楼里四户 每户来一袋")


@pytest.mark.parametrize("line", ["共计 12", "共计9"])
def test_a_chain_s_total_line_keeps_its_own_words(line):
    from bot.chain import text
    assert text._TOTAL_LINE.match(line) is None
