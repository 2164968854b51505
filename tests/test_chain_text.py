"""Table tests: 接龙 chains and order replies as members really type them, parsed to orders."""
from __future__ import annotations

import pytest

from bot.chain.text import (ChainLine, Order, SignUp, as_order, chain_order, is_titled, number, own_line, parse_chain, order_reading, parse_order,
                            parse_signup, signup_chain_entry, signup_reading)
from bot.language.intents import Reading

ITEM = "鸡蛋30枚"

ORDER_REPLIES = [
    ("+1", Order(1)), ("+2", Order(2)), ("＋３", Order(3)), ("+ 2份", Order(2)), ("+2～", Order(2)),
    ("x2", Order(2)), ("X3", Order(3)), ("×2", Order(2)), ("鸡蛋x2", Order(2)), ("鸡蛋 *2", Order(2)),
    ("鸡蛋 2份", Order(2)), ("鸡蛋两份", Order(2)), ("我要3份", Order(3)), ("要一份", Order(1)), ("两份", Order(2)),
    ("２份", Order(2)), ("来两盒", Order(2)), ("我要鸡蛋 十二份", Order(12)), ("@王店长 我要2份", Order(2)),
    ("再来1份", Order(1, add=True)), ("再加两份", Order(1 * 2, add=True)), ("改成3份", Order(3)), ("改为1份", Order(1)),
    ("取消", Order(0)), ("我不要了", Order(0)), ("取消订单", Order(0)),
    # Chat, not orders:
    ("今天买了两份报纸", None), ("鸡蛋新鲜吗", None), ("+0", None), ("我要10000份", None), ("大米 2份", None),
    ("2", None), ("哈哈哈 x2", None), ("谢谢群主", None), ("", None),
]


@pytest.mark.parametrize("text, expected", ORDER_REPLIES)
def test_order_replies(text, expected):
    assert parse_order(text, ITEM) == expected


SIGNUPS = [
    ("报名", SignUp(1)), ("我报名", SignUp(1)), ("+1", SignUp(1)), ("我报名 2人", SignUp(2)), ("报名两位", SignUp(2)),
    ("报名３人", SignUp(3)), ("2大1小", SignUp(3)), ("报名 1大2小", SignUp(3)), ("取消报名", SignUp(0)),
    ("我不去了", SignUp(0)), ("我明天不去了", None), ("报名什么时候截止", None), ("我要报名", SignUp(1)),
]


@pytest.mark.parametrize("text, expected", SIGNUPS)
def test_signups(text, expected):
    assert parse_signup(text) == expected


def test_numbers():
    assert [number(t) for t in ("3", "两", "十", "十二", "二十", "二十五", "百", "")] == [3, 2, 10, 12, 20, 25, None, None]


