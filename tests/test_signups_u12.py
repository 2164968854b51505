"""The sign-up reader by mechanism (u12 pass, issue 18): phrasings written for each mechanism from how members sign up,
both ways, read through the whole pipeline (the rules and the learned partner, as the handler reads them)."""
from __future__ import annotations

import pytest

from bot.chain.text import signup_reading
from bot.language.intents import Reading


def signup(people: int, sure: bool = True) -> Reading:
    return Reading("signup", people, sure=sure)


def read(text: str) -> Reading | None:
    return signup_reading(text)


@pytest.mark.parametrize("text", [
    # a pair word sums up the member and one other: two, not two more (Cantonese 两公婆, Sichuanese 两爷子 / 两娘母)
    "我们两公婆报名", "我哋两公婆去", "我同老公两公婆都去", "小两口报名", "报名 小两口", "两爷子报名", "我们两娘母来",
    "两母女报名烘焙", "我和老伴两口子报名", "我和老公两口子都去",
    # persons named, then a count of their kind that sums them up
    "我爸我妈两位老人报名", "我和老伴两个老的", "我公公婆婆两个老人去量血压",
])
def test_pair_words_and_counts_that_sum_up_those_named(text):
    assert read(text) == signup(2)


@pytest.mark.parametrize("text, people", [
    ("我妈和我婆婆俩老太太 加上我", 3), ("我带我妈我婆婆两个老人去", 3), ("帮我爸妈老两口报名", 2), ("我带上老两口去", 3),
])
def test_counts_beside_others_named(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text, people", [
    # daughters and sons counted as children are
    ("插花我带俩闺女去", 3), ("我带两个儿子参加", 3), ("给我俩闺女报名", 2), ("帮两个女儿报名", 2), ("给我家两个孙子报名", 2),
])
def test_children_named_by_kin_word(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text, people", [
    # the member (or the grown-ups) staying out of what she signs the others up for: the others' party, no cancel
    ("两个孩子报名 我不进去", 2), ("孩子报名 我在外面等", 1), ("我儿子报一个 我送他去就走", 1), ("帮两个孩子报名 大人不去", 2),
    ("给我闺女报一个 我不陪", 1), ("陶艺课 我家老大老二 我负责接送", 2), ("我不去，给我女儿报一个，她15了自己能去", 1),
])
def test_member_staying_out(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text", ["我不去了", "喂。我是李阿姨。那个活动。我不去了。"])
def test_staying_out_alone_is_still_a_cancel(text):
    assert read(text) == Reading("signup_cancel", sure=True)


@pytest.mark.parametrize("text", [
    # talk about a sign-up, not one: whether one must sign up, whether one is signed up, the staff's thanks and records
    "啥？插花课还要报名？", "讲座还要报名啊？", "我报上了没 周六那个", "我妈报上没有 烘焙课", "谢谢今天来参加插花的20位姐妹",
    "收到 刘姐的报名改成三位了",
    # the seats of a car or a mat, a meeting at work
    "我开车去 还能坐三个人", "我车上还能带两个人", "野餐垫够坐四个人 我带", "周五的会我参加 两个人",
])
def test_talk_about_a_sign_up_is_none(text):
    reading = read(text)
    assert reading is None or not reading.sure


@pytest.mark.parametrize("text, people", [("我也要报名！", 1), ("给我留两个位置", 2), ("能帮我报上吗", 1), ("我报名了 两个人", 2)])
def test_sign_ups_beside_those_words_stand(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text, people", [
    # heads added up beside an event or people named
    ("烘焙 1+1", 2), ("讲座 2+1", 3), ("1+1 插花", 2), ("讲座 1人+家属1", 2), ("2大+1小", 3),
])
def test_heads_added_up(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text", ["1+1", "1+1=2", "买一送一 1+1",
                                  # not decided yet, for now; members meeting at their own place
                                  "先不报 等等看", "讲座先不参加了 再看看吧", "合唱排练 六个人 今晚老地方"])
def test_sums_undecided_and_meetings_are_none(text):
    reading = read(text)
    assert reading is None or not reading.sure


