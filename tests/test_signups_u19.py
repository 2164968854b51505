"""Recognising a sign-up (U19, issue 18): chat around an event that only looks like one — taking part denied, signing up
told of as a thing that happens, an exam's sign-up, an "if" that is not so, nowhere to go — stays silent; a party replied
under the event's post quoted first is read as the party under the post. Sentences written for each mechanism, both ways,
read as the bot reads them with an event open (``signup_reading``, the shipped models)."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.language import signups
from bot.language.intents import SIGNUP, SIGNUP_CANCEL


def read(text: str):
    return signup_reading(text)


def signed_up(text: str) -> bool:
    """Any sign-up reading at all, acted on or asked."""
    reading = read(text)
    return reading is not None and reading.intent == SIGNUP


@pytest.mark.parametrize("text", [
    "我们这回不参加哦 大家玩好",  # 参加 denied: never joining
    "下礼拜的我没参加 太远",
    "每回报名我都抢不上 手太慢",  # signing up as a thing that happens
    "报名都是上班族 我们抢不上",
    "那个报名都报不进去 算了",
    "考研报名那个网站又崩了 刷半天",  # an exam's sign-up
    "不是报名 我就问问几点开始",  # a sign-up denied
    "要不是加班 我们一家三口都去",  # an "if" that is not so
    "要是没那么远 我们全家都去",
    "如果有周日下午的场次我就报 上午要带孙子",
])
def test_chat_that_looks_like_a_sign_up_is_not_one(text):
    assert not signed_up(text)


def test_nowhere_to_go_is_no_cancel():
    reading = read("这个月腿摔了 哪儿也去不了")
    assert reading is None or reading.intent != SIGNUP_CANCEL


@pytest.mark.parametrize("text, party", [
    ("我参加 就我自己", 1),  # 参加 said, not denied
    ("如果周六不加班 算我一个", 1),  # a firm condition of her own day stays a sign-up (U11)
    ("报个名 我和我妈", 2),
    # the reviewer's phrasings: an "if" or a remark on signing up before her own sign-up with a head count
    ("要不是你提醒 差点忘了 我和老伴两个报名", 2),
    ("怕报不上，赶紧报名 我和老伴两个", 2),
    ("怕抢不上 先报名 我们三个", 3),
    ("每次报名我都来 这次也算我一个", 1),
    ("如果这样的话我们三个报名", 3),
])
def test_sign_ups_beside_those_words_stay(text, party):
    reading = read(text)
    assert reading is not None and reading.intent == SIGNUP and reading.amount == party


def test_cancels_said_plainly_stay():
    reading = read("周日的讲座我们都去不了了")
    assert reading is not None and reading.intent == SIGNUP_CANCEL


@pytest.mark.parametrize("text", [
    "「小周：周日上午十点 社区门口集合健步走 想去的接龙」\n我和我家老头",
    "「周六包粽子 限15组」\n我和我家老头",
])
def test_a_party_under_the_quoted_post_is_read_there(text):
    assert signups.reply_to_post(text)[0] == "我和我家老头"
    assert signed_up(text)


@pytest.mark.parametrize("text", [
    "「李姐：报名 两个人」 我和我家老头",  # someone's sign-up quoted, not the post
    "「我：周日我们包粽子」 我和我家老头",  # her own words quoted
    "「今天天气真好」 我和我家老头",  # no event's post
])
def test_other_quotes_are_no_post(text):
    assert signups.reply_to_post(text) == []


def test_the_events_name_beside_a_question_is_no_party():
    """U17 reads a party silenced by a question on its own clauses; the event's name alone names no one."""
    from bot.config.loader import load_yaml_model
    from bot.config.schema import GroupSettings
    from bot.questions.asking import party_beside_question
    from bot.questions.faq import ENTRIES, SHIPPED, Faq

    faq, threshold = Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold
    assert party_beside_question("下周六剪纸体验课，有多少人想来？", faq, threshold) is None
    assert party_beside_question("剪纸课我和老头儿两个，几点开始嘞", faq, threshold) is not None
