"""d29: the last reviews' leftovers — one table of her coming alone, reviews with no question, one question-form test for a
cry and the rules. The engineer's own sentences (none is a corpus line)."""
from __future__ import annotations

import re

import pytest

from bot.language import signups



# --- 1. her coming alone: one table (``signups.HER_ALONE``) for the sign-up readers -----------------------------------------

@pytest.mark.parametrize("words", ["就我去", "只有我有空", "我自己来", "我一个人报"])
def test_her_alone_table_holds_each_way_of_saying_it(words):
    assert re.search(signups.HER_ALONE, words)


@pytest.mark.parametrize("words", ["算我一个", "我一个人带俩娃去", "两个人报名"])
def test_her_alone_table_leaves_a_sign_up_of_more(words):
    assert not re.search(signups.HER_ALONE, words)  # "count me in" names no size; one person bringing others is more


@pytest.mark.parametrize("text", ["手工课报名，我带闺女一起", "算我一个，还有我家小孙子", "报个名 我一个人带两个孩子来"])
def test_a_companion_beside_a_party_of_one_doubts_it(text):
    assert signups.party_in_doubt(text, 1)


@pytest.mark.parametrize("text", ["报名，就我自己，孩子在学校", "帮我闺女报一个", "报名 孩子他爸带 我一个人去不了",
                                  "报名，只有我去，孩子上学"])  # (只有我: in doubt on main, the table's now)
def test_her_alone_or_her_signing_up_someone_settles_a_party_of_one(text):
    assert not signups.party_in_doubt(text, 1)


@pytest.mark.parametrize("text", ["报名，全家都去", "带上我们一家老小报名"])
def test_a_household_of_no_size_still_asks(text):
    assert signups.household_unsized(text)


@pytest.mark.parametrize("text", ["报名，全家就我一个人有空", "报名，全家只有我能去", "全家都去，我一个人带过去", "我们全家三口都去"])
def test_a_household_with_her_alone_or_a_size_does_not(text):
    assert not signups.household_unsized(text)


def test_a_minded_child_beside_her_going_alone_is_dropped():
    assert signups._without_minded("报个名 娃他奶奶带 我一个去") != "报个名 娃他奶奶带 我一个去"
    assert signups._without_minded("报个名 娃他奶奶带 就我去") != "报个名 娃他奶奶带 就我去"


@pytest.mark.parametrize("text", ["报个名 娃他奶奶带 我们自己带水", "报名 小宝他爸带", "报个名 娃他奶奶带 她一个人带老大"])
def test_a_minder_without_her_alone_keeps_the_child(text):
    assert signups._without_minded(text) == text  # 自己 bringing things is not her coming alone; its father may bring it


@pytest.mark.parametrize("text, party", [("报名，就我自己", 1), ("只有我一个人，报上", 1), ("报名 我自己", 1)])
def test_her_whole_party_said_alone(text, party):
    assert signups.party_size(text) == party


# --- 2. a review with no question form is not answered; praise then a question still asks ---------------------------------

def _read(text: str):
    from bot.config.loader import load_yaml_model
    from bot.config.schema import GroupSettings
    from bot.questions.asking import read
    from bot.questions.faq import ENTRIES, SHIPPED, Faq

    return read(text, Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold)


@pytest.mark.parametrize("text", ["快递挺快的，没发现什么问题，包装也好。", "送货速度不错，没遇到什么麻烦，东西也新鲜。",
                                  "快递挺给力，没发现哪里坏的，冷链包装很到位。", "价格跟超市差不了多少，东西更新鲜。",
                                  "物流很快，包装完好，没看出什么毛病。", "第二次买了，口感还是那么好，也没怎么等，快递两天就到。",
                                  "水果很甜，没几个烂的，物流也快。", "送得很快，没多少天就到了，包装结实。",
                                  "发货快，到手没什么破损，下次还来。", "比外面贵不了多少，质量好多了。",
                                  "肉很新鲜，没吃出什么怪味，送得也快"])
def test_a_review_with_no_question_form_is_not_answered(text):
    assert not _read(text).asks


@pytest.mark.parametrize("text, topic", [("快递挺快的，包装也好，请问下次还能送到小区门口吗？", "delivery"),
                                         ("东西很新鲜，包装也用心，你们周末几点开门？", "hours"),
                                         ("上次买的橙子很甜，这周还有货吗？", "catalogue"),
                                         ("配送很及时，想问下配送费怎么算", "delivery"),
                                         ("包装挺好的，快递也快，运费多少钱啊？", "delivery"),
                                         ("面包很香，明天几点到货？", "catalogue"),
                                         ("牛奶很新鲜，能送货上门吗", "delivery"),
                                         ("鸡蛋一个没碎包装很好，店在哪里呀我想去自提", "address"),
                                         ("草莓很好吃，还有没有？", "catalogue"),
                                         ("东西都挺好，就是没找到在哪里付款", "payment")])
def test_praise_then_a_question_still_asks(text, topic):
    assert _read(text).topic == topic


@pytest.mark.parametrize("text", ["群里没看到什么时候截单", "没看到什么地方能停车", "没找到在哪里付款", "没发现什么问题吗？",
                                  "鸡蛋没到货什么时候补", "没听说什么时候开门，今天开吗", "有没有发现什么优惠",
                                  "没多少钱吧？"])
def test_a_negation_before_a_real_question_still_asks(text):
    assert _read(text).asks  # "when", "where to", an A-not-A, a mark or a particle: not "any"


# --- 3. one question-form test for a cry by its marks and for the rules ----------------------------------------------------

@pytest.mark.parametrize("text", ["这么贵？？", "又涨价了？！", "居然卖完了？？"])
def test_a_cry_by_its_marks_is_no_question(text):
    assert not _read(text).asks


@pytest.mark.parametrize("text", ["请问今天开门吗？？", "门店今天休息？？", "几点关门？！", "想问下还有鸡蛋？？"])
def test_a_question_with_a_cry_s_marks_still_asks(text):
    assert _read(text).asks


def test_the_shared_form_test_reads_the_form_and_asking_said_so():
    from bot.questions import asking

    assert asking._worded("几点开门") and asking._worded("，想知道地址") and asking._worded("还有货吗")
    assert not asking._worded("去哪儿都挺近") and not asking._worded("没发现什么问题") and not asking._worded("挺好的")
