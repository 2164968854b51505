"""T32 through the real pipeline (SQLite, or PostgreSQL with QUNBOT_TEST_DATABASE_URL, like every harness test): staff
commands name what they change and change nothing else (/截单 草莓 with another group-buy open); a cut-off notice is not
held behind the hour's posts; counts, prices and times as staff say them (两个, ￥三十九, 三十九块九, 星期六晚上); /推送 by
a product's Chinese name; /改库存, /加库存, /改名额 and /公告."""
from __future__ import annotations

import random
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.adapters.local import LocalAdapter
from bot.clock import VirtualClock
from bot.config.schema import SendSettings
from bot.deadline_text import day_part, parse_deadline
from bot.events import GroupInfo, Member
from bot.handlers.groupbuy import BadRequest as BuyBad, parse_request as buy_request, stock_args
from bot.handlers.lottery import BadRequest as DrawBad, parse_request as draw_request
from bot.numbers import plain_amount, spoken_amount
from bot.send_queue import Priority, SendQueue
from scheduler.timeline import Timeline
from storage.models import Activity, GroupBuy
from tests.conftest import local, privately, to

ZONE = ZoneInfo("Asia/Shanghai")
NOW = local("2026-12-08 09:14")  # a Tuesday
EGGS = "/开团 鸡蛋30枚 ¥25 库存10 截止明天20:00 自提点A"
BERRIES = "/开团 丹东草莓3斤装 ¥39 库存25 截止明天19:00 自提：幸福里东门"
EVENT = "/活动 亲子烘焙 周六14:00 名额2 截止周五20:00"


def _said(actions: list[dict]) -> list[dict]:
    return [a for a in actions if a["action"] == "say"]


def _texts(actions: list[dict]) -> str:
    return "\n".join(a.get("text", "") for a in actions)


async def _buys(harness) -> dict[str, str]:
    rows = await harness.db.read(lambda s: list(s.exec(select(GroupBuy)).all()))
    return {row.item: row.status for row in rows}


async def _later(harness, minutes: float = 2) -> datetime:
    return harness.clock.now() + timedelta(minutes=minutes)


# --- #4: a name that fits no open group-buy changes nothing ------------------------------------------


async def _closed_berries_open_eggs(harness) -> None:
    await harness.say("g1", "staff", BERRIES)
    await harness.say("g1", "staff", "/截单", at=await _later(harness))
    await harness.say("g1", "staff", EGGS, at=await _later(harness))
    assert await _buys(harness) == {"丹东草莓3斤装": "closed", "鸡蛋30枚": "open"}


@pytest.mark.parametrize("command", ["/截单 草莓", "/截单 丹东草莓", "/截单 丹东草莓3斤装", "/截单  草莓 "])
async def test_cutting_off_a_closed_group_buy_by_name_leaves_the_open_one(harness, command):
    await _closed_berries_open_eggs(harness)
    [reply] = _said(await harness.say("g1", "owner", command, at=await _later(harness)))
    assert "“丹东草莓3斤装”已经截单了" in reply["text"] and "鸡蛋30枚" in reply["text"]
    assert await _buys(harness) == {"丹东草莓3斤装": "closed", "鸡蛋30枚": "open"}
    roll = await harness.say("g1", "amy", "+1", at=await _later(harness)) + await harness.drain()
    assert "小美 1 份" in _texts(roll)  # orders still taken


@pytest.mark.parametrize("command, suggested", [
    ("/截单 苹果", None), ("/截单 榴莲", None), ("/截单 土鸡蛋", "鸡蛋30枚"), ("/截单 草霉", None),
])
async def test_cutting_off_an_unknown_name_closes_nothing_and_says_so(harness, command, suggested):
    await _closed_berries_open_eggs(harness)
    [reply] = _said(await harness.say("g1", "owner", command, at=await _later(harness)))
    typed = command.split()[1]
    assert f"本群没有叫“{typed}”的团购" in reply["text"] and "现在在接龙的是“鸡蛋30枚”" in reply["text"]
    if suggested:
        assert f"您是说“{suggested}”吗" in reply["text"]
    assert await _buys(harness) == {"丹东草莓3斤装": "closed", "鸡蛋30枚": "open"}


