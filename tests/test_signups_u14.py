"""U14: a party alone under an event post, read by the learned party ranker and the intent score where the rules and
the partner read nothing (``bot.language.signup_guess``). Phrasings written for these tests, not corpus lines."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.language import party_ranker, signup_guess, signup_parties, signups
from bot.language.party_ranker import candidates, form
from tests.conftest import to


@pytest.mark.parametrize("text, values", [
    ("我跟我家老头子两个", {2}),
    ("大人两个 小孩一个", {2, 1, 3}),  # the counts, and their sum
    ("带上我小外孙", {2}),  # the persons named: her and the child
])
def test_candidates_hold_the_party(text, values):
    assert values <= {c.value for c in candidates(form(text))}


@pytest.mark.parametrize("text", [
    "小李：我们家三个",  # someone else's words
    "上回我们去了四个人",  # the past
    "你们家几个人去？",  # a question
    "下回再说吧 我们俩",  # another time
    "还剩3个名额",  # the staff's notice
])
def test_never_guessed(text):
    assert not signup_guess.open_to_guess(text)


def test_choose_acts_asks_or_stays_silent():
    limits = signup_guess.THRESHOLDS
    sure = signup_guess.Evidence(0.999, 2, 0.9999, 0.999)
    assert signup_guess.choose(sure, limits).sure
    in_doubt = signup_guess.Evidence(0.999, 3, 0.9999, 0.999, plain=False)  # "带两个娃" 3: another count said
    assert signup_guess.choose(in_doubt, limits) is not None and not signup_guess.choose(in_doubt, limits).sure
    probable = signup_guess.Evidence(limits.ask_signup, 2, limits.ask_share, limits.ask_strength)
    assert signup_guess.choose(probable, limits) is not None and not signup_guess.choose(probable, limits).sure
    assert signup_guess.choose(signup_guess.Evidence(0.1, 2, 0.99, 0.99), limits) is None


@pytest.mark.skipif(party_ranker.shipped() is None, reason="no party ranker fitted")
@pytest.mark.parametrize("text", ["今天降温了 大家多穿点", "我家老大今年上初二了", "孩子发烧两天了 愁死了"])
def test_family_chat_gets_no_sign_up(text):
    assert signup_reading(text) is None


OPEN = "/活动 腊八粥品尝 周六10:00 名额10 截止周五20:00"


@pytest.mark.skipif(party_ranker.shipped() is None, reason="no party ranker fitted")
@pytest.mark.parametrize("member, name, text, people", [
    ("bo", "波波", "带上我小外甥", 2),  # the rules read nothing in these: the guess alone (asked: probable, not sure; U24: 小外孙 the rules read now)
    ("zhang", "张阿姨", "我们楼三个", 3),  # (acted on: sure; s24: 我们楼里三个老太太, peers counted by kind, the rules read now)
])
async def test_a_party_alone_under_the_event_is_stored_or_asked_once_then_stored(make_harness, member, name, text, people):
    from tests.test_activity import GROUP

    assert signups.read_signup(text) is None and signup_parties.read(text) is None
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    replies = await harness.say("g1", member, text)
    if any("您是要报名" in r["text"] for r in replies):  # probable, not sure: asked once, then stored after "是"
        [asked] = to(member, replies)
        assert f"（{people} 人）" in asked["text"]
        assert await harness.say("g1", member, text) == []  # never asked twice in a row
        replies = await harness.say("g1", member, "是")
    assert any(f"{name} {people} 人" in r["text"] for r in replies)


@pytest.mark.skipif(party_ranker.shipped() is None, reason="no party ranker fitted")
async def test_family_chat_with_no_event_open_or_open_gets_nothing(make_harness):
    from tests.test_activity import GROUP

    harness = await make_harness(groups=[GROUP])
    assert await harness.say("g1", "amy", "我和老伴两个在家包饺子呢") == []  # no event open
    assert await harness.say("g1", "bo", "俺家三口今年都回老家过年") == []
    await harness.say("g1", "owner", OPEN)
    assert await harness.say("g1", "zhang", "我家老大今年上初二了 成绩还行") == []  # family chat, event open
    assert await harness.say("g1", "li", "孩子发烧两天了 愁死了") == []
