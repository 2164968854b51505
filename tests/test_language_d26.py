"""d26: the last session's leftovers in one place each — the count a last clause settles read by the whole-message checks,
one table of "if" words, of the times ahead and of Cantonese's 咗佢 — and two reading bugs: a count she likes is no order,
the weather's end asked is no question to the store. Every sentence is the engineer's own."""
from __future__ import annotations

import re

import pytest

from bot.chain.text import order_reading
from bot.config.loader import load_yaml_model
from bot.config.schema import GroupSettings
from bot.language import intents, order_checks, signins, signup_checks, signups
from bot.language.intents import CANCEL, ORDER, Reading
from bot.questions import asking
from bot.questions.faq import ENTRIES, SHIPPED, Faq

FAQ = Faq(load_yaml_model(SHIPPED, ENTRIES))
THRESHOLD = GroupSettings().faq.threshold


# 1. The count a last "那就 N" settles is one of the whole-message checks.

def test_the_checks_read_the_count_a_last_clause_settles_over_the_first():
    reading = order_checks.checked("腊肉两斤 老伴说三斤 那就三斤", Reading(ORDER, 2, item="腊肉"))
    assert reading == Reading(ORDER, 3, item="腊肉")


def test_a_count_settled_where_the_checks_read_no_order_is_asked():
    assert order_checks.checked("一盒十块，三盒三十 那就三盒吧", None) == Reading(ORDER, 3, sure=False)


@pytest.mark.parametrize("reading", [Reading(CANCEL), Reading(ORDER, 1, add=True)])
def test_a_cancel_or_a_count_added_is_not_settled_over(reading):
    assert order_checks.settled("腊肉两斤 老伴说三斤 那就三斤", reading) == reading


def test_the_handler_s_reading_takes_the_settled_count():
    reading = order_reading("粽子先来两个 闺女说四个 那就四个", "粽子")
    assert reading is not None and reading.intent == ORDER and reading.amount == 4  # (asked: main asks it too)


@pytest.mark.parametrize("text, amount", [("帮我记三盒，阿拉阿哥讲伊勿要，那就两盒", 2), ("给我记两份，老头子讲伊不吃，那就一份", 1)])
def test_a_story_then_a_settled_count_stays_sure(text, amount):
    """The O24 story and shares guards ask ``read_alone`` (the checks without the settling): with the settling in them, the
    story gave way to it and the order was only asked."""
    reading = order_reading(text, None)
    assert reading == Reading(ORDER, amount)


# 2. One table of "if" words.

@pytest.mark.parametrize("word", re.split(r"\|", intents.SUPPOSITION))
def test_every_reader_of_a_supposition_reads_every_if_word(word):
    assert signups._IF_SAID.search(word) and re.search(order_checks._IF, word) and signups._STORY_NOT.search(word)


def test_a_settling_after_a_supposition_is_none():
    assert order_checks.settled_last("倘若老伴也吃 那就两盒") is None


# 3. The times ahead: one table for the order readers and the sign-in reader.

@pytest.mark.parametrize("text", ["下一回再团我要两箱", "下一团我订三份"])
def test_the_next_round_s_order_is_none_now(text):
    assert order_reading(text, None) is None or not order_reading(text, None).sure


@pytest.mark.parametrize("text", ["明儿个俺也签到", "下周开始我也来签到", "过几天我再来签到"])
def test_a_sign_in_put_off_to_a_day_ahead_is_no_sign_in_now(text):
    assert signins.read_signin(text, ("签到",)) is None


# 4. One table of an age in years; one of 咗佢.

def test_an_age_in_years_is_one_table():
    assert signup_checks._AGE.pattern.startswith(signups.AGE_IN_YEARS)
    assert signup_checks._AGE.search("细佬八岁")["n"] == "八"
    assert not signup_checks._AGE.search("六岁以上")


@pytest.mark.parametrize("text", ["帮我取消咗佢啦", "我嗰份删咗佢"])
def test_done_with_it_in_cantonese_is_a_cancel(text):
    reading = order_reading(text, None)
    assert reading is not None and reading.intent == CANCEL


# 5. A count she likes; the weather's end.

@pytest.mark.parametrize("text", ["最爱三斤小龙虾下酒", "就喜欢两个卤蛋配粥", "我最爱喝两瓶冰啤酒", "特别爱吃一碗酸辣粉当夜宵"])
def test_a_count_she_likes_is_no_order(text):
    assert order_reading(text, None) is None
    assert order_reading(text, "小龙虾") is None


@pytest.mark.parametrize("text, amount", [("最爱小龙虾 给我来三斤", 3), ("就喜欢两个卤蛋 给我留两个", 2), ("我爱两份", 2)])
def test_an_order_beside_a_liking_and_a_bare_regional_want_still_order(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.intent == ORDER and reading.amount == amount


@pytest.mark.parametrize("text", ["河边的雾几点能散哦", "山上的雾什么时候能散啊", "雾几点能散", "这雨要几点才停", "外面的霾啥时候散"])
def test_the_weather_s_end_asked_is_no_question_to_the_store(text):
    assert not asking.read(text, FAQ, THRESHOLD).asks


@pytest.mark.parametrize("text", ["雨这么大 店里几点关门", "店里几点开门"])
def test_the_shop_asked_beside_the_weather_still_asks(text):
    assert asking.read(text, FAQ, THRESHOLD).asks
