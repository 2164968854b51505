"""Recognising a sign-up (U20, issue 18): events named by what is made or done there (包饺子, 剪窗花, 熬腊八粥, 泡温泉,
the store's free 体检) are events as 讲座 is, while a check-up of the hospital's or the workplace's is not; someone of the
household dropping out in a region's words (婆姨, 老汉, 屋里人) beside who still comes is the party left; "这次就不报了"
is chat, not a cancel asked about. Sentences written for each mechanism, both ways, read as the bot reads them with an
event open (``signup_reading``, the shipped models)."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.language.intents import SIGNUP, SIGNUP_CANCEL


def read(text: str):
    return signup_reading(text)


@pytest.mark.parametrize("text, party", [
    ("我和闺女去包饺子", 2),  # the event named by what is done there, after 去
    ("去剪窗花 我们娘仨", 3),
    ("熬腊八粥算我一个", 1),
    ("泡温泉 我跟老伴", 2),  # U22: the event named as the topic; "去泡温泉 我跟老伴", a place gone to with no count, is asked
    ("我们老两口报体检", 2),  # the store's free check-up
    ("+3 灯笼", 3),
])
def test_events_named_by_what_is_done_there(text, party):
    reading = read(text)
    assert reading is not None and reading.intent == SIGNUP and reading.sure and reading.amount == party


@pytest.mark.parametrize("text", [
    "厂里组织体检 我们车间四个人一块去",  # the workplace's check-up
    "市医院体检排了一上午队",
    "体检报告拿到了 血糖有点高",
    "我儿子帮我报的剪窗花 我都不晓得",  # signed up by someone else, told
    "日历上圈一下 18号包饺子",  # a date, not a party
])
def test_check_ups_and_talk_of_others_are_no_sign_up(text):
    reading = read(text)
    assert reading is None or reading.intent != SIGNUP or not reading.sure


@pytest.mark.parametrize("text, party", [
    ("婆姨不去了 我和尕娃俩", 2),  # 陕甘: the wife drops out, the child still comes
    ("老汉不去咧 就我一个", 1),
    ("我屋里人去不成咧 就我和娃", 2),
])
def test_one_dropping_out_in_a_regions_words_leaves_the_party(text, party):
    reading = read(text)
    assert reading is not None and reading.intent == SIGNUP and reading.amount == party


@pytest.mark.parametrize("text", [
    "这回我就不报了 孙子要考试",  # not signing up this time, told: chat
    "今年我们不报了 让给年轻人",
])
def test_not_signing_up_this_time_is_chat(text):
    assert read(text) is None or read(text).intent != SIGNUP_CANCEL


@pytest.mark.parametrize("text", [
    "唱歌那个我们不报了 嗓子疼",  # a place taken, named and dropped: still asked
    "还是不报了吧 讲座取消",
])
def test_dropping_a_place_named_is_still_a_cancel(text):
    reading = read(text)
    assert reading is not None and reading.intent == SIGNUP_CANCEL


@pytest.mark.parametrize("text, party", [
    ("灯笼逗号我和外孙逗号两个人句号", 2),  # voice input reading its punctuation aloud
    ("孩他爸要值班 就我和闺女了 两个", 2),  # one drops out, who still comes, then how many they are
    ("「小李：周日剪窗花 报名 红纸店里备好」\n————\n我和外孙女", 2),  # under the post's bare call, quoted
])
def test_sign_ups_as_typed(text, party):
    reading = read(text)
    assert reading is not None and reading.intent == SIGNUP and reading.sure and reading.amount == party


def test_an_events_name_alone_is_asked_at_most():
    reading = read("反诈骗讲座")
    assert reading is None or not reading.sure


def test_an_order_list_headed_by_a_dish_stays_an_order_list():
    from bot.chain.text import chain_order
    reading = chain_order("汤圆\n1. 小美 2袋\n2. 阿芳 1袋\n3. 晓晓 3袋", "", set())
    assert reading is not None and reading.intent == "order" and reading.amount == 3


def test_going_to_the_hot_spring_with_no_count_is_asked():
    reading = read("去泡温泉 我跟老伴")  # the original of the case above: a place gone to, never acted on, never silent
    assert reading is not None and reading.intent == SIGNUP and not reading.sure


# C20 review (mender): 我俩都 is her place only before a cancel verb; a place claimed beside a denial or a staff's record signs up.
def test_both_of_us_leaving_for_home_is_no_cancel():
    reading = signup_reading("我们俩都撤了 回家带孙子", event="插花课")
    assert reading is None or reading.intent != SIGNUP_CANCEL


def test_both_of_us_cancelling_is_a_cancel():
    reading = signup_reading("我俩都取消吧", event="插花课")
    assert reading is not None and reading.intent == SIGNUP_CANCEL


@pytest.mark.parametrize("text, party", [
    ("谁说俺不去了 俺们俩都去", 2),
    ("划掉的名额给我吧 我一个", 1),
])
def test_a_place_claimed_beside_anothers_drop_signs_up(text, party):
    reading = read(text)
    assert reading is not None and reading.intent == SIGNUP and reading.amount == party
