"""O17: "how many?" answered with a yes and no count ("好的", "嗯") is asked again once, briefly; a count then stores the
order (docs/language.md, "O17").

The sentences are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from tests.conftest import to
from tests.test_intents_replay import GROUP, OPEN, _orders


@pytest.mark.parametrize("yes", ["好的", "嗯", "是", "可以呀"])
async def test_a_yes_to_how_many_is_asked_again_once_then_the_count_stored(make_harness, yes):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    [first] = to("amy", await harness.say("g1", "amy", "帮我留个三五盒"))
    [again] = to("amy", await harness.say("g1", "amy", yes))
    assert "几份" in again["text"] and "鸡蛋30枚" in again["text"] and again["text"] != first["text"]
    assert to("amy", await harness.say("g1", "amy", "嗯嗯")) == []  # never a third time
    assert await _orders(harness) == {}
    await harness.say("g1", "amy", "四盒")
    await harness.drain()
    assert await _orders(harness) == {"amy": 4}
    assert to("amy", await harness.say("g1", "amy", "好的")) == []  # answered: nothing open any more


async def test_asked_again_a_bare_number_or_a_no_still_answers(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要两三盒")
    await harness.say("g1", "amy", "好")
    await harness.say("g1", "amy", "3")
    await harness.say("g1", "bo", "给我来三五盒")
    await harness.say("g1", "bo", "行")
    [declined] = to("bo", await harness.say("g1", "bo", "不要了"))
    assert "不记" in declined["text"]
    await harness.drain()
    assert await _orders(harness) == {"amy": 3}


async def test_a_yes_from_someone_not_asked_is_not_asked_again(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要两三盒")
    assert to("bo", await harness.say("g1", "bo", "好的")) == []
    await harness.say("g1", "amy", "两盒")
    await harness.drain()
    assert await _orders(harness) == {"amy": 2}


async def test_a_yes_to_the_plain_question_is_unchanged(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我可以订两份吗")
    await harness.say("g1", "amy", "好的")
    await harness.drain()
    assert await _orders(harness) == {"amy": 2}


# --- shares named by whom: a gift (送…) and kin or roles the household's list lacks ----------------------------------------

from bot.chain.text import order_reading  # noqa: E402


def _read(text: str, item: str | None = "汤圆") -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


@pytest.mark.parametrize("text, amount", [
    ("送我们主任一份，我家两份", 3),
    ("送隔壁李阿姨一份 自己留一份", 2),
    ("送老师两份", 2),
    ("送丈母娘一份，我们自己一份", 2),
])
def test_a_gift_to_someone_named_is_a_share(text, amount):
    reading = _read(text)
    assert reading is not None and reading[:2] == ("order", amount)


@pytest.mark.parametrize("text", ["买二送一", "送货上门吗", "店里送的那份挺好吃"])
def test_giving_that_is_no_share_orders_nothing(text):
    reading = _read(text)
    assert reading is None or reading[1] == 0 or not reading[2]


@pytest.mark.parametrize("text, amount", [
    ("给丈人买三份", 3),
    ("帮老丈人带一份", 1),
    ("给我们科长买两份", 2),
])
def test_whom_the_household_list_lacks_before_a_verb(text, amount):
    assert _read(text) == ("order", amount, True)
