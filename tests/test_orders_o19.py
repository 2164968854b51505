"""O19: group-buy orders — what she would order in a case imagined is no order, a share's count typed as a bare digit
after whose it is, the repeats folded (docs/language.md, "O19").

The sentences are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import re

import pytest

from bot.chain.text import order_reading
from bot.language import intents, order_checks


def _read(text: str, item: str | None = None) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


# --- a case imagined, then what she would do in it -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "要是汤圆再便宜两块 我能订八袋",
    "如果后年还团蜜桔 我肯定要三箱",
    "假如能送到单位我天天订一份",  # a habit, and "…就好了" a wish: imagined whatever the case is about
    "要是能送到楼下就好了 我能订十份",
    "要不是还有货 我肯定要两份",  # contrary to fact: imagined whatever the case is about
    "早知道还有大个的 我一定订三箱",
    "要不是过年不在家 饺子我一定订三袋",
    "要是我家冰箱再大点 我就囤六箱牛奶了",
    "如果便宜点我也来两盒",
    "早知道这么甜 上周就该多订两箱橙子",
])
def test_what_she_would_order_in_a_case_imagined_is_no_order(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, amount", [
    ("要是还有芝麻馅的就来两袋", 2),  # the goods' kind or stock: a real condition with an order after it
    ("如果能送到小区门口 我要三箱", 3),
    ("我肯定要两份 如果还有的话", 2),  # the "would" before the "if": eager, not imagined
    ("如果明天还有货 我肯定要两份", 2),  # stock, kind, delivery: a real condition even with 肯定/一定
    ("要是还有 我一定来三袋", 3),
    ("如果有大个的 我肯定要一箱", 1),
    ("如果周六能自提 我肯定要两份", 2),
    ("假如周六能到 我肯定来两箱", 2),
])
def test_a_condition_of_the_goods_or_the_stock_still_orders(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.intent == intents.ORDER and reading.amount == amount


# The gap after the "if" stays bounded on a long run of ifs: counted, not timed, in benchmarks/linear_growth.py ("if-gap").


def test_imagined_needs_a_would_after_the_if():
    assert order_checks.imagined("要是再便宜点我能买五袋")
    assert not order_checks.imagined("要是还有的话 我要五袋")
    assert not order_checks.imagined("我能买五袋吗")  # no "if": a question, read elsewhere


# --- a share's count typed as a bare digit after whose it is ----------------------------------------------------------------

def test_shares_typed_as_bare_digits_are_summed():
    assert _read("橙子：我3，邻居刘姐1") == ("order", 4, True)


def test_shares_of_others_only_typed_as_bare_digits_are_asked_with_their_sum():
    assert _read("帮楼下几位报一下：王奶奶1 赵爷爷2 孙阿姨2") == ("order", 5, False)


def test_a_single_bare_count_is_unchanged():
    assert _read("汤圆3", "汤圆") == ("order", 3, True)


# --- repeats folded: one pattern each ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [("腊肠我要两包孩子爱吃", 2), ("我要三瓶 老人喝", 3)])
def test_a_remark_after_a_pack_count_leaves_the_count(text, amount):
    assert _read(text) == ("order", amount, True)


def test_where_she_lives_is_no_count():
    assert re.fullmatch(intents.LIVES_IN, "三栋") and re.fullmatch(intents.LIVES_IN, "5栋302")


def test_a_total_settled_after_someone_joined_is_not_summed():
    assert _read("我来一罐蜂蜜，老公说他也要，就两罐") == ("order", 2, True)


# --- a pack's size named by weight after its count -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["柚子要一箱 八斤那个", "小米来一袋，五斤装的", "苹果给我留一件 十斤的那种"])
def test_a_packs_size_by_weight_after_its_count_is_no_count(text):
    assert _read(text) == ("order", 1, True)


def test_a_weight_alone_is_still_the_count():
    assert _read("羊肉来三斤") == ("order", 3, True)
    assert intents.sizes_out("羊肉三斤那个") == "羊肉三斤那个"  # no other count left: the weight is the order


@pytest.mark.parametrize("text", ["羊肉两斤 牛肉三斤那种", "排骨两斤，五花肉三斤那个"])
def test_a_second_goods_weight_after_a_weight_is_its_count(text):
    assert _read(text) == ("order", 5, True)


# --- a count said again: a total in dialect, someone who eats none ------------------------------------------------------------

def test_a_total_said_in_dialect_is_not_added():
    assert _read("腊肉两斤 香肠一斤 拢总三斤") == ("order", 3, True)


def test_someone_who_eats_none_has_no_share():
    assert _read("我两袋 老公不爱吃 汤圆就两袋") == ("order", 2, True)


# --- a 接龙 plus after where its owner lives and her name -------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [("阳光小区王姐+1", 1), ("河口镇小周+2", 2), ("3栋刘姨+1", 1)])
def test_a_plus_after_where_she_lives_and_her_name_orders(text, amount):
    assert _read(text) == ("order", amount, True)
