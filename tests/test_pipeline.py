"""The pipeline end to end: logging, moderation, commands, roles, ordering."""
from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bot.config.loader import parse_config
from bot.events import GroupMessage, Kind, Member
from bot.rules.banned_words import BannedWords
from bot.config.schema import BannedWordsRule
from storage.models import EventLog, ModerationLog
from tests.conftest import TEST_CONFIG, local, privately, to


async def test_every_event_is_logged(harness):
    await harness.say("g1", "amy", "大家好")
    await harness.sim.feed(harness.adapter.join("g1", Member("new", "新人"), inviter="amy", at=harness.clock.now()))
    await harness.sim.feed(harness.adapter.leave("g1", "bo", at=harness.clock.now()))
    await harness.db.flush()
    rows = await harness.db.read(lambda s: s.exec(sa.select(EventLog.event, EventLog.member_id, EventLog.inviter)).all())
    assert [tuple(r) for r in rows] == [("message", "amy", None), ("join", "new", "amy"), ("leave", "bo", None)]


async def test_banned_word_warns_audits_and_stops_handlers(harness):
    actions = await harness.say("g1", "amy", "签到 刷 單 返 利 了解一下")
    assert [(a["action"], a["mentions"]) for a in actions] == [("say", ["amy"])]
    assert "请注意群规" in actions[0]["text"] and "发布了违禁词" in actions[0]["text"]
    audit = await harness.db.read(lambda s: s.exec(select(ModerationLog)).one())
    assert (audit.rule, audit.taken, audit.evidence) == ("bw", "warned", "刷单返利")


async def test_allow_list_spares_innocent_phrases(harness):
    assert await harness.say("g1", "amy", "大家要积极举报网赌") == []


async def test_staff_are_exempt_from_moderation(harness):
    assert await harness.say("g1", "staff", "提醒大家：刷单返利都是骗局") == []


async def test_shadow_mode_records_but_shows_nothing(make_harness):
    harness = await make_harness(TEST_CONFIG.replace("  assistants: [staff]", "  assistants: [staff]\n  moderation: {mode: shadow}"))
    actions = await harness.say("g1", "amy", "/help 网赌")
    assert "您可以使用的命令" in actions[0]["text"]  # nothing visible: the message is handled as usual
    audit = await harness.db.read(lambda s: s.exec(sa.select(ModerationLog.taken)).all())
    assert [tuple(a) for a in audit] == [("shadow",)]


async def test_remove_where_the_bot_is_owner_and_removal_is_auto(make_harness):
    harness = await make_harness(TEST_CONFIG.replace("  assistants: [staff]", "  assistants: [staff]\n  moderation: {removal: auto}"))
    actions = await harness.say("g2", "zhang", "代开增值税发票 联系我")
    assert [a["action"] for a in actions] == ["remove", "say"]
    assert actions[0]["member"] == "zhang" and "已被移出本群" in actions[1]["text"]
    assert harness.adapter.group("g2").members == (Member("owner", "王店长"),)


async def test_removal_waits_for_the_owner_by_default(harness):
    actions = await harness.say("g2", "zhang", "代开增值税发票 联系我")
    assert [(a["action"], a.get("to")) for a in actions] == [("say", None), ("direct", "owner")]
    assert "/移出 @张阿姨" in actions[1]["text"] and "代开增值税发票" in actions[1]["text"]
    assert "zhang" in [m.id for m in harness.adapter.group("g2").members]


async def test_remove_degrades_to_owner_alert_where_the_bot_cannot(harness):
    actions = await harness.say("g1", "amy", "代开发票")
    assert [a["action"] for a in actions] == ["say", "direct"]
    assert "请注意群规" in actions[0]["text"]
    assert actions[1]["to"] == "owner" and "请群主处理" in actions[1]["text"] and "amy" in actions[1]["text"]


async def test_help_lists_only_what_the_asker_may_use(harness):
    member_help = to("amy", await harness.say("g1", "amy", "/help"))[0]["text"]
    staff_help = privately("staff", await harness.say("g1", "staff", "／帮助"))[0]["text"]  # the full list: privately
    assert "/帮助" in member_help and "/重载" not in member_help
    assert "/重载" in staff_help


