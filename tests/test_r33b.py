"""R33b through the real pipeline (SQLite): a member's slash command whose words are no fields of that command, or whose
fields sell, is judged as any text (g33's relaxation only for the command's own fields); a bare number answering the
bot's own question is not a quiz pick; a lunar birthday greeted once a lunar year; more after an unanswered question
when the question cannot be asked; a hesitant pick's judging state held per bot."""
from __future__ import annotations

import time
from datetime import date, timedelta
from functools import partial

import pytest

import sqlalchemy as sa

from bot.commands import own_fields
from bot.lunar_days import lunar_year, today_lunar
from bot.quiz.answers import counts_only
from storage import community
from storage.models import GroupBuyOrder
from bot.moderation.stage import SELLING
from tests.conftest import TEST_CONFIG

ADS = TEST_CONFIG.replace("  rules:\n", """  rules:
    - {type: ads, id: ads, files: [bot/content/ad_words.txt], cue_files: [bot/content/ad_cues.txt], model: true,
       threshold: 3, model_threshold: 0.85, reason: 发布广告或留联系方式拉人}
""", 1)
DRAW_USAGE = "/抽奖 奖品：保温杯 名额：3 口令：我要抽奖 截止：今晚8点 积分：10"


def _texts(actions: list[dict]) -> str:
    return "\n".join(a.get("text", "") for a in actions)


# --- 1. a slash command hiding an ad ----------------------------------------------------------------------------------

@pytest.mark.parametrize("args, fields", [
    ("奖品：iPhone 名额：1", "iPhone  1"),
    ("奖品iPhone 名额1", "iPhone  1"),
    ("", ""),
    ("正品名牌包包一折清仓，货到付款，私聊我拿图", None),  # no field of /抽奖: any text
    ("iPhone 1 我要手机 今晚9点", None),
])
def test_own_fields(args, fields):
    found = own_fields(DRAW_USAGE, args)
    assert (found.split() if found is not None else None) == (fields.split() if fields is not None else None)


def test_a_command_without_labels_has_no_own_fields():
    assert own_fields("/公告 内容", "正品一折清仓") is None


@pytest.mark.parametrize("text", [
    "/抽奖 正品名牌包包一折清仓，货到付款，私聊我拿图",
    "/抽奖 奖品：正品名牌包包一折清仓 货到付款 私聊我拿图 名额：1",
    "/抽奖奖品名牌包包三折代购 名额1 私聊我",
    "/抽奖 奖品：名牌包包三折代购 名额：1",
    "/签到 宝妈兼职在家日结，一天三百，有意私聊我",
])
async def test_a_command_hiding_an_ad_is_an_ad(make_harness, text):
    harness = await make_harness(ADS)
    said = await harness.say("g1", "amy", text)
    assert "发布广告或留联系方式拉人" in _texts(said)


@pytest.mark.parametrize("text", [
    "/抽奖 奖品：iPhone 名额：1",
    "/抽奖 奖品：iPhone 名额：1 口令：我要手机 截止：今晚9点",
    "/抽奖 奖品：保温杯 名额：3 口令：我要抽奖 截止：今晚8点 积分：10",
])
async def test_a_members_own_draw_fields_are_no_ad(make_harness, text):
    harness = await make_harness(ADS)
    said = await harness.say("g1", "amy", text)
    assert "只有群主可以使用" in _texts(said) and "广告" not in _texts(said)


@pytest.mark.parametrize("text, hit", [
    ("一折", True), ("3.5折", True), ("八折", True), ("货到付款", True), ("私聊拿图", True), ("加V", True),
    ("打折", False), ("iPhone 1", False), ("13折", False), ("保温杯", False),
])
def test_selling_words(text, hit):
    assert bool(SELLING.search(text)) is hit


@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_fields(size):
    for text in ("奖品" + "：" * size, "奖品：" + "一" * size, "奖品" + "3." * size + "x", "名额" * size):
        started = time.perf_counter()
        own_fields(DRAW_USAGE, text)
        SELLING.search(text)
        assert time.perf_counter() - started < 0.5


