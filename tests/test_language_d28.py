"""d28: sign-up and order leftovers of the seventeenth session — the engineer's own sentences (none is a corpus line)."""
from __future__ import annotations

import re

import pytest

from bot.chain import text as chain
from bot.chain.text import order_reading, party_open, signup_reading
from bot.language import people, regional, signup_changes, signups
from bot.language.intents import CANCEL, ORDER, SIGNUP
from bot.questions import spoken


# --- 1. her whole household named with no size: "how many?" asked --------------------------------------------------------

@pytest.mark.parametrize("text", ["报名啦，带上我们全家老小", "咱们一大家子都报上", "报个名 全家出动", "我们一家人都要去"])
def test_a_household_of_no_size_is_asked_how_many(text):
    reading = signup_reading(text)
    assert reading is not None and party_open(reading)  # never a sure party of one
    assert chain.as_signup(reading).counted is False


@pytest.mark.parametrize("text, party", [("我们全家四口人都来", 4), ("一家子三个报上", 3), ("全家就我一个人有空，报我", 1)])
def test_a_household_with_its_size_or_her_alone_keeps_its_party(text, party):
    reading = signup_reading(text)
    assert reading is not None and reading.intent == SIGNUP and reading.amount == party and not party_open(reading)


def test_wu_one_household_head_is_her_alone():
    assert not signups.household_unsized("报名 我一家头来")  # Wu 一家头: "by myself"


# --- 2. the old folk's age; a child left with whoever minds it --------------------------------------------------------

@pytest.mark.parametrize("text", ["报名，两位老人家，都八十出头了", "两个老的 都七十好几了 报上", "报两个老人，都60多了"])
def test_the_old_folks_age_is_no_one_more(text):
    reading = signup_reading(text)
    assert reading is not None and reading.intent == SIGNUP and reading.amount == 2


@pytest.mark.parametrize("text", ["报名，就我一个，小宝我妈带", "我一个人报名，孩子放家里给他爷爷看着", "算我一个 娃娃给外婆带"])
def test_a_child_left_with_a_minder_is_not_in_the_party(text):
    reading = signup_reading(text)
    assert reading is not None and reading.intent == SIGNUP and reading.amount == 1


@pytest.mark.parametrize("text, party", [("报名 小宝三岁半 爸爸带", 2), ("报名 娃他爸跟我带娃来", 3)])
def test_a_parent_who_brings_the_child_still_comes(text, party):
    reading = signup_reading(text)
    assert reading is not None and reading.amount == party


# --- 3. Hakka 𠊎 is "I" to the order readers --------------------------------------------------------------------------

def test_hakka_i_is_folded_for_the_order_readers():
    assert people.first_person_folded("帮𠊎留两斤") == "帮我留两斤"
    assert re.fullmatch(regional.I, "𠊎")


@pytest.mark.parametrize("text, intent, amount", [("麻烦给𠊎留四袋", ORDER, 4), ("𠊎屋下订两箱", ORDER, 2), ("𠊎唔要了哦", CANCEL, 0)])
def test_hakka_i_orders_and_cancels(text, intent, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and reading.intent == intent and reading.amount == amount


# --- 4. a region's "we": one table -------------------------------------------------------------------------------------

@pytest.mark.parametrize("we", ["额们", "俺们", "我哋", "伲", "阿拉"])
def test_a_regions_we_is_one_table(we):
    assert re.fullmatch(regional.WE, we)
    assert signup_changes._folded(f"{we}两个都不去了").startswith("我们")  # the cancels' reader folds it as the others do


@pytest.mark.parametrize("mine", ["阿拉囡囡", "阿拉老头子", "阿拉姆妈"])
def test_ala_before_kin_is_my_not_we(mine):
    assert not re.match(regional.WE, mine)


# --- 5. the question reader's 侬 ----------------------------------------------------------------------------------------

def test_the_question_readers_nong_is_you_but_not_after_wo():
    assert spoken.mandarin("侬明朝开门伐").startswith("你们")
    assert spoken.mandarin("我侬想问下还有伐").startswith("我侬")  # Min's "I": not the shop spoken to


# --- mend-d28 ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["报名 一家子都上班 就我有空", "报名，全家都赞成我去学插花", "我报个名 他们一家也打算去"])
def test_mend_a_household_that_does_not_come_is_not_asked_how_many(text):
    assert not signups.household_unsized(text)


@pytest.mark.parametrize("text", ["给我报个名 我们一家子都去", "帮忙报一下 全家都来", "报名，带上全家"])
def test_mend_help_for_herself_leaves_the_household_asked(text):
    assert signups.household_unsized(text)


def test_mend_help_for_another_is_her_alone():
    assert not signups.household_unsized("帮我婆婆报个名，全家都去")


@pytest.mark.parametrize("text", ["报名 我和媳妇 娃放家里姥姥管", "报个名 我跟爱人俩 孩子给外公带"])
def test_mend_party_size_drops_a_minded_child_as_the_reader_does(text):
    assert signups.party_size(text) == signup_reading(text).amount == 2


def test_mend_a_bare_minder_word_without_a_place_or_giving_leaves_the_child():
    assert signups._without_minded("我和孩子 孩子交给外婆带") == "我和孩子 孩子交给外婆带"


@pytest.mark.parametrize("text", ["我报名，我家老头子八十五了", "报名 俺婆婆今年九十二了", "活动报个名，老伴儿六十八了", "我报名，我家那位七十三了"])
def test_a_party_larger_than_a_household_is_asked_not_acted_on(text):
    """At the merge (lead): an age after her sign-up is never acted on as her party (it read a sure 75): read as an age, or
    asked "how many?" (``chain.MOST_PEOPLE``)."""
    reading = signup_reading(text)
    assert reading is not None and reading.intent == SIGNUP
    assert reading.amount <= chain.MOST_PEOPLE and (reading.sure or reading.amount == chain.PARTY_OPEN)


@pytest.mark.parametrize("text, party", [("报名，我们四个", 4), ("我和老伴报名，两个人", 2)])
def test_a_household_s_party_is_still_read(text, party):
    reading = signup_reading(text)
    assert reading is not None and (reading.intent, reading.amount, reading.sure) == (SIGNUP, party, True)
