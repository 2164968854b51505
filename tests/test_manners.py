"""Chat manners (issue 19): private things go privately, the private chat serves members and staff,
sign-ins are confirmed together, schedules add up, and no English reaches members or owners."""
from __future__ import annotations

import io
import json
import re
from datetime import datetime, timedelta

import pytest

from bot.audience import AUDIENCE
from bot.config.schema import GroupSettings
from bot.config.loader import ConfigError, parse_config, schedule_gaps
from bot.replay import parse_transcript, run_replay
from bot.templates import Renderer, shipped_templates
from bot.events import GroupInfo, Member
from sqlmodel import select

from storage.content import tagged
from storage.models import DirectChoice
from tests import test_floods as flood
from tests.conftest import GROUP, OWNED, ROOT, TEST_CONFIG, local, privately

SENT = "已私信您～"


# --- audience: every template says who reads it ----------------------------------------------


def test_every_shipped_template_declares_its_audience():
    templates = set(shipped_templates())
    assert sorted(templates - set(AUDIENCE)) == [], "add these to bot/audience.py: who may read them?"
    assert sorted(set(AUDIENCE) - templates) == [], "bot/audience.py lists templates that do not exist"


def test_a_private_template_cannot_be_said_in_a_group(harness):
    with pytest.raises(ValueError, match="privately"):
        harness.bot.ctx.say("g1", "stats", group_name="x")


def _group_text(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if a["action"] == "say"]


@pytest.mark.parametrize("who, command, mentions, private_words", [
    ("owner", "/tag @小美 养生 高血压", ("amy",), "高血压"),
    ("staff", "/stats", (), "今天签到率"),
    ("owner", "/清理", (), "天以上没发言"),
    ("staff", "/help", (), "/统计"),  # (F31) the help names the Chinese commands
    ("owner", "/奖品", (), "奖品"),
    ("staff", "/config explain welcome.gather_seconds", (), "本群当前"),
])
async def test_staff_only_output_goes_by_direct_message(harness, who, command, mentions, private_words):
    actions = await harness.say("g1", who, command, mentions=mentions)
    [answer] = privately(who, actions)
    assert private_words in answer["text"]
    assert _group_text(actions) == [SENT]  # the group hears one line
    assert private_words not in " ".join(_group_text(actions))


async def test_a_members_help_stays_in_the_group(harness):
    actions = await harness.say("g1", "amy", "/help")
    assert privately("amy", actions) == [] and "/积分" in _group_text(actions)[0]


async def test_the_coupon_holder_is_never_named_in_the_group(make_harness):
    config = TEST_CONFIG.replace("send:", """coupons:
  campaigns: [{id: c1, title: 满减券, face_value: 20, threshold: 100, quantity: 5}]
send:""")
    harness = await make_harness(config, groups=[GROUP])
    issued = await harness.say("g1", "owner", "/发券 c1 @小美", mentions=("amy",))
    code = next(a["text"].split("券码 ")[1][:8] for a in privately("amy", issued))
    redeemed = await harness.say("g1", "staff", f"/核销 {code}")
    assert "小美" in privately("staff", redeemed)[0]["text"]
    assert _group_text(redeemed) == [SENT]


# --- the private chat ----------------------------------------------------------------------------

THREE = [GROUP, OWNED, GroupInfo("g3", "潮流青年群", "owner", (Member("owner", "王店长"), Member("amy", "小美")))]


def _texts(actions: list[dict], member: str) -> list[str]:
    assert not [a for a in actions if a["action"] == "say" and a["mentions"] == [member]], "answered in a group"
    return [a["text"] for a in privately(member, actions)]


