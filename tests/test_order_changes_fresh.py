"""Changes and cancels of an order read by how they are made (C11, ``bot.language.order_changes``), each mechanism on
phrasings of its own (written for these tests, none taken from the corpus), and through the real pipeline: a cancel
after a real order cancels it, a reduction keeps the rest, a cancel of something else leaves the order alone."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.chain.text import order_reading
from bot.events import GroupInfo, Member
from bot.language.intents import Reading
from storage.models import GroupBuyOrder
from tests.conftest import to

CHANGE, CANCEL = "order_change", "order_cancel"


def _read(text: str) -> tuple[str, int, bool, bool] | None:
    reading = order_reading(text, None)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


# An edit of one's own line: a count turned into another, the old one in brackets, an arrow drawn.
@pytest.mark.parametrize("text, total", [
    ("9. 东门陈姐 粽子3→5 帮忙改一下", 5),
    ("核桃 ➡️ 3袋（原来2袋）", 3),
    ("接龙我那行更正：橙子 4箱（之前写的3箱）", 4),
])
def test_an_edit_of_ones_line_is_the_new_total(text, total):
    assert _read(text) == (CHANGE, total, False, True)


# A kind swapped with the count kept, or the kinds listed with their counts: the total the message states.
@pytest.mark.parametrize("text, total", [
    ("小米换成黑米 还是三袋", 3),
    ("我那两盒蓝莓换成草莓的 数量不变", 2),
    ("芝麻的换成花生的 四袋不变", 4),
    ("饺子那四袋改成三袋白菜一袋芹菜的", 4),
])
def test_a_swap_with_the_count_kept_is_the_total(text, total):
    assert _read(text) == (CHANGE, total, False, True)


# More, with the total it makes: the addition (the stored order grows by it).
@pytest.mark.parametrize("text, more", [("橙子加两箱 一共五箱", 2), ("馒头再要一袋 总共四袋", 1), ("再加3份 total 6", 3)])
def test_more_with_its_total_is_the_addition(text, more):
    assert _read(text) == (CHANGE, more, True, True)


# What was and what is now: the count not marked as the old one is the new total.
@pytest.mark.parametrize("text, total", [
    ("刚才写的三斤不对 我要四斤", 4),
    ("大米别两袋了 一袋够了", 1),
    ("我那四盒月饼留三盒就行", 3),
    ("核桃不要三袋了 要两袋就好", 2),
    ("更正：饺子三袋 不是两袋", 3),
])
def test_what_was_and_what_is_now(text, total):
    assert _read(text) == (CHANGE, total, False, True)


# A change by so many in the verbs members use, beside reasons; a hand or an arrow for the count.
@pytest.mark.parametrize("text, delta", [
    ("馒头少整两个 家里吃不了", -2),
    ("豆浆再整一瓶", 1),
    ("烧饼减一兜 太多了", -1),
    ("再来✌️", 2),
    ("粽子 🔼2", 2),
    ("橙子再追一单+1", 1),  # 追 a verb of more (C11 reads it a change, as the corpus labels it; it was chat before)
])
def test_a_step_among_reasons(text, delta):
    assert _read(text) == (CHANGE, delta, True, True)


# A cancel among its reasons, in dialect, or struck out with a mark: the member's own order dropped.
@pytest.mark.parametrize("text", [
    "那三袋不要了，家里老人不让买 抱歉",
    "橙子那单撤回 这个月超支了",
    "我那份麻烦划掉，今天出差",
    "阿拉格核桃勿要了",
    "我的粽子🚫",
    "❌橙子",
])
def test_a_cancel_among_reasons_or_marked(text):
    assert _read(text) == (CANCEL, 0, False, True)


# A share dropped while the rest is kept: that share fewer, never the whole order.
@pytest.mark.parametrize("text, delta", [("对门那三盒取消 我自己的两盒留着", -3), ("粽子不变 核桃那一袋去掉", -1)])
def test_a_share_dropped_the_rest_kept(text, delta):
    assert _read(text) == (CHANGE, delta, True, True)


def test_a_share_of_no_stated_size_dropped_is_asked():
    assert _read("帮我爸订的那份去掉 我自己的留着") == (CHANGE, -1, True, False)
    assert _read("还可以再加三份不") == (CHANGE, 3, True, False)  # whether she still may: asked, in its direction


# Passed on for someone: acted on when the member says she relays it; the household's word only reported is asked.
def test_a_relayed_cancel_is_acted_on_and_a_reported_one_asked():
    assert _read("对门刘奶奶托我说 她订的橙子取消") == (CANCEL, 0, False, True)
    assert _read("我替我公公说一下 他那份不要了") == (CANCEL, 0, False, True)
    reported = _read("我婆婆讲她那袋核桃唔要啦")
    assert reported is not None and reported[0] == CANCEL and not reported[3]


# Asked of the staff for her own order: acted on; whether she still may: asked once; with her firm word beside it: acted.
def test_a_cancel_asked_politely():
    assert _read("能不能把我的粽子删掉") == (CANCEL, 0, False, True)
    assert _read("麻烦帮我取消一下好吗") == (CANCEL, 0, False, True)
    asked = _read("我那袋核桃还能取消吗")
    assert asked is not None and asked[0] == CANCEL and not asked[3]
    assert _read("我那袋核桃还能取消吗 真不想要了") == (CANCEL, 0, False, True)


# The store's state asked first: the change stands if it can be had.
@pytest.mark.parametrize("text, delta", [("还有货吗 有就再给我一袋", 1), ("还能再加一份吗 能的话就给我加", 1)])
def test_a_change_if_the_store_can(text, delta):
    assert _read(text) == (CHANGE, delta, True, True)


# Never a change or a cancel of the order: another thing dropped, a decline with the need met, a limit, a question.
@pytest.mark.parametrize("text", [
    "医院的复查预约取消了 改下周",
    "淘宝那单衣服不要了 颜色不对",
    "我们公司取消了团建 发了购物卡",
    "游泳年卡退了 根本没空去",
    "核桃就不订了 家里还剩半袋",
    "这回我先不买了 冰箱里还有",
    "橙子每户最多三箱",
    "粽子多少一个",
    "体重-3斤 开心",
    "孩子的旧外套我不要了 谁要拿走",
    "小王把他的橙子取消了 嫌贵",
])
def test_other_things_are_no_change_or_cancel(text):
    reading = order_reading(text, None)
    assert reading is None or reading.intent not in (CHANGE, CANCEL) or not reading.sure, reading


# --- through the real pipeline -----------------------------------------------------------------------------------------

MEMBERS = (Member("amy", "小美"), Member("bo", "波波"))
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), *MEMBERS))
OPEN = "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A"


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def test_a_cancel_after_a_real_order_cancels_it_and_a_reduction_keeps_the_rest(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "鸡蛋我要三盒")
    await harness.say("g1", "bo", "我要两盒")
    await harness.drain()
    assert await _orders(harness) == {"amy": 3, "bo": 2}
    await harness.say("g1", "amy", "鸡蛋少整一盒 家里吃不完")  # a reduction: the rest kept
    await harness.say("g1", "bo", "那两盒不要了，老家寄来一箱")  # a cancel with its reason: the count is what came
    await harness.drain()
    assert await _orders(harness) == {"amy": 2}


async def test_a_cancel_of_something_else_leaves_the_order(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要两盒")
    await harness.drain()
    assert to("amy", await harness.say("g1", "amy", "医院的复查预约取消了 改下周")) == []
    assert to("amy", await harness.say("g1", "amy", "淘宝那单不要了 颜色不对")) == []
    await harness.drain()
    assert await _orders(harness) == {"amy": 2}


async def test_an_unclear_cancel_is_asked_once_then_done(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要两盒")
    await harness.drain()
    [question] = to("amy", await harness.say("g1", "amy", "我那两盒鸡蛋还能取消吗"))
    assert "取消" in question["text"] and "回复“是”确认" in question["text"]
    await harness.say("g1", "amy", "是的")
    await harness.drain()
    assert await _orders(harness) == {}


def test_the_reading_type_is_the_readers_own():
    assert order_reading("核桃 ➡️ 3袋（原来2袋）", None) == Reading(CHANGE, 3)
