"""N26: where real orders and sign-ups by new writers go unanswered (``corpus.tools.silent_causes``), and the two asks
measured for them (switched on by N27, ``tests/test_orders_n27.py``): the rules' order whose product words name no goods at
all, and an order whose count the ranker cannot pick. Sentences written for these tests, not corpus lines."""
from __future__ import annotations

from dataclasses import replace

import pytest

from bot.chain import text as chain
from bot.chain.text import COUNT_OPEN, OrderParts, finished
from bot.language import intent_model
from bot.language.intents import CANCEL, CHANGE, NONE, ORDER, Reading
from bot.language.order_guess import THRESHOLDS, Evidence, choose, open_asked
from corpus.tools import silent_causes

ON = THRESHOLDS
OFF = replace(THRESHOLDS, ask_unknown=2.0, ask_open=2.0)


def _parts(text: str, reading: Reading, p: float = 0.99, top: str = ORDER) -> OrderParts:
    return OrderParts(text, reading, reading, None, p, top)


@pytest.mark.parametrize("text, words, amount", [
    ("给我留两袋下班来取", "下班来取", 2),  # a particle left as the product
    ("我们俩两份西头那边", "西头那边", 2),  # where she lives
])
def test_a_sure_order_of_no_goods_is_asked_with_its_one_count(text, words, amount):
    parts = _parts(text, Reading(ORDER, amount, item=words))
    assert finished(parts, None, OFF) is None  # with the ask off: silent
    assert finished(parts, None, ON) == Reading(ORDER, amount, item=words, sure=False)


def test_several_counts_leave_how_many_open():
    parts = _parts("我两份，楼下阿婆两份下班来取", Reading(ORDER, 2, item="下班来取"))
    assert finished(parts, None, ON) == Reading(ORDER, COUNT_OPEN, item="下班来取", sure=False)
    parts = _parts("一人一份下班来取", Reading(ORDER, 1, item="下班来取"))  # each one's count, not the order's
    assert finished(parts, None, ON).amount == COUNT_OPEN


@pytest.mark.parametrize("parts", [
    _parts("给我留两袋下班来取", Reading(ORDER, 2, item="下班来取"), p=0.9),  # the score not sure enough
    _parts("给我留两袋下班来取", Reading(ORDER, 2, item="下班来取"), top=CHANGE),  # the score prefers another intent
    _parts("给我留两袋下班来取", Reading(ORDER, 2, item="下班来取", sure=False)),  # the rules' own doubt stands
    _parts("再加两份下班来取 三份", Reading(CHANGE, 2, add=True, item="下班来取"), top=CHANGE),  # a change of several counts
])
def test_no_ask_without_a_sure_rule_and_a_sure_score(parts):
    assert finished(parts, None, ON) is None


def test_a_cancel_of_no_goods_is_asked_when_hers_and_the_score_sure():
    assert finished(_parts("我订的东头不要了", Reading(CANCEL, item="东头"), p=0.95, top=CANCEL), None, ON) \
        == Reading(CANCEL, item="东头", sure=False)
    # N27: only of something that is an order (O15's guard), not any noun she no longer wants
    assert finished(_parts("我那个东头不要了", Reading(CANCEL, item="东头"), top=CANCEL), None, ON) is None
    assert finished(_parts("你们东头不要了", Reading(CANCEL, item="东头"), p=0.4, top=CANCEL), None, ON) is None  # the score unsure


def test_an_order_whose_count_the_ranker_cannot_pick_is_asked_how_many():
    found = Evidence(0.95, 0.6, 2, strength=0.9)
    assert choose(None, found) is None  # M25: which count is meant is unclear, so no count is asked...
    assert open_asked(found, ON) == Reading(ORDER, COUNT_OPEN, sure=False)  # ...but how many is (N26, N27)
    assert open_asked(found, OFF) is None
    assert open_asked(Evidence(0.95, 0.6, 2, strength=0.5), ON) is None  # no count ordered at all, the ranker says


def test_counts_said():
    assert intent_model.counts_said("我两份，我妈三盒，+1") == [2, 3, 1]
    assert chain._one_count("给我留三袋") and not chain._one_count("我两份，她两份") and not chain._one_count("每人一份")


def test_outcomes():
    group = intent_model.ORDERS
    assert silent_causes.outcome(ORDER, Reading(ORDER, 2), group, True) == "right"
    assert silent_causes.outcome(ORDER, Reading(ORDER, 3), group, False) == "wrong"
    assert silent_causes.outcome(ORDER, Reading(ORDER, 2, sure=False), group, False) == "asked"
    assert silent_causes.outcome(CANCEL, Reading(NONE), group, False) == "silent"
    assert silent_causes.outcome(NONE, Reading(ORDER, 1, sure=False), group, False) == "chat-asked"
    assert silent_causes.outcome(NONE, Reading(NONE), group, False) == "chat-quiet"


def test_a_silent_chain_line_is_put_down_to_the_chain():
    row = ("intents/x.jsonl:1", "dev", (ORDER, 2, False), "#接龙\n1. 小美 2份\n2. 阿花 1份", Reading(NONE), None)
    assert silent_causes.order_cause(row, Reading(NONE)) == "chain read first"


def test_a_blocked_line_names_its_blocker():
    parts = OrderParts("上回买的那个好吃，这回两份", None, None)
    row = ("intents/x.jsonl:2", "dev", (ORDER, 2, False), parts.text, None, parts)
    assert silent_causes.order_cause(row, Reading(NONE)).startswith("before the scores: ")
