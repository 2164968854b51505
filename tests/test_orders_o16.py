"""O16: whom an order is for where the goods' name would stand, an order after the member's remark on the opening, and an
order whose count is left open ("两三份") asked "how many?" once, the answer stored (docs/language.md, "O16").

The sentences are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.chain.text import as_order, count_open, order_reading
from bot.language import order_items
from bot.language.numbers import RANGE
from tests.conftest import to
from tests.test_intents_replay import GROUP, OPEN, _orders

ITEM = "汤圆"


def _read(text: str, item: str | None = ITEM) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


# --- (a) whom the order is for, where the goods' name would stand --------------------------------------------------


@pytest.mark.parametrize("text, amount", [
    ("给我们主任带两份", 2),
    ("帮对门刘姐拿一份", 1),
    ("我们科室四份", 4),
    ("宿舍这边三份", 3),
    ("给楼上赵叔留一份", 1),
    ("物业李师傅一份", 1),
])
def test_whom_in_the_products_place_is_no_product(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text, amount", [
    ("阿婆一份 阿爷一份", 2),        # a dialect's 阿 before kin: two people's shares
    ("我们领导一份，我一份", 2),      # a role at work beside her own
    ("我两份 门卫大爷一份", 3),
])
def test_shares_of_people_by_role_or_dialect_kin_are_summed(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("words", ["给经理带", "我们办公室", "隔壁孙姨", "帮前台拿", "阿嬷"])
def test_only_whom(words):
    assert order_items.only_whom(words)


@pytest.mark.parametrize("words", ["芝麻馅", "黑芝麻汤圆", "给我", "我", "老板", "牛肉丸", "奶黄包"])
def test_goods_and_the_member_herself_are_not_only_whom(words):
    assert not order_items.only_whom(words)


def test_other_goods_are_still_held_against_the_open_product():
    assert _read("给经理带两份月饼") is None  # 月饼 while 汤圆 is open: still not this group-buy's order


# --- (b) her remark on the opening, then her order ----------------------------------------------------------------------


@pytest.mark.parametrize("text, amount", [
    ("开团啦？那给我来三份", 3),
    ("总算开团了 我要一份", 1),
    ("哇 又开团了 我订两份", 2),
])
def test_an_order_after_her_remark_on_the_opening(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", [
    "汤圆开团啦，要的接龙",          # the post itself, calling for orders
    "今天开团 需要的扣1",
    "开团了吗？",                    # a question, no order
    "开团了 大家快来抢",
])
def test_the_post_and_talk_about_the_opening_order_nothing(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, amount", [
    ("哈哈终于开团啦，我要两份", 2),      # laughter in the remark: a remark still (it read the remark-after-a-count's words)
    ("哈哈哈开团了 给我来一份", 1),
    ("嘿嘿嘿开团咯 我订三份", 3),
    ("不过终于开团了，我要两袋", 2),
    ("第二次开团了，我要两份", 2),        # a number that counts no goods is no word of the post
    ("三号开团啦 我要一份", 1),
])
def test_the_remark_on_the_opening_is_told_from_the_post_by_the_post_s_own_words(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", [
    "汤圆30袋开团啦，我要一份",      # a count of goods: the post's words
    "开团啦25一盒，我要两盒",         # a price
    "哈哈开团啦 要的接龙",            # a call
    "开团了 库存50 我要两份",         # its stock
])
def test_a_clause_with_the_post_s_own_words_is_the_post(text):
    assert _read(text) is None


# The opening still ahead in the remark (h23 review): a time to come, only then (才), waiting for it, not yet, asked when,
# about to. Her order is early or a promise: asked or left, never acted on as an order now.
@pytest.mark.parametrize("text", [
    "后天才开团呀，给我来三袋",
    "什么时候开团哦 我要一份",
    "还没开团吗 我先订两袋",
    "等开团哦 我来三份",
    "几号开团呀 给我留两份",
    "后天开团哈 给我来两盒",
])
def test_a_remark_on_an_opening_still_ahead_leaves_no_order_now(text):
    reading = _read(text)
    assert reading is None or reading[2] is False


@pytest.mark.parametrize("text, amount", [
    ("等了一上午终于开团啦 我要两袋", 2),   # the waiting is over: 等了
    ("总算等到开团了，给我来一份", 1),
    ("今天开团咯 我订三盒", 3),
])
def test_the_waiting_over_is_a_remark_on_the_post(text, amount):
    assert _read(text) == ("order", amount, True)


# --- (c) a count left open: asked "how many?" --------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["那我要个三四份", "给我留两三袋吧", "来五六个", "十来份吧", "帮我留3-4盒", "我订两到三份"])
def test_a_range_is_an_order_whose_count_is_asked(text):
    reading = order_reading(text, ITEM)
    assert reading is not None and count_open(reading) and not reading.sure
    assert not as_order(reading).counted


@pytest.mark.parametrize("text, amount", [("三四盒吧，还是三盒", 3), ("一两份……就一份吧", 1)])
def test_a_range_settled_in_the_same_breath_is_the_order(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", [
    "三四份吧 还没想好",           # not decided: nothing asked
    "一天吃两三个就够了",          # advice
    "孩子两三岁",                  # an age
    "我们两三家一起拼",            # households, no count of goods
    "三两肉就够",                  # a weight
    "3-2-301 张姐",                # an address
])
def test_a_range_that_is_no_order_is_not_asked(text):
    reading = order_reading(text, ITEM)
    assert reading is None or not count_open(reading)


def test_range_words():
    assert [m.group(0) for m in RANGE.finditer("要个两三份 再来十几斤")] == ["两三", "十几"]
    assert not RANGE.search("三两肉") and not RANGE.search("住3-2-301") and not RANGE.search("两三天")


# --- through the pipeline: asked once, the answer stored --------------------------------------------------------------


async def test_a_count_left_open_is_asked_once_and_the_answer_is_stored(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    [question] = to("amy", await harness.say("g1", "amy", "给我留两三盒吧"))
    assert "几份" in question["text"] and "鸡蛋30枚" in question["text"]
    assert to("amy", await harness.say("g1", "amy", "三四盒也行")) == []  # asked once, not twice
    assert await _orders(harness) == {}
    await harness.say("g1", "amy", "3盒吧")
    await harness.drain()
    assert await _orders(harness) == {"amy": 3}
    assert to("amy", await harness.say("g1", "amy", "是")) == []  # answered: nothing open any more


async def test_a_bare_number_answers_how_many(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "bo", "要个十来个")
    await harness.say("g1", "bo", "2")
    await harness.drain()
    assert await _orders(harness) == {"bo": 2}


async def test_how_many_declined_stores_nothing(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我要两三盒")
    [answer] = to("amy", await harness.say("g1", "amy", "不用了"))
    assert "不记" in answer["text"]
    await harness.drain()
    assert await _orders(harness) == {}


async def test_whom_in_the_products_place_and_an_order_after_a_remark_are_stored(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "给我们主任带两盒")
    await harness.say("g1", "bo", "开团啦？那我要三盒")
    await harness.drain()
    assert await _orders(harness) == {"amy": 2, "bo": 3}


# --- a plus seconding a remark, beside goods ranked ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["+1 这家汤圆天下第一", "对对 +1", "+1，黑芝麻馅yyds", "+1 宁波汤圆第一"])
def test_a_plus_beside_goods_ranked_is_a_vote(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, amount", [("两份 yyds", 2), ("对对 给我来两份", 2), ("第一 我要两份", 2)])
def test_a_count_in_words_beside_praise_still_orders(text, amount):
    reading = _read(text)
    assert (reading is None) if amount is None else reading == ("order", amount, True)


# --- words as the southwest and Anhui type them; whom before the goods ------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("改一哈，我屋头一共要四份", ("order", 4, True)),   # 一哈 is 一下: no step of one
    ("把三袋我，谢谢", ("order", 3, True)),              # 把 for 给, the count before whom
    ("我们宿舍汤圆四袋", ("order", 4, True)),           # whom, then the goods
])
def test_typed_as_regions_say_it(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, amount", [
    ("哎呀汤圆开团啦 那我要两袋", 2),      # an interjection and the goods before the remark
    ("我二姐家里三份", 3),                 # kin, then her household
    ("财务这边两份", 2),                   # a team by where it sits
])
def test_more_remarks_and_whom(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", ["阮那份毋要了", "我那份不使留了", "我那份拉倒吧", "汤圆唔使留俾我啦"])
def test_dialect_cancels(text):
    assert _read(text) == ("order_cancel", 0, True)


def test_dozens_are_no_count_of_ten():
    assert _read("过年我们家要蒸馒头，一次蒸几十个", None) is None  # 几十 is dozens, no order of ten


def test_the_rest_dropped_after_another_is_the_new_total():
    assert _read("只留两份，另外的不要了") == ("order_change", 2, True)


def test_an_order_added_to_by_its_count():
    assert _read("加单 +2") == ("order_change", 2, True)


@pytest.mark.parametrize("text, folded", [
    ("鸡蛋阮不要了", "我不要"),      # Hokkien 阮 (I) after the goods
    ("小阮不要了 让给别人", "小阮"),   # a name, never the pronoun
    ("老阮要两份", "老阮"),
    ("毋用留给我了", "不要了"),       # 毋用: no need
])
def test_hokkien_i_and_no_need_fold_once(text, folded):
    from bot.language.order_changes import said_plainly

    assert folded in said_plainly(text)


@pytest.mark.parametrize("answer, count", [("两份", 2), ("3盒吧", 3), ("2", 2), ("100份", None), ("520", None), ("好的", None)])
def test_an_answer_to_how_many_takes_an_ordinary_count_only(answer, count):
    """A count the readers would confirm first (50 and more) is no answer to "how many?"."""
    from bot.handlers.groupbuy import _count_answered

    assert _count_answered(answer) == count


# Review of l24: the waiting told, then over (等半天终于, 等好几天了总算), or 才 of only now (怎么今天才, 现在才, 刚才): a remark on
# an opened sale, her order after it; waiting that governs 开团 itself (坐等店长开团) or 才 after a time to come today still
# leaves the opening ahead.
@pytest.mark.parametrize("text, amount", [
    ("等半个月终于开团了，我要三袋", 3),
    ("等好几天了总算开团 给我来两份", 2),
    ("等你们老半天终于开团啦 我要一份", 1),
    ("怎么今天才开团 我要两袋", 2),
    ("刚才看到开团了 给我来三份", 3),
    ("现在才开团呀 我要两份", 2),
    ("终于等到你们开团了 我要两份", 2),
])
def test_the_waiting_told_then_over_or_only_now_is_a_remark_on_the_opened_sale(text, amount):
    assert _read(text) == ("order", amount, True)


@pytest.mark.parametrize("text", [
    "晚上才开团哦 我要两份",
    "8点才开团吧 给我来一份",
    "坐等店长开团 我要三份",
    "等你们开团哈 到时我要两袋",
    "等开团了 我要两份",
])
def test_waiting_that_governs_the_opening_or_a_later_hour_leaves_it_ahead(text):
    reading = _read(text)
    assert reading is None or reading[2] is False
