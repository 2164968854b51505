"""Group operations through the real pipeline on a virtual clock: roles, invites, FAQ, questions,
promises, dormancy, health, birthdays, /stats, /config explain."""
from __future__ import annotations

from datetime import timedelta

import pytest

from bot.questions.asking import read
from bot.config.schema import GroupSettings, TimeWindow
from bot.events import GroupInfo, Member
from bot.questions.faq import SHIPPED, Faq, ENTRIES
from bot.config.loader import load_yaml_model
from bot.questions.watch import due_after
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
    assert "用法：/角色 @成员 角色" in (await harness.say("g1", "owner", "/role @小美 老大", mentions=["amy"]))[0]["text"]
    assert "工作人员" in (await harness.say("g1", "owner", "/role @小李 组长", mentions=["staff"]))[0]["text"]


async def test_refusals_are_polite_and_rate_limited(harness):
    first = await harness.say("g1", "amy", "/reload")
    assert first[0]["text"] == "抱歉，/reload 只有群主和群助理可以使用。"
    assert await harness.say("g1", "amy", "/reload") == []  # the same try within 10 minutes: silence
    assert "只有群主和群助理" in (await harness.say("g1", "amy", "/stats"))[0]["text"]  # (s34) another command: refused
    later = await harness.say("g1", "amy", "/reload", at=harness.clock.now() + timedelta(minutes=11))
    assert "只有群主和群助理" in later[0]["text"]


async def test_a_member_renamed_as_the_owner_is_still_a_member(harness):
    out = await harness.say("g1", "bo", "/role @小美 组长", mentions=["amy"], name="王店长")
    assert "只有群主可以使用" in out[0]["text"]
    assert "只有群主可以使用" not in (await harness.say("g1", "owner", "/role @小美 组长", mentions=["amy"]))[0]["text"]


async def test_help_lists_only_what_the_asker_may_use(harness):
    member = (await harness.say("g1", "amy", "/help"))[0]["text"]
    owner = (await harness.say("g1", "owner", "/help"))[0]["text"]
    assert "/生日" in member and "/邀请榜" in member and "/统计" not in member and "/角色" not in member
    assert "/统计" in owner and "/角色" in owner and "/兑现" in owner


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
    assert read(text, faq, GroupSettings().faq.threshold).topic == entry


async def test_a_faq_question_gets_the_answer_and_chat_gets_nothing(harness):
    out = await harness.say("g1", "amy", "请问你们几点开门？")
    assert to("amy", out) and "8:30" in out[0]["text"]
    assert await harness.say("g1", "amy", "今天天气真好") == []
    assert await harness.say("g1", "staff", "营业时间：几点开门都写在群公告里") == []  # staff are not asking
    assert await run_until(harness, harness.clock.now() + timedelta(hours=2)) == []  # an FAQ answer is an answer


async def test_an_unanswered_question_reaches_the_owner_after_the_sla(make_harness):
    harness = await make_harness(OPS_CONFIG)
    asked = local("2026-11-23 10:00")
    for said in (await harness.say("g1", "amy", "宝宝发烧了，店里有退烧贴吗？", at=asked),
                 await harness.say("g1", "cc", "@群助手 儿童口罩还有货吗", at=asked, mentions=["qunbot"], name="晨晨")):
        assert [s["text"] for s in said] == ["这个问题记下了，店员会尽快回复您～"]  # e33: told at once
    assert await run_until(harness, asked + timedelta(minutes=29)) == []
    out = await run_until(harness, asked + timedelta(minutes=31))
    assert {a["to"] for a in out if a["action"] == "direct"} == {"owner", "staff"}
    assert len(out) == 2  # one message each, listing both questions
    assert "10:00 小美：“宝宝发烧了" in out[0]["text"] and "晨晨：“@群助手 儿童口罩" in out[0]["text"]
    assert out[0]["t"] == (asked + timedelta(minutes=30)).isoformat()
    assert await run_until(harness, asked + timedelta(hours=5)) == []  # told once


QUOTED = "「{name}：{text}」\n- - - - - - - - - - - - - - -\n{reply}"  # a reply quoting a message, as WeChat shows it


