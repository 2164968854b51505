"""Sign-ups by mechanism (U16, issue 18): what fresh writers do beside a plain sign-up — slips typed by sound, the south's
"may V", a request's tag, asides about one named, someone of the household called by a word no list holds, a count before
a kin word for several, the one addressed first, sizes said of each. Sentences written for each mechanism, both ways,
read as the bot reads them with an event open (``signup_reading``, the shipped models)."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.language import signups
from bot.language.intents import SIGNUP


def acted(text: str) -> int | None:
    """The party acted on, or None when the bot asks or stays silent."""
    reading = signup_reading(text)
    return reading.amount if reading is not None and reading.intent == SIGNUP and reading.sure else None


@pytest.mark.parametrize("typed, fixed", [
    ("报明 三各人", "报名 三个人"),  # 名 and 个 typed by sound
    ("报各名 我们俩", "报个名 我们俩"),
    ("我门仨都去", "我们仨都去"),
    ("周日那场还去得吗？", "周日那场还能去吗？"),  # V得 is "may V"
    ("我们一家都来得呢", "我们一家都来呢"),  # 来得 with a particle: told, they can come
    ("我一个人来得唔得", "我一个人来行不行"),  # 粤: OK or not?
])
def test_slips_by_sound_and_may_v_are_put_right(typed, fixed):
    assert signups.slips_fixed(typed) == fixed


@pytest.mark.parametrize("text", [
    "我报明天的瑜伽",  # 报 then 明天: no slip
    "放在我门口就行",  # 我门口: the member's door
    "我们两家各三个人",  # 各 before a count keeps its "each"
])
def test_words_that_only_look_like_slips_stay(text):
    assert signups.slips_fixed(text) == text


@pytest.mark.parametrize("text, people", [
    ("报明 三各人", 3),
    ("我门俩", 2),
    ("包粽子那个还报得吗？算上我和我姐", 2),  # whether there is room, then who comes
    ("我跟我家姑娘都去得呢", 2),
])
def test_slips_sign_up_as_meant(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text, people", [
    ("剪纸算我和我闺女两个好不好", 2),  # a request's tag after the party
    ("俺俩都去 中不中", 2),
    ("我一个人去得唔得", 1),  # 粤: may I? said as a tag
])
def test_a_request_tag_after_a_sign_up_is_the_request(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "我能去吗 行不行",  # whether she may: asked, not acted on
    "大家一起报名好不好",  # urging the others
    "要是不下雨 算我一个好不好",  # a condition
    "我们三个周末去爬山好不好",  # a plan of members' own
    "我那单的收货人写我老公的名字行不行",  # goods, no sign-up
])
def test_a_tag_after_anything_else_acts_on_nothing(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("我带外孙女，外孙女七岁，最喜欢画画", 2),  # an age and a liking of the one named
    ("我和孙子，他才六岁", 2),  # 他: the one named
])
def test_an_aside_about_one_named_adds_no_one(text, people):
    assert acted(text) == people


def test_the_guess_reads_the_party_before_the_asides():
    reading = signup_reading("我和小孙女，小孙女会背好多诗")  # the rules read no 小孙女: the learned guess asks
    assert reading is not None and reading.intent == SIGNUP and reading.amount == 2


@pytest.mark.parametrize("text", [
    "我和老公，都喜欢看电影",  # a remark of the pair's own, of no one named
    "我和孙子，他不去了",  # not going: no aside
])
def test_what_is_no_aside_is_left_to_the_rules(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("报名，我跟我家老倌", 2),  # someone of the household, by a word no list holds
    ("我同我家那位老的一起去", 2),
    ("外婆和我家妞妞报名", 2),  # not the member joined: the name is counted once
])
def test_someone_of_the_household_joined_to_the_member_is_one_more(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text, people", [
    ("报名 我 老公 娃娃", 3),  # 娃娃 is one child
    ("我跟娃娃去，娃娃五岁", 2),
    ("包汤圆算我家三个", 3),  # 算我家: the household's count, not the member alone
])
def test_one_child_and_the_household_count(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text, people", [
    ("三母女报名", 3),  # a mother and two daughters
    ("我们四姐妹都去", 4),
    ("钱老师，我报插花，我跟我老伴两个", 2),  # the one addressed first is not of the party
    ("店长 我们一家三口", 3),
])
def test_a_count_before_kin_words_and_the_one_addressed(text, people):
    assert acted(text) == people


def test_a_count_of_generations_counts_no_one():
    assert acted("三代人都去 我和老伴 儿子儿媳 俩孙子") != 3


@pytest.mark.parametrize("text, people", [
    ("我们楼两家 各三个人", 6),  # households counted after whose building
    ("我们院里三家各两个人", 6),
])
def test_households_each_so_many(text, people):
    assert acted(text) == people


def test_a_size_of_each_of_whom_it_is_not_said_is_asked():
    reading = signup_reading("隔壁几家 各两个人")
    assert reading is None or not reading.sure or reading.amount != 2


def test_an_age_glued_to_a_kin_ordinal_is_no_aside():
    assert acted("报名 老大8岁 老二4岁") == 2  # both named only in their ages: no party said before them
    assert acted("我带我家小宝一起参加") == 2  # the household's someone brought: two


@pytest.mark.parametrize("text, people", [
    ("我一个人，老伴今天要看店", 1),  # why one of the household stays away, beside the count of who comes
    ("我们俩，孩子他爸加班", 2),
])
def test_who_stays_away_beside_the_count_adds_no_one_and_keeps_the_sign_up(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "我一个人在家，老公出差了",  # home alone: no one comes
    "老公加班，孩子上学去了",  # no count of who comes
])
def test_who_stays_away_without_a_party_signs_up_no_one(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("我哋改做四个，阿妹都嚟", 4),  # 粤: changed to
    ("原本三个，而家净系我一个", 1),  # 粤: now only me
])
def test_cantonese_restated_sizes(text, people):
    assert acted(text) == people


def test_someone_added_on_top_of_a_count_is_counted_or_asked():
    assert acted("算我一个，再加我家老倌") == 2  # the household's someone, added on top
    reading = signup_reading("算我一个，再加我家那个小祖宗")  # added, but not read as anyone: 1 is in doubt
    assert reading is None or not reading.sure or reading.amount == 2  # (老倌子 is the spouse since U18's kin folds)


@pytest.mark.parametrize("text, people", [
    ("讲座我们两口子都来听 腰疼好几年了", 2),  # a remark of their health after a party counted, going said
    ("写春联俺家三口都去 正好沾沾年味", 3),
])
def test_a_remark_after_a_counted_party_keeps_the_sign_up(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "老公 周六带孩子去剪纸 你记得请假",  # words to someone else
    "我们三个人都去了 真热闹",  # what was done
    "广场舞排练 六个人 今晚老地方",  # members meeting
    "讲座我想去，就怕听不懂",  # doubt
])
def test_a_remark_never_turns_chat_into_a_sign_up(text):
    assert acted(text) is None


# --- after the session's review --------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, wrong", [
    ("我带我家3个去", 3),              # the member and her three: not three
    ("手工课 我带我家两个去", 2),
    ("遛狗活动 我和我家狗一起报名", 2),  # a dog is no one
    ("三兄弟烧烤店集合 我报名", 3),     # a shop's name, not three brothers
    ("我报名 在五姐妹饺子馆门口集合", 5),
    ("王阿姨 我 一起报名", 1),          # a list with a space, not someone addressed
])
def test_counts_the_review_found_read_wrongly_are_not_acted_so(text, wrong):
    assert acted(text) != wrong
