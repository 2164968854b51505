"""Issue 18, I20: sign-ins, precision first — the trigger as a thing or judged, a clause beside it that leaves it undone,
how often she does it, the group asked together, a place's steps, whether it counts asked after it, her habit in it.
Each is sure: no cut of the message, nor the whole-decision score, signs it in.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from tests.test_signins_i13 import signs_in


# The trigger as a thing her sentence is about, judged as a thing is judged, or her habit in it (the score had rescued
# several: "签到真热闹" read as the act and a remark on the weather).
@pytest.mark.parametrize("text", [
    "签到这种事我闺女管", "签到这活儿归我老头", "打个卡而已 别较真", "签到罢了 有啥好比的", "签到也能签出感情来",
    "签到有礼 走过路过别错过", "签到说明在群公告里", "签到真麻烦", "打卡太费劲了", "签到挺有意思的", "签到成瘾了都",
    "签到就跟刷牙一样", "签到就图热闹", "签到请在九点以后", "签到我最积极", "签到俺从来不落", "打卡我每次都忘",
    "签到那会儿太阳还没出来 这会儿晴了",
])
def test_the_trigger_as_a_thing_stays_silent(text):
    assert not signs_in(text)


# A clause beside the act that leaves it undone, or tells how it goes.
@pytest.mark.parametrize("text", [
    "签到？算了", "签到啊 还是算了吧", "签到 今天就不签了", "签到？改天再说吧", "签到 签啥签", "签到 懒得弄了",
    "签到 我早就忘光了", "我也想打卡 但是找不到", "签到 流程如下：", "签到 是个好习惯", "签到？俺签过了哦",
    "签到？我早就签好了",
])
def test_a_clause_that_leaves_it_undone_stays_silent(text):
    assert not signs_in(text)


# How often she does it, later with 再来, a plan from next year, others' sign-ins asked together, a place's steps, whether
# it counts, a streak's length with what it bought.
@pytest.mark.parametrize("text", [
    "我偶尔打个卡", "俺很少签到", "我经常忘了签到", "有时候签到有时候不签", "隔壁王姨签到比我还早", "等会儿再来签到",
    "有空了再签到", "明年开始天天签到", "下个月起我天天签到", "大家一起来签到呀", "姐妹们一起签到吧", "一起打卡吧家人们",
    "请大家每天早上签到", "先签到再进场", "签到半夜十二点前也算吗", "签到了大半年 换了两斤鸡蛋",
    "打卡 喝了八杯水", "打卡 第二十天早睡",
])
def test_how_often_later_or_others_stays_silent(text):
    assert not signs_in(text)


# Her act beside the same words in another sense still signs in.
@pytest.mark.parametrize("text", [
    "签到 麻烦小助手了", "签到麻烦了 谢谢", "先签到再说 孙子醒了", "签到 先去排队买菜", "签到 好冷啊今天",
    "签到 习惯早起了", "签到 一起加油", "我和老伴一起签到", "签到 可是今天有点困", "签到 看公告说明天有橘子",
    "打卡 喝了一碗豆浆出门了", "签到 我今天值班", "签到 晚点再来看团购", "签到 回头再聊", "有空了 签到",
    "签到了 明年见哈哈 元旦快乐", "签到 今天真热闹 楼下办喜事",
])
def test_her_act_beside_those_words_signs_in(text):
    assert signs_in(text)


# Trouble with the act or the bot's answer told, someone addressed and sent to sign in, the polite 请 to others, the
# trigger as a word, "this sign-in" as a thing, one item of a list of what the group does.
@pytest.mark.parametrize("text", [
    "签到好像被吞了 网不好", "签到发了半天没发出去", "打卡了但没收到小助手的回复", "机器人回我打卡成功 还给了朵花",
    "刘姐，签到去，光潜水可不行", "小王 打卡去吧", "舞蹈班的学员请准时到前台签到", "打卡俩字我老打成大卡",
    "这签到我弄不明白 问我闺女", "打卡、接龙、抢红包 我婆婆样样精通",
])
def test_trouble_or_others_told_stays_silent(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "下大雪了，俺还是来签到了", "签到了签到了，甭提醒了", "不用提醒我 签到", "请帮我签个到", "早上好、签到",
    "签到、大家早", "刘姐早，我来签到了", "帮我公公婆婆都签个到 他俩不会弄", "替我老伴和我妈签到",
])
def test_her_own_act_beside_them_signs_in(text):
    assert signs_in(text)


# Mend of I20's review: trouble words after the trigger's clause or with the trigger said again, 算了 before the trigger,
# 有时间, 我这, 我最早 and 也算我 as her own act.
@pytest.mark.parametrize("text", [
    "打卡打卡 刚才那个没发出去", "签到 家里网断了一上午", "签到，网上买的棉鞋还没收到", "签到 机器人说我是第三个",
    "打卡 小助手说没签上 再发一遍", "今天腿疼不去跳舞了 算了 打个卡", "带了一上午孙子 这会儿有时间签到了",
    "行 那俺这签个到", "签到我最先", "签到也算上俺",
])
def test_mend_her_act_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["签到被吞了两回", "打卡发出去了 可是没收到小助手的回复", "签到发过了，结果机器人说没收到", "打卡我最拿手", "签到？还是算了吧"])
def test_mend_still_silent(text):
    assert not signs_in(text)
