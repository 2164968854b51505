"""w29: a sign-up of one read from a message that only asks (``signup_checks.QUESTION_ONLY``): a question about the event,
its fee or the way of signing up, or a question to the others, in any region's question form, with no act of hers said.
Sentences of this pass's own (none a corpus line). Real sign-ups of the same shape — her act said beside a question —
must keep their reading; chat that only asks must not be acted on or asked about."""
from __future__ import annotations

import pytest

from bot.chain import text as chain
from bot.chain.text import signup_reading
from bot.language import signup_checks
from bot.language.intents import SIGNUP
from corpus.eval_intents import read
from tests.test_signups_u29 import _fresh_readings, _read  # noqa: F401 (_fresh_readings: autouse, shared)




# Chat that only asks, acted on as a sign-up of one before w29 (checked with the switch off below).
ONLY_ASKING_ACTED_BEFORE = [
    "有木有人一起去听讲座",  # 有木有: asking the others
    "老人家可以参加咩",  # Cantonese 咩
]

# Chat that only asks, near the shape: quiet before and after (none asked, none acted on).
ONLY_ASKING_QUIET = [
    "报名截止了没得",
    "娃三岁可以参加么",
    "报名费能微信付不？",
    "讲座人多勿多",
    "下午场还有位子伐",
    "这个活动要钱不",
    "报名在哪报啊？",
    "小朋友几岁可以参加？",
    "参加的人多不多",
    "听日有冇人一齐去嘅",
    "报名的人多不多呀",
    "听讲座要带啥子不",
]

# Real sign-ups of one beside a question: her act said (a first person who signs up, "put me down", a clause that is
# only the act or a count): they keep the sure reading they had.
ACT_BESIDE_QUESTION = [
    "我报名，几点开始？",
    "报名，几点开始？",
    "讲座报名，要带本子吗",
    "报一个，在哪集合？",
    "剪纸算我一个不",
    "还有位置吗？一个",
    "参加，要交钱不",
    "俺也去，几点集合嘞",
    "额报个名，要带啥不",
    "阿拉报名，几点钟开始伐",
    "我哋报名，使唔使带嘢？",
    "给我报上，要交钱吗",
    "帮我登记一个，需要带身份证吗",
    "报名报名！几点到？",
]


@pytest.fixture
def switched_on(monkeypatch):
    monkeypatch.setattr(signup_checks, "QUESTION_ONLY", True)
    chain._signup_reading.cache_clear()


def test_the_switch_ships_on():
    assert signup_checks.QUESTION_ONLY is True  # on since m30 (docs/language.md, w29 and m30)


@pytest.mark.parametrize("text", ONLY_ASKING_ACTED_BEFORE + ONLY_ASKING_QUIET)
def test_switched_on_a_message_that_only_asks_is_left_to_the_questions(text, switched_on):
    assert signup_reading(text) is None
    assert read(text, "activity").intent == "none"


@pytest.mark.parametrize("text", ONLY_ASKING_QUIET)
def test_as_shipped_the_quiet_look_alikes_stay_quiet(text):
    assert read(text, "activity").intent == "none"


@pytest.mark.parametrize("text", ONLY_ASKING_ACTED_BEFORE)
def test_as_shipped_a_message_that_only_asks_is_left_to_the_questions(text):
    assert signup_reading(text) is None


@pytest.mark.parametrize("text", ONLY_ASKING_ACTED_BEFORE)
def test_the_switch_off_acts_as_before(text, monkeypatch):
    monkeypatch.setattr(signup_checks, "QUESTION_ONLY", False)
    chain._signup_reading.cache_clear()
    assert _read(text) == (SIGNUP, True, 1)


@pytest.mark.parametrize("text", ACT_BESIDE_QUESTION)
def test_her_act_beside_a_question_stays_read_switched_on(text, switched_on):
    assert _read(text) == (SIGNUP, True, 1)


@pytest.mark.parametrize("text", ACT_BESIDE_QUESTION)
def test_her_act_beside_a_question_stays_read_as_shipped(text):
    assert _read(text) == (SIGNUP, True, 1)


@pytest.mark.parametrize("text", ["我们两个，还有位置吗", "报名三个，几点集合？", "我和老伴，要交钱吗"])
def test_a_party_she_counts_is_not_read_here(text, switched_on):
    reading = signup_reading(text)
    assert reading is not None and reading.intent == SIGNUP and reading.amount >= 2