async def test_a_question_answered_by_a_quoting_reply_or_an_at_reply_is_not_escalated(make_harness):
    harness = await make_harness(OPS_CONFIG)
    t = local("2026-11-23 10:00")
    await harness.say("g1", "amy", "有没有婴儿湿巾？", at=t)
    await harness.say("g1", "staff", QUOTED.format(name="小美", text="有没有婴儿湿巾？", reply="有的，货架第二排"),
                      at=t + timedelta(minutes=5))
    await harness.say("g1", "bo", "请问周六有活动吗", at=t + timedelta(minutes=6))
    await harness.say("g1", "staff", "@波波 有的，亲子活动", mentions=["bo"], at=t + timedelta(minutes=7))
    assert directs(await run_until(harness, t + timedelta(hours=3)), "owner") == []


async def test_a_members_at_reply_leaves_the_question_for_the_staff(make_harness):
    harness = await make_harness(OPS_CONFIG)  # (n34) another member may be wrong: only the store's people answer
    t = local("2026-11-23 10:00")
    await harness.say("g1", "bo", "请问周六有活动吗", at=t)
    await harness.say("g1", "amy", "@波波 有的，亲子活动", mentions=["bo"], at=t + timedelta(minutes=1))
    told = directs(await run_until(harness, t + timedelta(hours=3)), "owner")
    assert len(told) == 1 and "周六有活动" in told[0]["text"]


async def test_a_staff_reply_closes_only_the_question_it_answers(make_harness):
    harness = await make_harness(OPS_CONFIG)
    t = local("2026-11-23 10:00")
    await harness.say("g1", "amy", "有没有婴儿湿巾？", at=t)
    await harness.say("g1", "bo", "羊奶粉什么时候到货？", at=t + timedelta(minutes=1))
    await harness.say("g1", "cc", "儿童牙膏有没有？", at=t + timedelta(minutes=2), name="晨晨")
    await harness.say("g1", "staff", "今天新到了一批草莓，欢迎来店里看看", at=t + timedelta(minutes=3))
    await harness.say("g1", "staff", QUOTED.format(name="波波", text="羊奶粉什么时候到货？", reply="明天下午到"),
                      at=t + timedelta(minutes=4))
    await harness.say("g1", "staff", "@晨晨 有的，进门右手边", mentions=["cc"], at=t + timedelta(minutes=5))
    told = directs(await run_until(harness, t + timedelta(hours=3)), "owner")
    assert len(told) == 1 and "婴儿湿巾" in told[0]["text"]
    assert "羊奶粉" not in told[0]["text"] and "儿童牙膏" not in told[0]["text"]


async def test_a_question_at_night_waits_for_opening_hours_and_survives_a_restart(make_harness):
    harness = await make_harness(OPS_CONFIG)
    night = local("2026-11-23 23:00")
    [noted] = await harness.say("g1", "amy", "羊奶粉什么时候到货？", at=night)
    assert "09:00上班后会回复您" in noted["text"]  # e33: outside the staff's hours, when they will answer
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


# --- promises ------------------------------------------------------------------------------

LOTTERY_GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"),
                                                        Member("amy", "小美"), Member("bo", "波波")))
REMIND = OPS_CONFIG.replace('  schedule:\n', '  schedule:\n    - {id: promises, cron: "0 20 * * *", action: promises}\n')


async def test_a_lottery_prize_is_owed_until_delivered_and_the_owner_is_reminded_till_then(make_harness):
    harness = await make_harness(REMIND, groups=[LOTTERY_GROUP])
    await harness.say("g1", "owner", "/抽奖 奖品：保温杯 名额：1 口令：我要抽奖 截止：今晚7点")
    await harness.say("g1", "amy", "我要抽奖")
    await run_until(harness, local("2026-11-23 19:01"))
    mine = await harness.say("g1", "amy", "我的奖品")
    assert "保温杯 —— 待领取" in mine[0]["text"]
    reminder = directs(await run_until(harness, local("2026-11-23 20:01")), "owner")
    assert len(reminder) == 1 and "小美 保温杯" in reminder[0]["text"]
    number = reminder[0]["text"].split("#")[1].split(" ")[0]
    assert "只有" in (await harness.say("g1", "amy", f"/兑现 {number}"))[0]["text"]
    done = await harness.say("g1", "staff", f"/兑现 {number}")
    assert "已标记兑现" in done[0]["text"]
    assert "之前已经兑现过了" in (await harness.say("g1", "owner", f"/兑现 #{number}"))[0]["text"]
    assert "没有编号为 999" in (await harness.say("g1", "owner", "/兑现 999"))[0]["text"]
    assert "用法" in (await harness.say("g1", "owner", "/兑现 保温杯"))[0]["text"]
    assert directs(await run_until(harness, local("2026-11-24 20:01")), "owner") == []  # delivered: no more reminders
    assert "已兑现" in (await harness.say("g1", "amy", "我的奖品"))[0]["text"]


