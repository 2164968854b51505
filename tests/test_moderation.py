"""Moderation end to end on the real pipeline: strikes, the ladder, exemptions, commands, audit."""
from __future__ import annotations

import io
from datetime import timedelta

import sqlalchemy as sa
from sqlmodel import select

from bot.events import GroupInfo, Kind, Member
from storage.models import ModerationLog, Strike
from tests.conftest import local, to

CONFIG = """
send: {min_interval_seconds: 1.5, group_switch_seconds: 3, jitter_seconds: 0}
defaults:
  assistants: [staff]
  moderation: {newcomer_messages: 0, trusted_after: 5, exempt_members: [partner]}
  rules:
    - {type: ads, id: ads, words: [兼职, 日结], ladder: [warn, alert, remove], window_minutes: 60}
    - {type: flood, id: flood, max_messages: 3, window_seconds: 60, ladder: [warn]}
    - {type: banned_words, id: quiet, words: [内部价], shadow: true}
"""
MOMS = GroupInfo("g1", "宝妈育儿群", "owner",
                 tuple(Member(i, n) for i, n in [("owner", "王店长"), ("staff", "小李"), ("amy", "小美"), ("bo", "波波"),
                                                 ("partner", "合作方")]))
OWNED = GroupInfo("g2", "乐龄健康群", "owner", (Member("owner", "王店长"), Member("zhang", "张阿姨")), bot_is_owner=True)
BOT_OWNED = GroupInfo("g3", "潮流青年群", "qunbot", (Member("kiki", "Kiki"),), bot_is_owner=True)
AD = "兼职日结，加薇信：yh_888666"


async def _audit(harness) -> list[tuple[str, str, str]]:
    await harness.db.flush()
    rows = await harness.db.read(lambda s: s.exec(select(ModerationLog.rule, ModerationLog.action, ModerationLog.taken)
                                                  .order_by(ModerationLog.id)).all())
    return [tuple(r) for r in rows]


async def start(make_harness, config: str = CONFIG):
    return await make_harness(config, groups=[MOMS, OWNED, BOT_OWNED])


async def test_the_ladder_warns_once_then_alerts_then_asks_to_remove(make_harness):
    h = await start(make_harness)
    first = await h.say("g1", "amy", AD, at=local("2026-11-23 10:00"))
    second = await h.say("g1", "amy", AD, at=local("2026-11-23 10:04"))
    third = await h.say("g1", "amy", AD, at=local("2026-11-23 10:09"))
    assert [(a["action"], a.get("mentions")) for a in first] == [("say", ["amy"])]
    assert [(a["action"], a.get("to")) for a in second] == [("direct", "owner")]
    assert "第 2 次" in second[0]["text"] and "微信号 yh_888666" in second[0]["text"] and "/清除违规 @小美" in second[0]["text"]
    assert [(a["action"], a.get("to")) for a in third] == [("direct", "owner")]  # warned once: no second warning
    assert "机器人不是群主" in third[0]["text"]
    assert await _audit(h) == [("ads", "warn", "warned"), ("ads", "alert", "owner_alerted"), ("ads", "remove", "cannot_remove"),
                               ("flood", "warn", "covered")]  # the third copy is also a repeat: audited, not acted on twice


async def test_strikes_expire_with_the_window_and_pardon_clears_them(make_harness):
    h = await start(make_harness)
    await h.say("g1", "amy", AD, at=local("2026-11-23 10:00"))
    later = await h.say("g1", "amy", AD, at=local("2026-11-23 11:01"))  # 61 minutes later: a first strike again
    assert [a["action"] for a in later] == ["say"]
    assert [a["action"] for a in await h.say("g1", "amy", AD)] == ["direct"]
    reply = await h.say("g1", "staff", "/pardon @小美", mentions=["amy"])
    assert "已清除 小美 的 3 条违规记录" in reply[0]["text"]
    assert [a["action"] for a in await h.say("g1", "amy", AD)] == ["say"]  # back to a warning
    pardoned = await h.db.read(lambda s: s.scalar(sa.select(sa.func.count()).select_from(Strike).where(Strike.pardoned)))
    assert pardoned == 3


async def test_pardon_needs_a_mention_and_staff(make_harness):
    h = await start(make_harness)
    assert "用法：/清除违规 @成员" in (await h.say("g1", "staff", "/pardon 小美"))[0]["text"]
    assert "只有群主和群助理可以使用" in (await h.say("g1", "bo", "/pardon @小美", mentions=["amy"]))[0]["text"]


async def test_auto_removal_where_the_bot_owns_the_group(make_harness):
    h = await start(make_harness, CONFIG.replace("exempt_members: [partner]}", "exempt_members: [partner], removal: auto}"))
    for minute in (0, 3):
        await h.say("g2", "zhang", AD, at=local(f"2026-11-23 10:0{minute}"))
    actions = await h.say("g2", "zhang", AD, at=local("2026-11-23 10:06"))
    assert [a["action"] for a in actions] == ["remove", "say"]
    assert "张阿姨 因发布广告或留联系方式拉人已被移出本群" in actions[1]["text"]