@pytest.mark.parametrize("command", ["/截单 鸡蛋", "/截单 鸡蛋30枚", "/截单", "/cutoff 鸡蛋"])
async def test_cutting_off_the_open_one_by_its_name_or_alone_closes_it(harness, command):
    await _closed_berries_open_eggs(harness)
    said = _said(await harness.say("g1", "owner", command, at=await _later(harness)))
    assert any("鸡蛋30枚 已截单" in a["text"] for a in said)
    assert await _buys(harness) == {"丹东草莓3斤装": "closed", "鸡蛋30枚": "closed"}


async def test_the_summary_of_a_named_group_buy_is_that_one(harness):
    await _closed_berries_open_eggs(harness)
    [summary] = privately("staff", await harness.say("g1", "staff", "/汇总 草莓", at=await _later(harness)))
    assert "丹东草莓3斤装（已截单" in summary["text"]
    [open_one] = privately("staff", await harness.say("g1", "staff", "/汇总", at=await _later(harness)))
    assert "鸡蛋30枚（接龙中" in open_one["text"]
    [unknown] = _said(await harness.say("g1", "staff", "/汇总 苹果", at=await _later(harness)))
    assert "本群没有叫“苹果”的团购" in unknown["text"]


async def test_a_stock_change_naming_a_closed_group_buy_changes_nothing(harness):
    await _closed_berries_open_eggs(harness)
    [reply] = _said(await harness.say("g1", "staff", "/改库存 草莓 30", at=await _later(harness)))
    assert "已经截单了" in reply["text"]
    stocks = await harness.db.read(lambda s: {b.item: b.stock for b in s.exec(select(GroupBuy)).all()})
    assert stocks == {"丹东草莓3斤装": 25, "鸡蛋30枚": 10}


async def test_the_probes_cut_off_sentence(harness):
    """The probe: "/截单 草莓" with 草莓 closed and 五常小米 open closed the millet."""
    await harness.say("g1", "staff", BERRIES)
    await harness.say("g1", "staff", "/截单", at=await _later(harness))
    await harness.say("g1", "staff", "/开团 五常小米 截止周五20:00 自提：小区东门", at=await _later(harness))
    said = _said(await harness.say("g1", "owner", "/截单 草莓", at=await _later(harness)))
    assert not any("小米 2.5kg 已截单" in a["text"] for a in said)
    roll = await harness.say("g1", "amy", "小米还能要吗 来一份", at=await _later(harness)) + await harness.drain()
    assert "已经截单" not in _texts(roll)


# --- #25: a cut-off notice is not held behind the hour's posts -----------------------------------------


def _queue():
    clock = VirtualClock(local("2026-11-23 09:00"))
    adapter = LocalAdapter(clock, Member("bot", "群助手"))
    adapter.add_group(GroupInfo("a", "a", "owner"))
    sent: list[dict] = []
    adapter.subscribe(sent.append)
    queue = SendQueue(adapter, clock, SendSettings(min_interval_seconds=1.5, group_switch_seconds=3, jitter_seconds=0),
                      random.Random(1))
    return clock, queue, Timeline(clock, [queue]), sent


async def test_a_notice_goes_before_posts_and_past_the_hours_budget():
    clock, queue, timeline, sent = _queue()
    start = clock.now()
    for n in range(6):
        queue.say("a", f"post-{n}", priority=Priority.BROADCAST)
    await timeline.advance_to(start + timedelta(minutes=5))
    assert [s["text"] for s in sent] == ["post-0", "post-1", "post-2", "post-3"]  # 4 an hour; 2 wait
    queue.say("a", "cut-off", priority=Priority.NOTICE)
    await timeline.advance_to(start + timedelta(minutes=6))
    assert sent[-1]["text"] == "cut-off"  # not behind post-4 and post-5
    assert [s["text"] for s in sent[4:]] == ["cut-off"]


async def test_notices_have_a_budget_of_their_own():
    """A staff member opening and closing things all hour never turns the bot into a spammer: 10 notices an hour
    (``posting.max_notices_per_hour``)."""
    clock, queue, timeline, sent = _queue()
    start = clock.now()
    for n in range(12):
        queue.say("a", f"notice-{n}", priority=Priority.NOTICE)
    await timeline.advance_to(start + timedelta(minutes=30))
    assert [s["text"] for s in sent] == [f"notice-{n}" for n in range(10)]
    queue.say("a", "reply")  # replies are never held by it
    await timeline.advance_to(start + timedelta(minutes=31))
    assert sent[-1]["text"] == "reply"
    await timeline.advance_to(start + timedelta(minutes=61))
    assert [s["text"] for s in sent][-2:] == ["notice-10", "notice-11"]