async def test_the_owner_records_a_promise_by_hand(harness):
    out = await harness.say("g1", "owner", "/奖品 @波波 满50减10优惠券", mentions=["bo"])
    assert "波波 的奖品“满50减10优惠券”" in out[0]["text"]
    assert "波波 满50减10优惠券" in (await harness.say("g1", "staff", "/奖品"))[0]["text"]
    assert "用法" in (await harness.say("g1", "owner", "/奖品 优惠券"))[0]["text"]


# --- dormancy, health, suggestions, birthdays ---------------------------------------------------

LADDER = OPS_CONFIG.replace('  schedule:\n', '''  schedule:
    - {id: reengage, cron: "30 15 * * *", action: reengage}
    - {id: health, cron: "0 20 * * *", action: group_health}
''')


async def test_a_dormant_member_is_nudged_once_not_daily_then_listed_and_pruned_on_confirmation(make_harness):
    harness = await make_harness(LADDER, groups=[GROUP, GroupInfo("g2", "乐龄健康群", "owner", (
        Member("owner", "王店长"), Member("zhang", "张阿姨"), Member("li", "李叔")), bot_is_owner=True)])
    start = local("2026-11-23 10:00")
    for group, member in (("g1", "amy"), ("g1", "bo"), ("g2", "zhang"), ("g2", "li")):
        await harness.say(group, member, "大家好", at=start)
    days = {}
    for day in range(1, 35):
        if day == 20:
            await harness.say("g1", "amy", "我回来啦", at=start + timedelta(days=day))
        days[day] = await run_until(harness, start + timedelta(days=day, hours=10))
    nudges = {d: [a for a in out if "好久没见到" in a["text"]] for d, out in days.items()}
    assert [d for d, n in nudges.items() if n and n[0]["group"] == "g1"] == [14, 34]  # bo and amy day 14; amy again 14 days after she spoke
    assert nudges[14][0]["mentions"] == ["amy", "bo"] and nudges[34][0]["mentions"] == ["amy"]
    health = [a for out in days.values() for a in directs(out, "owner") if "每日概况" in a["text"] and "宝妈" in a["text"]]
    assert len(health) == 35  # every evening, the first day too
    listed = [a["text"] for a in health if "30 天没发言" in a["text"]]
    assert len(listed) == 1 and "波波" in listed[0] and "小美" not in listed[0]  # listed once
    pruned_list = await harness.say("g1", "owner", "/清理")
    assert "波波" in pruned_list[0]["text"] and "小美" not in pruned_list[0]["text"]
    assert [a for a in await harness.say("g1", "owner", "/清理 确认") if a["action"] == "remove"] == []
    assert "波波" in directs(harness.actions[-3:], "owner")[0]["text"]  # not the group's owner: instructions by DM
    removed = await harness.say("g2", "owner", "/清理 确认")
    assert sorted(a["member"] for a in removed if a["action"] == "remove") == ["li", "zhang"]


async def test_health_alerts_near_the_size_guideline(make_harness):
    crowd = GroupInfo("g9", "大群", "owner", (Member("owner", "王店长"),) + tuple(Member(f"m{i}", f"群友{i}") for i in range(190)))
    harness = await make_harness(LADDER, groups=[crowd])
    await harness.say("g9", "m1", "早", at=local("2026-11-23 10:00"))
    report = directs(await run_until(harness, local("2026-11-23 20:01")), "owner")
    assert "成员 191 人，快满了" in report[0]["text"] and "该开个新群" in report[0]["text"]


async def test_weekly_suggestions_name_vip_and_kol_candidates(make_harness):
    config = OPS_CONFIG.replace('  schedule:\n', '  schedule:\n    - {id: suggest, cron: "0 20 * * 0", action: suggestions}\n')
    harness = await make_harness(config)
    t = local("2026-11-23 10:00")
    for i in range(4):
        await harness.say("g1", "amy", f"今天的辅食做了南瓜泥{i}", at=t + timedelta(minutes=10 * i))
        await harness.say("g1", "bo", "看起来真好吃", at=t + timedelta(minutes=10 * i + 1))
    await harness.say("g1", "bo", "签到", at=t + timedelta(hours=1))
    report = directs(await run_until(harness, local("2026-11-29 20:01")), "owner")
    assert "VIP 群：波波" in report[0]["text"] and "KOL/达人（发言常有人接话）：小美（4 次）" in report[0]["text"]


