"""z33 through the real pipeline (SQLite, the shipped banks and templates): a hesitant quiz answer and an option's value
written with other separators win; an answer sent in time is judged before the round closes, even when a database
outage held it; a birthday told privately by someone in several groups is held while she is asked which group."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlmodel import select

import storage.quiz
from bot.direct import Found, groups_chosen
from bot.quiz.answers import fold, picked
from storage.db import DatabaseUnavailable
from storage.models import Birthday
from tests.conftest import GROUP, OWNED, local, privately
from tests.test_d32 import YOUNG
from tests.test_outages import Lock, impatient
from tests.test_operations import run_until

COLOURS = ("绿色", "橙色", "紫色")  # fashion f01, answer A
PRESSURE = ("120/80 mmHg", "130/85 mmHg", "140/90 mmHg")  # health h02, answer C
SALT = ("5克", "10克", "15克")


# --- the quiz: a hesitant answer, a value written another way --------------------------------------------------------

@pytest.mark.parametrize("text, options, letter", [
    ("嗯。。。A？", COLOURS, "A"), ("A？", COLOURS, "A"), ("是A吧？", COLOURS, "A"), ("应该是A？", COLOURS, "A"),
    ("嗯...a?", COLOURS, "A"), ("额 A吧?", COLOURS, "A"), ("绿色？", COLOURS, "A"), ("是绿色吧？", COLOURS, "A"),
    ("我猜B？", COLOURS, "B"), ("估计是C吧？？", COLOURS, "C"),
    ("我选C 140/90", PRESSURE, "C"), ("140 90", PRESSURE, "C"), ("140/90", PRESSURE, "C"), ("140-90", PRESSURE, "C"),
    ("140／90", PRESSURE, "C"), ("140 / 90 吧", PRESSURE, "C"), ("一百四十/九十", PRESSURE, "C"),
    ("一百四十 九十", PRESSURE, "C"), ("一百四十－九十吧", PRESSURE, "C"), ("C 一百四十/九十", PRESSURE, "C"),
    ("一百三十/八十五", PRESSURE, "B"), ("120 80？", PRESSURE, "A"), ("140/90mmhg", PRESSURE, "C"),
    ("五克？", SALT, "A"), ("是十克吧？", SALT, "B"),
])
def test_a_hesitant_answer_and_a_value_written_another_way_pick(text, options, letter):
    assert picked(text, options) == letter


@pytest.mark.parametrize("text, options", [
    ("A还是B？", COLOURS), ("是a吗", COLOURS), ("不是A？", COLOURS), ("A4纸？", COLOURS), ("我A站看的？", COLOURS),
    ("C不对吧？", COLOURS), ("A？不对 不确定", COLOURS),
    ("140", PRESSURE), ("90", PRESSURE), ("我血压140/90怎么办", PRESSURE), ("昨天量了140 90", PRESSURE),
    ("不是140/90", PRESSURE), ("140/90不对吧", PRESSURE), ("120/80还是140/90？", PRESSURE),
    ("一百四十/九十还是一百三十/八十五？", PRESSURE), ("140 91", PRESSURE),
])
def test_look_alikes_pick_nothing(text, options):
    assert picked(text, options) is None


def test_two_chinese_numbers_apart_fold_as_two_numbers_do():
    assert fold("一百四十/九十") == fold("140/90") == fold("140 90") == "14090"
    assert fold("三") == "3" and fold("二十四小时") == "24小时"  # one number: as before


async def _quiz(harness, theme: str) -> None:
    asked = await harness.say("g1", "staff", f"/quiz {theme}")
    assert any("A." in a["text"] for a in asked)


def _won(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if "第一个答对" in a["text"]]


async def test_a_hesitant_letter_wins_and_nobody_is_not_announced(harness):
    await _quiz(harness, "穿搭")  # 绿色, A
    [won] = _won(await harness.say("g1", "amy", "嗯。。。A？"))
    assert "小美" in won
    out = await run_until(harness, harness.clock.now() + timedelta(minutes=15))
    assert not [a for a in out if "没有人答对" in a["text"]]


@pytest.mark.parametrize("text", ["我选C 140/90", "140 90", "一百四十/九十", "140-90吧？"])
async def test_the_value_written_her_way_wins(harness, text):
    await _quiz(harness, "健康")  # h01 first
    await harness.say("g1", "bo", "五克")
    await _quiz(harness, "健康")  # h02: 140/90, C
    [won] = _won(await harness.say("g1", "amy", text))
    assert "小美" in won and "140/90" in won


async def test_chat_holding_a_value_is_no_pick_and_she_may_still_answer(harness):
    await _quiz(harness, "健康")
    await harness.say("g1", "bo", "五克")
    await _quiz(harness, "健康")
    assert _won(await harness.say("g1", "amy", "我血压140/90怎么办")) == []
    assert _won(await harness.say("g1", "amy", "140 90")) != []


# --- every answer sent in time is judged before the round closes ---------------------------------------------------

@pytest.mark.sqlite_only("SQLite's write lock held by another connection")
async def test_an_answer_held_by_an_outage_is_judged_before_nobody_is_announced(make_harness):
    harness = await make_harness(start=local("2026-11-23 09:00"))
    await _quiz(harness, "穿搭")  # closes at 09:10
    impatient(harness.db)
    lock = Lock(harness.db)
    try:
        await harness.say("g1", "amy", "A", at=local("2026-11-23 09:00:10"))
        assert len(harness.bot.pipeline.held) == 1
        # still down at the close: the pipeline tries again at :10 and :40 of each minute, the round's close at 09:10:00
        await harness.sim.advance_to(local("2026-11-23 09:10:50"))
    finally:
        lock.release()
    out = await run_until(harness, local("2026-11-23 09:20"))  # the close (09:11:00) comes before the next try
    assert not [a for a in out if "没有人答对" in a["text"]]
    [won] = _won(harness.actions)
    assert "小美" in won


@pytest.mark.sqlite_only("a writer made impatient with SQLite's busy timeout")
async def test_a_first_pick_interrupted_before_its_judging_is_judged_when_handled_again(harness, monkeypatch):
    await _quiz(harness, "穿搭")
    impatient(harness.db)
    claim, down = storage.quiz.claim_win, [True]

    def flaky(session, **kw):
        if down[0]:
            raise DatabaseUnavailable("the disk is full")
        return claim(session, **kw)

    monkeypatch.setattr(storage.quiz, "claim_win", flaky)
    assert _won(await harness.say("g1", "amy", "是A吧")) == []  # her pick is recorded, the win is not
    assert len(harness.bot.pipeline.held) == 1
    down[0] = False
    out = await run_until(harness, harness.clock.now() + timedelta(minutes=1))
    [won] = _won(out)
    assert "小美" in won
    assert _won(await harness.say("g1", "bo", "A")) == []  # one winner


# --- a birthday told privately by someone in several groups --------------------------------------------------------

async def _birthdays(harness) -> list[tuple]:
    return sorted(await harness.db.read(lambda s: [(b.group_id, b.month, b.day, b.lunar)
                                                   for b in s.exec(select(Birthday)).all()]))


def _later(harness, minutes: int = 2):
    return harness.clock.now() + timedelta(minutes=minutes)


@pytest.mark.parametrize("answer, kept", [
    ("潮流青年群", ["g3"]), ("青年群吧", ["g3"]), ("就宝妈育儿群 谢谢", ["g1"]), ("宝妈", ["g1"]), ("在宝妈群哦", ["g1"]),
    ("都要", ["g1", "g3"]), ("两个群都要", ["g1", "g3"]), ("都可以", ["g1", "g3"]),
])
async def test_her_answer_naming_a_group_keeps_the_date_held(make_harness, answer, kept):
    harness = await make_harness(groups=[GROUP, OWNED, YOUNG])
    [asked] = [a["text"] for a in privately("amy", await harness.dm("amy", "我生日3月8号"))]
    assert "3月8日" in asked and "宝妈育儿群、潮流青年群" in asked and "都要" in asked
    assert await _birthdays(harness) == []
    noted = [a["text"] for a in privately("amy", await harness.dm("amy", answer, at=_later(harness)))]
    assert len(noted) == len(kept) and all("记下啦" in t and "3月8日" in t for t in noted)
    assert await _birthdays(harness) == [(g, 3, 8, False) for g in kept]


async def test_a_lunar_birthday_held_names_it_the_lunar_way(make_harness):
    harness = await make_harness(groups=[GROUP, OWNED, YOUNG])
    [asked] = [a["text"] for a in privately("amy", await harness.dm("amy", "我的生日是农历二月初八"))]
    assert "农历二月初八" in asked
    await harness.dm("amy", "宝妈群", at=_later(harness))
    assert await _birthdays(harness) == [("g1", 2, 8, True)]


@pytest.mark.parametrize("other", ["我的积分", "宝妈群 我的积分", "算了", "不用了谢谢", "都不要", "乐龄健康群"])
async def test_anything_else_lets_the_date_lapse(make_harness, other):
    harness = await make_harness(groups=[GROUP, OWNED, YOUNG])
    await harness.dm("amy", "生日是3月8号")
    await harness.dm("amy", other, at=_later(harness))
    await harness.dm("amy", "宝妈育儿群", at=_later(harness, 4))  # too late: her answer was something else
    assert await _birthdays(harness) == []


async def test_a_day_after_the_date_lapses(make_harness):
    harness = await make_harness(groups=[GROUP, OWNED, YOUNG])
    await harness.dm("amy", "生日是3月8号")
    await harness.dm("amy", "宝妈育儿群", at=harness.clock.now() + timedelta(hours=25))
    assert await _birthdays(harness) == []


async def test_no_day_is_asked_again_at_once(make_harness):
    harness = await make_harness(groups=[GROUP, OWNED, YOUNG])
    [answer] = [a["text"] for a in privately("amy", await harness.dm("amy", "我生日2月30号"))]
    assert "不是有效的日期" in answer


async def test_one_group_or_named_is_kept_at_once_as_before(make_harness):
    harness = await make_harness(groups=[GROUP, OWNED, YOUNG])
    [noted] = [a["text"] for a in privately("amy", await harness.dm("amy", "潮流青年群 我生日3月8号"))]
    assert "记下啦" in noted and "潮流青年群" in noted
    assert await _birthdays(harness) == [("g3", 3, 8, False)]


def _found(text: str, named=None) -> Found:
    return Found(named, (GROUP, YOUNG), text=text, named=named is not None)


@pytest.mark.parametrize("text, named, chosen", [
    ("", GROUP, ("g1",)), ("吧", GROUP, ("g1",)), ("的积分", GROUP, ()), ("都要", None, ("g1", "g3")),
    ("宝妈", None, ("g1",)), ("都不要", None, ()), ("我的积分", None, ()), ("群", None, ()),
])
def test_groups_chosen(text, named, chosen):
    assert tuple(g.id for g in groups_chosen(_found(text, named))) == chosen


# --- hostile input --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_long_messages_are_read_quickly(size):
    for text in ("一/" * (size // 2), "一" + " " * size + "x", "一" + "/" * size + "二", "十 " * (size // 2),
                 "都" * size, "宝妈" * (size // 2), "吧" * size + "x", "就" * size):
        start = time.perf_counter()
        fold(text), picked(text, PRESSURE), picked(text[:40], PRESSURE)
        groups_chosen(_found(text)), groups_chosen(_found(text, GROUP))
        assert time.perf_counter() - start < 0.5