# (chain as posted, poster's display name, others in the group, the poster's order or None)
CHAINS = [
    ("#接龙\n鸡蛋30枚 ¥25\n\n1. 小美 2份", "小美", {"波波"}, ChainLine(1, "小美", 2)),
    ("#接龙\n鸡蛋\n1. 小美 2份\n2. 波波 1份", "波波", {"小美"}, ChainLine(2, "波波", 1)),
    ("#接龙\n鸡蛋\n1. 小美 2份\n2. 波波", "波波", {"小美"}, ChainLine(2, "波波", 1)),  # no count: one
    ("#接龙\n1、小美 两份\n2、波波 3份", "波波", {"小美"}, ChainLine(2, "波波", 3)),  # 、 numbering
    ("#接龙\n１．小美 ２份\n２．波波 ４份", "波波", {"小美"}, ChainLine(2, "波波", 4)),  # full-width
    ("#接龙\n1 小美 2份\n2 波波 x3", "波波", {"小美"}, ChainLine(2, "波波", 3)),  # space numbering, x3
    ("#接龙\n1) 小美 2\n2) 波波 5", "波波", {"小美"}, ChainLine(2, "波波", 5)),  # bare count after a space
    ("接龙\n1.🌸小美🌸 2份\n2.波波 1份", "🌸小美🌸", {"波波"}, ChainLine(1, "🌸小美🌸", 2)),  # emoji name
    ("#接龙\n1. 小美 2份\n2. 波波 1份\n3. 🌷张阿姨 1份", "张阿姨🌷", {"小美", "波波"}, ChainLine(3, "🌷张阿姨", 1)),
    ("#接龙\n1. 小美 2份\n2. 波波 1份\n3. Lily 莉莉 2份", "Lily莉莉", {"小美", "波波"}, ChainLine(3, "Lily 莉莉", 2)),
    # Renumbered: someone deleted line 1 and the list shifted.
    ("#接龙\n1. 波波 1份\n2. 张阿姨 2份\n3. 小美 3份", "小美", {"波波", "张阿姨"}, ChainLine(3, "小美", 3)),
    # Numbering duplicated by hand.
    ("#接龙\n1. 小美 2份\n2. 波波 1份\n2. 张阿姨 1份", "张阿姨", {"小美", "波波"}, ChainLine(2, "张阿姨", 1)),
    # Edited own line in the middle: the chain's last line is someone else's.
    ("#接龙\n1. 小美 2份\n2. 波波 4份\n3. 张阿姨 1份", "波波", {"小美", "张阿姨"}, ChainLine(2, "波波", 4)),
    # Duplicate lines of the same member: the later one counts.
    ("#接龙\n1. 小美 2份\n2. 波波 1份\n3. 小美 3份", "小美", {"波波"}, ChainLine(3, "小美", 3)),
    # A re-post that adds nothing of the poster's: orders nothing.
    ("#接龙\n1. 小美 2份\n2. 波波 1份", "张阿姨", {"小美", "波波"}, None),
    # The last line is a nickname unlike the display name, naming nobody else: the appended line.
    ("#接龙\n1. 小美 2份\n2. 波波 1份\n3. 三楼王姐 2份", "王秀英", {"小美", "波波"}, ChainLine(3, "三楼王姐", 2)),
    # Two numbered lines without the word 接龙 are still a chain.
    ("1. 小美 1份\n2. 波波 2份", "波波", {"小美"}, ChainLine(2, "波波", 2)),
    ("#接龙 亲子烘焙\n1. 小美 2大1小\n2. 波波 1人", "小美", {"波波"}, ChainLine(1, "小美", 3)),
    ("#接龙 亲子烘焙\n1. 小美 2人\n2. 波波 2位", "波波", {"小美"}, ChainLine(2, "波波", 2)),
    ("#接龙\n例 姓名+份数\n1. 小美+2\n2. 波波+1", "小美", {"波波"}, ChainLine(1, "小美", 2)),
    ("#接龙\n1. 小美 鸡蛋2份\n2. 波波 鸡蛋 1份", "波波", {"小美"}, ChainLine(2, "波波 鸡蛋", 1)),
    ("#接龙\n1. 小美 两份～\n2. 波波 一份🙏", "波波", {"小美"}, ChainLine(2, "波波", 1)),
    ("#接龙\n1. 小美 十份", "小美", set(), ChainLine(1, "小美", 10)),
    ("#接龙\n1. 小美 2份\n\n2. 波 波 1份", "波波", {"小美"}, ChainLine(2, "波 波", 1)),  # spaces in a name
    ("#接龙\n1. 小美 2份\n2. ＢＯＢＯ 3份", "bobo", {"小美"}, ChainLine(2, "BOBO", 3)),  # width and case
    ("#接龙\n1. 小美 2份\n2. 小美妈妈 1份", "小美妈妈", {"小美"}, ChainLine(2, "小美妈妈", 1)),  # prefix names
    ("#接龙\n1. 小美妈妈 1份\n2. 小美 2份", "小美", {"小美妈妈"}, ChainLine(2, "小美", 2)),
    # The last line is someone else's in other words: nobody's order for this poster.
    ("#接龙\n1. 小美 2份\n2. 波波 1份", "王秀英", {"小美", "波波"}, None),
    ("#接龙\n1. 小美 2份\n2. 波波妈 1份", "王秀英", {"小美", "波波"}, None),  # looks like 波波's family
    ("#接龙\n1. 小美 2份\n2. 波波 3件", "波波", {"小美"}, ChainLine(2, "波波", 3)),
    ("#接龙\n1.小美2份\n2.波波1份", "小美", {"波波"}, ChainLine(1, "小美", 2)),  # no spaces at all
    # The poster's line names the item after the name, and is not the last one.
    ("#接龙\n1. 波波 鸡蛋 1份\n2. 张阿姨 2份", "波波", {"张阿姨"}, ChainLine(1, "波波 鸡蛋", 1)),
    ("#接龙\n1. 小美妈妈 3份\n2. 张阿姨 2份", "小美", {"小美妈妈", "张阿姨"}, None),  # someone else's line
    ("#接龙 周六烘焙\n1. 小美\n2. 波波\n3. 张阿姨", "张阿姨", {"小美", "波波"}, ChainLine(3, "张阿姨", 1)),
    # A remark, emoji or a typo after the count; several counts on one line.
    ("#接龙\n1. 小美 2份\n2. 波波 2份 自提", "波波", {"小美"}, ChainLine(2, "波波", 2)),
    ("#接龙\n1. 小美 2份\n2. 波波 3份（明天拿）", "波波", {"小美"}, ChainLine(2, "波波", 3)),
    ("#接龙\n1. 小美 2份\n2. 波波 2️⃣", "波波", {"小美"}, ChainLine(2, "波波", 2)),
    ("#接龙\n1. 小美 2份\n2. 波波 2分", "波波", {"小美"}, ChainLine(2, "波波", 2)),
    ("#接龙\n1. 小美 2份\n2. 波波 1+1", "波波", {"小美"}, ChainLine(2, "波波", 2)),
    ("#接龙\n1. 小美 2份\n2. 波波 红枣1 核桃2", "波波", {"小美"}, ChainLine(2, "波波", 3)),
    ("#接龙\n1. 小美 2份\n2. 6-2-302 刘 1份", "刘", {"小美"}, ChainLine(2, "6-2-302 刘", 1)),
    ("#接龙\n1.王姐2\n2.波波3", "波波", {"王姐"}, ChainLine(2, "波波", 3)),  # no space before a bare count
    ("#接龙\n1. 王姐 2\n2. 波波 叁份", "波波", {"王姐"}, ChainLine(2, "波波", 3)),
]


