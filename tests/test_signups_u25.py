"""U25: sign-ups whose count says the party however its words are put — the member joined with anyone then the count,
a count asked in, a count put right, put down with the count. Sentences of this pass's own, both ways, through ``signup_reading``; each acted-on
one was silent, asked or read with another count before."""
from __future__ import annotations

import time

import pytest

from bot.language import signups
from tests.test_signups_u22 import acted  # the same "acted on" as U22's


@pytest.mark.parametrize("text, people", [
    ("我和小芳两个", 2),  # a name no list holds
    ("俺和俺那个老同桌俩", 2),
    ("我同阿珠两个", 2),
    ("我和老搭档两个", 2),
    ("额和尕妹两个", 2),
    ("冬至包饺子 我和小周两个", 2),  # the event named first
    ("我跟楼上小魏两个", 2),  # a neighbour by where she lives, and her name
    ("来了来了 我和牌搭子三个", 3),
    ("我跟舞伴小梅俩", 2),
])
def test_the_member_joined_with_anyone_then_the_count(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "我和他们三个",  # others: she and three, or three in all?
    "我和王阿姨家三个",  # another household beside hers
    "我和老伴两个月没见孙子了",  # a span, not a party
    "下午打麻将 我和老刘俩",  # a game among members
    "我和同事两个都加班",  # the count is not her last word
    "要是不加班 我和小周两个",  # a condition
    "我跟她各两个",  # each
    "我和老李俩 下次再说",  # another time
])
def test_what_only_looks_joined_and_counted_is_not_acted_on(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("我们五个还能报吗", 5),
    ("四个人还可以报不", 4),
    ("我们六个还能报名吗", 6),
    ("读书会还能报两个人吗", 2),
    ("两个人还能参加吗", 2),
    ("一家三口能报吗 能就报上", 3),  # then a request to be put down
    ("能再报两个人吗", 2),
    ("五个人可以来吗", 5),
])
def test_a_count_asked_in_is_that_party(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "孩子三岁能参加吗",  # an age
    "七十多了能去吗",
    "九点还能去吗",  # a time
    "五点能来吗",
    "三个人还能报吗 我问问我妈",  # something else said after it
    "我们三个能报吗 要是下雨呢",
    "小孩子两个能去吗",  # whether children may come
    "我68了还能报吗",
])
def test_what_is_asked_about_other_than_a_party_is_not_acted_on(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("不是四个了 三个", 3),  # the count after the one taken back
    ("是仨不是俩", 3),  # the count before 不是
    ("不是五个了 六个 我侄子也来", 6),
    ("之前说两个 我妈也要来 三个", 3),  # what it was, a reason, what it is
    ("五个 刚才打成四了", 5),  # what was typed by mistake after it
    ("我们是三个人不是两个", 3),
    ("刚才写的是4 其实是5", 5),
    ("原来报了三个，现在只有两个能来", 2),
    ("剪纸报4个…算错了 3个", 3),  # a slip owned
])
def test_a_count_put_right_is_the_party(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "讲座是九点不是十点",  # times
    "买的是两个不是三个",  # goods
    "孩子不是三岁是四岁",  # ages
    "本来想带两个孩子去 后来孩子发烧了",  # no count that stands
    "之前说三个 要是下雨就两个",  # a condition
    "不是三个了吗？",  # a question
    "上次来了五个 下次两个",  # another time
    "不是两份是三份",  # portions
])
def test_what_only_looks_put_right_is_not_acted_on(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ('周六包汤圆那个我跟我闺女还有她同学我们三个人你给我记上', 3),
    ('喂那个剪纸是周六上午吧我和我家老头两个人都去你给记一下', 2),
    ('那个讲座我带我外孙女去就我们两个你帮我写一下', 2),
    ('看到群里说有义诊我带我婆婆去我们两个人麻烦你给写上', 2),
    ('刚看到那个包粽子的我们家四口人都想去你给我们登记一下哈', 4),
    ('刚下班看到通知那个手工课我带两个外孙去你给我记上三个', 3),
    ('防诈骗那个我和我老姐妹我们两个人你给我写上', 2),
    ('那个熬腊八粥的我屋里三个人都来 你给记一下', 3),
])
def test_put_down_with_the_partys_count(text, people):
    assert acted(text) == people  # voice input without a stop, the story around it; the total, not those brought


@pytest.mark.parametrize("text", [
    '群里已经有三十个人报上了',
    '记一下 明天九点集合 别迟到',
    '我们两个人上回报上了没？',
    '下次搞活动我们四个人都报上',
    '账记上 一共三个人的钱',
    '我们三个人还没想好 先别记上',
    '他们家三个人 给记上没',
    '我们三个人的饭钱 记上',
])
def test_what_only_looks_put_down_with_a_count_is_not_acted_on(text):
    assert acted(text) is None


@pytest.mark.parametrize("text, people", [
    ("孩子放学赶得上的话就报两个，中不中", 2),  # a condition, then the request now, then a tag
    ("要是孩子不发烧就报两个 好不好", 2),
    ("周六不值班的话先算我们三个", 3),  # this and the five after it were read before too: the reader's own cases
    ("老伴腿脚好点的话就报两个", 2),
    ("能带轮椅的话报两个人", 2),
    ("不堵车的话报三个 得行不", 3),
    ("有停车位的话先报四个嘛", 4),
    ("孙子不补课的话 算我们两个", 2),
])
def test_a_condition_then_put_down_now(text, people):
    assert acted(text) == people


@pytest.mark.parametrize("text", [
    "要是有人顺路 算我一个",  # a ride among members
    "如果明年还办 报两个",  # another time
    "要是三缺一 算我一个",  # a game
    "要是打麻将 算我一个",
    "要是去不了 就取消两个",
    "如果你们组织 下次报三个",
    "要是老伴不值班，我就报两个了",  # what would have been
])
def test_a_condition_then_what_is_no_request_now_is_not_acted_on(text):
    assert acted(text) is None


@pytest.mark.parametrize("pattern", [signups._JOINED_TOTAL, *signups._COUNT_ASKED, *signups._COUNT_PUT_RIGHT, signups._ANY_PEOPLE_COUNT, signups._PUT_DOWN, signups._TOTAL, signups._PUT_DOWN_NOW])
@pytest.mark.parametrize("fragment", ["我和老伴两个，", "我和", "三个人还能报吗 ", "我们三个能", "还能报三个", "不是三个了 两个 刚才打成四了 算错了 ",
                                      "原来三个", "报2个 啊不", "俩俩俩", "我们三个人你给我记上", "一共三个", "我们三个", "要是报两个", "的话先报三个嘛"])
def test_the_readers_patterns_stay_linear_on_hostile_input(pattern, fragment):
    text = (fragment * (5000 // len(fragment) + 1))[:5000]  # the readers cut long messages first; the patterns alone
    start = time.process_time()
    pattern.search(text)
    assert time.process_time() - start < 0.05