@pytest.mark.parametrize("text, people", [
    # 我爸, 我妈 name a parent, not the member beside them
    ("理发报名，我爸和我公公", 2), ("报名 我爸和我妈", 2), ("我爸妈和我", 3),
    # those a pair brings, said right after it
    ("采摘我们两口子带孩子", 3), ("我们俩带孩子去", 3), ("我俩带孙子去", 3), ("我俩带着俩娃", 4), ("我们俩报名", 2),
])
def test_who_the_pair_brings_and_whose_parent(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text", ["老年大学报名排了好长队", "医院的预约系统真难用", "报个名跟抢火车票似的，一会儿就满了",
                                  "排了半小时队，结果说我那份没登记上，心累", "报名链接在哪"])
def test_remarks_on_how_signing_up_goes_are_none(text):
    reading = read(text)
    assert reading is None or not reading.sure


@pytest.mark.parametrize("text, people", [("太极+1", 1), ("瑜伽+1", 1), ("八段锦 +2", 2)])
def test_practice_named_before_a_plus(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text", ["皱纹+1", "同问+1"])
def test_a_remark_seconded_stays_none(text):
    reading = read(text)
    assert reading is None or not reading.sure


@pytest.mark.parametrize("text, people", [
    # an age said of someone already named adds no one
    ("我带孙子孙女去 孙子7岁孙女5岁", 3), ("我带儿子和女儿 儿子9岁 女儿6岁", 3), ("报名 我带闺女 闺女今年6岁了", 2),
])
def test_ages_of_those_named(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text, people", [("我家去俩", 2), ("我们去仨", 3), ("周六量血压 我家去仨", 3)])
def test_going_with_a_pair_count(text, people):
    assert read(text) == signup(people)


def test_going_to_two_places_is_none():
    assert read("我去俩地方") is None


@pytest.mark.parametrize("text", [
    # a plan of members' own joined: someone proposing it, or a hill climbed, neither the store nor an event's kind named
    "周日爬棋盘山 算我一个", "周六爬香山 算我们俩", "群里几个宝妈说周末一起遛娃 算我们家俩", "楼下几个姐妹说周末一起泡温泉 算我一个",
    "王姐说明天一起去赶集 算我一个", "王姐约了周六去泡温泉 算我一个",
])
def test_joining_members_own_plan_is_none(text):
    reading = read(text)
    assert reading is None or not reading.sure


@pytest.mark.parametrize("text, people", [("店长说周六一起包饺子 算我一个", 1), ("我老公说他也去 我们俩报名讲座", 2)])
def test_the_store_or_the_household_proposing_stays_a_sign_up(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text, expected", [
    # a reply under a quoted line (引用/回复 X：…): the quoted words are X's, the reply is the member's
    ("引用 刘叔：我报两个\n刘叔您老伴腿好了？", None), ("引用 张阿姨：我们家三个都去\n张阿姨 到时候一起走啊", None),
    ("引用 店长：亲子运动会报名开始\n我们家两大一小", signup(3)), ("引用 店长小李：本周日健康讲座，欢迎报名\n—————\n我和老伴两个", signup(2)),
    ("回复 王姐：我报了插花\n我也报一个", signup(1)),
])
def test_quoted_line_is_not_hers(text, expected):
    reading = read(text)
    assert reading == expected if expected else reading is None or not reading.sure


@pytest.mark.parametrize("text, people", [
    # one person named with her age, then brought as 他/她: that person, not one more
    ("赶海 孙子8岁 我带他", 2), ("写春联 我闺女10岁 我陪她", 2), ("报名 儿子6岁 我带他去", 2), ("报名 孩子5岁 我和老公带她", 3),
])
def test_pronoun_for_the_one_named_with_her_age(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text, people", [("我姥姥也要去 连我一共仨", 3), ("我妈也去 连我一共俩", 2), ("姓名：周丽 人数：1", 1)])
def test_total_with_the_member_said_with_a_pair_count(text, people):
    assert read(text) == signup(people)


@pytest.mark.parametrize("text", ["我们两口子周末去看电影", "我俩带孩子去公园", "小两口吵架了", "两公婆今日去饮茶", "我家去俩地方买菜",
                                  "孩子8岁了 我带他去医院", "我妈和我婆婆俩老太太天天吵", "1+1等于几", "1+1是几"])
def test_the_same_words_in_chat_stay_none(text):
    reading = read(text)
    assert reading is None or not reading.sure