async def test_a_notice_counts_as_a_post_for_the_scheduled_ones():
    clock, queue, timeline, sent = _queue()
    start = clock.now()
    for n in range(4):
        queue.say("a", f"notice-{n}", priority=Priority.NOTICE)
    queue.say("a", "post", priority=Priority.BROADCAST)
    await timeline.advance_to(start + timedelta(minutes=30))
    assert "post" not in [s["text"] for s in sent]  # the hour's posts were the notices
    await timeline.advance_to(start + timedelta(minutes=61))
    assert sent[-1]["text"] == "post"


async def test_the_cut_off_is_announced_at_once_after_a_busy_hour(harness):
    start = harness.clock.now()
    await harness.say("g1", "staff", BERRIES, at=start)
    await harness.say("g1", "staff", "/截单", at=start + timedelta(minutes=1))
    await harness.say("g1", "staff", EGGS, at=start + timedelta(minutes=2))
    await harness.say("g1", "owner", EVENT, at=start + timedelta(minutes=3))
    # four posts this hour (the group's max_posts_per_hour): before, the fifth, the cut-off, waited till 10:00
    said = await harness.say("g1", "owner", "/截单 鸡蛋", at=start + timedelta(minutes=20))
    notice = [a for a in said if "鸡蛋30枚 已截单" in a.get("text", "")]
    assert notice and datetime.fromisoformat(notice[0]["t"]) - local("2026-11-23 09:20") < timedelta(minutes=1)


async def test_a_push_the_staff_asked_for_is_not_held_behind_the_hours_posts(harness):
    start = harness.clock.now()
    await harness.say("g1", "staff", BERRIES, at=start)
    await harness.say("g1", "staff", "/截单", at=start + timedelta(minutes=1))
    await harness.say("g1", "staff", EGGS, at=start + timedelta(minutes=2))
    await harness.say("g1", "owner", EVENT, at=start + timedelta(minutes=3))
    said = await harness.say("g1", "staff", "/推送 毛毛虫绘本", at=start + timedelta(minutes=10))
    posted = [a for a in said if "好饿的毛毛虫" in a.get("text", "")]
    assert posted and datetime.fromisoformat(posted[0]["t"]) - local("2026-11-23 09:10") < timedelta(minutes=1)


# --- #26: the draw's counts as said, and the field that is wrong -----------------------------------


@pytest.mark.parametrize("winners, expected", [("两个", 2), ("三位", 3), ("十名", 10), ("2个", 2), ("五人", 5), ("3", 3),
                                                ("二十", 20)])
def test_a_draws_winners_as_staff_say_them(winners, expected):
    request = draw_request(f"奖品：绘本一套 名额：{winners} 口令：抽绘本 截止：明天中午十二点")
    assert request.winners == expected and request.cost == 0


@pytest.mark.parametrize("cost, expected", [("10", 10), ("十", 10), ("二十分", 20), ("5分", 5)])
def test_a_draws_points_as_staff_say_them(cost, expected):
    assert draw_request(f"奖品：杯子 名额：两个 截止：今晚8点 积分：{cost}").cost == expected


@pytest.mark.parametrize("args, problem", [
    ("奖品：杯子 名额：很多 截止：今晚8点", "winners"), ("奖品：杯子 名额：两三个 截止：今晚8点", "winners"),
    ("奖品：杯子 名额：一百零一 截止：今晚8点", "winners"), ("奖品：杯子 名额：0个 截止：今晚8点", "winners"),
    ("奖品：杯子 名额：两个 截止：今晚8点 积分：-5", "cost"), ("奖品：杯子 名额：两个 截止：今晚8点 积分：好多", "cost"),
    ("奖品：杯子 名额：两个 截止：今晚8点 积分：十万零一", "cost"),
])
def test_a_draws_wrong_field_is_the_one_named(args, problem):
    with pytest.raises(DrawBad) as caught:
        draw_request(args)
    assert caught.value.args[0] == problem


