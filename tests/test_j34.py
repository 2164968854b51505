"""j34: sign-up precision and party counts — a question about her sign-up never changes it, one of her party who cannot
come said as "他/佢" after the kin, another trip that is off is no sign-up, "报一个" beside "我和<name>" counts the two —
and the open event's places, place and start asked in more words (还有位, 粤 有冇位/边度/几时). The real pipeline and
SQLite (the e33 harness); the sentences are our own, none a corpus line, with look-alikes that must not trigger."""
from __future__ import annotations

import time

import pytest

from bot.language.event_asks import OWN_RECORD_ASKED, asks_own_signup, kin_cannot_come
from bot.language.signup_changes import _GONE_ELSEWHERE, else_dropped, read_cancel
from bot.language.signups import _named_beside_one_place, read_signup
from bot.questions.happening import asks_event_place, asks_places, asks_start
from tests.test_e33 import _signups, _text, _with_event

# --- 1. a question about her sign-up never changes it --------------------------------------------------------------------


@pytest.mark.parametrize("text", ["俺报的名还算数不", "我们家的名额还有效吗", "我的名字还在名单上没", "我报的名还在不在啊 眼睛花了看不清",
                                  "我的报名还在不 看不懂这些"])
async def test_her_sign_up_asked_is_answered_and_kept(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "报名 我和老伴两个"))
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "报名更新" not in said and "您已经报上" in said and "2 人" in said, said
    assert await _signups(harness) == {"m0": (2, "in")}


@pytest.mark.parametrize("text, people", [("我的报名改成三个", 3), ("报名人数改成1个人", 1)])
async def test_her_sign_up_changed_in_words_still_changes(make_harness, text, people):
    harness = await _with_event(make_harness, ("m0", "报名 我和老伴两个"))
    await harness.say("g1", "m0", text)
    assert await _signups(harness) == {"m0": (people, "in")}


@pytest.mark.parametrize("text", ["我的报名费还在不", "她的报名还在不", "我的钱包还在不"])
async def test_her_sign_up_look_alikes_are_no_standing(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "报名 我和老伴两个"))
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "您已经报上" not in said and "报名更新" not in said
    assert await _signups(harness) == {"m0": (2, "in")}


# --- 2. one of her party cannot come, said as 他 / 她 / 佢 after the kin -------------------------------------------------

@pytest.mark.parametrize("text", ["我家老头周六要值班 他来不了了", "儿子学校周六补课 他去不成了", "老公话周六要开工 佢去唔到",
                                  "女儿说周六要考试 她参加不了了", "老伴腿又疼了 他周六去不了了"])
async def test_kin_then_pronoun_who_cannot_come_is_asked_one_less(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "报名 我和家里人两个"))
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "改成 1 人吗" in said, said
    assert await _signups(harness) == {"m0": (2, "in")}  # asked, not acted on
    await harness.say("g1", "m0", "是")
    assert await _signups(harness) == {"m0": (1, "in")}


@pytest.mark.parametrize("text", ["老公说他们单位周六去不了团建了", "隔壁老王说他去不了了", "老公问他能不能去", "老公说他也想去",
                                  "他去不了了"])
async def test_kin_pronoun_look_alikes_ask_nothing(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "报名 我和家里人两个"))
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "改成 1 人吗" not in said, said
    assert await _signups(harness) == {"m0": (2, "in")}


# --- 3. another trip that is off is no sign-up (and drops none) ----------------------------------------------------------

TRIPS_OFF = ["周六我们去不成公园了 刮大风", "这周六我家去不了奶奶那儿了 她出差", "周六我们参加不了同学会了", "周六去不了姥姥家了 孩子发烧"]


@pytest.mark.parametrize("text", TRIPS_OFF)
async def test_another_trip_off_signs_no_one_up(make_harness, text):
    harness = await _with_event(make_harness)
    said = _text(await harness.say("g1", "m1", text), "m1")
    assert "报名更新" not in said and await _signups(harness) == {}, said


@pytest.mark.parametrize("text", TRIPS_OFF)
async def test_another_trip_off_drops_no_sign_up(make_harness, text):
    harness = await _with_event(make_harness, ("m1", "报名 我们两个"))
    said = _text(await harness.say("g1", "m1", text), "m1")
    assert "取消" not in said and await _signups(harness) == {"m1": (2, "in")}, said


@pytest.mark.parametrize("text", ["周六我们去不了了 帮我取消", "我们去不了烘焙了", "周六俺们去不成了 取消吧"])
async def test_the_event_itself_off_still_cancels(make_harness, text):
    harness = await _with_event(make_harness, ("m1", "报名 我们两个"))
    await harness.say("g1", "m1", text)
    assert await _signups(harness) == {}


async def test_going_said_with_the_event_still_signs_up(make_harness):
    harness = await _with_event(make_harness)
    await harness.say("g1", "m1", "周六我们去 两个人")
    assert await _signups(harness) == {"m1": (2, "in")}


# --- 4. "报一个" beside "我和<name>": the two named --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["那我也报一个 我和朵朵", "报一个吧 我跟阿杰", "我也报1个 俺和妞妞", "行 我报一个 我带小米"])
async def test_one_place_beside_her_and_a_named_child_is_two(make_harness, text):
    harness = await _with_event(make_harness)
    await harness.say("g1", "m2", text)
    assert await _signups(harness) == {"m2": (2, "in")}


