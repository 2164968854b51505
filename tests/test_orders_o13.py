"""O13: orders read by where their words stand — a story's words beside the count, and a product's place holding
another act (docs/language.md, "O13"). The examples are the engineer's own, not corpus lines."""
from __future__ import annotations

import pytest

from bot.chain.text import order_reading
from bot.language import intents, order_guess, order_scope
from bot.language.intents import ORDER, Reading
from bot.language.order_quantity import form


def _read(text: str, item: str | None = None):
    reading = order_reading(text, item)
    return (reading.intent, reading.amount, reading.sure) if reading else None


# --- a story's words beside the count (order_scope) ------------------------------------------------------------------

def test_pieces_cut_at_clauses_spaces_and_spoken_restarts():
    words = form("昨天跟闺女说起你家年糕 她说好吃，给我来两袋")
    assert [words[a:b] for a, b in order_scope.pieces(words)] == ["昨天跟闺女说起你家年糕", "她说好吃", "给我来两袋"]
    words = form("刚看群里说草莓到了给我留两盒吧")
    assert [words[a:b] for a, b in order_scope.pieces(words)][-1] == "给我留两盒吧"


def _beside(text: str, best: int) -> set[int]:
    words = form(text)
    return order_scope.beside_only(words, order_guess._counted(words), best, order_guess._blocks)


def test_the_past_told_in_another_piece_leaves_the_ordering_piece_its_count():
    assert _beside("上周买的橘子孩子全吃了，这回给我来两箱", 2) == {2}
    assert _beside("刚从外地出差回来，快递还没拆，给我留一袋米", 1) == {1}


def test_the_past_beside_the_count_itself_still_blocks():
    assert _beside("上周买了两箱橘子", 2) == set()
    assert _beside("上周买的 两箱 都吃完了", 2) == set()  # the count's piece orders nothing: no verb of ordering


def test_someone_elses_words_are_set_aside_only_for_her_own_voice():
    assert _beside("她说想吃 给我来三袋", 3) == {3}
    assert _beside("她说想吃 来三袋", 3) == set()  # whose order is "来三袋"? the scores never weigh it


def test_what_blocks_the_whole_message_still_blocks_wherever_it_stands():
    assert _beside("昨天说好了 每人最多两份 给我来两份", 2) == set()  # a limit
    assert _beside("上次的太好吃了哈哈哈 给我来两份", 2) == set()  # a laugh
    assert _beside("昨天问了 还没想好 给我来两份", 2) == set()  # doubt


def test_an_order_beside_a_story_is_read_through_the_scores():
    assert _read("我昨天跟我闺女说起你家的年糕，她说好吃，给我来两袋") == (ORDER, 2, True)


def test_a_story_with_a_count_of_its_own_stays_chat():
    assert _read("昨天买了两箱 太甜了") is None
    assert _read("上次买的两盒都吃完了") is None


# --- the product's place holding another act (order_guess.doubted) ---------------------------------------------------

@pytest.mark.parametrize("item, otherwise", [
    ("我抽到橙子", True), ("苹果保平安", True), ("羊肉", False), ("给我羊肉", False), ("那个汤圆", False), ("", False),
])
def test_product_words_that_name_no_goods_and_do_not_order(item, otherwise):
    assert order_guess.named_otherwise(Reading(ORDER, 1, item=item)) is otherwise


def test_a_prize_won_is_no_order():
    assert _read("公司年会抽奖我抽到一箱橙子") is None


def test_an_order_whose_product_words_are_goods_is_kept():
    assert _read("橙子给我来一箱") == (ORDER, 1, True)
    assert _read("我要两斤排骨，谢谢") == (ORDER, 2, True)


class _Sure:
    """An intent score that rules out every order intent."""

    def scores(self, text, among):
        return {intent: 0.001 for intent in among}


def test_doubted_asks_the_score_only_of_product_words_that_do_other_things():
    reading = Reading(ORDER, 1, item="我抽到橙子")
    assert order_guess.doubted("我抽到一箱橙子", reading, _Sure()) is None
    plain = Reading(ORDER, 1, item="橙子")
    assert order_guess.doubted("橙子一箱", plain, _Sure()) is plain
    assert order_guess.doubted("我抽到一箱橙子", reading, None) is reading  # no model: the rules alone
    assert order_guess.doubted("我抽到一箱橙子", Reading(intents.CANCEL), _Sure()) == Reading(intents.CANCEL)


# --- classifiers the shared units lack (order_words._CLASSIFIERS) ----------------------------------------------------

@pytest.mark.parametrize("text, amount", [
    ("我要三筒薯片", 3), ("薯片一筒加可乐一瓶", 2), ("羽毛球两筒，算了一筒就够", 1), ("灌汤包来两笼", 2), ("给我留一笼小笼包", 1),
])
def test_a_count_in_a_classifier_the_list_lacks(text, amount):
    reading = order_reading(text, None)
    assert reading is not None and reading.sure and reading.amount == amount


def test_the_classifier_is_read_only_after_a_count():
    from bot.language.order_words import as_typed

    assert as_typed("笔筒坏了") == "笔筒坏了"
    assert as_typed("鸟笼挺好看") == "鸟笼挺好看"
    assert as_typed("薯片两筒") == "薯片两桶"