@pytest.mark.parametrize("chain, poster, others, expected", CHAINS)
def test_chains(chain, poster, others, expected):
    lines = parse_chain(chain)
    assert lines is not None
    assert own_line(lines, poster, others, appended=is_titled(chain)) == expected


def test_an_untitled_numbered_list_is_not_the_posters_line_unless_it_names_them():
    notes = "活动须知：\n1. 带围裙\n2. 准时到"
    assert not is_titled(notes) and own_line(parse_chain(notes), "王店长", {"小美"}, appended=False) is None
    assert own_line(parse_chain("1. 小美 1份\n2. 王店长 2份"), "王店长", {"小美"}, appended=False) == ChainLine(2, "王店长", 2)


@pytest.mark.parametrize("text", ["鸡蛋新鲜吗", "1. 先洗手", "明天见\n1点到", "", "#接龙"])
def test_not_chains(text):
    assert parse_chain(text) is None


def test_fixture_set_is_large_enough():
    assert len(CHAINS) + len(ORDER_REPLIES) >= 30 and len(CHAINS) >= 30


@pytest.mark.parametrize("text", [
    "每人最多订5盒", "每户限购两份哦", "一人只能拿三袋，大家理解一下", "两箱起送", "至少订两份才发货",
    "群主说了每家最多三份", "这次限量，每人限2盒", "这个草莓不超过4盒一个人",
])
def test_a_limit_is_no_order_nor_a_guess(text):
    """The rule of a group-buy (staff's post, or a member repeating it) names a count that nobody orders."""
    assert order_reading(text, "鸡蛋") is None and order_reading(text, None) is None


@pytest.mark.parametrize("text", ["每户最多报两个大人", "满8人成团", "一人只能带一个孩子哦", "每家限报3人"])
def test_a_limit_is_no_signup(text):
    assert signup_reading(text) is None


