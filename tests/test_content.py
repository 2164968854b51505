"""Scheduled content and products: rotation without repeats, festivals, products, tags, welcomes."""
from __future__ import annotations

import re
import textwrap
from datetime import timedelta

import pytest

from bot.config.loader import ConfigError, parse_config
from bot.events import GroupInfo, Member
from scheduler.actions import ACTIONS
from tests.conftest import GROUP, local, to
from tests.dbs import query

LIBRARY = """
health:
  - {id: a, text: 第一条}
  - {id: b, text: 第二条, link: "https://example.com/b"}
  - {id: c, text: 第三条}
  - {id: w, text: 冬天才有, seasons: [winter]}
  - {id: s, text: 夏天才有, seasons: [summer]}
  - {id: dz, text: 冬至快乐, festival: 冬至}
"""

PRODUCTS = """
- {id: p1, name: 小米, price: 59, promo_price: 45, stock: 10, story: 五常新米, segments: [health], tags: [养生]}
- {id: p2, name: 大枣, price: 68, stock: 0, segments: [health]}
- {id: p3, name: 围巾, price: 129, stock: 5, segments: [fashion]}
- {id: p4, name: 汤圆, price: 25, stock: 9, segments: [], valid_from: 2026-12-01, valid_to: 2026-12-31}
"""


@pytest.fixture
def content_config(tmp_path):
    (tmp_path / "lib.yaml").write_text(LIBRARY, "utf-8")
    (tmp_path / "prod.yaml").write_text(PRODUCTS, "utf-8")

    def make(schedule: str, extra: str = "") -> str:
        return textwrap.dedent(f"""
            send: {{jitter_seconds: 0}}
            content: {{library: {tmp_path / 'lib.yaml'}, products: {tmp_path / 'prod.yaml'}}}
            defaults:
              theme: health
              assistants: [staff]
              posting: {{quiet_hours: "22:00-07:00"}}
              schedule:
            """) + textwrap.indent(textwrap.dedent(schedule), "    ") + "\n" + textwrap.dedent(extra)
    return make


def said(actions, group="g1"):
    return [a["text"] for a in actions if a["action"] == "say" and a["group"] == group]


async def test_series_rotates_without_repeats_and_starts_over(make_harness, content_config):
    config = content_config("- {id: tip, cron: '0 10 * * *', action: post}")
    harness = await make_harness(config, start=local("2026-11-23 09:00"), groups=[GROUP])
    await harness.sim.advance_to(local("2026-11-30 11:00"))
    texts = said(harness.actions)
    # November is autumn: 4 usual items (a, b, c rotate; w and s are out of season)
    assert texts == ["第一条", "第二条\n👉 https://example.com/b", "第三条", "第一条", "第二条\n👉 https://example.com/b",
                     "第三条", "第一条", "第二条\n👉 https://example.com/b"]
    assert all(texts[i] != texts[i + 1] for i in range(len(texts) - 1))


async def test_rotation_survives_a_restart(make_harness, content_config):
    config = content_config("- {id: tip, cron: '0 10 * * *', action: post}")
    first = await make_harness(config, start=local("2026-11-23 09:00"), groups=[GROUP], db_name="same.db")
    await first.sim.advance_to(local("2026-11-23 11:00"))
    await first.bot.stop()
    second = await make_harness(config, start=local("2026-11-24 09:00"), groups=[GROUP], db_name="same.db")
    await second.sim.advance_to(local("2026-11-24 11:00"))
    assert said(first.actions) == ["第一条"] and said(second.actions) == ["第二条\n👉 https://example.com/b"]


async def test_festival_item_goes_first_on_its_day_and_seasonal_items_join_in_winter(make_harness, content_config):
    config = content_config("- {id: tip, cron: '0 10 * * *', action: post}")
    harness = await make_harness(config, start=local("2026-12-21 09:00"), groups=[GROUP])
    await harness.sim.advance_to(local("2026-12-25 11:00"))
    # 2026-12-22 is 冬至 (solar term, from lunar_python); December is winter
    assert said(harness.actions) == ["第一条", "冬至快乐", "第二条\n👉 https://example.com/b", "第三条", "冬天才有"]


async def test_each_group_rotates_on_its_own(make_harness, content_config):
    config = content_config("- {id: tip, cron: '0 10 * * *', action: post}")
    harness = await make_harness(config, start=local("2026-11-23 09:00"))
    await harness.sim.advance_to(local("2026-11-23 11:00"))
    assert said(harness.actions, "g1") == said(harness.actions, "g2") == ["第一条"]


