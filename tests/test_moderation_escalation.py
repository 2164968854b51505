"""Escalation that reaches a person, polite repeats, and owners teaching moderation (issue 17).

Replays on the local adapter and the virtual clock: a raid becomes one digest to the owner,
a spammer in three of an owner's groups one message, thanks and festival wishes are never
repeats, and staff decisions (/pardon, /remove, /ad, /notad) are stored as labelled examples.
"""
from __future__ import annotations

import contextlib
import re
from datetime import timedelta

import aiohttp

import pytest
from aiohttp import web

from bot.dashboard.server import PASSWORD_ENV, mount
from bot.events import GroupInfo, Member
from bot.rules.flood import excerpt, polite
from bot.text import forms
from storage.labels import read_labels
from tests.conftest import local
from tests.dbs import query

CONFIG = """
send: {min_interval_seconds: 1.5, group_switch_seconds: 3, jitter_seconds: 0}
defaults:
  assistants: [staff]
  moderation: {newcomer_messages: 3, max_warnings_per_hour: 10, raid_newcomers: 5, raid_minutes: 10}
  rules:
    - {type: ads, id: ads, words: [兼职, 日结], ladder: [warn, alert, remove], window_minutes: 1440}
    - {type: flood, id: flood, max_repeats: 3, max_groups: 3, repeat_seconds: 600, ladder: [warn, alert]}
"""
OWNER = Member("owner", "王店长")
MOMS = GroupInfo("g1", "宝妈育儿群", "owner", (OWNER, Member("staff", "小李"), Member("amy", "小美"), Member("bo", "波波")))
SENIORS = GroupInfo("g2", "乐龄健康群", "owner", (OWNER, Member("zhang", "张阿姨")), bot_is_owner=True)
YOUNG = GroupInfo("g3", "潮流青年群", "owner", (OWNER, Member("kiki", "Kiki")))
AD = "兼职日结，加薇信：yh_888666"
START = local("2026-11-23 10:00")


async def start(make_harness, config: str = CONFIG):
    return await make_harness(config, groups=[MOMS, SENIORS, YOUNG], start=START)


async def post(h, group: str, member: str, text: str, at, **kw) -> None:
    """A message fed without draining the queue: what follows within the gather windows joins it."""
    await h.sim.feed(h.adapter.message(group, member, text, at=at, **kw))


async def test_a_raid_sends_the_owner_one_digest(make_harness):
    h = await start(make_harness)
    raiders = [f"raider{i:02d}" for i in range(15)]
    for i, raider in enumerate(raiders):  # 15 newcomers, one ad each, within 10 minutes
        await post(h, "g1", raider, AD, START + timedelta(seconds=40 * i))
    await h.drain()
    warnings = [a for a in h.actions if a["action"] == "say"]
    assert len(warnings) == 10  # the group's hourly warning budget: the bot does not become the spammer
    digests = [a for a in h.actions if a["action"] == "direct"]
    assert [a["to"] for a in digests] == ["owner"]
    text = digests[0]["text"]
    assert "10 分钟内 15 位新成员发布广告或留联系方式拉人，已警告 10 位，5 位因本群提醒已达每小时上限未警告" in text
    assert all(f"{raider}（{raider}）· 宝妈育儿群" in text for raider in raiders)
    assert digests[0]["t"] == (START + timedelta(minutes=10)).isoformat()  # when the raid's window closes


async def test_a_few_newcomers_breaking_rules_are_no_raid(make_harness):
    h = await start(make_harness)
    for i in range(4):  # one fewer than raid_newcomers
        await post(h, "g1", f"new{i}", AD, START + timedelta(minutes=i))
    await h.drain()
    assert [a["action"] for a in h.actions] == ["say"] * 4


