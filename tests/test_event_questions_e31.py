"""e31: with an event open, its time asked alone or by its name, and whether it still takes sign-ups (places left), are
answered from the event's own row; questions of other things stay out; a store asked as 你们家 whether it has goods is
passed to the staff, a member's family stays chat. The real pipeline and SQLite; the sentences are our own."""
from __future__ import annotations

import time

import pytest

from bot.questions.happening import asks_places, asks_start, of_the_event
from storage.questions import open_questions
from tests.conftest import TEST_CONFIG, local, to
from tests.test_either_r31 import EVENT, GROUP, _said

CONFIG = TEST_CONFIG + """
  questions: {sla_minutes: 30, opening_hours: "09:00-21:00"}
"""


def _text(actions: list[dict], member: str) -> str:
    return "\n".join(a["text"] for a in to(member, actions) if a.get("action", "say") == "say")


async def _event(make_harness):
    harness = await make_harness(CONFIG, groups=[GROUP])
    await harness.say("g1", "owner", EVENT, at=local("2026-11-23 09:00"))  # 亲子陶艺 周六14:00 名额10 截止周五20:00
    return harness


@pytest.mark.parametrize("text, answered", [
    ("周六几点来着", True), ("陶艺几点呀", True), ("陶艺课几点钟呀", True), ("几点来着？", True),
    ("游泳课几点", False), ("春晚几点", False), ("现在几点了", False), ("你几点下班", False)])
async def test_the_event_time_asked_alone(make_harness, text, answered):
    harness = await _event(make_harness)
    said = _text(await _said(harness, "amy", text, "2026-11-23 09:10"), "amy")
    assert ("14:00 开始" in said) is answered, said


@pytest.mark.parametrize("text, answered", [
    ("还能报名不", True), ("现在还可以报吗", True), ("还有名额没", True), ("名额满了吗", True),
    ("陶艺还剩几个名额", True), ("请问还有位置吗", True),
    ("游泳班还能报吗", False), ("钢琴课还有名额吗", False), ("报名那个游泳班的宝妈们", False), ("我报满了三个班", False)])
async def test_whether_the_event_takes_sign_ups(make_harness, text, answered):
    harness = await _event(make_harness)
    said = _text(await _said(harness, "amy", text, "2026-11-23 09:10"), "amy")
    assert ("还剩 10 个名额" in said) is answered, said


async def test_places_left_count_the_signed_up_and_the_full_and_closed_event(make_harness):
    harness = await _event(make_harness)
    await _said(harness, "bo", "我报名 4人", "2026-11-23 09:05")
    assert "还剩 6 个名额" in _text(await _said(harness, "amy", "还能报名吗", "2026-11-23 09:10"), "amy")
    await _said(harness, "zhang", "我报名 6人", "2026-11-23 09:15")
    assert "报满" in _text(await _said(harness, "amy", "还有名额吗", "2026-11-23 09:20"), "amy")
    assert "截止报名" in _text(await _said(harness, "li", "还可以报名吗", "2026-11-27 21:00"), "li")


async def test_nothing_open_the_staff_answer(make_harness):
    harness = await make_harness(CONFIG, groups=[GROUP])
    assert _text(await _said(harness, "amy", "还能报名不", "2026-11-23 09:10"), "amy") == "这个问题记下了，店员会尽快回复您～"  # noted (e33)


@pytest.mark.parametrize("text, passed", [
    ("你们家奶粉有没有", True), ("你们家酸奶有没有呀", True), ("你们家有没有卖尿不湿", True),
    ("你家娃奶粉有没有换", False), ("你们家宝宝奶粉有没有换", False), ("你们家有没有多余的纸箱", False),
    ("你们家还有大蒜吗", False), ("你们家奶粉有没有换过", False)])
async def test_the_shop_asked_as_your_family_whether_it_has_goods(make_harness, text, passed):
    harness = await make_harness(CONFIG, groups=[GROUP])
    await _said(harness, "amy", text, "2026-11-23 10:00")
    asked = [q.text for q in await harness.db.read(open_questions)]
    assert (text in asked) is passed, asked


@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_inputs_are_fast(size):
    for text in ("几点" * (size // 2), "还能报" * (size // 3), "你们家" + "奶" * size + "有没有", "名额" * (size // 2) + "满了"):
        started = time.perf_counter()
        asks_start(text), of_the_event(text, "亲子陶艺"), asks_places(text, "亲子陶艺")
        from bot.questions.asking import read
        read(text, None, 0.65, taken=False)
        assert time.perf_counter() - started < 1.0
