"""The order-quantity ranker (``bot.language.order_quantity``) and the scores' own order reading
(``bot.language.order_guess``), on examples written for these tests (not corpus lines)."""
from __future__ import annotations

import json

import pytest

import corpus
from bot.language import order_guess, order_quantity
from bot.language.intents import CANCEL, CHANGE, ORDER, Reading
from bot.language.order_guess import Evidence, Thresholds, choose
from bot.language.order_quantity import candidates, form


@pytest.mark.parametrize("text, values", [
    ("3栋502 要两份", {3, 502, 2, 1}),
    ("汤圆✌️份", {2, 1}),
    ("我和老公各一份", {1, 2}),  # 2: one each for two people
    ("我一份 我妈两份", {1, 2, 3}),  # 3: the sum
    ("双份", {2, 1}),
    ("来份汤圆", {1}),
])
def test_every_count_the_message_mentions_is_a_candidate(text, values):
    assert {c.value for c in candidates(form(text))} == values


@pytest.mark.parametrize("text, amount", [
    ("3栋502 要两份", 2),
    ("下午5点来拿 给我留三盒", 3),
    ("我和老公各一份", 2),
    ("一份 哦不对 两份", 2),
    ("双份 谢谢", 2),
    ("鸡蛋 +3", 3),
    ("来份汤圆", 1),
    ("我一份，我婆婆一份", 2),
    ("25块一份的话给我来两份", 2),
])
def test_the_shipped_ranker_picks_the_ordered_count(text, amount):
    ranker = order_quantity.shipped()
    assert ranker is not None
    assert ranker.rank(text)[0][1].value == amount


def test_fitting_the_ranker_is_deterministic_and_round_trips(tmp_path):
    from bot.language.order_guess_training import fit
    from bot.moderation.training import write

    records = corpus.load("intents", "train")[:600]
    first, second = fit(records), fit(records)
    assert first.meta["orders"] > 20 and first.to_json() == second.to_json()
    write(first, tmp_path / "q.json")
    again = order_quantity.QuantityModel.from_json(json.loads((tmp_path / "q.json").read_text("utf-8")))
    assert again.rank("3栋502 要两份")[0][0] == pytest.approx(first.rank("3栋502 要两份")[0][0], abs=1e-3)


LIMITS = Thresholds(act_order=0.99, act_count=0.9, act_strength=0.8, ask_order=0.9, ask_count=0.6, ask_strength=0.5,
                    doubt_strength=0.3)


@pytest.mark.parametrize("partnered, found, expected", [
    (None, Evidence(0.995, 0.95, 2, strength=0.9), Reading(ORDER, 2, sure=True)),  # both very sure: acted on
    (None, Evidence(0.995, 0.95, 2, strength=0.9, values=2), Reading(ORDER, 2, sure=False)),  # two counts stated: asked
    (None, Evidence(0.995, 0.7, 2, strength=0.9), Reading(ORDER, 2, sure=False)),  # the count in doubt: asked
    (None, Evidence(0.995, 0.95, 2, strength=0.6), Reading(ORDER, 2, sure=False)),  # a count ordered at all? asked
    (None, Evidence(0.95, 0.95, 2, strength=0.9), Reading(ORDER, 2, sure=False)),  # the order in doubt: asked
    (None, Evidence(0.5, 0.99, 2, strength=0.9), None),  # probably chat: nothing
    (None, Evidence(0.995, 0.95, 2, strength=0.4), None),  # probably no count of portions: nothing
    (None, Evidence(0.999, 1.0, 1, said=False, strength=0.9), None),  # "one" said by nothing: nothing
    (None, None, None),  # closed to the scores
    (Reading(ORDER, 3), Evidence(0.999, 0.99, 3, strength=0.1), Reading(ORDER, 3, sure=False)),  # the partner's guess doubted
    (Reading(ORDER, 3), Evidence(0.999, 0.99, 3, strength=0.5), Reading(ORDER, 3)),  # and kept
    (Reading(ORDER, 3, sure=False), Evidence(0.999, 0.99, 2, strength=0.9), Reading(ORDER, 3, sure=False)),  # its question kept
])
def test_the_scores_act_ask_or_leave_alone(partnered, found, expected):
    assert choose(partnered, found, LIMITS) == expected


@pytest.mark.parametrize("rule, partnered", [
    (Reading(ORDER, 2), Reading(ORDER, 2)),  # the rules sure
    (Reading(ORDER, 2, sure=False), Reading(ORDER, 2, sure=False)),  # the rules in doubt: their reasons stand
    (None, Reading(CHANGE, 1, add=True, sure=False)),  # a guessed change or cancel: the partner's
    (None, Reading(CANCEL, sure=False)),
])
def test_what_the_rules_read_and_guessed_changes_stay_as_they_are(rule, partnered):
    assert not order_guess.open_to_scores(rule, partnered)


def test_silence_is_open_to_the_scores():
    assert order_guess.open_to_scores(None, None) and order_guess.open_to_scores(None, Reading(ORDER, 1))


def test_a_count_in_an_address_is_weak_and_an_order_count_strong():
    ranker = order_quantity.shipped()
    _, weak = ranker.read("我住12栋3单元502")
    _, strong = ranker.read("给我留两份")
    assert weak < 0.5 < strong


@pytest.mark.parametrize("text", ["小美：我要两份", "每人限购两份", "我上周买了两份"])
def test_someone_elses_words_a_limit_or_the_past_are_never_the_scores_order(text):
    assert order_guess.blocked(text)


def test_order_reading_takes_the_count_the_ranker_picks_where_the_rules_read_nothing():
    from bot.chain.text import order_reading

    text = "20块一份的话给我来两份"  # a price and a count: the rules and the partner are silent
    assert order_reading(text, None, guess=False) is None
    # o29 (SEVERAL_DESCRIBED): the other count only prices one portion, so the ranker's two is acted on (asked before)
    assert order_reading(text, None) == Reading(ORDER, 2, sure=True, item="")
    assert order_reading("20块的话给我来两份或者三份", None) != Reading(ORDER, 2, sure=True, item="")  # two counts she chooses between


def test_without_the_ranker_file_the_scores_add_nothing(monkeypatch, tmp_path):
    from bot.chain.text import order_reading

    monkeypatch.setattr(order_quantity, "SHIPPED", tmp_path / "none.json")
    assert order_quantity.shipped() is None and order_reading("20块一份的话给我来两份", None) is None
