"""r28: regional ways of asking on fresh writers' text — the final 无 of Hainan, Min and Hakka speakers, Hubei's 么 before
the price and the place, the south-west's 要得不. Sentences of our own; guards marked. Built and measured, then turned off:
the bar failed on the confirming fold (docs/language.md, r28), so the readings main lacks are strict xfails and the guards
any such rule must keep pass."""
from __future__ import annotations

import pytest

from bot.questions.asking import read
from bot.questions.spoken import mandarin
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)

OFF = pytest.mark.xfail(strict=True, reason="r28's regional words are off: the bar failed on the confirming fold")


@pytest.mark.parametrize("said, meant", [
    pytest.param("能刷医保卡无", "能刷医保卡吗", marks=OFF),
    pytest.param("椰子糖还有无啊", "椰子糖还有吗啊", marks=OFF),
    pytest.param("可以寄到镇上无，我腿脚不好", "可以寄到镇上吗，我腿脚不好", marks=OFF),
    ("手慢无", "手慢无"),  # guard: the saying
    ("聊胜于无嘛", "聊胜于无嘛"),  # guard: the saying
    ("我无有微信", "我无有微信"),  # guard: 无 inside her clause is "not", not the asking particle
    pytest.param("芝麻饼么价钱", "芝麻饼什么价钱", marks=OFF),
    pytest.param("你们店开在么地方", "你们店开在什么地方", marks=OFF),
    ("这么价钱还嫌贵", "这么价钱还嫌贵"),  # guard: 么 ends 这么
    pytest.param("刷卡要得不", "刷卡可以吗", marks=OFF),
    ("要不得", "要不得"),  # guard: the refusal
])
def test_regional_asking_words_are_read_as_mandarin(said, meant):
    assert mandarin(said) == meant


@pytest.mark.parametrize("text", [pytest.param(t, marks=OFF) for t in ("积分可以换鸡蛋无", "芝麻饼么价钱啊")])
def test_such_questions_are_asked(faq, text):
    assert read(text, faq, THRESHOLD).asks


@pytest.mark.parametrize("text", ["手慢无啊", "又没抢到，手慢无", "涨了十块钱，聊胜于无"])
def test_sayings_ending_in_wu_ask_nothing(faq, text):
    assert not read(text, faq, THRESHOLD).asks
