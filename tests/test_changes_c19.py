"""C19: order changes and cancels by mechanism, on phrasings written for these tests (none is a corpus line), then through
the real pipeline and SQLite: a change and a cancel naming the open goods by a name no goods list holds act on her order;
chat about goods no list holds, and news of someone else's cancel, do not."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from tests.test_changes_c12 import _orders

ORDER, CHANGE, CANCEL = "order", "order_change", "order_cancel"


def _read(text: str, item: str | None = None) -> tuple[str, int, bool, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.add, reading.sure)


def _acted(text: str, item: str | None = None) -> bool:
    reading = _read(text, item)
    return reading is not None and reading[3]


# --- goods the list lacks, named in a change or cancel -----------------------------------------------------------------

@pytest.mark.parametrize("text, reading", [
    ("再来一份蚝", (CHANGE, 1, True, True)),  # one character after its count: goods by its place
    ("我那两份蚝不要了", (CANCEL, 0, False, True)),
])
def test_a_single_character_after_its_count_is_her_goods(text, reading):
    assert _read(text) == reading


@pytest.mark.parametrize("text, item, reading", [
    ("再来一份蚝", "生蚝", (CHANGE, 1, True, True)),  # the open product by its last character
    ("我那份呱呱不要了", "凉粉", (CANCEL, 0, False, True)),  # a local name of the open goods
    ("呱呱嫑了", "凉粉", (CANCEL, 0, False, True)),  # its cancel in dialect, right after the name
    ("凉粉嫑了", None, (CANCEL, 0, False, True)),
])
def test_a_change_or_cancel_by_another_name_acts_with_a_product_open(text, item, reading):
    assert _read(text, item) == reading


@pytest.mark.parametrize("text, item", [
    ("草莓不要了", "鸡蛋"),  # goods the list knows as another product
    ("孩子的兴趣班取消了", "鸡蛋"),  # news of something else called off
    ("那个工作我不要了", "鸡蛋"),
    ("多留一份心", "鸡蛋"),  # a saying, no step
    ("我要两份海蛎子", "鸡蛋"),  # an order of words no list holds still names another product
    ("婴儿车不要了，送人", "鸡蛋"),  # a pram given away: the intent score rules an order out
])
def test_goods_or_things_that_are_not_the_open_product_are_not_acted_on(text, item):
    assert not _acted(text, item)


# --- mechanisms of the t75 batch, in phrasings of our own --------------------------------------------------------------

@pytest.mark.parametrize("text, reading", [
    ("我妹说她也要一袋米 再加一袋", (CHANGE, 1, True, True)),  # someone wants some too, her goods after the count
    ("单位又有人要 米再加两袋", (CHANGE, 2, True, True)),  # 又有人要: someone unnamed
    ("大米再给咱添一袋", (CHANGE, 1, True, True)),  # 咱 for 我
    ("大米改成三袋 哦不 两袋", (CHANGE, 2, False, True)),  # a count taken back as she types
])
def test_more_and_new_totals_as_typed(text, reading):
    assert _read(text) == reading


def test_a_step_on_her_chain_line_with_a_plus():
    from corpus.eval_intents import read
    reading = read("#接龙 大米\n1. 张 2袋\n2. 李 1袋 再+2")
    assert (reading.intent, reading.amount, reading.add, reading.sure) == (CHANGE, 2, True, True)


@pytest.mark.parametrize("text", [
    "听说三楼刘姐的大米不要了",  # heard of
    "我看李姐把鸡蛋取消了 也不知道咋了",  # seen on the list
])
def test_news_of_someone_elses_cancel_is_no_cancel(text):
    assert not _acted(text) and _read(text) is None


@pytest.mark.parametrize("text", ["我看我那份鸡蛋还是不要了", "我看我的鸡蛋取消吧"])
def test_her_own_mind_after_wo_kan_is_still_hers(text):
    assert _read(text, "鸡蛋") == (CANCEL, 0, False, True)


@pytest.mark.parametrize("text", [
    "看来吃不完了鸡蛋不要了",  # 看来: her own conclusion, voice input without marks
    "好像买多了鸡蛋不要了",  # 好像: her own doubt
    "看了下冰箱还有鸡蛋不要了",  # a bare 看: she looked herself
])
def test_her_own_look_or_doubt_is_no_news(text):
    assert _read(text) == (CANCEL, 0, False, True)


@pytest.mark.parametrize("text, item", [
    ("谢谢王姐 我那两份鸡蛋不要了", None),
    ("谢谢李姐 我的不要了", "鸡蛋"),
    ("谢谢张姐 这次的鸡蛋不要了 家里还有", None),
])
def test_thanks_to_the_staff_before_her_own_cancel_still_cancels(text, item):
    assert _read(text, item) == (CANCEL, 0, False, True)


def test_a_neighbours_offer_declined_with_thanks_is_still_no_cancel():
    assert _read("谢谢李姐 不用了 家里有") is None


def test_a_count_taken_back_is_read():
    # that it is read in linear time on a long run of spaces is counted, not timed: benchmarks/linear_growth.py ("spaces")
    assert _read("改成一斤半 哦不 一斤", "鸡蛋")[:2] == (CHANGE, 1)


# --- through the real pipeline -----------------------------------------------------------------------------------------


async def test_her_name_for_the_open_goods_changes_and_drops_her_order(make_harness):
    from tests.test_order_changes_fresh import GROUP

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/开团 生蚝 ¥25 库存50 截止20:00 自提点A")
    await harness.say("g1", "amy", "我要两份")
    await harness.say("g1", "bo", "我要三份")
    await harness.say("g1", "cy", "我要一份")
    await harness.drain()
    await harness.say("g1", "amy", "再来一份蚝")  # more of the open 生蚝: 3
    await harness.say("g1", "bo", "我那三份蚝不要了")  # her order dropped
    await harness.say("g1", "cy", "听说楼下王姐的蚝不要了")  # news of someone else's: hers stays
    await harness.drain()
    assert await _orders(harness) == {"amy": 3, "cy": 1}


# --- chat that only looks like a change or cancel, and changes said around her order ----------------------------------

@pytest.mark.parametrize("text", [
    "谢谢张姐 不用了 家里还有好多",  # a neighbour's offer declined
    "不用不用，你自己留着给孩子吃",
    "刘姨说给我留两个馒头 不用了",
    "炸酱面再来五碗，做梦呢",  # dreamt of
    "两斤是58 四斤就是116吧",  # what so many come to
    "一人吃三个 二十个人就是六十个",
    "周末取消了订的包间 在家吃",  # a room booked elsewhere
])
def test_chat_around_goods_is_no_change_or_cancel(text):
    assert not _acted(text)


@pytest.mark.parametrize("text, reading", [
    ("再多来一盒吧，隔壁又有人要", (CHANGE, 1, True, True)),  # the step first, someone wanting after it
    ("我姑讲她也要 加一盒咯", (CHANGE, 1, True, True)),  # 讲 for 说, a particle after the step
    ("再要一盒，即系四盒", (CHANGE, 1, True, True)),  # the total after 即系
    ("米照旧 面条那三包不要了", (CHANGE, -3, True, True)),  # one product dropped by its count, the rest kept
    ("面条留着 大米那袋去了吧", (CHANGE, -1, True, True)),  # the share pointed at by its unit: that one bag
    ("对 再来一盒 三盒", (CHANGE, 1, True, True)),  # the staff's question answered yes, then more with its total
])
def test_changes_said_around_her_order(text, reading):
    assert _read(text) == reading