async def test_the_probes_draw_opens_with_two_winners(harness):
    said = _said(await harness.say("g1", "owner", "/抽奖 奖品：绘本一套 名额：两个 口令：抽绘本 截止：明天中午十二点"))
    assert any("绘本一套" in a["text"] and "2" in a["text"] for a in said)
    [refused] = _said(await harness.say("g1", "owner", "/抽奖 奖品：杯子 名额：很多 口令：抽杯子 截止：今晚8点",
                                        at=await _later(harness)))
    assert "名额“很多”没看懂" in refused["text"] and "积分" not in refused["text"].split("\n")[0]
    [refused] = _said(await harness.say("g1", "owner", "/抽奖 奖品：杯子 名额：2 口令：抽杯子 截止：今晚8点 积分：-5",
                                        at=await _later(harness)))
    assert "积分“-5”没看懂" in refused["text"] and "名额" not in refused["text"].split("\n")[0]


# --- #27: prices as staff write them, everywhere ------------------------------------------------------


@pytest.mark.parametrize("price, expected", [
    ("￥三十九", 39.0), ("¥三十九", 39.0), ("三十九元", 39.0), ("三十九块", 39.0), ("三十九块九", 39.9), ("39.9元", 39.9),
    ("39块9", 39.9), ("¥39.9", 39.9), ("二十五块钱", 25.0), ("十二元五角", 12.5), ("两块五", 2.5),
    ("三十九块九毛九", 39.99),
])
def test_a_price_in_the_group_buy_as_staff_write_it(price, expected):
    request = buy_request(f"草莓 {price} 库存二十五 截止明晚七点 自提点：幸福里东门")
    assert (request.item, request.price, request.stock) == ("草莓", expected, 25)


@pytest.mark.parametrize("args, expected", [
    ("草莓 价格三十九块九 库存20 截止20:00", 39.9), ("草莓 价格：三十九 库存20 截止20:00", 39.0),
    ("草莓¥三十九 库存20 截止20:00", 39.0), ("草莓 单价39块 库存20 截止20:00", 39.0),
])
def test_a_labelled_price_as_staff_write_it(args, expected):
    assert buy_request(args).price == expected


@pytest.mark.parametrize("args, problem", [
    ("草莓 ¥很多 库存20 截止20:00", "price_number"), ("草莓 价格便宜 库存20 截止20:00", "price_number"),
    ("草莓 ¥三十九九九 库存20 截止20:00", "price_number"), ("草莓 价格三十九块九十 库存20 截止20:00", "price_number"),
    ("草莓 ¥1e400 库存20 截止20:00", "price_number"), ("草莓 ¥-39 库存20 截止20:00", "price_number"),
])
def test_a_price_look_alike_is_refused_as_the_price(args, problem):
    with pytest.raises(BuyBad) as caught:
        buy_request(args)
    assert caught.value.args[0] == problem


def test_an_unmarked_chinese_number_in_the_name_is_no_price():
    assert buy_request("三十九度 苹果 库存20 截止20:00").price is None  # no ¥, 元 or 块: part of the name


@pytest.mark.parametrize("text, value", [("一百二十八", 128.0), ("八十八块", 88.0), ("九十九元九角九分", 99.99),
                                         ("三十九点九", 39.9), ("25", 25.0), ("+5", None), ("三十九九", None)])
def test_amounts_everywhere_read_chinese(text, value):
    assert plain_amount(text) == value


async def test_the_probes_group_buy_opens_at_its_price(harness):
    said = _said(await harness.say("g1", "staff", "/开团 草莓 ￥三十九 库存二十五 截止明晚七点 自提点：幸福里东门"))
    assert any("每份 ¥39" in a["text"] and "限量 25 份" in a["text"] for a in said)


async def test_a_redemption_spend_in_chinese(make_harness):
    from tests.test_coupons import CONFIG, GROUP, _code
    harness = await make_harness(CONFIG, groups=[GROUP])
    await harness.say("g1", "owner", "/发券 冬季满减券 @小美", mentions=["amy"])
    code = _code(harness.actions, "amy")
    [below] = privately("staff", await harness.say("g1", "staff", f"/核销 {code} 八十块", at=await _later(harness)))
    assert "核销成功" not in below["text"] and "100" in below["text"]  # read as 80: below the threshold
    [done] = privately("staff", await harness.say("g1", "staff", f"/核销 {code} 一百二十八", at=await _later(harness)))
    assert "核销成功" in done["text"]


# --- #28: times as staff say them ------------------------------------------------------------------


