"""Red packets: the pure policy (table tests), the owner's reminder, /红包计划, thanks and begging."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.config.schema import RedPacketSettings, TimeWindow
from bot.events import GroupInfo, Kind, Member
from bot.redpacket_policy import Budget, GroupStats, plan
from tests.conftest import SHANGHAI, local, privately, to
from tests.dbs import query

SETTINGS = RedPacketSettings(monthly_budget=100, min_amount=5, milestone_every=100, milestone_amount=20,
                             festival_amount=30, revive_amount=10, winner_amount=5, members_per_share=5,
                             max_shares=100, window=TimeWindow.model_validate("20:00-20:30"))
NIGHT = TimeWindow.model_validate("22:00-07:00")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=SHANGHAI)
QUIET = GroupStats(size=80, messages_this_week=300, messages_last_week=310)


def at(hh_mm: str, days: int = 0) -> datetime:
    hours, minutes = map(int, hh_mm.split(":"))
    return NOW.replace(hour=hours, minute=minutes) + timedelta(days=days)


@pytest.mark.parametrize("case, stats, budget, settings, quiet, expected", [
    ("nothing to celebrate", QUIET, Budget(100, 0), SETTINGS, NIGHT,
     dict(send=False, reason="今天没有发红包的理由")),
    ("no budget configured", GroupStats(100, 0, 0), Budget(0, 0), SETTINGS, NIGHT,
     dict(send=False, reason="本群未设红包预算")),
    ("budget exhausted -> no plan, even at a milestone", GroupStats(100, 300, 300), Budget(100, 98), SETTINGS, NIGHT,
     dict(send=False, reason="本月预算 100 元已用完（已发 98 元）")),
    ("milestone: the 100th member", GroupStats(100, 300, 300), Budget(100, 0), SETTINGS, NIGHT,
     dict(send=True, amount=20, shares=20, milestone=100, reason="群成员达到 100 人", start=at("20:00"), end=at("20:30"))),
    ("a milestone is celebrated once", GroupStats(130, 300, 300, last_milestone=100), Budget(100, 0), SETTINGS, NIGHT,
     dict(send=False)),
    ("capped by what is left", GroupStats(200, 300, 300, festival="中秋节"), Budget(100, 60), SETTINGS, NIGHT,
     dict(send=True, amount=40, reason="今天是中秋节；群成员达到 200 人")),
    ("left below the minimum", GroupStats(200, 300, 300), Budget(100, 96), SETTINGS, NIGHT,
     dict(send=False, reason="本月预算 100 元已用完（已发 96 元）")),
    ("activity halved", GroupStats(80, 40, 100), Budget(100, 0), SETTINGS, NIGHT,
     dict(send=True, amount=10, shares=16, reason="本周消息 40 条，比上周 100 条少了一半以上")),
    ("a quiet group stays quiet: too few messages to call it a drop", GroupStats(80, 2, 10), Budget(100, 0), SETTINGS, NIGHT,
     dict(send=False)),
    ("winners get a share each", GroupStats(10, 50, 50, winners=("a", "b", "c")), Budget(100, 0), SETTINGS, NIGHT,
     dict(send=True, amount=15, shares=3, reason="3 位成员连续签到满 7 天")),
    ("window in quiet hours moves to their end", GroupStats(100, 0, 0), Budget(100, 0),
     SETTINGS.model_copy(update={"window": TimeWindow.model_validate("22:30-23:00")}), NIGHT,
     dict(send=True, start=at("07:00", days=1), end=at("07:30", days=1))),
    ("window after midnight in quiet hours", GroupStats(100, 0, 0), Budget(100, 0),
     SETTINGS.model_copy(update={"window": TimeWindow.model_validate("00:30-01:00")}), NIGHT,
     dict(send=True, start=at("07:00", days=1), end=at("07:30", days=1))),
    ("no quiet hours: the window stands", GroupStats(100, 0, 0), Budget(100, 0),
     SETTINGS.model_copy(update={"window": TimeWindow.model_validate("22:30-23:00")}), None,
     dict(send=True, start=at("22:30"), end=at("23:00"))),
])
def test_policy(case, stats, budget, settings, quiet, expected):
    result = plan(stats, budget, NOW, settings, quiet)
    assert {key: getattr(result, key) for key in expected} == expected, case
    if result.send:
        assert result.amount <= budget.left and result.shares >= 1
        assert quiet is None or not quiet.contains(result.start.time())


def test_a_window_already_over_today_is_tomorrows():
    result = plan(GroupStats(100, 0, 0), Budget(100, 0), at("21:00"), SETTINGS, NIGHT)
    assert (result.start, result.end) == (at("20:00", days=1), at("20:30", days=1))


CONFIG = """
send: {jitter_seconds: 0}
defaults:
  assistants: [staff]
  redpacket: {monthly_budget: 100}
  schedule:
    - {id: rp, cron: "0 9 * * *", action: redpacket_plan}
