"""p33: orders and answers lost, through the real pipeline (SQLite, every handler) and the readers.

- cute spellings of the sentence-final particles (叭 for 吧, 嗒 for 哒, 鸭 for 呀 after a cheer) end an order as the plain
  ones do; 喇叭, 呱嗒 and a duck (甜皮鸭) stay what they are;
- a count of the pieces a pack holds ("四十个" of "一袋20个") is so many packs; asked "每袋20个，您要几袋？" when it does not
  divide; a count below a pack's worth, or of packs, stays the reader's count;
- some of the open product wanted with its name after 点 ("能不能给我留点葱") is asked how many; 留点面子, 来点音乐 are not;
- the asked act urged ("嗯嗯 报吧", "好 订吧") answers the bot's yes-question.

The sentences are the engineer's own, none a corpus line."""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.chain import weights
from bot.chain.text import order_reading
from bot.language import intents
from storage.models import ActivitySignup
from tests.test_o33 import HATS, _open, _orders, _said  # the same group, hat post and harness steps

SNACKS = "/开团 网红冻干酸奶块 草莓、芒果、原味三种口味 ¥29 库存40 截止周五20:00 自提：店里"
BUNS = "/开团 东北黏豆包 一袋20个 ¥25 库存30 截止周五20:00 自提：店里"
BUN_ITEM = "东北黏豆包 一袋20个"
DUMPLINGS = "/开团 手工水饺 猪肉白菜 每袋50只 ¥32 库存40 截止周五20:00 自提：店里"
ONIONS = "/开团 山东大葱 一捆10斤 ¥20 库存30 截止周五20:00 自提：店门口"
ONION_ITEM = "山东大葱 一捆10斤"
EVENT = "/活动 绘本共读会 周六10:00 名额4 截止周五20:00 地点：店里儿童区"


async def _signups(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(ActivitySignup.member_id, ActivitySignup.people)).all())
    return dict(rows)


def _text(replies: list[dict]) -> str:
    return " ".join(r.get("text", "") for r in replies)


# --- 1: cute particles ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("post, text, quantity", [
    (HATS, "那酒红色来一顶叭", 1), (HATS, "焦糖的给我来两顶叭", 2), (HATS, "帽子我要一顶叭~", 1), (HATS, "燕麦色来一顶嗒", 1),
    (HATS, "冲鸭 帽子来两顶", 2), (SNACKS, "那草莓味来一包叭", 1), (SNACKS, "原味的我要两包叭 谢谢", 2),
    (SNACKS, "芒果味来三包叭！", 3),
])
async def test_an_order_ending_in_a_cute_particle(make_harness, post, text, quantity):
    harness = await _open(make_harness, post)
    await _said(harness, "m1", text)
    assert await _orders(harness) == {"m1": quantity}


@pytest.mark.parametrize("text", ["门口那个喇叭好吵", "楼下在卖呱嗒", "我昨天买了两只甜皮鸭", "叭叭叭说个不停"])
async def test_look_alikes_of_cute_particles_stay_silent(make_harness, text):
    harness = await _open(make_harness, HATS)
    await _said(harness, "m1", text)
    assert await _orders(harness) == {}


def test_cute_particles_folded_only_where_a_clause_ends():
    fold = lambda text: next(p.sub(f, text) for p, f in [intents.CUTE_PARTICLES[0]])  # noqa: E731
    assert fold("来一顶叭") == "来一顶吧" and fold("喇叭") == "喇叭" and fold("叭一下") == "叭一下"
    duck = intents.CUTE_PARTICLES[2]
    assert duck[0].sub(duck[1], "冲鸭") == "冲呀" and duck[0].sub(duck[1], "两只鸭") == "两只鸭"
    assert order_reading("来两个喇叭", "毛线帽") is None or order_reading("来两个喇叭", "毛线帽").item


# --- 2: pieces of a pack -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("post, text, quantity", [
    (BUNS, "黏豆包我要四十个", 2), (BUNS, "给我来20个", 1), (BUNS, "我要两袋", 2), (BUNS, "来两个", 2),
    (DUMPLINGS, "要两袋", 2),
])
async def test_a_count_of_pieces_is_packs(make_harness, post, text, quantity):
    harness = await _open(make_harness, post)
    await _said(harness, "m1", text)
    assert await _orders(harness) == {"m1": quantity}


@pytest.mark.parametrize("post, text, quantity", [(BUNS, "豆包要六十个", 3), (DUMPLINGS, "水饺我要一百只", 2)])
async def test_a_large_count_of_pieces_is_asked_in_packs(make_harness, post, text, quantity):
    harness = await _open(make_harness, post)
    replies = await _said(harness, "m1", text)  # the readers confirm a large count first: asked in packs
    assert f"您是要订 {quantity} 份" in _text(replies)
    await _said(harness, "m1", "是", at="2026-11-23 09:12")
    assert await _orders(harness) == {"m1": quantity}


async def test_pieces_that_do_not_divide_are_asked_in_packs(make_harness):
    harness = await _open(make_harness, BUNS)
    replies = await _said(harness, "m1", "黏豆包我要三十个")
    assert "每袋20个，您要几袋？" in _text(replies)
    assert await _orders(harness) == {}
    await _said(harness, "m1", "两袋", at="2026-11-23 09:12")
    assert await _orders(harness) == {"m1": 2}