@pytest.mark.parametrize("text, expected", [
    ("我们一起要两份", Order(2)), ("给我留三盒", Order(3)), ("我跟我婆婆一人一份", Order(2)),
])
def test_orders_without_a_limit_still_read(text, expected):
    assert parse_order(text) == expected


@pytest.mark.parametrize("text", [
    "下周我们全家去三亚，五个人", "我们五个人去海边露营", "国庆我们一家都去，四个人，去云南", "周末我们仨去吃火锅",
    "我们家去四个人，去外婆家过节",
])
def test_a_party_going_elsewhere_is_no_signup(text):
    """Who goes and how many, but to another place or pastime: not the store's event, neither sure nor asked."""
    assert signup_reading(text) is None


@pytest.mark.parametrize("text, people", [
    ("我们家去三个", 3), ("一起去周日的讲座，3人", 3), ("我也要去，两个人", 2), ("我和婆婆一起去听", 2),
    ("两个人报名，到时候我先去接孩子再过来", 2),
])
def test_going_to_the_event_still_signs_up(text, people):
    assert parse_signup(text) == SignUp(people)


def test_the_open_events_own_name_is_no_elsewhere():
    from bot.language.signups import _goes_elsewhere
    assert not _goes_elsewhere("我们俩去采草莓", "周六采草莓亲子游") and _goes_elsewhere("我们俩去采草莓", "周日健康讲座")
    assert not _goes_elsewhere("我们俩去采草莓", "")  # no name known: the store's own kind of event (u9; the corpus labels it a sign-up)
    assert _goes_elsewhere("我们俩去钓鱼", "") and _goes_elsewhere("我们全家去三亚", "")


# A 接龙 shown rather than joined (a tally, the list talked about after its last line) is nobody's order; the poster's
# own line may edit itself (1份→2份, 2改3, （再加1）, 取消); a list of no counts under a head naming no goods is no order list.
CHAIN_ORDERS = [
    ("#接龙 汤圆\n1. 小美 2份\n2. 婷婷 3份", Order(3)),
    ("#接龙 汤圆\n1. 小美 2份\n2. 婷婷 3份\n谢谢🙏", Order(3)), ("#接龙 汤圆\n1. 小美 2份\n2. 婷婷 3份\n谢谢店长🙏", Order(3)),
    ("#接龙 汤圆 截止今晚8点\n1. 小美 2份\n2. 婷婷 1份", Order(1)),
    ("#接龙 汤圆\n1. 小美 2份\n2. 婷婷 1份→2份", Order(2)),
    ("#接龙 汤圆\n1. 小美 2份\n2. 婷婷 1改3", Order(3)),
    ("#接龙 汤圆\n1. 小美 2份\n2. 婷婷 2份（再加1）", Order(1, add=True)),
    ("#接龙 汤圆\n1. 小美 2份\n2. 婷婷 取消", Order(0)),
    ("#接龙 汤圆\n1. 小美\n2. 婷婷", Order(1)),
    ("接龙统计：\n1. 小美 2份\n2. 婷婷 3份\n共5份", None),
    ("目前接龙：\n1. 小美 2份\n2. 婷婷 3份", None),
    ("昨天的接龙\n1. 小美 2份\n2. 婷婷 3份", None),
    ("接龙截止啦！\n1. 小美 2份\n2. 婷婷 3份", None),
    ("#接龙 汤圆\n1. 小美 2份\n2. 婷婷 3份\n大家看看有没有漏的", None),
    ("#接龙 明天春游要带什么\n1. 水\n2. 零食", None),
    ("家长会接龙 能参加的接一下\n1. 浩浩妈妈\n2. 朵朵爸爸", None),
]


@pytest.mark.parametrize("chain, expected", CHAIN_ORDERS)
def test_chain_orders(chain, expected):
    reading = chain_order(chain, "", set())
    assert (as_order(reading) if reading else None) == expected