@pytest.mark.parametrize("words, expected", [
    ("周六那场名额满了没得", True),
    ("伢三岁能参加么，还是要四岁", True),
    ("义诊有人去吗 搭个伴", True),
    ("我报名，几点开始？", False),  # her act
    ("讲座报名，要带本子吗", False),  # a clause that is only the act
    ("报名费交了", False),  # no question
    ("帮我报上，要带啥", False),
])
def test_only_asks(words, expected, switched_on):
    assert signup_checks.only_asks(words) is expected


# m30, by w29's review: real sign-ups that carry a question, her act closed by any particle (啦, 哟, 嘞, 喽, 捏, 呢, 哇…), 加一,
# or said beside it in other ways — m30's own sentences; switched on each reads as switched off.
M30_ACT_BESIDE_QUESTION = [
    "报名啦，几点开始？", "报名哟，要带啥", "报名嘞，在哪里集合？", "报名喽，几点到", "报名捏，要交钱吗",
    "加一，几点开始", "加1，要带水杯吗？", "+1 几点集合", "报一个啦，周六几点？", "参加啦，需要带什么",
    "报名报名，是几点的？", "我要报名，要钱不", "我也参加，在哪儿", "算我一个，几点钟", "给我留个位，几点开始？",
    "报名呢，请问几点？", "报名哇，要带身份证吗", "俺报名，几点开始嘞", "参加参加，几点哈？", "报名~几点开始呀",
    "报名！需要带孩子的证件吗", "我报一个，收费吗", "报名呀，在哪个门集合", "加一 要自己带材料吗", "报名哒，几点结束？",
    "报上报上，在哪里？", "接龙+1，几点开始", "报名了哈，周几来着？", "报名嗷，地址发一下？", "参加一个，几点开始",
    "报名咯，带小板凳不", "报名啦！请问要穿运动服吗", "参加哟，几点签到？",
]


# m30's review (rv-m30w): real sign-ups with a question that w29 switched on still silenced, by cause — own sentences.
# A: the event named before the act with its day and time (more than six characters before 报名);
# B: closing particles not in the table (呗, 嗯, 嘿, 亲, 喂, 嘻) or a run longer than three;
# C: what plain() leaves of an emoji (the variation selector U+FE0F, the joiner U+200D);
# D: the base reader's own act words (预约, 登记, a seat taken: 占个位, 留个名额).
M30_MEND_ACT_BESIDE_QUESTION = [
    "周日上午的插花课报名，要带花瓶吗", "下周三晚上的讲座报名 在哪个门进", "明天上午量血压活动报名，要空腹吗",
    "报名呗，要带啥", "参加嗯嗯，几点集合", "报个名嘿，在哪", "报名亲 几点开始呀", "报名哈哈哈哈，要带水吗", "参加喂，要交钱不",
    "报名嘻嘻 几点到", "报名啦啦啦啦啦 在哪集合",
    "报名❤️ 要带啥", "参加🙋‍♂️ 几点到", "报名👍️ 在哪集合",
    "预约，几点开始", "占个位 要带本子吗", "登记 要交钱吗", "留个名额，几点开始", "预约呀 在哪栋楼",
]


@pytest.mark.parametrize("text", M30_ACT_BESIDE_QUESTION + M30_MEND_ACT_BESIDE_QUESTION)
def test_m30_her_act_beside_a_question_reads_as_with_the_switch_off(text, monkeypatch):
    monkeypatch.setattr(signup_checks, "QUESTION_ONLY", False)
    chain._signup_reading.cache_clear()
    off = _read(text)
    monkeypatch.setattr(signup_checks, "QUESTION_ONLY", True)
    chain._signup_reading.cache_clear()
    assert off is not None and off[0] == SIGNUP and _read(text) == off


# The wider act clause lets no chat that only asks back in: the act word asked about or done by others, not hers.
@pytest.mark.parametrize("text", ["预约要排队吗", "占位的人多不多", "登记了没有", "报名的人多吗 在哪集合", "要预约吗？几点", "已登记 几点"])
def test_m30_mend_asked_about_the_act_stays_quiet(text, switched_on):
    assert read(text, "activity").intent == "none"


@pytest.mark.parametrize("words, expected", [
    ("报名\ufe0f 几点开始", False),  # the variation selector left of ❤️
    ("报名\u200d 在哪集合", False),  # the joiner left of 🙋‍♀️
    ("周六下午的手工课报名 要钱吗", False),  # the event named with its day before the act
    ("报名呗 几点", False), ("预约 几点开始", False), ("占个位 几点开始", False),
    ("预约要排队吗", True),  # the act word asked about: no act of hers
])
def test_m30_mend_only_asks(words, expected, switched_on):
    assert signup_checks.only_asks(words) is expected
