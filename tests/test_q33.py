"""q33 through the real pipeline (SQLite, the shipped banks and templates): a quiz answer read as a person reads it; the
sign-in asked about (can she still, her record, why her streak started again); a birthday told privately kept."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest

from bot.language.birthday_said import told_birthday
from bot.language.signin_questions import BROKEN, RECORD, WINDOW, asks_about_signin
from bot.lunar_days import next_solar
from bot.quiz.answers import picked
from tests.conftest import local, privately
from tests.test_operations import OPS_CONFIG, run_until

SALT = ("5克", "10克", "15克")  # health h01, answer A
MILK = ("3个月", "6个月", "1岁", "2岁")  # parenting p01, answer B
SLEEP = ("仰卧（平躺）", "俯卧（趴着睡）", "侧卧")


# --- the quiz: which option a message picks -------------------------------------------------------------------------

@pytest.mark.parametrize("text, options, letter", [
    ("我猜是第二个", MILK, "B"), ("选第二个吧", MILK, "B"), ("第2个", MILK, "B"), ("应该是B吧", MILK, "B"),
    ("我觉得是C 不对 是A", MILK, "A"), ("选b 说错了 选c", MILK, "C"), ("不是A 是B", MILK, "B"), ("还是D吧", MILK, "D"),
    ("五克吧", SALT, "A"), ("十克", SALT, "B"), ("我觉得15克", SALT, "C"), ("5", SALT, "A"), ("二", SALT, "B"),
    ("6个月吧", MILK, "B"), ("平躺", SLEEP, "A"), ("趴着睡", SLEEP, "B"), ("我选第三个哦", SLEEP, "C"),
    ("B选项", MILK, "B"), ("ｂ", MILK, "B"), ("答案是 B 吧", MILK, "B"), ("估计是c", MILK, "C"), ("肯定选A啊", MILK, "A"),
])
def test_an_option_picked_as_a_person_says_it(text, options, letter):
    assert picked(text, options) == letter


@pytest.mark.parametrize("text, options", [
    ("我B站看到的", MILK), ("a4纸多少钱", MILK), ("abc", MILK), ("c位出道", MILK), ("不是A", MILK), ("C不对吧", MILK),
    ("A还是B？", MILK), ("A还是B", MILK), ("是a吗", MILK), ("第5个", MILK), ("E", MILK), ("好的", MILK), ("哈哈", MILK),
    ("2", MILK),  # 2岁, or the second? neither
    ("1", MILK), ("我选b站", MILK), ("今天去B超了", MILK), ("bb", MILK), ("宝宝6个月了会翻身了", MILK),
])
def test_chat_holding_a_letter_picks_nothing(text, options):
    assert picked(text, options) is None


async def _quiz(harness, theme: str) -> None:
    asked = await harness.say("g1", "staff", f"/quiz {theme}")
    assert any("A." in a["text"] for a in asked)


def _won(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if "第一个答对" in a["text"]]


@pytest.mark.parametrize("theme, text", [
    ("育儿", "我猜是第二个"), ("育儿", "选第二个吧"), ("育儿", "应该是B吧"), ("健康", "五克吧"), ("健康", "我觉得是C 不对 是A"),
    ("育儿", "我觉得是D 不对不对 是B"),
])
async def test_a_quiz_won_by_an_answer_in_words(harness, theme, text):
    await _quiz(harness, theme)
    [won] = _won(await harness.say("g1", "amy", text))
    assert "小美" in won


async def test_a_later_letter_in_a_self_correction_wins_only_as_her_last_choice(harness):
    await _quiz(harness, "健康")  # the answer is A
    assert _won(await harness.say("g1", "amy", "我觉得是A 不对 是C")) == []
    assert _won(await harness.say("g1", "bo", "是A吧")) != []


async def test_chat_with_a_letter_is_no_pick_and_she_may_still_answer(harness):
    await _quiz(harness, "育儿")  # the answer is B
    assert await harness.say("g1", "amy", "我B站看到的") == []
    assert _won(await harness.say("g1", "amy", "选第二个")) != []


async def test_one_pick_a_member_as_before(harness):
    await _quiz(harness, "育儿")
    assert _won(await harness.say("g1", "amy", "第一个吧")) == []
    assert _won(await harness.say("g1", "amy", "哦不 是第二个")) == []  # a second message is a second pick
    assert _won(await harness.say("g1", "bo", "第二个")) != []


# --- the sign-in asked about ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("现在还能签到不", WINDOW), ("今天还能打卡吗", WINDOW), ("几点之前要签到", WINDOW), ("签到几点截止呀", WINDOW),
    ("这么晚了还能签吗", WINDOW), ("签到有时间限制吗", WINDOW), ("打卡什么时候结束", WINDOW),
    ("我的签到记录", RECORD), ("我连续签了几天了", RECORD), ("我签到多少天了", RECORD), ("俺打卡几天了呀", RECORD),
    ("我已经连续打卡多少天了", RECORD),
    ("我的连续怎么断了", BROKEN), ("怎么又从1开始了", BROKEN), ("连续天数怎么清零了", BROKEN),
    ("为什么我的签到又从1开始", BROKEN), ("咋又变成1天了", BROKEN),
])
def test_the_sign_in_asked_about(text, kind):
    assert asks_about_signin(text) == kind


@pytest.mark.parametrize("text", [
    "你们签到了吗", "我妈还能签到吗", "昨天还能补签吗", "上班打卡几点", "西湖晚上还能打卡吗", "活动几点签到入场",
    "连签断了，破防了", "前天没签 连续天数断了 唉", "机器人居然记得我签了几天 厉害", "他连续签了几天",
    "能不能签到的时候别发那么多表情", "连续下雨好几天了", "签字几点前要交", "健身打卡第几天了", "签到",
])
def test_look_alikes_are_not_asked_about_the_sign_in(text):
    assert asks_about_signin(text) is None


def _said(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if a["action"] == "say"]


async def test_can_she_still_sign_in_today(harness):
    [window] = _said(await harness.say("g1", "amy", "现在还能签到不"))
    assert "每天 0 点到晚上 12 点" in window and "您今天还没签" in window
    await harness.say("g1", "amy", "签到")
    [signed] = _said(await harness.say("g1", "amy", "几点之前要签到", at=harness.clock.now() + timedelta(minutes=2)))
    assert "您今天已经签过啦，已连续打卡 1 天" in signed


async def test_her_record_asked_in_the_group_is_the_sign_in_record(harness):
    await harness.say("g1", "amy", "签到")
    [record] = _said(await harness.say("g1", "amy", "我连续签了几天了"))
    assert "今天已签到，已连续打卡 1 天" in record and "积分" not in record  # no balance beside it


async def test_why_her_streak_started_again_names_the_day_missed(make_harness):
    harness = await make_harness(start=local("2026-11-20 09:00"))
    await harness.say("g1", "amy", "签到", at=local("2026-11-20 09:00"))
    await harness.say("g1", "amy", "签到", at=local("2026-11-21 09:00"))
    await harness.say("g1", "amy", "签到", at=local("2026-11-23 09:00"))
    [why] = _said(await harness.say("g1", "amy", "我的连续怎么断了", at=local("2026-11-23 09:05")))
    assert "11月22日 没有签到" in why and "11月23日 重新从第 1 天算起" in why and "漏签一天" in why
    [vague] = _said(await harness.say("g1", "amy", "怎么又从1开始了", at=local("2026-11-23 09:07")))
    assert "11月22日" in vague
    # not signed in for days: the next sign-in starts at 1
    [broken] = _said(await harness.say("g1", "bo", "连续天数怎么清零了", at=local("2026-11-23 09:08")))
    assert "还没有签到记录" in broken
    await harness.say("g1", "bo", "签到", at=local("2026-11-23 09:09"))
    await run_until(harness, local("2026-11-26 08:59"))
    [late] = _said(await harness.say("g1", "bo", "为什么我的连续签到断了", at=local("2026-11-26 09:00")))
    assert "11月24日 到 11月25日 这 2 天没有签到" in late and "今天签到就从第 1 天重新算起" in late


async def test_a_vague_question_with_no_break_of_hers_is_left_alone(harness):
    await harness.say("g1", "amy", "签到")
    assert _said(await harness.say("g1", "amy", "怎么又从1开始了", at=harness.clock.now() + timedelta(minutes=2))) == []


async def test_asked_privately_answered_privately(harness):
    actions = await harness.dm("amy", "今天还能打卡吗")
    assert not _said(actions)
    [answer] = [a["text"] for a in privately("amy", actions)]
    assert answer.startswith("【宝妈育儿群】每天 0 点到晚上 12 点") and "在群里发“签到”" in answer


# --- a birthday told privately --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, told", [
    ("生日是3月8号", (3, 8, False)), ("我生日3月8号", (3, 8, False)), ("我的生日是农历二月初八", (2, 8, True)),
    ("我是腊月十六的生日", (12, 16, True)), ("生日 3.8 帮我记一下", (3, 8, False)), ("我农历生日是正月十五", (1, 15, True)),
    ("你好 我生日是5月20日 谢谢", (5, 20, False)), ("我生日是阴历冬月廿三", (11, 23, True)), ("我是3月8号生日", (3, 8, False)),
    ("生日：12-25", (12, 25, False)), ("我生日2月30号", (2, 30, False)),
])
def test_her_birthday_told(text, told):
    assert told_birthday(text) == told


@pytest.mark.parametrize("text", [
    "我老公生日3月8号", "生日是3月8号吗", "3月8号生日会有活动吗", "我儿子的生日是3月8号", "生日快乐", "今天我生日",
    "生日有优惠吗", "我的生日是几号来着", "祝3月8号生日的姐妹快乐",
])
def test_not_her_birthday_told(text):
    assert told_birthday(text) is None


@pytest.mark.parametrize("text, said", [
    ("生日是3月8号", "您的生日是 3月8日"), ("我生日3月8号", "您的生日是 3月8日"),
    ("我的生日是农历二月初八", "您的生日是农历二月初八（下一次是 3月15日）"),
])
async def test_a_birthday_told_privately_is_kept_never_the_menu(harness, text, said):
    [answer] = [a["text"] for a in privately("amy", await harness.dm("amy", text))]
    assert said in answer and "宝妈育儿群" in answer and "生日 取消" in answer and "我的积分 ·" not in answer


async def test_a_day_that_is_no_day_is_asked_again(harness):
    [answer] = [a["text"] for a in privately("amy", await harness.dm("amy", "我生日2月30号"))]
    assert "不是有效的日期" in answer


async def test_a_lunar_birthday_is_greeted_on_its_day(make_harness):
    config = OPS_CONFIG.replace('  schedule:\n', '  schedule:\n    - {id: bd, cron: "0 10 * * *", action: birthdays}\n')
    harness = await make_harness(config)
    await harness.dm("amy", "我的生日是农历十月廿二")  # 2026-11-30
    await harness.say("g1", "bo", "/生日 农历十月十七")  # 2026-11-25, by the command too
    day = next_solar(10, 22, local("2026-11-23 09:00").date())
    out = await run_until(harness, local("2026-12-02 12:00"))
    greetings = [a for a in out if "生日快乐" in a["text"]]
    assert [g["mentions"] for g in greetings] == [["bo"], ["amy"]]
    assert greetings[1]["t"].startswith(f"{day.isoformat()}T02:00")


# --- hostile input --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_long_messages_are_read_quickly(size):
    for text in ("我" * size, "签到" * (size // 2), "我连续" * (size // 3), "生日是" + "3" * size, "第" * size,
                 "b不对" * (size // 3), "怎么" * (size // 2) + "断了", "还能" * (size // 2), "我生日" + "月" * size):
        start = time.perf_counter()
        asks_about_signin(text), told_birthday(text), picked(text, MILK), picked(text[:40], SALT)
        assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("text, right", [("18 不对 20", True), ("20 不对 18", False), ("我觉得是20颗吧", True), ("改良", False)])
def test_a_free_answer_corrected_is_read_after_the_correction(text, right):
    from bot.quiz.answers import is_correct
    assert is_correct(text, answer="20", options=[], accept=["20颗"]) is right
