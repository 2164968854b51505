"""r34: the review of v34, g34 and u34. A wish for goods both sold and drawn is asked, never entered with a points cost; a
place asked beside an event is hers there, not the board; a question the games cannot answer goes on to the store; a
how-to names what it is about; the flood rule spares only a question the bot answered; a remembered event is no
question; chat is no event question; /抽奖 in the old order; 28号 and 大后天 read; shared answers declared where their
audience is. The real pipeline and SQLite; the sentences are our own, with look-alikes that must not trigger."""
from __future__ import annotations

import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.audience import SHARED_ANSWERS, Audience, audience_of
from bot.deadline_text import parse_deadline, time_piece
from bot.handlers.groupbuy import parse_request as buy_request
from bot.handlers.lottery import parse_request as draw_request
from bot.language.event_asks import asks_own_signup, asks_what_to_bring, party_question
from bot.language.game_status import BOARD, QUIZ_ANSWER, game_asked, how_is_bare
from bot.questions.happening import asks_whats_on_event
from tests.conftest import local
from tests.test_e33 import PASSED_ON, _signups, _text, _with_event
from tests.test_u34 import BIG, FLOOD, QUIZ, _later, _said

BUY = "/开团 保温杯 ¥39 库存20 截止明天20:00"
DRAW = "/抽奖 奖品：保温杯 名额：1 口令：参加抽奖 截止：今晚8点"


async def _draw_and_buy(make_harness, buy: str | None = BUY):
    harness = await make_harness(groups=[BIG])
    if buy:
        await harness.say("g1", "owner", buy)
    await harness.say("g1", "owner", DRAW)
    return harness


# --- 1. the same goods on a group-buy and as a prize ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我要保温杯", "俺要保温杯！", "我也想要保温杯", "保温杯我要了"])
async def test_a_bare_wish_with_both_open_is_asked_which(make_harness, text):
    harness = await _draw_and_buy(make_harness)
    said = "\n".join(_said(await harness.say("g1", "amy", text, at=_later(harness))))
    assert "报名成功" not in said and "保温杯" in said and "“参加抽奖”" in said and "回复“是”" in said
    confirmed = "\n".join(_said(await harness.say("g1", "amy", "是", at=_later(harness, 3))))
    assert "小美 1 份" in confirmed and "报名成功" not in confirmed


@pytest.mark.parametrize("text", ["保温杯算我一个", "保温杯给我来一个", "保温杯来两个", "我要2个保温杯"])
async def test_a_clear_order_with_both_open_is_the_buys(make_harness, text):
    harness = await _draw_and_buy(make_harness)
    said = "\n".join(_said(await harness.say("g1", "amy", text, at=_later(harness))))
    assert "报名成功" not in said and ("接龙更新" in said or "您是要订" in said), said


@pytest.mark.parametrize("buy, text", [
    (None, "我要保温杯"), ("/开团 鸡蛋30枚 ¥25 库存50 截止明天20:00", "我要保温杯"),  # the draw alone has the prize
    (BUY, "参加抽奖"), (None, "保温杯算我一个"),  # the entry word is always the draw's
])
async def test_the_draw_still_takes_its_own(make_harness, buy, text):
    harness = await _draw_and_buy(make_harness, buy)
    assert any("报名成功" in t for t in _said(await harness.say("g1", "amy", text, at=_later(harness))))


# --- 2. her place: on the waitlist or on the board -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我排第几", "俺排第几呀", "我排在哪", "我排到多少号了"])
async def test_her_place_beside_a_full_event_is_her_waitlist_place(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "我报名 3人"), ("m1", "报名"))
    said = _text(await harness.say("g1", "m1", text), "m1")
    assert "候补第 1 位" in said and "积分榜" not in said


@pytest.mark.parametrize("text", ["积分榜上我排第几", "我积分排第几", "签到榜我排第几名"])
async def test_the_board_named_beside_an_event_is_still_the_board(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "我报名 3人"), ("m1", "报名"))
    said = "\n".join(_said(await harness.say("g1", "m1", text)))  # the board is posted to all, no one @-mentioned
    assert "候补第" not in said and ("积分" in said or "榜" in said)


