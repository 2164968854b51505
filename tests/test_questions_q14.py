"""q14: question forms fresh writers used that the reader did not hear — the price asked as 多钱 or 嘛价 (not 好多钱, "a
lot of money"), which bus (几路), a dialect particle after the question's particle (不嘎, 不嘛), the owner called after it
(老板, 老铁), and 你家 as the shop when what is asked is what only a shop has (its hours, parking, ways of paying,
delivery, returns), while 你家 stays a neighbour's home for anything else.

The examples are the engineer's own, written from how members talk in store groups; none is a corpus line."""
from __future__ import annotations

import pytest

from bot.questions.asking import read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)


def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


@pytest.mark.parametrize("text, topic", [
    ("猪蹄多钱一个", "catalogue"), ("豆腐乳多钱", "catalogue"), ("橘子多钱啊", "catalogue"),  # northern 多钱
    ("大葱嘛价", "catalogue"), ("晚上嘛时候关门", "hours"),  # Tianjin and Jiaodong 嘛 = 什么
    ("去你们店坐几路公交", "address"),  # which bus
    ("橘子还有不嘎", "catalogue"), ("明天开门不嘛", "hours"),  # a particle after the question's particle
    ("汤圆还有不老板", "catalogue"), ("腊肉还有货不老铁", "catalogue"), ("几点关门呀老板娘", "hours"),  # the owner called
    ("你家周六几点开门，我想早点去买豆腐", "hours"), ("你家有停车的地方不", "parking"),  # 你家: only a shop has these
    ("你家能刷医保卡不", "payment"), ("你家送货不", "delivery"),
])
def test_question_forms_fresh_writers_use(faq, text, topic):
    assert _reading(faq, text) == (True, topic)


@pytest.mark.parametrize("text", [
    "花了好多钱", "差不多钱就行", "一共也没多钱",  # 多钱 as "a lot of money"
    "我不嘛", "这衣服好看不嘛",  # a whine and a question to a friend, with the same particles
    "你家孩子几岁了", "你家几点吃饭", "你家有大蒜吗",  # 你家: a neighbour's home
])
def test_the_same_words_in_chat_ask_nothing(faq, text):
    assert _reading(faq, text) == (False, None)
