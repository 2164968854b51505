"""q12: questions to the store on text nobody built the reader from — whom a question is put to, what it is about,
rhetorical forms, quotes — and a question followed by a remark the order reader only guessed an order in.

The examples are the engineer's own, written from how members, staff and forwarded articles talk in store groups;
none is a corpus line."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.config.loader import load_yaml_model
from bot.config.schema import GroupSettings
from bot.questions.asking import question_first, read
from bot.questions.faq import ENTRIES, SHIPPED, Faq
from storage.models import GroupBuyOrder
from tests.conftest import TEST_CONFIG, to

CONFIG = TEST_CONFIG + """
  questions: {sla_minutes: 30, opening_hours: "09:00-21:00"}
"""
THRESHOLD = GroupSettings().faq.threshold


@pytest.fixture(scope="module")
def faq() -> Faq:
    return Faq(load_yaml_model(SHIPPED, ENTRIES))


# --- a question, then a remark the order reader guesses an order in ---------------------------------------------

@pytest.mark.parametrize("text, first", [
    ("汤圆还有没有货啊 我姐也想要", True),  # whom it is for: a reason, no order
    ("送货要加钱吗 就两份", True),  # how much she buys, as the delivery question's reason
    ("托特包还有吗 我要一个", False),  # a count she wants stays the order reader's to ask about
    ("大枣还有货吗 我妈天天念叨", True),
    ("还有没有啊 有的话给我留两份", False),  # the answer made her order
    ("汤圆还有吗 我也要", False),  # "I want it too" orders
    ("小米是今年的新米吗？要是新米我订三袋", False),
    ("还能订两份吗", False),  # her count inside the question
    ("汤圆还有没有货啊", False),  # no remark at all
])
def test_a_question_first_and_a_remark_that_orders_nothing(faq, text, first):
    assert question_first(text, faq, THRESHOLD) is first


async def test_a_question_then_a_remark_gets_the_catalogue_answer_and_no_order(make_harness):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", "/开团 手工黑芝麻汤圆 ¥28 库存20 截止20:00 自提点A")
    [reply] = await harness.say("g1", "amy", "汤圆还有没有货啊 我姐也想要")
    assert to("amy", [reply]) and reply["text"].startswith("手工黑芝麻汤圆") and "还有 20 份" in reply["text"], reply
    assert "您是要订" not in reply["text"]  # not asked back as an order
    orders = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder)).all())
    assert orders == []
    await harness.say("g1", "amy", "好的 那给我和我姐一人留一份 一共两份")  # now she orders
    orders = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.quantity)).all())
    assert [row[0] for row in orders] == [2]