async def test_a_member_is_served_privately(make_harness):
    harness = await make_harness(groups=[GROUP, OWNED])
    await harness.say("g1", "amy", "签到")
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A")
    await harness.say("g1", "amy", "+2")
    # amy is only in 宝妈育儿群: no need to name it.
    [balance] = _texts(await harness.dm("amy", "我的积分"), "amy")
    assert "您当前共有 5 积分" in balance
    [history] = _texts(await harness.dm("amy", "签到记录"), "amy")
    assert "今天已签到" in history and "已连续打卡 1 天" in history and "11月23日" in history
    [orders] = _texts(await harness.dm("amy", "我的订单"), "amy")
    assert "鸡蛋30枚 2 份，共 ¥50" in orders and "接龙中" in orders
    [coupons] = _texts(await harness.dm("amy", "我的券"), "amy")
    assert "还没有可用的优惠券" in coupons
    [prizes] = _texts(await harness.dm("amy", "我的奖品"), "amy")
    assert "还没有奖品" in prizes
    [signups] = _texts(await harness.dm("amy", "我的报名"), "amy")
    assert "还没有报名" in signups
    [birthday] = _texts(await harness.dm("amy", "生日 05-12"), "amy")  # no slash needed in private
    assert "5月12日" in birthday
    [menu] = _texts(await harness.dm("amy", "你好"), "amy")
    assert "我的积分" in menu and "/stats" not in menu  # what can be asked here; no staff commands for members
    [refused] = _texts(await harness.dm("amy", "/stats"), "amy")
    assert "只有群主和群助理" in refused


async def test_someone_in_several_groups_names_one(make_harness):
    harness = await make_harness(groups=THREE)
    await harness.say("g3", "amy", "签到")
    # (D32) her own records, no group named: each of her groups, each named
    each = _texts(await harness.dm("amy", "我的积分"), "amy")
    assert each == ["【宝妈育儿群】您当前共有 0 积分。\n每天发“签到”就能领积分哦～",
                    "【潮流青年群】您当前共有 5 积分。\n最近记录：\n11-23 签到 +5"]
    later = harness.clock.now() + timedelta(minutes=2)  # the same question again within a minute gets silence
    [g3] = _texts(await harness.dm("amy", "潮流青年群 我的积分", at=later), "amy")
    assert "5 积分" in g3 and "【潮流青年群】" in g3
    [which] = _texts(await harness.dm("amy", "/生日 05-12"), "amy")  # not a record: the group named last is remembered
    assert "5月12日" in which
    [g1] = _texts(await harness.dm("amy", "我的积分 宝妈育儿群", at=later), "amy")
    assert "0 积分" in g1
    [stranger] = _texts(await harness.dm("nobody", "你好"), "nobody")
    assert "还没有加入我们的群" in stranger


async def test_the_group_named_in_private_is_remembered_across_a_restart(make_harness):
    harness = await make_harness(groups=THREE, db_name="choice.db")
    await harness.say("g3", "amy", "签到")
    [g3] = _texts(await harness.dm("amy", "潮流青年群 我的积分"), "amy")
    assert "5 积分" in g3
    restarted = await make_harness(groups=THREE, db_name="choice.db")  # a new process on the same database
    [again] = _texts(await restarted.dm("amy", "/生日 05-12"), "amy")
    assert "5月12日" in again  # not "which group?"
    [g1] = _texts(await restarted.dm("amy", "宝妈育儿群 我的积分"), "amy")
    assert "0 积分" in g1
    rows = await restarted.db.read(lambda s: s.exec(select(DirectChoice.member_id, DirectChoice.group_id)).all())
    assert [tuple(r) for r in rows] == [("amy", "g1")]  # one row per member, the last named


async def test_staff_run_commands_privately_by_member_id(make_harness):
    harness = await make_harness(groups=THREE)
    [stats] = _texts(await harness.dm("owner", "/stats 乐龄健康群"), "owner")
    assert "【乐龄健康群 数据】" in stats
    [which] = _texts(await harness.dm("staff", "stats"), "staff")  # an assistant of every group: which one?
    assert "这几个群" in which
    [stats] = _texts(await harness.dm("staff", "宝妈育儿群 stats"), "staff")  # no slash needed in private
    assert "【宝妈育儿群 数据】" in stats
    posted = await harness.dm("owner", "宝妈育儿群 /开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A")
    assert [a["group"] for a in posted if a["action"] == "say"] == ["g1"]  # the post itself goes to the group
    [summary] = _texts(await harness.dm("owner", "/汇总"), "owner")
    assert "鸡蛋30枚" in summary
    [tagged] = _texts(await harness.dm("owner", "/tag @小美 辅食"), "owner")  # "@name" names a member in private too
    assert "小美：辅食" in tagged


