"""C23: order precision, changes and cancels by mechanism — on phrasings written for these tests (none is a corpus line),
then through the real pipeline and SQLite: a sum worked out, a wish the goods' end came before, the next round's order,
the staff's tally and a recipe's measures store nothing; a change or cancel whose words only say whose, which line or
when, a plus with her placing told, and a change said after leave asked for it are acted on."""
from __future__ import annotations

import time

import pytest

from bot.chain.text import order_reading
from bot.language import order_changes, order_checks
from tests.conftest import to
from tests.test_changes_c12 import _orders

ORDER, CHANGE, CANCEL = "order", "order_change", "order_cancel"


def _read(text: str, item: str | None = None) -> tuple[str, int, bool, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


def _replied(text: str, item: str | None = None) -> bool:
    """Whether the group-buy handler would answer at all: acted on or asked."""
    return order_reading(text, item) is not None


# --- counts used for something else: no reply --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "三盒就是五十七块",  # a count set equal to its price
    "四斤就是一百二十块钱吧",
    "腊肠一斤四十，三斤一百二",  # a rate, then a multiple of it
    "刚想订三盒橙子，结果截单了",  # a wish the order's close came before
    "本来想要两袋饺子 一看卖完了",
    "截单了？我还想要两份呢",
    "刚准备下单两斤牛肉 已截止了",
    "下次有榴莲我一定要两个",  # the next round's order
    "下回团牛肉我要三斤",
    "下一批到了我要抢五盒",
    "下次再团我还要两箱",
    "汇总：鲜肉月饼20盒，豆沙月饼15盒",  # the staff's tally
    "截至晚上九点 饺子共接龙58袋",
    "接龙到此结束 一共76份 谢谢大家",
    "面条下一把 卧个鸡蛋",  # a recipe's step
])
def test_counts_used_for_something_else_get_no_reply(text):
    assert not _replied(text)


@pytest.mark.parametrize("text, reading", [
    ("三盒就是五十七块吧，我要三盒", (ORDER, 3, False, True)),  # the sum worked out, then her order
    ("腊肠一斤四十 我要两斤", (ORDER, 2, False, True)),
    ("别卖完了 给我留一袋", (ORDER, 1, False, True)),  # the end feared, not told
    ("还没截单吧 我要三盒", (ORDER, 3, False, True)),
    ("两盒 下次还买", (ORDER, 2, False, True)),  # the next round praised after this round's order
    ("给我留三袋 下回来拿", (ORDER, 3, False, True)),  # the day she collects, not the next round
    ("这回先来两份，下次多要点", (ORDER, 2, False, True)),
    ("截至今晚我要两份", (ORDER, 2, False, True)),  # her own order beside a time
    ("给我来两瓶醋", (ORDER, 2, False, True)),  # vinegar sold by the bottle, no recipe
    ("我要两斤排骨，回去焖一个钟头", (ORDER, 2, False, True)),  # a recipe beside her order
])
def test_an_order_beside_those_uses_still_orders(text, reading):
    assert _read(text) == reading


# --- changes and cancels -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "昨晚的订单帮我取消一下",  # when it was placed, hers (帮我)
    "3号楼2单元的取消",  # where she lives
    "我跟我姐的都取消吧",  # hers and her sister's
])
def test_a_cancel_whose_words_say_only_whose_which_or_when_is_acted_on(text):
    assert _read(text) == (CANCEL, 0, False, True)


def test_a_cancel_naming_only_someone_else_is_asked():
    assert _read("替我公公取消一下 他住院了") == (CANCEL, 0, False, False)  # C24: whose order? the handler would drop hers


@pytest.mark.parametrize("text", ["去年的不要", "活动取消了", "明早的高铁取消了 走不成了", "学步车不要了 谁要送谁"])
def test_a_kind_or_another_thing_dropped_is_no_cancel(text):
    assert not _replied(text)


@pytest.mark.parametrize("text, amount", [("➕1 我之前报过了", 1), ("+2，前面已经接过了", 2)])
def test_a_plus_with_her_placing_told_is_more_on_hers(text, amount):
    assert _read(text) == (CHANGE, amount, True, True)


@pytest.mark.parametrize("text", ["+1 之前买过 很好吃", "+1 我姐之前订过了", "➕1 之前报过了吗"])
def test_a_plus_beside_goods_had_or_someone_elses_placing_is_no_change(text):
    reading = order_reading(text, None)
    assert reading is None or reading.intent != CHANGE


def test_a_change_said_after_leave_asked_is_acted_on():
    assert _read("还可以加不 加一袋") == (CHANGE, 1, True, True)
    assert _read("还能加吗？") is None
    assert _read("还能退吗 我看看") is None


def test_a_childs_wish_answered_with_a_limit_is_no_order():
    assert not _replied("儿子说要三个汉堡，我说只能一个")


@pytest.mark.parametrize("text, reading", [
    ("孩子说还要，来两份", (ORDER, 2, False, True)),  # her order beside the wish
    ("孩子闹着要吃，给我留三袋", (ORDER, 3, False, True)),
    ("我家崽要米糊三袋", (ORDER, 3, False, True)),  # whom it is for, no wish told
])
def test_an_order_beside_a_childs_wish_still_orders(text, reading):
    assert _read(text) == reading


@pytest.mark.parametrize("text", ["我买哒两斤", "隔壁满娭毑买哒两盒"])
def test_xiang_da_after_a_verb_tells_it_done(text):
    assert not _replied(text)  # 哒 for 了: bought, ordered by someone, told


def test_xiang_da_after_an_order_still_orders():
    assert _read("给我留三斤哒") == (ORDER, 3, False, True)


# --- through the real pipeline -----------------------------------------------------------------------------------------

async def test_worked_out_sums_and_tallies_get_no_reply_and_changes_after_leave_asked_are_stored(make_harness):
    from tests.test_order_changes_fresh import GROUP, OPEN

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    assert to("amy", await harness.say("g1", "amy", "两盒就是五十块")) == []  # a sum: no reply
    assert to("bo", await harness.say("g1", "bo", "本来准备订两箱橙子，结果截止了")) == []  # too late: no reply
    await harness.say("g1", "amy", "我要两盒")
    await harness.drain()
    await harness.say("g1", "amy", "还可以加不咯 加一盒")
    await harness.drain()
    assert await _orders(harness) == {"amy": 3}


# --- linear on hostile input -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fragment", ["两盒就是", "一份三十，", "刚想要两盒一看", "截单了？我还想", "下次有", "汇总", "泡两个",
                                      "还能加吗？", "➕1之前", "崽讲要三个"])
def test_the_c23_readers_are_linear(fragment):
    words = (fragment * (5000 // len(fragment) + 1))[:5000]
    spent = []
    for _ in range(3):  # the least of three runs' CPU time: the machine's other load is not the readers'
        start = time.process_time()
        order_checks.worked_out(words), order_checks.too_late(words), order_checks.later_round(words)
        order_checks.tallied(words), order_checks.recipe(words), order_checks.child_wish(words)
        order_changes._after_leave_asked(order_changes._pieces(words)), order_changes._more_after_placed(words)
        spent.append(time.process_time() - start)
    assert min(spent) < 0.05