async def test_birthdays_are_opt_in_and_greeted_once_on_the_day(make_harness):
    config = OPS_CONFIG.replace('  schedule:\n', '  schedule:\n    - {id: bd, cron: "0 10 * * *", action: birthdays}\n')
    harness = await make_harness(config)
    assert "记下啦！11月25日" in (await harness.say("g1", "amy", "/生日 11-25"))[0]["text"]
    assert "用法" in (await harness.say("g1", "bo", "/生日 13-40"))[0]["text"]
    assert "用法" in (await harness.say("g1", "bo", "/生日 明天"))[0]["text"]
    out = await run_until(harness, local("2026-11-27 12:00"))
    greetings = [a for a in out if "生日快乐" in a["text"]]
    assert len(greetings) == 1 and greetings[0]["mentions"] == ["amy"] and greetings[0]["t"].startswith("2026-11-25T02:00")
    assert "已取消" in (await harness.say("g1", "amy", "/生日 取消"))[0]["text"]


# --- /stats and /config explain -------------------------------------------------------------


async def test_stats_counts_this_group(harness):
    await harness.say("g1", "amy", "签到")
    await harness.say("g1", "bo", "大家好")
    await harness.say("g1", "bo", "这里可以刷单返利")  # a violation
    text = (await harness.say("g1", "staff", "/stats"))[0]["text"]
    assert "成员：4 人" in text and "今天发言：2 人" in text and "今天签到率：25%" in text and "近 7 天违规：1 次" in text


async def test_config_explain_uses_the_schema(harness):
    text = (await harness.say("g1", "owner", "/config explain welcome.gather_seconds"))[0]["text"]
    assert "多少秒内进群的新人合并成一条欢迎" in text and "本群当前：30" in text
    section = (await harness.say("g1", "owner", "/config explain invites"))[0]["text"]
    assert "min_stay_days" in section
    hint = (await harness.say("g1", "owner", "/config explain welcom.gather"))[0]["text"]
    assert "welcome.gather_seconds" in hint
    assert "用法" in (await harness.say("g1", "owner", "/config"))[0]["text"]


# --- /warn and /kick ----------------------------------------------------------------------------


async def test_kick_only_by_the_real_owner_and_by_hand_where_the_bot_cannot(harness):
    fake = await harness.say("g2", "zhang", "/kick @王店长", mentions=["owner"], name="王店长")
    assert [a["action"] for a in fake] == ["say"] and "只有群主可以使用" in fake[0]["text"]
    removed = await harness.say("g2", "owner", "/kick @张阿姨 发广告", mentions=["zhang"])
    assert {"action": "remove", "group": "g2", "member": "zhang"} in [
        {k: a[k] for k in ("action", "group", "member")} for a in removed if a["action"] == "remove"]
    by_hand = await harness.say("g1", "owner", "/kick @波波 发广告", mentions=["bo"])
    assert not [a for a in by_hand if a["action"] == "remove"]
    assert "波波" in directs(by_hand, "owner")[0]["text"] and "右上角" in directs(by_hand, "owner")[0]["text"]
    assert "工作人员" in (await harness.say("g1", "owner", "/kick @小李", mentions=["staff"]))[0]["text"]
    assert "用法" in (await harness.say("g1", "owner", "/kick 波波"))[0]["text"]


async def test_warn_mentions_the_member_with_the_reason(harness):
    out = await harness.say("g1", "staff", "/warn @波波 刷屏", mentions=["bo"])
    assert out[0]["mentions"] == ["bo"] and "刷屏" in out[0]["text"]
    assert "近 7 天违规：1 次" in (await harness.say("g1", "owner", "/stats"))[0]["text"]
    pardoned = await harness.say("g1", "staff", "/pardon @波波", mentions=["bo"])  # the warning was a strike
    assert pardoned[0]["text"] == "已清除 波波 的 1 条违规记录。"


# --- configuration --------------------------------------------------------------------------


