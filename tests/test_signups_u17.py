"""U17: a sign-up with a question about the event beside it ("我跟老头子两个 报个名 几点开始啊"): the sign-up is acted
on, and the question goes the questions' way (the FAQ's answer or the staff) instead of being dropped — the first
handler that takes a message ends it, and the sign-up handler comes before questions. Sentences of this pass's own."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.chain.text import signup_reading
from bot.config.loader import load_yaml_model
from bot.config.schema import GroupSettings
from bot.questions.asking import question_beside
from bot.questions.faq import ENTRIES, SHIPPED, Faq
from tests.conftest import local
from tests.test_questions import CONFIG, directs, run_until


@pytest.fixture(scope="module")
def faq() -> Faq:
    return Faq(load_yaml_model(SHIPPED, ENTRIES))


@pytest.mark.parametrize("text, party, question", [
    ("我跟老头子两个 报个名 几点开始啊", 2, "几点开始啊"),
    ("几点开始呀？我和孙子两个报名", 2, "几点开始呀？"),
    ("包饺子我们三个人，在哪集合呢", 3, "在哪集合呢"),  # the question silenced this party before: read on its own
    ("我和闺女报名，周日上午几点结束", 2, "周日上午几点结束"),
])
def test_a_question_beside_a_sign_up_is_read_apart(faq, text, party, question):
    said, asked = question_beside(text, faq, GroupSettings().faq.threshold)
    assert asked == question
    reading = signup_reading(said, event="包饺子")
    assert reading is not None and reading.amount == party


@pytest.mark.parametrize("text", [
    "我们两口子报名 行不行",  # a request's tag
    "还有位置吗 我和我妈两个",  # whether there is room: the sign-up's reply answers it
    "我报名了没？我家三个",  # whether she is in
    "报名 两个人",  # no question at all
    "烘焙课我俩不去了 怎么取消呀",  # how to cancel: the cancel itself answers it
    "+1 上回那个老师讲得真好",  # a remark, no question
])
def test_no_question_beside(faq, text):
    assert question_beside(text, faq, GroupSettings().faq.threshold) is None


async def test_the_sign_up_is_taken_and_the_question_reaches_the_staff(make_harness):
    harness = await make_harness(CONFIG)
    t = local("2026-11-23 10:00")
    await harness.say("g1", "owner", "/活动 包饺子 周六14:00 名额10 截止周五20:00", at=t)
    said = await harness.say("g1", "amy", "我跟老伴两个报名，到时候在哪集合呀？", at=t + timedelta(minutes=1))
    assert any("2 人" in a["text"] for a in said)  # the sign-up, not silenced by the question
    started = await harness.say("g1", "bo", "包饺子我和儿子两个，几点开始嘞", at=t + timedelta(minutes=2))
    assert any("包饺子" in a["text"] and "14:00 开始" in a["text"] for a in started)  # (G31) the event's own start time
    told = directs(await run_until(harness, t + timedelta(hours=3)), "owner")
    assert told and "集合" in "".join(a["text"] for a in told) and "几点开始" not in "".join(a["text"] for a in told)
    roll = [a["text"] for a in harness.actions if "已报" in a["text"]]
    assert roll and "已报 4" in roll[-1]


async def test_a_request_tag_or_a_room_question_stays_the_sign_up_s_alone(make_harness):
    harness = await make_harness(CONFIG)
    t = local("2026-11-23 10:00")
    await harness.say("g1", "owner", "/活动 包饺子 周六14:00 名额10 截止周五20:00", at=t)
    await harness.say("g1", "amy", "还有名额吗 我们三个人", at=t + timedelta(minutes=1))
    await harness.say("g1", "bo", "我俩报名 行不行", at=t + timedelta(minutes=2))
    assert directs(await run_until(harness, t + timedelta(hours=3)), "owner") == []
