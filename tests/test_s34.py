"""s34: what the bot posts by itself and what staff see. A scheduled product post never offers the goods the open
group-buy or event already sells; a member's balance asked by staff goes privately; every refused command is refused,
never met by silence; a mistyped command offers the one meant; the same board is not posted twice within minutes. The
real pipeline and SQLite; the sentences are our own, with look-alikes that must not trigger."""
from __future__ import annotations

import textwrap
import time
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.commands import meant, parse_command
from bot.language.intents import names_goods_of
from bot.roles import Role
from storage.models import Strike
from tests.conftest import GROUP, TEST_CONFIG, local, privately, to

# --- 1. a scheduled product post and the open group-buy or event -------------------------------------------------------

PRODUCTS = """
- {id: p-tangyuan, name: 手工黑芝麻汤圆 500g, price: 25, promo_price: 19, stock: 200, segments: [], valid_to: 2027-03-05}
- {id: p-millet, name: 东北五常小米 2.5kg, price: 59, stock: 80, segments: []}
"""


@pytest.fixture
def product_config(tmp_path):
    (tmp_path / "prod.yaml").write_text(PRODUCTS, "utf-8")
    (tmp_path / "lib.yaml").write_text("general:\n  - {id: a, text: 第一条}\n", "utf-8")
    return textwrap.dedent(f"""
        send: {{jitter_seconds: 0}}
        content: {{library: {tmp_path / 'lib.yaml'}, products: {tmp_path / 'prod.yaml'}}}
        defaults:
          assistants: [staff]
          schedule:
            - {{id: deal, cron: '0 11 * * *', action: product}}
        """)


def _posts(actions: list[dict]) -> list[str]:
    return [a["text"].splitlines()[0] for a in actions if a.get("text", "").startswith("【好物推荐】")]


@pytest.mark.parametrize("opened", [
    "/开团 手工黑芝麻汤圆 ¥18 库存50 截止20:00", "/开团 黑芝麻汤圆 18元 库存30 截止今晚8点", "/开团 汤圆 ¥18 库存50 截止20:00",
    "/活动 包汤圆 周六14:00 名额10 截止周五20:00",
])
async def test_goods_on_offer_are_not_posted_again_another_is(make_harness, product_config, opened):
    harness = await make_harness(product_config, start=local("2026-12-07 09:00"), groups=[GROUP])
    await harness.say("g1", "owner", opened)
    await harness.sim.advance_to(local("2026-12-07 11:05"))
    assert _posts(harness.actions) == ["【好物推荐】东北五常小米 2.5kg"]


@pytest.mark.parametrize("opened", [
    "/开团 东北五常小米 ¥45 库存50 截止20:00", "/开团 土鸡蛋30枚 ¥25 库存50 截止20:00", "/活动 亲子烘焙 周六14:00 名额10 截止周五20:00",
])
async def test_other_goods_on_offer_leave_the_rotation_alone(make_harness, product_config, opened):
    harness = await make_harness(product_config, start=local("2026-12-07 09:00"), groups=[GROUP])
    await harness.say("g1", "owner", opened)
    await harness.sim.advance_to(local("2026-12-07 11:05"))
    posts = _posts(harness.actions)
    assert len(posts) == 1 and ("五常小米" not in posts[0] or "小米" not in opened)


async def test_with_every_product_on_offer_nothing_is_posted(make_harness, product_config, tmp_path):
    (tmp_path / "prod.yaml").write_text(PRODUCTS.splitlines()[1] + "\n", "utf-8")
    harness = await make_harness(product_config, start=local("2026-12-07 09:00"), groups=[GROUP])
    await harness.say("g1", "owner", "/开团 黑芝麻汤圆 ¥18 库存50 截止20:00")
    await harness.sim.advance_to(local("2026-12-07 11:05"))
    assert _posts(harness.actions) == []


async def test_the_offers_last_day_reads_as_no_deadline(make_harness, product_config):
    harness = await make_harness(product_config, start=local("2026-12-07 09:00"), groups=[GROUP])
    await harness.say("g1", "owner", "/开团 东北五常小米 ¥45 库存50 截止20:00")
    await harness.sim.advance_to(local("2026-12-07 11:05"))
    post = next(a["text"] for a in harness.actions if a.get("text", "").startswith("【好物推荐】"))
    assert "特价到3月5日" in post and "截止" not in post


