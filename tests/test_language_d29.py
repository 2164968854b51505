"""d29: the last reviews' leftovers — one table of her coming alone, reviews with no question, one question-form test for a
cry and the rules. The engineer's own sentences (none is a corpus line)."""
from __future__ import annotations

import re

import pytest

from bot.language import signups


# --- 1. her coming alone: one table (``signups.HER_ALONE``) for the sign-up readers -----------------------------------------

@pytest.mark.parametrize("words", ["就我去", "只有我有空", "我自己来", "我一个人报"])
def test_her_alone_table_holds_each_way_of_saying_it(words):
    assert re.search(signups.HER_ALONE, words)


@pytest.mark.parametrize("words", ["算我一个", "我一个人带俩娃去", "两个人报名"])
def test_her_alone_table_leaves_a_sign_up_of_more(words):
    assert not re.search(signups.HER_ALONE, words)  # "count me in" names no size; one person bringing others is more


@pytest.mark.parametrize("text", ["手工课报名，我带闺女一起", "算我一个，还有我家小孙子", "报个名 我一个人带两个孩子来"])
def test_a_companion_beside_a_party_of_one_doubts_it(text):
    assert signups.party_in_doubt(text, 1)


@pytest.mark.parametrize("text", ["报名，就我自己，孩子在学校", "帮我闺女报一个", "报名 孩子他爸带 我一个人去不了"])
def test_her_alone_or_her_signing_up_someone_settles_a_party_of_one(text):
    assert not signups.party_in_doubt(text, 1)


@pytest.mark.parametrize("text", ["报名，全家都去", "带上我们一家老小报名"])
def test_a_household_of_no_size_still_asks(text):
    assert signups.household_unsized(text)


@pytest.mark.parametrize("text", ["报名，全家就我一个人有空", "报名，全家只有我能去", "全家都去，我一个人带过去", "我们全家三口都去"])
def test_a_household_with_her_alone_or_a_size_does_not(text):
    assert not signups.household_unsized(text)


def test_a_minded_child_beside_her_going_alone_is_dropped():
    assert signups._without_minded("报个名 娃他奶奶带 我一个去") != "报个名 娃他奶奶带 我一个去"
    assert signups._without_minded("报个名 娃他奶奶带 就我去") != "报个名 娃他奶奶带 就我去"


@pytest.mark.parametrize("text", ["报个名 娃他奶奶带 我们自己带水", "报名 小宝他爸带"])
def test_a_minder_without_her_alone_keeps_the_child(text):
    assert signups._without_minded(text) == text  # 自己 bringing things is not her coming alone; its father may bring it


@pytest.mark.parametrize("text, party", [("报名，就我自己", 1), ("只有我一个人，报上", 1), ("报名 我自己", 1)])
def test_her_whole_party_said_alone(text, party):
    assert signups.party_size(text) == party