def test_a_queue_number_is_no_board_question():
    assert game_asked("我排到多少号了") != BOARD and game_asked("排到几号了") != BOARD
    assert game_asked("我排第几") == BOARD  # alone, with nothing open, the board as before
    assert asks_own_signup("我排在哪") and asks_own_signup("俺排到多少号了")


# --- 3. a question the games cannot answer goes on --------------------------------------------------------------------

@pytest.mark.parametrize("text", ["刚才发的是啥", "这个问题是什么意思", "刚刚那个链接是啥", "刚才群里说的是什么", "这问题是啥意思啊"])
def test_what_was_just_said_is_no_quiz_question(text):
    assert game_asked(text) is None


@pytest.mark.parametrize("text", ["刚才那题选啥", "上一题答案是什么", "这道题选什么", "刚刚的题答案是多少"])
def test_the_quiz_named_is_still_a_quiz_question(text):
    assert game_asked(text) == QUIZ_ANSWER


@pytest.mark.parametrize("text", ["刚才发的是啥", "这个问题是什么意思", "刚刚那个链接是啥", "刚才群里说的是什么"])
async def test_with_no_quiz_today_the_question_reaches_the_store(make_harness, text):
    harness = await _with_event(make_harness)
    assert PASSED_ON in _text(await harness.say("g1", "m2", text), "m2")


async def test_with_a_quiz_today_the_quiz_still_answers(make_harness):
    harness = await make_harness(QUIZ)
    await harness.say("g1", "owner", "/quiz 育儿")
    [said] = _said(await harness.say("g1", "bo", "上一题答案是什么", at=_later(harness, 1)))
    assert "还在答题中" in said


# --- 4. how to take part, of what -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["这个小程序怎么弄啊", "怎么参加团购", "优惠券咋弄啊", "怎么参加"])
async def test_a_how_to_of_something_else_gets_no_draw_word(make_harness, text):
    harness = await _draw_and_buy(make_harness)
    said = "\n".join(_said(await harness.say("g1", "amy", text, at=_later(harness))))
    assert "开奖" not in said and "报名成功" not in said


@pytest.mark.parametrize("text", ["抽奖怎么参加", "保温杯怎么参加啊", "奖品咋弄", "抽奖咋玩呀"])
async def test_a_how_to_of_the_draw_is_told_its_word(make_harness, text):
    harness = await _draw_and_buy(make_harness)
    said = "\n".join(_said(await harness.say("g1", "amy", text, at=_later(harness))))
    assert "“参加抽奖”" in said and "报名成功" not in said


@pytest.mark.parametrize("text", ["怎么参加", "咋弄啊", "请问怎么参与呀"])
async def test_a_bare_how_to_with_only_the_draw_open_is_the_draws(make_harness, text):
    harness = await _draw_and_buy(make_harness, buy=None)
    assert any("“参加抽奖”" in t for t in _said(await harness.say("g1", "amy", text, at=_later(harness))))


def test_how_is_bare_reader():
    for text in ("怎么参加", "这个怎么弄啊？", "我要按摩仪吗 怎么参加", "请问咋参加呀"):
        assert how_is_bare(text), text
    for text in ("这个小程序怎么弄啊", "怎么参加团购", "优惠券咋弄", "怎么报名活动", "链接咋弄"):
        assert not how_is_bare(text), text


# --- 5. the flood rule spares only a question the bot answered --------------------------------------------------------

@pytest.mark.parametrize("ad", ["谁要纸尿裤 私聊", "有人要奶粉吗 私聊我", "兼职日结 有兴趣的吗", "低价代购正品 需要的私我吗"])
async def test_a_question_shaped_ad_repeated_is_a_flood(make_harness, ad):
    harness = await make_harness(FLOOD, groups=[BIG])
    said = []
    for minute in range(3):
        said += _said(await harness.say("g1", "zhao", ad, at=local_at(minute)))
    assert any("刷屏" in t for t in said), said


