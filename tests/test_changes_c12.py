"""C12: order changes and cancels, sign-up cancels, by mechanism (``bot.language.order_changes``,
``bot.language.signup_changes``), on phrasings written for these tests (none is a corpus line), then through the real
pipeline and SQLite: a struck-off line cancels the order, a card or a sticker dropped leaves it, a "may I cancel" beside a
reason is asked once and "是" cancels the sign-up."""
from __future__ import annotations

import pytest
import sqlalchemy as sa

from bot.chain.text import order_reading
from bot.language.intents import Reading
from bot.language.signups import read_signup
from storage.models import GroupBuyOrder
from tests.conftest import to

CHANGE, CANCEL = "order_change", "order_cancel"


def _read(text: str) -> tuple[str, int, bool, bool] | None:
    reading = order_reading(text, None)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


# --- orders: cancels ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "三样都不要了 最近手头紧",  # every good of hers, counted by 样
    "我订的那几样全取消吧",  # the same, asked of the staff
    "接龙上我那条删掉",  # her line on the list
    "麻烦把我从接龙里划掉",  # struck off, asked of the staff
    "小助手帮我把名字删了",  # the bot asked by name
    "我付过钱的那份取消 钱退我就行",  # her order named by what she did
    "牛肉丸步要了",  # 步 typed for 不
    "汤圆覅哉 屋里还有",  # Wu 覅 and 哉
])
def test_her_own_order_dropped_is_a_cancel(text):
    assert _read(text) == (CANCEL, 0, False, True)


@pytest.mark.parametrize("text", [
    "健身房的卡我退了 太远了",  # a card of a gym
    "那个红包封面我不要了 不好看",  # a sticker-like thing, not goods
    "报纸我也不订了 都在手机上看",  # a newspaper
    "老公 我不要了 你吃吧",  # said to her husband at the table
    "不要了？怎么可能 我等了一周",  # the cancel denied
    "小区门口那家卖家不卖了 取消了",  # a seller's doing
])
def test_something_else_dropped_is_no_cancel(text):
    assert _read(text) is None


@pytest.mark.parametrize("text", [
    "白菜要一棵就行，一棵是五斤左右",  # a unit's size, not a new total
    "包子馅是两份肉一份葱，香",  # a recipe's parts
    "对门那家一订就是八箱牛奶",  # someone else's habit
    "我还以为是12点截单",  # what she thought
])
def test_a_count_after_shi_that_is_no_new_total_is_no_change(text):
    reading = _read(text)
    assert reading is None or reading[0] != CHANGE


def test_a_kind_declined_beside_the_order_keeps_the_order():
    assert _read("草莓要三盒，奶油的不要") == ("order", 3, False, True)


# --- orders: changes ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, total", [
    ("店长 酸奶改成四排好伐", 4),  # a change asked with a polite tag: meant
    ("核桃改两袋就得了", 2),  # a bare 改 with its count, decided
    ("四箱留三箱就行", 3),  # the old count kept down to a new one
])
def test_a_new_total_said_to_the_staff_is_the_change(text, total):
    assert _read(text) == (CHANGE, total, False, True)


@pytest.mark.parametrize("text, delta", [
    ("再给我拿上三袋", 3),  # the verb of giving folded into 再加
    ("饺子再给添上两斤", 2),
    ("我们五个人每人再加一盒", 5),  # more for each of five
    ("我家俩人 每人加一份", 2),  # the people counted in the clause before
])
def test_more_said_in_other_verbs_is_the_addition(text, delta):
    assert _read(text) == (CHANGE, delta, True, True)


@pytest.mark.parametrize("text, delta", [
    ("我姐说她那两袋不要了，从我这里减掉", -2),  # someone's share off her order, its count said
    ("公公那袋不用了 他血糖高 帮我减一下", -1),  # 那袋: that one bag
    ("帮我小姑子订的那两盒去掉 我自己的照旧", -2),  # hers kept beside
])
def test_a_share_taken_off_her_order_is_fewer(text, delta):
    assert _read(text) == (CHANGE, delta, True, True)


def test_a_share_of_any_size_taken_off_is_asked_in_its_direction():
    assert _read("公公那份不用了 帮我减一下") == (CHANGE, -1, True, False)  # 那份: one portion, or his whole share?


