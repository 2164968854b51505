"""S16: parents as members call them, 老婆子 as herself, 签上 asked for a grown-up, the streak told before today's act;
and the whole-decision score that signs in what the rules leave silent only where no sure look-alike cue is — on
phrasings written for each mechanism, both ways."""
from __future__ import annotations

import pytest

from bot.language import signin_model
from bot.language.intents import Reading
from bot.language.signin_model import Card, SigninModel
from bot.language.signins import look_alike_cues, read_signin, rescue_context
from bot.rules.ad_model import AdModel
from tests.test_signins_i13 import TRIGGERS, signs_in


@pytest.mark.parametrize("text", [
    "给俺爹也签上", "替俺娘签个到", "帮我老娘签个到", "帮我老母亲签个到", "给我姆妈也签个到", "帮我老伴签好",
    "老婆子今天也来签到", "老婆子来打个卡喽", "连续签了二十天了 今天继续签到", "坚持签了半年 今天照常签到",
])
def test_household_and_streak_sign_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", [
    "我娘签到了", "俺爹天天签到", "我家老婆子签到了", "帮我签上合同", "连着签了一个月了 今天忘了", "连着签了一个月 有啥用",
    "天天签 签了一年了",
])
def test_their_look_alikes_stay_silent(text):
    assert not signs_in(text)


# Look-alikes of every kind the rules leave silent, some with a cue the score may never overrule, some without one.
@pytest.mark.parametrize("text", [
    "我老公帮我签到了", "签名", "签字", "爸你别点错了 那个群里签", "退休以后天天签到打卡 这位阿姨的生活真充实", "明天再签到吧",
    "昨天忘了签到", "补签一下昨天的", "小区门口扫码签到", "医院挂号要先签到", "公司年会签到处在二楼", "请大家每天记得签到",
    "签到怎么弄啊", "签到有什么用", "我孙女教我签到", "她每天都来签到", "上班打卡又迟到了", "健身房打卡第三天", "签到表放在前台",
    "今天签到的人真多", "快递到了帮我签一下", "【每日签到】回复“签到”领积分",
])
def test_look_alikes_stay_silent_with_the_score(text):
    assert not signs_in(text)


def test_a_sure_cue_is_never_overruled():
    # 回复“签到”, a question, another day, a quote, a notice's 【】: the rules are sure, the score is not asked
    for text in ("回复“签到”领积分", "签到了吗", "昨天的签到", "「签到」", "【签到】", "替我签一下", "帮他签个字"):
        assert rescue_context(text) is None, text
    assert rescue_context("给俺娘也签上") is not None


def test_the_score_rescues_only_past_its_bar():
    # a score that says yes to everything rescues a silent message without a sure cue, never one with such a cue
    always = SigninModel(AdModel(0.0, {}, {}), whole=AdModel(20.0, {}, {}))
    never = SigninModel(AdModel(0.0, {}, {}), whole=AdModel(-20.0, {}, {}))
    text = "打工人也要签到"  # silent by the rules (要签到 reads as a duty)
    assert read_signin(text, TRIGGERS, partner=False) is None
    assert read_signin(text, TRIGGERS, partner=always) == Reading("signin")
    assert read_signin(text, TRIGGERS, partner=never) is None
    assert read_signin("签到怎么弄啊", TRIGGERS, partner=always) is None


def test_no_rescue_after_the_card_score_vetoes():
    # a 打卡 the 打卡 score vetoes is not signed in again by the whole-decision score
    both = SigninModel(AdModel(-20.0, {}, {}), whole=AdModel(20.0, {}, {}))
    assert read_signin("降压药打卡", TRIGGERS, partner=both) is None


def test_cues_name_where_they_stand():
    cues = look_alike_cues("昨天忘了签到")
    assert {"day", "b:day"} <= cues
    assert "a:noun" in look_alike_cues("签到表在哪")


def test_shipped_model_carries_the_whole_decision_score():
    model = signin_model.shipped()
    assert model is not None and model.whole is not None
    card = Card("", "", 0, 1, False, card=False)
    assert 0.0 <= model.whole_probability(card, frozenset()) <= 1.0
