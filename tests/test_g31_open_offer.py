"""G31: questions about what is open, answered from it, and orders that name a kind of the open product.

A question naming no goods ("还剩几份", "几点截单", "还能订吗", "去哪儿拿") is about the open group-buy; its kinds and its
own words in products.yaml answer "有几种颜色", "是新米吗"; "几点开始" is the open event's. An order naming a kind the
catalogue lists ("酒红色的来一条") is an order of the open product; a word that is no kind of it is not. The real pipeline
and SQLite throughout; the sentences are the engineer's own, none a corpus line."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.questions.happening import asks_start
from bot.questions.offers import (asked_of_buy, asks_kinds, asks_pickup_place, kinds_of, story_line,
                                  without_kinds)
from storage.models import ActivitySignup, GroupBuyOrder
from tests.conftest import TEST_CONFIG, to

CONFIG = TEST_CONFIG + """
  questions: {sla_minutes: 30, opening_hours: "09:00-21:00"}
"""
SCARF = "/开团 羊绒混纺围巾 截止明天20:00 自提：小区南门"
MILLET = "/开团 五常小米 截止明天20:00 自提：小区南门"
SCARF_STORY = "内蒙古羊绒混纺，软糯不扎脖子。燕麦、焦糖、酒红三色，怎么搭都好看。"


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows}


def _answer(actions: list[dict], member: str) -> str:
    said = [a["text"] for a in to(member, actions) if a.get("action", "say") == "say"]
    return "\n".join(said)


# --- questions naming no goods: the open group-buy answers --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("现在还剩几袋呀", "还有 80 份"),
    ("库存还剩多少了", "还有 80 份"),
    ("截单是几点啊", "20:00 截单"),
    ("最晚几点截止", "20:00 截单"),
    ("团到哪天呀", "20:00 截单"),
    ("现在还可以订不", "还能订"),
    ("还来得及接龙吗", "还能订"),
    ("到时候去哪儿拿呀", "在小区南门提货"),  # (k32) a plain pickup question needs no score
    ("提货点在哪", "在小区南门提货"),
    ("去哪里拿货啊", "在小区南门提货"),  # the group-buy's own point, not the shop's address
    ("这批小米是新米不", "当年新米"),  # the product's own words in products.yaml
])
async def test_a_question_naming_no_goods_is_answered_from_the_open_group_buy(make_harness, text, expected):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", MILLET)
    actions = await harness.say("g1", "amy", text)
    assert expected in _answer(actions, "amy"), actions
    assert "幸福路" not in _answer(actions, "amy")


@pytest.mark.parametrize("text", ["这个围巾有哪几种颜色", "颜色有几种呀", "有什么颜色可以选"])
async def test_its_kinds_are_answered_from_the_catalogue(make_harness, text):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", SCARF)
    answer = _answer(await harness.say("g1", "amy", text), "amy")
    assert "燕麦" in answer and "焦糖" in answer and "酒红" in answer, answer


async def test_sold_out_it_says_she_cannot_order(make_harness):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", "/开团 手工年糕 ¥20 库存1 截止明天20:00 自提：小区南门")
    await harness.say("g1", "bob", "+1")
    answer = _answer(await harness.say("g1", "amy", "现在还可以订吗"), "amy")
    assert "卖完" in answer and "还能订" not in answer, answer


@pytest.mark.parametrize("text, count", [("给我来两袋，截单是哪天", 2), ("我要一份 最晚几点截止呀", 1)])
async def test_an_order_with_the_cut_off_asked_is_taken_and_answered(make_harness, text, count):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", MILLET)
    actions = await harness.say("g1", "amy", text)
    assert "20:00 截单" in _answer(actions, "amy"), actions
    assert (await _orders(harness)) == {"amy": count}


# --- look-alikes that must not change -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["还剩几份了呀", "截单是几点啊", "现在还可以订不"])
async def test_with_nothing_open_the_staff_answer_as_before(make_harness, text):
    harness = await make_harness(CONFIG)
    actions = await harness.say("g1", "amy", text)
    assert not any("截单" in a.get("text", "") or "还有" in a.get("text", "") for a in actions), actions


@pytest.mark.parametrize("text, expected", [("店在哪里呀", "幸福路"), ("你们店几点开门", "营业")])
async def test_the_shop_asked_is_still_the_shop(make_harness, text, expected):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", MILLET)
    answer = _answer(await harness.say("g1", "amy", text), "amy")
    assert expected in answer and "小区南门" not in answer, answer


@pytest.mark.parametrize("text", ["今天好冷啊大家多穿点", "我家小米粥熬糊了哈哈", "酒红色真显白", "围巾到了记得叫我"])
async def test_chat_stays_silent(make_harness, text):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", SCARF)
    assert to("amy", await harness.say("g1", "amy", text)) == []
    assert await _orders(harness) == {}


# --- orders that name a kind of the open product ------------------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("酒红色的来一条", 1),
    ("给我留两条焦糖色", 2),
    ("燕麦的要一条，谢谢", 1),
    ("+1 焦糖色", 1),
    ("我也要一条 酒红", 1),
    ("要三条燕麦色的", 3),
])
async def test_an_order_naming_a_kind_is_an_order_of_the_open_product(make_harness, text, count):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", SCARF)
    await harness.say("g1", "amy", text)
    assert await _orders(harness) == {"amy": count}


async def test_a_group_buy_opened_by_its_own_name_reads_the_closest_catalogue_kinds(make_harness):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", "/开团 羊绒围巾 ¥99 库存10 截止明天20:00 自提：小区南门")
    await harness.say("g1", "amy", "焦糖色的给我来一条")
    assert await _orders(harness) == {"amy": 1}


@pytest.mark.parametrize("text, orders", [
    ("我要一条鱼", {}),  # no kind of the scarf
    ("我要一条裤子", {}),
    ("+1", {"amy": 1}),  # a plain order is still one
    ("我要两条", {"amy": 2}),
])
async def test_what_is_no_kind_of_it_is_read_as_before(make_harness, text, orders):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", SCARF)
    await harness.say("g1", "amy", text)
    assert await _orders(harness) == orders


# --- the open event's start -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, people", [("报名，我和闺女两个，几点开始呀", 2), ("活动啥时候开始", 0), ("开始时间是几点", 0)])
async def test_when_the_event_starts_is_its_own_start_time(make_harness, text, people):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", "/活动 插花课 周六14:30 名额10")
    actions = await harness.say("g1", "amy", text)
    assert "插花课" in _answer(actions, "amy") and "14:30 开始" in _answer(actions, "amy"), actions
    rows = await harness.db.read(lambda s: s.exec(sa.select(ActivitySignup.people)).all())
    assert sum(row[0] for row in rows) == people


async def test_with_no_event_open_start_is_not_answered(make_harness):
    harness = await make_harness(CONFIG)
    actions = await harness.say("g1", "amy", "活动啥时候开始")
    assert not any("开始。" in a.get("text", "") for a in actions), actions


async def test_the_shops_opening_is_not_the_events_start(make_harness):
    harness = await make_harness(CONFIG)
    await harness.say("g1", "owner", "/活动 插花课 周六14:30 名额10")
    answer = _answer(await harness.say("g1", "amy", "几点开始营业"), "amy")
    assert "插花课" not in answer


# --- the pure readers ---------------------------------------------------------------------------------------------

def test_the_kinds_a_story_lists():
    assert kinds_of(SCARF_STORY) == ("燕麦", "焦糖", "酒红")
    assert kinds_of("原味/芝麻/花生三种口味，现包现卖。") == ("原味", "芝麻", "花生")
    assert kinds_of("冬至、元宵一家人围着吃最有味道。") == ()  # a list of days, no kinds
    assert without_kinds("给我留两条焦糖色", ("燕麦", "焦糖", "酒红")) == "给我留两条"
    assert without_kinds("我要一条鱼", ("燕麦", "焦糖", "酒红")) is None


def test_the_questions_read():
    assert asked_of_buy("最晚几点截止") == ["deadline"] and asked_of_buy("还来得及吗") == ["open"]
    assert asked_of_buy("今天天气真好") == []
    assert asks_pickup_place("到时候去哪儿拿") and not asks_pickup_place("店在哪里拿货")
    assert asks_kinds("有几种颜色") and not asks_kinds("还有几条")
    assert asks_start("几点开始呀") and not asks_start("几点开始营业") and not asks_start("几点开门")
    assert story_line("是新米吗", "黑龙江的小米，当年新米。熬粥好喝。", "小米") == "黑龙江的小米，当年新米。"
    assert story_line("甜不甜", "黑龙江的小米，当年新米。", "小米") is None


@pytest.mark.parametrize("size", [300, 5_000])
def test_hostile_lengths_stay_fast(size):
    texts = ["截" * size, "还能订" * (size // 3), "哪" * size, "哪儿拿" * (size // 3), "颜色" * (size // 2),
             "燕麦、" * (size // 3) + "色", "a、" * (size // 2), "几点开始" * (size // 4), "新米" * (size // 2)]
    asked_of_buy("还能订吗"), asks_start("几点开始")  # the text folding's tables loaded before the clock starts
    started = time.perf_counter()
    for text in texts:
        asked_of_buy(text), asks_pickup_place(text), asks_kinds(text), kinds_of(text), asks_start(text)
        without_kinds(text, ("燕麦", "焦糖", "酒红")), story_line(text, SCARF_STORY * 3, "羊绒混纺围巾")
    assert time.perf_counter() - started < 1.0
