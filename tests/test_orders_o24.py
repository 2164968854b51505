"""O24: her order said inside a story no reader settles — her own act and count ("…给我来上两袋…"), or her coming to collect
it ("…我下班顺路来拿") — asked, never silent and never acted on by itself (docs/language.md, "O24").

The sentences are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading


def _read(text: str, item: str | None = None) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


def _silent(text: str) -> bool:
    reading = _read(text)
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