async def test_unsubscribed_members_are_not_mentioned_in_tagged_pushes(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/tag @小美 辅食", mentions=("amy",))
    [done] = _texts(await harness.dm("amy", "退订"), "amy")
    assert "不再@您" in done
    assert await harness.bot.db.read(lambda s: tagged(s, ["辅食"])) == {}
    await harness.dm("amy", "订阅")
    assert await harness.bot.db.read(lambda s: tagged(s, ["辅食"])) == {"amy": {"辅食"}}


# --- gathered sign-in confirmations -------------------------------------------------------------


async def test_a_morning_of_200_sign_ins_is_a_few_group_messages():
    """200 members sign in within 10 minutes (shipped config, replayed): at most 10 group messages."""
    members = [{"id": f"m{n:03d}", "name": f"会员{n:03d}"} for n in range(200)]
    lines = [flood.group("g1", members)]
    lines += [{"t": flood.at(3 * n), "type": "message", "group": "g1", "from": m["id"], "text": "签到"}
              for n, m in enumerate(members)]
    lines.append({"t": flood.at(601), "type": "message", "group": "g1", "from": "m005", "text": "签到"})  # a repeat
    out = io.StringIO()
    transcript = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines)
    await run_replay(parse_transcript(transcript), config_path=ROOT / "config.yaml", db_path=None,
                     until=datetime.fromisoformat(flood.at(1200)), out=out)
    actions = [json.loads(line) for line in out.getvalue().splitlines()]
    flood.assert_within_budget(actions)
    in_group = [a for a in actions if a["action"] == "say"]
    first = [a for a in in_group if "签到成功" in a["text"]]
    batches = [a for a in in_group if a["text"].startswith("今日签到：")]
    named = re.findall(r"@(会员\d+) 第(\d+)", " ".join(a["text"] for a in batches))
    print(f"\nmorning: 200 sign-ins in 10 minutes -> {len(in_group)} group messages "
          f"({len(first)} at once, {len(batches)} gathered)")
    assert len(in_group) <= 10
    assert [a["mentions"] for a in first] == [["m000"]]  # the day's first hears at once
    assert sorted(int(rank) for _, rank in named) == list(range(2, 201))  # everyone else named once, with rank
    assert all(not a["mentions"] for a in batches)  # no 199 notifications
    assert [a["mentions"] for a in in_group if "已经签到过" in a["text"]] == [["m005"]]


async def test_repeats_may_be_answered_privately(make_harness):
    harness = await make_harness(TEST_CONFIG.replace("signin: {gather_seconds: 0}",
                                                     "signin: {gather_seconds: 120, repeats_privately: true}"))
    assert "签到成功" in (await harness.say("g1", "amy", "签到"))[0]["text"]
    again = await harness.say("g1", "amy", "签到")
    assert [a["action"] for a in again] == ["direct"] and "已经签到过" in again[0]["text"]
    seen = len(harness.actions)
    start = harness.clock.now()
    await harness.sim.feed(harness.adapter.message("g1", "bo", "打卡", at=start))
    await harness.sim.feed(harness.adapter.message("g1", "staff", "签到", at=start + timedelta(seconds=30)))
    assert harness.actions[seen:] == []  # waiting for the window to close
    gathered = await harness.drain()
    assert gathered[0]["t"] == (start + timedelta(seconds=120)).isoformat()
    assert [a["text"] for a in gathered] == ["今日签到：@波波 第2（+5） · @小李 第3（+5）\n积分已到账，私聊我发“签到记录”可查看详情～"]


# --- schedules that add up ----------------------------------------------------------------------


def _runs(settings) -> set[str]:
    return {post.template or post.action for post in settings.schedule if post.enabled}