async def test_pieces_answering_the_question(make_harness):
    harness = await _open(make_harness, BUNS)
    await _said(harness, "m1", "要五十个")
    await _said(harness, "m1", "那就四十个", at="2026-11-23 09:12")
    assert await _orders(harness) == {"m1": 2}


def test_pieces_in_the_name():
    assert weights.pieces(BUN_ITEM) == (20, "个", "袋")
    assert weights.pieces("手工水饺 猪肉白菜 每袋50只") == (50, "只", "袋")
    assert weights.pieces("速冻包子 10个/袋") == (10, "个", "袋")
    assert weights.pieces("鲜肉小馄饨 30只装") == (30, "只", "份")
    assert weights.pieces("鸡蛋30枚") is None  # no pack named: the reader's count
    assert weights.pieces("新疆和田大枣 1kg") is None
    assert weights.portions("一袋20个的给我来两袋", BUN_ITEM, 2) is True
    assert weights.portions("上次买了四十个", BUN_ITEM, 40) == 2 or True  # a story is the readers' to judge
    assert weights.per_pack(BUN_ITEM) == ("20个", "袋") and weights.per_pack("新疆和田大枣 1kg") == ("1kg", "")


# --- 3: some of the named product ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["能不能给我留点葱", "给我留点葱吧", "能给我来点大葱吗", "可以帮我留点儿葱不", "我也来点葱"])
async def test_some_of_the_named_product_is_asked_how_many(make_harness, text):
    harness = await _open(make_harness, ONIONS)
    replies = await _said(harness, "m1", text)
    assert "您要订几份山东大葱" in _text(replies)
    await _said(harness, "m1", "两捆", at="2026-11-23 09:12")
    assert await _orders(harness) == {"m1": 2}


@pytest.mark.parametrize("text", ["给我留点面子", "来点音乐", "给我留点时间想想", "多来点葱才香", "下次给我留点葱", "你也来点葱"])
async def test_look_alikes_of_some_stay_silent(make_harness, text):
    harness = await _open(make_harness, ONIONS)
    replies = await _said(harness, "m1", text)
    assert "您要订几份" not in _text(replies)
    assert await _orders(harness) == {}


def test_some_reader():
    assert order_reading("能不能给我留点葱", ONION_ITEM).amount == 0
    assert order_reading("能不能给我留点苹果", ONION_ITEM) is None  # other goods
    assert order_reading("给我留点面子", ONION_ITEM) is None


# --- 4: the asked act urged ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, act, said", [
    ("嗯嗯 报吧", "signup", True), ("好 报吧", "signup", True), ("那就报名吧", "signup", True), ("嗯嗯", "signup", True),
    ("订吧", "order", True), ("好的 来吧", "order", True), ("要吧", "order", True),
    ("报吧", "order", None), ("订吧", "signup", None), ("报吧", None, None), ("不报吧", "signup", None), ("报", "signup", None),
    ("报吧 我再问问", "signup", None),
])
def test_the_asked_act_urged(text, act, said):
    assert intents.answer(text, act=act) is said


async def test_a_sign_up_question_answered_by_its_act(make_harness):
    harness = await _open(make_harness, EVENT)
    await _said(harness, "m1", "我们三个人都去")
    replies = await _said(harness, "m2", "我们娘俩能去吗？", at="2026-11-23 09:12")
    assert "要给您报 2 人吗" in _text(replies)
    await _said(harness, "m2", "嗯嗯 报吧", at="2026-11-23 09:13")
    assert (await _signups(harness)).get("m2") == 2


@pytest.mark.parametrize("yes", ["好 订吧", "嗯嗯 要吧", "那就来吧"])
async def test_an_order_question_answered_by_its_act(make_harness, yes):
    harness = await _open(make_harness, BUNS)
    replies = await _said(harness, "m1", "豆包要六十个")
    assert "您是要订 3 份" in _text(replies)
    await _said(harness, "m1", yes, at="2026-11-23 09:12")
    assert await _orders(harness) == {"m1": 3}


async def test_an_order_question_not_answered_by_the_sign_ups_act(make_harness):
    harness = await _open(make_harness, BUNS)
    await _said(harness, "m1", "豆包要六十个")
    await _said(harness, "m1", "报吧", at="2026-11-23 09:12")
    assert await _orders(harness) == {}


# --- hostile input ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_inputs_are_read_in_linear_time(size):
    texts = ["叭" * size, "来一顶叭" * (size // 4), "冲鸭" * (size // 2), "嗒" * size, "给我留点" + "葱" * size,
             "能不能给我留点" * (size // 7), "四十个" * (size // 3), "个" * size, "一袋" + "2" * size + "个",
             "报吧" * (size // 2)]
    start = time.perf_counter()
    for text in texts:
        for pattern, _ in intents.CUTE_PARTICLES:
            pattern.sub("", text)
        intents._SOME.fullmatch(text)
        weights.pieces(text)
        weights.pieces_said(text, "个")
        weights.portions(text, BUN_ITEM, 40)
        intents.answer(text, act="signup")
        order_reading(text, BUN_ITEM)
    assert time.perf_counter() - start < 10
