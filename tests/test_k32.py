"""k32: what a tester found with a group-buy and an event open at once, fixed by cause. A sign-up told of a past event or
as her habit is no act now; a no to the resize question ("算了不用了", "那就不要了吧") keeps her order, read by one reader of
answers (``bot.language.intents.answer``); the open offer's plain questions (where to collect, which kinds, the event's day
asked with 来着) need no learned score; 你们家 asked of goods no list holds reaches the question desk. Real pipeline and
SQLite; every sentence is the engineer's own, none a corpus line."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.chain import resize
from bot.language.intents import answer
from bot.language.signup_checks import _told_not_made
from bot.questions.offers import plainly_asks_kinds, plainly_asks_pickup
from storage.models import ActivitySignup, GroupBuyOrder
from storage.questions import open_questions
from tests.conftest import TEST_CONFIG, local, to
from tests.test_either_r31 import GROUP

CONFIG = TEST_CONFIG + """
  questions: {sla_minutes: 30, opening_hours: "09:00-21:00"}
"""
SCARF = "/开团 羊绒混纺围巾 ¥25 库存50 截止周五20:00 自提：小区南门"  # 2026-11-23 is a Monday
CLAY = "/活动 陶艺课 周六14:00 名额10 截止周五20:00"


async def _said(harness, member: str, text: str, at: str = "10:00") -> list[dict]:
    replies = await harness.say("g1", member, text, at=local(f"2026-11-23 {at}"))
    return replies + await harness.drain()


def _text(actions: list[dict], member: str = "amy") -> str:
    return "\n".join(a["text"] for a in to(member, actions) if a.get("action", "say") == "say")


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def _seats(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(
        sa.select(ActivitySignup.member_id, ActivitySignup.people, ActivitySignup.status)).all())
    return {member: people for member, people, status in rows if status != "cancelled"}


async def _both_open(make_harness):
    harness = await make_harness(CONFIG, groups=[GROUP])
    await _said(harness, "owner", SCARF, "09:00")
    await _said(harness, "owner", CLAY, "09:05")
    return harness


# --- 1, 2: a sign-up told, not made -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "上回报名那个讲座讲得真好", "之前报的那个烘焙课挺好玩的", "上个月报名的插花老师教得很细", "去年报的亲子活动孩子到现在还念叨",
    "我妈说那个接龙她不会弄，都是我帮她报名", "每次都是我给我婆婆报的", "一直是我替我爸报名，他不会用手机", "平时都是我帮邻居阿姨报"])
async def test_a_sign_up_told_of_the_past_or_as_a_habit_is_left_alone(make_harness, text):
    harness = await _both_open(make_harness)
    actions = await _said(harness, "amy", text, "10:00")
    assert await _seats(harness) == {} and await _orders(harness) == {}
    assert "报名更新" not in _text(actions)


@pytest.mark.parametrize("text, people", [
    ("报名", 1), ("上回那个讲座讲得真好，这次也报名", 1), ("都是我帮她报名，这次也帮她报一个", 1), ("我妈不会弄，我帮她报名", 1),
    ("报名 上次那个也很好", 1), ("我报名 2人", 2)])
async def test_a_sign_up_made_now_still_counts(make_harness, text, people):
    harness = await _both_open(make_harness)
    await _said(harness, "amy", text, "10:00")
    assert await _seats(harness) == {"amy": people}


# --- 4: the resize question answered with a no --------------------------------------------------------------------------

async def _asked_resize(make_harness):
    harness = await _both_open(make_harness)
    await _said(harness, "amy", "我要三份", "09:30")
    question = _text(await _said(harness, "amy", "1份", "09:40"))
    assert "已订 3 份" in question and "改成 1 份" in question
    return harness


@pytest.mark.parametrize("text", ["算了", "算了不用了", "那就不要了吧", "还是算了吧", "不用加了", "不改了，就这样吧", "算啦"])
async def test_a_no_to_the_resize_question_keeps_her_order(make_harness, text):
    harness = await _asked_resize(make_harness)
    told = _text(await _said(harness, "amy", text, "09:41"))
    assert await _orders(harness) == {"amy": 3}
    assert "还是 3 份" in told, told


@pytest.mark.parametrize("text, expected", [("改", 1), ("改吧", 1), ("加", 4), ("再加一份", 4), ("不改，加吧", 4),
                                            ("不要了 取消", 0)])
async def test_other_answers_to_it_act_as_before(make_harness, text, expected):
    harness = await _asked_resize(make_harness)
    await _said(harness, "amy", text, "09:41")
    assert (await _orders(harness)).get("amy", 0) == expected


@pytest.mark.parametrize("text, expected", [
    ("算了不用了", False), ("那就不要了吧", False), ("算了，不用了谢谢", False), ("不用了呢", False), ("是的", True),
    ("好的呢", True), ("嗯嗯 是的", True), ("算", None), ("算我一个", None), ("不要了 取消", None), ("是不是", None),
    ("不改了", None), ("那就", None)])
def test_one_reader_of_yes_and_no(text, expected):
    assert answer(text) is expected


def test_keeping_hers_is_a_no_only_where_a_change_was_offered():
    assert answer("不改了") is None and answer("不改了", keep=True) is False
    assert [resize.choice(t) for t in ("就这样吧", "保持不变", "不用加", "加一份吧", "好的")] == ["no", "no", "no", "add", "yes"]


# --- 5, 8: the open group-buy's kinds and pickup asked plainly --------------------------------------------------------

@pytest.mark.parametrize("text", ["有哪几个颜色", "颜色都有哪些呀", "一共几种颜色", "有几个颜色呀", "都有啥颜色啊"])
async def test_its_kinds_asked_any_way_are_answered_from_the_open_offer(make_harness, text):
    harness = await _both_open(make_harness)
    answer_ = _text(await _said(harness, "amy", text))
    assert "燕麦" in answer_ and "酒红" in answer_ and "退换" not in answer_, answer_


@pytest.mark.parametrize("text", ["退货能换颜色吗", "这个颜色好看", "酒红色会掉色吗", "我喜欢焦糖色"])
def test_a_colour_word_in_another_matter_is_no_kinds_question(text):
    assert not plainly_asks_kinds(text)


@pytest.mark.parametrize("text", ["到时候去哪儿拿呀", "东西到了去哪领", "回头在哪提", "到了去哪里拿啊"])
async def test_where_to_collect_asked_plainly_is_answered_from_the_open_offer(make_harness, text):
    harness = await _both_open(make_harness)
    assert "在小区南门提货" in _text(await _said(harness, "amy", text)), text


@pytest.mark.parametrize("text", ["你去哪拿的", "上次在哪拿的来着", "不知道她去哪领了", "我家那口子去哪拿都无所谓"])
async def test_look_alikes_of_the_pickup_question_stay_as_they_were(make_harness, text):
    assert not plainly_asks_pickup(text)
    harness = await _both_open(make_harness)
    assert "小区南门" not in _text(await _said(harness, "amy", text))


# --- 7: the open event's day asked with 来着 ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["陶艺课是几号来着", "陶艺课是哪天来着", "是几号来着", "那个陶艺课几点来着", "陶艺是哪天来着呀"])
async def test_the_event_day_asked_with_laizhe_is_answered(make_harness, text):
    harness = await _both_open(make_harness)
    assert "11月28日" in _text(await _said(harness, "amy", text)), text


@pytest.mark.parametrize("text", ["上次陶艺课是几号来着", "之前那个讲座是哪天来着", "去年的年会是几号来着", "游泳课是哪天来着"])
async def test_a_past_or_other_day_asked_so_is_not_the_events(make_harness, text):
    harness = await _both_open(make_harness)
    assert "11月28日" not in _text(await _said(harness, "amy", text)), text


# --- 6: a product the catalogue does not hold, asked of 你们家 --------------------------------------------------------

@pytest.mark.parametrize("text, passed", [
    ("你们家有豆浆粉卖吗", True), ("你们家卖不卖豆浆粉", True), ("你们家有藕粉卖不", True), ("你们家有没有燕麦片卖", True),
    ("你们家还有大蒜吗", False), ("你们家有没有多余的纸箱", False), ("你们家有几口人", False), ("你们家豆浆粉好喝吗", False)])
async def test_goods_no_list_holds_asked_of_the_shop_reach_the_desk(make_harness, text, passed):
    harness = await _both_open(make_harness)
    await _said(harness, "amy", text)
    asked = [q.text for q in await harness.db.read(open_questions)]
    assert (text in asked) is passed, asked


# --- hostile input -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_inputs_are_fast(size):
    texts = ["颜色" * (size // 2), "哪几个" * (size // 3), "去哪拿" * (size // 3), "上次报" * (size // 3),
             "都是我帮" * (size // 4), "算了不用了" * (size // 5), "不" * size, "你们家有" + "豆" * size + "卖吗"]
    started = time.perf_counter()
    for text in texts:
        plainly_asks_kinds(text), plainly_asks_pickup(text), _told_not_made(text), answer(text), answer(text, keep=True)
        resize.choice(text)
    assert time.perf_counter() - started < 1.0