def test_each_shipped_group_runs_every_default_action(shipped_config):
    expected = _runs(shipped_config.defaults)
    assert {"birthdays", "promises", "group_health", "reengage", "suggestions", "morning_greeting"} <= expected
    assert len(shipped_config.groups) == 3
    for group in shipped_config.groups:
        assert expected <= _runs(group.settings), f"{group.name} misses {expected - _runs(group.settings)}"
    assert schedule_gaps(shipped_config) == []
    seniors = shipped_config.settings_for("x", "乐龄健康群")
    assert {p.id: p.cron for p in seniors.schedule}["morning"] == "30 7 * * *"  # its own time, the defaults' template
    assert {p.id: p.template for p in seniors.schedule}["morning"] == "morning_greeting"


SCHEDULED = """
defaults:
  schedule:
    - {id: morning, cron: "0 8 * * *", template: morning_greeting}
    - {id: birthdays, cron: "0 10 * * *", action: birthdays}
groups:
  - name: 甲
    schedule:
      - {id: morning, enabled: false}
      - {id: quiz, cron: "0 20 * * *", action: quiz}
  - name: 乙
    schedule:
      replace: true
      entries:
        - {id: tip, cron: "0 9 * * *", action: post}
"""


def test_a_group_schedule_extends_overrides_or_replaces_the_defaults():
    config = parse_config(SCHEDULED)
    first, second = (config.settings_for("", name) for name in ("甲", "乙"))
    assert [(p.id, p.enabled) for p in first.schedule] == [("morning", False), ("birthdays", True), ("quiz", True)]
    assert [p.id for p in second.schedule] == ["tip"]
    gaps = schedule_gaps(config)
    assert len(gaps) == 2 and "“甲”" in gaps[0] and "“morning_greeting”（编号 “morning”）" in gaps[0]
    assert "“乙”" in gaps[1] and "“birthdays”（编号 “birthdays”）" in gaps[1]


@pytest.mark.parametrize("entries, expected", [
    ('      - {id: morning, cron: "0 25 * * *"}', "c.yaml 第 9 行 groups[0].schedule[0].cron：定时表达式 “0 25 * * *” 写错了"),
    ('      - {id: new-one, action: post}', "c.yaml 第 9 行 groups[0].schedule[0].cron：缺少必填的一项 “cron”"),
    ('      - {id: morning, template: stats}',
     "c.yaml 第 9 行 groups[0].schedule[0].template：模板 “stats” 是私信给工作人员的，不能在群里定时发送"),
])
def test_errors_in_a_groups_schedule_name_its_own_lines(entries, expected):
    text = SCHEDULED.split("groups:")[0] + "groups:\n  - name: 甲\n    schedule:\n" + entries + "\n"
    with pytest.raises(ConfigError) as error:
        parse_config(text, filename="c.yaml")
    assert str(error.value).startswith(expected), str(error.value)


def test_check_config_warns_about_a_switched_off_default(tmp_path, capsys):
    from bot.cli import main

    path = tmp_path / "c.yaml"
    path.write_text(SCHEDULED, "utf-8")
    assert main(["check-config", str(path)]) == 0
    assert "c.yaml：提醒：“groups[0]”（“甲”）关掉了默认的定时任务 “morning_greeting”（编号 “morning”）" in capsys.readouterr().err


# --- no English for members or owners -------------------------------------------------------------

# What may stay ASCII: what is typed as it is (“parenting”), commands and their arguments (/stats, /config explain welcome.gather_seconds,
# qunbot verify-draw --draw 3), URLs, config file names and keys an owner types, units and a few
# abbreviations Chinese uses as they are.
_ALLOWED = [r"https?://\S+", r"“[^”]*”", r"(?<![A-Za-z])/[a-z]+(?: (?:[a-z_]+\.[a-z_.]+|[a-z]+(?=\s|$)))*",
            r"qunbot(?: [a-z-]+)+(?: --[a-z]+)?", r"[a-z_]+\.yaml", r"\b[a-z_]+\.[a-z_.]+\b",
            r"\b[A-Za-z0-9]*\d[A-Za-z0-9]*\b", r"(?<![A-Za-z])[A-Z](?![A-Za-z])"]  # codes (ABCD2345), letters (选B, 自提点A)
