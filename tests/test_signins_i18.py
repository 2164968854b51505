"""Issue 18, I18: sign-ins — a 不/没 in another sense run on by voice input beside the act; the repeats folded (the
"later" words, grown-up kin, Shanxi's 甚 read through the questions reader's table).

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from bot.config.schema import SignInSettings
from bot.language import people, signins
from bot.language.signins import read_signin

TRIGGERS = SignInSettings().triggers


def signs_in(text: str) -> bool:
    return read_signin(text, TRIGGERS) is not None


# Her state or the day's denied right before the act, no stop between (voice input): the 不/没 negates her night, the
# cold or her body, a predicate that takes no object, so the trigger starts her next sentence.
@pytest.mark.parametrize("text", [
    "今儿外头不冷签到", "昨晚上没睡好签到", "这两天腰不太舒服签到", "今天店里不忙签个到", "外面一点也不冷我来签到",
    "孙女还没睡醒签到", "膝盖不怎么疼了签到",
])
def test_state_denied_before_the_act(text):
    assert signs_in(text)


# After the act: her wondering, her surprise, closing the talk — nothing of signing in refused.
@pytest.mark.parametrize("text", [
    "签到不知道明天会不会下雪", "签到了不晓得今天菜价涨没涨", "我签到了不知道外面冷不冷", "签到不多说了", "签个到不聊了",
    "打卡了不知道老伴起床没有", "签到 没啥事 冒个泡",
])
def test_wondering_or_closing_after_the_act(text):
    assert signs_in(text)


# A 不/没 that does reach the act stays silent: right before it, a verb that takes it as its object or a modal, or what
# follows asks about the sign-in itself.
@pytest.mark.parametrize("text", [
    "天太冷不签到了", "这几天身体不舒服不想签到", "上礼拜一天都没顾上签到", "我这个月一天没落下签到", "不舒服没签到",
    "签到不知道有没有用", "签到不知道签上没", "签到没想到还要签满三十天", "昨天没睡好没签到",
])
def test_refusal_stays_silent(text):
    assert not signs_in(text)


def test_later_words_one_home():
    """Both readings of putting it off use the same words: the clause rule and the score's guard."""
    for later in ("等会儿再签到", "稍后再签到", "回头签到", "晚上再打卡", "晚点儿签到"):
        assert not signs_in(later)


def test_kin_from_people():
    """Grown-up kin come from people's words: a request for them signs in, their news does not."""
    assert signs_in("帮我表哥也签个到") and signs_in("给我岳母签一下到")
    assert not signs_in("我表哥签到了") and not signs_in("我岳父今天签到了")


@pytest.mark.parametrize("text", ["签到有甚好处", "签到干甚", "签到为甚没积分", "签到是甚意思"])
def test_shanxi_what_asks(text):
    """Shanxi's 甚 read as 什么 by the questions reader's table, also where it closes the message."""
    assert not signs_in(text)


# The whole-decision score weighs the message without the sentence of her day run on at its end: talk about signing in,
# or a place clocked in at, stays silent whatever weather follows it; a request before her remark is still weighed.
@pytest.mark.parametrize("text", ["坚持打卡真不容易今天好冷啊", "打卡故宫太阳出来了暖和", "社区义诊那会签到 你还记得不"])
def test_talk_then_her_day_stays_silent(text):
    assert not signs_in(text)


# One of her household urged by name is her call, however the score reads a greeting before it; a message quoted after a
# word of her day (a solar term) is someone else's words.
@pytest.mark.parametrize("text", ["亲们早安！老伴快签到", "姐妹们早 老伴你快签到 我早签完了",
                                  "冬至到了！回复 李大姐：签到\n李大姐天天最早"])
def test_others_call_or_quote_stays_silent(text):
    assert not signs_in(text)