def test_only_so_many_kept_is_the_new_total():
    assert _read("最后只要三盒，其余的都不要了") == (CHANGE, 3, False, True)


@pytest.mark.parametrize("text", [
    "我的核桃还能改成三袋吗",  # whether she still may: asked, not acted on
    "要不每份改成六个",  # a portion's size, a suggestion
])
def test_a_change_not_decided_is_not_acted_on(text):
    reading = _read(text)
    assert reading is None or not reading[3]


# --- sign-ups ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "插花课我弗去了 腰不好",  # Wu 弗 for 不
    "我们冇得去了 孩子发烧",  # Cantonese 冇得
    "茶话会我不趣了 下雨",  # 趣 typed for 去
    "包汤圆伢来弗了 屋里有事",  # 来弗了 for 来不了
    "写对联那个帮我划掉 要值班",  # goods with what is done with them: the event
    "剪纸课帮我划咗",  # Cantonese 划咗: struck off (咗 is not folded to 了 there)
    "品茶会我嘅名删咗",
])
def test_a_dialect_drop_out_is_a_sign_up_cancel(text):
    assert read_signup(text) == Reading("signup_cancel")


@pytest.mark.parametrize("text", [
    "捏面人我们取消 下回再说",  # the event named by what is made there, no 了
    "草莓园我取消 孩子感冒",  # an orchard: the outing, not goods
])
def test_an_event_named_by_what_is_done_there_is_cancelled(text):
    assert read_signup(text) == Reading("signup_cancel")


@pytest.mark.parametrize("text", [
    "#接龙 剪纸体验\n1. 阿敏 2\n2. 小芳 1\n3. 周姐 2 划掉",
    "捏面人接龙\n1. 豆豆妈 1大1小\n2. 毛毛奶奶 1 ❌",
    "#接龙\n元旦健步走\n1. 老刘 1人\n2. 小赵 2人（不去了）",
])
def test_her_pasted_line_struck_out_is_a_cancel(text):
    from bot.chain.text import signup_chain_entry
    assert signup_chain_entry(text, "", set()) == Reading("signup_cancel")


@pytest.mark.parametrize("text", [
    "这回就不报了 孩子要期末考",  # not signing up: no sign-up dropped
    "先不报名 我看看那天忙不忙",  # undecided
    "我不去了，帮我儿子报一个，他放假了",  # her own not going beside a sign-up for her son
    "听说楼下张阿姨不去了 她腿疼",  # hearsay of someone else
    "别把别人的名字删了啊 在后面加一行就行",  # a rule for the list
])
def test_no_sign_up_of_hers_dropped_is_no_cancel(text):
    reading = read_signup(text)
    assert reading is None or reading.intent != "signup_cancel" or not reading.sure


# --- through the real pipeline -----------------------------------------------------------------------------------------


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def test_a_struck_off_line_cancels_and_a_card_dropped_leaves_the_order(make_harness):
    from tests.test_order_changes_fresh import GROUP, OPEN

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要两盒")
    await harness.say("g1", "bo", "我要三盒")
    await harness.drain()
    assert to("amy", await harness.say("g1", "amy", "健身房的卡我退了 太远了")) == []  # something else: no reply
    await harness.say("g1", "bo", "麻烦把我从接龙里划掉")
    await harness.say("g1", "amy", "两盒留一盒就行")  # the old count kept down to one
    await harness.drain()
    assert await _orders(harness) == {"amy": 1}


async def test_may_i_cancel_beside_a_reason_is_asked_once_then_done(make_harness):
    from tests.test_activity import GROUP

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额6 截止周五20:00")
    await harness.say("g1", "amy", "我报名 2人")
    [question] = to("amy", await harness.say("g1", "amy", "我可以退掉吗 那天单位有事"))
    assert "取消" in question["text"]
    roll = await harness.say("g1", "amy", "是")
    assert any("小美 取消了" in a["text"] for a in roll)


async def test_a_share_taken_off_keeps_the_rest_of_her_order(make_harness):
    from tests.test_order_changes_fresh import GROUP, OPEN

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要三盒 我妈也要一盒 一共四盒")
    await harness.drain()
    before = (await _orders(harness))["amy"]
    await harness.say("g1", "amy", "我妈说她那盒不要了，从我这减掉")  # her mother's box off her order: one fewer
    await harness.drain()
    assert await _orders(harness) == {"amy": before - 1}
