"""Fuzzing with hypothesis: hostile text through every parser and the whole pipeline.

Random and adversarial input — huge messages, control characters, RTL and zero-width
marks, emoji sequences, malformed @-mentions, chains with odd numbering, random YAML — must
never raise out of a parser, never hang, and never crash the pipeline. Example counts are
modest so the suite stays fast; hypothesis keeps any failure it finds in .hypothesis/.
"""
from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from bot.quiz.answers import fold, is_correct, option_letter, strip_quote
from bot.chain.text import is_titled, own_line, parse_chain, parse_order, parse_signup
from bot.commands import parse_command
from bot.config.loader import ConfigError, parse_config
from bot.deadline_text import parse_deadline
from bot.text import normalize
from tests.conftest import GROUP, Harness, TEST_CONFIG, to

ZONE = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 2, 0, tzinfo=timezone.utc)

# Pieces real chats are made of, and the pieces that break naive parsers.
TOKENS = [
    "签到", "打卡", "接龙", "团购", "报名", "取消", "+1", "+2", "x3", "×2", "2份", "两份", "十份", "2大1小", "我要3份",
    "1.", "2、", "3)", "１．", "\n", "\r\n", " ", "\u3000", "\t", "@", "@小美", "@波波\u2005", "@\u2005", "@@", "/",
    "／", "/points", "/开团", "/抽奖", "+", "-", "¥", "￥25", "库存", "截止", "今晚8点", "明天 20:30", "周六14:00",
    "30分钟", "11月25日", "99999999999999999999", "0", "-1", "A", "ｂ", "选B", "答案是", "「", "」", "——",
    "\u202e", "\u202d", "\u200b", "\u200d", "\ufeff", "\x00", "\x07", "\x1b[31m", "\ud7ff", "👨‍👩‍👧‍👦", "🇨🇳",
    "👍🏽", "❤️", "{{ ''.__class__ }}", "{% for x in range(10) %}", "'; DROP TABLE sign_in; --", "<script>", "%s",
    "小美妈妈", "波波", "王店长",
]
hostile_text = st.one_of(
    st.lists(st.sampled_from(TOKENS) | st.text(max_size=8), max_size=40).map("".join),
    st.text(max_size=300),
    st.tuples(st.sampled_from(TOKENS), st.integers(1, 3000)).map(lambda pair: pair[0] * pair[1]),
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(hostile_text)
def test_command_parser_never_raises(text):
    parsed = parse_command(text)
    assert parsed is None or (parsed.name and "/" not in parsed.name)


@FUZZ
@given(hostile_text, st.sampled_from(["", "鸡蛋30枚", "鸡蛋", "x"]))
def test_chain_parsers_never_raise(text, item):
    order = parse_order(text, item)
    assert order is None or order.quantity >= 0 or order.add  # a negative count only lowers an order
    parse_signup(text)
    is_titled(text)
    lines = parse_chain(text)
    if lines:
        own_line(lines, "小美妈妈", {"波波", "王店长", ""})
        own_line(lines, "", set(), appended=False)


@FUZZ
@given(hostile_text)
def test_deadline_parser_gives_a_future_time_or_none(text):
    deadline = parse_deadline(text, NOW, ZONE)
    assert deadline is None or (deadline.tzinfo is not None)


@FUZZ
@given(hostile_text, st.integers(0, 8))
def test_answer_matching_never_raises(text, options):
    fold(text)
    strip_quote(text)
    letter = option_letter(text, options)
    assert letter is None or len(letter) == 1
    # the bank loader guarantees the answer is one of the options
    is_correct(text, answer="B", options=["苹果", "香蕉", "3", "B超"][:max(options, 2)], accept=["三"])
    normalize(text)


yaml_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
                         hostile_text, st.sampled_from(["0 8 * * *", "99 * * * *", "[", "(?P<", "Mars/Olympus"]))
config_keys = st.sampled_from(["bot", "defaults", "groups", "send", "templates", "playground", "timezone", "rules",
                               "schedule", "signin", "posting", "chain", "id", "name", "cron", "template", "words",
                               "type", "action", "patterns", "quiet_hours", "min_interval_seconds", "typo"])
yaml_values = st.recursive(yaml_scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(config_keys, inner, max_size=5), max_leaves=20)


@settings(max_examples=120, deadline=None)
@given(st.dictionaries(config_keys, yaml_values, max_size=6))
def test_random_config_is_accepted_or_rejected_with_a_message(data):
    text = yaml.safe_dump(data, allow_unicode=True)
    try:
        parse_config(text)
    except ConfigError as exc:
        assert exc.issues and all(str(issue) for issue in exc.issues)