async def test_the_same_spammer_in_three_groups_alerts_the_owner_once(make_harness):
    h = await start(make_harness)
    for i, group in enumerate(["g1", "g2", "g3"]):  # the strikes add up across the owner's groups
        await post(h, group, "spam", AD, START + timedelta(seconds=10 * i), name="优惠小助手")
    await h.drain()
    assert [(a["action"], a.get("group"), a.get("mentions")) for a in h.actions if a["action"] == "say"] == [
        ("say", "g1", ["spam"])]  # warned once
    alerts = [a for a in h.actions if a["action"] == "direct"]
    assert [a["to"] for a in alerts] == ["owner"]
    text = alerts[0]["text"]
    assert text.startswith("【宝妈育儿群、乐龄健康群、潮流青年群】优惠小助手（spam）")
    assert "第 3 次" in text and "微信号 yh_888666" in text  # the latest strike counts them all; the id whole


async def test_strikes_in_another_owners_group_do_not_add_up(make_harness):
    other = GroupInfo("g9", "别家的群", "someone-else", (Member("someone-else", "李老板"),))
    h = await make_harness(CONFIG, groups=[MOMS, other], start=START)
    await post(h, "g1", "spam", AD, START)
    await post(h, "g9", "spam", AD, START + timedelta(seconds=10))
    await h.drain()
    assert [(a["action"], a.get("group")) for a in h.actions] == [("say", "g1"), ("say", "g9")]  # two first warnings


POLITE_CASES = [  # (text, groups it is posted in, three minutes apart; warned as a repeat?)
    ("谢谢小李分享", ["g1"] * 3, False),  # a senior thanking, three times in six minutes
    ("感谢王老师的精彩分享🙏", ["g1"] * 3, False),
    ("祝大家中秋节快乐，阖家幸福！", ["g1", "g2", "g3"], False),  # one wish, three groups
    ("新年快乐！祝大家身体健康，万事如意！", ["g1", "g2", "g3"], False),
    ("谢谢王姐分享", ["g1"] * 3, False),
    ("感谢店长，鸡蛋收到了👍", ["g1"] * 3, False),
    ("元旦快乐！祝大家新的一年平平安安，身体健康🎉", ["g1", "g2", "g3"], False),
    ("小年快乐，记得吃饺子哦", ["g1", "g2", "g3"], False),
    ("周末特价快来看看这家店", ["g1"] * 3, True),  # spam repeats are still caught
    ("周末特价快来看看这家店", ["g1", "g2", "g3"], True),
    ("祝大家新年快乐 看我朋友圈有惊喜", ["g1"] * 3, True),  # a wish wrapped round an ad is no wish
]


async def test_polite_texts_never_count_as_repeats(make_harness):
    h = await start(make_harness)  # one bot for the table: each case is its own member, later in the day
    for case, (text, groups, warned) in enumerate(POLITE_CASES):
        member = f"senior{case}"
        actions = []
        for i, group in enumerate(groups):
            actions += await h.say(group, member, text, at=START + timedelta(minutes=30 * case + 3 * i))
        flood = [a for a in actions if a["action"] == "say" and "刷屏" in a["text"]]
        assert [bool(flood)] == [warned], (text, groups, actions)


@pytest.mark.parametrize("text, expected", [
    ("谢谢", True), ("早上好呀", True), ("谢谢 Amy 分享", True), ("国庆节快乐！", True),
    ("今天的鸡蛋到货了吗", False), ("谢谢 13812345678", False), ("新年快乐 加微信 abc123 领红包", False),
    ("祝" + "大家身体健康" * 8, False),  # a speech, not a greeting
])
def test_what_is_polite(text, expected):
    assert polite(forms(text).compact) == expected


@pytest.mark.parametrize("text, expected", [
    ("短句", "短句"),
    ("加我微信好友 领取优惠券 mm520888a 快来", "加我微信好友 领取优惠券 mm520888a…"),  # the id whole
    ("一二三四五六七八九十一二三四五六七八九十还有", "一二三四五六七八九十一二三四五六七八九十…"),
])
def test_evidence_excerpts_never_cut_an_id(text, expected):
    assert excerpt(text) == expected


QUOTE = "「{name}：{text}」\n- - - - - - - - - - - - - - -\n{command}"


async def _labels(h) -> list[tuple]:
    await h.db.flush()
    return query(h.db, "SELECT text, label, group_id, member_id, decided_by, source FROM moderation_label ORDER BY id")


