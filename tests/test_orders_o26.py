"""O26: orders as fresh writers build them, precision first — the total said with her own share in it (连我的, 加上我就),
the count said last once more as the total or in another unit (就是, 一起), a share sent or given after the order by any
verb of handing over (送, 寄), a wish refused or given up. The sentences are the engineer's own (none is a corpus line)."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading

ORDER, CHANGE = "order", "order_change"


def _read(text: str, item: str | None = None) -> tuple[str, int, bool] | None:
    reading = order_reading(text, item)
    return None if reading is None else (reading.intent, reading.amount, reading.sure)


@pytest.mark.parametrize("text, amount", [
    ("帮我婆婆也带一份 连我的三份", 3),  # was 4: the shares summed with the total
    ("给我姑也订一盒，连俺的两盒", 2),
    ("我表姐也要一袋，加上我就两袋，她没空接龙", 2),
    ("帮隔壁奶奶带一瓶，加上我自己的，两瓶", 2),
    ("帮我弟也订一箱，加上俺的就是三箱", 3),
])
def test_the_total_with_her_share_in_it_is_the_order(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text", [
    "加上我一共三个人，周六去采摘",  # a head count: a sign-up's
    "帮我妈订的那份也取消，连我的一起",  # a cancel
    "我妈要一份吗？连我的两份",  # asked
])
def test_look_alikes_of_the_total_with_hers_are_not_that_order(text):
    reading = _read(text)
    assert reading is None or reading[0] != ORDER or not reading[2]


def test_her_own_share_added_without_a_word_of_the_total_is_not_read_as_the_total():
    # "加上我自己两袋" is her share: the reader leaves it to the others, never a sure 2
    assert _read("老李那份我帮他订，一袋，加上我自己两袋") != (ORDER, 2, True)


@pytest.mark.parametrize("text, amount", [
    ("糯米粉要四斤，就是两袋", 2),  # a conversion: was a sure change of 2
    ("年糕五斤 就是五份", 5),
    ("腊肠两斤，腊肉一斤，一起三份", 3),  # was 6: the list summed, then its total added
    ("我三袋，我姑三袋，一起算六袋", 6),
    ("粉丝一包香菇两袋木耳一袋一共四份", 4),
    ("红枣要两斤，一斤一份的话就是两份", 2),  # a count worked out, not what one unit holds (O26 review)
])
def test_the_count_said_last_once_more_is_the_order(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text, never", [
    ("一斤一份的话三份就是三斤，也就九十块", 3),  # a price worked out: no sure order
    ("每人一份 八个人就是八份 我先算算", 8),  # a sum done aloud
    ("我要两袋米就是十斤装的那种", 10),  # a pack's size: never an order of ten
])
def test_a_count_said_last_in_a_sum_or_a_pack_size_is_not_the_order(text, never):
    reading = _read(text)
    assert reading is None or not reading[2] or reading[1] != never


def test_a_change_said_with_its_new_total_stays_a_change():
    assert _read("刚刚那单再添三袋，一共七袋")[0] == CHANGE  # the engineer's own (review: a corpus line stood here)


@pytest.mark.parametrize("text, amount", [
    ("我要三盒，一盒送我姨", 3),  # was 4: the share sent counted on top
    ("香肠两斤，一斤寄给我弟", 2),
    ("柿饼要两袋，一袋自家吃一袋送邻居", 2),
])
def test_a_share_sent_or_given_after_the_order_is_part_of_it(text, amount):
    assert _read(text) == (ORDER, amount, True)


def test_goods_already_sent_are_no_share_of_this_order():
    assert _read("我要两盒，一盒送了人了上回") != (ORDER, 3, True)  # 送了: done, never summed as a third


@pytest.mark.parametrize("text", [
    "想订三盒饺子，老公不让，说冰箱放不下",
    "想帮我爸订两瓶酒，他讲不要浪费，算了",
])
def test_a_wish_refused_or_given_up_is_no_order(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, amount", [
    ("想订三盒饺子，老公也同意了", 3),  # not refused
    ("想要两份，不让放葱哈", 2),  # 不让 before what is left out of it, not a refusal of the order
])
def test_a_wish_not_refused_still_orders(text, amount):
    reading = _read(text)
    assert reading is not None and reading[:2] == (ORDER, amount)


# --- Review mends (O26 review): each case failed on the merged o26 and passes after the mend. ---------------------------

@pytest.mark.parametrize("text, never", [
    ("一袋就是二十包", 20),  # what one unit holds, told: no order
    ("一桶就是四瓶", 4),
    ("一个人就是一份哈", 1),  # a rule per head
    ("上礼拜买的橙子三十个，就是一箱", 1),  # the past
    ("前天买的橙子三十个，就是一箱", 1),
    ("小赵要四十个鸡蛋，就是两盒", 2),  # someone else's order
    ("老周要三斤糯米，就是三袋", 3),
    ("五包就是一箱，挺划算", 1),  # packs counted, no word of ordering: no order of her own
    ("我要两箱，一箱就是十二瓶", 12),  # her order, then what one box holds
])
def test_a_units_contents_the_past_or_anothers_order_is_no_total_said_last(text, never):
    reading = _read(text)
    assert reading is None or not reading[2] or reading[:2] != (ORDER, never)


@pytest.mark.parametrize("text, amount", [
    ("我想要三份凉皮，辣条就算了", 3),  # one item dropped, the rest ordered
    ("我想要一份，香菜就算了", 1),
    ("想要两份，老婆不同意，我还是要", 2),  # a later 还是要 wins
    ("想要两份，不让放葱哈", 2),
])
def test_a_wish_with_an_item_dropped_or_insisted_on_still_orders(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text", [
    "想订两箱橙子，老妈不允许",  # a refusal of the shared table
    "想订三盒饺子，老公不同意",
])
def test_a_wish_refused_by_any_word_of_the_refusals_table_is_no_order(text):
    assert _read(text) is None


@pytest.mark.parametrize("text, amount", [
    ("要四瓶酱油，一瓶拿给我舅舅", 4),  # a share handed over is in the order, not added by the list sum
    ("我要五包瓜子，一包寄给我表哥", 5),
    ("要三袋挂面，一袋留给我干妈", 3),
])
def test_a_share_handed_over_is_never_added_by_the_list_sum(text, amount):
    assert _read(text) == (ORDER, amount, True)


@pytest.mark.parametrize("text, amount", [
    ("帮我舅舅带一份，包括我自家的两份", 2),  # 自家: her own home
    ("给我表姐也订一盒，连俺嘞两盒", 2),  # 嘞 for 的
    ("帮阿姨也订一份，连阿拉的两份", 2),  # 阿拉: Shanghainese "we"
])
def test_the_total_with_hers_in_regional_words(text, amount):
    assert _read(text) == (ORDER, amount, True)