async def test_owner_approves_a_removal_with_remove(make_harness):
    h = await start(make_harness)
    for minute in (0, 3, 6):
        actions = await h.say("g2", "zhang", AD, at=local(f"2026-11-23 10:0{minute}"))
    assert "建议移出" in actions[0]["text"] and "/移出 @张阿姨" in actions[0]["text"]
    assert "zhang" in [m.id for m in h.adapter.group("g2").members]
    done = await h.say("g2", "owner", "/remove @张阿姨", mentions=["zhang"])
    assert [a["action"] for a in done] == ["remove", "say"] and "已将 张阿姨 移出本群" in done[1]["text"]
    assert "无法移出成员" in (await h.say("g1", "owner", "/remove @小美", mentions=["amy"]))[0]["text"]


async def test_where_the_bot_is_the_owner_its_assistants_are_told(make_harness):
    h = await start(make_harness, CONFIG.replace("ladder: [warn, alert, remove]", "ladder: [alert]"))
    actions = await h.say("g3", "kiki", AD)
    assert [(a["action"], a.get("to")) for a in actions] == [("direct", "staff")]


async def test_exemptions_staff_and_allow_listed_members(make_harness):
    h = await start(make_harness)
    assert await h.say("g1", "staff", AD) == []
    assert await h.say("g1", "partner", AD) == []
    assert await _audit(h) == []


async def test_flood_one_warning_per_burst_and_trusted_members_skip_it(make_harness):
    h = await start(make_harness)
    texts = ["早上好呀", "今天好冷", "多穿点衣服", "宝宝感冒了"]
    actions = [await h.say("g1", "amy", t, at=local("2026-11-23 10:00") + timedelta(seconds=i)) for i, t in enumerate(texts)]
    assert [len(a) for a in actions] == [0, 0, 0, 1] and "刷屏" in actions[3][0]["text"]
    # bo becomes trusted after 5 clean messages (spread out), then may chat fast
    for i in range(5):
        await h.say("g1", "bo", f"消息{'一二三四五'[i]}", at=local("2026-11-23 11:00") + timedelta(minutes=2 * i))
    burst = [await h.say("g1", "bo", t, at=local("2026-11-23 11:20") + timedelta(seconds=i)) for i, t in enumerate(texts)]
    assert burst == [[]] * 4


async def test_newcomers_get_stricter_checks(make_harness):
    h = await start(make_harness, CONFIG.replace("newcomer_messages: 0", "newcomer_messages: 2"))
    # a link alone scores 2 of 3; a newcomer's point makes 3, and beside a .top link (a TLD members never use: ads.rare_link)
    # it counts unless the model is nearly sure the text is chat (model_veto), not only where the model leans to an ad
    link = "这个挺好 www.abcnews.top"
    assert [a["action"] for a in await h.say("g1", "bo", link)] == ["say"]  # bo's first message
    await h.say("g1", "amy", "大家好")
    await h.say("g1", "amy", "今天有什么活动")
    assert await h.say("g1", "amy", link) == []  # amy's third message


async def test_shadow_rule_audits_without_acting(make_harness):
    h = await start(make_harness)
    assert await h.say("g1", "amy", "内部价谁要") == []
    assert await _audit(h) == [("quiet", "warn", "shadow")]


async def test_two_rules_firing_act_once(make_harness):
    h = await start(make_harness, CONFIG.replace("shadow: true", "shadow: false"))
    actions = await h.say("g1", "amy", AD + " 内部价")
    assert [a["action"] for a in actions] == ["say"]
    assert await _audit(h) == [("ads", "warn", "warned"), ("quiet", "warn", "covered")]


async def test_qr_code_image_is_decoded_and_judged(make_harness):
    import zxingcpp
    from PIL import Image

    h = await start(make_harness, CONFIG.replace("newcomer_messages: 0", "newcomer_messages: 3"))
    buffer = io.BytesIO()
    Image.fromarray(zxingcpp.create_barcode("https://weixin.qq.com/g/AbCdEf", zxingcpp.BarcodeFormat.QRCode)
                    .to_image(scale=4)).save(buffer, "PNG")
    actions = await h.say("g1", "bo", "[图片]", kind=Kind.IMAGE, image=buffer.getvalue())
    assert [a["action"] for a in actions] == ["say"]
    await h.db.flush()
    evidence = await h.db.read(lambda s: s.exec(select(ModerationLog.evidence)).one())
    assert "weixin.qq.com/g/AbCdEf" in evidence