def test_talk_after_the_list_leaves_the_posters_named_line():
    chain = "#接龙 汤圆\n1. 小美 2份\n2. 婷婷 3份\n我的加上了 大家看看"
    assert chain_order(chain, "小美", {"婷婷"}) == chain_order("#接龙 汤圆\n1. 小美 2份", "小美", set())


SIGNUP_CHAINS = [
    ("#接龙 亲子手工\n1. 小美妈妈 2人\n2. 婷婷 3人", "婷婷", Reading("signup", 3)),
    ("1. 周周 2大1小\n2. 可可 1大1小\n3. 阿芳 一家三口", "", Reading("signup", 3)),  # untitled, every line a party
    ("手工报名\n1. 兰兰 2\n2. 婷婷 3\n3. 豆豆妈 3", "", Reading("signup", 3)),  # headed by a sign-up
    ("包汤圆活动\n1.豆豆妈+豆豆\n2.晨晨+晨晨爸\n3.乐乐和外婆", "", Reading("signup", 2)),  # the persons joined
    ("#接龙 讲座\n1. 张阿姨 1人\n2. 朵朵妈 取消", "朵朵妈", Reading("signup_cancel")),  # one's line dropped, not one person
    ("报名\n1.王姐\n2.王姐老公\n3.王姐儿子", "", Reading("signup", 3)),  # one household listed
    ("#接龙 明天春游要带什么\n1. 水\n2. 零食\n3. 纸巾", "", None),  # things to bring
    ("班级家长会接龙 能参加的接一下\n1.浩浩妈妈\n2.朵朵爸爸", "", None),  # a school's
    ("活动须知：\n1. 带围裙\n2. 准时到", "", None),  # notes
    ("接龙统计：\n1. 小美妈妈 2人\n2. 兰兰 1人\n共3人", "", None),  # a tally
]


@pytest.mark.parametrize("chain, poster, expected", SIGNUP_CHAINS)
def test_signup_chain_entries(chain, poster, expected):
    assert signup_chain_entry(chain, poster, {"小美妈妈", "婷婷", "朵朵妈"} - {poster}) == expected


@pytest.mark.parametrize("text", ["给我来三份快乐", "我要两份好心情", "给我来两份幸福"])
def test_a_count_of_what_no_store_sells_is_not_guessed(text):
    """The rules refuse the words after the count as a product; the learned score, which reads no product, must
    not act on the order's shape alone (with the open product or without)."""
    assert order_reading(text, None) is None and order_reading(text, "鸡蛋") is None


@pytest.mark.parametrize("text", ["两份老规矩", "给我来三份汤圆", "给我来两份 谢谢"])
def test_words_after_a_count_that_are_no_product_name_none(text):
    from bot.language.intents import names_no_product
    assert not names_no_product(text)


def test_another_product_named_where_the_reader_read_none_is_asked_never_stored():
    asked = order_reading("草莓给我留三盒", "鸡蛋")
    assert asked is not None and not asked.sure and asked.amount == 3
    assert order_reading("鸡蛋给我留三盒", "鸡蛋").sure and order_reading("给我留三盒", "鸡蛋").sure


@pytest.mark.parametrize("line, expected", [
    ("老何 俩 礼拜六来拿", ("老何", 2)),        # a bare 俩 with the pickup day after it
    ("阿珍 3份 周日下午拿", ("阿珍", 3)),       # a pickup day in the remark is no second count
    ("小吴 两份 星期五自提", ("小吴", 2)),
    ("阿强 仨 自提", ("阿强", 3)),
    ("王婶 周六 2份", ("王婶 周六", 2)),        # a weekday before the count is no count of its own
    ("刘哥 星期三 一份", ("刘哥 星期三", 1)),
    ("小美 红枣2 核桃1", ("小美", 3)),          # counts split between products still add up
    ("小美 2份 取消", None),                    # a cancel after the count still is no order of two
])
def test_a_pickup_day_beside_a_chain_lines_count_is_no_count(line, expected):
    lines = parse_chain("接龙\n1. 小周 1份\n2. " + line)
    got = next(((l.name, l.quantity) for l in lines if l.number == 2), None)
    if expected is None:
        assert got is None or got[1] != 2
    else:
        assert got == expected
