"""O14: the learned scores' say on the rules' readings and the partner's guesses, and verbs of noting or keeping with
their complement (docs/language.md, "O14"). The examples are the engineer's own, not corpus lines."""
from __future__ import annotations

from dataclasses import replace

import pytest

from bot.chain.text import OrderParts, finished, order_reading
from bot.language import order_guess
from bot.language.intents import CHANGE, ORDER, Reading
from bot.language.order_guess import Evidence, Thresholds


def _read(text: str, item: str | None = None):
    reading = order_reading(text, item)
    return (reading.intent, reading.amount, reading.sure) if reading else None


# --- a verb of noting or keeping with its complement ------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("烧白帮我记起两份哈", 2),  # Sichuan 记起
    ("给我记倒三份嘛", 3),
    ("帮我留着一份 晚上拿", 1),
    ("麻烦给我记下两份", 2),
    ("先给我留起两盒", 2),
])
def test_a_complement_after_noting_or_keeping_is_no_product(text, amount):
    assert _read(text, "烧白") == (ORDER, amount, True)


@pytest.mark.parametrize("text", ["给您记下两份了", "已记下两份", "我记下了两份的量"])
def test_the_staffs_receipt_stays_no_order(text):
    assert _read(text, "烧白") is None


# --- the thresholds (all off as shipped but those ``THRESHOLDS`` names) ----------------------------------------------

_SURE_FOUND = Evidence(p_order=0.985, share=0.99, amount=2, strength=0.95)
_ASKED_GUESS = Reading(ORDER, 2, sure=False)


def test_the_partners_asked_guess_is_acted_on_when_the_ranker_agrees():
    limits = Thresholds(settle_guess=0.98)
    assert order_guess.choose(_ASKED_GUESS, _SURE_FOUND, limits).sure
    assert not order_guess.choose(_ASKED_GUESS, replace(_SURE_FOUND, amount=3), limits).sure  # another count
    assert not order_guess.choose(_ASKED_GUESS, replace(_SURE_FOUND, values=2), limits).sure  # several counts
    assert not order_guess.choose(_ASKED_GUESS, replace(_SURE_FOUND, strength=0.5), limits).sure  # no count ordered
    assert not order_guess.choose(Reading(CHANGE, 2, sure=False), _SURE_FOUND, limits).sure  # a change stays asked
    assert not order_guess.choose(_ASKED_GUESS, _SURE_FOUND, Thresholds(settle_guess=2.0)).sure


def _parts(item: str, p_rule: float | None, sure: bool = True) -> OrderParts:
    rule = Reading(ORDER, 2, sure=sure, item=item)
    return OrderParts("我要两份甲乙", rule, rule, None, p_rule)


def test_a_sure_reading_the_score_rules_out_is_asked():
    limits = Thresholds(doubt_rule=0.05)
    assert finished(_parts("", 0.01), None, limits).sure is False
    assert finished(_parts("", 0.5), None, limits).sure is True
    assert finished(_parts("", None), None, limits).sure is True  # not scored: no model


def test_unknown_product_words_kept_when_the_score_says_order():
    limits = Thresholds(keep_unknown=0.95)
    assert finished(_parts("甲乙", 0.99), None, limits) is not None
    assert finished(_parts("甲乙", 0.9), None, limits) is None
    assert finished(_parts("甲乙", 0.99), "鸡蛋", limits) is None  # the open product known: its name decides


# --- more on one's order by the verbs of noting, and a plus sign after 再 ---------------------------------------------

@pytest.mark.parametrize("text", ["老伴也想吃 帮我多记一份", "给我多写一份", "烧白再➕一份", "我还得要一份"])
def test_more_by_noting_or_a_plus_after_again_is_a_change(text):
    reading = order_reading(text, "烧白")
    assert (reading.intent, reading.amount, reading.add, reading.sure) == (CHANGE, 1, True, True)


def test_a_plain_plus_stays_an_order():
    assert _read("➕1", "烧白") == (ORDER, 1, True)


# --- chat in an order's shape: a price said with 多, what she will cook, an order asked of someone else ---------------

def test_more_than_a_price_is_no_change():
    reading = order_reading("一箱橙子六十 算下来三块多一斤", None)
    assert reading is None or not reading.sure
    assert _read("再多称一斤", "橙子") == (CHANGE, 1, True)


@pytest.mark.parametrize("text", ["周末家里要炖两斤牛腩", "今晚要熬一锅粥"])
def test_what_she_will_cook_is_no_order(text):
    assert _read(text) is None


def test_an_order_asked_of_another_member_for_a_third_is_not_acted_on_as_a_guess():
    from bot.language import intent_model

    assert not intent_model._actable(Reading(ORDER, 1), "小妹你帮姥姥在群里订一份 她不会弄")
    assert intent_model._actable(Reading(ORDER, 1), "店长你帮我订一份")


@pytest.mark.parametrize("text", ["+1 这家牛肉确实好", "+1 橘子的确甜"])
def test_a_plus_agreeing_with_a_verdict_is_no_order(text):
    assert _read(text) is None


def test_a_verdict_beside_an_order_keeps_the_order():
    assert _read("橙子确实甜 给我来两箱") == (ORDER, 2, True)