@pytest.mark.parametrize("question", ["我积分多少了", "我的积分有多少呀"])
async def test_a_question_answered_asked_again_is_spared_then_not(make_harness, question):
    harness = await make_harness(FLOOD, groups=[BIG])
    said = []
    for minute in range(4):
        said += _said(await harness.say("g1", "zhao", question, at=local_at(minute)))
    assert not any("刷屏" in t for t in said)
    for second in range(4):  # past twice the limit: a flood all the same
        said += _said(await harness.say("g1", "zhao", question, at=local_at(4, second * 10)))
    assert any("刷屏" in t for t in said)


def local_at(minute: int, second: int = 0) -> datetime:
    return local("2026-11-23 10:00") + timedelta(minutes=minute, seconds=second)


# --- 6. and 7. a remembered event, chat of bringing, a stiff back, a neighbour named ---------------------------------------

@pytest.mark.parametrize("text", ["上次亲子烘焙是几号来着", "上回亲子烘焙几点开始来着", "去年那个亲子烘焙是几号来着"])
async def test_a_remembered_event_is_no_question(make_harness, text):
    harness = await _with_event(make_harness)
    said = _text(await harness.say("g1", "m2", text), "m2")
    assert "开始" not in said


@pytest.mark.parametrize("text", ["亲子烘焙是几号来着", "亲子烘焙几点开始"])
async def test_the_open_event_asked_is_still_answered(make_harness, text):
    harness = await _with_event(make_harness)
    assert "开始" in _text(await harness.say("g1", "m2", text), "m2")


@pytest.mark.parametrize("text", ["老公带什么回来了", "闺女从外婆家带啥回来了", "最近有点活动不开", "腰有点活动不开了"])
async def test_chat_is_no_event_question(make_harness, text):
    harness = await _with_event(make_harness)
    said = _text(await harness.say("g1", "m2", text), "m2")
    assert PASSED_ON not in said and "亲子烘焙" not in said and "要给您报" not in said
    assert harness.bot.ctx.questions.next_due() is None


@pytest.mark.parametrize("text", ["明天去公园要带啥", "胳膊活动开了没", "孙阿姨可以来吗", "孙老师能参加吗"])
async def test_other_questions_are_not_the_events(make_harness, text):
    harness = await _with_event(make_harness)
    said = _text(await harness.say("g1", "m2", text), "m2")
    assert "亲子烘焙" not in said and "要给您报" not in said and "名额" not in said


@pytest.mark.parametrize("text, heard", [("要带啥不", PASSED_ON), ("亲子烘焙要带啥", PASSED_ON),
                                         ("最近有什么活动", "亲子烘焙"), ("我带孙子来可以吗", "要给您报 2 人吗")])
async def test_the_event_questions_still_heard(make_harness, text, heard):
    harness = await _with_event(make_harness)
    assert heard in _text(await harness.say("g1", "m2", text), "m2")


def test_event_readers():
    assert asks_what_to_bring("陶艺课要带啥", "陶艺课") and asks_what_to_bring("几点过去合适？需要带什么东西吗")
    assert not asks_what_to_bring("老公带什么回来了") and not asks_what_to_bring("出去玩带什么好")
    assert not asks_whats_on_event("最近有点活动不开") and asks_whats_on_event("店里搞点活动不")
    assert party_question("孙阿姨可以来吗") is None and party_question("带外孙女能来吗") is not None


# --- 8. /抽奖 in the old word order ------------------------------------------------------------------------------------

@pytest.mark.parametrize("args, word, cost", [
    ("保温杯 3 666 今晚8点", "666", 0), ("保温杯 2 1 今晚8点", "1", 0), ("保温杯 3 888 今晚8点 10", "888", 10),
    ("保温杯 3 我要抽奖 今晚8点 10", "我要抽奖", 10), ("保温杯 3 今晚8点 10", "我要抽奖", 10),
    ("保温杯 3 10积分 今晚8点", "我要抽奖", 10), ("保温杯 抽3个 二十分 今晚八点开奖", "我要抽奖", 20),
])
def test_the_old_order_reads_as_it_did(args, word, cost):
    request = draw_request(args)
    assert (request.word, request.cost) == (word, cost)