# --- 2. a count answering the bot's own question during a quiz -------------------------------------------------------

EGGS = "/开团 鸡蛋30枚 ¥25 库存10 截止明天20:00 自提点A"


async def _asked_how_many(harness) -> None:
    await harness.say("g1", "staff", EGGS)
    asked = await harness.say("g1", "staff", "/quiz 穿搭")
    assert any("A." in a["text"] for a in asked)
    asked = await harness.say("g1", "amy", "鸡蛋给我来点")
    assert any("您要订几份鸡蛋30枚呢" in a.get("text", "") for a in asked), asked


async def _ordered(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


@pytest.mark.parametrize("answer, quantity", [("2", 2), ("两份", 2), ("3份吧", 3)])
async def test_a_count_answering_the_bots_question_is_no_quiz_pick(harness, answer, quantity):
    await _asked_how_many(harness)
    said = await harness.say("g1", "amy", answer)
    assert not any("答对" in a.get("text", "") for a in said)
    assert (await _ordered(harness)).get("amy") == quantity, said


async def test_a_letter_during_the_question_still_picks(harness):
    await _asked_how_many(harness)
    said = await harness.say("g1", "amy", "A")
    assert any("第一个答对" in a.get("text", "") for a in said), said


async def test_a_bare_number_without_a_question_is_still_a_pick(harness):
    await harness.say("g1", "staff", EGGS)
    await harness.say("g1", "staff", "/quiz 穿搭")  # 绿色, A
    said = await harness.say("g1", "amy", "1")
    assert any("第一个答对" in a.get("text", "") for a in said), said
    assert await _ordered(harness) == {}


@pytest.mark.parametrize("text, only", [
    ("2", True), ("两份", True), ("第二个", True), ("就2吧", True), ("3袋", True),
    ("B", False), ("选2", False), ("2还是3", False), ("b2", False), ("2b", False), ("我B站看到的", False),
])
def test_counts_only(text, only):
    assert counts_only(text) is only


@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_counts(size):
    for text in ("2" * size, "第" * size + "2", "2" + "吧" * size, "要" * size):
        started = time.perf_counter()
        assert not counts_only(text)
        assert time.perf_counter() - started < 0.5


# --- 3. a lunar birthday once a lunar year ---------------------------------------------------------------------------

async def test_a_lunar_birthday_is_greeted_once_each_lunar_year(harness):
    await harness.db.write(partial(community.set_birthday, group_id="g1", member_id="amy", month=12, day=2, lunar=True))
    await harness.db.write(partial(community.set_birthday, group_id="g1", member_id="bo", month=3, day=8))
    greeted: dict[str, list[date]] = {"amy": [], "bo": []}
    day = date(2026, 12, 1)
    while day < date(2029, 2, 1):
        found = await harness.db.write(partial(community.birthdays_today, group_id="g1", today=day,
                                               leap_day_on_28th=False, lunar_day=today_lunar(day),
                                               lunar_year=lunar_year(day)))
        for member in found:
            greeted[member].append(day)
        day += timedelta(days=1)
    # 腊月初二 falls twice in 2027 and never in 2028: each lunar year's is greeted
    assert greeted["amy"] == [date(2027, 1, 9), date(2027, 12, 29), date(2029, 1, 16)]
    assert greeted["bo"] == [date(2027, 3, 8), date(2028, 3, 8)]


async def test_a_lunar_birthday_is_greeted_once_on_its_day(harness):
    await harness.db.write(partial(community.set_birthday, group_id="g1", member_id="amy", month=12, day=2, lunar=True))
    day = date(2027, 12, 29)
    read = partial(community.birthdays_today, group_id="g1", today=day, leap_day_on_28th=False,
                   lunar_day=today_lunar(day), lunar_year=lunar_year(day))
    assert await harness.db.write(read) == ["amy"]
    assert await harness.db.write(read) == []  # a second run of the same day (another process) greets nobody


def test_lunar_years():
    assert lunar_year(date(2027, 1, 9)) == 2026 and lunar_year(date(2027, 12, 29)) == 2027
