"""C20: order changes and cancels, and sign-up cancels, precision first — on phrasings written for these tests (none is a
corpus line), then through the real pipeline and SQLite: one of two goods dropped takes so many off her order rather than
all of it; an English plan called off, a 係咪 question, the staff's record of who dropped out and a drop-out denied drop
nothing of anyone's."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.chain.text import order_reading, signup_reading
from storage.models import ActivitySignup
from tests.test_changes_c12 import _orders

ORDER, CHANGE, CANCEL, SIGNUP_CANCEL = "order", "order_change", "order_cancel", "signup_cancel"


def _read(text: str, item: str | None = None) -> tuple[str, int, bool, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


def _cancels(text: str) -> bool:
    reading = order_reading(text, None)
    return reading is not None and reading.intent == CANCEL


def _signup(text: str) -> tuple[str, bool] | None:
    reading = signup_reading(text)
    return None if reading is None else (reading.intent, reading.sure)


# --- one of two goods dropped ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, reading", [
    ("牛肉和粉丝 粉丝那包去掉", (CHANGE, -1, True, True)),  # both named before, one share pointed at by its unit
    ("苹果那箱要 橘子三斤不要了", (CHANGE, -3, True, True)),  # the other kept in a clause of its own, the count dropped
    ("大米留着 面条两袋去掉吧", (CHANGE, -2, True, True)),
    ("牛肉和粉丝 粉丝不要了", (CHANGE, -1, True, False)),  # no count of it said: how many, asked once
])
def test_one_of_two_goods_dropped_is_so_many_fewer(text, reading):
    assert _read(text) == reading


@pytest.mark.parametrize("text", [
    "牛肉和粉丝都不要了",  # 都: both dropped
    "牛肉和粉丝 全部取消",
    "我那份不要了",  # no other goods named
])
def test_both_goods_or_her_whole_order_dropped_is_still_a_cancel(text):
    assert _read(text) == (CANCEL, 0, False, True)


def test_every_portion_swapped_beside_the_kind_dropped_is_her_total():
    assert _read("四份都换成鸡蛋，牛奶不要") == (CHANGE, 4, False, True)


@pytest.mark.parametrize("text, amount", [
    ("橙子我要三斤甜的，酸的不要", 3),  # the kind ordered ends in 的
    ("苹果我要一箱红的 青的不要", 1),  # the kind is no product: the goods named beside it are
])
def test_a_kind_declined_beside_her_order_is_the_order(text, amount):
    assert _read(text) == (ORDER, amount, False, True)


# --- chat that is no cancel ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "明早的meeting cancel了 能睡懒觉",  # an English plan: "meeting" is no spelling of sounds
    "Party cancel了 好可惜",
    "今晚的meeting取消了",
])
def test_an_english_plan_called_off_is_no_cancel(text):
    assert _read(text) is None


def test_an_order_word_typed_in_english_still_cancels():
    assert _cancels("我的cancel了")


@pytest.mark.parametrize("text", [
    "腊肠係咪可以退",  # Cantonese "is it": a question to the store, no cancel
    "我嗰份係咪取消咗",
    "我系咪要多一盒",
])
def test_a_cantonese_is_it_question_acts_on_nothing(text):
    reading = order_reading(text, None)
    assert reading is None or not reading.sure


def test_cantonese_may_i_is_read_as_mandarin_may_i():
    assert _read("我嗰份可唔可以取消呀") == _read("我那份可不可以取消呀") == (CANCEL, 0, False, True)


# --- sign-up cancels -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "退出的朋友我都划掉了 有事私聊",  # the staff's record of those who dropped out
    "已取消的名额补给排队的了",
    "剪纸课因人数不足取消，已交费的原路退回",  # the organiser's notice
    "谁说我不去了 我肯定去",  # a drop-out denied
    "我妹把报名取消了 她要值班",  # her household's own doing, told
    "「小刘：取消报名」\n怎么了 不是说好一起的吗",  # someone else's cancel quoted, a reply to it
    "电视上的跨年演出取消了",  # a show elsewhere called off
])
def test_a_cancel_that_drops_no_place_of_hers_is_not_acted_on(text):
    reading = _signup(text)
    assert reading is None or reading != (SIGNUP_CANCEL, True)


@pytest.mark.parametrize("text", [
    "我妈把报名取消了 麻烦帮她划一下",  # her household's cancel, asked of the staff
    "我那两个取消了 家里有事",  # her places pointed at by their count of people
    "我俩都撤了 明天要上班",
    "「包饺子报名」\n我不去了 取消",  # a cancel under the quoted post is still hers
    "我的诗朗诵节目取消 嗓子哑了",  # her part in the store's show
])
def test_her_own_places_dropped_are_still_acted_on(text):
    assert _signup(text) == (SIGNUP_CANCEL, True)


# --- through the real pipeline ---------------------------------------------------------------------------------------------


async def test_one_goods_of_two_dropped_keeps_the_rest_of_her_order(make_harness):
    from tests.test_order_changes_fresh import GROUP

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/开团 鸡蛋 ¥25 库存50 截止20:00 自提点A")
    await harness.say("g1", "amy", "我要三盒")
    await harness.say("g1", "bo", "我要两盒")
    await harness.drain()
    await harness.say("g1", "amy", "牛奶那箱要 鸡蛋两盒不要了")  # two fewer, not her whole order
    await harness.say("g1", "bo", "下午的meeting cancel了 开心")  # her plan, not her order
    await harness.drain()
    assert await _orders(harness) == {"amy": 1, "bo": 2}


async def test_the_staffs_record_of_drop_outs_leaves_the_places(make_harness):
    from tests.test_activity import GROUP

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额6 截止周五20:00")
    await harness.say("g1", "amy", "我报名 2人")
    await harness.say("g1", "bo", "报名")
    await harness.say("g1", "amy", "退出的朋友我都划掉了 有事私聊")
    await harness.say("g1", "bo", "谁说我不去了 我肯定去")
    await harness.drain()
    rows = await harness.db.read(lambda s: s.exec(sa.select(ActivitySignup.member_id, ActivitySignup.status)).all())
    assert dict(rows) == {"amy": "in", "bo": "in"}


def test_mend_taken_later_after_a_time_is_a_pickup():
    assert _read("明天再取两袋") is None
