"""h31: code hygiene — order_added reads people.py's kin tables and intents' one past-lot table (readings unchanged), the
sign-up check's act clause closed by an exclamation (docs/language.md, "h31"). Sentences of our own, never corpus lines."""
from __future__ import annotations

import time

import pytest

from bot.chain.text import order_reading, signup_reading
from bot.language import intents, order_added, signup_checks
from bot.language.intents import ORDER, SIGNUP, Reading


def _on_top(text: str, amount: int) -> bool:
    return order_added.on_top(text, Reading(ORDER, amount=amount, sure=True)).add


# --- (2) one past-lot table, kin from people.py ---------------------------------------------------------------------------

def test_the_past_lot_words_are_one_table():
    assert intents._LAST_TIME is intents.LAST_TIME
    assert intents.LAST_TIME.pattern in order_added._ELSEWHERE.pattern


@pytest.mark.parametrize("text", ["我还想要两箱 上礼拜的没抢到", "我还要三盒 上星期的没买到", "我还要一袋 上周的没抢上"])
def test_more_wanted_after_a_missed_past_lot_stays_a_new_order_not_on_top(text):
    reading = order_reading(text, None)
    assert (reading.intent, reading.add, reading.sure) == (ORDER, False, True)
    assert not _on_top(text, reading.amount)


@pytest.mark.parametrize("text", ["上趟那批吃完了，再来两盒", "前次的好吃，再要一袋", "上批没赶上 再订两份"])
def test_a_past_lot_told_is_never_more_on_top(text):
    assert not _on_top(text, 2 if "两" in text else 1)


@pytest.mark.parametrize("text, amount", [
    ("我婶婶再捎两袋", 2), ("丈母娘又要一箱", 1), ("我干妈再订两份", 2), ("你再留一盒", 1),  # tables: GROWN_KIN, PARENTS_IN_LAW, pronouns
    ("楼下再捎两份", 2), ("阿姨再要三斤", 3), ("我老公再拿两袋", 2),
])
def test_someone_else_named_before_the_adding_word_is_not_on_top(text, amount):
    assert not _on_top(text, amount)


@pytest.mark.parametrize("text, amount", [
    ("老婆饼再来两个", 2), ("娃娃菜再添两颗", 2),  # goods, not kin
    ("馒头再给我带一袋", 1), ("对面再帮我带一份", 1),  # the one called is asked, for her
])
def test_goods_and_the_one_she_asks_stay_on_top(text, amount):
    assert _on_top(text, amount)


# --- (3) her act closed by an exclamation --------------------------------------------------------------------------------

KEPT = ["报名哇塞，几点开始？", "参加耶 要带水吗", "报名冲冲冲，在哪集合", "报一个嘿嘿，几点到？", "预约 好耶！周几啊",
        "报名哇塞哇塞 几点", "周六的剪纸课报名冲！要带剪刀吗", "报名yeah，在几楼？", "参加参加 必须的 几点到"]


@pytest.mark.parametrize("text", KEPT)
def test_her_act_closed_by_an_exclamation_is_her_act(text):
    assert signup_checks.only_asks(text) is False
    reading = signup_reading(text)
    assert reading is not None and (reading.intent, reading.amount) == (SIGNUP, 1)


@pytest.mark.parametrize("text", [
    "报名截止了吗？还有位置吗", "周日的讲座人多不多 有位吗", "哇塞这么多人？还能报吗", "报名费多少 要现金吗",
    "报名那个表在哪 怎么填", "报名满员了没得",
])
def test_a_message_that_only_asks_is_still_no_sign_up(text):
    reading = signup_reading(text)
    assert reading is None or reading.intent != SIGNUP or not reading.sure


@pytest.mark.parametrize("piece, expected", [
    ("报名哇塞", True), ("报名冲冲冲", True), ("参加耶", True), ("报名啦", True),
    ("报名截止", False), ("报名费多少", False), ("报名的人太多了啊啊啊啊啊啊", False),  # more than an exclamation after the act
    ("哇塞", False), ("冲冲冲", False),  # an exclamation with no act
])
def test_the_act_clause(piece, expected):
    assert signup_checks._only_the_act(piece) is expected


@pytest.mark.parametrize("size", [300, 5_000])
def test_hostile_inputs_stay_fast(size):
    inputs = ["报名" + "哇" * size, "报名" + "冲耶" * (size // 2), "报" * size, "嘿" * size + "？",
              ("报名哇塞，" * size)[:size] + "几点？", "上礼拜" * (size // 3), ("我婶婶再" * size)[:size] + "两袋",
              "娃" * size + "再来两份"]
    start = time.perf_counter()
    for text in inputs:
        signup_checks._only_the_act(text)
        signup_checks.only_asks(text)
        signup_checks.CHEERS.sub("", text)
        signup_checks._SAID_AGAIN.sub("", text)
        intents.LAST_TIME.search(text)
        order_added._CALLED.search(text)
        order_added._ELSEWHERE.search(text)
        order_added.on_top(text, Reading(ORDER, amount=2, sure=True))
    assert time.perf_counter() - start < 2.0
