"""Coupons through the real pipeline: campaigns from config, codes sent privately, redeemed once by staff."""
from __future__ import annotations

import re

import pytest
import sqlalchemy as sa

from bot.config.loader import ConfigError, parse_config
from bot.events import GroupInfo, Member
from storage import coupons
from storage.models import Coupon
from tests.conftest import privately, TEST_CONFIG, local, to

CONFIG = TEST_CONFIG + """
coupons:
  campaigns:
    - {id: c-100-20, title: 冬季满减券, face_value: 20, threshold: 100, quantity: 2, valid_days: 7}
    - {id: c-baby, title: 辅食立减券, face_value: 5, quantity: 100, tags: [辅食]}
    - {id: c-win, title: 抽奖幸运券, face_value: 10, quantity: 10}
  rewards: {lottery: c-win}
member_tags: {amy: [辅食]}
"""
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), Member("amy", "小美"),
                                                Member("bo", "波波"), Member("zhang", "张阿姨")))


def _code(actions: list[dict], member: str) -> str:
    [private] = [a for a in actions if a["action"] == "direct" and a["to"] == member]
    return re.search(r"券码 ([A-Z0-9]{8})", private["text"]).group(1)


def _said(actions: list[dict]) -> list[dict]:
    return [a for a in actions if a["action"] == "say"]


async def test_a_coupon_is_redeemed_once_and_only_by_staff(make_harness):
    harness = await make_harness(CONFIG, groups=[GROUP])
    actions = await harness.say("g1", "owner", "/发券 c-100-20 @小美 @波波", mentions=("amy", "bo"))
    code = _code(actions, "amy")
    assert "满100减20" in [a for a in actions if a.get("to") == "amy"][0]["text"]
    assert code not in " ".join(a["text"] for a in actions if a["action"] == "say")  # never in the group
    [refused] = to("amy", await harness.say("g1", "amy", f"/核销 {code}"))
    assert "核销成功" not in refused["text"]  # members cannot redeem
    [below] = privately("staff", await harness.say("g1", "staff", f"/核销 {code} 80"))
    assert "满 100 元" in below["text"]
    redeemed = await harness.say("g1", "staff", f"/核销 {code.lower()} 128")
    [done] = privately("staff", redeemed)
    assert "核销成功" in done["text"] and "小美" in done["text"]
    # The group never hears who holds the coupon: only that the answer went privately.
    assert [a["text"] for a in redeemed if a["action"] == "say"] == ["已私信您～"]
    [twice] = privately("owner", await harness.say("g1", "owner", f"/核销 {code}"))
    assert "核销过，不能重复使用" in twice["text"]
    [unknown] = privately("staff", await harness.say("g1", "staff", "/核销 ZZZZ9999"))
    assert "没有找到" in unknown["text"]


async def test_quantity_audience_and_my_coupons(make_harness):
    harness = await make_harness(CONFIG, groups=[GROUP])
    await harness.say("g1", "owner", "/发券 c-100-20 @小美 @波波", mentions=("amy", "bo"))
    [gone] = _said(await harness.say("g1", "owner", "/发券 c-100-20 @张阿姨", mentions=("zhang",)))
    assert "发完了" in gone["text"]  # quantity 2
    [tags] = _said(await harness.say("g1", "owner", "/发券 c-baby @小美 @波波", mentions=("amy", "bo")))
    assert "已给 小美" in tags["text"] and "波波 没有发：不在这批券的目标人群" in tags["text"]
    mine = await harness.say("g1", "amy", "我的券")
    assert "2 张可用" in to("amy", mine)[0]["text"]
    [private] = [a for a in mine if a["action"] == "direct"]
    assert "冬季满减券" in private["text"] and "辅食立减券" in private["text"]
    assert await harness.say("g1", "amy", "我的券") == []  # asked again at once: silence
    [none] = await harness.say("g1", "zhang", "我的优惠券")
    assert "还没有可用的优惠券" in none["text"]


async def test_lottery_winners_get_the_reward_coupon_once(make_harness):
    harness = await make_harness(CONFIG, groups=[GROUP])
    await harness.say("g1", "owner", "/抽奖 奖品：保温杯 名额：1 口令：我要抽奖 截止：今晚8点")
    await harness.say("g1", "amy", "我要抽奖")
    await harness.sim.advance_to(local("2026-11-23 20:01"))
    await harness.sim.drain()
    assert "抽奖中奖：保温杯" in [a for a in harness.actions if a["action"] == "direct"][0]["text"]
    count = await harness.db.read(lambda s: s.exec(sa.select(sa.func.count()).select_from(Coupon)).one()[0])
    assert count == 1


