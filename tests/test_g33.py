"""G33 through the real pipeline (SQLite): a command name glued to its argument ("/截单纸尿裤"); a cut-off said with 截至,
截止到, 到…为止, …前截单 by /开团, /活动 and /抽奖 alike; /改库存 with a short name of the one open group-buy; a member's
slash command is refused, not taken for an ad (unless it carries a contact); a draw's entry word mistyped; a repeated
签到 before the gathered confirmation; chat and a filling asked for are no opening hours or returns."""
from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from bot.commands import ParsedCommand, glued, parse_command
from bot.deadline_text import labelled_deadline, parse_deadline, unwrapped
from bot.handlers.activity import parse_request as event_request
from bot.handlers.groupbuy import parse_request as buy_request, weakly_named
from bot.handlers.lottery import parse_request as draw_request
from bot.language.own_records import enters_by_sound, slips_from_entry
from bot.questions.asking import read
from bot.questions.faq import ENTRIES, SHIPPED, Faq
from bot.config.loader import load_yaml_model
from storage.models import GroupBuy
from tests.conftest import TEST_CONFIG, local

ZONE = ZoneInfo("Asia/Shanghai")
NOW = local("2026-12-08 09:14")  # a Tuesday
EGGS = "/开团 鸡蛋30枚 ¥25 库存10 截止明天20:00 自提点A"
DATES = "/开团 新疆和田大枣 1kg ¥39 库存30 截止明天20:00"


def _said(actions: list[dict]) -> list[dict]:
    return [a for a in actions if a["action"] == "say"]


def _texts(actions: list[dict]) -> str:
    return "\n".join(a.get("text", "") for a in actions)


async def _later(harness, minutes: float = 2) -> datetime:
    return harness.clock.now() + timedelta(minutes=minutes)


async def _stock(harness) -> int:
    return await harness.db.read(lambda s: s.exec(select(GroupBuy.stock)).one())


# --- 1. a command name glued to its argument -------------------------------------------------------------------------

NAMES = ["公告", "通知", "announce", "截单", "cutoff", "活动", "活动地点", "地点", "改库存", "ad", "广告", "是广告", "不是广告",
         "排行", "排行榜", "积分", "我的积分"]


@pytest.mark.parametrize("typed, name, args", [
    ("/公告今天团购的鸡蛋到货了，下午来拿", "公告", "今天团购的鸡蛋到货了，下午来拿"),
    ("/截单纸尿裤", "截单", "纸尿裤"),
    ("／截单纸尿裤", "截单", "纸尿裤"),
    ("/活动地点社区活动中心三楼", "活动地点", "社区活动中心三楼"),  # the longest name wins, not /活动
    ("/活动亲子烘焙 周六14:00 名额20", "活动", "亲子烘焙 周六14:00 名额20"),
    ("/改库存40", "改库存", "40"),
    ("/排行榜本周", "排行榜", "本周"),
    ("/是广告@阿鑫", "是广告", "@阿鑫"),
    ("/ANNOUNCE明天盘点", "announce", "明天盘点"),
])
def test_a_glued_command_is_split_at_the_longest_name(typed, name, args):
    parsed = parse_command(typed)
    assert glued(parsed, NAMES) == ParsedCommand(name, args)


@pytest.mark.parametrize("typed", ["/哈哈哈", "/adxyz 你好", "/announcement", "/公", "/今天截单"])
def test_glued_look_alikes_are_no_command(typed):
    assert glued(parse_command(typed), NAMES) is None


def test_a_typed_name_is_kept_as_typed():
    assert parse_command("/公告 明天盘点") == ParsedCommand("公告", "明天盘点")  # the field that keeps it is not compared
    assert parse_command("/公告今天，到货").typed == "公告今天，到货"


async def test_the_probes_glued_announcement_and_cut_off(harness):
    await harness.say("g1", "staff", EGGS)
    said = await harness.say("g1", "staff", "/公告今天团购的鸡蛋到货了，下午来拿", at=await _later(harness)) + await harness.drain()
    assert "📢 公告：今天团购的鸡蛋到货了，下午来拿" in _texts(said) and "没有找到命令" not in _texts(said)
    said = await harness.say("g1", "staff", "/截单鸡蛋", at=await _later(harness)) + await harness.drain()
    assert "已截单" in _texts(said)
    said = await harness.say("g1", "staff", "/哈哈哈", at=await _later(harness))
    assert "没有找到命令“/哈哈哈”" in _texts(said)