@pytest.mark.parametrize("text, expected, part", [
    ("星期六晚上", "2026-12-12 20:00", "晚上"), ("周六晚八点", "2026-12-12 20:00", None), ("明晚", "2026-12-09 20:00", "晚"),
    ("后天中午", "2026-12-10 12:00", "中午"), ("明天上午", "2026-12-09 09:00", "上午"), ("下周一早上", "2026-12-14 08:00", "早上"),
    ("周六晚", "2026-12-12 20:00", "晚"), ("星期天上午十点", "2026-12-13 10:00", None), ("今晚", "2026-12-08 20:00", "晚"),
    ("周五下午", "2026-12-11 14:00", "下午"), ("12月12日晚上", "2026-12-12 20:00", "晚上"), ("周六傍晚", "2026-12-12 18:00", "傍晚"),
    ("明天晚上7点", "2026-12-09 19:00", None), ("周六下午两点", "2026-12-12 14:00", None),
])
def test_times_as_staff_say_them(text, expected, part):
    when = parse_deadline(text, NOW, ZONE)
    assert when is not None and when.astimezone(ZONE).strftime("%Y-%m-%d %H:%M") == expected
    assert day_part(text) == part


@pytest.mark.parametrize("text", ["周六", "后天", "晚上好", "晚上晚上", "半夜", "周六晚些时候", "明天吧", "晚上" * 30])
def test_time_look_alikes_are_not_times(text):
    assert parse_deadline(text, NOW, ZONE) is None


async def test_the_probes_event_opens_and_the_staff_hear_the_hour_taken(make_harness):
    harness = await make_harness(start=NOW)
    said = _said(await harness.say("g1", "owner", "/活动 绘本共读 星期天上午十点 名额八个 截止星期六晚上"))
    texts = _texts(said)
    assert "12月13日周日 10:00 开始" in texts and "12月12日周六 20:00 截止报名" in texts
    [told] = [a for a in said if "按" in a["text"]]
    assert "“星期六晚上”按 12月12日周六 20:00 算（晚上按 20 点）" in told["text"] and told["mentions"] == ["owner"]
    rows = await harness.db.read(lambda s: list(s.exec(select(Activity)).all()))
    assert rows[0].capacity == 8


async def test_a_time_with_its_clock_is_not_remarked_on(make_harness):
    harness = await make_harness(start=NOW)
    said = _said(await harness.say("g1", "owner", "/活动 绘本共读 星期天上午十点 名额八个 截止星期六晚上8点"))
    assert not any("算（" in a["text"] for a in said)
    said = _said(await harness.say("g1", "staff", "/开团 草莓 ￥三十九 库存二十五 截止明晚"))
    assert any("“明晚”按 12月09日周三 20:00 算" in a["text"] for a in said)


# --- #29: /推送 by a product's Chinese name ---------------------------------------------------------------


@pytest.mark.parametrize("command, name", [
    ("/推送 毛毛虫绘本", "好饿的毛毛虫"), ("/推送 商品 五常小米", "东北五常小米"), ("/推送 item p-puree", "有机苹果泥"),
    ("/推送 苹果泥", "有机苹果泥"), ("/post 黑芝麻汤圆", "黑芝麻汤圆"),
])
async def test_a_product_is_pushed_by_its_name(harness, command, name):
    said = _said(await harness.say("g1", "staff", command))
    assert any(name in a["text"] for a in said), said


@pytest.mark.parametrize("command, suggested", [("/推送 榴莲", None), ("/推送 五常大米", "东北五常小米 2.5kg"),
                                                 ("/推送 商品 p-nothing", None)])
async def test_an_unknown_product_gets_names_not_ids(harness, command, suggested):
    [reply] = _said(await harness.say("g1", "staff", command))
    assert "商品库里没有" in reply["text"] and "《好饿的毛毛虫》绘本" in reply["text"] and "p-millet" not in reply["text"]
    if suggested:
        assert f"您是说“{suggested}”吗" in reply["text"]


async def test_push_without_a_name_lists_names(harness):
    [reply] = _said(await harness.say("g1", "staff", "/推送"))
    assert "用法：/推送 商品名" in reply["text"] and "p-" not in reply["text"]


# --- #30: the stock of the open group-buy, an event's places, an announcement -------------------------------


@pytest.mark.parametrize("args, expected", [
    ("鸡蛋 30", ("鸡蛋", "30", False)), ("三十", ("", "三十", False)), ("鸡蛋 库存：三十份", ("鸡蛋", "三十份", False)),
    ("鸡蛋 库存 30", ("鸡蛋", "30", False)), ("+20", ("", "20", True)), ("鸡蛋 改成40", ("鸡蛋", "40", False)),
    ("", ("", "", False)),
])
def test_stock_arguments(args, expected):
    assert stock_args(args) == expected


