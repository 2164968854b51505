"""F31 through the real pipeline (SQLite, the shipped FAQ and templates): a member asking how to take part gets the
how-to answer; a bare 商场's parking is answered, a pram's is the staff's; her coming today after yesterday's sign-in
signs her in; a sign-up with no event open hears so once; a staff member's "是" runs the command the bot suggested;
usage hints name the Chinese commands."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest

from bot.events import GroupInfo, Member
from bot.language.signins import read_signin
from bot.questions.asking import read
from bot.questions.faq import ENTRIES, SHIPPED, Faq
from bot.config.loader import load_yaml_model
from tests.conftest import TEST_CONFIG, local, to

OPEN_BUY = "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A"
OPEN_EVENT = "/活动 亲子烘焙 周六14:00 名额20 截止周五20:00"


def _said(actions: list[dict]) -> list[dict]:
    return [a for a in actions if a["action"] == "say"]


# --- how to take part -------------------------------------------------------------------------

@pytest.mark.parametrize("text, answer", [
    ("请问接龙要怎么弄呀", "“+1”"),
    ("不会跟团，怎么参加团购啊", "“+1”"),
    ("这个接龙咋个接嘛", "“+1”"),
    ("签到咋签的呀", "发“签到”"),
    ("每天打卡要发什么", "发“签到”"),
    ("怎么签到领积分呢", "发“签到”"),
    ("活动在哪报名啊", "回复“报名”"),
    ("想参加活动，怎么报名", "回复“报名”"),
])
async def test_asking_how_to_take_part_gets_the_how_to(harness, text, answer):
    [reply] = _said(await harness.say("g1", "amy", text))
    assert answer in reply["text"] and reply["mentions"] == ["amy"]
    assert "微信、支付宝" not in reply["text"]  # never the payment answer
    assert "今日签到" not in reply["text"] and "签到成功" not in reply["text"]  # the how-to, not a sign-in


@pytest.mark.parametrize("text", [
    "我妈不会接龙，都是我帮她弄的",  # told, not asked
    "教了我婆婆好几遍怎么签到了",
    "王姐今天怎么没签到呀",  # asked of a member
])
async def test_talk_about_taking_part_stays_silent(harness, text):
    assert _said(await harness.say("g1", "amy", text)) == []


async def test_with_a_group_buy_open_the_how_to_is_no_order_and_plain_orders_still_count(harness):
    await harness.say("g1", "owner", OPEN_BUY)
    [reply] = _said(await harness.say("g1", "amy", "接龙咋弄呀，第一次用"))
    assert "“+1”" in reply["text"]
    roll = await harness.say("g1", "bo", "+2", at=harness.clock.now() + timedelta(minutes=3))
    roll += await harness.drain()
    assert any("波波 2 份" in a.get("text", "") for a in roll)
    assert not any("小美" in a.get("text", "") and "份" in a.get("text", "") for a in roll)


# --- parking: a bare 商场, a pram ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["商场停车收费不", "商场那边停车贵不贵", "开车来的，停车要钱吗"])
async def test_parking_asked_is_answered(harness, text):
    [reply] = _said(await harness.say("g1", "amy", text))
    assert "停车位" in reply["text"]


@pytest.mark.parametrize("text", ["婴儿车放哪里呀，店门口能放吗", "推着童车能停门口不"])
async def test_a_pram_is_no_car_the_staff_answer(harness, text):
    assert [r["text"] for r in _said(await harness.say("g1", "amy", text))] == ["这个问题记下了，店员会尽快回复您～"]  # no car-parking answer: noted (e33)...
    faq = Faq(load_yaml_model(SHIPPED, ENTRIES))
    assert read(text, faq, 0.65, taken=False).asks  # ...and still a question, watched for the staff


async def test_another_named_mall_stays_another_place(harness):
    assert _said(await harness.say("g1", "amy", "中南商场停车要钱吗")) == []


# --- today's coming after yesterday's sign-in ---------------------------------------------------------

@pytest.mark.parametrize("text", ["昨天签到了，今天我又来啦", "前天打卡了 今天也来了", "俺昨天签到了，今儿个接着签"])
async def test_coming_again_today_signs_in(harness, text):
    reply = _said(await harness.say("g1", "amy", text))
    assert reply and "签到" in reply[0]["text"] and "5 积分" in "".join(a["text"] for a in reply)


@pytest.mark.parametrize("text", ["昨天忘记签到了", "老李昨天签到了，今天又来了", "昨天签到了，今天又下雪了", "今天又来了",
                                  "昨天签到了，今天又来了吗"])
async def test_talk_of_another_days_sign_in_is_no_sign_in(harness, text):
    assert read_signin(text, ("签到", "打卡")) is None
    assert not any("签到" in a["text"] for a in _said(await harness.say("g1", "amy", text)))


# --- a sign-up with no event open --------------------------------------------------------------------

async def test_a_sign_up_with_no_event_open_hears_so_once(harness):
    start = harness.clock.now()
    [reply] = _said(await harness.say("g1", "amy", "我想报名", at=start))
    assert reply["text"] == "现在没有在报名的活动哦，有新活动会在群里通知～" and reply["mentions"] == ["amy"]
    assert _said(await harness.say("g1", "amy", "报名报名", at=start + timedelta(minutes=1))) == []  # the same member again
    assert _said(await harness.say("g1", "bo", "我也报个名", at=start + timedelta(minutes=5))) == []  # the group heard it
    [later] = _said(await harness.say("g1", "bo", "报名两个人", at=start + timedelta(minutes=40)))
    assert later["mentions"] == ["bo"]
    assert _said(await harness.say("g1", "amy", "我要报名", at=start + timedelta(hours=2))) == []  # hers: hours apart


@pytest.mark.parametrize("text", ["+1", "算我一个", "我闺女报名了舞蹈班", "报名的人多吗"])
async def test_no_event_open_look_alikes_stay_silent(harness, text):
    assert not any("没有在报名" in a["text"] for a in _said(await harness.say("g1", "amy", text)))


async def test_with_an_event_open_a_sign_up_still_signs_up(harness):
    await harness.say("g1", "owner", OPEN_EVENT)
    actions = await harness.say("g1", "amy", "我想报名", at=harness.clock.now() + timedelta(minutes=2))
    actions += await harness.drain()
    assert not any("没有在报名" in a.get("text", "") for a in actions)
    assert any("小美 1 人" in a.get("text", "") for a in actions)


async def test_staff_saying_sign_up_hears_nothing(harness):
    assert _said(await harness.say("g1", "staff", "我要报名")) == []


# --- a staff member's "是" to the bot's did-you-mean ---------------------------------------------------

@pytest.mark.parametrize("typed, yes, meant", [
    # (m32) a name made of all of a product's pieces ("羊绒围巾", "防滑鞋垫") opens it at once: these are weak matches
    ("黑芝麻元宵", "是", "手工黑芝麻汤圆 500g"), ("和田枣", "对的", "新疆和田大枣 1kg"), ("羊毛围巾", "嗯", "羊绒混纺围巾"),
    ("防滑棉鞋垫", "好", "老人防滑保暖鞋垫（两双装）"),
])
async def test_staff_yes_opens_the_suggested_product(harness, typed, yes, meant):
    [asked] = await harness.say("g1", "owner", f"/开团 {typed} 截止20:00 自提点A")
    assert f"您是说“{meant}”吗" in asked["text"] and "回复“是”" in asked["text"]
    [opened] = await harness.say("g1", "owner", yes, at=harness.clock.now() + timedelta(minutes=2))
    assert f"团购开团：{meant}" in opened["text"] and "自提点A" in opened["text"]
    assert await harness.say("g1", "owner", "是", at=harness.clock.now() + timedelta(minutes=3)) == []  # once only


async def test_staff_no_late_yes_or_someone_elses_yes_runs_nothing(harness):
    start = harness.clock.now()
    await harness.say("g1", "owner", "/开团 黑芝麻元宵 截止20:00 自提点A", at=start)
    assert await harness.say("g1", "amy", "是", at=start + timedelta(minutes=1)) == []  # a member's
    assert await harness.say("g1", "staff", "是", at=start + timedelta(minutes=1)) == []  # another staff member's
    assert await harness.say("g1", "owner", "是", at=start + timedelta(minutes=11)) == []  # too late
    await harness.say("g1", "owner", "/开团 黑芝麻元宵 截止20:00 自提点A", at=start + timedelta(minutes=12))
    assert await harness.say("g1", "owner", "不是", at=start + timedelta(minutes=13)) == []
    assert await harness.say("g1", "owner", "是", at=start + timedelta(minutes=14)) == []  # the no dropped it
    await harness.say("g1", "owner", "/开团 黑芝麻元宵 截止20:00 自提点A", at=start + timedelta(minutes=15))
    [sure] = await harness.say("g1", "owner", "对", at=start + timedelta(minutes=16))
    assert "手工黑芝麻汤圆 500g" in sure["text"]


async def test_staff_yes_after_other_words_runs_nothing(harness):
    """Her "是" must answer the suggestion: anything she says first lets it lapse, so a later "对" to a member opens
    nothing."""
    start = harness.clock.now()
    await harness.say("g1", "owner", "/开团 黑芝麻元宵 截止20:00 自提点A", at=start)
    await harness.say("g1", "owner", "大家下午好，今天降温了注意保暖", at=start + timedelta(minutes=1))
    assert await harness.say("g1", "owner", "对", at=start + timedelta(minutes=2)) == []


COUPONS = TEST_CONFIG + """
coupons:
  campaigns:
    - {id: c-winter, title: 冬季满减券, face_value: 20, threshold: 100, quantity: 5, valid_days: 7}