async def test_product_slot_picks_for_the_segment_in_stock_and_in_date(make_harness, content_config):
    config = content_config("- {id: deal, cron: '0 19 * * *', action: product}")
    harness = await make_harness(config, start=local("2026-11-29 09:00"), groups=[GROUP])
    await harness.sim.advance_to(local("2026-12-02 20:00"))
    names = [t.splitlines()[0] for t in said(harness.actions)]
    # p2 sold out, p3 is for fashion groups, p4 only from December
    assert names == ["【好物推荐】小米", "【好物推荐】小米", "【好物推荐】汤圆", "【好物推荐】小米"]
    assert "原价 59 元，群内特价 45 元，仅剩 10 件" in said(harness.actions)[0]


async def test_post_item_by_staff_with_tagged_members_mentioned(make_harness, content_config):
    harness = await make_harness(content_config("[]", "member_tags: {amy: [养生]}\n"), groups=[GROUP])
    out = await harness.say("g1", "staff", "/post item p1")
    assert len(out) == 1 and out[0]["text"].startswith("【好物推荐】小米") and out[0]["mentions"] == ["amy"]
    out = await harness.say("g1", "staff", "/post item p2")
    assert to("staff", out)[0]["text"] == "“大枣”暂时不能推送：已售罄。"
    out = await harness.say("g1", "staff", "/post item nope")
    assert "商品库里没有“nope”" in out[0]["text"] and "小米" in out[0]["text"]  # (t32) names, not ids
    out = await harness.say("g1", "amy", "/post item p1")
    assert out[0]["text"] == "抱歉，/post 只有群主和群助理可以使用。"


async def test_owner_tags_members_and_products_reach_them(make_harness, content_config):
    harness = await make_harness(content_config("[]"), groups=[GROUP])
    out = await harness.say("g1", "owner", "/tag @波波 养生 美食", mentions=["bo"])
    assert "波波：养生、美食" in out[0]["text"]
    out = await harness.say("g1", "owner", "/tag bo -美食")
    assert "波波：养生" in out[0]["text"]
    out = await harness.say("g1", "staff", "/post item p1")
    assert out[0]["mentions"] == ["bo"]
    out = await harness.say("g1", "staff", "/tag bo 养生")
    assert "只有群主" in out[0]["text"]
    out = await harness.say("g1", "owner", "/tag b0 养生")
    assert out[0]["text"] == "本群没有成员“b0”。请 @ 该成员，或写成员编号。"
    out = await harness.say("g1", "owner", "/tag 养生")
    assert out[0]["text"].startswith("用法：/标签 @成员 标签1")
    assert query(harness.db, "select member_id, tag, source from member_tag") == [("bo", "养生", "command")]


async def test_old_schedule_form_still_posts_its_template(make_harness, content_config):
    harness = await make_harness(content_config("- {id: morning, cron: '0 8 * * *', template: morning_greeting}"),
                                 start=local("2026-11-23 07:00"), groups=[GROUP])
    await harness.sim.advance_to(local("2026-11-23 09:00"))
    assert said(harness.actions) == ["早上好！新的一天从签到开始，发送“签到”领取今日积分吧～"]


def test_the_action_table_is_explicit_and_unknown_actions_are_named():
    assert set(ACTIONS) >= {"post", "product", "redpacket_plan"}
    with pytest.raises(ConfigError) as info:
        parse_config("defaults:\n  schedule:\n    - {id: q, cron: '0 8 * * *', action: quizz}\n", filename="c.yaml")
    assert str(info.value) == ("c.yaml 第 3 行 defaults.schedule[0].action：没有 “quizz” 这种定时任务（是不是想写 “quiz”？）；"
                               "可选：“post”、“product”、“redpacket_plan”、“quiz”、“leaderboard”、“group_health”、"
                               "“reengage”、“suggestions”、“promises”、“birthdays”、“weekly_report”、“coupon_reminders”")


@pytest.mark.parametrize("text, message", [
    ("health:\n  - {id: a}\n", "lib.yaml 第 2 行 health[0].text：缺少必填的一项 “text”"),
    ("health:\n  - {id: a, text: x, seasons: [wintr]}\n",
     "lib.yaml 第 2 行 health[0]：季节 “wintr” 不存在，可选：“spring”、“summer”、“autumn”、“winter”"),
    ("health:\n  - {id: a, text: x}\n  - {id: a, text: y}\n", "lib.yaml 第 3 行 health[1].id：编号 “a” 重复了"),
])
def test_a_bad_library_is_reported_with_file_line_and_item(tmp_path, text, message):
    from bot.content_library import load_content

    (tmp_path / "lib.yaml").write_text(text, "utf-8")
    with pytest.raises(ConfigError) as info:
        load_content(tmp_path / "lib.yaml", tmp_path / "none.yaml")
    assert str(info.value).replace(str(tmp_path) + "/", "").startswith(message), str(info.value)