async def test_changing_the_stock_of_the_open_group_buy(harness):
    await harness.say("g1", "staff", EGGS)
    await harness.say("g1", "amy", "+8", at=await _later(harness))
    [refused] = _said(await harness.say("g1", "staff", "/改库存 鸡蛋 5", at=await _later(harness)))
    assert "已经订出 8 份，库存不能少于 8 份" in refused["text"]
    [done] = _said(await harness.say("g1", "staff", "/改库存 二十", at=await _later(harness)))
    assert "“鸡蛋30枚”库存已改为 20 份：已订 8 份，还剩 12 份" in done["text"]
    [done] = _said(await harness.say("g1", "staff", "/加库存 鸡蛋 十份", at=await _later(harness)))
    assert "库存已改为 30 份" in done["text"]
    [done] = _said(await harness.say("g1", "owner", "/改库存 鸡蛋30枚 库存：40", at=await _later(harness)))
    assert "库存已改为 40 份" in done["text"]
    [done] = _said(await harness.say("g1", "staff", "/改库存 +5", at=await _later(harness)))
    assert "库存已改为 45 份" in done["text"]
    stock = await harness.db.read(lambda s: s.exec(select(GroupBuy.stock)).one())
    assert stock == 45


@pytest.mark.parametrize("command, words", [
    ("/改库存 鸡蛋 很多", "库存没看懂"), ("/改库存", "请写上新的库存"), ("/加库存 鸡蛋 0", "库存没看懂"),
    ("/改库存 鸡蛋 -5", "库存没看懂"), ("/改库存 鸡蛋 1e3", "库存没看懂"), ("/改库存 苹果 30", "本群没有叫“苹果”的团购"),
])
async def test_a_stock_change_that_cannot_be_read_changes_nothing(harness, command, words):
    await harness.say("g1", "staff", EGGS)
    [reply] = _said(await harness.say("g1", "staff", command, at=await _later(harness)))
    assert words in reply["text"]
    assert await harness.db.read(lambda s: s.exec(select(GroupBuy.stock)).one()) == 10


async def test_more_stock_lets_a_sold_out_group_buy_take_orders_again(harness):
    await harness.say("g1", "staff", EGGS)
    await harness.say("g1", "amy", "+10", at=await _later(harness))
    await harness.drain()
    said = await harness.say("g1", "bo", "+2", at=await _later(harness)) + await harness.drain()
    assert "波波 2 份" not in _texts(said)
    [changed] = _said(await harness.say("g1", "staff", "/加库存 5", at=await _later(harness)))
    assert "还剩 5 份" in changed["text"]
    said = await harness.say("g1", "bo", "+2", at=await _later(harness)) + await harness.drain()
    assert "波波 2 份" in _texts(said)


async def test_no_open_group_buy_no_stock_change(harness):
    [reply] = _said(await harness.say("g1", "staff", "/改库存 30"))
    assert "没有正在接龙的团购" in reply["text"]


async def test_more_places_move_the_waitlist_up(harness):
    await harness.say("g1", "owner", EVENT)
    await harness.say("g1", "amy", "我报名 2人", at=await _later(harness))
    said = await harness.say("g1", "bo", "我报名", at=await _later(harness)) + await harness.drain()
    assert "候补第 1 位" in _texts(said)
    [refused] = _said(await harness.say("g1", "staff", "/改名额 1", at=await _later(harness)))
    assert "已经报了 2 人，名额不能少于 2 个" in refused["text"]
    said = _said(await harness.say("g1", "staff", "/改名额 亲子烘焙 3", at=await _later(harness)))
    assert any("名额已改为 3 个" in a["text"] and "候补的 1 位已转为正式报名" in a["text"] for a in said)
    [moved] = [a for a in said if "名额增加了" in a["text"]]
    assert moved["mentions"] == ["bo"]
    said = _said(await harness.say("g1", "staff", "/改名额 亲子烘焙 名额：五个", at=await _later(harness)))
    assert any("名额已改为 5 个" in a["text"] and "还剩 2 个名额" in a["text"] for a in said)
    said = _said(await harness.say("g1", "owner", "/改名额 十", at=await _later(harness)))
    assert any("名额已改为 10 个" in a["text"] for a in said)
    assert await harness.db.read(lambda s: s.exec(select(Activity.capacity)).one()) == 10