_ABBREVIATIONS = {"SHA", "VIP", "KOL", "QQ", "ID", "kg", "g", "ml", "cm", "km", "h", "min"}


def english_words(text: str) -> list[str]:
    for pattern in _ALLOWED:
        text = re.sub(pattern, " ", text)
    return [w for w in re.findall(r"[A-Za-z]+(?:'[a-z]+)?", text) if w not in _ABBREVIATIONS]


class Sample(float):
    """Any value a template may ask for: a number, text, a list of itself, a date, an object with any field."""

    def __new__(cls, value: float = 3.0):
        return super().__new__(cls, value)

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return Sample() if name != "strftime" else (lambda fmt: "08:00")

    def __getitem__(self, key):
        return Sample()

    def __iter__(self):
        return iter([Sample(2.0), Sample(5.0)])

    def __len__(self) -> int:
        return 2

    def __str__(self) -> str:
        return "示例"

    __format__ = lambda self, spec: "示例"


def _literal_text(source: str) -> list[str]:
    """Every piece of text a template can output, in every branch (not the names it compares against)."""
    from jinja2 import nodes
    from jinja2.sandbox import SandboxedEnvironment

    tree = SandboxedEnvironment().parse(source)
    names = [const for node in tree.find_all((nodes.Compare, nodes.Getitem, nodes.Test)) for const in node.find_all(nodes.Const)]
    names += [const for node in tree.find_all((nodes.Filter, nodes.Call))
              for arg in node.args for const in [arg, *arg.find_all(nodes.Const)]]
    names += [pair.key for pair in tree.find_all(nodes.Pair)]
    skip = {id(const) for const in names}
    texts = [node.data for node in tree.find_all(nodes.TemplateData)]
    texts += [node.value for node in tree.find_all(nodes.Const) if isinstance(node.value, str) and id(node) not in skip]
    return texts


def test_no_template_says_an_english_word():
    found = {key: words for key, source in shipped_templates().items()
             if (words := english_words(" ".join(_literal_text(source))))}
    assert found == {}


def test_every_template_renders_with_sample_values_in_chinese():
    renderer = Renderer(shipped_templates())
    for key, source in shipped_templates().items():
        names = set(re.findall(r"\b([a-z_]+)\b", source)) - {"loop", "true", "false", "none", "namespace"}  # jinja's own names
        values = {name: Sample() for name in names} | _SPECIFIC.get(key, {})
        text = renderer.render(key, **values)
        assert text and not english_words(text), (key, text)


# Values a universal sample cannot stand for (a dictionary looked up by them).
_SPECIFIC = {"rules_list": {"rules": [{"title": "不发广告", "steps": ["warn", "alert", "remove"]}], "removal": "approve"}}


@pytest.mark.parametrize("text, expected", [
    ("/stats 已私信", []), ("打开 https://shop.example.com/a?b=1 看看", []), ("/config explain welcome.gather_seconds", []),
    ("复核：qunbot verify-draw --draw 3", []), ("morning post 早上好", ["morning", "post"]), ("SHA-256：一致", []),
])
def test_the_english_detector(text, expected):
    assert english_words(text) == expected


def test_config_explain_speaks_chinese_for_every_group_setting(shipped_config):
    from bot.config.explain import Explained, _descriptions, all_keys, explain

    assert sorted(set(all_keys(GroupSettings)) - set(_descriptions())) == []  # a new setting needs its sentence
    renderer = Renderer(shipped_templates())
    for key in all_keys(GroupSettings):
        found = explain(key, shipped_config, shipped_config.settings_for("", "乐龄健康群"))
        assert isinstance(found, Explained)
        # The values are what the owner typed (Asia/Shanghai, member ids): only the words around them count.
        text = renderer.render("config_explained", setting=found.key, description=found.description,
                               default="5", current="5", children=list(found.children))
        assert not english_words(text.replace(f"【{found.key}】", "")), text  # the key, as the owner typed it


async def test_a_refusal_names_the_command_as_typed(harness):
    [refused] = await harness.say("g1", "amy", "/抽奖 奖品：杯子")
    assert refused["text"] == "抱歉，/抽奖 只有群主可以使用。"


