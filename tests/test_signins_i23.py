"""Issue 18, I23: sign-ins by mechanism — the act put off to later in its own clause, whoever it is then left to, stays
silent; its worth asked rhetorically beside the act stays silent; a question about the act, then the act said last
(twice, or after a tag question's 不), signs in.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from tests.test_signins_i13 import signs_in


# A "later" word before the trigger in its clause: put off, not done now.
@pytest.mark.parametrize("text", [
    "待会我再签到", "回头叫我儿子帮我签个到", "一会儿让老伴替我签到", "等会儿我让孙女帮我打个卡", "稍后我再来打卡",
    "等下我让我家老头帮我签", "晚些时候再签到吧", "等我忙完了让孩子帮我签到", "等我接完孙子回来了再签到",
    "等我吃好早饭让老伴帮我签",
])
def test_the_act_put_off_stays_silent(text):
    assert not signs_in(text)


# Her plan for later beside the act now, a while gone by, "it is late", someone asked now.
@pytest.mark.parametrize("text", [
    "叫我孙子帮我签个到", "签到，一会儿去买菜", "先签个到，回头再聊", "签到 待会去接孙子", "我让闺女帮我签到 一会儿去医院",
    "待会要去医院，先签个到", "等会儿出门，签到", "晚点了，签到", "眯了一会儿，签到", "等车的时候签个到", "等了半天公交 签到",
    "晚点儿就去医院 先签个到",
])
def test_later_beside_the_act_now_signs_in(text):
    assert signs_in(text)


# Its worth asked after the act: "有啥用", "有什么意思", "图个啥", "又能咋样".
@pytest.mark.parametrize("text", [
    "签到签到，签了有啥用", "签到 签这个有什么意思啊", "打卡打卡 天天打有啥用", "签到了，也不知道签了图个啥",
    "签到，签来签去有什么用呢", "签到，有啥用啊", "打卡 打了又能咋样", "签到了 签这玩意有用吗",
])
def test_its_worth_asked_stays_silent(text):
    assert not signs_in(text)


# Her act, then a question about her day, the group or what the points are for.
@pytest.mark.parametrize("text", [
    "签到签到 今天有啥好吃的", "签到 大家吃了啥早饭", "签到了 积分有啥用啊能换鸡蛋不",
    "签到 今天有啥好玩的没", "签到 今天有什么活动吗", "签个到 大家有啥好吃的推荐",
])
def test_her_act_then_another_question_signs_in(text):
    assert signs_in(text)


# How to do it asked, then the act said last: twice over, or after a tag question's 不.
@pytest.mark.parametrize("text", [
    "怎么签到啊？签到签到", "这样打卡行不？打卡", "签到咋弄的，签到签到", "签到管用不？签到", "这么签到对不？签到签到",
    "签到了没有啊 签到签到",
])
def test_asked_how_then_the_act_said_last_signs_in(text):
    assert signs_in(text)


# A question about the act with no act said after it, or a refusal after it.
@pytest.mark.parametrize("text", [
    "怎么签到啊？签到有什么用", "签到有用不？", "这样签到行不？", "签到有用不？签到的人多吗", "我不签到 签到的人多吗",
    "签到还能换东西不？我不签", "你们签到了没？我还没签",
])
def test_asked_without_the_act_after_stays_silent(text):
    assert not signs_in(text)


# Review mend: a "later" word earlier in the clause about something else, or time already spent, does not put the act
# off; it does only right before the act's verb phrase (a subject, 再, whoever it is left to between).
@pytest.mark.parametrize("text", [
    "大家早上好待会儿有雨出门带伞签到", "晚点儿降温大家多穿点签到", "早上好一会儿广场见签到啦", "一会儿见签到", "回头聊签到",
    "网不好 转了好一会儿才签到", "早安各位待会儿要下雪路滑慢点签到", "手机死机了好一会儿才签到",
])
def test_a_later_word_about_something_else_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", [
    "晚点我再签到", "待会儿让我孙子给我打个卡", "等我下班了帮我老伴签个到", "回头再签到吧 先忙", "一会儿我叫闺女帮我签到",
])
def test_a_later_word_governing_the_act_stays_silent(text):
    assert not signs_in(text)


# Review mend: a question about another thing's worth beside the act is her sign-in and a question; only the signing's own
# worth asked is chat.
@pytest.mark.parametrize("text", [
    "签到 每天打八段锦有啥好处啊", "签到 打疫苗有用吗", "签到了 这个降压药有用吗", "签到 这个优惠券有用不",
    "签到了 这个活动有什么好处啊", "签到 签满一个月有什么好处", "签到了 吃这个鱼油有啥用啊",
])
def test_another_things_worth_asked_signs_in(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["签到签到，签了有啥用", "签到有啥用啊 图个啥", "打卡打卡 签这个到底有啥意思"])
def test_the_signings_own_worth_asked_stays_silent(text):
    assert not signs_in(text)
