"""u27: sign-ups counted right on fresh text — the grown-ups' count said after "we" is theirs, not the party's; a region's
words for a child; persons joined by plus signs, the first a given name no table holds; a child's father or mother one
person. Sentences of this pass's own (none a corpus line)."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from tests.test_signups_u22 import acted


@pytest.mark.parametrize("text, people_coming", [
    ("咱们三个大人两个小娃 报手工", 5),  # read 5 before u27 too
    ("俺们两个大人三个娃娃", 5),
    ("俺们四个大人一个小娃 报剪纸", 5),  # before u27: "we four" was the party (4)
    ("我们两个大人", 2),  # the grown-ups alone are the party
    ("我们三个老人报名", 3),  # a count of another kind stays the party's
])
def test_the_grown_ups_counted_after_we_are_not_the_whole_party(text, people_coming):
    assert acted(text) == people_coming


@pytest.mark.parametrize("text, people_coming", [
    ("我跟三个碎娃 做月饼", 4),
    ("两个大人一个尕娃报名", 3),
    ("细伢子两个 大人一个 报名", 3),
])
def test_a_region_s_child_words_are_counted_as_children(text, people_coming):
    assert acted(text) == people_coming


@pytest.mark.parametrize("text, people_coming", [
    ("我跟两个尕娃 报名", 3),
    ("两个大人一个幺儿 做灯笼", 3),
    ("我和囡囡 剪窗花", 2),
    ("算我跟俩崽崽", 3),
    ("我们俩大人带个碎娃 报做月饼", 3),  # mend u27: was asked with 2
    ("我俩带个幺儿", 3),  # mend u27: asked with 0 on u27 (2 before it)
])
def test_a_region_s_child_words_are_read_as_children(text, people_coming):
    """mend u27: one table of a region's child words (``people.REGIONAL_CHILD``), read by the counts and the folds."""
    assert acted(text) == people_coming


@pytest.mark.parametrize("text, people_coming", [
    ("央金+尕娃", 2),  # a Tibetan given name: no surname table holds it (was silent)
    ("才仁措姆+尕娃", 2),
    ("莫丽娟+乐乐", 2),  # a surname no table holds, then given-name characters
    ("萨仁+碎娃", 2),
    ("阿依古丽+孩子+老伴", 3),
    ("小芳+闺女", 2),  # as before
])
def test_persons_joined_by_plus_signs_under_a_name_no_table_holds(text, people_coming):
    assert acted(text) == people_coming


@pytest.mark.parametrize("text", ["汤圆+饺子", "明天+孩子", "好想去+孩子",
                                  # mend u27: a greeting, a feeling, a worry before the plus is no name
                                  "午安+宝宝", "高兴+娃娃", "吉星高照+孩子", "车贷+孩子", "上班+娃娃"])
def test_what_is_no_name_before_a_plus_stays_unread(text):
    assert acted(text) is None


def test_a_word_before_a_plus_does_not_add_a_person_to_kin():
    assert acted("累死了+老伴") != 2  # mend u27: was a sure 2


@pytest.mark.parametrize("text, people_coming", [
    ("算上我跟娃儿她爸", 2),  # the child's father is one person, not a child and her father
    ("行 就我一个 娃儿他妈带", 1),  # the one minding the child stays home
    ("算我和孩儿他娘 剪纸", 2),  # the older folds after it still read (孩儿他娘 → 孩子他妈)
    ("算我跟宝宝他爸", 2),  # mend u27: every child word of ``CHILD`` (was 3)
    ("我和碎娃她妈 报名", 2),
    ("我跟囡囡他爸 做汤圆", 2),  # the Wu fold to 女儿 waits for the parent (was 3)
])
def test_a_child_s_father_or_mother_is_one_person(text, people_coming):
    assert acted(text) == people_coming


@pytest.mark.parametrize("text, people_coming", [
    ("三个老的两个小的 报包汤圆", 5),  # read 5 before u27 too
    ("俩老人家三个小的 报剪纸", 5),  # mend u27: 老人家 is no 人家 (others): was nothing
    ("三个老年人一个小的 报剪纸", 4),
    ("我们俩老的带两个小的", 4),
    ("老人家一个 小的一个", None),  # the kinds' counts after them: not this reader's (unchanged)
    ("我们三个老人", 3),  # the old folk alone are the party
])
def test_the_old_folk_are_the_grown_ups_beside_the_children(text, people_coming):
    assert acted(text) == people_coming
