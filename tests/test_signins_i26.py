"""Issue 18, i26: sign-in precision on the newest writers' text, by mechanism — a region's "not" before the act, a region's
day and person, someone's daily bidding, the trigger naming a thing; then misses — the north-west's 的很 and "have you
eaten?" run on into the act by voice input. Look-alikes stay silent; her own act beside the same words still signs in.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from bot.language import signins
from tests.test_signins_i13 import signs_in


# A region's "not" right before the act: Cantonese, Hakka and Xiang 冇 and Cantonese 未 (没), 唔, Wu 勿/覅 (不), 唔使 (不用).
@pytest.mark.parametrize("text", [
    "前两日落雨冇签到",
    "今日仲未签到呀",
    "我还冇打卡",
    "佢话唔签到都得",
    "我屋里老头子从来勿签",
    "覅签到了 麻烦死了",
    "唔使签到嘅",
    "昨天冇千到",  # the trigger typed by its sound
])
def test_a_region_s_not_before_the_act_stays_silent(text):
    assert not signs_in(text)


# The question tag "吃了冇" / "食饱未" before the act, a stop typed or not, and 冇 after it, stay hers.
@pytest.mark.parametrize("text", [
    "饮咗茶未？签到",
    "签到，冇问题嘅",
    "大家早晨 签到",
    "签咗到",
])
def test_a_question_tag_or_a_not_elsewhere_still_signs_in(text):
    assert signs_in(text)


# A region's yesterday, tomorrow, "you" and third person as the rules' words name them.
@pytest.mark.parametrize("text", [
    "琴日签咗到嘅",
    "尋日签到咗",
    "夜来签过了",
    "听日先签到",
    "明朝再来签到",
    "佢今朝签到咗",
    "伊早就签到了",
    "渠签过了",
    "侬签到了伐",
])
def test_a_region_s_day_or_person_makes_it_told(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "签到，明朝要去外婆屋里",
    "帮阿婆签一个 伊手机勿会弄",
    "帮我阿爸签个到，渠唔识用",
    "今日签到 伊宁好冷",  # a place's name, not 伊
    "外婆叫我帮伊签个到",  # Wu 伊 as 她: her relative's request, done by her
    "侬早 签到",
])
def test_her_act_beside_a_region_s_words_still_signs_in(text):
    assert signs_in(text)


# Someone's daily bidding told: what she is bid to do every day, not done now.
@pytest.mark.parametrize("text", [
    "我囡日日叫我签到",
    "阿仔成日催我签到",
    "孙女每天让我帮她签到",
    "张姐叫我每日签到",
    "群主每天都叫我签到",
    "阿妈让我日日帮她签到",
])
def test_a_daily_bidding_told_stays_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "帮我外婆签一下 她叫我每天帮她签",
    "我妈让我帮她签到",
    "日日都系好天 签到",
])
def test_her_act_beside_a_bidding_still_signs_in(text):
    assert signs_in(text)


# 日日 is the south's 天天: "日日签到" talks about the habit as "天天签到" does.
def test_every_day_in_the_south_s_word_is_the_habit():
    assert not signs_in("日日签到") and not signs_in("天天签到")


# The trigger naming a thing: a gift, a count of days, a group, an app's page.
@pytest.mark.parametrize("text", [
    "今天的签到礼是一包抽纸",
    "你们签到天数有几多",
    "这是我另一个签到群",
    "签到小程序老是打不开",
    "签到功能好像改了",
])
def test_the_trigger_before_a_thing_stays_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "签到 群主早",
    "签到 礼拜天快乐",
])
def test_her_act_before_the_owner_or_a_weekday_still_signs_in(text):
    assert signs_in(text)


# A reminder with 记住 as with 记得; worth asked with Cantonese 咩.
@pytest.mark.parametrize("text", ["大家记住签到啊", "签到有咩用"])
def test_a_reminder_or_its_worth_asked_stays_silent(text):
    assert not signs_in(text)


def test_her_act_after_she_says_she_remembered_still_signs_in():
    assert signs_in("我记住了 签到")


# Voice input without a stop: a degree in the north-west's 的很 ends her sentence; "have you eaten?" after the act starts one.
@pytest.mark.parametrize("text", [
    "早上去河边走了一圈冷的很回来签个到",
    "今天太阳好的很我签个到",
    "签到吃饭了没",
    "早上好来签个到大家吃了没",
    "签个到恁吃早饭了吗",
])
def test_voice_input_run_on_still_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", [
    "我妈签到了吃饭了没",
    "昨天忘了签到吃了没",
    "签到吃饭了没有积分啊",
])
def test_a_look_alike_run_on_into_have_you_eaten_stays_silent(text):
    assert not signs_in(text)


def test_the_regional_fold_leaves_a_message_without_its_words_as_typed():
    assert signins._spoken("签到 今天好冷") == "签到 今天好冷"
