"""U18: how many people a sign-up is for — kin called by a region's words (老倌, 伢, 崽, 嬢嬢, 阿嫲, 嘎婆), children counted
after the adults named, a household's size said loosely (一家子五口), an age typed bare after one person named (孙女9)
and a flat's number, which count no one; names of the next commonest surnames and a name's own kin in a list.
Sentences of this pass's own."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.language import signups


def acted(text: str) -> int | None:
    reading = signup_reading(text)
    return reading.amount if reading is not None and reading.sure and reading.intent == "signup" else None


@pytest.mark.parametrize("text, people", [
    ("插花课 算我和我老倌子", 2),  # 湘: the husband
    ("茶话会 我跟我们家那口子", 2),
    ("讲座 我和我们老者", 2),
    ("我和屋里细伢子一起参加手工课", 2),  # 湘鄂: the child
    ("包汤圆 我带两个崽", 3),
    ("义诊 我陪我嘎婆", 2),  # 西南: the grandmother
    ("量血压报名 我和对门陈嬢嬢", 2),  # 川: an aunt, named by her surname
    ("读书会报名 我同阿嫲", 2),  # 粤闽: the grandmother
])
def test_kin_said_in_a_region_s_words_are_people(text, people):
    assert acted(text) == people


def test_kin_folds_leave_pair_words_and_errands_alone():
    assert acted("手工课 两爷崽报名") == 2  # the pair word stays one word: father and son
    assert acted("接完伢放学 我一个报名") == 1  # the child fetched from school does not come


@pytest.mark.parametrize("text, people", [
    ("我和老公、两个孩子 报名烘焙", 4),  # children besides the two named
    ("我和老公、俩娃 报名采摘", 4),
])
def test_children_counted_after_adults_named_are_more_people(text, people):
    assert acted(text) == people


def test_elders_counted_after_elders_named_are_the_same():
    assert acted("给我公婆报名，两位老人") == 2  # the two named, counted again


@pytest.mark.parametrize("text, people", [
    ("我们一家子四口都去 烘焙", 4),
    ("咱家四口子 报名包饺子", 4),
])
def test_a_household_s_size_said_loosely(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text, people", [
    ("采摘 我和闺女 闺女9", 2),  # her age, typed bare
    ("写福字 外孙11 外孙女8 我带着", 3),
    ("手工课 老大十一了 老二九岁 加我", 3),
    ("包饺子 我家老三十二了 我带她", 2),  # 她: the one whose age was said
])
def test_an_age_typed_bare_counts_no_one(text, people):
    assert acted(text) == people


def test_a_count_of_a_kind_typed_bare_is_a_count():
    assert acted("报名 大人2 孩子2") == 4


def test_a_flat_counts_no_one():
    assert acted("报名 5栋402 我和我老公") == 2
    assert acted("报名 我跟老伴 8栋205") == 2


def test_a_name_and_her_own_kin_listed():
    assert acted("报名插花 温丽华 温丽华老伴") == 2
    assert signups.aged_bare("孙子12") and not signups.aged_bare("孩子3")


@pytest.mark.parametrize("text, people", [
    ("我和两个外甥 报名剪纸", 3),  # nephews counted as a kind
    ("手工课 我家和我嫂子家各两个", 4),  # households named by whose, each counted
    ("我跟李姐两家 都是两大一小 采摘", 6),  # 都是: the size of each household
    ("我们三个姐妹各带一个外孙 报名", 6),  # the member among the three counted
])
def test_kinds_and_households_counted(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text, people", [
    ("报名 娃俩 大人也俩", 4),  # each kind then its count, the children first
    ("采摘 大的两个 小的三个", 5),
])
def test_adults_and_children_counted_each(text, people):
    assert acted(text) == people
