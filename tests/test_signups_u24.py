"""U24: sign-ups whose party sits beside other words — a remark welcoming the event before it, a total said last that
sums up those told before. Sentences of this pass's own, both ways, through ``signup_reading``."""
from __future__ import annotations

import pytest

from tests.test_signups_u22 import acted  # the same "acted on" as U22's


@pytest.mark.parametrize("text, people", [
    ("安逸得很 我们五个", 5),  # a welcome, then the party alone (each of these read by the remark reader only)
    ("真不错，咱家三口都来", 3),
    ("期待得很 我们三个", 3),
    ("巴适得很 我们四个", 4),
    ("终于等到写春联了，我和老伴", 2),  # named, not counted: the remark names no one else
    ("稀罕得很 俺们一家四个", 4),
])
def test_a_remark_welcoming_the_event_before_the_party(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "昨天的讲座真精彩 我们两个人",  # how it went, told: a report of the day
    "今天玩得很开心 我们仨",
    "好冷啊 太好了 我们俩",  # her day beside the welcome
    "太好了 下次我们仨",  # another time
    "挺好的 要是不加班我们俩",  # a condition
    "赞 +1",  # a remark seconded
    "孩子放假了 我和老伴",  # the child of the remark may come too: not counted, so not acted on
])
def test_what_is_no_welcome_before_a_party_is_not_acted_on(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("我跟楼上打太极的两个老哥 三个", 3),  # whoever they are, the total sums them up
    ("我和隔壁的王大妈两口子 三个", 3),
    ("我领着外甥和外甥女去 一共三个", 3),
    ("米糕体验 我跟单元里两个老太太 三个人", 3),
])
def test_a_total_said_last_sums_up_the_party(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "我和老伴去海南过冬 两个",  # going somewhere else
    "我跟王姐上回去过 两个",  # another time
    "我和邻居家 各两个",  # each household
    "我和闺女 两个吗",  # asked
])
def test_a_total_last_that_sums_up_no_party_is_not_acted_on(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("我们娘仨也来凑个热闹", 3),  # joining the fun is coming, not how an outing went
    ("凑个热闹 我们两口子", 2),
    ("我家四口 凑凑热闹", 4),
])
def test_joining_the_fun_is_coming(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "上周的庙会真热闹 我们一家三口",  # how it was, told
])
def test_how_lively_it_was_is_no_sign_up(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("我和我母亲", 2),  # the written words for parents and spouses
    ("俺跟俺丈夫都去", 2),
    ("我和干妈", 2),  # kin by choice
    ("我带我老战友去", 2),  # a companion of old
    ("我跟好姐妹", 2),
    ("我和老爷子", 2),
])
def test_kin_the_lists_lacked_are_persons_of_the_party(text, people):
    assert acted(text) == people


def test_a_holiday_named_after_kin_is_no_person():
    assert acted("母亲节 我一个人") == 1


@pytest.mark.parametrize("text, people", [
    ("甜甜+甜甜爸", 2),  # persons joined by plus signs, a line of the list typed alone
    ("我+老伴+外孙女", 3),
    ("赵桂英＋老伴", 2),
])
def test_persons_joined_by_plus_signs(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "苹果+橙子",  # no persons
    "周五+周六",
])
def test_things_joined_by_plus_signs_are_no_party(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("孙丽娟、孙丽娟妈妈", 2),  # someone named, then her kin by that name
    ("郑建华 郑建华老伴 郑建华外孙", 3),
    ("牛牛、牛牛爸", 2),
    ("老葛、老葛媳妇、大柱", 3),  # a name the lists lack beside the tie
])
def test_someone_named_then_her_kin_by_that_name(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "汤圆 汤圆馅",  # no persons
    "周六 周六下午",
    "王霞 王霞家",  # a home, not a person
])
def test_a_word_said_again_is_no_party(text):
    assert acted(text) is None


def test_joining_the_fun_laughed_off_is_no_sign_up():
    assert acted("+1+1 我就凑个热闹嘿嘿") is None


@pytest.mark.parametrize("text, people", [
    ("我和老伴 还有小外孙", 3),  # a grandchild by age, one person
    ("我跟大孙女二孙女", 3),  # by rank, each one person, not "two granddaughters"
    ("我和二闺女", 2),
    ("俺和俺老哥", 2),  # a sibling by rank after whose
    ("我跟我那口子", 2),  # the spouse
    ("我带家属", 2),
])
def test_kin_by_rank_age_or_as_spouses_call_each_other(text, people):
    assert acted(text) == people


def test_many_welcomes_are_read_once_each():
    """Each welcome cut off once (a tail read never looks for remarks again): 60 of them read in a blink, not 2^59 reads."""
    assert acted("赞！" * 60) is None
    assert acted("真好 " * 60 + "我们俩") == 2


@pytest.mark.parametrize("text, named", [
    ("豆包 豆包爸 收到啦", 2),  # thanks after the list: no third person
    ("豆包 豆包爸 苹果", 2),  # goods
    ("欢欢、欢欢姥姥 自提", 2),  # a pickup after a space
    ("乐乐 乐乐妈 乐乐爸 路上了", 3),  # where they are, after a list said with spaces
])
def test_what_is_said_after_a_name_and_her_kin_is_no_person(text, named):
    assert acted(text) in (None, named)


@pytest.mark.parametrize("text, people", [
    ("周小梅，周小梅老公，铁柱", 3),  # a name the lists lack, joined by the list's own mark
    ("欢欢 欢欢姥姥", 2),
])
def test_a_name_joined_as_the_list_is_a_person(text, people):
    assert acted(text) == people


def test_the_rank_words_are_one_table():
    from bot.language import party, people, signups
    assert signups._RANKED == people.NOT_RANKED
    assert any(people.NOT_RANKED in pattern.pattern for _, pattern in party._PIECES)
    assert acted("我带俺家三小子去") == 2  # the third son, one person
