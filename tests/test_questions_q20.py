"""q20: the open event's matters asked without its name, her own order asked after, a question before her reason heard by
the learned score, regional forms (好多钱, 好久, 多会儿, 有嘛用, 几多), the owner called fondly mid-message; and the chat
that must stay chat beside each.

The examples are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.questions.asking import read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)



def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


@pytest.mark.parametrize("text", [
    "老人去要另外交钱不", "大人收多少钱啊", "要带点什么不", "人满了吗", "刮大风还办吗", "现在报名还来得及吗",
    "小孩自己去可以吗", "大巴几点从哪出发",
])
def test_the_open_events_matters_ask_without_its_name(faq, text):
    assert _reading(faq, text) == (True, None)


@pytest.mark.parametrize("text", [
    "冰箱满了", "这么快就满了吗", "不知道明年还办不办", "我家老人去年去过了",
])
def test_the_same_words_told_or_wondered_ask_nothing(faq, text):
    assert not _reading(faq, text)[0]


@pytest.mark.parametrize("text", [
    "我早上报的你记上没", "我接上了没有呀", "我女儿帮我报的名 登记上了没", "我的名字是不是漏写了",
])
def test_her_own_order_asked_after_is_the_staffs(faq, text):
    assert _reading(faq, text) == (True, None)


@pytest.mark.parametrize("text", [
    "文件我发你邮箱了 收到没", "你们报上了没", "我接上了",
])
def test_what_is_not_her_order_asked_after_stays_chat(faq, text):
    assert not _reading(faq, text)[0]


@pytest.mark.parametrize("text", [
    "插花课是礼拜几", "读书会是星期几啊", "义剪是免费的吧？", "我是订的两份吧？",
])
def test_an_events_weekday_and_a_confirmation_with_ba_ask(faq, text):
    assert _reading(faq, text)[0]


@pytest.mark.parametrize("text", ["今天礼拜几", "这也太贵了吧？", "明天该降温了吧？"])
def test_the_calendar_and_a_judgement_stay_chat(faq, text):
    assert not _reading(faq, text)[0]


@pytest.mark.parametrize("text, topic", [
    ("核桃好多钱", "catalogue"), ("这个腊肉好多钱哦", "catalogue"),  # the south-west's 好多钱 ending the question
    ("菠萝多会儿能到", "catalogue"),  # Shanxi 多会儿 before what comes
    ("签到有嘛用", "points"),  # Tianjin 嘛 = 什么
    ("手套有几多个颜色", "catalogue"),  # Cantonese 几多
    ("芒果还有吗宝 想买点", "catalogue"),  # the owner called fondly before her reason
    ("送到小区门口要加钱不咯", "delivery"),  # 咯 after the particle
])
def test_regional_forms_ask_the_entry(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", ["上个月看病花了好多钱", "没多会儿就抢完了", "等了好久哦", "好久不见呀"])
def test_the_same_words_in_chat_ask_nothing(faq, text):
    assert not _reading(faq, text)[0]


@pytest.mark.parametrize("text", [
    "核桃能寄到北京不 给我儿子寄", "店门口那块能停电动车吗 我骑车来", "你们招不招小时工 我放假想去帮忙",
])
def test_a_question_before_her_reason_asks(faq, text):
    assert _reading(faq, text)[0]


@pytest.mark.parametrize("text", [
    "腊肉能寄到深圳不 我猜不行", "你们招不招小时工 纠结要不要去",  # a reaction after it: the whole message is read
])
def test_a_question_before_a_reaction_is_read_whole(faq, text):
    assert not _reading(faq, text)[0]


def test_a_closing_bu_after_what_comes_with_the_event_asks_no_sign_up():
    assert signup_reading("参加讲座有礼品不") is None or not signup_reading("参加讲座有礼品不").sure
    reading = signup_reading("我和老伴参加讲座")
    assert reading is not None and reading.intent == "signup" and reading.amount == 2


@pytest.mark.parametrize("text", [
    "修车好多钱啊", "住院好多钱呀！", "坐个出租好多钱哦 太贵了", "哭有嘛用 睡一觉", "你姐多会儿来玩",  # review 6
    "上次的包裹好久才送来",  # review 7: 好久才 is a complaint
])
def test_regional_forms_without_the_stores_goods_ask_nothing(faq, text):
    assert not _reading(faq, text)[0]


# The review's (lead's mend): a fond call kept where the question is about the one called; 算上 of something else and
# a call picked up are no list of the store's.
@pytest.mark.parametrize("text", ["到家了吗宝 路上慢点", "睡了吗宝 明天还上班呢", "我老伴的退休金算上了吗", "我电话你接上了没"])
def test_a_question_about_the_one_called_or_not_the_list_stays_chat(faq, text):
    assert not _reading(faq, text)[0]


@pytest.mark.parametrize("text", ["我报的名算上了吗", "我接上了没有呀"])
def test_her_name_counted_on_the_list_is_still_asked(faq, text):
    assert _reading(faq, text) == (True, None)


@pytest.mark.parametrize("text", ["孩子坐高铁要买票不", "小孩打疫苗要交钱不"])
def test_another_places_fee_for_a_child_is_no_event_matter(faq, text):
    assert not _reading(faq, text)[0]
