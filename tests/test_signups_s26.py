"""s26: sign-ups on fresh text — children counted by every form of the word (one table, ``people.CHILD``), and a party of
one read beside the member joined to someone asked with two. Sentences of this pass's own (none a corpus line)."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.language import people
from tests.test_signups_u22 import acted


@pytest.mark.parametrize("text, people_coming", [
    ("烘焙课 我带三个小娃", 4),  # 小娃 was no child: the count of three read alone
    ("两个大人三个娃娃 报名", 5),  # 娃娃 was two children and one more named 娃
    ("一个大人一个娃儿 手工课", 2),  # asked before
    ("采摘报名，我领着两个娃娃", 3),
])
def test_children_counted_by_any_form_of_the_word(text, people_coming):
    assert acted(text) == people_coming


@pytest.mark.parametrize("word", ["孩子", "小孩", "小孩儿", "娃娃", "娃儿", "小娃", "娃", "宝宝"])
def test_the_child_table_takes_the_whole_word(word):
    import re
    assert re.fullmatch("(?:" + people.CHILD + ")", word)


@pytest.mark.parametrize("text", [
    "算我同阿珍一起",  # read as her alone
    "亲子课报名，我和我家小石头",
])
def test_a_party_of_one_beside_her_joined_to_someone_is_asked_two(text):
    reading = signup_reading(text)
    assert reading is not None and reading.intent == "signup" and not reading.sure and reading.amount == 2


@pytest.mark.parametrize("text, people_coming", [
    ("报名，我跟你说一下，就我一个", 1),  # whom she talks to is no company
    ("报名一个，我跟他们说好了", 1),
    ("算我一个，我跟老公说了他不去", 1),
    ("我和两个娃报名", 3),  # a count after "with": the count readers' own
    ("手工课报名，我跟我家丫丫", 2),
])
def test_look_alikes_of_her_company_keep_their_reading(text, people_coming):
    assert acted(text) == people_coming
