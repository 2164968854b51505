"""Review of q27 mended: goods' arrival and making read only of goods named (not a list of what is not goods), a
question form required, one day table, and a complaint after a marked question kept whole.

The examples are the engineer's own; none is a corpus line. Guards are marked."""
from __future__ import annotations

import time

import pytest

from bot.questions.asking import _arrival_asked, _made_asked, _what_goods_are, _without_remark, read
from bot.questions.faq import Faq
from tests.test_questions_q12 import THRESHOLD, faq  # noqa: F401 (faq: the shared fixture)


def _reading(faq: Faq, text: str) -> tuple[bool, str | None]:
    reading = read(text, faq, THRESHOLD)
    return reading.asks, reading.topic


@pytest.mark.parametrize("text", [
    "沙尘暴后天到吗",  # guard: weather arrives, no goods
    "通知今天到吗",  # guard: a notice
    "新来的店长周六到吗",  # guard: a person
    "那只猫是本地的吗",  # guard: an animal's origin, no goods
    "这份报告是今天写的吗",  # guard: a paper
    "这个小区是新盖的吗",  # guard: a place
    "山药后天到",  # guard: no question form
])
def test_no_goods_named_or_no_question_is_not_read_so(text):
    assert not _arrival_asked(text) and not _made_asked(text)


@pytest.mark.parametrize("text", [
    "樱桃明天到不到？",  # A-not-A
    "车厘子礼拜六能到吗",  # 车 inside a goods' name
    "人参果周三到吗",  # 人 inside a goods' name
    "团购的山药明天到吗",  # 团 inside the subject
    "这批货周五到吗",  # the store's 货
])
def test_goods_named_arriving_is_read(text):
    assert _arrival_asked(text)


def test_making_is_one_reading_with_what_goods_are():
    assert _made_asked("榨菜是本地的还是外地的？") and _what_goods_are("榨菜是本地的还是外地的？", made=True)
    assert not _made_asked("鸡腿是冷冻的吗")  # guard: keeping is asks_keeping's, not the making


@pytest.mark.parametrize("text", [
    "周末不营业吗？我大老远跑过来，敲了十分钟门，也没人应。",
    "周末不营业吗？？我大老远跑过来，白跑一趟",
    "今天还送货吗？！我从早上等到现在，电话也没人接。",
])
def test_a_complaint_after_a_marked_question_keeps_the_message_whole(faq, text):
    assert _without_remark(text) == text


def test_circumstances_after_a_marked_question_still_left_out():
    assert _without_remark("能送到楼上吗？我膝盖不好，住七楼，没电梯。") == "能送到楼上吗？"


def test_hostile_grievance_and_arrival_are_linear():
    start = time.perf_counter()
    for text in ("能送吗？" + "等了" * 2500, "草莓" + "明天" * 2500 + "到", "草莓是" + "今年" * 2500 + "的吗"):
        _without_remark(text), _arrival_asked(text), _made_asked(text)
    assert time.perf_counter() - start < 2.0
