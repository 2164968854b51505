"""Issue 18, i28: sign-ins on the newest writers' text — two mechanisms built, measured out of fold and NOT shipped
(docs/language.md, i28): a trip told before a 打卡 told done as that place's check-in, and the Tibetan honorific 啦 of 阿妈啦
as part of the name. They did not move the confirming fold's false sign-ins (3 → 3), so the reader stays as it was; the cases
it still reads wrongly are strict xfails (a later rule that reads them passes them), and the guards any such rule must keep
pass today.

Sentences of our own, written from how members chat in a store's groups, never corpus lines.
"""
from __future__ import annotations

import pytest

from tests.test_signins_i13 import signs_in

NOT_SHIPPED = pytest.mark.xfail(strict=True, reason="i28: built and measured, not shipped (the confirming fold did not move)")


# A trip, then 打卡 told done in a clause of its own: that place's check-in (read as her act today).
@NOT_SHIPPED
@pytest.mark.parametrize("text", [
    "周日去海边看日出，打卡了",
    "去爬山了，爬了两个钟头，打卡完成",
    "今天跟老姐妹去古镇逛了一圈，打卡成功",
    "逛了一上午庙会 打卡了",
])
def test_a_trip_then_its_card_stays_silent(text):
    assert not signs_in(text)


def test_a_trip_of_another_day_run_on_past_a_particle_stays_silent():
    assert not signs_in("昨天去呀龙湾打卡了")


# Guards: her own act back from the trip, a trip still ahead, 签到 after a trip, 打卡 alone after her day.
@pytest.mark.parametrize("text", [
    "早上去公园转了一圈 回来打卡了",
    "明天要去海边，今天先打卡了",
    "早上去码头走了一圈，签到",
    "刚打完太极拳回来 打卡",
    "姐妹们早上好呀 打卡了",
    "下了一夜雪 扫了半天院子 打卡",
])
def test_her_act_after_her_day_signs_in(text):
    assert signs_in(text)


# The honorific 啦 after 阿妈, 阿爸, 阿佳: teaching him is no sign-in (read as one today: the soft break cuts after 啦).
@NOT_SHIPPED
def test_teaching_a_parent_named_with_the_honorific_stays_silent():
    assert not signs_in("我教阿爸啦签到教了一早上，他还是点错")


@pytest.mark.parametrize("text", ["给我阿妈啦也签个到", "阿佳啦签到"])
def test_a_request_or_act_beside_the_honorific_signs_in(text):
    assert signs_in(text)
