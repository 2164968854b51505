"""p34 through the real pipeline (SQLite, the shipped banks and templates): seniors who name themselves asking their
points; a points question not glued to the returns answer; orders, sign-ins and draw entries in their own words."""
from __future__ import annotations

import pytest

from bot.adapters.local import GroupInfo
from bot.events import Member
from bot.language.own_records import asks_others_points, asks_own
from bot.language.self_named import as_herself
from bot.questions import several
from bot.questions.faq import ENTRIES, Faq
from bot.questions.training import SHIPPED
from bot.config.yaml_files import load_yaml_model
from bot.config.schema import GroupSettings

SENIORS = GroupInfo("g3", "乐龄健康群", "owner", (
    Member("owner", "王店长"), Member("staff", "小李"), Member("cui", "崔姨"), Member("song", "宋姨"),
    Member("wei", "魏大妈"), Member("jia", "贾奶奶🌸"), Member("amy", "小美")))


# --- her own name is 我 ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, text", [
    ("崔姨", "崔姨问一下我积分多少了呀"), ("宋姨", "宋姨的积分是多少 麻烦告诉我一下"), ("魏大妈", "魏大妈有多少分了"),
    ("贾奶奶🌸", "贾奶奶现在积分有多少啊"), ("魏大妈", "魏大妈还剩多少分"), ("宋姨", "宋姨积分查一下"),
])
def test_her_own_name_asks_her_own_points(name, text):
    assert asks_own(as_herself(text, name)) == "points"
    assert not asks_others_points(as_herself(text, name))


@pytest.mark.parametrize("name, text", [
    ("崔姨", "宋姨的积分是多少"), ("崔姨", "魏大妈有多少分了"), ("宋姨", "崔姨积分多少了"),  # another member's: refused
])
def test_another_members_name_is_still_another_member(name, text):
    assert asks_own(as_herself(text, name)) is None
    assert asks_others_points(as_herself(text, name))


@pytest.mark.parametrize("name, text", [
    ("崔姨", "我考了多少分"), ("崔姨", "崔姨说她积分多少了"), ("宋姨", "还有几分钟开始"), ("崔姨", "小崔姨积分多少"),
    ("崔姨", "那道菜几分熟"), ("魏大妈", "魏大妈签到"),
])
def test_look_alikes_ask_no_balance_of_hers(name, text):
    assert asks_own(as_herself(text, name)) != "points"


@pytest.mark.parametrize("text", ["崔" * 300, "崔姨" + "积分多少" * 1250])
def test_hostile_names(text):
    as_herself(text, "崔姨")
    asks_own(as_herself(text, "崔姨"))


async def _harness(make_harness):
    return await make_harness(groups=[SENIORS])


@pytest.mark.parametrize("member, text", [
    ("cui", "崔姨问一下我积分多少了呀"), ("song", "宋姨的积分是多少 麻烦告诉我一下"), ("wei", "魏大妈有多少分了"),
])
async def test_a_senior_naming_herself_gets_her_balance(make_harness, member, text):
    harness = await _harness(make_harness)
    said = await harness.say("g3", member, text)
    assert any("当前共有" in a["text"] for a in said), said
    assert not any(a.get("to") for a in said if a["action"] == "direct")  # nothing for the staff


async def test_another_members_balance_stays_refused(make_harness):
    harness = await _harness(make_harness)
    said = await harness.say("g3", "cui", "宋姨的积分是多少")
    assert said and all("当前共有" not in a["text"] for a in said)
    assert any("本人" in a["text"] for a in said)


# --- a points question is not a returns question --------------------------------------------------------------------

@pytest.fixture(scope="module")
def faq():
    return Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold


@pytest.mark.parametrize("text", [
    "我这积分啥时候能换东西 攒够多少能换", "我积分攒了多少了 能换一袋小米不", "积分咋攒的 能换点啥", "积分有啥用 一百分能换啥",
])
def test_points_follow_up_keeps_the_points_topic(faq, text):
    parts = several.questions(text, *faq)
    assert "returns" not in [p.reading.topic for p in parts]


@pytest.mark.parametrize("text", [
    "积分怎么用 买错了能退吗", "我积分多少 坏了的鸡蛋能换不", "积分能干嘛 东西坏了可以换吗", "积分咋用 不合适能换吗",
])
def test_a_real_return_after_points_is_still_answered(faq, text):
    assert [p.reading.topic for p in several.questions(text, *faq)] == ["points", "returns"]


async def test_points_answer_without_returns_text(make_harness):
    harness = await _harness(make_harness)
    said = await harness.say("g3", "amy", "我这积分啥时候能换东西 攒够多少能换")
    assert said and not any("退换" in a["text"] for a in said)


# --- "秦某打卡第三天": a surname and 某 is how she names herself ------------------------------------------------------

from bot.language.signins import read_signin  # noqa: E402

TRIGGERS = ("签到", "打卡")


@pytest.mark.parametrize("text", [
    "秦某打卡第三天 坚持就是胜利", "秦某打卡 坚持就是胜利", "李某人打卡第五天", "秦某打卡第3天", "王某打卡第十天 继续加油",
])
def test_a_surname_and_mou_signs_in(text):
    assert read_signin(text, TRIGGERS) is not None