"""


async def test_staff_yes_issues_the_suggested_coupon(make_harness):
    harness = await make_harness(COUPONS, groups=[GroupInfo("g1", "宝妈育儿群", "owner", (
        Member("owner", "王店长"), Member("staff", "小李"), Member("amy", "小美")))])
    [asked] = await harness.say("g1", "owner", "/发券 冬季券 @小美", mentions=("amy",))
    assert "您是说“" in asked["text"] and "回复“是”" in asked["text"]
    actions = await harness.say("g1", "owner", "是的", at=harness.clock.now() + timedelta(minutes=1))
    assert any(a["action"] == "direct" and a["to"] == "amy" for a in actions)


# --- usage hints name the Chinese commands --------------------------------------------------------------

async def test_usage_hints_show_chinese_command_names(harness):
    [usage] = await harness.say("g1", "owner", "/加积分 小美 +10 奖励")
    assert "用法：/加积分 @成员" in usage["text"] and "/points" not in usage["text"]
    help_text = " ".join(a["text"] for a in await harness.say("g1", "owner", "/帮助"))
    for line in help_text.splitlines():
        if line.lstrip().startswith("/"):
            name = line.lstrip()[1:].split()[0] if line.lstrip()[1:].split() else ""
            assert name and not name[0].isascii(), line


# --- hostile input: the new patterns stay linear -------------------------------------------------------

@pytest.mark.parametrize("size", [300, 5000])
def test_new_patterns_on_long_input_are_quick(size):
    from bot.language import signins
    from bot.questions import asking
    faq = Faq(load_yaml_model(SHIPPED, ENTRIES))
    texts = [("商场" * size)[:size], ("推车婴儿车" * size)[:size], ("昨天签到了今天又来了" * size)[:size],
             ("今天又又又又" * size)[:size] + "来了", "我" + "昨天" * (size // 2) + "签到了"]
    for text in texts:
        began = time.perf_counter()
        read(text, faq, 0.65, taken=False)
        read_signin(text, ("签到", "打卡"))
        for pattern in (asking._BARE_MALL, asking._PUSHED, asking._DRIVEN, signins._BACK_AGAIN, signins._PAST_SIGNED):
            pattern.search(text)
            pattern.fullmatch(text)
        assert time.perf_counter() - began < 2.0