# --- 2. the cut-off as staff say it --------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    "五常大米10斤 九十九元 库存三十 截至周五晚上 自提：店里",
    "五常大米10斤 九十九元 库存三十 截止到周五晚上",
    "五常大米10斤 九十九元 库存三十 到周五晚上为止",
    "五常大米10斤 九十九元 库存三十 周五晚上前截单",
    "五常大米10斤 九十九元 库存三十 截止：周五晚上之前",
    "五常大米10斤 九十九元 库存三十 截止周五晚上",
])
def test_a_group_buys_cut_off_in_the_words_staff_use(args):
    request = buy_request(args)
    assert request.item == "五常大米10斤" and request.stock == 30
    assert parse_deadline(request.deadline, NOW, ZONE) == local("2026-12-11 20:00")


def test_an_event_and_a_draw_read_the_same_words():
    assert event_request("亲子烘焙 周六14:00 名额20 截至周五20:00").deadline == "周五20:00"
    assert parse_deadline(event_request("亲子烘焙 周六14:00 名额20 周五晚上前截止").deadline, NOW, ZONE) == local("2026-12-11 20:00")
    assert draw_request("奖品：保温杯 名额：3 截至：今晚8点").deadline == "今晚8点"


@pytest.mark.parametrize("text, expected", [
    ("今晚8点前", "2026-12-08 20:00"), ("到明天20:00为止", "2026-12-09 20:00"), ("周五晚上之前截单", "2026-12-11 20:00"),
    ("30分钟", "2026-12-08 09:44"),
])
def test_time_words_around_a_time(text, expected):
    assert parse_deadline(text, NOW, ZONE) == local(expected)


@pytest.mark.parametrize("text", ["3天前", "2小时前", "周五截止", "前天"])
def test_look_alikes_around_no_time(text):
    when = parse_deadline(text, NOW, ZONE)
    assert when is None or when <= NOW


def test_words_without_a_time_keep_their_place():
    assert labelled_deadline("大米 报名截止 周五") == "大米 报名截止 周五"
    assert labelled_deadline("鸡蛋截单 ¥25") == "鸡蛋截单 ¥25"
    assert unwrapped("前天20:00") == "前天20:00"


async def test_the_probes_group_buy_opens_with_its_cut_off(harness):
    said = await harness.say("g1", "staff", "/开团 五常大米10斤 九十九元 库存三十 截至周五晚上 自提点 店里", at=NOW)
    text = _texts(said)
    assert "没看懂截单时间" not in text and "12月11日 20:00" in text


# --- 3. a short name of the one open group-buy -----------------------------------------------------------------------

def test_a_weak_name_of_the_open_one():
    catalogue = ["新疆和田大枣 1kg", "东北五常小米 2.5kg", "红枣5斤装"]
    assert weakly_named("大红枣", "新疆和田大枣 1kg", ("新疆和田大枣 1kg",), catalogue[:2])
    assert not weakly_named("红枣", "新疆和田大枣 1kg", ("新疆和田大枣 1kg",), catalogue)  # another product's name
    assert not weakly_named("枣泥", "新疆和田大枣 1kg", ("新疆和田大枣 1kg",), catalogue[:2])  # not the goods: 泥
    assert not weakly_named("鸡蛋", "新疆和田大枣 1kg", (), catalogue[:2])


async def test_the_probes_stock_change_by_a_short_name(harness):
    await harness.say("g1", "owner", DATES)
    [done] = _said(await harness.say("g1", "owner", "/改库存 红枣 40", at=await _later(harness)))
    assert "“新疆和田大枣 1kg”库存已改为 40 份" in done["text"]
    [done] = _said(await harness.say("g1", "owner", "/加库存 枣子 5", at=await _later(harness)))
    assert "库存已改为 45 份" in done["text"]
    assert await _stock(harness) == 45


@pytest.mark.parametrize("command", ["/改库存 鸡蛋 40", "/改库存 五常小米 40", "/改库存 苹果 40"])
async def test_another_products_name_changes_no_stock(harness, command):
    await harness.say("g1", "owner", DATES)
    [reply] = _said(await harness.say("g1", "owner", command, at=await _later(harness)))
    assert "本群没有叫" in reply["text"]
    assert await _stock(harness) == 30