"""


def members(n: int) -> tuple[Member, ...]:
    return (Member("owner", "王店长"), Member("staff", "小李")) + tuple(Member(f"m{i}", f"成员{i}") for i in range(n - 2))


async def test_the_100th_member_brings_a_reminder_to_the_owner_once(make_harness):
    group = GroupInfo("g1", "宝妈育儿群", "owner", members(100))
    harness = await make_harness(CONFIG, start=local("2026-11-23 08:00"), groups=[group])
    await harness.sim.advance_to(local("2026-11-25 10:00"))
    await harness.drain()
    dms = [a for a in harness.actions if a["action"] == "direct"]
    assert [(a["to"], a["t"]) for a in dms] == [("owner", local("2026-11-23 09:00").isoformat())]
    assert "20:00-20:30 发一个 20 元的拼手气红包，分 20 个" in dms[0]["text"]
    assert "群成员达到 100 人" in dms[0]["text"] and "还剩 80 元" in dms[0]["text"]


async def test_staff_red_packet_counts_as_spent_members_are_thanked_and_activity_measured(make_harness):
    group = GroupInfo("g1", "宝妈育儿群", "owner", members(100))
    harness = await make_harness(CONFIG, start=local("2026-11-23 08:00"), groups=[group])
    await harness.sim.advance_to(local("2026-11-23 19:30"))
    for n in range(3):
        await harness.say("g1", f"m{n}", "晚上好", at=local("2026-11-23 19:40") + timedelta(minutes=n))
    out = await harness.say("g1", "owner", "[红包]", kind=Kind.RED_PACKET, at=local("2026-11-23 20:05"))
    assert [a["text"] for a in out] == ["谢谢店长的红包！大家手慢无～"]
    for n in range(8):
        await harness.say("g1", f"m{n}", "谢谢老板", at=local("2026-11-23 20:06") + timedelta(minutes=n))
    out = await harness.say("g1", "m5", "[红包]", kind=Kind.RED_PACKET, at=local("2026-11-23 20:30"))
    assert to("m5", out)[0]["text"] == "谢谢成员5的红包，好人一生平安！"
    out = await harness.say("g1", "staff", "/红包计划", at=local("2026-11-23 21:10"))
    text = privately("staff", out)[0]["text"]  # the store's budget: privately
    assert text.startswith("11月红包：预算 100 元，已发 20 元，剩 80 元。")
    assert "本月计划：23日 20 元（群成员达到 100 人）" in text
    assert "11月23日的红包：前一小时 3 条消息，后一小时 9 条" in text  # 8 thanks + the member's packet
    rows = query(harness.db, "select sender_id, amount from red_packet_log order by at")
    assert rows == [("owner", 20.0), ("m5", None)]


async def test_spend_can_be_recorded_by_command_and_exhausts_the_budget(make_harness):
    group = GroupInfo("g1", "宝妈育儿群", "owner", members(100))
    harness = await make_harness(CONFIG, start=local("2026-11-23 08:00"), groups=[group])
    out = await harness.say("g1", "owner", "/红包计划 记账 100", at=local("2026-11-23 08:30"))
    assert "已发 100 元，剩 0 元" in out[0]["text"] and "今天：不发（本月预算 100 元已用完" in out[0]["text"]
    await harness.sim.advance_to(local("2026-11-23 10:00"))
    assert [a for a in harness.actions if a["action"] == "direct" and "红包提醒" in a["text"]] == []  # no reminder
    out = await harness.say("g1", "owner", "/红包计划 记账 很多", at=local("2026-11-23 10:30"))
    assert out[0]["text"].startswith("用法：/红包计划 记账 30")
    out = await harness.say("g1", "m1", "/红包计划", at=local("2026-11-23 10:31"))
    assert "只有群主和群助理" in out[0]["text"]


async def test_begging_gets_a_kind_answer_and_not_an_echo(make_harness):
    harness = await make_harness(CONFIG, start=local("2026-11-23 10:00"))
    replies = []
    for n, text in enumerate(["群主发个红包吧", "红包呢", "来个红包", "求红包", "发红包发红包"]):
        replies += await harness.say("g1", "amy", text, at=local("2026-11-23 10:00") + timedelta(seconds=10 * n))
    assert len(to("amy", replies)) == 1 and all("按计划发" in r["text"] for r in replies)  # five begs, one answer
    later = await harness.say("g1", "amy", "发个红包吧", at=local("2026-11-23 17:00"))
    assert len(to("amy", later)) == 1  # hours later, a kind answer again
    assert await harness.say("g1", "bo", "今天的红包很大") == []


async def test_a_festival_from_the_list_brings_a_plan_and_an_ordinary_solar_term_does_not(make_harness):
    group = GroupInfo("g1", "宝妈育儿群", "owner", members(30))
    harness = await make_harness(CONFIG, start=local("2026-12-06 08:00"), groups=[group])
    await harness.sim.advance_to(local("2026-12-23 10:00"))  # 12-07 is 大雪 (a solar term), 12-22 is 冬至
    await harness.drain()
    dms = [a for a in harness.actions if a["action"] == "direct"]
    assert [a["t"] for a in dms] == [local("2026-12-22 09:00").isoformat()]
    assert "12月22日 20:00-20:30 发一个 30 元的拼手气红包，分 6 个" in dms[0]["text"] and "今天是冬至" in dms[0]["text"]
