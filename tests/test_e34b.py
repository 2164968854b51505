"""e34b: sign-ups none invented, none lost — another event named, a friend's offer of something else, a friend's reply,
a party only wished beside a question, a change with its reason between, "没报名" said — and the event's own place, time
and places in more words. The real pipeline and SQLite (the e33 harness); the sentences are our own, none a corpus line,
with look-alikes that must not trigger."""
from __future__ import annotations

import time

import pytest

from bot.language.other_event import another_event_named, offer_elsewhere, only_wished, party_after_change, says_unsigned
from bot.questions.happening import asks_event_place, asks_places, asks_start, of_the_event
from tests.test_e33 import _signups, _text, _with_event

# --- 1. a sign-up naming another event is never booked into the open one ------------------------------------------------


@pytest.mark.parametrize("text", ["剧本杀报名！我和室友两个", "瑜伽课我也报名 就我自己", "密室逃脱的报个名 俩人", "羽毛球报名+1"])
async def test_another_event_named_is_told_never_booked(make_harness, text):
    harness = await _with_event(make_harness)
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "现在没有开放报名" in said and "亲子烘焙" in said, said
    assert await _signups(harness) == {}
    assert _text(await harness.say("g1", "m0", text), "m0") == ""  # told once


@pytest.mark.parametrize("text, people", [("烘焙报名 两个人", 2), ("我也报名 我和孩子", 2), ("周六报名", 1), ("赶紧报名 就我一个", 1)])
async def test_the_open_event_or_nothing_named_still_books(make_harness, text, people):
    harness = await _with_event(make_harness)
    await harness.say("g1", "m0", text)
    assert await _signups(harness) == {"m0": (people, "in")}


# --- 2. "算我一个" answering a friend's offer of something else ------------------------------------------------------------


@pytest.mark.parametrize("offer, said", [("谁去看跨年演唱会 我多一张票", "我我我 算我一个"), ("有人一起去爬山吗 周六", "我去我去 算我一个"),
                                         ("谁要电影票 多一张", "+1"), ("周末谁想去吃火锅", "算我一个 哈哈")])
async def test_a_friends_offer_answered_signs_up_no_one(make_harness, offer, said):
    harness = await _with_event(make_harness)
    await harness.say("g1", "m3", offer)
    assert _text(await harness.say("g1", "m0", said), "m0") == ""
    assert await _signups(harness) == {}


@pytest.mark.parametrize("offer, said", [("谁去看演唱会 我多一张票", "烘焙算我一个"), ("今天好冷啊", "算我一个"),
                                         ("烘焙谁去呀", "算我一个")])
async def test_the_event_after_a_friends_words_still_books(make_harness, offer, said):
    harness = await _with_event(make_harness)
    await harness.say("g1", "m3", offer)
    await harness.say("g1", "m0", said)
    assert await _signups(harness) == {"m0": (1, "in")}


# --- 3. a friend's reply never changes her party ------------------------------------------------------------------------


@pytest.mark.parametrize("said", ["@小美 去呀 一起嘛", "@小美 去的去的 到时候见", "@小美 肯定去啊 约好了"])
async def test_a_reply_to_a_friend_keeps_her_party(make_harness, said):
    harness = await _with_event(make_harness, ("m1", "报名 3人"))
    await harness.say("g1", "m0", "@波波 你们周六去吗？", mentions=("m1",))
    assert "报名更新" not in _text(await harness.say("g1", "m1", said, mentions=("m0",)), "m1")
    assert await _signups(harness) == {"m1": (3, "in")}


async def test_a_reply_to_a_friend_from_one_not_signed_up_is_asked_once(make_harness):
    harness = await _with_event(make_harness)
    await harness.say("g1", "m0", "@波波 你周六去吗？", mentions=("m1",))
    said = _text(await harness.say("g1", "m1", "@小美 去呀 一起嘛", mentions=("m0",)), "m1")
    assert "您是要报名" in said and await _signups(harness) == {}


@pytest.mark.parametrize("said, people", [("@小美 我们改成两个人报名", 2), ("@小美 我们改成两个人", 2)])
async def test_her_own_change_told_to_a_friend_still_changes(make_harness, said, people):
    harness = await _with_event(make_harness, ("m1", "报名 3人"))
    await harness.say("g1", "m1", said, mentions=("m0",))
    assert await _signups(harness) == {"m1": (people, "in")}


# --- 4. a party only wished beside a question is asked once, never booked ------------------------------------------------


@pytest.mark.parametrize("text", ["我爸妈也想去 老年人走得动吗", "俺家老人也打算来 要走很远吗", "我姥姥也想去 她腿脚不好能行吗"])
async def test_a_wished_party_beside_a_question_is_asked(make_harness, text):
    harness = await _with_event(make_harness)
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "报名更新" not in said and await _signups(harness) == {}, said


