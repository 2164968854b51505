"""O7: who the order is for and whose words pass it on; lists pasted by hand; more on one's own order; prices and recipes."""
import pytest

from bot.chain.text import chain_order, order_reading


def _read(text):
    reading = order_reading(text, None)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


@pytest.mark.parametrize("text", ["我爸那份取消吧", "帮我老伴的那份划掉 他牙不好", "我替隔壁订的那份不要了 她回老家了",
                                  "孩子外婆那份取消，她说吃不了", "替我婆婆说一声 她那份不要了", "我奶奶让我跟店长说 她的汤圆不要了"])
def test_a_share_she_ordered_for_her_own_dropped_cancels(text):
    assert _read(text) == ("order_cancel", 0, False, True)


@pytest.mark.parametrize("text", ["小王那份取消", "刘阿姨那份不要了", "我婆婆说她那份不要了"])
def test_someone_elses_share_or_their_word_is_asked(text):
    reading = order_reading(text, None)
    assert reading is not None and reading.intent == "order_cancel" and not reading.sure


def test_one_share_dropped_while_hers_stays_is_one_less():
    assert _read("我老伴那份不要了 我自己的照旧") == ("order_change", -1, True, True)


@pytest.mark.parametrize("text, amount", [("我替我奶奶说一下，她要两袋汤圆，她不会打字", 2), ("我姥爷让我在群里说一声 他要一份", 1),
                                          ("这是我爸在用我手机 他要三盒", 3)])
def test_an_order_passed_on_for_someone_who_cannot_type_is_placed(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and (reading.intent, reading.amount) == ("order", amount)


@pytest.mark.parametrize("text, amount", [("橙子我要一箱 我妹要两箱", 3), ("奶奶一份 外公一份 我自己不要", 2)])
def test_shares_named_after_the_product_or_none_for_herself(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and (reading.intent, reading.amount) == ("order", amount)


@pytest.mark.parametrize("text, amount", [("我那单再加一袋", 1), ("在我名下加两份", 2), ("在原来的基础上+1", 1)])
def test_more_put_on_her_own_order_is_added(text, amount):
    assert _read(text) == ("order_change", amount, True, True)


@pytest.mark.parametrize("text", ["比上次多要两份", "这次比上回少一袋"])
def test_a_count_against_last_time_is_not_acted_on(text):
    reading = order_reading(text, None)
    assert reading is None or not reading.sure


@pytest.mark.parametrize("text", ["草莓一盒59，外面卖80", "葡萄两斤七十多，太贵了", "橘子团购已截单，共56箱", "凉拌菜：黄瓜两根 醋两勺 盐少许",
                                  "戚风：低筋粉50g 牛奶40g 鸡蛋三个"])
def test_prices_totals_and_recipes_are_no_order(text):
    reading = order_reading(text, None)
    assert reading is None or not reading.sure


def test_a_minus_sign_emoji_takes_one_back():
    assert _read("汤圆➖1") == ("order_change", -1, True, True)


def test_goods_words_holding_a_date_character_are_goods():
    assert _read("月饼三盒") == ("order", 3, False, True)


@pytest.mark.parametrize("text, amount", [("1. 阿花 2\n2. 小林 1\n3. 周姐 3", 3), ("汤圆\n1.小丽 芝麻2袋\n2.红红 花生1袋", 1),
                                          ("1.苹果 2箱\n2.梨 1箱", 3)])
def test_a_numbered_list_pasted_without_its_title_orders_the_last_line(text, amount):
    reading = chain_order(text, "", set())
    assert reading is not None and (reading.intent, reading.amount) == ("order", amount)


@pytest.mark.parametrize("text", ["讲座报名\n1. 刘 1\n2. 赵 2", "1. 芳 2人\n2. 洁 1人", "这谁的？\n1. 阿花 2\n2. 小林 1",
                                  "1. 阿花 2\n2. 小林 1\n大家看看对不对"])
def test_lists_that_are_no_order_of_hers(text):
    assert chain_order(text, "", set()) is None


def test_a_pasted_list_whose_last_line_is_another_members_is_not_hers():
    assert chain_order("1. 阿花 2\n2. 小林 1", "周姐", {"阿花", "小林"}) is None
