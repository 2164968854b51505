"""v34: questions of the open event and sign-ups that got the wrong answer or none — a party told beside a question of
places, which events are on, when to come and what to bring, how many wait ahead of her, "签上了没" of the event or the
sign-in, and "去不了了" answering a friend's question of the event's day. The real pipeline and SQLite (the e33 harness);
our own sentences, none a corpus line, with look-alikes that must not trigger."""
from __future__ import annotations

import time

import pytest

from bot.language.event_asks import asks_ahead, asks_if_going, asks_what_to_bring, party_told, signed_either
from bot.questions.happening import asks_start, asks_whats_on_event
from tests.test_e33 import PASSED_ON, _harness, _signups, _text, _with_event

EVENT = "/活动 亲子烘焙课 周六10:00 名额3 地点：门店二楼"  # Saturday 12 December; the harness starts on Monday


async def _event(make_harness, *signed: tuple[str, str]):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "owner", EVENT)
    for member, text in signed:
        await harness.say("g1", member, text)
    return harness


# --- 1. a party told beside a question of places -------------------------------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("还有位置没 我想带我家俩娃去", 3), ("还有名额吗？俺打算带孙子孙女来", 3), ("还能报名不，我想带闺女去", 2),
    ("有位置吗 我准备带我妈一起来", 2),
])
async def test_a_party_beside_places_is_asked_once_and_yes_signs_up(make_harness, text, people):
    harness = await _event(make_harness)
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert f"要给您报 {people} 人吗" in said and await _signups(harness) == {}
    await harness.say("g1", "m0", "是")
    assert await _signups(harness) == {"m0": (people, "in")}


@pytest.mark.parametrize("text", ["还有位置没", "还有名额吗 帮朋友问的", "游泳班还有位置吗 我想带娃去"])
async def test_places_without_a_party_keep_their_answer(make_harness, text):
    harness = await _event(make_harness)
    assert "要给您报" not in _text(await harness.say("g1", "m0", text), "m0")
    assert await _signups(harness) == {}


# --- 2. which events are on --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["这周六有啥活动吗？", "最近有什么活动", "周末店里搞活动不", "最近有冇活动啊", "周末搞不搞活动",
                                  "店里最近有撒活动"])
async def test_whats_on_is_the_open_event(make_harness, text):
    harness = await _event(make_harness)
    said = _text(await harness.say("g1", "m1", text), "m1")
    assert "亲子烘焙课" in said and "周六 10:00" in said and "门店二楼" in said and "还剩 3 个名额" in said
    assert PASSED_ON not in said


async def test_whats_on_of_another_day_names_the_events_own(make_harness):
    harness = await _event(make_harness)
    said = _text(await harness.say("g1", "m1", "周三有活动吗"), "m1")
    assert "周三没有安排活动" in said and "亲子烘焙课" in said


@pytest.mark.parametrize("text", ["有什么优惠活动", "你们小区有什么活动吗", "上次有什么活动来着", "上周的活动挺好玩的",
                                  "拼多多最近有啥活动", "你周末有啥活动"])
async def test_whats_on_look_alikes(make_harness, text):
    harness = await _event(make_harness)
    assert "最近的活动是" not in _text(await harness.say("g1", "m1", text), "m1")


