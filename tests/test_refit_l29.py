"""Issue 18, L29: the learned parts (intent score, order-quantity ranker, sign-up party ranker, 打卡 scores) refitted on
today's corpus. Whatever files ship, chat near an order, a sign-up or a sign-in stays silent (no act, no question asked),
and plain requests of each kind are still read with their count. Sentences of our own, never corpus lines.
"""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading, signup_reading
from bot.language import intent_model, order_quantity, party_ranker, signin_model
from tests.test_signins_i13 import signs_in

# Counts said about the past, the home, a price or other people: no order of hers now.
ORDER_LOOKALIKES = [
    "楼下超市鸡蛋三盒才十块，比这还便宜",
    "我家冰箱里还剩两袋饺子没吃完",
    "前天拿的三箱橙子到现在还没吃完",
    "你们谁想要两份的话可以跟我拼一单",
    "这次接龙的人真多，都快一百份了",
    "快递说两箱水果明天才能送到小区",
    "孩子一顿能吃三个包子，饭量见长",
    "上次买的两份牛肉饼我妈说咸",
    "这个一份够我们吃两顿",
    "琴日买咗两份，好食",
]
# Events told, another body's, or someone else's plan: no sign-up of hers now.
SIGNUP_LOOKALIKES = [
    "上礼拜的亲子活动我们一家三口去了，玩得挺开心",
    "这个讲座要是排在周末我就报了，可惜得上班",
    "单位组织体检，我们科室五个人都去了",
    "学校运动会每个班要报十个人，老师愁死了",
    "我们三个人下午约了去喝茶",
]
# 打卡 and 签到 talked about, or another place's: no sign-in in this group.
SIGNIN_LOOKALIKES = [
    "昨天忘了签到，连续天数断了好可惜",
    "健身房打卡第三十天，瘦了两斤",
    "我妈天天在群里签到，比我还勤快",
    "公司打卡机又坏了，排了半天队",
    "医院那边签到要刷身份证，记得带上",
    "打卡：午饭一碗面",  # a meal logged: the sign-in scores refitted on today's corpus signed it in (L29, not shipped)
]


def test_the_shipped_models_load():
    assert intent_model.shipped() is not None and order_quantity.shipped() is not None
    assert party_ranker.shipped() is not None and signin_model.shipped() is not None


@pytest.mark.parametrize("text", ORDER_LOOKALIKES)
def test_chat_near_an_order_is_left_alone(text):
    assert order_reading(text, None) is None


@pytest.mark.parametrize("text", SIGNUP_LOOKALIKES)
def test_chat_near_a_signup_is_left_alone(text):
    assert signup_reading(text) is None


# Asked by the rules themselves (``guess=False`` reads the same question), whatever the learned files: left for the rules.
RULES_ASK = pytest.mark.xfail(strict=True, reason="L29: the rule readers ask these, not a learned part")


@RULES_ASK
def test_a_past_order_complained_of_is_left_alone():
    assert order_reading("上回那两份排骨我妈嫌太咸了", None) is None


@RULES_ASK
def test_a_neighbours_plan_is_left_alone():
    assert signup_reading("隔壁王姐说她要带两个孩子去报名") is None


@pytest.mark.parametrize("text", SIGNIN_LOOKALIKES)
def test_chat_near_a_signin_is_left_alone(text):
    assert not signs_in(text)


@pytest.mark.parametrize("text, amount", [
    ("麻烦给我留三盒草莓", 3), ("我家要两份汤圆", 2), ("橙子来一箱，谢谢", 1), ("帮我妈也订一份", 1),
])
def test_plain_orders_are_read_with_their_count(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and reading.amount == amount


@pytest.mark.parametrize("text, party", [
    ("我和老公两个报名", 2), ("报名，我带女儿一起", 2), ("给我报一个名额", 1),
])
def test_plain_signups_are_read_with_their_party(text, party):
    reading = signup_reading(text)
    assert reading is not None and reading.sure and reading.amount == party


@pytest.mark.parametrize("text", ["签到", "早上好，签个到", "帮我签一下到"])
def test_plain_signins_are_read(text):
    assert signs_in(text)


# Orders the intent score refitted on today's corpus reads (out of fold it read terse consent better: "…就得", "…就中") but
# it is not shipped: on the sixteen newest files it also acted wrongly more often (docs/language.md, L29). A refit that
# ships and reads these passes them.
REFIT_NOT_SHIPPED = pytest.mark.xfail(strict=True, reason="L29: the intent score refit reads these; not shipped")


@REFIT_NOT_SHIPPED
@pytest.mark.parametrize("text, amount", [("一份就得咧", 1), ("三份就中", 3)])
def test_terse_consent_with_its_count_is_acted_on(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and reading.amount == amount