@settings(max_examples=120, deadline=None)
@given(hostile_text)
def test_random_config_text_is_accepted_or_rejected_with_a_message(text):
    try:
        parse_config(text)
    except ConfigError as exc:
        assert str(exc)


# ~30,000 characters each: a message the size WeChat lets through. Before the length caps in
# bot/quiz/answers.py and bot/deadline_text.py the digit runs took cn2an ~20 s each (quadratic), on
# the event loop; 200,000 took a quarter of an hour.
def test_a_number_of_5000_digits_in_the_config_is_a_message_not_a_crash():
    # found by the fuzzer: PyYAML builds the int, Python refuses it (ValueError, not a YAMLError)
    with pytest.raises(ConfigError, match="c.yaml：有一个值无法读取（例如位数过多的数字）"):
        parse_config("send:\n  dedupe_seconds: " + "9" * 5000 + "\n", "c.yaml")


HUGE = [
    "1" * 30_000, "+" * 30_000, "@" * 30_000, "接龙\n" + "1. 小美 2份\n" * 3_000, "1." * 15_000,
    "我要" + "九" * 30_000 + "份", "今晚" + "8" * 30_000 + "点", "\u202e" * 30_000, "👨‍👩‍👧‍👦" * 5_000,
    "/" + "a" * 30_000, "@\u2005" * 15_000 + "/help", "2大" * 15_000, "wo yao " * 5_000, "qiandao" * 4_000,
]


def test_huge_messages_do_not_hang_any_parser():
    for text in HUGE:
        started = time.perf_counter()
        parse_command(text)
        parse_order(text, "鸡蛋")
        parse_signup(text)
        parse_chain(text)
        parse_deadline(text, NOW, ZONE)
        option_letter(text, 4)
        is_correct(text, answer="B", options=["苹果", "香蕉"], accept=[])
        elapsed = time.perf_counter() - started
        assert elapsed < 5, f"{elapsed:.1f} s on {text[:20]!r}… ({len(text)} characters): a hang, not a parse"


class Errors(logging.Handler):
    """Errors the pipeline logged: a handler that raised is caught there, and must count as a failure."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def run_pipeline(tmp_path, texts: list[str], senders: list[str]) -> list[dict]:
    errors = Errors()

    async def go() -> list[dict]:
        harness = Harness(parse_config(TEST_CONFIG), tmp_path / f"fuzz-{time.monotonic_ns()}.db",
                          datetime(2026, 11, 23, 1, 0, tzinfo=timezone.utc))
        await harness.start([GROUP])
        try:
            at = harness.clock.now()
            for n, (text, sender) in enumerate(zip(texts, senders)):
                at += timedelta(seconds=7)
                await harness.say("g1", sender, text, at=at, mentions=("amy",) if n % 3 == 0 else ())
            return harness.actions
        finally:
            await harness.bot.stop()

    logging.getLogger().addHandler(errors)
    try:
        actions = asyncio.run(asyncio.wait_for(go(), timeout=60))
    finally:
        logging.getLogger().removeHandler(errors)
    assert not errors.records, [(r.getMessage(), r.exc_text) for r in errors.records][:2]
    return actions


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(st.lists(hostile_text, min_size=1, max_size=12),
       st.lists(st.sampled_from(["amy", "bo", "owner", "staff"]), min_size=12, max_size=12))
def test_hostile_messages_through_the_pipeline_never_crash_it(tmp_path, texts, senders):
    actions = run_pipeline(tmp_path, texts + HUGE[:2] + ["签到"], senders + ["bo", "bo", "amy"])
    assert any("签到成功" in a.get("text", "") for a in actions), "the pipeline stopped answering after hostile input"
    for action in actions:  # nothing a member typed is executed as a template
        assert "<class" not in action.get("text", "")


async def test_huge_digit_runs_during_a_quiz_and_in_a_deadline_do_not_stall_the_bot(make_harness):
    harness = await make_harness(TEST_CONFIG + "  quiz: {theme: health, timeout_minutes: 10}\n", groups=[GROUP])
    assert await harness.say("g1", "owner", "/quiz")
    started = time.perf_counter()
    await harness.say("g1", "amy", "1" * 30_000)  # read as a quiz answer attempt
    usage = await harness.say("g1", "owner", "/开团 鸡蛋 ¥25 库存50 截止" + "8" * 30_000)
    assert time.perf_counter() - started < 5
    assert any("截单时间" in a["text"] for a in usage)
    assert to("bo", await harness.say("g1", "bo", "签到"))
