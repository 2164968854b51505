"""S17: look-alikes that tell of signing in rather than do it — the reply instruction typed without quotes, a tally, someone
else's rank, the trigger taught as a word, her habit told, a party's 报到, a pursuit's emoji beside 打卡 — silent however the
message is cut or scored; and the sign-ins beside them kept. Phrasings written for each mechanism, both ways."""
from __future__ import annotations

import pytest

from bot.language.signin_model import SigninModel
from bot.language.signins import read_signin, rescue_context
from bot.rules.ad_model import AdModel
from tests.test_signins_i13 import TRIGGERS, signs_in


@pytest.mark.parametrize("text", [
    "回复签到领积分", "回复签到即可领取积分", "每天回复签到送鸡蛋", "每日回复签到 积分翻倍", "【通知】回复签到领积分，满100分换鸡蛋",
    "输入签到参与抽奖", "回复打卡就行", "在群里发签到就有积分", "只要发签到就能领", "明天开始回复签到有双倍积分",
])
def test_the_reply_instruction_without_quotes_is_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "【签到统计】今天共38人签到", "今天共有50人签到", "截至中午 已有36人签到", "今天23人签到 比昨天多", "今日签到人数：42人",
    "王姐签到又是第一名", "今天签到第一名是老李", "李叔签到又是第一个", "元旦快乐~张姐签到又是第一个", "今天最早的是王奶奶 签到五点半",
])
def test_a_tally_or_someone_elses_rank_is_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "妈你别发语音 打字 签到 两个字", "爸 你就发签到俩字就行", "你打签到两个字就可以了", "奶奶你看 先点这里 再打签到",
    "签到就是发两个字 签到 就完事", "教你 发个签到就行", "婆婆 你就在群里打签到",
])
def test_the_trigger_taught_as_a_word_is_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "我一般中午才签到", "我通常晚上想起来签到", "我平时都是早上签到", "我每次都是吃完饭签到", "签到真是个好习惯",
    "腰鼓队的两个报到", "我们三个报到", "舞蹈队四个人报到", "姐妹们快来签到", "邻居们都来签到",
    "📖打卡 读了二十页", "🎹打卡 练了半小时", "🏃‍♀️打卡 五公里", "🏊打卡 一千米", "今天走了一万二千步 打卡", "八千步打卡",
    "网友：每天签到打卡 坚持了十年", "这位阿姨每天签到打卡 晚年生活真丰富",
])
def test_a_habit_a_party_a_call_or_a_pursuit_is_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "回复一下 签到", "签到 刚回复完店长的消息", "签到 今天又是第一个", "第一个签到的是我", "签到第一名哈哈", "我和老伴两个人签到",
    "签到 俩字打了半天", "签到 这两个字我终于会打了", "是不是发签到两个字就行 签到", "签到 今天走了一万步", "报到",
    "今天报个到", "签到 大家都签了没", "签到 姐妹们快来签到", "💪打卡 今天也加油", "打卡📖", "签到 积分攒着换鸡蛋",
])
def test_the_sign_ins_beside_them_stay(text):
    assert signs_in(text)


def test_what_is_told_for_sure_is_never_cut_or_scored_into_a_sign_in():
    # cut after 签到, "今天签到" alone would sign in; the whole message is a rank told, and the score is not asked either
    always = SigninModel(AdModel(0.0, {}, {}), whole=AdModel(20.0, {}, {}))
    for text in ("今天签到第一名是老李", "王姐签到又是第一个雾好大", "回复签到领积分", "今天共有50人签到", "教你 发个签到就行"):
        assert read_signin(text, TRIGGERS, partner=always) is None, text
    for text in ("网友：每天签到打卡 坚持了十年", "今天23人签到 比昨天多"):
        assert rescue_context(text) is None, text


@pytest.mark.parametrize("text", [
    "先去买菜 回来再签到", "吃完早饭再签到", "等会儿洗了碗再签到", "我们单位也开始搞签到了", "签到就像每天跟老姐妹问声好",
])
def test_later_a_feature_or_a_likeness_is_silent(text):
    assert not signs_in(text)


# Voice input without a stop: her sentence ended by 了 or her own start of the act (先, 顺便, 我来) before it, a sentence
# of her own after it (顺便…, a question to the group that names neither the trigger nor its points).
@pytest.mark.parametrize("text", [
    "孙女送到幼儿园了签到", "腿不疼了我先签个到", "刚跳完广场舞回来顺便签到", "外面路滑不出门了俺来签到",
    "签到顺便问一句豆腐到了没", "签到大家吃早饭了吗", "签到今天几点开门呀", "快递取回来了赶紧签个到",
])
def test_voice_input_without_stops_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", [
    "签到今天有积分吗", "签到积分怎么算", "我忘了签到", "为了签到定了闹钟",
    "签到顺便领积分",
])
def test_voice_look_alikes_without_stops_stay_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", ["我都是起床先签到再做饭", "俺平时都是吃完早饭签到", "我一般送完孙子顺便签到"])
def test_her_habit_told_is_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", ["我平时都是早上签 今天晚了 签到", "我一般早上签 今天现在才来签到"])
def test_her_habit_beside_todays_act_signs_in(text):
    assert signs_in(text)
