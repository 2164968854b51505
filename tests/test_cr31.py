"""cr31 review: an open group-buy does not answer a question about other goods, and the open event's start time does not
answer "几点开始" asked of something else. The real pipeline and SQLite; the sentences are the reviewer's own."""
from __future__ import annotations

import pytest

from tests.conftest import TEST_CONFIG, local, to
from tests.test_either_r31 import EVENT, GROUP, _said

CONFIG = TEST_CONFIG + """
  questions: {sla_minutes: 30, opening_hours: "09:00-21:00"}
"""
MILLET = "/开团 五常小米 截止明天20:00 自提：小区南门"


def _text(actions: list[dict], member: str) -> str:
    return "\n".join(a["text"] for a in to(member, actions) if a.get("action", "say") == "say")


@pytest.mark.parametrize("text", ["还有什么水果吗", "有几个苹果卖啊"])
async def test_other_goods_are_not_answered_with_the_open_group_buy(make_harness, text):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", MILLET)
    assert "小米" not in _text(await harness.say("g1", "amy", text), "amy")


@pytest.mark.parametrize("text, answered", [("还有几袋呀", True), ("有什么颜色可以选", False)])
async def test_its_own_stock_is_still_answered(make_harness, text, answered):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", MILLET)
    assert ("还有 80 份" in _text(await harness.say("g1", "amy", text), "amy")) is answered


@pytest.mark.parametrize("text, answered", [
    ("明天游泳课几点开始", False), ("今晚春晚几点开始", False),
    ("几点开始", True), ("请问活动几点开始呀", True), ("陶艺课几点开始", True)])
async def test_the_event_start_answers_only_a_question_of_the_event(make_harness, text, answered):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", EVENT, at=local("2026-11-23 09:00"))
    said = _text(await _said(harness, "amy", text, "2026-11-23 09:10"), "amy")
    assert ("14:00 开始" in said) is answered, said


async def test_a_command_typed_again_drops_the_suggestion(harness):
    """The owner, asked "您是说…吗？", types the command again herself; her "嗯" to a member a minute later runs nothing."""
    from datetime import timedelta
    start = harness.clock.now()
    await harness.say("g1", "owner", "/开团 黑芝麻元宵 截止20:00 自提点A", at=start)
    [opened] = await harness.say("g1", "owner", "/开团 手工黑芝麻汤圆 500g 截止20:00 自提点A", at=start + timedelta(minutes=1))
    assert "团购开团" in opened["text"]
    assert await harness.say("g1", "owner", "嗯", at=start + timedelta(minutes=2)) == []