@pytest.mark.parametrize("text", ["我报一个 就我自己", "我报一个 我和你说", "我也报一个 朵朵在睡觉", "我报一个 跟朵朵一起玩的那个不去"])
async def test_one_place_look_alikes_stay_one(make_harness, text):
    harness = await _with_event(make_harness)
    await harness.say("g1", "m2", text)
    assert (await _signups(harness)).get("m2", (1, "in"))[0] == 1


# --- 5. places, place and start asked in more words ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["还有座位吗", "仲有冇位呀", "有没有位呀"])
async def test_a_place_asked_by_its_word_is_answered(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "报名 2人"))
    said = _text(await harness.say("g1", "m2", text), "m2")
    assert "还剩 1 个名额" in said and "记下了" not in said, said


async def test_a_place_asked_when_full_offers_the_waitlist(make_harness):
    harness = await _with_event(make_harness, ("m0", "报名 3人"), ("m1", "报名"))
    said = _text(await harness.say("g1", "m2", "那还有位吗"), "m2")
    assert "报满了" in said and "候补" in said and "记下了" not in said, said


@pytest.mark.parametrize("text", ["公交车上还有位吗", "有位阿姨问我怎么走", "停车场还有车位吗"])
async def test_place_word_look_alikes_are_not_the_events_places(make_harness, text):
    harness = await _with_event(make_harness)
    assert "名额" not in _text(await harness.say("g1", "m2", text), "m2")


@pytest.mark.parametrize("text", ["喺边度搞呀", "讲座在啥子地方搞", "在哪块儿集合", "烘焙在边度上"])
async def test_the_place_asked_in_regional_words_is_answered(make_harness, text):
    harness = await _with_event(make_harness)
    await harness.say("g1", "owner", "/活动地点 店里二楼烘焙教室")
    said = _text(await harness.say("g1", "m3", text), "m3")
    assert "店里二楼烘焙教室" in said, said


@pytest.mark.parametrize("text", ["在哪里举行 是店里吗", "去哪集合 门店吗", "在哪讲课呀 店里吧"])
async def test_without_a_place_a_guess_at_the_shop_hears_the_address(make_harness, text):
    harness = await _with_event(make_harness)
    said = _text(await harness.say("g1", "m3", text), "m3")
    assert "幸福路 88 号" in said and "记下了" not in said, said


@pytest.mark.parametrize("text", ["游泳课在边度上", "在哪里拿货 店里吗", "老公喺边度上班"])
async def test_place_look_alikes_are_not_the_events_place(make_harness, text):
    harness = await _with_event(make_harness)
    await harness.say("g1", "owner", "/活动地点 店里二楼烘焙教室")
    assert "店里二楼烘焙教室" not in _text(await harness.say("g1", "m3", text), "m3")


@pytest.mark.parametrize("text", ["几时开始啊", "烘焙几时开始", "开始时间系几时"])
async def test_the_start_asked_in_cantonese_is_answered(make_harness, text):
    harness = await _with_event(make_harness)
    assert "14:00 开始" in _text(await harness.say("g1", "m4", text), "m4")


@pytest.mark.parametrize("text", ["你几时得闲", "几时开门", "游泳课几时开始"])
async def test_start_look_alikes_are_not_the_events(make_harness, text):
    harness = await _with_event(make_harness)
    assert "14:00 开始" not in _text(await harness.say("g1", "m4", text), "m4")


# --- pure readers, and hostile input ------------------------------------------------------------------------------------

def test_readers():
    assert asks_own_signup("俺报的名还算数不") and not asks_own_signup("她的报名还在不")
    assert read_signup("我们家的名额还有效吗") is None and read_signup("我的报名改成三个").amount == 3
    assert kin_cannot_come("老公话周六要开工 佢去唔到") and not kin_cannot_come("隔壁老王说他去不了了")
    assert else_dropped("周六我们去不成公园了") and read_cancel("周六我们去不成公园了") is None
    assert read_signup("报一个吧 我跟阿杰").amount == 2 and read_signup("我报一个 我和你说").amount == 1
    assert asks_places("仲有冇位", "亲子烘焙") and not asks_places("有位阿姨问我", "亲子烘焙")
    assert asks_event_place("在哪讲啊 店里吗", "养生讲座") and not asks_event_place("店在哪", "养生讲座")
    assert asks_start("几时开始啊") and not asks_start("几时开门")


@pytest.mark.parametrize("size", [300, 5000])
def test_new_patterns_on_long_input_are_quick(size):
    texts = ["我的" * (size // 2), "我的报名还" * (size // 5), "老公" * (size // 2), "老公他" * (size // 3), "佢去唔" * (size // 3),
             "去不了" * (size // 3), "去不了外婆" * (size // 5), "报一个 我和" * (size // 6), "我和朵朵" * (size // 4),
             "有冇位" * (size // 3), "在边度" * (size // 3), "在哪讲 店里" * (size // 6), "店里吗" * (size // 3), "几时" * (size // 2)]
    started = time.perf_counter()
    for text in texts:
        OWN_RECORD_ASKED.search(text)
        asks_own_signup(text)
        kin_cannot_come(text)
        _GONE_ELSEWHERE.match(text, 3)
        _named_beside_one_place(text)
        asks_places(text, "亲子烘焙")
        asks_event_place(text, "亲子烘焙")
        asks_start(text)
    assert time.perf_counter() - started < 1.0