def test_operations_settings_are_checked_with_lines(tmp_path):
    import textwrap

    from bot.config.loader import ConfigError, parse_config

    def problems(text: str) -> list[str]:
        with pytest.raises(ConfigError) as info:
            parse_config(textwrap.dedent(text), filename="c.yaml", base_dir=tmp_path)
        return [issue.format("c.yaml") for issue in info.value.issues]

    assert problems("""\
        defaults:
          roles: {amy: 群霸}
          faq: {threshold: 1.5}
          questions: {opening_hours: "9点到晚上"}
        """) == ["c.yaml 第 2 行 defaults.roles.amy：只能是 “名誉群主”、“组长”、“委员”、“KOL”、“达人” 之一，这里写的是“群霸”",
                 "c.yaml 第 3 行 defaults.faq.threshold：不能大于 1，这里写的是“1.5”",
                 "c.yaml 第 4 行 defaults.questions.opening_hours：时间段 “9点到晚上” 写错了，应像 “22:00-07:30” 这样"]
    (tmp_path / "faq.yaml").write_text("- id: hours\n  questions: []\n  answer: 8点\n", "utf-8")
    found = problems("""\
        groups:
          - name: 宝妈育儿群
            faq: {file: faq.yaml}
          - name: 乐龄健康群
            faq: {file: missing.yaml}
        """)
    assert found[0] == (f"c.yaml 第 3 行 groups[0].faq.file：所指的文件有问题——{tmp_path / 'faq.yaml'} 第 2 行 "
                        "[0].questions：至少要有一项")
    assert found[1] == "c.yaml 第 5 行 groups[1].faq.file：找不到文件 “missing.yaml”（相对于配置文件所在的目录）"


async def test_staff_hear_of_a_group_at_most_once_per_sla(make_harness):
    harness = await make_harness(OPS_CONFIG)
    t = local("2026-11-23 10:00")
    await harness.say("g1", "amy", "羊奶粉什么时候到货？", at=t)
    await harness.say("g1", "amy", "儿童牙膏有没有？", at=t + timedelta(minutes=10))
    out = directs(await run_until(harness, local("2026-11-23 12:00")), "owner")
    assert [a["t"] for a in out] == [local("2026-11-23 10:30").isoformat(), local("2026-11-23 11:00").isoformat()]
    assert "羊奶粉" in out[0]["text"] and "儿童牙膏" in out[1]["text"]


def test_faq_leaves_ordinary_reviews_alone():
    from tests.test_moderation_false_positives import review_sentences

    faq, threshold = Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold
    sentences = review_sentences()[::2]  # every other one of about 35,000 real review sentences
    answered = [text for text in sentences if read(text, faq, threshold).topic]
    # Those answered are mostly questions to a seller ("不知道有没有停车场", "哪里有电话？"): about 1 in 1,000. Q15's
    # goods-quality form added a complaint put to the seller ("…是不是盗版的啊！！！") and "我一直没找到在哪个软件里面能设置
    # 指纹" and dropped one: 18 of 17,562 (17 before), the bound since. The question files refitted with seventieth's event
    # look-alikes no longer vetoed "这本书写得一般，没有什么实质性的内容。" (19); 没有什么 as 没什么, no question form: 17.
    assert len(answered) <= max(18, len(sentences) // 1000), answered


async def test_the_weekly_report_picture_reaches_the_owner_privately_on_schedule(make_harness):
    weekly = OPS_CONFIG.replace('  schedule:\n', '  schedule:\n    - {id: weekly, cron: "0 9 * * 1", action: weekly_report}\n')
    harness = await make_harness(weekly, groups=[GROUP])
    joins = [("g1", Member("old", "老会员"), "bo", local("2026-11-23 08:00")),  # before the week
             ("g1", Member("n1", "新人一"), "bo", local("2026-11-24 09:00")),
             ("g1", Member("n2", "新人二"), "bo", local("2026-11-24 09:01")),
             ("g1", Member("n3", "新人三"), "amy", local("2026-11-24 09:02")),
             ("g1", Member("n4", "新人四"), "amy", local("2026-11-24 09:03")),  # leaves: not counted
             ("g1", Member("n5", "新人五"), "staff", local("2026-11-24 09:04"))]  # staff: not on the list
    for group_id, member, inviter, at in joins:
        await harness.sim.feed(harness.adapter.join(group_id, member, inviter=inviter, at=at))
    await harness.sim.feed(harness.adapter.leave("g1", "n4", at=local("2026-11-26 09:00")))
    await harness.say("g1", "amy", "大家好", at=local("2026-11-24 10:00"))  # a Tuesday
    out = await run_until(harness, local("2026-11-30 09:01"))  # the next Monday morning
    assert not [a for a in out if a["action"] == "image" and a.get("group")]  # the picture is not for the group
    picture, text = [a for a in out if a.get("to") == "owner"]
    assert text["action"] == "direct" and "宝妈育儿群·本周周报" in text["text"] and "1 条消息" in text["text"]
    assert "本周邀请新成员：波波 2 人、小美 1 人。" in text["text"]  # members still in the group, no staff
    assert picture["action"] == "image" and picture["name"].endswith(".png") and picture["bytes"] > 10_000