def test_goods_named_by_a_buy_or_an_event():
    for text in ("手工黑芝麻汤圆", "黑芝麻汤圆", "汤圆", "包汤圆"):
        assert names_goods_of(text, "手工黑芝麻汤圆 500g"), text
    for text in ("亲子烘焙", "手工饺子", "冬季围巾", "东北大米"):
        assert not names_goods_of(text, "手工黑芝麻汤圆 500g"), text


# --- 2. a member's balance asked by staff ------------------------------------------------------------------------------

@pytest.mark.parametrize("member, text", [("owner", "/积分 @小美"), ("staff", "/积分 @小美"), ("owner", "/jf @小美"),
                                          ("staff", "/我的积分 @小美")])
async def test_a_members_balance_asked_by_staff_goes_privately(harness, member, text):
    await harness.say("g1", "amy", "签到")
    out = await harness.say("g1", member, text, mentions=("amy",))
    told = "\n".join(a["text"] for a in privately(member, out))
    assert "小美 当前共有" in told and "宝妈育儿群" in told
    in_group = [a["text"] for a in out if a.get("action", "say") == "say"]
    assert in_group == ["已私信您～"] and all("积分" not in t for t in in_group)


@pytest.mark.parametrize("text", ["/积分", "/积分 @小美", "我的积分"])
async def test_a_members_own_balance_stays_in_the_group(harness, text):
    out = await harness.say("g1", "bo", text, mentions=("amy",) if "@" in text else ())
    said = [a["text"] for a in to("bo", out)]
    assert said and said[0].startswith("您当前共有") and not privately("bo", out)


async def test_staff_adjusting_with_an_amount_is_still_an_adjustment(harness):
    out = await harness.say("g1", "owner", "/积分 @小美 +10 活动奖励", mentions=("amy",))
    assert any("获得 10 积分" in a["text"] for a in out)


# --- 3. every refused command is refused -------------------------------------------------------------------------------

def _commands(harness, least: Role) -> list:
    return [c for c in harness.bot.ctx.commands if c.min_role >= least]


async def test_every_staff_command_refused_to_a_member_and_owners_to_an_assistant(harness):
    cases = [(c, "amy") for c in _commands(harness, Role.ASSISTANT)] + [(c, "staff") for c in _commands(harness, Role.OWNER)]
    assert cases
    at = local("2026-11-23 09:00")
    for index, (command, member) in enumerate(cases):
        name = next((a for a in command.aliases if not a.isascii()), command.name)
        out = await harness.say("g1", member, f"/{name}", at=at)
        holders = command.min_role.holders
        assert [a["text"] for a in to(member, out)] == [f"抱歉，/{name} 只有{holders}可以使用。"], (name, member)
        at = at + timedelta(minutes=11) if index % 3 == 2 else at
    strikes = await harness.db.read(lambda s: s.exec(sa.select(sa.func.count()).select_from(Strike)).one())
    assert strikes[0] == 0


async def test_one_owner_command_after_another_is_refused_each_time(harness):
    out = await harness.say("g1", "staff", "/抽奖 奖品：鲜花饼 名额：1 口令：鲜花饼 截止：今晚8点")
    assert "只有群主可以使用" in to("staff", out)[0]["text"]
    out = await harness.say("g1", "staff", "/发券 冬季满减券 @小美", mentions=("amy",))
    assert [a["text"] for a in to("staff", out)] == ["抱歉，/发券 只有群主可以使用。"]


async def test_refusals_stay_few(harness):
    """The same command again within minutes, or a fourth different one: silence."""
    refused = []
    for text in ("/抽奖", "/抽奖", "/发券", "/加积分", "/统计", "/开团"):
        refused += to("amy", await harness.say("g1", "amy", text))
    assert len(refused) == 3


# --- 4. a mistyped command ---------------------------------------------------------------------------------------------

NAMES = ("help", "帮助", "出题", "quiz", "签到", "抽奖", "top", "排行", "排行榜", "活动", "活动地点", "积分", "加积分", "汇总")


