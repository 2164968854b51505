"""q24: question precision on fresh text — the entry's veto judges the clause a story leads up to, one idea of whom a
message is put to, something lost is no return; a school's or a workplace's calendar and the calendar itself, her
household called, a member called by name and spoken to as "you", named goods' pickup asked.

The examples are the engineer's own, written from how members talk in store groups; none is a corpus line. Every
case but the guards (marked) fails on main b35d742d / f773c040."""
from __future__ import annotations

import pytest

from bot.questions.asking import read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)


def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


# --- the entry's veto judges the clause a story leads up to -------------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("孙子昨天咳了一晚上 我跟他爸都没睡好 今天上班都打瞌睡 蜂蜜还有货吗", "catalogue"),
    ("上礼拜带孙子回了趟老家 坐了八个钟头的车 今天才缓过来 年货啥时候能拿", "catalogue"),
])
def test_a_question_after_a_story_of_her_day_is_asked(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


# --- something lost is no return ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["手套唔见咗 点算", "钥匙唔见咗 点算", "刚买的保温杯弄丢了 怎么办"])
def test_something_lost_goes_to_the_staff_not_the_returns_answer(faq, text):
    assert _reading(faq, text) == (True, None)


def test_a_return_with_the_receipt_lost_stays_a_return(faq):  # guard
    assert _reading(faq, "小票丢了还能换吗") == (True, "returns")


# --- whom it is put to ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "孙女啥时候放暑假啊", "学校几号开学啊", "你们工地上礼拜发工资了没",  # a school's or a workplace's calendar
    "老伴儿，店里几点关门来着", "老头儿，汤圆还有没有", "亲爱的明天几点下班",  # her household called
    "陈姐，你看看我那份记上没",  # a member called by name, then spoken to as "you"
    "后天是不是礼拜六？", "对了 三月三是几号？", "端午节是哪天呀",  # the calendar itself
])
def test_questions_put_to_someone_else_ask_the_store_nothing(faq, text):
    assert _reading(faq, text)[0] is False


def test_the_shop_called_by_its_role_is_still_asked(faq):  # guard
    assert _reading(faq, "店长 你们几点开门") == (True, "hours")


@pytest.mark.parametrize("who", ["店长", "团长", "客服", "群主", "贵店"])
def test_the_shop_by_any_of_its_names_is_asked_alike(faq, who):  # (review: one table, read by its effect)
    assert _reading(faq, f"{who}，这周日几点关门") == (True, "hours")


# --- review of q24: who is called, and what follows the call ----------------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("赵姐你好 后天还营业吗", "hours"), ("阿珍你好，腊肠还有货吗", "catalogue"),  # a greeting's 你好 is no one spoken to
    ("亲爱的客服，周日几点关门", "hours"), ("亲爱的 团长 汤圆到了没", "catalogue"),  # 亲爱的 before the staff
])
def test_a_greeting_before_the_question_leaves_it_asked(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", [
    "这个挂面是你们厂家直供的吗", "你们工厂加工的牛肉干能放多久",  # the maker of the goods, not the members' workplace
    "放寒假了吗？你们书包打不打折", "孩子开学了没 店里校服还有吗",  # a calendar, then the shop asked
])
def test_the_shop_asked_after_a_maker_or_a_calendar_is_asked(faq, text):
    assert _reading(faq, text)[0] is True


@pytest.mark.parametrize("text", ["赵姐你好，你看看我那份记上没", "亲爱的，你几点下班", "你们厂里几点下班", "开家长会了吗？"])
def test_the_member_called_or_her_calendar_still_asks_nothing(faq, text):  # guards
    assert _reading(faq, text)[0] is False


def test_goods_another_body_hands_out_are_not_the_catalogues(faq):
    assert _reading(faq, "居委会发的鸡蛋哪里领")[1] != "catalogue"


# --- what is asked about --------------------------------------------------------------------------------------------

def test_named_goods_pickup_is_the_catalogues(faq):
    assert _reading(faq, "腊肉几时可以拿") == (True, "catalogue")