async def test_a_cut_off_by_a_weak_name_still_asks(harness):
    await harness.say("g1", "owner", DATES)
    [reply] = _said(await harness.say("g1", "owner", "/截单 红枣", at=await _later(harness)))
    assert "您是说“新疆和田大枣 1kg”吗" in reply["text"]


# --- 4. a member's slash command ------------------------------------------------------------------------------------

ADS = TEST_CONFIG.replace("  rules:\n", """  rules:
    - {type: ads, id: ads, files: [bot/content/ad_words.txt], cue_files: [bot/content/ad_cues.txt], model: true,
       threshold: 3, model_threshold: 0.85, reason: 发布广告或留联系方式拉人}
""", 1)


async def test_a_members_draw_command_is_refused_not_an_ad(make_harness):
    harness = await make_harness(ADS)
    said = await harness.say("g1", "amy", "/抽奖 奖品：iPhone 名额：1 口令：我要手机 截止：今晚9点")
    text = _texts(said)
    assert "只有群主可以使用" in text and "广告" not in text
    standing = await harness.db.read(lambda s: s.exec(select(__import__("storage.models", fromlist=["Strike"]).Strike)).all())
    assert not standing


async def test_a_glued_members_command_is_refused_too(make_harness):
    harness = await make_harness(ADS)
    said = await harness.say("g1", "amy", "/抽奖奖品iPhone 名额1")
    assert "只有群主可以使用" in _texts(said) and "广告" not in _texts(said)


@pytest.mark.parametrize("text", [
    "/抽奖 奖品：iPhone 名额：1 加微信 abcd12345 截止：今晚9点",
    "/抽奖 奖品：iPhone 名额：1 详情 http://bit.example.cn/a 截止：今晚9点",
])
async def test_a_members_command_with_a_contact_is_still_an_ad(make_harness, text):
    harness = await make_harness(ADS)
    said = await harness.say("g1", "amy", text)
    assert "发布广告或留联系方式拉人" in _texts(said)


async def test_the_same_words_without_a_slash_are_judged_as_before(make_harness):
    harness = await make_harness(ADS)
    said = await harness.say("g1", "amy", "抽奖 奖品：iPhone 名额：1 口令：我要手机 截止：今晚9点")
    assert "只有群主可以使用" not in _texts(said)


# --- 5. the entry word mistyped -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, enters, told", [
    ("我要电饭宝", True, True), ("我要 电饭煲！", False, False),  # spaces and marks: the word itself already
    ("我要电饭锅", False, True), ("我要电饭", False, True), ("我要电饭煲煲", False, True),
    ("我不要电饭煲", False, False), ("我要电饭锅吗", False, False), ("今天天气真好", False, False),
    ("我要电饭锅，我要高压锅", False, False),
])
def test_entry_word_slips(text, enters, told):
    assert enters_by_sound(text, "我要电饭煲") == enters
    assert slips_from_entry(text, "我要电饭煲") == told


def test_a_short_entry_word_is_never_guessed():
    assert not slips_from_entry("我要抽烟", "我要抽奖") and not slips_from_entry("我要抽", "我要抽奖")
    assert enters_by_sound("我要抽将", "我要抽奖")


DRAW = "/抽奖 奖品：电饭煲 名额：1 口令：我要电饭煲 截止：今晚8点"


async def test_the_probes_slip_is_told_the_word_once(harness):
    await harness.say("g1", "owner", DRAW)
    [told] = _said(await harness.say("g1", "amy", "我要电饭锅", at=await _later(harness)))
    assert "抽奖口令是“我要电饭煲”" in told["text"]
    assert not _said(await harness.say("g1", "amy", "我要电饭锅", at=await _later(harness)))  # once
    [entered] = _said(await harness.say("g1", "amy", "我要电饭煲", at=await _later(harness)))
    assert "报名成功" in entered["text"]
    [entered] = _said(await harness.say("g1", "bo", "我要电饭宝", at=await _later(harness)))
    assert "报名成功" in entered["text"]


async def test_chat_during_a_draw_hears_nothing(harness):
    await harness.say("g1", "owner", DRAW)
    for text in ("今天天气真好", "我家电饭煲坏了", "我不要电饭煲"):
        assert not _said(await harness.say("g1", "amy", text, at=await _later(harness)))