@pytest.mark.parametrize("typed, name", [("出提", "出题"), ("签道", "签到"), ("抽将", "抽奖"), ("排形榜", "排行榜"),
                                         ("hlep", "help"), ("积份", "积分"), ("汇宗", "汇总")])
def test_the_command_meant(typed, name):
    assert meant(typed, NAMES) == name


@pytest.mark.parametrize("typed", ["你好", "ok", "天气", "出", "xyz", "抽", "哈哈哈", "a" * 300, "出题" * 2500])
def test_no_command_meant(typed):
    assert meant(typed, NAMES) is None


@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_command_words_are_read_quickly(size):
    started = time.perf_counter()
    for text in ("/" + "出" * size, "/" + "出提 " * (size // 3), "/活動" * (size // 3), "／" + "a" * size):
        parsed = parse_command(text)
        meant(parsed.name if parsed else "", NAMES)
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("text, said", [
    ("/出提 健康", "您是说 /出题 健康 吗？"), ("/抽将", "您是说 /抽奖 吗？"), ("/排形榜", "您是说 /排行榜 吗？"),
])
async def test_a_mistyped_command_offers_the_one_meant(harness, text, said):
    out = await harness.say("g1", "owner", text)
    assert said in to("owner", out)[0]["text"]


async def test_a_member_is_not_offered_a_staff_command(harness):
    out = await harness.say("g1", "amy", "/出提 健康")
    text = to("amy", out)[0]["text"]
    assert "没有找到命令“/出提”" in text and "您是说" not in text


@pytest.mark.parametrize("text", ["/活動", "/活動 ", "/幫助"])
async def test_traditional_script_in_a_command_name(harness, text):
    out = await harness.say("g1", "owner", text)
    assert out and "没有找到命令" not in out[0]["text"]


@pytest.mark.parametrize("text, said", [("/兑现 一", "1"), ("/兑现 三号", "3"), ("/兑现 #2", "2")])
async def test_deliver_takes_numbers_as_written(harness, text, said):
    out = await harness.say("g1", "owner", text)
    reply = to("owner", out)[0]["text"]
    assert "用法" not in reply and said in reply


@pytest.mark.parametrize("text", ["/兑现 全部", "/兑现 一两个", "/兑现"])
async def test_deliver_without_a_number_shows_its_usage(harness, text):
    out = await harness.say("g1", "owner", text)
    assert "/兑现" in to("owner", out)[0]["text"]


# --- 5. the same board within minutes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("first, second", [("/top", "/排行"), ("/排行", "/排行榜"), ("/排行 积分", "/榜单 本周")])
async def test_the_same_board_is_not_posted_twice(harness, first, second):
    out = await harness.say("g1", "owner", first)
    assert sum("积分榜】" in a["text"] for a in out) == 1
    out = await harness.say("g1", "amy", second, at=local("2026-11-23 09:01"))
    assert [a["text"] for a in out] == ["本周积分榜刚发过，往上翻翻就能看到～"]
    for minute in ("09:02", "09:03"):  # asked again and again: the reply cap, then silence; never the board
        out = await harness.say("g1", "amy", second, at=local(f"2026-11-23 {minute}"))
        assert all("积分榜】" not in a["text"] for a in out)
    assert out == []


@pytest.mark.parametrize("second", ["/排行 签到", "/排行 本月", "/排行 活跃"])
async def test_another_board_is_posted(harness, second):
    await harness.say("g1", "owner", "/top")
    out = await harness.say("g1", "amy", second, at=local("2026-11-23 09:01"))
    assert any("榜】" in a["text"] for a in out)


async def test_a_changed_board_is_posted_for_staff_and_later_for_anyone(harness):
    await harness.say("g1", "owner", "/top")
    await harness.say("g1", "amy", "签到")
    out = await harness.say("g1", "owner", "/top", at=local("2026-11-23 09:03"))
    assert any("小美" in a["text"] for a in out)
    out = await harness.say("g1", "bo", "/top", at=local("2026-11-23 09:30"))
    assert any("积分榜】" in a["text"] for a in out)