@pytest.mark.parametrize("command, words", [
    ("/改名额 烘焙课 30", "您是说“亲子烘焙”吗"), ("/改名额 读书会 30", "本群没有叫“读书会”的活动"), ("/改名额 很多", "名额没看懂"),
    ("/改名额", "请写上新的名额"), ("/改名额 亲子烘焙 0", "名额没看懂"), ("/改名额 亲子烘焙 一万零一", "名额没看懂"),
])
async def test_a_places_change_that_cannot_be_read_changes_nothing(harness, command, words):
    await harness.say("g1", "owner", EVENT)
    [reply] = _said(await harness.say("g1", "staff", command, at=await _later(harness)))
    assert words in reply["text"]
    assert await harness.db.read(lambda s: s.exec(select(Activity.capacity)).one()) == 2


@pytest.mark.parametrize("command", ["/活动 名额30", "/活动 名额：三十", "/开活动 名额 30"])
async def test_an_event_command_that_only_gives_places_points_to_the_change(harness, command):
    await harness.say("g1", "owner", EVENT)
    [reply] = _said(await harness.say("g1", "staff", command, at=await _later(harness)))
    assert reply["text"].startswith("要改“亲子烘焙”的名额，请发 /改名额 亲子烘焙 30。")
    assert await harness.db.read(lambda s: s.exec(select(Activity.capacity)).one()) == 2


async def test_an_event_command_without_an_open_event_gets_no_such_hint(harness):
    [reply] = _said(await harness.say("g1", "staff", "/活动 名额30"))
    assert "改名额" not in reply["text"] and "没看懂活动时间" in reply["text"] or "活动名称" in reply["text"]


async def test_a_roster_by_name(harness):
    await harness.say("g1", "owner", EVENT)
    await harness.say("g1", "amy", "我报名 2人", at=await _later(harness))
    await harness.drain()
    [roster] = privately("staff", await harness.say("g1", "staff", "/名单 亲子烘焙", at=await _later(harness)))
    assert "小美" in roster["text"]
    [unknown] = _said(await harness.say("g1", "staff", "/名单 读书会", at=await _later(harness)))
    assert "本群没有叫“读书会”的活动" in unknown["text"]


@pytest.mark.parametrize("text", ["明天店里盘点 下午三点后营业", "元旦放假一天，2号照常营业", "停车场今天维修，请走东门",
                                  "今天下雨，自提点改到店里"])
async def test_an_announcement_is_posted_once_in_the_group(harness, text):
    said = _said(await harness.say("g1", "staff", f"/公告 {text}"))
    assert [a["text"] for a in said] == [f"📢 公告：{text}"] and said[0]["mentions"] == []
    again = _said(await harness.say("g1", "staff", f"/公告 {text}", at=await _later(harness)))
    assert again == []  # the same notice twice within the dedupe window goes once


@pytest.mark.parametrize("who, command, words", [
    ("amy", "/公告 大家来买啊", "只有"), ("staff", "/公告", "请写上公告内容"), ("staff", "/公告 " + "很" * 501, "公告太长了"),
])
async def test_an_announcement_refused(harness, who, command, words):
    said = _said(await harness.say("g1", who, command))
    assert said and words in said[0]["text"] and not any(a["text"].startswith("📢") for a in said)


# --- hostile input: the readers added here stay linear ------------------------------------------------------


@pytest.mark.parametrize("size", [300, 5000])
def test_the_new_readers_are_linear_on_hostile_input(size):
    samples = ["三" * size, "¥" + "9" * size, "晚上" * (size // 2), "周六" + "晚" * size, "鸡蛋 " * (size // 3) + "30",
               "1" * size + "块" + "9" * size, ("名额：" + "两" * size + " ") * 2, " " * size + "+" + "1" * size]
    started = time.perf_counter()
    for text in samples:
        spoken_amount(text), plain_amount(text), spoken_amount(text, marked=True)
        parse_deadline(text, NOW, ZONE), day_part(text), stock_args(text)
        for parse, bad in ((buy_request, BuyBad), (draw_request, DrawBad)):
            try:
                parse(text + " 截止20:00")
            except bad:
                pass
    assert time.perf_counter() - started < 1.0
