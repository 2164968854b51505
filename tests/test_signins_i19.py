"""Issue 18, I19: sign-ins, precision first — her household urged to sign in, someone else's rank or favour told, the
trigger as a thing talked about, her streak's length and what its points bought; the group's slang 冒泡 before 打卡 read
as a word of how she signs in.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from bot.config.schema import SignInSettings
from bot.language.signins import read_signin

TRIGGERS = SignInSettings().triggers


def signs_in(text: str) -> bool:
    return read_signin(text, TRIGGERS) is not None


# One of her household, a neighbour or the group addressed and urged, first or last: her call to them, not her act
# (voice input's soft break before 赶紧 had read "赶紧签到" as hers).
@pytest.mark.parametrize("text", [
    "老伴赶紧签到", "老伴儿赶紧签到", "老头子快去签到", "妈赶紧签到", "妈 赶紧签到", "老伴你赶快签到", "老伴也赶紧签到",
    "闺女快点签到", "老公 快签到", "张姨 赶紧签到啊", "刘婶快来签到", "你们俩赶紧签到", "赶紧签到啊姐妹们", "王哥，快签到",
])
def test_someone_urged_stays_silent(text):
    assert not signs_in(text)


# Her own act beside her household: 我 says whose it is.
@pytest.mark.parametrize("text", [
    "老伴 我签到了", "老伴还在睡 我先签个到", "送完孙子赶紧签到", "我赶紧签到", "帮我老伴签到", "替我妈签个到",
    "老王 我赶紧签到了", "赶紧签到 姐妹们早",
])
def test_her_own_act_beside_her_household(text):
    assert signs_in(text)


# Someone else's rank, someone doing it for a third, the trigger as a thing she cannot figure out.
@pytest.mark.parametrize("text", [
    "签到榜第一又是王姨", "签到排行榜第一是老张", "签到榜上俺排第五", "我外孙每天替他奶签到", "俺儿媳妇天天帮她妈打卡",
    "签到那玩意儿我整不明白", "打卡这玩意儿太麻烦", "签到那东西俺弄不来", "我教会老伴签到了", "签到也就图个乐呵",
    "今天签到俺排老末", "这个月全勤签到 奖励自己一下",
])
def test_told_not_done(text):
    assert not signs_in(text)


# Her streak's length told with her as its subject, and a streak with what its points bought: talk of the habit.
@pytest.mark.parametrize("text", [
    "我连续签到五十天了 厉害不", "俺都连着打卡三个月了", "签到满一百天了 积分换了两袋面", "连续签到半年了，积分兑了一桶油",
])
def test_streak_talk_stays_silent(text):
    assert not signs_in(text)


# The day's post of a streak, and her streak told beside today's act, still sign in.
@pytest.mark.parametrize("text", [
    "连续签到八十天了 给自己点个赞", "我连续签到九十天了 今天继续", "俺连续签到二十天了 签到", "签到第四十一天 冲",
    "签到 积分攒着换油",
])
def test_streak_posts_sign_in(text):
    assert signs_in(text)


# The group's slang before 打卡 (冒泡: showing up in the group) is a word of how she signs in, as 日常 and 准时 are: the
# 打卡 score is not asked, so the sentence of her day after it no longer weighs against it. Another habit's 打卡 with her
# day after it stays silent.
@pytest.mark.parametrize("text", ["冒泡打卡 今儿个不忙", "冒个泡打卡 外面下雪了", "出来冒泡打卡 今天好冷"])
def test_group_slang_card_then_her_day(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["蓝莓打卡 今天第二盒了", "降糖药打卡 今天吃过了", "冬泳打卡 今天好冷", "背课文打卡 今天三篇"])
def test_habit_card_then_her_day_stays_silent(text):
    assert not signs_in(text)


# Told rather than done: her earlier act (过, or earlier today before the trigger), her record to be checked, the word
# shown to a parent addressed first (even when the message ends with it).
@pytest.mark.parametrize("text", [
    "我上午就已经签到了", "老早就签到了 还要再签吗", "签到过了 别再提醒了", "打卡过了", "今儿的签到帮我看看", "帮我查查我的签到",
    "妈 签到就是打两个字 签到", "早上好 妈 签到就是打两个字 签到", "签到完了去哪集合",
])
def test_done_earlier_or_checked(text):
    assert not signs_in(text)


# Her request for kin with their habit of asking her as the reason; 我已经签到了 and 已签到 stay hers.
@pytest.mark.parametrize("text", ["帮我奶奶签一下 她天天让我帮她签", "帮我外公也签一个 他让我每天替他签", "我已经签到了", "早上好签到了"])
def test_request_with_their_reason(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["新生报到 孩子开学了", "报到了 明天入职", "签一下名就行"])
def test_other_places_report_and_names(text):
    assert not signs_in(text)


# 老娘, 老子: the speaker's own "I", not someone she urges; her sign-in stays hers.
@pytest.mark.parametrize("text", ["老娘赶紧来签到了 今天降温", "老娘快点签个到 菜还没买", "老子赶紧签到 差点睡过头"])
def test_self_word_after_lao_is_her_own_signin(text):
    assert signs_in(text)


# 过 before a holiday or a festival day is not "done earlier": "签到过年啦" is today's sign-in.
@pytest.mark.parametrize("text", ["签到过小年啦 祝大家开心", "签到过元宵喽", "签到过周末咯"])
def test_passing_a_holiday_after_the_trigger(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["签到过啦 不用提醒", "打卡过了哈"])
def test_done_earlier_with_guo_stays_silent(text):
    assert not signs_in(text)


# A school, a ward, a workplace in another clause is her day told after her 报到, not another place's 报到.
@pytest.mark.parametrize("text", ["报到 闺女今天开学 送完回来了", "报个到 我妈住院了这周少上线", "报到 今天在单位加班"])
def test_her_day_after_baodao(text):
    assert signs_in(text)


@pytest.mark.parametrize("text", ["明天去学校报到", "报到了 下周一入职"])
def test_enrolment_baodao_stays_silent(text):
    assert not signs_in(text)
