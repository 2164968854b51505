"""M25: the order guess asks from an intent score of 0.85 (was 0.93); acting is unchanged. Sentences written for these
tests, not corpus lines."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from bot.language.intents import ORDER, Reading
from bot.language.order_guess import THRESHOLDS, Evidence, choose


def test_asking_starts_at_085_and_acting_stays():
    assert THRESHOLDS.ask_order == 0.85
    assert THRESHOLDS.act_order == 0.975 and THRESHOLDS.act_strength == 0.8 and THRESHOLDS.act_count == 0.9


@pytest.mark.parametrize("p_order, expected", [
    (0.86, Reading(ORDER, 2, sure=False)),  # fairly sure: asked (silent before M25)
    (0.92, Reading(ORDER, 2, sure=False)),
    (0.84, None),  # below: left alone
    (0.97, Reading(ORDER, 2, sure=False)),  # under acting: still only asked
    (0.98, Reading(ORDER, 2, sure=True)),
])
def test_the_guess_asks_from_085(p_order, expected):
    assert choose(None, Evidence(p_order, 0.95, 2, strength=0.9)) == expected


def test_a_weak_count_is_still_not_asked():
    assert choose(None, Evidence(0.9, 0.95, 2, strength=0.5)) is None  # the ranker doubts it is a count ordered at all
    assert choose(None, Evidence(0.9, 0.6, 2, strength=0.9)) is None  # which count is meant is unclear


def test_a_terse_dialect_order_is_asked_and_chat_stays_silent():
    reading = order_reading("一盒就中", None)  # Henan "that'll do": scored ~0.90 as shipped
    assert reading is not None and reading.intent == ORDER and reading.amount == 1 and not reading.sure
    assert order_reading("今天走了一万步", None) is None
    assert order_reading("我家猫生了三只小猫", None) is None
