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
def test_a_party_of_one_beside_her_joined_to_someone_is_asked_two(text, monkeypatch):
    from bot.chain import text as chain
    from bot.language import signup_checks
    monkeypatch.setattr(signup_checks, "ACT_PUT_RIGHT", False)  # u29 acts on these where plainly two (test_signups_u29)
    chain._signup_reading.cache_clear()
    reading = signup_reading(text)
    chain._signup_reading.cache_clear()
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


# Review mends (mend-s26): sentences of the mend's own.
@pytest.mark.parametrize("text, people_coming", [
    ("三个小娃娃报名", 3),  # 小娃娃 was 小娃 and one more 娃
    ("我和三个小娃娃报名", 4),
    ("我带两个小娃娃去采摘", 3),
    ("一个大人三个小娃娃 亲子课", 4),
])
def test_little_children_are_one_word(text, people_coming):
    assert acted(text) == people_coming


@pytest.mark.parametrize("text, people_coming", [
    ("手工课我报一个，带三个孩子", 4),
    ("插花课报一个 带两个小娃", 3),
])
def test_her_one_then_the_children_she_brings(text, people_coming):
    reading = signup_reading(text)
    assert reading is not None and reading.intent == "signup"
    assert reading.amount == people_coming or not reading.sure  # her and them, or asked: never them alone, sure


@pytest.mark.parametrize("text", [
    "报名了，我跟着大伙儿就好",  # 跟着: following, not a companion
    "报名，我同意这个安排",
    "包饺子课报一个，我和馅儿最拿手",
    "报名，我跟团过去",
    "报一个人，我跟家里请好假了",
    "报名，我跟车去",
    "报名一个，本人和时间都没问题",  # 本人: no evidence for it as "with" (review)
    "报名，我与时代同步",
    "报名，我同佢哋讲好咗",  # Cantonese: whom she talks to
    "报名一个，我和侬讲过的",
])
def test_a_with_word_inside_another_word_is_no_company(text):
    assert acted(text) == 1


@pytest.mark.parametrize("text", ["报名，我同阿强", "报名，我跟我老同学", "算我和Amy", "陶艺课报名，我搭孩儿一道", "插花课 我和姑娘去"])
def test_a_person_after_the_with_word_is_company(text):
    reading = signup_reading(text)
    assert reading is not None and reading.intent == "signup" and reading.amount >= 2


@pytest.mark.parametrize("word", ["小娃娃"])
def test_the_child_table_takes_the_whole_longer_word(word):
    import re
    assert re.match("(?:" + people.CHILD + ")", word)[0] == word


def test_the_sign_up_words_beside_keep_their_own_name():
    """s26 bound its with-pattern to ``_JOINED``, the module's name for a sign-up word beside (报, 参加, 算我, 名额…), and
    every earlier check read the later binding (review mend)."""
    from bot.language import signup_checks
    assert signup_checks._JOINED.search("名额") and not signup_checks._JOINED.search("我和老公")