def test_a_bad_product_is_reported(tmp_path):
    from bot.content_library import load_content

    (tmp_path / "p.yaml").write_text("- {id: x, name: 米, price: 10, promo_price: 12, stock: 1}\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_content(tmp_path / "none.yaml", tmp_path / "p.yaml")
    assert "p.yaml 第 1 行 [0]：促销价 12 应低于原价 10" in str(info.value)


def test_missing_content_file_is_a_config_error():
    with pytest.raises(ConfigError) as info:
        parse_config("content: {library: nope.yaml}\n", filename="c.yaml")
    assert str(info.value) == "c.yaml 第 1 行 content.library：找不到文件 “nope.yaml”（相对于配置文件所在的目录）"


async def test_a_reload_with_a_broken_library_keeps_the_running_content(make_harness, content_config, tmp_path):
    harness = await make_harness(content_config("[]"), groups=[GROUP])
    path = tmp_path / "c.yaml"
    path.write_text(content_config("[]"), "utf-8")
    (tmp_path / "lib.yaml").write_text("health: [{id: a}]\n", "utf-8")
    harness.bot.config_path = path
    errors = await harness.bot.reload()
    assert errors == [f"{path} 第 3 行 content：所指的文件有问题——{tmp_path / 'lib.yaml'} 第 1 行 health[0].text："
                      "缺少必填的一项 “text”"]
    assert harness.bot.ctx.content.library["health"][0].text == "第一条"


# --- welcomes through the send queue ---------------------------------------------------------


async def test_300_joins_within_a_minute_make_at_most_3_welcomes(make_harness):
    harness = await make_harness(groups=[GROUP])
    start = local("2026-11-23 10:00")
    for n in range(300):
        await harness.sim.feed(harness.adapter.join("g1", Member(f"new{n}", f"新人{n}"), at=start + timedelta(seconds=n * 0.2)))
    await harness.drain()
    welcomes = [a for a in harness.actions if a["action"] == "say"]
    assert 1 <= len(welcomes) <= 3
    counted = [int(re.search(r"欢迎(\d+)位新朋友", a["text"]).group(1)) for a in welcomes]
    assert sum(counted) == 300  # everyone welcomed...
    assert all(len(a["mentions"]) == min(n, 50) for a, n in zip(welcomes, counted))  # ...the first 50 of each @-ed
    assert "没能一一@到" in welcomes[0]["text"]


async def test_a_single_join_gets_a_welcome_after_the_gathering_wait(make_harness):
    harness = await make_harness(groups=[GROUP])
    await harness.sim.feed(harness.adapter.join("g1", Member("new", "小新"), at=local("2026-11-23 10:00")))
    await harness.drain()
    assert [(a["t"], a["mentions"]) for a in harness.actions] == [(local("2026-11-23 10:00:30").isoformat(), ["new"])]
    assert harness.actions[0]["text"].startswith("欢迎新朋友加入宝妈育儿群！")


async def test_a_member_spamming_a_command_gets_at_most_2_replies(make_harness):
    harness = await make_harness(groups=[GROUP])
    replies = []
    for n in range(20):
        replies += await harness.say("g1", "amy", "/help", at=local("2026-11-23 10:00") + timedelta(seconds=n * 3))
    for n in range(20):
        replies += await harness.say("g1", "bo", f"/nosuch{n}", at=local("2026-11-23 10:01") + timedelta(seconds=n))
    assert len(to("bo", replies)) == 2  # two answers, then silence
    assert len(to("amy", replies)) == 2  # the same: asking again gets one more answer, no more
    replies = await harness.say("g1", "amy", "/help", at=local("2026-11-23 10:15"))
    assert len(to("amy", replies)) == 1  # the window is over: a fair question gets its answer


def test_check_config_names_an_unknown_series_and_a_broken_library(tmp_path):
    with pytest.raises(ConfigError) as info:
        parse_config("defaults:\n  schedule:\n    - {id: t, cron: '0 8 * * *', action: post, series: helth}\n",
                     filename="c.yaml")
    assert str(info.value).startswith("c.yaml 第 3 行 defaults.schedule[0].series：内容库里没有系列 “helth”"
                                      "（现有：“fashion”、“general”、“health”、“parenting”）")
    (tmp_path / "lib.yaml").write_text("health:\n  - {id: a, text: x, festival: 1}\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        parse_config("content: {library: lib.yaml}\n", filename="c.yaml", base_dir=tmp_path)
    assert str(info.value) == (f"c.yaml 第 1 行 content：所指的文件有问题——{tmp_path / 'lib.yaml'} 第 2 行 "
                               "health[0].festival：应是一段文字，这里写的是“1”")


@pytest.mark.parametrize("text, expected", [
    ("defaults:\n  posting: {quiet_hours: '22:00'}\n",
     "c.yaml 第 2 行 defaults.posting.quiet_hours：时间段 “22:00” 写错了，应像 “22:00-07:30” 这样"),
    ("defaults:\n  posting: {quiet_hours: '25:00-07:00'}\n",
     "c.yaml 第 2 行 defaults.posting.quiet_hours：时间 “25:00” 写错了，应像 “07:30” 这样"),
    ("defaults:\n  posting: {quiet_posts: drop}\n",
     "c.yaml 第 2 行 defaults.posting.quiet_posts：只能是 “wait”、“skip” 之一，这里写的是“drop”"),
    ("defaults:\n  redpacket:\n    begging: {patterns: ['(']}\n",
     "c.yaml 第 3 行 defaults.redpacket.begging.patterns：正则表达式 “(” 写错了"),
    ("defaults:\n  redpacket: {monthly_budjet: 100}\n",
     "c.yaml 第 2 行 defaults.redpacket.monthly_budjet：没有这一项（是不是想写 “monthly_budget”？）"),
    ("send: {replies_per_member: 0}\n", "c.yaml 第 1 行 send.replies_per_member：不能小于 1，这里写的是“0”"),
])
def test_new_settings_give_clear_errors(text, expected):
    with pytest.raises(ConfigError) as info:
        parse_config(text, filename="c.yaml")
    assert str(info.value).startswith(expected), str(info.value)


def test_products_from_a_spreadsheet_csv(tmp_path):
    from bot.content_library import load_content

    csv_file = tmp_path / "products.csv"
    csv_file.write_text("\ufeffid,name,price,promo_price,stock,story,segments,tags,valid_to\n"
                        "p1,五常小米,59,45,80,当年新米,health|parenting,养生、辅食,2026-12-31\n"
                        "p2,围巾,129,,15,,fashion,,\n", "utf-8")
    products = load_content(tmp_path / "none.yaml", csv_file).products
    assert [(p.id, p.promo_price, p.segments, p.tags) for p in products] == [
        ("p1", 45, ["health", "parenting"], ["养生", "辅食"]), ("p2", None, ["fashion"], [])]
    csv_file.write_text("id,name,price,stock\np1,米,abc,1\np2,枣,10,-1\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_content(tmp_path / "none.yaml", csv_file)
    lines = str(info.value).replace(str(tmp_path) + "/", "").splitlines()
    assert lines == ["products.csv 第 2 行 price：应是一个数字，这里写的是“abc”",
                     "products.csv 第 3 行 stock：不能小于 0，这里写的是“-1”"]


# --- a restart in the middle of a paced fan-out -----------------------------------------------

FANOUT = """
send: {min_interval_seconds: 1.5, group_switch_seconds: 3, jitter_seconds: 0, stale_post_minutes: 120}
defaults:
  theme: health
  schedule:
    - {id: tip, cron: "0 10 * * *", action: post}
"""
TEN = [GroupInfo(f"s{n}", f"门店{n}群", "owner") for n in range(10)]


async def test_a_restart_mid_fan_out_resumes_the_rest_once(make_harness, caplog):
    first = await make_harness(FANOUT, start=local("2026-11-23 09:00"), groups=TEN, db_name="fan.db")
    await first.sim.advance_to(local("2026-11-23 10:00:10"))  # 0, 3, 6, 9 s: four groups served
    await first.bot.stop()
    assert "stopping with 6 unsent messages" in caplog.text
    second = await make_harness(FANOUT, start=local("2026-11-23 10:20"), groups=TEN, db_name="fan.db")
    await second.drain()
    groups = [a["group"] for a in first.actions + second.actions]
    assert sorted(groups) == sorted(g.id for g in TEN)  # every group once: none lost, none twice
    assert [a["t"] for a in second.actions][:2] == [local("2026-11-23 10:20").isoformat(),
                                                    local("2026-11-23 10:20:03").isoformat()]
    assert query(second.db, "select count(*) from pending_post") == [(0,)]


async def test_posts_queued_long_before_a_restart_are_skipped_with_a_log_line(make_harness, caplog):
    first = await make_harness(FANOUT, start=local("2026-11-23 09:00"), groups=TEN, db_name="fan.db")
    await first.sim.advance_to(local("2026-11-23 10:00:10"))
    await first.bot.stop()
    second = await make_harness(FANOUT, start=local("2026-11-23 13:00"), groups=TEN, db_name="fan.db")
    await second.drain()
    assert second.actions == []
    assert caplog.text.count("was not sent before the stop and is too old now; skipped") == 6