async def test_staff_decisions_are_stored_as_labels_and_read_for_training(make_harness, make_db):
    h = await start(make_harness)
    await h.say("g1", "amy", AD, at=START)  # warned
    pardoned = await h.say("g1", "staff", "/pardon @小美", mentions=["amy"], at=START + timedelta(minutes=1))
    assert "已清除 小美 的 1 条违规记录" in pardoned[0]["text"]

    offer = "这款面霜真的好用，推荐给大家"  # a soft product push the owner calls an ad
    assert await h.say("g1", "bo", offer, at=START + timedelta(minutes=2)) == []  # the rules miss it
    quoted = QUOTE.format(name="波波", text=offer, command="/广告")
    marked = await h.say("g1", "staff", quoted, at=START + timedelta(minutes=3))
    assert [(a["action"], a.get("mentions")) for a in marked] == [("say", ["bo"])]  # warned as the ad rule would
    assert "请注意群规" in marked[0]["text"]

    await h.say("g2", "zhang", "便宜出一批茅台 私聊", at=START + timedelta(minutes=4))
    removed = await h.say("g2", "owner", "/remove @张阿姨", mentions=["zhang"], at=START + timedelta(minutes=5))
    assert [a["action"] for a in removed] == ["remove", "say"]

    assert await _labels(h) == [
        (AD, "ham", "g1", "amy", "staff", "pardon"),
        (offer, "ad", "g1", "bo", "staff", "ad"),
        ("便宜出一批茅台 私聊", "ad", "g2", "zhang", "owner", "remove"),
    ]
    strikes = query(h.db, "SELECT member_id, rule, text, owner FROM moderation_strike WHERE member_id = 'bo'")
    assert strikes == [("bo", "ads", offer, "owner")]

    # Changed minds: the latest decision on a text wins.
    unmarked = await h.say("g1", "staff", QUOTE.format(name="波波", text=offer, command="/不是广告"),
                           at=START + timedelta(minutes=6))
    assert "已记下：波波 的消息不是广告，并清除了 1 条违规记录" in unmarked[0]["text"]
    await h.db.flush()
    assert read_labels(make_db()) == [(AD, False), ("便宜出一批茅台 私聊", True), (offer, False)]


async def test_ad_and_notad_take_a_mention_and_explain_themselves(make_harness):
    h = await start(make_harness)
    assert await h.say("g1", "bo", "这家的面霜好用，姐妹们可以试试", at=START) == []  # not caught by the rules
    marked = await h.say("g1", "staff", "/ad @波波", mentions=["bo"], at=START + timedelta(minutes=1))
    assert [(a["action"], a.get("mentions")) for a in marked] == [("say", ["bo"])]
    assert "用法：引用一条消息回复 /广告" in (await h.say("g1", "staff", "/ad"))[0]["text"]
    unknown = QUOTE.format(name="不在群里的人", text="随便说说", command="/ad")
    assert "用法" in (await h.say("g1", "staff", unknown))[0]["text"]  # a quoted name nobody here has
    assert "只有群主和群助理可以使用" in (await h.say("g1", "amy", "/ad @波波", mentions=["bo"]))[0]["text"]
    assert await _labels(h) == [("这家的面霜好用，姐妹们可以试试", "ad", "g1", "bo", "staff", "ad")]


# Training on what the owners taught: a small fixed set (the corpus' size must not set this test's pace).
TRAIN_ADS = ["兼职日结 加微信领工资", "刷单返利 日结工资 私聊", "代购正品 加微信下单", "网赌平台 注册送彩金",
             "贷款秒批 黑户可下款", "高仿名表 原单 私聊", "兼职打字员 在家赚钱", "免费领取 扫码进群",
             "日赚三百 轻松兼职", "低价代购 名牌包包"] * 2
TRAIN_HAM = ["今天的鸡蛋几点到", "宝宝发烧了怎么办", "谢谢老板 已经拿到了", "明天下午去自提", "这个奶粉好用吗",
             "周末带孩子去公园", "团购的草莓很甜", "大家早上好", "快递到了吗", "老人家血压高吃什么"] * 2