async def test_the_draw_in_the_old_order_is_announced_with_its_word(make_harness):
    harness = await make_harness(groups=[BIG])
    said = "\n".join(_said(await harness.say("g1", "owner", "/抽奖 保温杯 3 666 今晚8点")))
    assert "“666”" in said and "积分" not in said


# --- 9. a day of the month, 大后天 --------------------------------------------------------------------------------------

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # a Monday


@pytest.mark.parametrize("text, expected", [
    ("28号 20:00", "2026-11-28 20:00"), ("28号20:00", "2026-11-28 20:00"), ("二十八号晚上8点", "2026-11-28 20:00"),
    ("12月28日 20:00", "2026-12-28 20:00"), ("大后天 14:00", "2026-11-26 14:00"), ("大后天下午两点", "2026-11-26 14:00"),
    ("5号 20:00", "2026-12-05 20:00"), ("后天上午十点", "2026-11-25 10:00"), ("今晚8点", "2026-11-23 20:00"),
])
def test_days_of_the_month_and_da_hou_tian(text, expected):
    zone = ZoneInfo("Asia/Shanghai")
    assert parse_deadline(text, NOW, zone).astimezone(zone).strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize("text", ["周末20:00", "下周末 20:00", "月底20:00"])
def test_a_day_word_not_understood_is_not_today(text):
    assert parse_deadline(text, NOW, ZoneInfo("Asia/Shanghai")) is None


def test_the_commands_keep_the_day_out_of_the_name():
    assert time_piece("28号") and time_piece("大后天") and not time_piece("3号楼")
    request = buy_request("鸡蛋 ¥25 库存50 28号 20:00")
    assert request.item == "鸡蛋" and request.deadline == "28号 20:00"
    assert buy_request("纸巾 ¥25 库存五十包 截止20:00").stock == 50  # (11) the stock in every unit the readers know


async def test_an_event_the_day_after_next(make_harness):
    harness = await make_harness(groups=[BIG])
    said = "\n".join(_said(await harness.say("g1", "owner", "/活动 陶艺课 大后天 14:00 名额20")))
    start = harness.clock.now() + timedelta(days=3)
    assert f"{start.astimezone(ZoneInfo('Asia/Shanghai')).month}月{start.astimezone(ZoneInfo('Asia/Shanghai')).day:02d}日" in said
    assert "陶艺课 大后天" not in said


# --- 10. shared answers ------------------------------------------------------------------------------------------------

def test_shared_answers_come_from_the_audience_table():
    assert {"event_whats_on_answer", "quiz_status", "faq_answer", "lottery_when"} <= SHARED_ANSWERS
    assert all(audience_of(t) == Audience.GROUP for t in SHARED_ANSWERS)
    assert "lottery_not_drawn" not in SHARED_ANSWERS and "points_balance" not in SHARED_ANSWERS  # her own


async def test_whats_on_asked_by_three_is_answered_once(make_harness):
    harness = await _with_event(make_harness)
    said = []
    for member, text in (("m2", "最近有什么活动"), ("m3", "最近有啥活动吗"), ("m4", "最近有什么活动")):
        said += [a["text"] for a in await harness.say("g1", member, text) if a.get("action", "say") == "say"]
    assert sum("亲子烘焙" in t and "同上" not in t for t in said) == 1, said


# --- hostile input for the new readers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [300, 5000])
def test_new_readers_are_linear(size):
    zone = ZoneInfo("Asia/Shanghai")
    for text in ("怎么参加" * (size // 4), "带啥" * (size // 2), "28号" * (size // 3), "大后天" * (size // 3),
                 "这个问题" * (size // 4), "有点活动" * (size // 4), "孙" * size, "保温杯 3 666 " * (size // 10)):
        begun = time.perf_counter()
        how_is_bare(text), asks_what_to_bring(text, "陶艺课"), parse_deadline(text, NOW, zone), game_asked(text)
        asks_whats_on_event(text), party_question(text)
        try:
            draw_request(text)
        except ValueError:
            pass
        assert time.perf_counter() - begun < 0.5, text[:20]