# --- welcome and invites ------------------------------------------------------------------------------


async def test_welcome_skips_who_left_and_greets_rejoiners_as_such(harness):
    start = harness.clock.now()
    events = [harness.adapter.join("g1", Member("spam", "广告号"), at=start),
              harness.adapter.leave("g1", "spam", at=start + timedelta(seconds=10)),
              harness.adapter.join("g1", Member("new", "新人"), inviter="amy", at=start + timedelta(seconds=15))]
    for event in events:
        await harness.sim.feed(event)
    [welcome] = await harness.drain()
    assert welcome["mentions"] == ["new"] and "欢迎新朋友" in welcome["text"] and "感谢小美的邀请" in welcome["text"]
    for event in (harness.adapter.leave("g1", "new", at=start + timedelta(days=10)),
                  harness.adapter.join("g1", Member("new", "新人"), inviter="amy", at=start + timedelta(days=11))):
        await harness.sim.feed(event)
    [back] = await harness.drain()
    assert back["text"].startswith("欢迎回来！") and "感谢" not in back["text"]  # the inviter is not thanked twice
    alone = [harness.adapter.join("g1", Member("gone", "过客"), at=start + timedelta(days=12)),
             harness.adapter.leave("g1", "gone", at=start + timedelta(days=12, seconds=5))]
    for event in alone:
        await harness.sim.feed(event)
    assert await harness.drain() == []  # nobody stayed: nothing said


async def test_staff_earn_no_invite_points_and_the_board_counts_who_stayed(harness):
    start = harness.clock.now()
    for n, inviter in enumerate(["staff", "amy", "amy", "bo"]):
        await harness.sim.feed(harness.adapter.join("g1", Member(f"n{n}", f"新人{n}"), inviter=inviter,
                                                    at=start + timedelta(seconds=n)))
    await harness.sim.feed(harness.adapter.leave("g1", "n2", at=start + timedelta(days=8)))  # stayed a week, then left
    await harness.drain()
    [staff_points] = privately("staff", await harness.dm("staff", "宝妈育儿群 我的积分"))
    assert "您当前共有 0 积分" in staff_points["text"]
    board = await harness.say("g1", "amy", "/invites", at=start + timedelta(days=9))
    [text] = [a["text"] for a in board if "邀请榜" in a["text"]]
    assert "1. 小美 邀请 1 人" in text and "2. 波波 邀请 1 人" in text and "小李" not in text


# --- fair games ----------------------------------------------------------------------------------------


QUIZ_CONFIG = TEST_CONFIG + "  quiz: {theme: parenting, timeout_minutes: 10}\n"


async def _quiz_question(harness):
    from bot.quiz.bank import shipped_banks

    out = await harness.say("g1", "staff", "/quiz")
    asked = next(a["text"] for a in out if "有奖问答" in a["text"])
    bank = shipped_banks()["parenting"]
    return next(q for q in bank.questions if q.question in asked)


async def test_only_a_members_first_pick_counts(make_harness):
    harness = await make_harness(QUIZ_CONFIG)
    question = await _quiz_question(harness)
    assert question.options  # the parenting bank's questions are multiple choice
    wrong = next(letter for letter in "ABCD"[:len(question.options)] if letter != question.letter)
    assert await harness.say("g1", "amy", wrong) == []  # a wrong first pick: silence
    assert await harness.say("g1", "amy", question.letter) == []  # cycling to the right one wins nothing
    [won] = await harness.say("g1", "bo", question.letter)
    assert "恭喜 波波 第一个答对" in won["text"]


async def test_no_quiz_in_or_into_quiet_hours(make_harness):
    harness = await make_harness(QUIZ_CONFIG, start=local("2026-11-23 21:55"))  # the reveal would be at 22:05
    [refused] = await harness.say("g1", "staff", "/quiz")
    assert "免打扰时段（22:00-07:00）" in refused["text"]
    assert harness.bot.ctx.games.open_in("quiz", "g1") is None
    later = await harness.say("g1", "staff", "/quiz", at=local("2026-11-24 07:30"))
    assert any("有奖问答" in a["text"] for a in later)


