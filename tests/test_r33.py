"""r33: e33's review. One of her party who cannot come asks her sign-up smaller, never drops it; the group-buy's "when"
answers stay off chat and off words to other members; the note of a question kept for the staff is said truthfully and
seldom. The real pipeline and SQLite; the sentences are our own, with look-alikes that must not trigger."""
from __future__ import annotations

import re
import time

import pytest

from bot.language.event_asks import _KIN_UNABLE, cannot_come, kin_cannot_come
from tests.test_e33 import GROUP, _harness, _signups, _text, _with_event

# --- 1. one of her party cannot come ------------------------------------------------------------------------------------

@pytest.mark.parametrize("signed, text, people", [
    ("报名 我和老公两个人", "老公周六去不了了", 1), ("报名 我和孩子2人", "孩子周六来不了了", 1),
    ("报名 一家三口3人", "我们家老大周六去不了了，我和小的去", 2), ("我报名 3人", "婆婆那天来不了", 2),
    ("我报名 2人", "我家闺女周六参加不了了", 1), ("我报名 2人", "老公有事周六来不了了", 1),
])
async def test_one_of_her_party_unable_asks_her_sign_up_smaller(make_harness, signed, text, people):
    harness = await _with_event(make_harness, ("m0", signed))
    before = await _signups(harness)
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert f"要把“亲子烘焙”的报名改成 {people} 人吗" in said and "已为您取消" not in said
    assert await _signups(harness) == before  # nothing changed before her yes
    await harness.say("g1", "m0", "是")
    assert (await _signups(harness))["m0"] == (people, "in")


async def test_one_of_her_party_unable_declined_keeps_her_sign_up(make_harness):
    harness = await _with_event(make_harness, ("m0", "报名 我和老公两个人"))
    await harness.say("g1", "m0", "老公周六去不了了")
    await harness.say("g1", "m0", "不用了")
    assert await _signups(harness) == {"m0": (2, "in")}


async def test_kin_unable_of_a_sign_up_of_one_asks_the_cancel(make_harness):
    harness = await _with_event(make_harness, ("m0", "报名"))
    said = _text(await harness.say("g1", "m0", "老公周六去不了了"), "m0")
    assert "您是要取消“亲子烘焙”的报名吗" in said and await _signups(harness) == {"m0": (1, "in")}


async def test_kin_unable_from_one_not_signed_up_is_silent(make_harness):
    harness = await _with_event(make_harness)
    assert _text(await harness.say("g1", "m3", "老公周六去不了了"), "m3") == ""


@pytest.mark.parametrize("text", ["我周六去不了了", "我们周六来不了了", "我和老公周六去不了了"])
async def test_her_own_unable_on_the_day_still_drops_her(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "报名 我和老公两个人"))
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "已为您取消“亲子烘焙”的报名" in said and await _signups(harness) == {}


def test_kin_reader():
    for text in ("老公周六去不了了", "孩子周六来不了了", "我们家老大周六去不了了，我和小的去", "婆婆那天来不了"):
        assert kin_cannot_come(text) and not cannot_come(text), text
    for text in ("我周六去不了了", "周六去不了了", "宝宝发烧了 周六去不了了", "我和老公周六去不了了", "老公跟我都去不了了",
                 "孩子周六可能来不了", "老公周六去不了吗", "老公说周六他去不了"):
        assert not kin_cannot_come(text), text
    assert cannot_come("宝宝发烧了 周六去不了了") and cannot_come("我和老公周六去不了了")


@pytest.mark.parametrize("size", [300, 5000])
def test_kin_pattern_on_long_input_is_quick(size):
    texts = ["老公" * (size // 2), "老公周六" * (size // 4), "周六" * (size // 2) + "去不了", "孩子" * (size // 2) + "来不了",
             "我和" * (size // 2), "老大周周周" * (size // 5)]
    started = time.perf_counter()
    for text in texts:
        kin_cannot_come(text)
        cannot_come(text)
        _KIN_UNABLE.search(text)  # the pattern itself, past the length limit
    assert time.perf_counter() - started < 1.0
