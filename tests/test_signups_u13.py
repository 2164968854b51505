"""The sign-up reader by mechanism (u13 pass, issue 18): a party listed piece by piece beside what the event is
(``bot.language.signup_parties``), both ways, read through the whole pipeline (the rules, this reader and the learned
partner, as the handler reads them). Phrasings written for each mechanism, not taken from the corpus."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.language import signup_parties
from bot.language.intents import Reading


def signup(people: int, sure: bool = True) -> Reading:
    return Reading("signup", people, sure=sure)


def read(text: str, event: str = "") -> Reading | None:
    return signup_reading(text, event=event)


def acted(text: str, event: str = "") -> bool:
    reading = read(text, event)
    return reading is not None and reading.sure and reading.intent in ("signup", "signup_cancel")


@pytest.mark.parametrize("text, people", [
    # persons listed one an item, at spaces, 、 or +, the event named by what it is, before or after
    ("扎灯笼 我、Lucy、Tom", 3), ("做月饼 我 我老伴 我小姑子", 3), ("李建国+老伴+外孙女 扎灯笼", 3), ("Mike、Jenny、我 陶艺", 3),
    ("炒茶体验 我和我老伴 还有我表妹", 3), ("拓印 小芳 小芳她妈", 2), ("我、我爸、我儿子 做月饼", 3),
    # members listed by names typed in letters, one a line
    ("扎灯笼\nMike\nJenny\n阿伟", 3),
    # the event glued to the party, a head count beside those named
    ("做月饼三大一小", 4), ("扎灯笼 我 老公 儿子 一共三个", 3),
    # a bare count beside someone's name, a plus after a name (her and so many more), a plus alone beside the event's kind
    ("小雨妈 3 扎灯笼", 3), ("阿伟+2 秋季登高", 3), ("插花体验课 +2", 2),
    # English beside Chinese
    ("扎灯笼 me + 1 kid", 2), ("me and my mom 做月饼", 2),
    # dialect: 俺, 我哋, 屋头, 同
    ("做月饼 俺和俺老伴儿", 2), ("扎灯笼 我屋头两个 我表姐屋头三个", 5), ("炒茶 我同我家姐", 2),
    # who she is before a colon counts no one more
    ("王：3 扎灯笼", 3),
    # a phone's digits given for the record
    ("扎灯笼 2人 尾号4471", 2), ("做月饼3人，电话137****0912", 3),
    # a party, then going to what is done there
    ("我们一家三口来扎灯笼", 3), ("我们宿舍五个都来做月饼", 5), ("我们仨去采摘", 3),
])
def test_a_party_listed_beside_the_event(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text", [
    # no event and no signing up named: a list of people is no sign-up by itself
    "张姐 李姐 早", "Mike Jenny",
    # remarks seconded with a plus, a wish
    "脱发+1", "最近体重+3", "希望多组织点扎灯笼 +1",
    # a party going somewhere else, to eat, or shopping
    "我们一家四口去厦门", "我们三个去吃烤肉", "我们俩去买年货", "我们四个人去山里露营", "我们仨去扎风筝",  # 去: elsewhere unless the event
    # letters that are no one's name
    "omg 扎灯笼 pics so nice",
    # past, a question, someone else's, another time
    "上次扎灯笼 我和老伴", "扎灯笼 我和老伴能去吗", "她们家三个去扎灯笼了", "下次扎灯笼 我们三个",
    # a count of things, not of people
    "这一箱有三十个吧", "付款链接也发我一个",
    # more named than the count says
])
def test_no_sign_up_where_no_piece_says_one(text):
    assert not acted(text)


def test_the_open_events_own_words_name_it():
    assert signup_parties.read("中秋游园 我和Lucy", event="中秋游园会") == signup(2)


def test_more_named_than_counted_is_left_alone():
    assert signup_parties.read("扎灯笼 我 老公 两个孩子 两个人") is None


def test_who_she_is_before_a_colon_counts_no_one_more():
    assert signup_parties.read("陶艺 老钱：我自己") == signup(1)


@pytest.mark.parametrize("text, people", [("扎灯笼 我+1", 1), ("+2 扎灯笼 我和我妈", 2), ("小周+1 扎灯笼", 2), ("扎灯笼 老陈 老陈媳妇", 2)])
def test_pluses_and_names_kin(text, people):
    assert signup_parties.read(text) == signup(people)


@pytest.mark.parametrize("text", ["扎灯笼 我+2", "报名+1 还带个室友 扎灯笼"])
def test_pluses_of_unclear_reach_are_left_alone(text):
    assert signup_parties.read(text) is None


@pytest.mark.parametrize("text, people", [
    ("扎灯笼 我和老公 再加隔壁王姐", 3), ("算我一个，再加上我妈 扎灯笼", 2),  # parts added on top
    ("林姨 同 阿珍 扎灯笼", 2), ("扎灯笼 我 和 我 老伴", 2),  # a join typed apart; the member named twice
    ("做月饼我也报名 我和闺女", 2), ("麻烦帮我记一下，扎灯笼我和我老公", 2),  # the member counted once; a request to note it
])
def test_the_member_once_and_parts_added(text, people):
    assert signup_parties.read(text) == signup(people)


@pytest.mark.parametrize("text", [
    "我是孙女 帮我外婆报名做月饼 外公外婆都去",  # others signed up by the member: the rules' to count
    "扎灯笼带上我公婆 加上我们三口",  # whether the member is counted twice
    "我报名，我是刘阿姨",  # who she is, no one more (the rules read her sign-up)
])
def test_others_signed_up_and_who_she_is_are_left_to_the_rules(text):
    assert signup_parties.read(text) is None


def test_one_name_alone_is_not_read():
    assert signup_parties.read("扎灯笼 张阿姨") is None  # hers, or who she is: the rules' to weigh
    assert signup_parties.read("扎灯笼 我") == signup(1)


@pytest.mark.parametrize("text", ["扎灯笼已报名42位 还能再报", "截至中午 做月饼报名共26人", "陶艺现在报了15位 欢迎继续"])
def test_the_count_of_sign_ups_so_far_is_the_staffs_notice(text):
    assert not acted(text)


def test_a_party_with_its_total_beside_signing_up_is_still_read():
    assert read("报名 一共三个人 两个大人一个孩子") == signup(3)


@pytest.mark.parametrize("text, people", [("扎灯笼 我和孙女 孙女5岁", 2), ("做月饼 我和儿子 他上二年级", 2), ("扎灯笼 我和外孙 外孙八个月", 2)])
def test_an_age_of_one_named_adds_no_one(text, people):
    assert signup_parties.read(text) == signup(people)


def test_going_to_the_open_events_own_words_signs_up():
    assert read("我们仨去扎灯笼", event="周六扎灯笼") == signup(3)


@pytest.mark.parametrize("text", ["扎灯笼报名 合唱队老姐妹六个一起"])
def test_a_doubt_about_the_count_stays_asked(text):
    assert not acted(text)  # a count said beyond the party read: whether she is one of the six is asked (u10)


def test_a_place_kept_for_herself_is_her_sign_up():
    # U14: "帮我留一个" keeps one place for the member: the learned guess reads it as surely as the rules would (it was asked).
    assert read("名额帮我留一个") == signup(1)
