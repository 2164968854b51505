"""N32 through the real pipeline (SQLite, the shipped templates): a sign-in that opens with the time of night or early
morning she sends it ("凌晨", "半夜", "大清早", "一大早") is that day's sign-in, counted and confirmed; talk of another
day's sign-in, or of work's and another habit's clock-in at that hour, stays no sign-in."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.language.signins import read_signin
from storage.models import SignIn
from tests.conftest import local, to

TRIGGERS = ["签到", "打卡"]


@pytest.mark.parametrize("text", [
    "凌晨来打个卡 横竖也睡不着",
    "半夜来签个到 孩子刚喂完奶",
    "深夜签个到 明天还得早起",
    "大清早打个卡 准备去早市",
    "一早来打卡 今天要出远门",
    "半夜三更来打卡 楼上又在装修",
    "凌晨一点半了还没睡 打个卡吧",
    "清晨打卡 空气真好",
])
async def test_a_sign_in_opened_with_the_hour_counts_that_day(make_harness, text):
    harness = await make_harness(start=local("2026-11-24 00:20"))
    replies = await harness.say("g1", "amy", text, at=local("2026-11-24 00:20"))
    replies += await harness.drain()
    days = await harness.db.read(lambda s: s.exec(sa.select(SignIn.day).where(SignIn.member_id == "amy")).all())
    assert [str(d[0]) for d in days] == ["2026-11-24"]


@pytest.mark.parametrize("text", [
    "昨天半夜签到了",  # another day's, told
    "凌晨忘了签到",  # a lapse
    "凌晨上班打卡",  # work's clock-in
    "半夜加班打卡 累死了",
    "凌晨跑步打卡五公里",  # another habit's
    "半夜打卡的人真多",  # talk of others
    "夜来忘了签到",  # the north's 夜来 is still 昨天
])
def test_talk_at_that_hour_is_no_sign_in(text):
    assert read_signin(text, TRIGGERS) is None


@pytest.mark.parametrize("text", ["凌晨来签个到" + "啊" * 300, "半夜打个卡" + "睡不着" * 1700, "凌晨" * 150, "半夜来" * 1700])
def test_hostile_lengths_finish(text):
    read_signin(text, TRIGGERS)  # linear: returns, whatever it reads


# --- sign-ins at night: answered at once, for the day she sent them ------------------------------

GATHERING = "signin: {gather_seconds: 120}"


@pytest.mark.parametrize("first, second", [("签到", "签到"), ("打卡", "睡不着 来打个卡"), ("签到", "半夜来签个到"),
                                           ("签个到", "深夜打个卡 明天见")])
async def test_a_sign_in_in_quiet_hours_is_answered_that_night_and_never_listed_in_the_morning(make_harness, first, second):
    from tests.conftest import TEST_CONFIG
    harness = await make_harness(TEST_CONFIG.replace("signin: {gather_seconds: 0}", GATHERING), start=local("2026-11-23 23:30"))
    await harness.say("g1", "bo", first, at=local("2026-11-23 23:30"))
    night = await harness.say("g1", "amy", second, at=local("2026-11-23 23:40"))
    [answer] = to("amy", night)
    assert answer["t"] < local("2026-11-23 23:45").isoformat() and "签到成功" in answer["text"] and "第 2 位" in answer["text"]
    after = await harness.say("g1", "amy", second, at=local("2026-11-24 00:20"))  # the new day's, after midnight
    [again] = to("amy", after)
    assert "签到成功" in again["text"] and "已连续打卡 2 天" in again["text"]
    morning = await harness.say("g1", "staff", "早", at=local("2026-11-24 08:30"))
    assert not any("今日签到" in a["text"] for a in harness.actions)  # no list of last night's held to the morning
    assert not any("今日签到" in a["text"] for a in morning)


async def test_by_day_sign_ins_are_still_gathered(make_harness):
    from tests.conftest import TEST_CONFIG
    harness = await make_harness(TEST_CONFIG.replace("signin: {gather_seconds: 0}", GATHERING), start=local("2026-11-24 10:00"))
    await harness.say("g1", "bo", "签到")
    await harness.sim.feed(harness.adapter.message("g1", "amy", "签到", at=harness.clock.now()))
    gathered = await harness.drain()
    assert [a["text"][:5] for a in gathered] == ["今日签到："] and "小美" in gathered[0]["text"]


# --- 补签 asked for with 补签 off: the rule, said once ----------------------------------------

@pytest.mark.parametrize("text", ["我要补签", "帮我补个签", "给我补签到", "我要补卡"])
async def test_asking_for_a_make_up_with_it_off_hears_the_rule_once(harness, text):
    [reply] = to("amy", await harness.say("g1", "amy", text))
    assert "不能补签" in reply["text"] and "签到成功" not in reply["text"]
    assert to("amy", await harness.say("g1", "amy", text)) == []  # once, not an echo
    days = await harness.db.read(lambda s: s.exec(sa.select(SignIn.day).where(SignIn.member_id == "amy")).all())
    assert days == []  # no sign-in


@pytest.mark.parametrize("text", ["补签这功能以前有过", "隔壁群就能补签", "我妈说她也想补签一下来着", "昨天忘了签到", "老王天天喊着要补签"])
async def test_talk_of_make_up_is_not_answered_with_the_rule(harness, text):
    assert not any("不能补签" in a["text"] for a in await harness.say("g1", "amy", text))