async def test_whats_on_with_no_event_open_goes_to_the_staff(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    assert PASSED_ON in _text(await harness.say("g1", "m1", "最近有什么活动"), "m1")


# --- 3. when to come, and what to bring ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["几点到啊 要带啥不", "几点过去合适？需要带什么东西吗", "周六几点到，用不用带材料"])
async def test_when_from_the_event_and_what_to_bring_to_the_staff(make_harness, text):
    harness = await _event(make_harness)
    said = _text(await harness.say("g1", "m2", text), "m2")
    assert "12月12日周六 10:00 开始" in said and "门店二楼" in said and "转给店员" in said
    assert harness.bot.ctx.questions.next_due() is not None  # watched for the staff


@pytest.mark.parametrize("text", ["要带啥不", "需要带什么东西吗", "得准备点啥"])
async def test_what_to_bring_alone_is_noted_not_ignored(make_harness, text):
    harness = await _event(make_harness)
    assert PASSED_ON in _text(await harness.say("g1", "m2", text), "m2")


@pytest.mark.parametrize("text", ["快递几点到", "你几点到啊", "几点到家", "你带啥了"])
async def test_when_look_alikes(make_harness, text):
    harness = await _event(make_harness)
    said = _text(await harness.say("g1", "m2", text), "m2")
    assert "开始" not in said and "转给店员" not in said


# --- 4. how many wait ahead of her -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我前面还有几个人排队啊", "俺前头还有多少人", "我们前边还排着几位"])
async def test_ahead_from_one_not_signed_up_hears_so_and_the_room(make_harness, text):
    harness = await _event(make_harness, ("m0", "我报名 2人"))
    said = _text(await harness.say("g1", "m3", text), "m3")
    assert "还没有报名" in said and "还剩 1 个名额" in said and PASSED_ON not in said


async def test_ahead_when_full_hears_the_waitlist(make_harness):
    harness = await _event(make_harness, ("m0", "我报名 3人"), ("m1", "报名"), ("m2", "报名"))
    assert "有 2 位在排候补" in _text(await harness.say("g1", "m3", "我前面还有几个人排队啊"), "m3")
    assert "候补第 2 位" in _text(await harness.say("g1", "m2", "我前面还有几个人"), "m2")


@pytest.mark.parametrize("text", ["她前面还有几个人", "前面还有几个人排队", "我前面还有几个快递"])
async def test_ahead_look_alikes(make_harness, text):
    harness = await _event(make_harness, ("m0", "我报名 2人"))
    said = _text(await harness.say("g1", "m3", text), "m3")
    assert "还没有报名" not in said and "候补第" not in said


# --- 5. "签上了没": the event, the sign-in, or both ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我签上了没有啊", "俺签进去了没", "签上了吗"])
async def test_signed_after_event_talk_is_the_events(make_harness, text):
    harness = await _event(make_harness)
    await harness.say("g1", "m4", "最近有什么活动")
    said = _text(await harness.say("g1", "m4", text), "m4")
    assert "还没有报名“亲子烘焙课”" in said and "签到" not in said


@pytest.mark.parametrize("text", ["我签上了没有啊", "我签好了没", "俺签上没"])
async def test_signed_with_nothing_said_before_answers_both(make_harness, text):
    harness = await _event(make_harness, ("m0", "报名"))
    said = _text(await harness.say("g1", "m4", text), "m4")
    assert "还没有报名" in said and "今天的签到还没签" in said


async def test_signed_after_signing_in_is_the_sign_ins(make_harness):
    harness = await _event(make_harness)
    await harness.say("g1", "m4", "签到")
    said = _text(await harness.say("g1", "m4", "我签上了没有啊"), "m4")
    assert "今天已签到" in said and "亲子烘焙课" not in said


@pytest.mark.parametrize("text", ["我签到了没", "我今天打卡了没", "我签到了"])
async def test_the_daily_sign_in_words_stay_the_sign_ins(make_harness, text):
    harness = await _event(make_harness)
    await harness.say("g1", "m4", "最近有什么活动")
    said = _text(await harness.say("g1", "m4", text), "m4")
    assert "签到" in said and "亲子烘焙课" not in said


async def test_signed_with_no_event_open_is_the_sign_ins(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    assert "今天还没签到" in _text(await harness.say("g1", "m4", "我签上了没有啊"), "m4")


# --- 6. "去不了了" answering a friend's question of the event's day -----------------------------------------------------------

@pytest.mark.parametrize("asked, said", [
    ("@小美 周六您去不去呀", "去不了了 孙子要上课"), ("@小美 星期六你来吗", "来不了 家里有事"),
    ("@小美 12号去不", "去不成了，单位加班"),
])
async def test_a_friends_question_of_the_day_asks_her_once_and_yes_cancels(make_harness, asked, said):
    harness = await _event(make_harness, ("m0", "我报名 2人"), ("m1", "报名"), ("m2", "报名"))
    await harness.say("g1", "m3", asked, mentions=("m0",))
    assert "要取消“亲子烘焙课”的报名吗" in _text(await harness.say("g1", "m0", said), "m0")
    assert (await _signups(harness))["m0"] == (2, "in")  # asked, never dropped silently
    actions = await harness.say("g1", "m0", "是")
    assert "m0" not in await _signups(harness) and "候补转为正式" in _text(actions, "m2")


@pytest.mark.parametrize("asked, said", [
    ("@小美 周六一起去公园玩吗", "去不了了 孙子要上课"),  # a friend's own plan
    ("@小美 周日你去不去", "去不了了"),  # another day
    ("@小美 周六您去不去呀", "周日去不了了"),  # she names another day
    ("@小美 周六您去不去呀", "我可能去不了"),  # a doubt
])
async def test_a_friends_other_plans_change_nothing(make_harness, asked, said):
    harness = await _event(make_harness, ("m0", "我报名 2人"))
    await harness.say("g1", "m3", asked, mentions=("m0",))
    assert "取消" not in _text(await harness.say("g1", "m0", said), "m0")
    assert await _signups(harness) == {"m0": (2, "in")}


async def test_a_friends_question_answered_by_one_not_signed_up_is_silent(make_harness):
    harness = await _event(make_harness)
    await harness.say("g1", "m3", "@小美 周六您去不去呀", mentions=("m0",))
    assert await harness.say("g1", "m0", "去不了了 孙子要上课") == []


# --- pure readers, hostile input ------------------------------------------------------------------------------------------

def test_readers():
    assert party_told("还有位置没 我想带我家俩娃去") == "我带我家俩娃去" and party_told("还有名额没") is None
    assert asks_ahead("我前面还有几个人排队啊") and not asks_ahead("她前面还有几个人") and not asks_ahead("我前面还有几个快递")
    assert signed_either("我签上了没有啊") and not signed_either("我签到了没") and not signed_either("合同签好了没")
    assert asks_if_going("@赵阿姨 周六您去不去呀") and not asks_if_going("周六一起去公园玩吗")
    assert asks_what_to_bring("要带啥不") and not asks_what_to_bring("你带啥了") and not asks_what_to_bring("带孩子去吗")
    assert asks_whats_on_event("最近有什么活动") and not asks_whats_on_event("有什么优惠活动")
    assert asks_start("几点到啊 要带啥不") and not asks_start("几点到家")


@pytest.mark.parametrize("size", [300, 5000])
def test_new_readers_on_long_input_are_quick(size):
    texts = ["前面" * (size // 2), "签上了" * (size // 3), "有啥活动" * (size // 4), "几点到" * (size // 3),
             "带啥" * (size // 2), "去不去" * (size // 3), "我想带娃去 " * (size // 6), "还有位置没 " * (size // 6)]
    started = time.perf_counter()
    for text in texts:
        party_told(text)
        asks_ahead(text)
        signed_either(text)
        asks_if_going(text)
        asks_what_to_bring(text)
        asks_whats_on_event(text)
        asks_start(text)
    assert time.perf_counter() - started < 1.0


async def test_the_e33_event_still_hears_its_places(make_harness):
    harness = await _with_event(make_harness, ("m0", "我报名 2人"))
    assert "还剩 1 个名额" in _text(await harness.say("g1", "m2", "还有名额吗"), "m2")
