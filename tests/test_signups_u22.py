"""U22: events named by what is done there (包饺子, 泡温泉, the store's 体检) sign up only when the message does — an outing of
the member's own told as done, or the goods bought or eaten, is her day; going to the place alone is asked; 俩/仨 alone after a
household read from one table; persons listed apart by spaces counted one each. Sentences of this pass's own."""
from __future__ import annotations

import re

import pytest

from bot.chain.text import signup_reading
from bot.language import party, signups


def acted(text: str, event: str = "") -> int | None:
    reading = signup_reading(text, event=event)
    return reading.amount if reading is not None and reading.sure and reading.intent == "signup" else None


def replied(text: str) -> bool:
    reading = signup_reading(text)
    return reading is not None and reading.intent in ("signup", "signup_cancel")


@pytest.mark.parametrize("text", [
    "我儿子去泡温泉了 我们一家四个人",  # an outing told as done (去…了)
    "闺女去包饺子了 我们三个",
    "刚体检回来 俺和老伴俩",
    "泡完温泉 我们仨",
    "我们两家 每家一个 去订汤圆",  # goods bought
    "我们两家 一家俩 买汤圆",
    "下午吃饺子 我们一家仨",  # goods eaten
    "俺家四口 晚上煮汤圆",
])
def test_an_outing_of_her_own_or_goods_is_never_a_sign_up(text):
    assert not replied(text)


@pytest.mark.parametrize("text", [
    "下周三我跟我爸去体检",  # the place gone to, no word of signing up and no head count: asked, never acted on
    "礼拜天我带婆婆去查体",
])
def test_a_place_gone_to_alone_is_asked(text):
    reading = signup_reading(text)
    assert reading is not None and reading.intent == "signup" and not reading.sure


@pytest.mark.parametrize("text, people", [
    ("体检报名 我跟我爸", 2),  # signing up said
    ("给我们记上 泡温泉 我和闺女俩", 2),
    ("我们四个去包饺子", 4),  # the doing's verb before the kind, with a count
    ("去体检 俺们老两口", 2),  # a head count beside the place
    ("剪窗花 我家三个", 3),  # the event named as the message's topic
    ("刚报了泡温泉 我们三个人", 3),  # told as done, but signing up said
])
def test_the_same_events_signed_up_stay_sign_ups(text, people):
    assert acted(text) == people


def test_the_open_events_own_name_signs_up():
    assert acted("下周三我跟我爸去体检", event="周三免费体检") == 2


@pytest.mark.parametrize("text, people", [
    ("我家仨 她家俩", 5),  # 俩/仨 alone after each household
    ("他家仨 我家四口", 7),
])
def test_pair_counts_alone_after_households(text, people):
    assert party.households(text) == people


def test_pair_counts_before_whom_they_count_are_no_household_size():
    assert party.households("我家俩孩子 她家俩老的") is None  # whom 俩 counts: the household's size is not said


def test_one_table_for_pair_counts_after_a_household():
    # the households reader and the sign-up reader's household pattern share party.PAIR_COUNT_ALONE
    assert party.PAIR_COUNT_ALONE in signups._HOUSEHOLD.pattern
    assert re.search(r"(?:俩|仨)" + party.PAIR_COUNT_ALONE, "我们一家仨") and not re.search(r"(?:俩|仨)" + party.PAIR_COUNT_ALONE, "一家俩娃")
    assert acted("烘焙课 我们一家仨") == 3


@pytest.mark.parametrize("text, people", [
    ("我 老公 儿子 儿媳妇", 4),  # the first two squeezed would read as one ("我老公")
    ("老公 我 闺女", 3),
    ("俺 老头 孙子 孙女", 4),
    ("剪纸 我 老伴 外孙女", 3),
])
def test_persons_listed_apart_count_one_each(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "我 老公 孩子 都感冒了",  # a list beside a remark is no party
    "我 老公",  # two: the older rules' to read, as before
])
def test_lists_that_are_no_sign_up_stay_silent(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("俺和俺娘", 2),  # 娘: the mother, after whose
    ("报名+1 带额娘", 2),
    ("我、我娘、我儿子", 3),
])
def test_niang_is_the_mother(text, people):
    assert acted(text) == people


def test_niang_in_a_pair_word_stays_the_pair():
    assert acted("俺娘俩都去") == 2


@pytest.mark.parametrize("text, people", [
    ("咱们四个老姐妹都去量", 4),  # the event's doing by its verb alone, the thing left out as the post named it
    ("我俩去剪 孩子他爸上班", 2),
    ("俺跟老伴都去测", 2),
])
def test_the_events_doing_said_by_its_verb_alone_goes_to_it(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "晚上我们三个去吃",  # a meal of their own
    "我们俩去逛逛",
])
def test_going_to_eat_or_stroll_stays_elsewhere(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("额 老汉 闺女", 3),  # 额 an item of a list of persons typed apart: the member
    ("婆姨 额 娃", 3),
])
def test_e_as_a_list_item_is_the_member(text, people):
    assert acted(text) == people


def test_e_as_a_pause_before_words_is_no_one():
    assert acted("额 我想问一下几点开始") is None


@pytest.mark.parametrize("text, people", [
    ("爬山 王芳 李军 李小军", 3),  # the store's hill walk named as the topic, then who comes
    ("爬山报三个 我们走得慢", 3),
    ("爬山：我 我老公 我儿子", 3),
])
def test_a_hill_walk_named_signs_up(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "周六我们一家三口去爬山",  # a family's own walk: going there is no sign-up
    "咱们仨今天去爬山了 腿都酸了",  # told as done
    "群里都在报爬山 好热闹",  # others signing up
    "约了老同学下周去爬山",
])
def test_a_hill_walk_of_her_own_is_no_sign_up(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("我和我家老头子两个都来测血糖", 2),  # the store's free checks named by what is done there
    ("我外公外婆 两个老人查眼睛", 2),
])
def test_the_stores_free_checks_named_by_what_is_done(text, people):
    assert acted(text) == people


def test_a_check_told_as_done_is_no_sign_up():
    assert acted("我们俩刚查眼睛回来 医生说没事") is None


# Review of U22 (mender): each person counted once; a hill walk under another open event is her own; coming to eat at it.
@pytest.mark.parametrize("text, people", [
    ("俺 俺 俺", 1),  # the member said thrice is one
    ("我 我 闺女", 2),
])
def test_a_person_repeated_counts_once(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text, event", [
    ("后天爬山 我跟我妹", "插花课"),
    ("姐妹们约了爬山 我们四个", ""),
])
def test_a_hill_walk_not_the_open_event_is_no_sign_up(text, event):
    assert acted(text, event=event) is None


def test_a_hill_walk_that_is_the_open_event_signs_up():
    assert acted("爬山 我跟我妹", event="周六爬山") == 2


def test_coming_to_eat_at_the_event_is_not_goods_eaten():
    reading = signup_reading("我们俩来吃汤圆", event="元宵活动")
    assert reading is not None and reading.intent == "signup" and reading.amount == 2
