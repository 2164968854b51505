"""The goods lexicon (bot/content/goods.txt) and the one list of units: an order naming any good a community store
sells is read when no product is known to be open; chat holding a risky word is not."""
from __future__ import annotations

import re
import time

import pytest

from bot.chain.text import order_reading, signup_reading
from bot.language import goods, intents, numbers, order_quantity, order_words, signups


@pytest.mark.parametrize("text, amount, item", [
    ("苹果两斤", 2, "苹果"), ("砂糖橘一箱", 1, "砂糖橘"), ("火龙果三个", 3, "火龙果"),  # fruit
    ("西兰花两斤", 2, "西兰花"), ("娃娃菜两颗", 2, "娃娃菜"), ("山药三斤", 3, "山药"), ("莲藕两斤", 2, "莲藕"),  # vegetables
    ("白菜两棵", 2, "白菜"),
    ("排骨两斤", 2, "排骨"), ("鸡翅一袋", 1, "鸡翅"), ("土鸡蛋两盒", 2, "土鸡蛋"),  # meat, eggs
    ("虾仁两袋", 2, "虾仁"), ("大闸蟹四只", 4, "大闸蟹"),  # seafood
    ("水饺两袋", 2, "水饺"), ("馄饨一袋", 1, "馄饨"), ("手抓饼两袋", 2, "手抓饼"), ("包子一袋", 1, "包子"),  # frozen
    ("蛋挞一盒", 1, "蛋挞"), ("酸奶两提", 2, "酸奶"), ("大米一袋", 1, "大米"), ("酱油两瓶", 2, "酱油"),  # bakery, dairy, grain
    ("夏威夷果两罐", 2, "夏威夷果"), ("啤酒一箱", 1, "啤酒"), ("矿泉水两桶", 2, "矿泉水"),  # snacks, drinks
    ("纸尿裤两包", 2, "纸尿裤"), ("辅食两盒", 2, "辅食"), ("奶粉一罐", 1, "奶粉"),  # baby and mother
    ("洗衣液两瓶", 2, "洗衣液"), ("抽纸一提", 1, "抽纸"), ("垃圾袋两卷", 2, "垃圾袋"), ("拖把一把", 1, "拖把"),  # household
    ("牙膏三支", 3, "牙膏"), ("面膜一盒", 1, "面膜"),  # personal care
    ("鲜花一束", 1, "鲜花"), ("康乃馨一束", 1, "康乃馨"), ("绿萝一盆", 1, "绿萝"), ("多肉三盆", 3, "多肉"),  # flowers
    ("校服两套", 2, "校服"), ("运动鞋一双", 1, "运动鞋"),  # clothes
    ("作业本五本", 5, "作业本"), ("铅笔两盒", 2, "铅笔"),  # stationery
    ("春联一副", 1, "春联"), ("灯笼一对", 1, "灯笼"), ("月饼两盒", 2, "月饼"), ("元宵三袋", 3, "元宵"),  # festivals
    ("枸杞两袋", 2, "枸杞"), ("老花镜一副", 1, "老花镜"),  # seniors
])
def test_a_good_of_each_kind_is_read_as_an_order(text, amount, item):
    assert order_reading(text, None) == intents.Reading(intents.ORDER, amount, item=item)


@pytest.mark.parametrize("text", [
    "这个月花钱太多了", "花了两个小时才弄好", "小花今天来了吗", "书法课几点开始", "如果明天下雨就不去了",
    "里面有三个人", "包邮吗", "发了个红包", "他粉丝两万了", "三个孩子一人一个玩具 终于安静了",
    "签到签了一年，积分够换一根葱哈哈", "我们夫妻俩参加",
])
def test_chat_with_a_risky_word_is_no_order(text):
    assert order_reading(text, None) is None


def test_the_matcher_reads_the_longest_word_and_its_exclusions():
    found = lambda text: [m.group() for m in goods.GOODS.finditer(text)]  # noqa: E731
    assert found("土鸡蛋和西兰花") == ["土鸡蛋", "西兰花"]
    assert found("插花") == ["花"] and found("花钱") == found("小花") == found("如果") == found("包邮") == []
    assert found("面包") == ["面包"] and found("书包") == ["书包"]


def test_the_shipped_file_has_no_broken_line_and_several_hundred_words():
    words, broken = goods.parse(goods.read_lines())
    assert broken == [] and len(words) >= 500


def test_a_file_is_read_into_one_trie(tmp_path):
    path = tmp_path / "goods.txt"
    path.write_text("# fruit\n苹果\n苹果干\n花 ! 花钱 阿花 开花结果\n花生\n苹 果\n钱 ! 钱\n", "utf-8")
    words, broken = goods.parse(goods.read_lines(path))
    assert broken == [6, 7] and set(words) == {"苹果", "苹果干", "花", "花生"}
    pattern = re.compile(goods.pattern(words))
    assert pattern.pattern.startswith("(?:") and pattern.pattern.count("苹") == 1  # one branch per first character
    assert [m.group() for m in pattern.finditer("苹果干 花生 鲜花")] == ["苹果干", "花生", "花"]
    assert not pattern.search("花钱 阿花") and pattern.search("开花") and not pattern.search("开花结果")
    assert re.compile(goods.pattern({})).search("苹果") is None  # an empty list matches nothing, not everywhere


def test_words_marked_by_sound_are_heard_misspelt():
    lines = ["大米 ~", "花 ! 花钱", "青菜~", "# 苹果 ~", "坏 ~ ! 好", "~"]
    words, broken = goods.parse(lines)
    assert broken == [5, 6] and set(words) == {"大米", "花", "青菜"}
    assert goods.by_sound(lines) == ("大米", "青菜")  # a marked line that is no word is not heard either
    # the order reader hears the shipped file's marked words, and only those: 衣架 would hear 一家
    assert intents._GOODS_WORDS is goods.HEARD and {"大米", "青菜", "大闸蟹"} <= set(goods.HEARD) and "衣架" not in goods.HEARD
    assert intents.names_item("大咪", None) and intents.names_item("青彩", None) and not intents.names_item("一家", None)


def test_every_reader_counts_in_the_same_units():
    assert intents.UNITS is numbers.UNITS and order_quantity.UNITS is numbers.UNITS and order_words.UNITS is numbers.UNITS
    assert "打" not in numbers.UNITS  # a dozen is a number: 一打 12
    assert order_reading("一打汤圆", None).amount == 12 and order_reading("鸡蛋半打", None).amount == 6


@pytest.mark.parametrize("pattern", [signups._STILL_COMING, signups._JOIN_HEADER])
def test_the_event_name_prefix_is_linear_when_searched(pattern):
    start = time.process_time()
    pattern.search("课" * 20_000 + "x")
    pattern.search("烘焙课" * 7_000 + "x")
    assert time.process_time() - start < 1.0  # quadratic: minutes


def test_the_event_name_prefix_still_reads_a_party():
    assert signups.party_left("烘焙课我老公不去了 就我和孩子") == 2 and signups._JOIN_HEADER.fullmatch("亲子烘焙课报名")


@pytest.mark.parametrize("text, expected", [
    ("老公说他自己去报名 我也报一个", 1), ("老公说他自己去报名，我也报一个", 1), ("我报一个 老公说他自己报", 1),
    ("我婆婆说她明天自己来群里报名", None), ("我婆婆也报名了，她自己报的", None),
])
def test_someone_elses_sign_up_beside_the_members_own(text, expected):
    reading = signup_reading(text)
    assert (reading and reading.amount if reading and reading.intent == intents.SIGNUP else None) == expected
