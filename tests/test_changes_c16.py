"""C16: order changes and cancels by mechanism (``bot.language.order_changes``, a few whole-message checks of
``bot.language.order_checks``), on phrasings written for these tests (none is a corpus line), then through the real
pipeline and SQLite: a cancel in northwestern dialect drops the stored order, a mistake put right sets the new total."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from tests.test_changes_c12 import _orders

CHANGE, CANCEL = "order_change", "order_cancel"


def _read(text: str) -> tuple[str, int, bool, bool] | None:
    reading = order_reading(text, None)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


# --- who and "want" as the south and the northwest say them ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "额那两盒鸡蛋不要咧",  # Shaanxi 额 for 我
    "阮那盒鸡蛋毋要了 歹势",  # Minnan 阮 for 我, 毋要 for 不要
    "鸡蛋唔使留俾我喇",  # Cantonese: need not keep for me
    "鸡蛋这次先不上车了 下回",  # 上车: joining the group-buy
    "你帮我把鸡蛋那单取消了嘛",  # the staff asked, no modal before it
])
def test_her_cancel_as_typed_is_a_cancel(text):
    assert _read(text) == (CANCEL, 0, False, True)


@pytest.mark.parametrize("text, delta", [
    ("鸡蛋我再爱两盒", 2),  # Hakka and Minnan 爱 for 要 before a count
    ("鸡蛋我欲加一盒", 1),  # Minnan 欲: want to
    ("卤蛋再加两份", 2),  # a product named by how it is made is no cooking step
    ("鸡蛋那三盒少一盒吧 我妈说她已经买了", -1),  # bought elsewhere is why there are fewer, not an order told of
])
def test_more_or_fewer_is_the_step(text, delta):
    assert _read(text) == (CHANGE, delta, True, True)


@pytest.mark.parametrize("word", ["金额不对吧", "名额不要了", "我爱鸡蛋", "额头好痛", "炖排骨的时候加两勺盐"])
def test_words_that_only_look_like_the_dialect_order_nothing(word):
    assert _read(word) is None


# --- a new total: said twice, put right, turned into --------------------------------------------------------------------

@pytest.mark.parametrize("text, total", [
    ("之前讲三盒，而家要两盒", 2),  # Cantonese 而家 for 现在
    ("鸡蛋改成三盒三盒", 3),  # a count stressed twice by voice
    ("刚才打错了，是3不是13", 3),  # a typo put right with bare numbers
    ("改4盒 刚才算错了", 4),  # the mistake said after the new total
    ("更正一下 鸡蛋我要三盒", 3),
    ("鸡蛋调成四盒", 4),
    ("搞成两盒算了", 2),
    ("只留两盒，另外的不要了", 2),  # only so many kept, the rest dropped
])
def test_a_new_total_is_the_change(text, total):
    assert _read(text) == (CHANGE, total, False, True)


@pytest.mark.parametrize("text", [
    "店长你算错了吧，一共应该是45盒",  # the staff's sum, not her order
    "王姐的应该是两盒 我记成三盒了",  # the staff putting another's line right
    "鸡蛋是12块一盒不是15",  # a price per box
    "一盒是十个 不是十二个",  # a box's size
])
def test_someone_elses_count_put_right_is_no_change(text):
    reading = _read(text)
    assert reading is None or reading[0] != CHANGE or not reading[3]


# --- a cancel among reasons ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "唉 冰箱满了 只能取消了",  # the rules' product words are only how she feels (只能)
    "刚报的不要了 不好意思",  # ... only when she ordered
    "孩子发烧去医院了 拿不了 我取消",  # the hospital is the reason, not what is dropped
])
def test_a_cancel_whose_words_name_no_thing_is_her_order_dropped(text):
    assert _read(text) == (CANCEL, 0, False, True)


def test_an_appointment_dropped_is_still_no_cancel():
    assert _read("医院的预约我取消了") is None


@pytest.mark.parametrize("text", [
    "退了吧 那两盒",  # the cancel first, her share pointed at after it
    "不要了 我那三盒",
    "鸡蛋取消 不 要了",  # a space typed inside 不要了
    "店长我跟你说一下我那两盒鸡蛋不要了我儿子买了好多",  # a preface that only announces, a voice run-on
    "那个鸡蛋我不要了 我闺女说家里多的是",  # plenty at home is a reason, no extras offered
])
def test_a_cancel_as_said_aloud_is_a_cancel(text):
    assert _read(text) == (CANCEL, 0, False, True)


@pytest.mark.parametrize("text", ["算了 那个人", "算了 那边太远", "今天的瑜伽课 老师说取消了", "她不要了", "我跟你说个事 明天下雨"])
def test_no_order_of_hers_dropped_is_no_cancel(text):
    reading = _read(text)
    assert reading is None or reading[0] != CANCEL or not reading[3]


def test_whether_a_cancel_can_still_be_had_is_asked_once():
    assert _read("我那盒鸡蛋现在取消还来得及吗") == (CANCEL, 0, False, False)


@pytest.mark.parametrize("text, delta", [
    ("两盒里面有一盒不要了", -1),  # a part of the order dropped
    ("我那份减一", -1),  # a bare step after her share
    ("同事也要 帮我加一盒", 1),  # someone wants some too, the step put on her order
    ("我婆婆说还要，给我加两盒", 2),
    ("鸡蛋再上一盒车", 1),  # 上车: the group-buy's bus
    ("老妹儿 又来一盒 嘿嘿", 1),  # 又: again
])
def test_a_step_as_typed_is_the_step(text, delta):
    assert _read(text) == (CHANGE, delta, True, True)


def test_a_henan_tag_of_asking_leaves_the_new_total():
    assert _read("俺那个改三盒中不") == (CHANGE, 3, False, True)


# --- through the real pipeline -----------------------------------------------------------------------------------------


async def test_a_dialect_cancel_and_a_mistake_put_right_change_the_stored_orders(make_harness):
    from tests.test_order_changes_fresh import GROUP, OPEN

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要两盒")
    await harness.say("g1", "bo", "我要三盒")
    await harness.drain()
    await harness.say("g1", "amy", "额那两盒不要咧 屋里还有")
    await harness.say("g1", "bo", "刚才打错了，是2不是3")
    await harness.drain()
    assert await _orders(harness) == {"bo": 2}
