"""q19: someone at the shop at an hour asks its hours, however the learned topic weighs the words; a question beside an
order about how she gets her goods (sent, collected another day, after the 接龙) or an event's places is passed on, not
taken for the order's own.

The examples are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.config.schema import GroupSettings
from bot.questions.asking import question_beside, read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)



def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


@pytest.mark.parametrize("text", [
    "周六下午店里有人不", "晚上七点过去还有人吗", "礼拜天上午有没有人在店里", "这会儿店里还有没有人呀",
])
def test_someone_at_the_shop_at_an_hour_asks_its_hours(faq, text):
    assert _reading(faq, text) == (True, "hours")


@pytest.mark.parametrize("text", [
    "明天有人去吗", "周末有人一起去爬山吗",  # someone going, or somewhere else than the shop
    "晚上有人在群里吗",  # in the group: a member, whatever the hour (q21)
])
def test_someone_elsewhere_at_an_hour_is_no_hours_question(faq, text):
    assert _reading(faq, text)[1] != "hours"


@pytest.mark.parametrize("text, question", [
    ("我要两份，还能送到小区吗", "还能送到小区吗"),  # 还能 of sending, not of ordering
    ("给我留一袋 能改天拿吗", "能改天拿吗"),  # 改天: another day, no change of the order
    ("草莓两盒 接龙后在哪拿", "接龙后在哪拿"),  # after the 接龙: where to collect
    ("汤圆一份 顺便问下烘焙还有名额吗", "顺便问下烘焙还有名额吗"),  # an event's places
])
def test_how_she_gets_her_goods_beside_an_order_is_passed_on(faq, text, question):
    beside = question_beside(text, faq, GroupSettings().faq.threshold, orders=True)
    assert beside is not None and beside[1] == question


@pytest.mark.parametrize("text", [
    "还能接龙吗 草莓两盒", "我要两份，还能拿吗", "鸡蛋一板 还可以取吗",  # whether the order can still be had: its own
    "我要三袋 还能改成两袋吗", "截单了没 没截的话粽子再加一份", "还有货吗 给我留一箱",
])
def test_the_orders_own_questions_stay_the_orders(faq, text):
    assert question_beside(text, faq, GroupSettings().faq.threshold, orders=True) is None


@pytest.mark.parametrize("text, topic", [
    ("学太极那天店里几点关门", "hours"),  # the shop's opening named: an event only dates it
    ("我能把我表姐拉进群吗", "rules"), ("俺可以把楼下的老姐妹拉进来不", "rules"),  # leave to invite, no sign-up
    ("苹果撒价钱", "catalogue"), ("芒果撒时候到货", "catalogue"),  # Shaanxi 撒 = 啥 before 价 and 时候
])
def test_the_entry_asked_by_mechanism(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", [
    "包粽子是啥馅的 我不吃肉", "剪窗花的纸是店里准备的不",  # a festival craft's goods are the event's: the staff answer
    "老人去有优惠吗 我七十了",  # what going costs, not the goods' price
    "写春联是几号办啊问号",  # the date of an event, not the calendar; voice input's 问号 after 啊
])
def test_an_events_matters_get_no_entry(faq, text):
    assert _reading(faq, text) == (True, None)


@pytest.mark.parametrize("text", [
    "冬至是几号", "今天是几号啊",  # the calendar
    "那天是几号来着", "腊八是几号来着",  # 来着: "what was it again", said to oneself (not 来 = coming)
])
def test_no_question_to_the_store(faq, text):
    assert not _reading(faq, text)[0]



# 问号 spoken after 啊 thousands of times makes thousands of clauses, of which only a few are tried as the question: counted,
# not timed, in benchmarks/linear_growth.py ("spoken-marks").