# --- points --------------------------------------------------------------------------------------------


async def test_staff_naming_a_member_see_or_adjust_their_balance(harness):
    adjusted, awarded = await harness.say("g1", "owner", "/积分 @小美 +10 晒单", mentions=("amy",))
    assert adjusted["action"] == "direct" and "小美 现在共 10 积分" in adjusted["text"]  # (D32) balances to the staff
    assert awarded["action"] == "say" and "小美 获得 10 积分" in awarded["text"] and "共" not in awarded["text"]
    shown, noted = await harness.say("g1", "owner", "/积分 @小美", mentions=("amy",))
    assert shown["action"] == "direct" and "小美 当前共有 10 积分" in shown["text"]  # (s34) a staff view: privately
    assert noted["text"] == "已私信您～"
    [own] = await harness.say("g1", "amy", "/积分 @波波", mentions=("bo",))  # a member sees only their own
    assert own["text"].startswith("您当前共有 10 积分")
    [negative] = await harness.say("g1", "owner", "/points @波波 -20 扣错了", mentions=("bo",))
    assert negative["action"] == "direct" and negative["to"] == "owner"  # a deduction and its warning: privately
    assert "波波 现在共 -20 积分（已是负数，请确认是否扣多了）" in negative["text"]


async def test_under_load_a_late_balance_is_dropped_and_a_confirmation_still_goes(harness):
    harness.adapter.refuse_sends(1)  # the platform says "too often": everything pauses 30 minutes
    start = harness.clock.now()
    await harness.sim.feed(harness.adapter.message("g1", "bo", "签到", at=start))
    await harness.sim.feed(harness.adapter.message("g1", "amy", "我的积分", at=start + timedelta(seconds=5)))
    await harness.sim.feed(harness.adapter.message("g1", "amy", "签到", at=start + timedelta(seconds=10)))
    out = [a for a in await harness.drain() if a["action"] == "say"]
    assert [(a["mentions"], a["text"][:4]) for a in out] == [(["bo"], "签到成功"), (["amy"], "签到成功")]
    assert out[0]["t"] >= (start + timedelta(minutes=30)).isoformat()  # sent after the pause; the balance was not


async def test_owner_alerts_in_a_flood_become_one_digest(make_harness):
    """Unanswered questions in three groups at once: the first alert at once, the rest in one digest
    (moderation.alert_gather_seconds, the same gathering as moderation's), not one message each."""
    config = TEST_CONFIG + '  questions: {sla_minutes: 30, opening_hours: "09:00-21:00"}\n'
    harness = await make_harness(config, groups=THREE, start=local("2026-11-23 10:00"))
    asked = [("g1", "amy", "店里有没有婴儿游泳圈？"), ("g2", "zhang", "请问有没有卖儿童雨靴？"),
             ("g3", "amy", "这周末有没有新款卫衣到货？")]
    for group, member, text in asked:
        said = [a for a in await harness.say(group, member, text) if a.get("action") == "say"]
        assert len(said) == 1 and "记下了" in said[0]["text"]  # not answered; (e33) told at once it went to the staff
    seen = len(harness.actions)
    await harness.sim.advance_to(local("2026-11-23 10:40"))
    await harness.drain()
    alerts = privately("owner", harness.actions[seen:])
    assert len(alerts) == 2, [a["text"] for a in alerts]  # not 3 (with 50 groups: still 2)
    first, digest = alerts
    assert first["text"].startswith("【待回复】") and first["t"].startswith("2026-11-23T02:30")
    assert digest["text"].startswith("【提醒汇总】刚才有 2 条提醒") and digest["t"].startswith("2026-11-23T02:31")
    assert all(question in " ".join(a["text"] for a in alerts) for _, _, question in asked)  # nothing lost
    await harness.say("g1", "bo", "有没有宝宝洗衣液？", at=local("2026-11-23 11:00"))
    await harness.sim.advance_to(local("2026-11-23 11:31"))
    await harness.drain()
    [later] = privately("owner", harness.actions[seen + 2:])[-1:]
    assert later["text"].startswith("【待回复】")  # a quiet hour later: at once again, on its own