@pytest.mark.parametrize("text", [
    "某某店打卡 好吃", "秦某跑步打卡第三天", "秦某说他打卡第三天了", "秦某打卡了吗", "张某去网红店打卡了",
])
def test_look_alikes_of_mou_sign_nobody_in(text):
    assert read_signin(text, TRIGGERS) is None


@pytest.mark.parametrize("text", ["秦某" * 150, "秦某打卡第三天" + "坚" * 4990])
def test_hostile_signins(text):
    read_signin(text, TRIGGERS)


# --- a draw's prize wished for in her words -------------------------------------------------------------------------

from bot.language.own_records import wants_prize  # noqa: E402
from tests.test_u34 import DRAW, _later, _said  # noqa: E402


@pytest.mark.parametrize("text, prize", [
    ("足浴盆算我一个哦", "足浴盆"), ("足浴盆我也要一个 阿拉老太婆脚冷", "足浴盆"), ("我要电饭煲 家里那个坏了", "电饭煲"),
    ("电饭煲算我一个吧", "电饭煲"), ("俺也要足浴盆，天冷泡泡脚", "足浴盆"), ("保温杯算我一个嘛", "保温杯"),
])
def test_the_prize_wished_with_a_particle_or_a_reason(text, prize):
    assert wants_prize(text, prize)


@pytest.mark.parametrize("text, prize", [
    ("我要电饭煲 不要足浴盆", "电饭煲"), ("电饭煲我也要买一个 家里那个坏了", "电饭煲"), ("足浴盆我也要一个 多少钱", "足浴盆"),
    ("我家电饭煲坏了 想要个新的", "电饭煲"), ("足浴盆 我妈要", "足浴盆"), ("保温杯算我一个吗", "保温杯"),
])
def test_look_alikes_wish_for_no_prize(text, prize):
    assert not wants_prize(text, prize)


@pytest.mark.parametrize("text", ["足浴盆" * 100, "我要足浴盆 " + "冷" * 4990, ("算我 " * 60)[:300]])
def test_hostile_wishes(text):
    wants_prize(text, "足浴盆")


@pytest.mark.parametrize("text", ["保温杯算我一个哦", "保温杯我也要一个 老太婆天天喝热水", "我要保温杯 家里那个坏了"])
async def test_a_senior_enters_the_draw_in_her_words(harness, text):
    await harness.say("g1", "owner", DRAW)
    [said] = _said(await harness.say("g1", "amy", text, at=_later(harness)))
    assert "报名成功" in said


# --- 各 over two people joined by Cantonese 同 ----------------------------------------------------------------------

from bot.language import intents  # noqa: E402


@pytest.mark.parametrize("text", [
    "帮我阿妈同阿婆各要一包", "给我妈与我婆婆各留一份", "帮阿嫲同阿公各订一盒", "帮我妈同我外婆各要一包",
])
def test_each_for_two_joined_by_tong(text):
    assert intents.read_order(text).amount == 2


@pytest.mark.parametrize("text", ["帮我同事各要一包", "帮我同学各要一包", "帮我同乡各来一箱", "帮我阿妈同阿婆要一包"])
def test_tong_inside_a_word_or_without_each_is_one(text):
    assert intents.read_order(text).amount == 1


@pytest.mark.parametrize("text", ["同" * 300, "帮我" + "阿妈同" * 1600 + "各要一包"])
def test_hostile_tong(text):
    intents.persons_for(text)
    intents.read_order(text[:300])


# --- "+2" then "哦唔系 +1就够": her total put right ------------------------------------------------------------------

from bot.language import order_changes  # noqa: E402
from tests.test_u34 import OPEN_BUY  # noqa: E402


@pytest.mark.parametrize("text, amount", [
    ("哦唔系 +1就够", 1), ("哦不是，+1就够", 1), ("不对 +1就够了", 1), ("说错了 +1就行", 1), ("搞错了 +1就得了", 1),
    ("唔系 两包就够", 2), ("不对不对 +1就行了", 1),
])
def test_a_plus_count_put_right(text, amount):
    assert order_changes.revised(text, None).amount == amount


@pytest.mark.parametrize("text", [
    "+1就够", "不是 我说的是我妈 +1就够", "不是吧 +1就够了吗", "不是说一份就够吗", "她不是 +1就够", "+10就够",
])
def test_look_alikes_put_nothing_right(text):
    assert order_changes.revised(text, None) is None


@pytest.mark.parametrize("text", ["+1就够" * 60, "唔系 " + "+" * 4990 + "1就够"])
def test_hostile_put_right(text):
    order_changes.revised(text[:300], None)
    order_changes.said_plainly(text)


async def test_plus_two_then_put_right_to_one(harness):
    await harness.say("g1", "owner", OPEN_BUY)
    await harness.say("g1", "amy", "+2", at=_later(harness))
    said = " ".join(_said(await harness.say("g1", "amy", "哦唔系 +1就够", at=_later(harness, 1))))
    said += " ".join(_said(await harness.drain()))
    assert "小美 改为 1 份" in said, said
