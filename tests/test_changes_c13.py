"""C13: order changes and cancels, sign-up cancels, by mechanism (``bot.language.order_changes``,
``bot.language.signup_changes``), on phrasings written for these tests (none is a corpus line), then through the real
pipeline and SQLite: a cancel said after a greeting and who she is drops the stored order, "-1" before a reason takes one
off, a relative's not going with the staff asked to strike her drops the sign-up."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from bot.language.intents import Reading
from bot.language.signups import read_signup
from tests.conftest import to
from tests.test_changes_c12 import _orders

CHANGE, CANCEL = "order_change", "order_cancel"


def _read(text: str) -> tuple[str, int, bool, bool] | None:
    reading = order_reading(text, None)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


# --- orders: cancels ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "小妹你好，我是六栋的张奶奶，我那三盒鸡蛋你帮我取消了吧，家里吃不完",  # a greeting and who she is, then the cancel
    "老板您好 我就是二楼的李阿姨 鸡蛋那单能撤不嘛 不好意思",  # "may I", bare 撤 before 不 and a particle
    "群主实在抱歉，我前天订的两盒鸡蛋能不能取消呀，老家有事要赶回去，给你添麻烦了",  # four clauses, one request
    "这回的团购我们都不要了，最近出差",  # the group-buy as a whole, fillers repeated
    "鸡蛋冇要了哈",  # 冇 before 要 for 不
    "鸡蛋弗要了 屋里还有",  # Wu 弗
    "唔好意思，我嗰两盒鸡蛋唔要住",  # Cantonese 嗰 for 那, 唔要住: not for now
    "俺那鸡蛋恁给俺去了吧 儿子拿回来两盒",  # struck off, asked of the staff
    "老公出差了 家里就我一个 吃不完 取消",  # a bare cancel among her own reasons
])
def test_her_own_order_dropped_is_a_cancel(text):
    assert _read(text) == (CANCEL, 0, False, True)


def test_a_polite_refusal_is_no_cancel():
    assert _read("不要了不要了 你们吃吧 我刚吃过") is None  # declining what is offered at the table


# --- orders: changes ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, delta", [
    ("鸡蛋加三盒，五盒", 3),  # more, and the total it makes said after it
    ("再来两盒，三盒", 2),
    ("再嚟一盒鸡蛋", 1),  # Cantonese 嚟 for 来
    ("减2 谢谢店长", -2),  # a step with a count, thanks after a space
    ("-1，我妈说她不吃", -1),  # a minus opening the message, a reason after it
    ("现在还可以加一盒吗 可以的话帮我加上", 1),  # the store's state asked first, a time before it
])
def test_more_or_fewer_is_the_step(text, delta):
    assert _read(text) == (CHANGE, delta, True, True)


@pytest.mark.parametrize("text, total", [
    ("鸡蛋改成四盒 就这样吧不改了", 4),  # a new total, the matter settled beside it
    ("我嗰份改返三盒", 3),  # Cantonese 改返 for 改回
])
def test_a_new_total_is_the_change(text, total):
    assert _read(text) == (CHANGE, total, False, True)


@pytest.mark.parametrize("text", ["两盒翻一番", "double 一下 原来两盒"])
def test_a_doubled_count_is_the_new_total_never_dropped(text):
    assert _read(text)[:3] == (CHANGE, 4, False)  # acted on, or asked where the whole-message check finds 4 unstated


def test_a_price_doubled_is_no_change():
    assert _read("鸡蛋价格翻倍了 两盒要五十") is None


def test_a_minus_inside_a_line_still_orders_nothing():
    assert _read("鸡蛋 -3盒") is None or _read("鸡蛋 -3盒")[3] is False


# --- sign-ups ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "剪窗花唔去喇，屋企有事",  # Cantonese 唔去, 喇
    "包粽子我哋唔嚟喇 要返乡下饮喜酒",  # 唔嚟 for 不来; the reason names a banquet, not what is dropped
    "烘焙那个我们不切了哈 娃发烧",  # Sichuan 切 for 去
    "手工课冇去得了，要去医院复查",  # 冇去得了 for 去不了
    "插花我不搞哒，手不灵活",  # Hunan 哒; 不搞了: not doing it
    "我俩腊八粥不去喽",  # 喽 for 了
    "书法课别算我",  # the join denied at the clause's end
    "量血压那个 我就不去凑热闹了 帮我划了",  # not going to do what the event is for; the staff asked to strike her
    "请问怎么取消呀，包汤圆我们来不了了",  # how, asked beside her decision
    "烘焙我女儿说她不想去了 你帮我取消了吧",  # her daughter's word, the staff asked by her
    "我公公的茶话会取消，他感冒了",  # her household's sign-up named as theirs: she speaks for them
    "I'm out for 插花课 sorry",  # English among Chinese
    "剪纸我不想去了 太冷",  # not wanting to go, decided
])
def test_a_drop_out_as_members_type_it_is_a_sign_up_cancel(text):
    assert read_signup(text) == Reading("signup_cancel")


@pytest.mark.parametrize("text", [
    "听说王姐唔去了",  # hearsay of someone else
    "那个发布会取消了 不用去了",  # something called off
    "今天不去菜市场了 太冷",  # a routine or a place, not the event
    "我不去爬山了，你们玩得开心",  # wishing those who go a good time (the corpus' convention: no cancel of hers)
])
def test_no_sign_up_of_hers_dropped_is_no_cancel(text):
    reading = read_signup(text)
    assert reading is None or reading.intent != "signup_cancel" or not reading.sure


# --- through the real pipeline -----------------------------------------------------------------------------------------


async def test_a_cancel_after_who_she_is_and_a_step_before_a_reason_change_the_stored_orders(make_harness):
    from tests.test_order_changes_fresh import GROUP, OPEN

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要两盒")
    await harness.say("g1", "bo", "我要三盒")
    await harness.drain()
    await harness.say("g1", "amy", "店长你好，我是三栋的小美，我那两盒鸡蛋你帮我取消了吧，家里还有")
    await harness.say("g1", "bo", "-1，孩子不爱吃")
    await harness.drain()
    assert await _orders(harness) == {"bo": 2}


async def test_a_relatives_word_with_the_staff_asked_drops_the_sign_up(make_harness):
    from tests.test_activity import GROUP

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额6 截止周五20:00")
    await harness.say("g1", "amy", "我报名 1人")
    roll = await harness.say("g1", "amy", "我女儿说她不想去了 你帮我取消了吧")
    assert any("取消" in a["text"] for a in roll)
    assert to("amy", await harness.say("g1", "amy", "是")) == []  # nothing was asked: the cancel was done
