"""O21: group-buy orders — a count each for people counted by what they are to her, the shares put on her account,
"we three all want it" asked with the right count (docs/language.md, "O21").

The sentences are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from bot.language import intents


def _read(text: str, item: str | None = None) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


# --- people counted by what they are, each with a count --------------------------------------------------------------------

@pytest.mark.parametrize("who, heads", [
    ("四个姐妹", 4),
    ("五个老同事", 5),
    ("我们车间两个徒弟的", 0),  # no kind of people the list knows: not counted here
    ("我和我三个表妹", 0),
    ("我跟我两个妹妹", 3),  # the member joined before those counted
    ("我带着俩孩子", 3),
    ("她们姐妹俩", 2),  # a pair word after the kind counts the whole pair
    ("我们四个", 4),  # "we" counted: the member is in it
    ("楼里几个邻居", 0),  # no number
])
def test_people_counted_by_what_they_are(who, heads):
    assert intents.heads_by_kind(who) == heads


@pytest.mark.parametrize("text, amount", [
    ("四个姐妹各要一盒", 4),
    ("我跟我两个妹妹 每人一袋汤圆", 3),
    ("科里五个老同事每人两斤", 10),
    ("俺仨妯娌一人一只", 3),
])
def test_a_count_each_times_people_counted_by_kind(text, amount):
    assert _read(text) == ("order", amount, True)


# --- the shares put on her order, paid or fetched by her --------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我们四个人一人一份，都记我这", 4),
    ("我们办公室三个人一人一袋，我统一转账", 3),
    ("四个姐妹每人两盒，算我的", 8),
    ("我们俩一人一份 我下班统一去拿", 2),
])
def test_shares_put_on_her_account_are_her_order(text, amount):
    assert _read(text) == ("order", amount, True)


def test_a_story_of_sharing_out_stays_unsure():
    reading = order_reading("俩孩子一人一个橘子 抢着吃完了", None)
    assert reading is None or not reading.sure


# --- "we all want it": asked, with one each --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我们四个都要", 4),
    ("我们俩都要", 2),
    ("我和我妈都要", 2),
    ("我们五个老同学都要", 5),
    ("我跟我家老头都要", 2),
    ("我也要", 1),
    ("我们都要", 1),  # how many "we" are is not said
])
def test_all_of_us_want_it_is_asked_with_one_each(text, amount):
    assert _read(text) == ("order", amount, False)


@pytest.mark.parametrize("text, amount", [
    ("我们四个都要，一人一份", 4),  # the count each said apart
    ("我们办公室三个人都要一袋", 3),  # the count each said after 都要
    ("我们一家三口都要一份", 3),  # the household counted, not "一家"
])
def test_all_of_us_with_a_count_each_is_acted_on(text, amount):
    assert _read(text) == ("order", amount, True)


# --- whom each share is for: kin by rank or dialect, a home by its side or its head ---------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("阿爸一份，家姐两份", 3),  # Cantonese kin
    ("幺妹一份 幺舅两份", 3),  # the southwest's youngest
    ("给二闺女家留两份 大儿子家一份", 3),  # a child's home by rank
    ("我家两袋外家一袋", 3),  # run on, no comma: whom the next share is for starts it
])
def test_shares_for_kin_and_homes_are_summed(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text, amount", [
    ("月饼6个，给每个组长一个", 6),  # a count each of those named, inside the total
    ("3份（一份自己一份送人一份给楼下）", 3),
])
def test_a_total_shared_out_is_not_summed_again(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.amount == amount



# --- a count, then how it is made up --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("鸡蛋两盒 一盒我家 一盒我婆婆家", 2),  # whom each part is for
    ("汤圆给我来三袋，我妈一袋我两袋", 3),
    ("围巾两条，一条红色一条黑色", 2),  # which kind each part is
])
def test_a_count_then_how_it_is_made_up_is_the_count(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text, amount", [
    ("小米两袋 大米一袋 面粉一袋", 4),  # goods of their own, each with its count: a list
    ("鸡蛋两盒，我妈也要一盒，我姐也要一盒", 4),  # 也: more on top
])
def test_parts_that_add_are_summed(text, amount):
    reading = intents.total_made_up(text)
    assert reading is None or reading.amount == amount


# --- a 接龙 line typed by hand: her count and her name ----------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("+1 赵春燕", 1),  # a full name
    ("3 小芬", 3),  # the count first
    ("+2 临汾老郭", 2),  # where she lives, then her name
    ("孙 2", 2),  # a surname alone, before the count
    ("1 周老师", 1),
    ("+1 小芳 5栋", 1),  # then where she lives
    ("+2 郑 2号楼", 2),
    ("平谷区王大姐+2", 2),  # where she is from, then her name, then the plus
    ("我也+1，通州的小丽", 1),  # a name after the plus clause
])
def test_a_count_and_her_name_is_her_order(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["+1 好吃", "2 小时", "1 张", "+1 小份", "+1 我也是", "3 饺子",
                                  "我们小区小孩+1", "市区小学+1", "开发区小厂+1", "+1 一样的小毛病", "+1 同样的小问题",
                                  "高新区小店+1", "+1 一样的小问题啊", "幸福路小学+2"])
def test_a_count_beside_other_words_is_no_signed_line(text):
    assert intents._signed_count(text) == 0


# --- people listed with 、, then a count each -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我、我婆婆、我小姑子，各一盒鞋垫", 3),  # a comma before 各
    ("鞋垫 我、我妈、我嫂子各一双", 3),  # the goods named first, then whom each is for
    ("大米、小米各一袋", 2),  # goods listed stay goods
])
def test_people_listed_then_a_count_each(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["我们小区小孩+1", "市区小学+1", "开发区小厂+1", "+1 一样的小毛病", "+1 同样的小问题",
                                  "新城区小学+1"])
def test_a_plus_after_a_place_and_no_name_is_no_sure_order(text):
    reading = _read(text)
    assert reading is None or reading[0] != "order" or not reading[2]


@pytest.mark.parametrize("text, amount", [
    ("经开区 小罗+2", 2),  # a district, then her name
    ("莲湖区刘大姐+1", 1),
])
def test_a_plus_after_a_district_and_her_name_is_her_order(text, amount):
    assert _read(text) == ("order", amount, True)


def test_people_listed_then_a_count_each_after_a_space():
    assert _read("我、我妹都要 一人两袋", "汤圆") == ("order", 4, True)
    assert _read("我、我姐都要 一人三盒", "草莓") == ("order", 6, True)


@pytest.mark.parametrize("text", ["我、孩子他爸、孩子都要吃饺子", "我、我妈、我姐都要喝豆浆"])
def test_people_all_wanting_to_eat_it_name_the_goods_not_the_verb(text):
    reading = order_reading(text, None)
    assert reading is None or reading.intent == "order" and not reading.item.startswith(("吃", "喝"))


def test_a_long_run_of_listing_marks_reads_quickly():
    import time
    start = time.perf_counter()
    intents._people_listed_each("我、" * 2500)
    intents._people_listed_each("我、" * 2500 + "，，都要")
    assert time.perf_counter() - start < 0.1
