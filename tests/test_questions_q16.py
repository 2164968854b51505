"""Q16 (issue 18): no answer when the entry does not say what is asked; a question, then her order; 签到有甚用; the price
and the pack asked as one shared piece. The sentences are the engineer's own, written from real group chat."""
from __future__ import annotations

import pytest

from bot.config.loader import load_yaml_model
from bot.config.schema import GroupSettings, SignInSettings
from bot.language.signins import read_signin
from bot.questions import asking
from bot.questions.asking import question_first, read
from bot.questions.faq import ENTRIES, SHIPPED, Faq

FAQ = Faq(load_yaml_model(SHIPPED, ENTRIES))
THRESHOLD = GroupSettings().faq.threshold
TRIGGERS = tuple(SignInSettings().triggers)


def reading(text: str) -> tuple[bool, str | None]:
    found = read(text, FAQ, THRESHOLD)
    return found.asks, found.topic


@pytest.mark.parametrize("text", [
    "粽子是免费送的吗",  # something given free: no goods' price says it
    "年夜饭一个人多少钱",  # a price per person: an event's or a service's
    "手工课的材料费怎么算",  # a fee
    "这个蜂蜜糖尿病人能吃吗",  # her health, the store's goods pointed at
    "那个降压药饭前吃还是饭后吃",  # a medicine's use, asked as an alternative
    "鸡蛋接龙里有没有我",  # her own place on the list
    "橙子的接龙上有我吗 我记不清了",
    "我昨晚转的钱你们收到了吗",  # her own payment, for the staff to look up
    "这个毛线帽能机洗吗",  # washing what was bought, as keeping it
    "这袋饺子要煮几分钟",  # cooking it
    "包粽子活动糯米是店里准备吗",  # an event's materials, whether the shop provides them
])
def test_a_question_the_entry_does_not_answer_goes_to_the_staff(text):
    assert reading(text) == (True, None)


@pytest.mark.parametrize("text, topic", [
    ("鸡蛋多少钱一份", "catalogue"),
    ("秒杀的苹果一个人能买几斤", "catalogue"),  # how many goods one may buy, not a price per person
    ("汤圆甜不甜 我爸血糖高", "catalogue"),  # what the goods taste like stays the seller's
    ("围巾掉色了能退吗", "returns"),  # goods gone wrong are a return, not washing asked ahead
    ("大枣多钱一斤", "catalogue"),
    ("饼干一袋几片", "catalogue"),
    ("送货要加钱吗", "delivery"),
    ("买多少能免费送啊", "delivery"),  # free delivery's threshold, not something given free ("粽子是免费送的吗")
])
def test_what_the_entry_says_is_still_answered(text, topic):
    assert reading(text) == (True, topic)


def test_leaving_the_group_is_no_return_of_goods():
    assert reading("怎么退群啊")[1] != "returns"


def test_a_health_question_put_to_no_one_stays_the_members_talk():
    assert reading("血糖高的人能吃红薯吗") == (False, None)


def test_a_count_alone_after_her_question_is_her_order_not_lost_to_it():
    for text in ("苹果还能订吗 两箱", "大米还有没有 五常大米两袋"):
        assert not question_first(text, FAQ, THRESHOLD), text  # the order reader's (asked back when unsure)
    for text in ("送货要加钱吗 就两份", "托特包还有吗 蹲一个"):  # how much she has; what she means to do
        assert question_first(text, FAQ, THRESHOLD), text


def test_what_signing_in_is_for_asked_in_shanxi_words_is_a_question_not_a_sign_in():
    assert read_signin("签到有甚用", TRIGGERS) is None
    assert reading("签到有甚用") == (True, "points")
    for text in ("签到有咩嘢用", "签到有乜嘢好处"):  # Cantonese: the same regional words the question reader hears
        assert read_signin(text, TRIGGERS) is None, text
        assert reading(text) == (True, "points"), text
    assert read_signin("签到", TRIGGERS) is not None
    assert read_signin("签个到 有乜嘢奖励", TRIGGERS) is not None  # the sign-in said first, then a question about it
    assert read_signin("签到了，干甚去", TRIGGERS) is not None  # her sign-in, then her own plans
    assert read_signin("我嚟签个到咋", TRIGGERS) is not None  # Cantonese 咋 ending the message is a particle


def test_the_price_and_the_pack_are_one_shared_piece():
    assert asking._PRICE.pattern.startswith(asking._PRICE_WORDS)
    assert asking._HOW_MUCH_MONEY in asking._FORM.pattern and asking._HOW_MUCH_MONEY in asking._ASKS.pattern
    assert asking._price_asked("小米一袋几斤") and not asking._price_asked("小米一袋几斤", pack=False)
    assert asking._price_asked("小米一袋多少钱", pack=False)  # the price asked after a pack word is still the price
    assert not asking._price_asked("上次花了好多钱")


def test_a_condition_with_a_taste_word_inside_is_still_health():
    from bot.questions.asking import _health

    assert _health("尿酸高能吃这个大枣吗")
    assert _health("这个含片孕妇能用吗")


# 没有什么 is 没什么, a statement ("这本书写得一般，没有什么实质性的内容。" was answered after the question refit);
# 有没有什么 still asks.
@pytest.mark.parametrize("text, asks", [("这个价位基本没有什么毛病", False), ("手套挺好 没有什么味道。", False),
                                        ("店里有没有什么新到的", True), ("活动有什么要求", True)])
def test_nothing_much_is_no_question(text, asks):
    assert reading(text)[0] is asks
