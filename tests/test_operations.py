"""Group operations through the real pipeline on a virtual clock: roles, invites, FAQ, questions,
promises, dormancy, health, birthdays, /stats, /config explain."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.config import TimeWindow
from bot.events import GroupInfo, Member
from bot.faq import SHIPPED, Faq, ENTRIES
from bot.config_loader import load_yaml_model
from bot.questions import due_after
from tests.conftest import GROUP, TEST_CONFIG, local, to

OPS_CONFIG = TEST_CONFIG + """
  roles: {bo: 组长}
  welcome: {rules_summary: 不发广告}
  questions: {sla_minutes: 30, opening_hours: "09:00-21:00"}
  dormancy: {nudge_after_days: 14, list_after_days: 30}
"""


def directs(actions: list[dict], member: str) -> list[dict]:
    return [a for a in actions if a["action"] == "direct" and a["to"] == member]


async def run_until(harness, when) -> list[dict]:
    """Everything the bot does from now until ``when`` (queue drained)."""
    seen = len(harness.actions)
    await harness.sim.advance_to(when)
    await harness.drain()
    return harness.actions[seen:]


# --- roles and refusals ----------------------------------------------------------------


async def test_honorary_roles_from_config_and_by_command_survive_a_restart(make_harness):
    harness = await make_harness(OPS_CONFIG)
    listed = await harness.say("g1", "owner", "/role")
    assert "波波 —— 组长" in listed[0]["text"]
    set_ = await harness.say("g1", "owner", "/role @小美 达人", mentions=["amy"])
    assert set_[0]["text"] == "已把 小美 设为达人。"
    assert "只有群主可以使用" in (await harness.say("g1", "amy", "/role @波波 名誉群主", mentions=["bo"]))[0]["text"]
    await harness.bot.stop()
    again = await make_harness(OPS_CONFIG)  # the same database file
    assert "小美 —— 达人" in (await again.say("g1", "owner", "/role"))[0]["text"]


async def test_role_usage_and_staff_roles_come_from_config(harness):
    assert "用法：/role @成员 角色" in (await harness.say("g1", "owner", "/role @小美 老大", mentions=["amy"]))[0]["text"]
    assert "工作人员" in (await harness.say("g1", "owner", "/role @小李 组长", mentions=["staff"]))[0]["text"]


async def test_refusals_are_polite_and_rate_limited(harness):
    first = await harness.say("g1", "amy", "/reload")
    assert first[0]["text"] == "抱歉，/reload 只有群主和群助理可以使用。"
    assert await harness.say("g1", "amy", "/stats") == []  # a second try within 10 minutes: silence
    later = await harness.say("g1", "amy", "/stats", at=harness.clock.now() + timedelta(minutes=11))
    assert "只有群主和群助理" in later[0]["text"]


async def test_a_member_renamed_as_the_owner_is_still_a_member(harness):
    out = await harness.say("g1", "bo", "/role @小美 组长", mentions=["amy"], name="王店长")
    assert "只有群主可以使用" in out[0]["text"]
    assert "只有群主可以使用" not in (await harness.say("g1", "owner", "/role @小美 组长", mentions=["amy"]))[0]["text"]


async def test_help_lists_only_what_the_asker_may_use(harness):
    member = (await harness.say("g1", "amy", "/help"))[0]["text"]
    owner = (await harness.say("g1", "owner", "/help"))[0]["text"]
    assert "/生日" in member and "/invites" in member and "/stats" not in member and "/role" not in member
    assert "/stats" in owner and "/role" in owner and "/兑现" in owner


# --- welcome and invites -------------------------------------------------------------------


async def test_30_joins_in_a_minute_share_welcomes_and_credit_the_inviter(make_harness):
    harness = await make_harness(OPS_CONFIG)
    start = local("2026-11-23 10:00")
    for n in range(30):
        await harness.sim.feed(harness.adapter.join("g1", Member(f"new{n}", f"新人{n}"), inviter="amy",
                                                    at=start + timedelta(seconds=n * 2)))
    await harness.drain()
    out = harness.actions
    welcomes = [a for a in out if a["text"].startswith("欢迎")]
    assert 1 <= len(welcomes) <= 2
    assert sum(len(a["mentions"]) for a in welcomes) == 30
    assert all("感谢小美" in a["text"] and "群规：不发广告" in a["text"] for a in welcomes)
    balance = await harness.say("g1", "amy", "我的积分")
    assert "200 积分" in balance[0]["text"]  # 20 credited (invites.daily_cap), 10 points each
    # Anti-farming: an invitee who leaves within min_stay_days takes the credit back; a re-join earns nothing.
    await harness.sim.feed(harness.adapter.leave("g1", "new0", at=start + timedelta(days=1)))
    await harness.sim.feed(harness.adapter.join("g1", Member("new0", "新人0"), inviter="amy",
                                                at=start + timedelta(days=1, minutes=5)))
    await harness.drain()
    assert "190 积分" in (await harness.say("g1", "amy", "我的积分", at=start + timedelta(days=1, hours=1)))[0]["text"]
    board = await harness.say("g1", "bo", "/invites")
    assert "1. 小美 邀请 29 人" in board[0]["text"]


async def test_self_invites_and_bot_invites_earn_nothing(make_harness):
    harness = await make_harness(OPS_CONFIG)
    await harness.sim.feed(harness.adapter.join("g1", Member("amy2", "小美小号"), inviter="amy2"))
    await harness.sim.feed(harness.adapter.join("g1", Member("amy3", "小美三号"), inviter="qunbot"))
    await harness.drain()
    assert "还没有人邀请新朋友" in (await harness.say("g1", "amy2", "/invites"))[0]["text"]


# --- FAQ and questions -----------------------------------------------------------------------


@pytest.mark.parametrize("text, entry", [
    ("请问你们几点开门？", "hours"),
    ("营业时间是几点到几点", "hours"),
    ("店在哪里呀", "address"),
    ("買錯了能退嗎", "returns"),  # traditional script and full-width are normalised
    ("送货上门吗？", "delivery"),
    ("今天天气真好", None),
    ("我家宝宝发烧了怎么办？", None),
    ("哈哈哈哈", None),
    ("开", None),
])
def test_shipped_faq_matches_questions_and_nothing_else(text, entry):
    faq = Faq(load_yaml_model(SHIPPED, ENTRIES))
    found = faq.answer(text, 0.7)
    assert (found.id if found else None) == entry


async def test_a_faq_question_gets_the_answer_and_chat_gets_nothing(harness):
    out = await harness.say("g1", "amy", "请问你们几点开门？")
    assert to("amy", out) and "8:30" in out[0]["text"]
    assert await harness.say("g1", "amy", "今天天气真好") == []
    assert await run_until(harness, harness.clock.now() + timedelta(hours=2)) == []  # an FAQ answer is an answer


async def test_an_unanswered_question_reaches_the_owner_after_the_sla(make_harness):
    harness = await make_harness(OPS_CONFIG)
    asked = local("2026-11-23 10:00")
    assert await harness.say("g1", "amy", "宝宝发烧了，店里有退烧贴吗？", at=asked) == []
    assert await run_until(harness, asked + timedelta(minutes=29)) == []
    out = await run_until(harness, asked + timedelta(minutes=31))
    assert {a["to"] for a in out if a["action"] == "direct"} == {"owner", "staff"}
    assert "小美" in out[0]["text"] and "退烧贴" in out[0]["text"] and out[0]["t"] == (asked + timedelta(minutes=30)).isoformat()
    assert await run_until(harness, asked + timedelta(hours=5)) == []  # told once


async def test_a_question_answered_by_staff_or_an_at_reply_is_not_escalated(make_harness):
    harness = await make_harness(OPS_CONFIG)
    t = local("2026-11-23 10:00")
    await harness.say("g1", "amy", "有没有婴儿湿巾？", at=t)
    await harness.say("g1", "staff", "有的，货架第二排", at=t + timedelta(minutes=5))
    await harness.say("g1", "bo", "请问周六有活动吗", at=t + timedelta(minutes=6))
    await harness.say("g1", "amy", "@波波 有的，亲子活动", mentions=["bo"], at=t + timedelta(minutes=7))
    assert directs(await run_until(harness, t + timedelta(hours=3)), "owner") == []


async def test_a_question_at_night_waits_for_opening_hours_and_survives_a_restart(make_harness):
    harness = await make_harness(OPS_CONFIG)
    night = local("2026-11-23 23:00")
    assert await harness.say("g1", "amy", "羊奶粉什么时候到货？", at=night) == []
    await harness.bot.stop()
    again = await make_harness(OPS_CONFIG, start=night + timedelta(minutes=1))
    assert directs(await run_until(again, local("2026-11-24 09:29")), "owner") == []
    told = directs(await run_until(again, local("2026-11-24 09:31")), "owner")
    assert len(told) == 1 and told[0]["t"] == local("2026-11-24 09:30").isoformat()


def test_sla_counts_only_opening_hours():
    hours = TimeWindow.model_validate("09:00-21:00")
    from zoneinfo import ZoneInfo
    zone = ZoneInfo("Asia/Shanghai")
    assert due_after(local("2026-11-23 10:00"), 30, hours, zone) == local("2026-11-23 10:30")
    assert due_after(local("2026-11-23 20:50"), 30, hours, zone) == local("2026-11-24 09:20")
    assert due_after(local("2026-11-23 03:00"), 30, hours, zone) == local("2026-11-23 09:30")
    assert due_after(local("2026-11-23 03:00"), 30, None, zone) == local("2026-11-23 03:30")
    wraps = TimeWindow.model_validate("20:00-02:00")
    assert due_after(local("2026-11-23 01:50"), 30, wraps, zone) == local("2026-11-23 20:20")