async def test_an_owners_not_an_ad_changes_the_next_training_run(make_harness, make_db):
    from bot.moderation import training
    from bot.offline_db import read_database

    h = await start(make_harness)
    staple = "社区团购兼职团长招募 在家就能做 日结佣金"  # the store's own recruitment post: looks like an ad
    await h.say("g1", "amy", staple, at=START)
    await h.say("g1", "staff", QUOTE.format(name="小美", text=staple, command="/不是广告"), at=START + timedelta(minutes=1))
    await h.db.flush()
    labels = read_database(make_db(), "train", read_labels)  # as `qunbot train --db` reads them
    assert labels == [(staple, False)]

    rule = training.shipped_rule()
    corpus = [training.Example(t, True) for t in TRAIN_ADS] + [training.Example(t, False) for t in TRAIN_HAM]
    before = training.fit(rule, corpus)
    after = training.fit(rule, corpus + training.owner_examples(labels))
    kinds = {s.kind for s in rule.signals(h.adapter.message("g1", "amy", staple))}
    compact = forms(staple).compact
    assert before.probability(compact, kinds) > 0.5 > after.probability(compact, kinds)


@contextlib.asynccontextmanager
async def dashboard(h, monkeypatch):
    """The dashboard on this bot, logged in: (the client, a page's CSRF token)."""
    monkeypatch.setenv(PASSWORD_ENV, "s3cret")
    app = web.Application()
    mount(app, h.bot)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        async with aiohttp.ClientSession(f"http://127.0.0.1:{runner.addresses[0][1]}",
                                         cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
            async with http.get("/admin/login") as response:
                token = response.cookies["qunbot_login_csrf"].value
            async with http.post("/admin/login", data={"password": "s3cret", "csrf": token, "who": "王店长"},
                                 allow_redirects=False):
                pass
            async with http.get("/admin/review") as response:
                csrf = re.search(r'name="csrf" value="([^"]+)"', await response.text()).group(1)
            yield http, csrf
    finally:
        await runner.cleanup()


async def test_the_dashboard_teaches_too(make_harness, monkeypatch):
    h = await start(make_harness)
    await h.say("g1", "amy", AD, at=START)  # warned: a violation with its text
    async with dashboard(h, monkeypatch) as (http, csrf):
        async with http.get("/admin/group/g1") as response:
            log_id = re.search(r'name="log" value="(\d+)"', await response.text()).group(1)
        form = {"csrf": csrf, "log": log_id, "act": "ham", "back": "/review"}
        async with http.post("/admin/review/act", data=dict(form, csrf="forged"), allow_redirects=False) as r:
            assert r.status == 403
        async with http.post("/admin/review/act", data=dict(form, log="999"), allow_redirects=False) as r:
            assert r.status == 404
        async with http.post("/admin/review/act", data=form) as response:
            assert "已记为“不是广告”" in await response.text()
    assert await _labels(h) == [(AD, "ham", "g1", "amy", "dashboard", "dashboard")]
    assert query(h.db, "SELECT pardoned FROM moderation_strike WHERE member_id = 'amy'") == [(True,)]


async def test_removing_from_the_review_page_tells_the_group_as_remove_does(make_harness, monkeypatch):
    """The same removal, the same line in the group (one template, one send queue) as /remove; audited twice."""
    h = await start(make_harness)
    await h.say("g2", "zhang", AD, at=START)  # g2: the bot is its owner
    async with dashboard(h, monkeypatch) as (http, csrf):
        log_id = query(h.db, "SELECT id FROM moderation_log WHERE member_id = 'zhang'")[0][0]
        async with http.post("/admin/review/act", data={"csrf": csrf, "log": log_id, "act": "remove"}) as response:
            assert "已请求把该成员移出群" in await response.text()
    done = await h.drain()
    assert [(a["action"], a["group"]) for a in done] == [("remove", "g2"), ("say", "g2")]
    assert done[1]["text"] == h.bot.ctx.renderer.render("removed_by_staff", names="张阿姨") == "已将 张阿姨 移出本群。"
    assert "zhang" not in [m.id for m in h.adapter.group("g2").members]
    assert query(h.db, "SELECT actor, action, target FROM console_audit") == [("王店长", "review_remove", "zhang")]
    assert ("staff", "removed") in query(h.db, "SELECT rule, taken FROM moderation_log WHERE member_id = 'zhang'")
