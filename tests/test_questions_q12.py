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


# --- chat with a question's form that must stay unanswered -------------------------------------------------------

@pytest.mark.parametrize("text", [
    # another seller, or a shop placed apart from ours
    "朴朴送货要多久啊？", "叮咚买菜的草莓多少钱一盒？", "小区门口的药店能刷医保吗？", "隔壁水果店的橘子甜不甜？",
    "美团买菜几点截单？", "银行元旦上班吗？", "盒马能送到我们小区吗？", "百果园的车厘子多少钱一斤？", "京东到家能送到我们这吗？",
    "新开的那家超市停车方便吗？", "社区食堂几点开饭？",
    # the sender gathering the members' answers (the staff, an organiser)
    "今天下单的宝子们要不要送上门？回复我一下", "各位邻居，明天的鸡蛋要不要帮大家送上门？", "今天谁没拿到货的请@我一下？",
    "明天的讲座有几位来？我好准备椅子",
    # the members asked who among them can, did or owns it; their own estate and day
    "群里有会修洗衣机的吗？", "二单元门口那个快递是谁的啊？放好几天了", "这个红包是谁发的呀？", "这周六谁值日啊？",
    "你们那个小区停车费多少钱一个月？", "你们几点去接孩子？", "你们冬至包饺子还是吃汤圆？", "谁买了那个汤圆 好吃吗",
    # rhetoric and laments
    "这价格谁受得了啊？", "好好的汤圆怎么就煮破了呢", "上班什么时候是个头",
    # article titles teasing their answer
    "鸡蛋到底要不要放冰箱？很多人都做错了", "隔夜的汤圆还能吃吗？很多人都不知道", "吃完柿子能吃海鲜吗？记住这几点",
    "腊肉怎么保存才不会坏？老一辈的方法最管用",
    # quoted and reported words
    "她跟我说\"这个多少钱？\"我都没听清", "店长那句\"还有没有要的？\"把我笑死了", "他问我\"几点关门\"，我哪知道",
    "儿子问能不能天天吃汤圆",
])
def test_chat_put_to_others_or_about_other_places_is_not_a_question_to_the_store(faq, text):
    assert not read(text, faq, THRESHOLD).asks
    assert not read(text, faq, THRESHOLD, taken=False).asks  # as the handler reads it


# --- questions to the store, answered by the right entry ----------------------------------------------------------

@pytest.mark.parametrize("text, topic", [
    ("店里元旦放假吗？", "hours"), ("明早七点半开门不？", "hours"), ("晚上九点多过去还有人不", "hours"),
    ("店铺具体在哪栋楼啊？", "address"), ("导航搜你们店名能搜到吗", "address"),
    ("腿脚不方便 能不能送到楼上", "delivery"), ("满多少可以送货啊？", "delivery"), ("送上门收不收跑腿费", "delivery"),
    ("团购的钱是转给店长吗？", "payment"), ("可以先拿货明天再付钱吗", "payment"), ("能刷医保吗？", "payment"),
    ("昨天买的橘子好几个烂了能换吗？", "returns"), ("鞋码买小了能不能换大一号的", "returns"),
    ("积分攒了两千能换点什么？", "points"), ("优惠券在哪里领？", "points"),
    ("开车过去门口有地方停吗？", "parking"), ("电瓶车能停店门口不？", "parking"),
    ("腊肠多少钱一斤？", "catalogue"), ("汤圆还有芝麻馅的吗？", "catalogue"), ("什么时候截单啊", "catalogue"),
    ("群里可以发自己家做的咸菜卖吗？", "rules"), ("能拉我妈进群吗", "rules"),
    # other places named as where goods go or what ours are weighed against still ask the store
    ("能送到医院吗，我在陪床", "delivery"),
])
def test_store_questions_of_every_entry_are_answered(faq, text, topic):
    reading = read(text, faq, THRESHOLD)
    assert (reading.asks, reading.topic) == (True, topic)
