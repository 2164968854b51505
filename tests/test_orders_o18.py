"""O18: group-buy orders — a count said where one lives beside a range, a building's unit that is no range, a share
brought for someone, a count named with any numeral after a question, a cancel answering "how many?", a question beside
a sure order, a count each of goods no list holds (docs/language.md, "O18").

The sentences are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.chain.text import order_reading
from bot.config.loader import load_yaml_model
from bot.config.schema import GroupSettings
from bot.language.numbers import RANGE
from bot.questions.asking import _count_alone, question_beside
from bot.questions.faq import ENTRIES, SHIPPED, Faq
from tests.conftest import local, to
from tests.test_intents_replay import GROUP, OPEN, _orders
from tests.test_questions import CONFIG, run_until


def _read(text: str, item: str | None = "汤圆") -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


@pytest.fixture(scope="module")
def faq() -> Faq:
    return Faq(load_yaml_model(SHIPPED, ENTRIES))


# --- where she lives is no count beside a range; a building's unit is no range ---------------------------------------------

@pytest.mark.parametrize("text", ["7号楼 给我来个两三袋", "2-1单元 汤圆要三五袋", "1502 帮我留两三袋吧", "6栋1203 要个三四袋"])
def test_a_range_beside_where_she_lives_is_asked_how_many(text):
    assert _read(text) == ("order", 0, False)  # the count left open: "how many?"


def test_a_range_settled_by_a_count_still_reads_the_count():
    assert _read("两三袋吧 算了就三袋") == ("order", 3, True)


@pytest.mark.parametrize("text", ["4-1单元", "12-3 单元"])
def test_a_building_s_unit_is_no_range(text):
    assert RANGE.search(text) is None


def test_a_range_of_portions_is_still_one():
    assert RANGE.search("2-3单") is not None and RANGE.search("2-3袋") is not None


# --- a share brought for someone, beside her own ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("帮丈母娘捎一袋 我自己两袋", 3),
    ("替我们科长买一袋，我一袋", 2),
    ("给隔壁王姨带两袋 我一袋", 3),
])
def test_a_share_brought_for_someone_is_summed(text, amount):
    assert _read(text) == ("order", amount, True)


# --- the count named last after her question, in any numeral ---------------------------------------------------------------

@pytest.mark.parametrize("remark", ["十二盒", "蓝莓12盒", "20袋吧", "三十个"])
def test_a_count_alone_in_any_numeral(remark):
    assert _count_alone(remark)


@pytest.mark.parametrize("remark", ["就十二盒", "囤二十袋"])
def test_a_count_with_more_said_is_not_alone(remark):
    assert not _count_alone(remark)


# --- a question beside a sure order ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, question", [
    ("给我留三袋，钱转给谁呀？", "钱转给谁呀？"),
    ("什么时候到货？我要两袋", "什么时候到货？"),
    ("两袋 停车方便吗", "停车方便吗"),
])
def test_a_question_beside_an_order_is_read_apart(faq, text, question):
    said, asked = question_beside(text, faq, GroupSettings().faq.threshold, orders=True)
    assert asked == question
    assert _read(said)[:2] == ("order", int("三" in said) * 3 or 2)


@pytest.mark.parametrize("text", [
    "还有货吗 我要两袋",  # whether there is stock: the order's own reply answers it
    "我要三袋 还能改吗",  # changing it: the order's
    "给我留两袋 行吗",  # a request's tag
    "两袋 谢谢店长",  # no question at all
    "那个芝麻汤圆嘛 给我留两袋",  # the goods named as a topic with 嘛
    "汤圆三袋 算了还是两袋吧",  # her own deciding
])
def test_no_question_beside_an_order(faq, text):
    assert question_beside(text, faq, GroupSettings().faq.threshold, orders=True) is None


async def test_an_order_is_stored_and_its_question_answered(make_harness):
    harness = await make_harness(CONFIG)
    t = local("2026-11-23 10:00")
    await harness.say("g1", "owner", OPEN, at=t)
    said = await harness.say("g1", "amy", "给我留三盒，能用微信付钱吗？", at=t + timedelta(minutes=1))
    assert any("微信" in a["text"] or "支付" in a["text"] for a in to("amy", said)), said  # the payment answer
    await run_until(harness, t + timedelta(minutes=5))
    assert await _orders(harness) == {"amy": 3}


# --- "how many?" answered by letting it go ---------------------------------------------------------------------------------

@pytest.mark.parametrize("letting_go", ["算了不要了", "那就取消吧", "不要了 谢谢"])
async def test_a_cancel_answering_how_many_closes_the_question(make_harness, letting_go):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "给我来个两三盒")
    [reply] = to("amy", await harness.say("g1", "amy", letting_go))
    assert "不记" in reply["text"] and "还没有订" not in reply["text"]
    assert to("amy", await harness.say("g1", "amy", "三盒")) != []  # the question closed: a count now is a new order
    await harness.drain()
    assert await _orders(harness) == {"amy": 3}


# --- a count each of goods no list holds, for people named by where they are ------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("车间八个人 每人一袋", 8),
    ("我们合唱团六个老姐妹，一人一份", 6),
    ("宿舍五个人 一人一盒凉皮", 5),
])
def test_a_count_each_for_people_named_by_where_they_are(text, amount):
    assert _read(text, None) == ("order", amount, True)


@pytest.mark.parametrize("text", ["俩娃一人一个感冒", "宿舍四个人一人一份都吃撑了", "班里三十个人 每人一本作业"])
def test_a_count_each_that_says_more_is_not_acted_on(text):
    reading = _read(text, None)
    assert reading is None or not reading[2]


# --- shares summed: someone added with 再加 / 加上, or named after where she lives ------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我和我姐各一袋 再加我婆婆一袋", 3),
    ("帮五号楼的王姨订两袋，我自己要一袋", 3),
    ("同事托我带两袋，加上我自己一袋", 3),
])
def test_shares_with_someone_added_are_summed(text, amount):
    assert _read(text) == ("order", amount, True)


# --- her count, someone joining, then the total settled ---------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("先来一袋，哎我婆婆也要，那就两袋", 2),
    ("我两袋，闺女说她也要，那就三袋吧", 3),
    ("一袋 对了还有我邻居的 那就两袋", 2),
])
def test_the_total_settled_after_someone_joined(text, amount):
    assert _read(text) == ("order", amount, True)


def test_a_total_under_a_condition_is_not_settled():
    reading = _read("一袋就行 要是我姐也要的话 那就两袋")
    assert reading is None or not reading[2]


# --- a head counted in beside an outing is the members' plan ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["周六去爬香山 算我一个", "今晚打羽毛球算我俩", "谁去吃烤肉 带我一个", "周末唱K 算我们家俩"])
def test_a_head_counted_in_beside_an_outing_orders_nothing(text):
    assert _read(text, None) is None or _read(text, None)[0] == "none"


@pytest.mark.parametrize("text, amount", [("算我一个", 1), ("汤圆也算我一个 孩子爱吃", 1), ("算我俩 一袋芝麻一袋花生", 2)])
def test_a_head_counted_in_for_the_goods_still_orders(text, amount):
    reading = _read(text)
    assert reading is not None and reading[0] == "order"


# Looking, eating or going said of the goods is no outing (the reviewer's phrasings).
@pytest.mark.parametrize("text", ["我看大家都在买 算我一个", "孩子爱吃这个 算我一个", "看评价不错 算我一个",
                                  "去年吃过 好吃 带我一个", "芒果看着不错算我一个", "去年买过 算我一个"])
def test_a_head_counted_in_beside_no_outing_orders_one(text):
    assert _read(text, None) == ("order", 1, True)


# A plus then no name is no 接龙 line of hers (the reviewer's phrasings).
@pytest.mark.parametrize("text", ["+1 也太", "+1 真的太", "+1 姑娘"])
def test_a_plus_then_no_name_orders_nothing(text):
    reading = _read(text, None)
    assert reading is None or reading[0] != "order"


def test_what_or_how_is_no_topic_named(faq):
    """什么 / 怎么 end in 么 but name no goods: the question is read apart (the reviewer's phrasing)."""
    said, asked = question_beside("我要两份，付款用什么", faq, GroupSettings().faq.threshold, orders=True)
    assert asked == "付款用什么" and _read(said)[:2] == ("order", 2)


# --- a count put right after a pause or a sum redone ------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("汤圆三袋，呃，两袋吧", 2),
    ("汤圆四袋 等下我算算 三袋够了", 3),
    ("汤圆五袋，等等，四袋", 4),
])
def test_a_count_put_right_after_a_pause(text, amount):
    assert _read(text) == ("order", amount, True)


# --- whom by the family's side, the southwest's aunt, someone who asked her to bring it --------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我给我婆家嫂子带两袋", 2),
    ("给对门张孃孃带一袋", 1),
    ("楼下邻居托我带一袋", 1),
    ("我同事叫我捎两袋", 2),
])
def test_whom_said_the_ways_members_say_it(text, amount):
    assert _read(text) == ("order", amount, True)


# --- another product's count the same as the first's is no restatement ------------------------------------------------------

def test_two_products_with_the_same_count_are_summed():
    assert _read("排骨两份 凉皮两份", None)[:2] == ("order", 4)


def test_a_kind_with_the_same_count_restates_it():
    reading = _read("鸡蛋两盒，土的两盒", None)
    assert reading is None or reading[1] == 2


# --- a plus, then only whose 接龙 line it is ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [("+1 悦悦妈", 1), ("+2 周太", 2), ("➕1 二单元王姨", 1), ("+1 外婆代报", 1)])
def test_a_plus_then_whose_line_it_is_orders(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["+1 我外婆也这么说", "+1 楼上", "+1 so true", "+1 同感"])
def test_a_plus_that_agrees_orders_nothing(text):
    reading = _read(text)
    assert reading is None or not reading[2] or reading[0] == "none"