async def test_rules_lists_the_group_rules_in_plain_chinese(make_harness):
    h = await start(make_harness)
    text = to("bo", await h.say("g1", "bo", "/rules"))[0]["text"]
    assert "1. 不发广告，不留微信、QQ、电话拉人（第 1 次提醒，第 2 次通知群主，第 3 次起经群主同意后移出）" in text
    assert "2. 不刷屏，不重复发同样的内容（违反时提醒）" in text
    assert "违禁" not in text  # the shadow rule is not announced


async def test_rules_test_explains_for_the_owner_only(make_harness):
    h = await start(make_harness)
    text = (await h.say("g1", "owner", "/rules test 兼职日结 加V：shop_2024 内部价"))[0]["text"]
    assert "会触发" in text and "微信号 shop_2024（+3）" in text and "共 5 分" in text
    assert "（试运行，只记录）：内部价" in text and "要看连续多条消息" in text
    assert "不会触发任何规则" in (await h.say("g1", "owner", "/rules test 今天的草莓很甜"))[0]["text"]
    assert "只有群主可以使用" in (await h.say("g1", "bo", "/rules test 兼职"))[0]["text"]
    assert await _audit(h) == []  # a test is not a strike


async def test_reload_keeps_flood_memory_and_swaps_rules(make_harness, tmp_path):
    h = await start(make_harness)
    for i, t in enumerate(["早上好呀", "今天好冷", "多穿点衣服"]):
        await h.say("g1", "amy", t, at=local("2026-11-23 10:00") + timedelta(seconds=i))
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG.replace("兼职, 日结", "兼职, 日结, 代购"), "utf-8")
    h.bot.config_path = path
    old_rules = h.bot.ctx.rules(h.bot.ctx.config.defaults)
    assert "配置已重新加载" in (await h.say("g1", "owner", "/reload"))[0]["text"]
    assert h.bot.ctx.rules(h.bot.ctx.config.defaults) is not old_rules
    assert "刷屏" in (await h.say("g1", "amy", "宝宝感冒了", at=local("2026-11-23 10:00:03")))[0]["text"]


async def test_the_same_text_across_groups_is_seen_even_when_groups_have_their_own_rules(make_harness):
    config = CONFIG + "groups:\n  - {id: g2, rules: [{type: flood, id: flood, ladder: [warn]}]}\n"
    h = await start(make_harness, config)
    text = "周末特价快来看看这家店"
    assert await h.say("g1", "amy", text, at=local("2026-11-23 10:00")) == []
    assert await h.say("g2", "amy", text, at=local("2026-11-23 10:01")) == []
    actions = await h.say("g3", "amy", text, at=local("2026-11-23 10:02"))
    assert [(a["action"], a["group"]) for a in actions] == [("say", "g3")] and "刷屏" in actions[0]["text"]


async def test_a_raid_does_not_make_the_bot_spam_warnings(make_harness):
    h = await start(make_harness, CONFIG.replace("exempt_members: [partner]}", "exempt_members: [partner], max_warnings_per_hour: 2}"))
    spammers = [f"spam{i}" for i in range(4)]
    for i, who in enumerate(spammers):  # fed without draining: the owner's digest gathers what follows
        await h.sim.feed(h.adapter.message("g1", who, AD, at=local("2026-11-23 10:00") + timedelta(seconds=i)))
    await h.drain()
    assert [(a["action"], a.get("mentions") or a.get("to")) for a in h.actions] == [
        ("say", ["spam0"]), ("say", ["spam1"]), ("direct", "owner")]  # muted, but never silently
    assert "1 分钟内 2 位成员发布广告" in h.actions[2]["text"] and "2 位因本群提醒已达每小时上限未警告" in h.actions[2]["text"]
    assert [taken for _, _, taken in await _audit(h)] == ["warned", "warned", "muted", "muted"]
    later = await h.say("g1", "spam9", AD, at=local("2026-11-23 11:00:01"))  # an hour on: warnings again
    assert [a["action"] for a in later] == ["say"]


async def test_remove_in_a_replay_labels_the_members_latest_message(make_harness):
    """In a replay (``Database.inline``) log rows wait for company (``storage.db._deferred``); the staff's
    /remove reads the member's latest message from the log in its write, so it must take them along."""
    from sqlmodel import select
    from storage.models import ModerationLabel
    h = await start(make_harness)
    h.db.inline = True
    await h.say("g2", "zhang", "今天的草莓真甜", at=local("2026-11-23 10:00"))
    await h.say("g2", "zhang", "明天早上八点集合", at=local("2026-11-23 10:01"))  # no strike: the log's latest
    await h.say("g2", "owner", "/remove @张阿姨", mentions=["zhang"], at=local("2026-11-23 10:02"))
    labels = await h.db.read(lambda s: s.exec(select(ModerationLabel.text, ModerationLabel.source)).all())
    assert labels == [("明天早上八点集合", "remove")]
