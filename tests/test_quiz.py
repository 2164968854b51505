"""The quiz through the real pipeline on a virtual clock: banks, lenient answers, one winner,
timeouts that survive a restart."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.quiz.answers import is_correct
from bot.config.loader import ConfigError, parse_config, parse_yaml_model
from bot.quiz.bank import QuizBank, shipped_banks
from storage.models import PointsEntry, QuizRound
from tests.conftest import GROUP, TEST_CONFIG, local, to

# Questions are asked in bank order: the first health question (5克 of salt, answer A) comes first.
CONFIG = TEST_CONFIG + "  quiz: {theme: health, timeout_minutes: 10, points: 10}\n"


def test_every_shipped_bank_loads_with_enough_questions():
    banks = shipped_banks()
    assert set(banks) == {"parenting", "health", "fashion", "store"}
    for theme, bank in banks.items():
        assert len(bank.questions) >= 10, theme
        for question in bank.questions:
            assert question.accepts(question.letter if question.options else question.answer), question.id
            assert question.accepts(question.answer_text.split(". ")[-1]), question.id
            for form in question.accept:
                assert question.accepts(form), (question.id, form)


@pytest.mark.parametrize("text, message", [
    ("title: x\nquestions:\n  - id: q1\n    question: 几点了？\n    options: [一点, 两点]\n    answer: C\n",
     "b.yaml 第 3 行 questions[0]：答案应是选项的字母 “A”、“B” 之一，这里写的是“C”"),
    ("title: x\nquestions:\n  - id: q1\n    question: 几点了？\n    answer: '1'\n    explian: 一点\n",
     "b.yaml 第 6 行 questions[0].explian：没有这一项（是不是想写 “explain”？）"),
    ("title: x\nquestions:\n  - {id: q1, question: 几点了？, answer: '1'}\n  - {id: q1, question: 几岁了？, answer: '2'}\n",
     "b.yaml 第 2 行 questions：题目编号 “q1” 用了两次"),
    ("title: x\nquestions: [\n", "b.yaml 第 3 行：括号或引号没有配对"),
    ("- just a list\n", "b.yaml 第 1 行：文件最外层应是一项项设置"),
])
def test_bank_errors_name_file_path_and_line(text, message):
    with pytest.raises(ConfigError) as caught:
        parse_yaml_model(text, QuizBank, "b.yaml")
    assert message in str(caught.value)


def test_config_names_an_unknown_quiz_theme():
    with pytest.raises(ConfigError) as caught:
        parse_config("defaults:\n  quiz:\n    theme: cooking\n", "c.yaml")
    assert ("c.yaml 第 3 行 defaults.quiz.theme：没有题库 “cooking”；现有题库：“fashion”、“health”、“parenting”、“store”"
            in str(caught.value))


@pytest.mark.parametrize("text", ["Ｂ", "b", "B", "选B", "选 b", "选Ｂ", "答案是B吧", "我选b", "B选项", "b。", "@群助手 B",
                                  "「群助手：【有奖问答】……」\n- - - - - - - - - - - - - - -\nB"])
def test_option_b_in_every_way_people_type_it(text):
    assert is_correct(text, answer="B", options=["苹果", "香蕉", "橙子"], accept=[])
    assert not is_correct(text, answer="A", options=["苹果", "香蕉", "橙子"], accept=[])


@pytest.mark.parametrize("text, right", [
    ("香蕉", True), ("香 蕉！", True), ("A", False), ("D", False), ("bb", False), ("选香蕉", True), ("", False),  # q33: the option chosen by its text
])
def test_option_text_also_counts(text, right):
    assert is_correct(text, answer="B", options=["苹果", "香蕉", "橙子"], accept=[]) is right


@pytest.mark.parametrize("text, right", [
    ("3", True), ("三", True), ("３", True), ("3个", True), ("三个", True), ("答案是三", True), ("我觉得是3个", True),
    ("4", False), ("十三", False),
])
def test_chinese_numerals_and_digits(text, right):
    assert is_correct(text, answer="3", options=[], accept=["3个"]) is right


async def _ask(harness) -> list[dict]:
    actions = await harness.say("g1", "owner", "/quiz")
    [question] = [a for a in actions if a["text"].startswith("【有奖问答")]
    return question


@pytest.mark.parametrize("answer", ["Ｂ", "b", "选B"])
async def test_option_b_wins_through_the_pipeline(make_harness, answer):
    harness = await make_harness(CONFIG)
    first = shipped_banks()["parenting"].questions[0]
    assert first.letter == "B"
    actions = await harness.say("g1", "owner", "/quiz 育儿")
    assert first.question in actions[0]["text"] and "B. 6个月" in actions[0]["text"]
    [won] = to("amy", await harness.say("g1", "amy", answer))
    assert "恭喜 小美 第一个答对" in won["text"] and "B. 6个月" in won["text"] and "获得 10 积分" in won["text"]


async def test_wrong_answers_are_silent_and_chat_goes_on(make_harness):
    harness = await make_harness(CONFIG)
    await _ask(harness)
    assert await harness.say("g1", "amy", "C") == []
    assert await harness.say("g1", "bo", "今天天气真好，大家出去走走") == []
    reply = await harness.say("g1", "bo", "签到")  # sign-in still works during a quiz
    assert "签到成功" in reply[0]["text"]


async def test_two_correct_answers_in_the_same_second_make_one_winner(make_harness):
    harness = await make_harness(CONFIG)
    await _ask(harness)
    at = harness.clock.now() + timedelta(seconds=5)
    events = [harness.adapter.message("g1", who, "a", at=at) for who in ("amy", "bo")]
    await harness.sim.advance_to(at)
    await asyncio.gather(*(harness.bot.handle(e) for e in events))
    actions = await harness.drain()
    assert sum("第一个答对" in a["text"] for a in actions) == 1
    ledger = await harness.db.read(lambda s: s.exec(sa.select(PointsEntry.member_id).where(PointsEntry.source == "quiz")).all())
    rounds = await harness.db.read(lambda s: s.exec(sa.select(QuizRound.status, QuizRound.winner_id)).all())
    assert len(ledger) == 1 and [tuple(r) for r in rounds] == [("won", ledger[0][0])]


async def test_the_database_alone_lets_only_one_claim_win(make_harness):
    from functools import partial
    from storage.quiz import claim_win

    harness = await make_harness(CONFIG)
    await _ask(harness)
    at = harness.clock.now()
    results = await asyncio.gather(*(harness.db.write(partial(claim_win, round_id=1, member_id=m, at=at, reason="问答答对"))
                                     for m in ("amy", "bo", "owner")))
    assert sorted(results, key=str) == [10, None, None]


async def test_timeout_reveals_the_answer_once(make_harness):
    harness = await make_harness(CONFIG)
    await _ask(harness)
    await harness.sim.advance_to(local("2026-11-23 09:09"))
    assert not any("时间到" in a["text"] for a in harness.actions)
    await harness.sim.advance_to(local("2026-11-23 09:30"))
    await harness.drain()
    revealed = [a for a in harness.actions if "时间到" in a["text"]]
    assert len(revealed) == 1 and "A. 5克" in revealed[0]["text"] and revealed[0]["t"] == local("2026-11-23 09:10").isoformat()
    assert await harness.say("g1", "amy", "A") == []  # too late


async def test_restart_mid_quiz_still_times_out_and_reveals(make_harness):
    first = await make_harness(CONFIG, start=local("2026-11-23 09:00"), groups=[GROUP], db_name="shared.db")
    await _ask(first)
    await first.bot.stop()
    second = await make_harness(CONFIG, start=local("2026-11-23 09:05"), groups=[GROUP], db_name="shared.db")
    await second.sim.advance_to(local("2026-11-23 09:20"))
    await second.drain()
    revealed = [a for a in second.actions if "时间到" in a["text"]]
    assert len(revealed) == 1 and revealed[0]["t"] == local("2026-11-23 09:10").isoformat()


async def test_restart_mid_quiz_still_accepts_the_answer(make_harness):
    first = await make_harness(CONFIG, groups=[GROUP], db_name="shared.db")
    await _ask(first)
    await first.bot.stop()
    second = await make_harness(CONFIG, start=local("2026-11-23 09:03"), groups=[GROUP], db_name="shared.db")
    assert "第一个答对" in (await second.say("g1", "bo", "a"))[0]["text"]


async def test_one_quiz_at_a_time_and_members_cannot_start_one(make_harness):
    harness = await make_harness(CONFIG)
    await _ask(harness)
    busy = await harness.say("g1", "staff", "/问答")
    assert "上一道题还没结束" in busy[0]["text"]
    refused = await harness.say("g1", "amy", "/quiz")
    assert "只有群主和群助理可以使用" in refused[0]["text"]


async def test_questions_rotate_and_themes_are_chosen_by_name(make_harness):
    harness = await make_harness(CONFIG)
    asked = []
    for minute in range(3):
        await harness.sim.advance_to(local(f"2026-11-23 1{minute}:00"))
        asked.append((await _ask(harness))["text"])
    bank = shipped_banks()["health"].questions
    assert [q.question in text for q, text in zip(bank, asked)] == [True, True, True]
    await harness.sim.advance_to(local("2026-11-23 14:00"))
    actions = await harness.say("g1", "owner", "/quiz 育儿")
    assert shipped_banks()["parenting"].questions[0].question in actions[0]["text"]
    unknown = await harness.say("g1", "owner", "/quiz 做饭")
    assert "没有找到“做饭”题库" in unknown[0]["text"] and "育儿知识" in unknown[0]["text"]


async def test_start_quiz_is_a_plain_function_for_scheduled_actions(make_harness):
    from bot.handlers.quiz import start_quiz

    harness = await make_harness(CONFIG)
    assert await start_quiz(harness.bot.ctx, "g1", "宝妈育儿群", theme="store")
    assert not await start_quiz(harness.bot.ctx, "g1", "宝妈育儿群")
    actions = await harness.drain()
    assert [a["text"].startswith("【有奖问答·购物常识】") for a in actions] == [True]


async def test_wrong_answers_fall_through_and_staff_do_not_play(make_harness):
    harness = await make_harness(CONFIG)
    await _ask(harness)
    await harness.say("g1", "amy", "签到")
    balance = await harness.say("g1", "amy", "我的积分")  # not swallowed as a wrong answer
    assert "您当前共有 5 积分" in balance[0]["text"]
    assert await harness.say("g1", "staff", "A") == [] and await harness.say("g1", "owner", "a") == []
    assert "第一个答对" in (await harness.say("g1", "bo", "A"))[0]["text"]
