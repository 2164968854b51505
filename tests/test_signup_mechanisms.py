"""The sign-up reader by mechanism (u9 pass, issue 18), on phrasings written for each mechanism, both ways."""
from __future__ import annotations

import pytest

from bot.language.intents import Reading
from bot.language.signups import read_signup


def signup(people: int, sure: bool = True) -> Reading:
    return Reading("signup", people, sure=sure)


@pytest.mark.parametrize("text, people", [
    # children's ages listed are how old, not more people; "带他们俩" is the two and the member bringing them
    ("报名，老大9岁老二4岁，我带他们俩", 3), ("烘焙课 大宝8岁二宝6岁 我带她们俩", 3), ("我家老大7岁老二2岁，我带他俩去", 3),
    ("两个娃 一个6岁一个9岁 加我 三个人", 3), ("报名 小朋友4岁和6岁 我一个人带", 3), ("手工课 老大5岁老二3岁 我和老公带他们", 4),
    ("我带他们俩 一共三个", 3), ("报名 大人一个 孩子两个 分别8岁5岁", 3),
])
def test_ages_listed_and_children_brought(text, people):
    assert read_signup(text) == signup(people)


@pytest.mark.parametrize("text", ["老大10岁老二5岁", "一个3岁一个6岁", "孩子分别7岁和4岁了"])
def test_ages_alone_are_no_sign_up(text):
    assert read_signup(text) is None