def test_wish_words():
    assert only_wished("我爸妈也想去") and only_wished("俺打算带孙子来") and only_wished("准备带娃去")
    assert not only_wished("我和老伴两个") and not only_wished("我带孩子去") and not only_wished("一家三口都去")


# --- 5. a change with its reason between ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, people", [("改一下 老大要上补习班 两个人", 2), ("改下，老公要加班，就我一个", 1),
                                          ("更正一下 奶奶不来了 我们两个", 2)])
async def test_a_change_with_its_reason_changes_the_party(make_harness, text, people):
    harness = await _with_event(make_harness, ("m0", "报名 3人"))
    await harness.say("g1", "m0", text)
    assert await _signups(harness) == {"m0": (people, "in")}


@pytest.mark.parametrize("text", ["改一下地址", "改一下 我手机号换了", "改一下时间吧 周六太早了"])
async def test_a_change_of_something_else_keeps_the_party(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "报名 3人"))
    await harness.say("g1", "m0", text)
    assert await _signups(harness) == {"m0": (3, "in")}


# --- 6. "没报名" said: no "您还没有报名" told back -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["算了 我家娃太小 不去了 没报名哈", "不去了不去了 反正我也没报", "取消吧 哦我还没报名呢"])
async def test_not_signed_up_said_hears_nothing(make_harness, text):
    harness = await _with_event(make_harness)
    assert "您还没有报名" not in _text(await harness.say("g1", "m0", text), "m0")


@pytest.mark.parametrize("text", ["取消报名", "帮我取消报名", "我没报名吗？取消报名"])
async def test_a_cancel_without_a_sign_up_still_hears_it(make_harness, text):
    harness = await _with_event(make_harness)
    assert "您还没有报名" in _text(await harness.say("g1", "m0", text), "m0")


# --- 7. the event's place, time and places in more words ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["地方改了？到底在哪儿", "地点换了 现在在哪里", "场地换了 到底在哪儿啊"])
async def test_the_place_changed_asked_is_the_events(make_harness, text):
    harness = await _with_event(make_harness)
    await harness.say("g1", "owner", "/活动地点 社区活动中心三楼")
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "社区活动中心三楼" in said and "门店地址" not in said, said


@pytest.mark.parametrize("text", ["周六下午几点啊 没写", "几点呀 通知上没说", "到底几点 没写啊"])
async def test_the_time_left_out_is_the_events(make_harness, text):
    harness = await _with_event(make_harness)
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "14:00 开始" in said and "营业" not in said, said


@pytest.mark.parametrize("text", ["听说好多人报了 还有位置没得", "好多人都报名了，还有名额吗", "看好多人报了 还能报吗"])
async def test_places_after_hearsay_are_answered(make_harness, text):
    harness = await _with_event(make_harness, ("m1", "报名 3人"))
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "记下了" not in said and "候补" in said, said


def test_event_question_look_alikes():
    title = "冬季养生讲座"
    assert not asks_places("听说好多人报了游泳班 还有位置没", title) and not asks_places("公交车上还有位置没", title)
    assert not asks_event_place("你家地方换了 在哪儿", title) and not asks_event_place("店搬了？在哪儿", title)
    assert not asks_event_place("地方改了", title)
    for text in ("几点开门 没写", "明天游泳课几点 没说", "几点了 没写作业"):
        assert not (asks_start(text) and of_the_event(text, "读书会")), text


# --- pure readers, hostile input ----------------------------------------------------------------------------------------


def test_readers():
    assert another_event_named("剧本杀报名！", "读书会") == "剧本杀" and another_event_named("读书会报个名", "读书会") is None
    assert another_event_named("我也报名", "读书会") is None and another_event_named("亲子报名", "读书会") is None
    assert offer_elsewhere("谁去看跨年演唱会 我多一张票", "跨年派对") and not offer_elsewhere("派对谁去", "跨年派对")
    assert not offer_elsewhere("周六谁去报名", "跨年派对")
    assert says_unsigned("没报名哈") and not says_unsigned("我没报名吗？") and not says_unsigned("取消报名")
    assert party_after_change("改一下 老大要上补习班 三个人") == "三个人" and party_after_change("改一下 三个人") is None


@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_inputs_are_quick(size):
    texts = ["报" * size, "剧本杀" * (size // 3) + "报名", "改一下 " + "啊 " * (size // 2), "谁去" * (size // 2),
             "没" * size, "几点" * (size // 2) + "没写", "好多人报了" * (size // 5) + "还有位置没", "地方改了" * (size // 4) + "在哪"]
    started = time.perf_counter()
    for text in texts:
        another_event_named(text, "读书会"), offer_elsewhere(text, "读书会"), says_unsigned(text), party_after_change(text)
        only_wished(text), asks_places(text, "读书会"), asks_event_place(text, "读书会"), asks_start(text)
    assert time.perf_counter() - started < 1.0