async def test_staff_slips_are_not_told(harness):
    await harness.say("g1", "owner", DRAW)
    assert not _said(await harness.say("g1", "staff", "我要电饭锅", at=await _later(harness)))


# --- 6. a repeated sign-in before the gathered confirmation -------------------------------------------------------

GATHERED = TEST_CONFIG.replace("signin: {gather_seconds: 0}", "signin: {gather_seconds: 180}")


async def test_a_repeat_before_her_gathered_confirmation_is_told_it_is_noted(make_harness):
    harness = await make_harness(GATHERED)
    await harness.say("g1", "bo", "签到")  # the day's first: confirmed at once
    seen, start = len(harness.actions), harness.clock.now()
    await harness.sim.feed(harness.adapter.message("g1", "amy", "签到", at=start + timedelta(minutes=1)))
    await harness.sim.feed(harness.adapter.message("g1", "amy", "签到", at=start + timedelta(minutes=2)))
    await harness.drain()
    texts = [a["text"] for a in _said(harness.actions[seen:])]
    [noted] = [t for t in texts if "已经记下" in t]
    assert "今天第 2 位" in noted and not any("已经签到过啦" in t for t in texts)
    assert any("今日签到：@小美 第2" in t for t in texts)
    [again] = _said(await harness.say("g1", "bo", "签到", at=harness.clock.now() + timedelta(minutes=1)))
    assert "已经签到过啦" in again["text"]  # the first, confirmed at once: as before


async def test_a_repeat_after_the_gathered_confirmation_is_already(make_harness):
    harness = await make_harness(GATHERED)
    start = harness.clock.now()
    await harness.say("g1", "bo", "签到", at=start)
    await harness.say("g1", "amy", "签到", at=start + timedelta(minutes=1))
    await harness.drain()
    [repeat] = _said(await harness.say("g1", "amy", "签到", at=harness.clock.now() + timedelta(minutes=10)))
    assert "已经签到过啦" in repeat["text"]


# --- 7. chat and a filling asked for ---------------------------------------------------------------------------------

FAQ = Faq(load_yaml_model(SHIPPED, ENTRIES))


@pytest.mark.parametrize("text", ["过节嘛 孙子们都回来", "老人嘛 就爱热闹", "孩子嘛，总要长大的", "放假嘛 人多"])
def test_a_topic_with_its_comment_is_no_question(text):
    assert read(text, FAQ, 0.65).topic is None and not read(text, FAQ, 0.65).asks


@pytest.mark.parametrize("text, topic", [
    ("有货嘛 我想买", "catalogue"), ("开门嘛 我下午来", "hours"), ("过年开门嘛 我想来", "hours"),
    ("几点关门嘛，我下午过来", "hours"),
])
def test_a_question_with_its_reason_still_asks(text, topic):
    assert read(text, FAQ, 0.65).topic == topic


@pytest.mark.parametrize("text", ["饺子能不能换成韭菜馅的", "汤圆可以换成花生味的吗", "能换成原味的吗"])
def test_a_filling_asked_for_is_no_return(text):
    reading = read(text, FAQ, 0.65)
    assert reading.asks and reading.topic != "returns"


@pytest.mark.parametrize("text", ["汤圆能退吗 退不了就换成芝麻馅的", "买的饺子能换成韭菜馅的吗", "能换吗", "围巾颜色不喜欢 能换个颜色吗"])
def test_a_return_is_still_a_return(text):
    assert read(text, FAQ, 0.65).topic == "returns"


# --- hostile input: the new patterns stay linear ---------------------------------------------------------------------

@pytest.mark.parametrize("size", [300, 5_000])
def test_new_patterns_on_long_hostile_text(size):
    texts = ["到" * size, "前" * size, "截单" * (size // 2), "到" + "周" * size + "为止", "1" * size + "前截单",
             "嘛" * size, "过节嘛" * (size // 3), "换成" * (size // 2) + "馅", "我要电饭煲" * (size // 5),
             "/" + "截" * size, "/公告" + "a" * size]
    started = time.perf_counter()
    for text in texts:
        unwrapped(text), labelled_deadline(text), parse_deadline(text, NOW, ZONE)
        enters_by_sound(text, "我要电饭煲"), slips_from_entry(text, "我要电饭煲")
        read(text, FAQ, 0.65)
        if (parsed := parse_command(text)) is not None:
            glued(parsed, NAMES)
    assert time.perf_counter() - started < 5
