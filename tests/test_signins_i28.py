"""Issue 18, i28: sign-ins on the newest writers' text — a trip told before a 打卡 told done is that place's check-in
(silent), in a clause of its own or run on past a particle; the Tibetan honorific 啦 of 阿妈啦 is the name's, not the end of
her sentence.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from tests.test_signins_i13 import signs_in


# A trip, then 打卡 told done in a clause of its own (or past a particle that the soft break took for a stop).
@pytest.mark.parametrize("text", [
    "周日去海边看日出，打卡了",
    "去爬山了，爬了两个钟头，打卡完成",
    "今天跟老姐妹去古镇逛了一圈，打卡成功",
    "昨天去呀龙湾打卡了",
    "逛了一上午庙会 打卡了",
])
def test_a_trip_then_its_card_stays_silent(text):
    assert not signs_in(text)


# Her own act: back from the trip, a trip still ahead, 签到 after a trip, or 打卡 alone after her day.
@pytest.mark.parametrize("text", [
    "早上去公园转了一圈 回来打卡了",
    "明天要去海边，今天先打卡了",
    "早上去码头走了一圈，签到",
    "刚跳完广场舞 打卡",
    "早上好 打卡了",
    "下了一夜雪 扫了半天院子 打卡",
])
def test_her_act_after_her_day_still_signs_in(text):
    assert signs_in(text)


# The honorific 啦 after 阿妈, 阿爸, 阿佳: teaching her stays silent, a request for her signs in.
@pytest.mark.parametrize("text, signs", [
    ("我教阿爸啦签到教了一早上，他还是点错", False),
    ("给我阿妈啦也签个到", True),
    ("阿佳啦签到", True),
])
def test_the_honorific_is_part_of_the_name(text, signs):
    assert signs_in(text) is signs
