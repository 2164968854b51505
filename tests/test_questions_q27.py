"""q27: questions fresh writers ask, by how the message is built — when named goods arrive ("…周五能到吗"), how or where
goods were made, grown or kept (the catalogue's, whatever the goods are called), and a question with a question mark and
her circumstances after it (the question's own mark is no reaction; a full stop at the end ends her remark).

The examples are the engineer's own, written from how members talk in store groups; none is a corpus line. The guards
are marked."""
from __future__ import annotations

import pytest

from bot.questions.asking import _arrival_asked, _made_asked, _without_remark, read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)


def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


@pytest.mark.parametrize("text", [
    "腊鸭今天到吗？", "年糕哪天能到？", "糍粑格是后天到？", "蜜枣周五之前能到不", "粉条什么时候到货啊？",  # (review of q27: the clause asks)
])
def test_when_named_goods_arrive_is_the_catalogue_s(faq, text):
    assert _arrival_asked(text)
    assert _reading(faq, text) == (True, "catalogue")


@pytest.mark.parametrize("text", [
    "你老公明天到吗",  # guard: a person arrives
    "快递今天到了没",  # guard: a parcel, from whoever sent it
    "大巴几点到啊",  # guard: an hour is when people and buses come
    "讲座明天到吗",  # guard: an event
])
def test_what_is_no_goods_arriving_is_not_read_so(text):
    assert not _arrival_asked(text)


@pytest.mark.parametrize("text", [
    "豆腐是现做的吗？", "腊肠是今年新灌的还是去年的？", "这个蜂蜜是今年新摇的吗", "羊肉是本地的还是外地的？",
    "木耳是哪里产的呀", "米线给是现做的？"  # (review of q27: 新鲜, 野生 dropped: under three files), "糯米粉是纯的吗",
])
def test_how_or_where_goods_were_made_is_the_catalogue_s(faq, text):
    assert _made_asked(text)
    assert _reading(faq, text) == (True, "catalogue")


@pytest.mark.parametrize("text", [
    "你这饺子是自己包的吗",  # guard: a member's own cooking
    "这照片是今天拍的吗",  # guard: no goods
    "他是本地的吗",  # guard: a person
    "这个是真的吗",  # guard: a rumour checked
    "这个是新出的活动吗",  # guard: an event
])
def test_what_no_goods_made_is_not_read_so(text):
    assert not _made_asked(text)


@pytest.mark.parametrize("text, topic", [
    ("门口能停车吗？我女婿周末开车送我来，上回转了好几圈都没找到地方。", "parking"),
    ("周日几点开门？我要赶早市，回来还得做饭", "hours"),
])
def test_a_question_marked_then_her_circumstances_is_answered(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


def test_the_remark_after_a_marked_question_is_left_out_and_a_reaction_still_keeps_it():
    assert _without_remark("能送货上门吗？我腿脚不便，家在五楼，没电梯。") == "能送货上门吗？"
    text = "还有团购名额吗？哈哈，我就随口问问，算了"  # guard: a reaction after the question mark
    assert _without_remark(text) == text
