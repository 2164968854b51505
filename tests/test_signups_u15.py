"""Sign-ups by mechanism (U15, issue 18): lists of who comes added up part by part, the words that say whose party it is,
numbers near the count that count no one, and two leftovers of the review (signup_parties' empty piece, a minus before a
whole count in characters). Sentences written for each mechanism, both ways."""
from __future__ import annotations

import pytest

from bot.chain.text import _NEGATIVE
from bot.language import party_ranker, signup_guess, signup_parties, signups
from bot.language.intents import Reading
from bot.language.party_ranker import candidates, form, listed_sum


def listed(text: str) -> int | None:
    return listed_sum(form(text))


@pytest.mark.parametrize("text, people", [
    ("我和楼下俩老姐妹", 3),  # the member, and two of a kind
    ("我家4个再加我婆婆", 5),  # a household's count, one added on top
    ("我们俩 加对门刘叔两口子", 4),  # a pair word is two
    ("老伴、我、三个孙子", 5),  # listed at 、, the member once
    ("我 我闺女 还有她同学一家三口", 5),  # 一家三口 is three, not one and three
    ("我和两个碎娃", 3),  # dialect words for children
    ("大的两个 小的一个", 3),  # counted by kind
    ("我和孙女 孙女6岁", 2),  # an age counts no one
    ("我带外孙孙女", 3),  # two kin in one part
])
def test_a_list_of_who_comes_is_added_up_part_by_part(text, people):
    assert listed(text) == people
    assert any(c.kind == "listed" and c.value == people for c in candidates(form(text)))


@pytest.mark.parametrize("text", [
    "我和老伴两个人",  # a head count said: it holds those named
    "我跟我姐 三个",  # the same, the count alone at the end
    "报名 三个人",  # nothing listed
    "我",  # one part
])
def test_a_head_count_said_is_no_list_to_add_up(text):
    assert listed(text) is None


@pytest.mark.parametrize("text", [
    "我们两家各带三个孩子",  # 各 multiplies
    "两大两小 外加一个推车里的小宝",  # one more on top, not counted as people
])
def test_a_party_that_each_or_an_added_one_leaves_in_doubt_is_not_acted_on_by_the_guess(text):
    words = form(text)
    for value in {c.value for c in candidates(words)}:
        assert not signup_guess.stated(text, value)


def test_the_counts_the_guess_trusts_are_still_acted_on_plain():
    assert signup_guess.stated("3个大人2个娃", 5)
    assert signup_guess.stated("俺家三口", 3)


@pytest.mark.parametrize("text, context", [
    ("走5公里", "measure"),
    ("三代同堂", "measure"),
    ("两个碎娃", "kid_after"),
    ("两个女", "kid_after"),
])
def test_what_follows_a_count_says_what_it_counts(text, context):
    first = next(c for c in candidates(form(text)) if c.start >= 0)
    assert party_ranker._context(form(text), first) == context


@pytest.mark.parametrize("text, before", [
    ("年龄 8", "age"),
    ("电话尾号 12", "number"),
    ("一共 4", "total"),
])
def test_what_precedes_a_count_says_what_it_is(text, before):
    digits = next(c for c in candidates(form(text)) if c.kind == "digit")
    assert party_ranker._before(form(text), digits) == before


def test_household_and_team_words_are_weighed():
    assert "m:household" in party_ranker.message_features(form("我们一家三口"))
    assert "m:team" in party_ranker.message_features(form("我们部门五个"))
    assert "m:household" not in party_ranker.message_features(form("我和老伴"))


@pytest.mark.parametrize("text, people", [
    ("我家3个再加我妈", 4),  # typed glued, as with the pause
    ("我们家三个再加上我公公", 4),
    ("一大一小加上我婆婆", 3),
])
def test_someone_added_right_after_a_count_is_summed_by_the_rules(text, people):
    assert signups.read_signup(text) == Reading("signup", people, sure=True)


def test_an_adding_word_after_a_count_adds_no_goods_to_a_party():
    reading = signups.read_signup("我家3个再加一份")
    assert reading is None or reading.amount != 4


def test_an_adding_word_typed_apart_adds_the_next_piece():
    assert signup_parties.read("包汤圆 我 加上 我婆婆") == Reading("signup", 2, sure=True)


def test_an_adding_word_with_nothing_after_it_reads_nothing():
    assert signup_parties.read("包汤圆 我 加上") is None


def test_an_empty_piece_has_no_role():
    assert signup_parties._role("", "", set()) is None


@pytest.mark.parametrize("text", ["-十二，多订了", "-二十，订错了", "-12，多了", "-两 不要了"])
def test_a_minus_alone_before_a_whole_count_is_a_change_not_a_negative_order(text):
    assert not _NEGATIVE.search(text)


@pytest.mark.parametrize("text", ["鸡蛋 -2份", "-十二份", "-两份"])
def test_a_minus_before_a_count_with_its_unit_orders_nothing(text):
    assert _NEGATIVE.search(text)


@pytest.mark.parametrize("text", ["我们仨一块儿去咧", "我和闺女去尝尝", "我俩去学学"])
def test_going_to_do_what_the_event_does_is_no_place_elsewhere(text):
    assert not signup_guess._elsewhere(text)


@pytest.mark.parametrize("text", ["周日我和老公带娃去姥姥家", "我们四个人去泡脚了", "我俩去买年货"])
def test_going_to_a_place_no_event_is_still_elsewhere(text):
    assert signup_guess._elsewhere(text)


def test_a_head_count_said_first_holds_those_named_after_it():
    assert listed("我们仨，我老公我闺女和我") is None


def test_the_guess_acts_on_those_named_only_when_their_list_adds_up_the_same():
    assert not signup_guess.stated("我跟我女子还有外孙", 2)


def test_back_from_somewhere_is_news_not_a_party_going():
    assert signup_guess._elsewhere("我跟老伴刚从菜市场回来")