async def test_role_comes_from_member_id_not_nickname(harness):
    # A member renaming themself to the owner's nickname gains nothing.
    reply = await harness.say("g1", "amy", "/reload", name="王店长")
    assert "只有群主和群助理可以使用" in reply[0]["text"]


async def test_unknown_command_gets_a_pointer_to_help(harness):
    reply = await harness.say("g1", "amy", "/qiandao")
    assert "没有找到命令“/qiandao”" in reply[0]["text"]


async def test_reload_keeps_the_last_good_config(harness, tmp_path):
    path = tmp_path / "config.yaml"
    harness.bot.config_path = path
    path.write_text("defaults:\n  signin: {base_pointz: 1}\n", "utf-8")
    reply = await harness.say("g1", "owner", "/reload")
    assert "仍使用上一次的配置" in reply[0]["text"] and "base_pointz" in reply[0]["text"]
    assert harness.bot.ctx.config.defaults.rules  # unchanged

    path.write_text("defaults:\n  signin: {base_points: 9}\n", "utf-8")
    reply = await harness.say("g1", "owner", "/reload")
    assert "配置已重新加载" in reply[0]["text"]
    assert "获得 9 积分" in (await harness.say("g1", "amy", "签到"))[0]["text"]


async def test_non_text_messages_are_logged_not_answered(harness):
    assert await harness.say("g1", "amy", "签到", kind=Kind.IMAGE) == []


async def test_one_group_in_order_groups_in_parallel(harness):
    """A slow handler in g1 must not hold up g2, and g1's events keep their order."""
    order: list[str] = []
    release, started = asyncio.Event(), asyncio.Event()
    original = harness.bot.ctx.db.write

    async def slow_write(fn, **options):
        if not release.is_set() and order == []:
            order.append("g1-start")
            started.set()
            await release.wait()
        return await original(fn, **options)

    object.__setattr__(harness.bot.ctx.db, "write", slow_write)
    first = asyncio.create_task(harness.bot.handle(harness.adapter.message("g1", "amy", "签到", at=harness.clock.now())))
    second = asyncio.create_task(harness.bot.handle(harness.adapter.message("g1", "bo", "签到", at=harness.clock.now())))
    await started.wait()  # g1 is stuck in its write (moderation may read the database first)
    await harness.bot.handle(harness.adapter.message("g2", "zhang", "签到", at=harness.clock.now()))
    order.append("g2-done")
    release.set()
    await asyncio.gather(first, second)
    await harness.drain()
    assert order == ["g1-start", "g2-done"]
    g1 = [a["mentions"][0] for a in harness.actions if a["group"] == "g1"]
    assert g1 == ["amy", "bo"]


@pytest.mark.parametrize("text, hit", [
    ("刷单返利", True), ("刷 单 返 利", True), ("刷单\u200b返利", True), ("ＳＨＵ刷单返利", True), ("刷單返利", True),
    ("刷💰单返利", True), ("举报网赌", False), ("网赌", True), ("我们去刷单", False), ("", False),
])
def test_banned_words_normalisation(text, hit):
    rule = BannedWords(BannedWordsRule(type="banned_words", id="b", allow=["举报网赌"]), ["刷单返利", "网赌"])
    msg = GroupMessage("g", "n", Member("m", "m"), text, local("2026-11-23 09:00"))
    assert (rule.check(msg) is not None) is hit


def test_banned_words_from_files_with_comments(tmp_path):
    (tmp_path / "w.txt").write_text("# comment\n\n 博彩 \n", "utf-8")
    config = parse_config("defaults:\n  rules:\n    - {type: banned_words, id: b, files: [w.txt]}\n", base_dir=tmp_path)
    rule = BannedWords.from_spec(config.defaults.rules[0], tmp_path)
    msg = GroupMessage("g", "n", Member("m", "m"), "博 彩 网站", local("2026-11-23 09:00"))
    assert rule.check(msg).evidence == "博彩"
