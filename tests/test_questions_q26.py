"""Q26: questions fresh writers ask, by mechanism — the question put first and her circumstances told after it over
several clauses (her legs, the stairs, whom it is for: matched without them), the goods' taste asked A-not-A (the
catalogue's), Yunnan's asking 给 (read as its 格) and the south-west's 在哪点.

The examples are the engineer's own, written from how members talk in store groups; none is a corpus line. The guards
are marked."""
from __future__ import annotations

import pytest

from bot.questions.asking import read
from bot.questions.faq import Faq
from bot.questions.spoken import mandarin
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)


def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


@pytest.mark.parametrize("text, topic", [
    ("能送到楼上不，我膝盖不行，住七楼，楼道里没灯", "delivery"),
    ("门口能停车吗，我儿子开车送我来，上回没找到地方", "parking"),
    ("酸菜咸不咸，我家老人口轻", "catalogue"),
    ("周六几点开门啊 我要赶早班车 回来还得接孙子", "hours"),
])
def test_her_circumstances_after_the_question_leave_it_asked_and_answered(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", [
    "有人一起去看花灯吗 搭个伴，我一个人怕黑",  # guard: the members asked, her reason after
    "我还能赶上吗 哈哈 算了下次吧",  # guard: a reaction after it
    "咋办啊，家里水管又冻上了，物业也不来",  # guard: a question too short to stand alone is what follows it
])
def test_chat_with_a_story_after_it_stays_chat(faq, text):
    assert _reading(faq, text) == (False, None)


@pytest.mark.parametrize("text, topic", [
    ("糖饼给有芝麻的", "catalogue"),
    ("酸奶给是明天到？", "catalogue"),  # (q27: goods arriving are the rules' reading, out of the veto's reach)
    ("你们店子在哪点", "address"),
])
def test_yunnan_s_gei_and_the_south_west_s_where(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", [
    "谢谢小王给送到楼下",  # guard: 给 gives
    "我给有需要的邻居留了两个",  # guard
])
def test_gei_that_gives_asks_nothing(faq, text):
    assert _reading(faq, text) == (False, None)


def test_an_event_s_food_is_not_the_catalogue_s_taste(faq):
    assert _reading(faq, "包粽子那天的馅是甜的还是咸的")[1] is None  # guard: an event's, for the staff


# Review mends (mend-q26). Yunnan's asking 给 is read as 格 only where no verb comes before it in its clause: at the
# clause's start or right after its subject (goods, a pronoun, a place), and before 是 or (还)有 alone, the forms members
# of three or more files write.
@pytest.mark.parametrize("text", [
    "腐乳给是辣的",
    "你们给有红糖",
    "店里给还有酸奶",
    "给是周五开门",
])
def test_gei_after_no_verb_is_yunnan_s_ge(text):
    assert "格" in mandarin(text)


@pytest.mark.parametrize("text", [
    "把座位让给能坐的老人吧",  # guard: 让给 gives way
    "她嫁给有房子的人了",  # guard: 嫁给 marries
    "剩下的糖分给有牙的孩子",  # guard: 分给 shares
    "这本书借给可以按时还的人",  # guard: 借给 lends
    "这个包裹留给是哪位的",  # guard: 留给 keeps for
    "比赛输给有经验的队了",  # guard: 输给 loses to
])
def test_gei_after_a_verb_gives(text):
    assert "格" not in mandarin(text)


def test_a_verb_s_gei_before_a_question_asks_nothing(faq):
    assert _reading(faq, "抽中的电饭煲让给能来领的人吧") == (False, None)  # guard


def test_the_taste_of_goods_she_already_bought_is_no_catalogue_question(faq):
    assert _reading(faq, "馒头硬不硬啊，我前天买的搁了一宿，今天掰都掰不开")[1] != "catalogue"  # guard
