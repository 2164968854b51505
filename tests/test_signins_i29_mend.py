"""Review of i29, item 2: the soft break before her act's start (``_STARTING_THE_ACT``: 先, 赶紧, 我来 签个到) cut off the
words that govern it, so a plan, a habit, a condition, a rule told or the group called before "先签个到" signed in. The
words cut off now still veto the act (``signins._cut_off_puts_off``); a "later" word before her own 再 (``_AGAIN_LATER``)
and another day before her own sentence (``_another_day_told``) do as well. Her day before the act still signs in.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import time

import pytest

from bot.language import signins
from tests.test_hostile_input import _of, slow
from tests.test_signins_i13 import signs_in


@pytest.mark.parametrize("text", [
    # another day to come, a time of her life gone by
    "后天一早起来我先签个到再去赶集",
    "下礼拜去女儿家住几天到那边我来签个到",
    "小时候上学进校门先签个到",
    "过几天有空我来签个到",
    # a habit, hers or someone else's
    "我们楼的刘姐每天买完菜先签个到",
    "老伴天天遛完狗回来先签个到",
    # a condition, a wait, a later hour with a free moment, a later word before her 再
    "要是明天下雪就在家先签个到",
    "如果早上起不来中午先签个到",
    "等老伴买菜回来我来签个到",
    "下午得空我来签个到",
    "一会儿接完孙子我再来签个到",
    "待会儿洗完衣服我再来签到",
    # a rule told, the group called
    "居委会通知进场先签个到",
    "社区主任讲以后开会先签个到",
    "还没签的老姐妹们赶紧签个到",
    "各位邻居出门前先签个到",
])
def test_words_cut_off_before_the_act_still_veto_it(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text", [
    "大家早上好先签个到",
    "姐妹们早上好我先签个到",
    "老姐妹们早上好我来签到了",
    "各位早安我来签到了",
    "我来签到啦",
    "早上好 我先签个到 再去买菜",
    "早上好我先签个到再去买菜",
    "早上好 先签个到 再去买菜",
    "明天要降温了我先签个到",  # tomorrow's news closed by 了, then the act now
    "今天下雪了路滑我先签个到",
    "刚送完孙子回来我先签个到",
    "等公交的时候我来签个到",  # a wait that is a moment of her day
    "待会儿要去医院我先签个到",  # a plan for later, the act first, now
    "天天下雨今天我先签个到",  # a today word after the habit's
    "中午有空了我来签个到",  # free now
    "以前不会用手机现在我也来签个到",
    "我说小王啊我来签个到",  # 说 with her own 我 at the act
    "下午好我来签个到",
    "晚上好我来签个到",
    "宝宝还在睡赶紧签到",  # 宝宝, 亲 alone are not the group called
    "喂完宝宝先签个到",
    "看望了老母亲先签个到",
    "中了个三等奖我来签个到",
    "等红灯先签个到",
])
def test_her_day_or_greeting_before_the_act_still_signs_in(text):
    assert signs_in(text)


# The reviewer's look-alikes the mend leaves signed in, judged open: the day may be today's ("周末…到了山顶", "晚饭后散完步"),
# and 老头子 is also how an old man names himself.
@pytest.mark.parametrize("text", ["周末去爬山到了山顶我来签个到", "晚饭后散完步我来签个到"])
def test_an_open_time_frame_before_her_own_act_is_left_to_her(text):
    assert signs_in(text)


_NEW_PATTERNS = (signins._AHEAD, signins._AN_ERA, signins._CUT_OFF_NOT_NOW, signins._A_MOMENT_AFTER, signins._TODAY_AFTER,
                 signins._RULE_TOLD, signins._GROUP_CALLED_CUT, signins._HER_AT_THE_ACT, signins._GROUP_NAMED,
                 signins._TRIGGER_FORM, signins._AGAIN_LATER, signins._PREVIOUS_NOT, signins._SIGNIN_NOT_BEFORE)
_UNITS = ("大家快", "姐妹们赶紧", "老哥老姐们出门前", "等会儿", "下午有空", "明早", "每天", "要是", "护士讲", "没签的",
          "我先签个到", "我再来", "好啊", "了", "签个到", "前时")


def _read_all(text: str) -> None:
    for pattern in _NEW_PATTERNS:
        pattern.search(text)
    signins._cut_off_puts_off(text, "先签个到")
    signins._cut_off_not_done(text)
    signins._another_day_told(text)
    signins.read_signin(text, ("签到", "打卡"))


@pytest.mark.parametrize("unit", _UNITS)
def test_the_mend_s_patterns_grow_linearly_on_hostile_input(unit):
    """Near 300 and 5,000 characters (the bounded-linear judge of tests/test_hostile_input.py)."""
    assert not (found := slow(_read_all, {unit: _of(unit)}, sizes=((290, 1_450), (1_000, 5_000)))), found


def test_the_mend_s_patterns_read_five_thousand_characters_quickly():
    for unit in _UNITS:
        text = _of(unit)(5_000)
        started = time.process_time()
        _read_all(text)
        _read_all(text[:signins.MAX_READ])
        assert time.process_time() - started < 1.0, unit
