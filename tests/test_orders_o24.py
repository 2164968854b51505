"""O24: her order said inside a story no reader settles — her own act and count ("…给我来上两袋…"), or her coming to collect
it ("…我下班顺路来拿") — asked, never silent and never acted on by itself (docs/language.md, "O24").

The sentences are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from tests.test_orders_o23 import _read


def _silent(text: str, item: str | None = None) -> bool:
    reading = _read(text, item)
    return reading is None or reading[0] not in ("order", "order_change")


# --- her own act and count inside a story: asked ------------------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("今天去医院拿了三盒药排了一上午队回来刷到群里的腊肠看着不错给我来上两斤过年蒸着吃", 2),
    ("我们单位今天发了两箱橙子吃不完想着换换口味你们这个柚子给我来两个", 2),  # a count in the story too
    ("我家老头子上个礼拜住院刚出来医生让吃清淡点我寻思着小米熬粥好我要四袋慢慢吃", 4),
    ("刚送完孙子去学校在路上碰见老刘他说你家的冻梨甜得很给我整两袋尝尝", 2),
    ("那个啥我跟你说啊我闺女说要吃酸菜那就给我来一棵吧别的不要了", 1),
    ("下班路上堵了一个钟头才到家看到群里的汤圆给我留一袋芝麻的两袋花生的", 3),  # more goods listed after hers
])
def test_her_act_in_a_story_is_asked(text, amount):
    assert _read(text) == ("order", amount, False)


# --- her coming to collect it, beside her counts: asked -----------------------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("喂小陈我说你记一下腊肉两斤香肠一斤我后天下班顺路来拿", 3),
    ("这两天嗓子发炎在家躺着不想动弹酸菜两棵让我儿子放学去取", 2),
    ("快递进不来我们村，那我自提吧，年糕三袋", 3),
])
def test_her_coming_to_collect_it_is_asked(text, amount):
    assert _read(text) == ("order", amount, False)


# --- chat that holds the same words: silent as before -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "要是年糕再便宜点我就要三袋了",  # a supposition
    "下回有冬枣的话我要五斤",  # another time
    "给我来两斤好运气谢谢老板",  # a joke: no goods
    "孙子说我要三个 我说吃一个就够了",  # words reported
    "妈，给我留两袋年糕，我周末回家吃",  # family asked for an errand
    "她要三袋，我要一袋，你呢",  # members comparing counts
    "我要两个钟头才能到店里",  # time, not goods
    "刚去拿了两袋年糕，真沉",  # collected already
    "@小周 您的三袋年糕到了，下午来拿",  # the staff to a member
    "家里多了两袋米，谁要来拿",  # an offer
    "我那两袋年糕明天去拿",  # an order she has, pointed at
])
def test_chat_stays_silent(text):
    assert _silent(text)


def test_never_acted_on_by_itself():
    reading = order_reading("今天去医院拿了三盒药排了一上午队回来刷到群里的腊肠看着不错给我来上两斤过年蒸着吃", None)
    assert reading is not None and not reading.sure


# --- shares, and the total they make said beside them -------------------------------------------------------------------

@pytest.mark.parametrize("text, amount, sure", [
    ("俺两袋，俺大闺女一袋，三袋", 3, True),
    ("一共5盒：我3盒，对门2盒", 5, True),
    ("我家一份 隔壁老周家两份 三份", 3, True),
])
def test_shares_and_their_total(text, amount, sure):
    assert _read(text) == ("order", amount, sure)


@pytest.mark.parametrize("text", [
    "俺两袋，俺大闺女一袋，四袋",  # the sum is not the total: which is meant is not this reader's to say
    "汇总：老周两份 小吴一份 共三份",  # the staff's tally
    "老周两份 小吴一份 共三份",  # all others': a tally or a count passed on, never acted on here
])
def test_shares_that_do_not_settle_an_order(text):
    reading = _read(text)
    assert reading is None or not reading[2]


# --- review mends: read as the live handler reads, with the open product --------------------------------------------------

@pytest.mark.parametrize("text, item, amount", [
    ("今天去医院拿了三盒药排了一上午队回来刷到群里的腊肠看着不错给我来上两斤过年蒸着吃", "腊肠", 2),  # not 刷, a story word
    ("刚送完孙子去学校在路上碰见老刘他说你家的冻梨甜得很给我整两袋尝尝", "冻梨", 2),  # the goods list knows 梨 only
    ("那个啥我跟你说啊我闺女说要吃酸菜那就给我来一棵吧别的不要了", "酸菜", 1),
    ("我家老头子上个礼拜住院刚出来医生让吃清淡点我寻思着小米熬粥好我要四袋慢慢吃", "小米", 4),  # 小米, not 粥 after it
    ("昨儿个去闺女家吃了顿饺子回来看见群里有冬笋我寻思炒肉好吃给我留三斤", "冬笋", 3),
    ("前两天孩子发烧折腾了好几宿今天总算好了看到你们的猪肉馅挺新鲜的给我来两斤包馄饨", "猪肉馅", 2),
    ("这两天嗓子发炎在家躺着不想动弹酸菜两棵让我儿子放学去取", "酸菜", 2),
])
def test_her_story_order_with_the_product_open(text, item, amount):
    assert _read(text, item) == ("order", amount, False)


@pytest.mark.parametrize("text, item", [
    ("刚送完孙子去学校在路上碰见老刘他说你家的冻梨甜得很给我整两袋苹果", "冻梨"),  # other goods right after her count
    ("下班路上买了两斤橘子顺便看见群里的汤圆给我来两斤香蕉", "汤圆"),
])
def test_her_story_order_of_other_goods_is_not_the_open_ones(text, item):
    assert _silent(text, item)


@pytest.mark.parametrize("text, item, amount", [
    ("面粉两袋挂面三包我明天一早过来拿", "面粉", 2),
    ("面粉两袋挂面三包我明天一早过来拿", "挂面", 3),
    ("一袋大米两板鸡蛋我晚上让我老伴去取", "鸡蛋", 2),
    ("一袋大米两板鸡蛋我晚上让我老伴去取", None, 3),  # no product known: all her counts
])
def test_only_the_open_products_counts_are_summed(text, item, amount):
    assert _read(text, item) == ("order", amount, False)


@pytest.mark.parametrize("text, item", [
    ("我一碗，我闺女两碗，三碗", "汤圆"),  # bowls: what people eat, maybe a family's talk
    ("我一个 我妹两个 三个", "苹果"),  # a bare 个
    ("我两杯 老李一杯 三杯", "豆浆"),  # cups
])
def test_shares_in_a_unit_goods_are_not_sold_in_are_asked(text, item):
    reading = _read(text, item)
    assert reading is None or not reading[2]


@pytest.mark.parametrize("text", [
    "我要三个大房间",  # no goods of the store after her count
    "帮我留两个车位 下周的会",
    "我给我来上三斤的事全忘了",  # her act tells of a thing
    "上礼拜买了两斤猪肉给我来上一斤的那个小伙子又来了",  # …of a person
    "前天是我去取的三袋，这回不去了",  # collected, told
    "下午我去拿一下前天的三袋面",  # goods she has, pointed at
    "我那个包裹两箱什么时候能过来拿",  # asking when
])
def test_chat_about_her_act_stays_silent(text):
    assert _silent(text)
    assert _silent(text, "猪肉")


# --- D25 review: the story reader's own words, not a wider shared table ------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我妈最近胃口不好 这个米糊好消化 给我来上两袋 明年接着团", 2),  # 明年, 将来, 下一次, 下辈子 praise what she orders now
    ("腰不好不能久站 这个凳子稳当 给俺来两个 下辈子都坐它", 2),
    ("老伴爱喝这口 黄酒不上头 给我来上三瓶 下一次还找你", 3),
])
def test_her_story_order_before_a_later_time_of_praise_is_asked(text, amount):
    from bot.language.order_story import asked_in_story
    reading = asked_in_story(text)
    assert reading is not None and (reading.intent, reading.amount, reading.sure) == ("order", amount, False)


@pytest.mark.parametrize("text, amount", [("帮我订四盒，我三盒我姐一盒，总计四盒", 4)])
def test_shares_summed_with_a_total_word_no_reader_knows_stay_asked(text, amount):
    assert _read(text) == ("order", amount, False)  # 总计 is no member's total word in ``intents`` (D25 review)
