"""U23: sign-ups beside what the member says of coming — when the party arrives, how it travels, the fee sent or paid on
the spot — read as the party alone is. Sentences of this pass's own."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.language import coming
from tests.test_signups_u22 import acted, replied  # the same "acted on" and "replied" as U22's


@pytest.mark.parametrize("text, people", [
    ("我们仨晚上七点到", 3),  # the hour of arriving, run on after the party
    ("上午九点 咱们俩准时到", 2),
    ("两位 可能迟到五分钟", 2),  # late
    ("我们四个人 一早就过去", 4),
    ("三个人 坐公交过去", 3),  # how they travel
    ("两个 费用已经微信转了", 2),  # the fee sent
    ("一大两小 材料费到时候现场交", 3),  # the fee paid on the spot
])
def test_a_party_beside_how_it_comes_is_the_party(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "公司团建 十五个人 周六晚",  # 晚 alone says when, no arriving late
    "我们俩三点到公园",  # arriving somewhere else
    "我们三个 下午三点到 哈哈哈 骗你的",  # a laugh
    "「小李：我们两个下午三点到」",  # quoted
])
def test_what_is_no_remark_of_coming_changes_nothing(text):
    assert not replied(text) or acted(text) is None


@pytest.mark.parametrize("words, rest", [
    ("我们仨晚上七点到", "我们仨"),
    ("两位，钱转你了", "两位"),
    ("我们两个，周五晚", None),
    ("我和老伴一起", None),
])
def test_the_remark_is_cut_from_the_party(words, rest):
    assert coming.cut(words) == rest


@pytest.mark.parametrize("text, people", [
    ("电影包场 我和外婆 两个", 2),  # a film screening is an event the store holds
    ("看电影 我 我老公 还有闺女", 3),
    ("3个人 电影那场", 3),
])
def test_a_film_screening_signs_up(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "昨天看完电影 我们三个人",  # an outing of her own told as done
    "电影票买了三张 我们仨",  # tickets bought
])
def test_a_film_of_her_own_is_no_sign_up(text):
    assert acted(text) is None


def test_going_to_the_cinema_alone_is_asked_at_most():
    assert acted("周末我跟老伴去看电影") is None


@pytest.mark.parametrize("text, people", [
    ("我是她妈 手工课给我报一个", 1),  # who she is, no one more
    ("烘焙报名 我和两个娃 是双胞胎", 3),  # the twins are the two counted
    ("两个大人带个四岁的", 3),  # one child brought, said short
    ("我和老公带个小的", 3),
    ("我们三对夫妻报名", 6),  # couples counted by the pair
])
def test_party_sizes_said_short(text, people):
    assert acted(text) == people


def test_a_sign_up_on_someone_elses_coming_is_never_acted_on():
    assert acted("讲座 他要去我们就报") is None


@pytest.mark.parametrize("text, people", [
    ("插花课还有名额吗 有就给我留两个", 2),  # room asked, then a request on its answer
    ("包饺子还有位置吗 给我们留四个", 4),  # the event named by what is done there, before the room ask
    ("手工课还有位冇？有的话我同个仔两个", 2),  # 粤 冇
    ("剩下的三个名额我们要了", 3),  # the places left, claimed
    ("最后那个名额我要了", 1),
    ("我和我妹克", 2),  # 克 (去) after a person
])
def test_room_asked_and_places_claimed(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "电影我们不去了",  # the store's screening called off by the member
    "看电影那个取消 孩子要补课",
])
def test_a_film_screening_cancelled(text):
    reading = signup_reading(text)
    assert reading is not None and reading.intent == "signup_cancel" and reading.sure


def test_the_cinema_itself_is_still_her_own():
    assert not replied("今晚电影院不去了")
    assert not replied("闺女说电影不去了，要陪她婆婆")  # someone else's film, no screening open
    assert not replied("孩子他妈说去看电影，我不去了")


@pytest.mark.parametrize("text, people", [
    ("俺们两老报个名", 2),  # 两老, 三老: so many elders
    ("我们两老报名，还有我孙子", 3),  # one of hers added after the elders counted
    ("俺们两老报个名，还有俺外孙", 3),
    ("我们三老都去，还有我孙女", 4),
    ("剪纸课那个我同事不去了，我和闺女照样两个", 2),  # who still comes "as before"
    ("插花课那个我邻居不去了，我和老伴照旧两个", 2),
    ("插花算我们三老", 3),
    ("手工课那个我同事来不了，就我一个了", 1),  # a colleague drops out, after the event named with 那个
])
def test_elders_and_friends_dropping_out(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text, people", [
    ("算上我妹子，一搭三个", 3),  # 一搭: together (north-west)
    ("手工课我们四个人一路克", 4),  # 一路克: go together (south-west)
])
def test_together_in_a_regions_words(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "两个人 钱微信转你了 谢谢小李帮我带的菜",  # the fee beside an errand thanked for: maybe for the errand
    "三个人 钱转你了 谢谢王姐帮我捎的鸡蛋",
])
def test_a_fee_beside_an_errand_is_not_acted_on(text):
    assert acted(text, event="手工课") is None


def test_a_fee_alone_beside_the_party_still_signs_up():
    assert acted("两位 钱微信转你了", event="手工课") == 2
