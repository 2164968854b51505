"""q21: someone in the group, online or at home asked after is a member, whatever the hour: no question of the shop's hours.

The examples are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.questions.asking import read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)


def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


@pytest.mark.parametrize("text", [
    "这么晚了还有人在群里吗", "下午有人在微信上吗", "半夜有人在线不", "晚上有没有人在群里", "周末有人在家吗",
])
def test_someone_in_the_group_or_online_is_a_member(faq, text):
    assert _reading(faq, text) == (False, None)


@pytest.mark.parametrize("text", [
    "晚上店里有人在吗", "礼拜天下午有人在店里吗", "中午有人吗",  # at the shop: its hours
])
def test_someone_at_the_shop_still_asks_its_hours(faq, text):
    assert _reading(faq, text) == (True, "hours")