REMINDING = CONFIG.replace("    - {id: morning, cron: \"0 8 * * *\", template: morning_greeting}",
                           "    - {id: coupons, cron: \"0 6 * * *\", action: coupon_reminders}")  # in quiet hours


async def test_coupons_last_to_the_end_of_the_day_and_holders_are_reminded_once_privately(make_harness):
    assert "coupon_reminders" in REMINDING
    harness = await make_harness(REMINDING, groups=[GROUP])  # Monday 2026-11-23 09:00
    issued = await harness.say("g1", "owner", "/发券 c-100-20 @小美 @波波", mentions=("amy", "bo"))
    assert "2026-11-30 23:59 前" in privately("amy", issued)[0]["text"]  # 7 days, to the end of the day
    await harness.say("g1", "staff", f"/核销 {_code(issued, 'bo')}")  # bo's is used: no reminder for it
    seen = len(harness.actions)
    await harness.sim.advance_to(local("2026-11-28 23:00"))
    assert not privately("amy", harness.actions[seen:])  # not yet: it expires on the 30th
    await harness.sim.advance_to(local("2026-11-29 08:00"))
    [reminder] = privately("amy", harness.actions[seen:])
    assert reminder["t"].startswith("2026-11-28T23:00")  # due at 06:00 local, in quiet hours: sent at 07:00
    assert "冬季满减券" in reminder["text"] and _code(issued, "amy") in reminder["text"]
    assert "2026-11-30 23:59 前有效" in reminder["text"]
    assert not privately("bo", harness.actions[seen:]) and not _said(harness.actions[seen:])  # never in the group
    await harness.sim.advance_to(local("2026-11-30 23:58"))
    assert len(privately("amy", harness.actions[seen:])) == 1  # once per coupon
    [still] = privately("staff", await harness.say("g1", "staff", f"/核销 {_code(issued, 'amy')} 80"))
    assert "满 100 元" in still["text"]  # 23:58 on its last day: not expired (only below the threshold)
    await harness.sim.advance_to(local("2026-12-01 00:00"))
    [late] = privately("staff", await harness.say("g1", "staff", f"/核销 {_code(issued, 'amy')}"))
    assert "过期" in late["text"]  # from the first minute of the next day


def test_issue_is_idempotent_and_redeem_is_a_conditional_update(make_db):
    from datetime import timedelta
    from sqlmodel import Session

    from storage.db import Database

    db = Database(make_db("c.db"))
    at = local("2026-11-23 09:00")
    values = dict(title="券", face_value=5, threshold=0, group_id="g1", member_id="amy", issued_at=at,
                  expires_at=at + timedelta(days=1), reason="测试")
    with Session(db.engine) as session:
        first = coupons.issue(session, campaign_id="c", quantity=5, key="k1", code="AAAA2222", **values)
        again = coupons.issue(session, campaign_id="c", quantity=5, key="k1", code="BBBB3333", **values)
        assert (first.status, again.status, again.coupon.code) == ("issued", "again", "AAAA2222")
        assert coupons.redeem(session, code="AAAA2222", staff_id="staff", at=at).status == "redeemed"
        assert coupons.redeem(session, code="AAAA2222", staff_id="staff", at=at).status == "used"
        late = coupons.issue(session, campaign_id="c", quantity=5, key="k2", code="CCCC4444", **values)
        assert coupons.redeem(session, code=late.coupon.code, staff_id="s", at=at + timedelta(days=2)).status == "expired"
        session.commit()
    db.engine.dispose()


def test_config_checks_campaigns():
    with pytest.raises(ConfigError) as caught:
        parse_config("coupons:\n  campaigns:\n    - {id: a, title: 券, face_value: 20, threshold: 10, quantity: 1}\n")
    assert "使用门槛 10 元应高于面额 20 元（满10减20）" in str(caught.value)
    with pytest.raises(ConfigError) as caught:
        parse_config("coupons:\n  campaigns:\n    - {id: lucky, title: 券, face_value: 5, quantity: 1}\n"
                     "    - {id: lucky, title: 券2, face_value: 5, quantity: 1}\n"
                     "  rewards:\n    lottery: lucy\n")
    text = str(caught.value)
    assert "config.yaml 第 4 行 coupons.campaigns[1].id：优惠券活动编号 “lucky” 重复了" in text
    assert "config.yaml 第 6 行 coupons.rewards.lottery：没有优惠券活动 “lucy”（是不是想写 “lucky”？）" in text
