"""D32 through the real pipeline (SQLite, the shipped FAQ and templates): the private chat understands a member's own
records in her words and names the group each answer is from; what is done in the group is told where and how; a
question to the store is answered privately; a thank-you gets one short reply; a staff command asked politely runs. In
the group her own order and points asked in words are answered as "我的订单"/"我的积分" are. A staff adjustment's
balances go to the staff member; the group hears awards only. A draw is entered in her words."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest

from bot.direct import record_asked, thanked
from bot.events import GroupInfo, Member
from bot.language.own_records import COUPONS, ORDERS, POINTS, SIGNINS, SIGNUPS, asks_own, enters_draw
from tests.conftest import GROUP, OWNED, privately

OPEN_BUY = "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A"
OPEN_EVENT = "/活动 亲子烘焙 周六14:00 名额20 截止周五20:00"
YOUNG = GroupInfo("g3", "潮流青年群", "owner", (Member("owner", "王店长"), Member("amy", "小美")))


def _private(actions: list[dict], member: str) -> list[str]:
    assert not [a for a in actions if a["action"] == "say"], "said in a group"
    return [a["text"] for a in privately(member, actions)]


def _later(harness, minutes: int = 2):
    return harness.clock.now() + timedelta(minutes=minutes)


# --- the reader -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("麻烦问下 我这会儿积分有多少", POINTS), ("我那积分还剩几个", POINTS), ("积分咋看呀 我自己的", POINTS),
    ("俺的积分呢", POINTS), ("帮我查查积分", POINTS),
    ("我之前订了多少盒来着", ORDERS), ("俺要的是几袋啊 记不清了", ORDERS), ("我的单子呢", ORDERS),
    ("我都订了些啥", ORDERS),
    ("我报的是哪场活动", SIGNUPS), ("我报上了没", SIGNUPS), ("我报名的是几个人来着", SIGNUPS),
    ("我报了哪个", SIGNUPS),
    ("我有没有优惠券", COUPONS), ("我的代金券呢", COUPONS), ("俺还有券吗", COUPONS), ("我的券还有几张", COUPONS),
    ("我今天打过卡了吗", SIGNINS), ("我是不是已经签过到了", SIGNINS), ("我今天签上没", SIGNINS),
])
def test_her_own_records_in_her_words(text, kind):
    assert asks_own(text) == kind


@pytest.mark.parametrize("text", [
    "积分能抵多少钱", "一天签到能得几分积分", "积分怎么攒得快", "抽奖得花多少积分",  # the store's rules for points
    "积分过期吗", "签到给积分不",
    "我订了三盒", "我要订几盒好呢", "我订的几盒啥时候到", "她订了几份啊",  # an order, a delivery, another person
    "你报了几个人", "我报了名 几点集合", "我的券怎么用不了", "老公的积分多少",
])
def test_look_alikes_are_not_her_records(text):
    assert asks_own(text) is None


@pytest.mark.parametrize("text, word, entered", [
    ("我也要抽奖 想要那个杯子", "我要抽奖", True), ("我都要抽奖哈", "我要抽奖", True), ("俺参加抽奖", "我要抽奖", True),
    ("抽奖算我一个", "抽绘本", True), ("我也来参与抽奖", "抽绘本", True),
    ("我要抽奖吗 要积分不", "我要抽奖", False), ("抽奖几点开奖啊", "我要抽奖", False), ("我就不参加抽奖了", "我要抽奖", False),
    ("上次我没抽到奖", "我要抽奖", False), ("她要抽奖", "抽绘本", False),
])
def test_entering_a_draw_in_her_words(text, word, entered):
    assert enters_draw(text, word) is entered


@pytest.mark.parametrize("text", ["谢谢啦", "好的谢谢您", "多谢多谢～", "感谢！", "谢谢你呀"])
def test_thanks_alone(text):
    assert thanked(text)


@pytest.mark.parametrize("text", ["谢谢 我的积分多少", "谢谢小李分享", "不用谢", "你好"])
def test_thanks_beside_something_else_is_not_thanks_alone(text):
    assert not thanked(text) or record_asked(text)


@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_long_messages_are_read_quickly(size):
    for text in ("我" * size, "我订了" * (size // 3), "积分" * (size // 2), "群" * size, "我要抽奖也" * (size // 5),
                 "我的" + "啊" * size + "几份"):
        start = time.perf_counter()
        asks_own(text), enters_draw(text, "我要抽奖"), record_asked(text), thanked(text)
        assert time.perf_counter() - start < 0.5


# --- the private chat -----------------------------------------------------------------------------------------------

async def test_her_records_asked_privately_in_her_words(harness):
    await harness.say("g1", "amy", "签到")
    await harness.say("g1", "owner", OPEN_BUY)
    await harness.say("g1", "amy", "+2")
    [points] = _private(await harness.dm("amy", "你好 我现在积分多少啦"), "amy")
    assert points.startswith("【宝妈育儿群】您当前共有 5 积分")
    [orders] = _private(await harness.dm("amy", "我订的鸡蛋是几份来着 忘记了"), "amy")
    assert "鸡蛋30枚 2 份" in orders
    [signed] = _private(await harness.dm("amy", "我今天签过到了吗"), "amy")
    assert "今天已签到" in signed
    [coupons] = _private(await harness.dm("amy", "我有优惠券吗"), "amy")
    assert "优惠券" in coupons
    [signups] = _private(await harness.dm("amy", "我报了啥"), "amy")
    assert "还没有报名" in signups


async def test_several_groups_each_named_or_the_one_she_names(make_harness):
    harness = await make_harness(groups=[GROUP, OWNED, YOUNG])
    await harness.say("g1", "amy", "签到")
    both = _private(await harness.dm("amy", "我今天打卡了没"), "amy")
    assert both == [t for t in both if t.startswith("【")] and len(both) == 2
    assert "【宝妈育儿群】今天已签到" in both[0] and "【潮流青年群】今天还没签到，在群里发“签到”" in both[1]
    [young] = _private(await harness.dm("amy", "青年群的积分", at=_later(harness)), "amy")  # a short name
    assert young.startswith("【潮流青年群】您当前共有 0 积分")
    [moms] = _private(await harness.dm("amy", "那宝妈育儿群呢", at=_later(harness)), "amy")  # the same question
    assert moms.startswith("【宝妈育儿群】您当前共有 5 积分")


@pytest.mark.parametrize("text, told", [
    ("签到", "发“签到”"), ("帮我签个到吧", "发“签到”"),
    ("鸡蛋改成三份", "订单要在群里说"), ("鸡蛋我不要了 取消吧", "订单要在群里说"), ("再给我加一份鸡蛋", "订单要在群里说"),
    ("我报个名 我和老公两个", "报名要在群里说"), ("烘焙我去不了了 取消报名", "您现在没有报名"),  # (d34) none to cancel: said so
])
async def test_what_is_done_in_the_group_is_told_where(harness, text, told):
    await harness.say("g1", "owner", OPEN_BUY)
    await harness.say("g1", "owner", OPEN_EVENT)
    await harness.say("g1", "amy", "鸡蛋要两份")
    [answer] = _private(await harness.dm("amy", text), "amy")
    assert told in answer and "宝妈育儿群" in answer and "我的积分 · 签到记录" not in answer
    [orders] = _private(await harness.dm("amy", "我的订单"), "amy")
    assert "鸡蛋30枚 2 份" in orders  # nothing changed


@pytest.mark.parametrize("text, answer", [
    ("请问你们几点关门呀", "营业"), ("店开在哪里啊", "地址"), ("怎么报名活动呀", "回复“报名”"), ("签到要怎么弄", "发“签到”"),
])
async def test_store_questions_answered_privately(harness, text, answer):
    [reply] = _private(await harness.dm("amy", text), "amy")
    assert answer in reply


async def test_a_thank_you_gets_one_short_reply_never_the_menu(harness):
    [first] = _private(await harness.dm("amy", "好的 谢谢啦"), "amy")
    assert "不客气" in first and "我的积分 ·" not in first
    assert _private(await harness.dm("amy", "多谢多谢", at=_later(harness)), "amy") == []
    [menu] = _private(await harness.dm("amy", "在吗", at=_later(harness, 4)), "amy")  # a greeting still gets the menu
    assert "我的积分" in menu


@pytest.mark.parametrize("text", ["汇总一下", "汇总下吧", "/汇总", "统计一下"])
async def test_a_staff_command_asked_politely_runs(make_harness, text):
    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN_BUY)
    [answer] = _private(await harness.dm("staff", text), "staff")
    assert answer.startswith("📋") or "数据" in answer


# --- in the group ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我订了几盒来着？", "我之前要了几份啊", "我的单子是几份来着", "俺订的是多少份 忘了"])
async def test_her_order_asked_in_the_group_is_answered_as_my_orders(harness, text):
    await harness.say("g1", "owner", OPEN_BUY)
    await harness.say("g1", "amy", "+2")
    actions = await harness.say("g1", "amy", text, at=_later(harness))
    assert any("鸡蛋30枚 2 份" in t for t in [a["text"] for a in privately("amy", actions)])
    assert not any("份" in a["text"] and "接龙更新" in a["text"] for a in actions)  # no order taken


@pytest.mark.parametrize("text", ["我的积分呢？", "我积分还有多少", "积分攒了不少 也不知道咋查", "查一下我积分"])
async def test_her_points_asked_in_the_group_is_her_balance(harness, text):
    await harness.say("g1", "amy", "签到")
    [reply] = [a for a in await harness.say("g1", "amy", text) if a["action"] == "say"]
    assert reply["text"].startswith("您当前共有 5 积分") and reply["mentions"] == ["amy"]


@pytest.mark.parametrize("text", ["积分能换什么呀", "签到一回给几个积分呀", "我订了三份", "波波订了几份啊"])
async def test_group_look_alikes_unchanged(harness, text):
    await harness.say("g1", "owner", OPEN_BUY)
    actions = await harness.say("g1", "amy", text)
    assert not any("当前共有" in a["text"] or "您的团购订单" in a["text"] for a in actions)


# --- staff adjustments ----------------------------------------------------------------------------------------------

async def test_a_deduction_and_its_warning_stay_private_an_award_is_announced_labelled_by_role(harness):
    actions = await harness.say("g1", "staff", "/加积分 @小美 -30 测试", mentions=("amy",))
    assert [a["action"] for a in actions] == ["direct"] and actions[0]["to"] == "staff"
    assert "小美 现在共 -30 积分（已是负数" in actions[0]["text"]
    actions = await harness.say("g1", "staff", "/加积分 @小美 +50", mentions=("amy",))
    [said] = [a for a in actions if a["action"] == "say"]
    assert said["text"] == "🎉 小美 获得 50 积分（店员调整），谢谢支持！"  # an assistant's: not 群主调整
    assert "共" not in said["text"]
    [private] = privately("staff", actions)
    assert "小美 现在共 20 积分" in private["text"]
    owner = await harness.say("g1", "owner", "/加积分 @波波 +5", mentions=("bo",))
    assert any("群主调整" in a["text"] for a in owner if a["action"] == "say")


# --- the lottery ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我也要抽奖 杯子好看", "我参加抽奖", "抽奖算我一个", "俺也要抽奖哈"])
async def test_a_draw_entered_in_her_words(harness, text):
    await harness.say("g1", "owner", "/抽奖 奖品：保温杯 名额：1 口令：我要抽奖 截止：今晚8点")
    [reply] = [a for a in await harness.say("g1", "amy", text) if a["action"] == "say"]
    assert "报名成功" in reply["text"]


@pytest.mark.parametrize("text", ["我要抽奖吗", "抽奖几点开奖", "我不要抽奖", "她也要抽奖"])
async def test_draw_look_alikes_do_not_enter(harness, text):
    await harness.say("g1", "owner", "/抽奖 奖品：保温杯 名额：1 口令：我要抽奖 截止：今晚8点")
    assert not any("报名成功" in a["text"] for a in await harness.say("g1", "amy", text))
