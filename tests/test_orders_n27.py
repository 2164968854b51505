"""N27: N26's two asks for orders switched on, made safe by mechanism (docs/language.md, "N26"): O24's asked count of a
story wins over the scores' how many; members comparing counts, a liking before a count and a question of which of two
counts are never asked; chat that holds counts stays silent. The sentences are the engineer's own, not corpus lines."""
from __future__ import annotations

import pytest

from bot.chain import text as chain
from bot.chain.text import COUNT_OPEN, OrderParts, finished, order_reading
from bot.language import order_story, order_words
from bot.language.intent_model import ORDERS
from bot.language.intents import NONE, ORDER, Reading
from bot.language.order_guess import THRESHOLDS, Evidence
from corpus.eval_intents import read as eval_read


def test_both_asks_are_on():
    assert THRESHOLDS.ask_unknown < 1 and THRESHOLDS.ask_open < 1


# --- chat that holds counts: silent with the asks on, with no product known and with one open -------------------------

@pytest.mark.parametrize("text", [
    # counts in stories
    "昨天带孩子去公园，买了两根冰棍，一人一根",
    "我们家三口人，周末去爬山了",
    "小时候过年一家人能吃五斤饺子",
    "上个月搬家搬了十几箱书，累坏了",
    "孙女今年考了两个一百分",
    "我家老大两岁老二五岁",
    "今天走了一万步，喝了三杯水",
    "一年三百六十五天天天上班",
    # recipes
    "红烧肉做法：五花肉一斤，冰糖一把，生抽两勺",
    "包饺子的话面粉两斤水一碗就够",
    "煮粥放米一杯水八杯，小火四十分钟",
    "蒸馒头面粉一袋酵母一包",
    # tallies
    "目前统计：张姐两份，李哥一份，共三份",
    "数了一下群里已经接了二十份",
    "今天一共卖出去三十盒",
    # others' orders, members comparing theirs
    "隔壁王阿姨家订了三箱，够吃一个月",
    "他们单位团了五十份，真能吃",
    "她要两袋，我不要，你呢",
    "他也要三份，你呢",
    "你们家要几份",
    "上回买了三袋吃完了",
    # feelings
    "我最爱两口子一起散步",
    "可爱两只小猫咪",
    "真喜欢三岁的小孩子",
    "我爱两个孩子胜过一切",
    "好想念那两碗老家的面",
    # which of two counts, asked
    "苹果是一斤还是一箱",
    "袜子是一包还是两包",
])
@pytest.mark.parametrize("item", [None, "汤圆"])
def test_chat_with_counts_stays_silent(text, item):
    reading = order_reading(text, item)
    assert reading is None or reading.intent not in ORDERS


# --- the four cases the asks broke, mended by mechanism ----------------------------------------------------------------

def test_o24_s_asked_count_of_a_story_wins_over_how_many():
    found = Evidence(0.98, 0.6, 2, strength=0.85, values=2)  # an order of a count, which one unclear
    parts = OrderParts("两袋面粉三板鸡蛋我晚上让我老伴去取", None, None, found)
    assert finished(parts, "鸡蛋") == Reading(ORDER, 3, item="鸡蛋", sure=False)
    assert finished(parts, None) == Reading(ORDER, 5, item="面粉", sure=False)  # no product known: all her counts


@pytest.mark.parametrize("text", ["蒸馒头面粉一袋酵母一包", "五个一袋，一个三块"])
def test_how_many_is_not_asked_of_a_recipe_s_or_a_price_s_counts(text):
    found = Evidence(0.98, 0.6, 1, strength=0.85, values=2)
    assert finished(OrderParts(text, None, None, found), None) is None


def test_how_many_is_asked_where_no_story_says():
    found = Evidence(0.98, 0.6, 1, strength=0.85, values=2)
    assert finished(OrderParts("一盒甜的一盒咸的", None, None, found), None) == Reading(ORDER, COUNT_OPEN, sure=False)


@pytest.mark.parametrize("text", ["他要两盒，我要一盒，你呢", "她家也要三袋", "我两份 你呢"])
def test_members_comparing_counts_are_not_asked(text):
    assert order_story.among_members(text)
    found = Evidence(0.98, 0.6, 2, strength=0.85, values=2)
    assert finished(OrderParts(text, None, None, found), None) is None


@pytest.mark.parametrize("text, liked", [
    ("可爱两份", True), ("我爱两个孩子", True), ("最爱三瓶汽水", True), ("喜欢两份", True),
    ("我爱两份", False), ("爱三斤虾干", False), ("我要三份老人爱吃", False),  # O25's want, a liking after the count
])
def test_a_liking_before_a_count(text, liked):
    assert order_words.liked_count(text) is liked


def test_a_liking_before_a_count_is_no_order_of_no_goods():
    parts = OrderParts("可爱两份", Reading(ORDER, 2, item="可爱"), Reading(ORDER, 2, item="可爱"), None, 0.99, ORDER)
    assert finished(parts, None) is None


def test_which_of_two_counts_asked_is_no_order():
    assert chain._WHICH_COUNT.search("鸡蛋是一板还是两板") and not chain._WHICH_COUNT.search("一板还是算了")


# --- the live bot: with a product open, the rules' order of no goods is asked too --------------------------------------

@pytest.mark.parametrize("text, amount", [("帮我留三盒厚", 3), ("我一份东门那边", 1)])
def test_an_order_of_no_goods_is_asked_with_a_product_open(text, amount):
    reading = order_reading(text, "汤圆")
    assert reading is not None and (reading.intent, reading.amount, reading.sure) == (ORDER, amount, False)


# --- the lead's end check: chat the asks reached on dev (a gift of feelings, a steak's doneness) -------------------------

@pytest.mark.parametrize("text", ["咱们每家献一份爱心吧", "这是我的一份心意，大家别客气", "给老师一份惊喜", "八分熟刚好，不柴",
                                  "牛排我喜欢五分熟的", "小排要三分熟的", "晚上只吃七分饱"])
def test_gifts_of_feeling_and_a_steaks_doneness_get_no_question(text):
    assert eval_read(text) == Reading(NONE)


def test_a_count_beside_a_steaks_doneness_is_still_read():
    assert eval_read("牛排两份，五分熟") == Reading(ORDER, 2, sure=True, item="牛排")
