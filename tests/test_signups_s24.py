"""s24: sign-up recall by how the message is built — the party said last after a story, the member's group of peers
counted by kind, her line of a pasted 接龙 in her own words, Wu words for "we" and the wife. Sentences of this pass's
own (none a corpus line), both ways, through ``signup_reading`` and the eval's reader; each acted-on one was silent,
asked or read with another count before."""
from __future__ import annotations

import pytest

from corpus.eval_intents import read
from tests.test_signups_u22 import acted


@pytest.mark.parametrize("text, people", [
    ("女儿上礼拜就吵着要做蛋糕，我一直没空，这回刚好休息，带她来，我们两个", 2),
    ("前阵子老伴住院刚出来，闷了好久，今年冬至想来热闹热闹，我们老两口", 2),
    ("孩子他爸好不容易调了休，娃娃也放寒假，今年冬至一起来，我们一家四口", 4),
    ("那次带孙子来做灯笼，他一直惦记着，这回还想来，我们俩", 2),  # the past, then this time and her coming (review)
    ("这周老伴出差回来，正好一家人凑齐了，一起来参加，我们一家三口", 3),
])
def test_the_party_said_last_after_her_story(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text, people", [
    ("女儿上礼拜就吵着要做蛋糕，我一直没空，这回刚好休息，我们两个", 2),
    ("孩子他爸好不容易调了休，娃娃也放寒假，今年冬至热闹一下，我们一家四口", 4),
    ("这周老伴出差回来，正好一家人凑齐了，好久没聚了，我们一家三口", 3),
    ("楼上水管漏了，正好今天物业来修，在家守着走不开，我们俩", 2),  # older readers: the story says nothing of coming
    ("接完外孙放学，在超市正好遇到老张，我们俩", 2),
])
def test_a_word_of_this_time_alone_is_asked_not_acted_on(text, people):
    """s24 review: 这回, 正好, 今年 say when, not that she comes: only her signing words (报, 参加, 来/去) make it sure,
    whichever reader counted the party."""
    reading = read(text, "activity")
    assert acted(text) is None and (reading.intent != "signup" or not reading.sure)


@pytest.mark.parametrize("text", [
    "上礼拜领外孙女来捏面人，师傅手把手教，小丫头高兴坏了，我们两个",  # a past time word governs the story
    "前阵子陪闺女来插花，她插得比我好看多了，回家还臭美半天，我们俩",
    "孩子咳嗽刚好，这两天在屋里憋坏了，我们俩",
    "不知道周六能不能去…我们俩",  # her doubt, whatever reader counted the party
])
def test_a_past_story_or_a_doubt_is_not_acted_on(text):
    assert acted(text) is None
    reading = read(text, "activity")
    assert reading.intent != "signup" or not reading.sure


@pytest.mark.parametrize("text", [
    "昨天带孩子去公园玩了，人好多，挤死了，我们三个",  # a day already had
    "下回有包饺子的话，带上老伴一起来，我们两个",  # another time
])
def test_a_story_that_voids_it_is_not_acted_on(text):
    assert acted(text) is None


def test_a_story_that_does_not_say_she_comes_is_asked_not_silent():
    reading = read("最近腰一直不太好，医生让多走动走动，我和老伴两个人", "activity")
    assert reading.intent == "signup" and not reading.sure and reading.amount == 2


@pytest.mark.parametrize("text, people", [
    ("我们单元四个老太太一起来", 4),
    ("俺们村五个老伙计一块报", 5),
    ("我们厂的老同事六个一起", 6),
    ("给我们楼道仨老头报上", 3),
])
def test_her_group_of_peers_counted_by_kind(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text, people", [
    ("俺们公司四个老同事都来", 4),  # the place names the group, a body or not (review)
    ("我们单位三个老同学一起报", 3),
    ("我们学校五个老师一起来", 5),  # peers by their work (review)
    ("咱们科室三个护士一块报", 3),
])
def test_her_group_named_by_a_body_or_counted_by_work(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "我们楼三个老太太天天在楼下晒太阳",  # a habit, not a sign-up
    "她们单元四个老太太一起来",  # another's group
    "我们四个姐妹明天去逛街",  # going elsewhere
    "我们单位三个老师明天去开会",  # the job's business
])
def test_peers_counted_only_as_her_party(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("写春联接龙\n1. 老郑 1\n2. 小吴 2\n3. 周敏（我们一家四口）", 4),
    ("讲座接龙\n1. 老周 1\n2. 小赵 2\n3. 孙梅（一家三口）", 3),
    ("包汤圆接龙\n1. 阿英 2人\n2. 秀兰 1人\n3. 小何 俺和老伴儿", 2),
])
def test_her_chain_line_in_her_own_words(text, people):
    reading = read(text, "activity")
    assert reading.intent == "signup" and reading.sure and reading.amount == people


@pytest.mark.parametrize("text, people", [
    ("我伲三个报名", 3),
    ("剪纸我俫两个来", 2),
    ("我同老嬷两个报名", 2),
    ("写挥春 我同仔", 2),  # 粤: with my son
    ("我同仔两个嚟", 2),
    ("报名 我同仔仔", 2),  # 仔 said twice (review)
    ("写春联 我同仔仔两个", 2),
])
def test_wu_we_and_the_wife(text, people):
    assert acted(text) == people
