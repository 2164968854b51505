"""u34 through the real pipeline (SQLite, the shipped templates): questions members ask about the games, points and
repeats. The last quiz asked after it closed (who won, the right answer; never the answer while it is open); the board
asked as a question; a question to the bot asked again is no flood and is answered again once, pointing above; the same
question from several members gets one answer; the draw's prize wished in either word order, and "怎么参加" answered."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest

from bot.events import GroupInfo, Member
from bot.language.asked_the_bot import asks_the_bot
from bot.language.game_status import BOARD, DRAW_HOW, QUIZ_ANSWER, QUIZ_WHO, game_asked
from bot.language.own_records import wants_prize
from tests.conftest import TEST_CONFIG, local

QUIZ = TEST_CONFIG + "  quiz: {theme: health, timeout_minutes: 10, points: 10}\n"
FLOOD = TEST_CONFIG.replace(
    "  schedule:",
    "    - {type: flood, id: flood, max_messages: 12, window_seconds: 60, max_repeats: 3, max_groups: 3,"
    " repeat_seconds: 600, ladder: [warn, alert], reason: 刷屏}\n  schedule:")
OPEN_BUY = "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A"
DRAW = "/抽奖 奖品：保温杯 名额：1 口令：参加 截止：今晚8点"
BIG = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), Member("amy", "小美"),
                                          Member("bo", "波波"), Member("cc", "陈姐"), Member("zhao", "赵阿姨")))


def _said(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if a["action"] == "say"]


def _later(harness, minutes: float = 2):
    return harness.clock.now() + timedelta(minutes=minutes)


# --- the readers ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("刚才那题谁答对了", QUIZ_WHO), ("上一题谁赢了呀", QUIZ_WHO), ("答对的是谁啊", QUIZ_WHO), ("谁抢到积分了", QUIZ_WHO),
    ("正确答案是啥啊", QUIZ_ANSWER), ("刚才的题答案是多少", QUIZ_ANSWER), ("那道题选啥", QUIZ_ANSWER),
    ("标准答案到底是什么", QUIZ_ANSWER), ("这题答案是个啥", QUIZ_ANSWER),
    ("谁的积分最多啊", BOARD), ("积分排行榜", BOARD), ("谁签到最多", BOARD), ("我排第几", BOARD), ("积分谁最高呀", BOARD),
    ("俺积分排第几名", BOARD), ("谁打卡天数最多", BOARD),
    ("怎么参加", DRAW_HOW), ("抽奖咋弄啊", DRAW_HOW), ("我要按摩仪吗 怎么参加", DRAW_HOW), ("如何才能参与", DRAW_HOW),
])
def test_questions_about_the_games(text, kind):
    assert game_asked(text) == kind


@pytest.mark.parametrize("text", [
    "谁家孩子最多啊", "积分有啥用", "答案是什么", "脑筋急转弯答案是什么", "孩子作业这题答案是多少", "谁赢了比赛",
    "我排队排第几", "谁家积分多", "积分怎么用", "签到有积分吗",
])
def test_look_alikes_are_not_game_questions(text):
    assert game_asked(text) not in (QUIZ_WHO, QUIZ_ANSWER, BOARD)


@pytest.mark.parametrize("text", ["我要保温杯", "保温杯我要了", "我也想要保温杯", "保温杯算我一个", "俺要保温杯！",
                                  "保温杯给我来一个"])
def test_the_prize_wished_in_either_order(text):
    assert wants_prize(text, "保温杯")


@pytest.mark.parametrize("text", ["我要保温杯吗", "保温杯怎么参加", "我不要保温杯", "保温杯我不要了", "保温杯好看",
                                  "我家保温杯坏了", "保温杯多少钱", "我要买保温杯", "保温杯我要两个"])
def test_look_alikes_of_the_prize_wished(text):
    assert not wants_prize(text, "保温杯")


@pytest.mark.parametrize("text", ["我现在有多少积分", "我现在有多少积分？？", "俺积分还剩多少啊", "几点截单啊", "截单时间是几点"])
def test_questions_to_the_bot(text):
    assert asks_the_bot(text)


@pytest.mark.parametrize("text", ["签到签到签到", "签到", "加我微信领红包", "全场一折 点击链接", "哈哈哈哈哈",
                                  "今天天气真好", "清仓大甩卖 走过路过不要错过 " * 3])
def test_not_questions_to_the_bot(text):
    assert not asks_the_bot(text)


@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_long_messages_are_read_quickly(size):
    texts = ("谁" * size, "题答案" * (size // 3), "我排" * (size // 2), "保温杯" * (size // 3), "我要" * (size // 2),
             "怎么" * (size // 2), "积分谁" * (size // 3), "吗" * size)
    for text in texts:
        start = time.perf_counter()
        game_asked(text), wants_prize(text, "保温杯"), asks_the_bot(text)
        assert time.perf_counter() - start < 0.5, text[:20]


# --- the last quiz --------------------------------------------------------------------------------------------------

async def test_the_last_quiz_asked_after_it_closed(make_harness):
    harness = await make_harness(QUIZ)
    await harness.say("g1", "owner", "/quiz 育儿")
    [open_] = _said(await harness.say("g1", "bo", "刚才那题答案是多少", at=_later(harness, 1)))
    assert "还在答题中" in open_ and "公布答案" in open_ and "B." not in open_
    seen = len(harness.actions)
    await harness.sim.advance_to(_later(harness, 20))
    await harness.drain()
    assert any("时间到" in t for t in _said(harness.actions[seen:]))
    [who] = _said(await harness.say("g1", "bo", "刚才那题谁答对了", at=_later(harness, 20)))
    assert "没有人答对" in who and "B." in who
    [answer] = _said(await harness.say("g1", "amy", "正确答案是啥啊", at=_later(harness, 60)))
    assert "正确答案" in answer and "B." in answer
    [mine] = _said(await harness.say("g1", "amy", "我答对了没", at=_later(harness, 120)))
    assert "没有人答对" in mine


async def test_no_quiz_today_no_quiz_answer(make_harness):
    harness = await make_harness(QUIZ)
    await harness.say("g1", "owner", "/quiz 育儿")
    await harness.sim.advance_to(local("2026-11-24 09:00"))
    await harness.drain()
    assert not any("正确答案" in t for t in _said(await harness.say("g1", "bo", "正确答案是啥啊")))


# --- the board ------------------------------------------------------------------------------------------------------

async def test_the_board_asked_as_a_question_then_pointed_to(harness):
    await harness.say("g1", "amy", "签到")
    [board] = _said(await harness.say("g1", "bo", "谁的积分最多啊", at=_later(harness)))
    assert "积分榜" in board and "小美" in board
    [again, rank] = _said(await harness.say("g1", "amy", "我排第几", at=_later(harness, 3)))
    assert "刚发过" in again and "排第 1 名" in rank  # (y34) her place beside the pointer
    for text in ("谁家孩子最多啊", "积分有啥用"):
        assert not any("积分榜" in t for t in _said(await harness.say("g1", "bo", text, at=_later(harness, 20))))


# --- repeats --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["我现在有多少积分", "我的积分还剩多少啊", "俺积分有多少"])
async def test_a_senior_asking_again_is_no_spammer_and_gets_pointed_above_once(make_harness, question):
    harness = await make_harness(FLOOD, groups=[BIG])
    said = []
    for minute in range(4):
        said += _said(await harness.say("g1", "zhao", question, at=local("2026-11-23 10:00") + timedelta(minutes=minute)))
    assert not any("群规" in t or "刷屏" in t for t in said)
    assert said[0].startswith("您当前共有") and said[1].startswith("上面回复您了：您当前共有")
    assert len(said) == 2  # then silence: the reply cap


@pytest.mark.parametrize("flood", ["签到签到签到", "加我微信领红包 限时福利快来", "全场清仓一折起 私聊我"])
async def test_a_real_flood_is_still_a_flood(make_harness, flood):
    harness = await make_harness(FLOOD, groups=[BIG])
    said = []
    for minute in range(4):
        said += _said(await harness.say("g1", "zhao", flood, at=local("2026-11-23 10:00") + timedelta(minutes=minute)))
    assert any("刷屏" in t for t in said)


async def test_a_question_asked_over_and_over_becomes_a_flood(make_harness):
    harness = await make_harness(FLOOD, groups=[BIG])
    said = []
    for i in range(8):
        said += _said(await harness.say("g1", "zhao", "我现在有多少积分",
                                        at=local("2026-11-23 10:00") + timedelta(seconds=50 * i)))
    assert any("刷屏" in t for t in said)


@pytest.mark.parametrize("questions", [("几点截单", "几点截单啊", "截单时间是几点"),
                                       ("什么时候截单", "几点截止呀", "截单几点")])
async def test_the_same_question_from_several_members_gets_one_answer(make_harness, questions):
    harness = await make_harness(groups=[BIG])
    await harness.say("g1", "owner", OPEN_BUY)
    start = _later(harness, 5)
    said = []
    for i, (member, text) in enumerate(zip(("amy", "bo", "cc"), questions)):
        said += _said(await harness.say("g1", member, text, at=start + timedelta(seconds=30 * i)))
    answers = [t for t in said if "20:00" in t and "同上" not in t]
    assert len(answers) == 1, said
    assert all("同上" in t for t in said if t not in answers)


async def test_her_own_points_are_never_folded_into_another_members(make_harness):
    harness = await make_harness(groups=[BIG])
    said = []
    for member in ("amy", "bo", "cc"):
        said += _said(await harness.say("g1", member, "我现在有多少积分", at=_later(harness, 0.3)))
    assert len(said) == 3 and all(t.startswith("您当前共有") for t in said)


# --- the draw -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我要保温杯", "保温杯我要了", "抽奖算我一个", "保温杯算我一个", "我也想要保温杯"])
async def test_entering_the_draw_in_either_order(harness, text):
    await harness.say("g1", "owner", DRAW)
    [said] = _said(await harness.say("g1", "amy", text, at=_later(harness)))
    assert "报名成功" in said


@pytest.mark.parametrize("text", ["我要按摩仪吗 怎么参加", "怎么参加", "保温杯怎么参加啊"])
async def test_how_to_enter_is_answered_not_entered(harness, text):
    await harness.say("g1", "owner", DRAW)
    [said] = _said(await harness.say("g1", "amy", text, at=_later(harness)))
    assert "报名成功" not in said and "发送“参加”" in said


@pytest.mark.parametrize("text", ["我不要保温杯", "我家保温杯坏了", "我要买保温杯"])
async def test_draw_look_alikes_do_not_enter(harness, text):
    await harness.say("g1", "owner", DRAW)
    assert not any("报名成功" in t for t in _said(await harness.say("g1", "amy", text, at=_later(harness))))
