"""d34: complaints and personal requests heard by the store and kept private. A complaint (group or private) reaches
the owner and assistants at once and is kept for the dashboard; she hears once that the store has it (briefly in the
group); a private request nothing answers is passed on privately, never sent back to the group; her order asked to be
shown is shown, never taken for a new order; a private "签到" or "取消报名" says what she already has. The real
pipeline and SQLite (the e33 group and harness); the sentences are our own, with look-alikes that must not trigger."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.language.complaints import (DELIVERY, GENERAL, PRIZE, QUALITY, REFUND, SERVICE, asks_kept_private, complaint,
                                     unheard)
from bot.language.own_records import ORDERS, asks_own
from storage.models import OpenQuestion
from tests.conftest import privately
from tests.test_e33 import EVENT, _harness, _text

# --- the complaint reader, measured ---------------------------------------------------------------------------------

COMPLAINTS = [
    ("前天在你们店拿的鸡蛋 打开好几个都是臭的 臭了", QUALITY), ("昨天团的草莓 回家一看烂了一半", QUALITY),
    ("买的面包还没到日子就发霉了", QUALITY), ("俺在恁家买的挂面里头有虫子嘞", QUALITY),
    ("刚拿回去的牛奶是过期的 过期了三天", QUALITY), ("团购的大米里有石子 硌到牙了", QUALITY),
    ("买了两斤排骨 回去一称缺斤少两", QUALITY), ("昨天买嘅豆腐一股味 臭咗 坏了", QUALITY),
    ("孩子吃了你们家的蛋糕拉肚子了", QUALITY), ("收到的坚果胀袋了 还有点哈喇味 不敢吃", QUALITY),
    ("上礼拜买的故事书缺页了", QUALITY),
    ("你们那个收银的小姑娘态度太差了 翻白眼", SERVICE), ("店员服务态度恶劣 问个价格都不耐烦", SERVICE),
    ("昨儿去店里 老板给我甩脸色 啥意思嘛", SERVICE), ("你们客服爱答不理的", SERVICE), ("送货的师傅凶我 态度好差", SERVICE),
    ("上周订的米到现在还没送到", DELIVERY), ("团的水果等了一个礼拜都没到货", DELIVERY),
    ("我下单的东西到今天都没发货 咋回事", DELIVERY),
    ("抽奖中的那个电饭煲到现在也没给我", PRIZE), ("上回中奖的奖品一直没发 问了也没人说", PRIZE),
    ("我抽中的保温杯过了半个月还没拿到", PRIZE),
    ("退款到现在还没到账", REFUND), ("说好的退钱 拖了一周了还没退", REFUND), ("东西坏了店里不给退 太过分了", REFUND),
    ("我要投诉你们店 真的是受够了", GENERAL), ("这事你们得给个说法", GENERAL), ("你们这是黑店吧 再也不来了", GENERAL),
    ("侬拉店里向哪能搞的 我要投诉", GENERAL),
]
LOOKALIKES = [
    "我要投诉我老公 天天打游戏", "投诉一下老天爷 又下雨了", "今天堵车堵得我想投诉", "我家娃作业写到十点 我要投诉老师布置太多",
    "上次投诉的那个事店长已经处理好了 谢谢", "之前那袋有虫的已经给我换了 服务挺好", "你们家的牛肉干太好吃了 好吃到想投诉 哈哈哈",
    "小米容易生虫吗 怎么保存", "万一坏了能退吗", "草莓放冰箱能放多久 会坏吗", "我老公态度很差 不理人", "孩子不理人 叛逆期",
    "天气预报说明天下雪 路上别摔了", "外卖到现在还没送到 饿死了", "淘宝买的衣服一直没发货", "我的奖品呢", "抽奖什么时候开始",
    "退货怎么退", "可以退款吗", "物业态度太差了 电梯又坏了", "昨天买的苹果真甜 孩子爱吃", "我订的那箱鸡蛋到店了没", "鸡蛋买了两盒 +1",
    "坏了坏了 忘记签到了", "我妈问了三次了 你们几点开门", "今天店员小李特别热情 点赞", "单位食堂的饭菜发霉了 真恶心",
    "别家超市买的酸奶过期了 还好没喝", "群里别信那些冒充客服的 都是骗人的", "买多了吃不完 放坏了好几个 可惜",
    "饿了么点的奶茶洒了一半 差评", "邻居投诉我家狗叫 烦死了", "粽子买早了会不会坏 怕放不住",
]


def test_complaint_table_precision_and_recall():
    found = [(text, kind, complaint(text)) for text, kind in COMPLAINTS]
    false_alarms = [text for text in LOOKALIKES if complaint(text) is not None]
    hits = sum(1 for _, _, got in found if got is not None)
    recall, precision = hits / len(COMPLAINTS), hits / (hits + len(false_alarms))
    assert len(COMPLAINTS) >= 25 and len(LOOKALIKES) >= 25
    assert recall == 1.0 and precision == 1.0, ([t for t, _, got in found if got is None], false_alarms)
    assert [(t, k) for t, k, got in found if got != k] == []  # and each of its kind


def test_unheard_and_kept_private_readers():
    for text in ("我问了三次了 没人理我", "问了好几遍都没回", "说了两次了 一直没回"):
        assert unheard(text), text
    for text in ("我妈问了三次了 你们几点开门", "之前没人回 后来店长已经处理好了", "我家孩子不理人"):
        assert not unheard(text), text
    for text in ("别在群里说啊 我不想让别人知道", "千万别发群里", "不要让别人知道哈", "不想在群里讲"):
        assert asks_kept_private(text), text
    for text in ("群里说就行", "在群里发签到吗", "别忘了明天来拿", "大家都知道了"):
        assert not asks_kept_private(text), text


@pytest.mark.parametrize("size", [300, 5000])
def test_readers_on_hostile_long_input_are_quick(size):
    texts = ["买的" * (size // 2), "投诉" * (size // 2), "到现在" * (size // 3) + "没给", "态度" * (size // 2) + "差",
             "问了" * (size // 2), "别" * size + "群里", "我的订单" * (size // 4), "发" * size + "我的订单",
             "抽奖中的" * (size // 4) + "一直" * (size // 2)]
    started = time.perf_counter()
    for text in texts:
        complaint(text), unheard(text), asks_kept_private(text), asks_own(text)
    assert time.perf_counter() - started < 1.0


# --- a complaint privately ------------------------------------------------------------------------------------------

def _staff_told(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if a.get("to") in ("owner", "staff")]


def _group_said(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if a.get("action", "say") == "say" and a.get("group")]


async def _kept(harness, status: str) -> list[str]:
    return await harness.db.read(lambda s: list(s.exec(sa.select(OpenQuestion.text).where(
        OpenQuestion.status == status)).scalars()))


@pytest.mark.parametrize("text", ["我上周在你们店买的奶粉 收银员态度很差 我要投诉", "你们店员凶我 我要投诉",
                                  "团的橙子拿回家全是烂的 气死了"])
async def test_a_private_complaint_reaches_the_staff_and_stays_private(make_harness, text):
    harness = await _harness(make_harness)
    actions = await harness.dm("m0", text)
    [answer] = [a["text"] for a in privately("m0", actions)]
    assert "已转告店长" in answer and "订单要在群里说" not in answer
    assert len(_staff_told(actions)) == 2 and all("【投诉】" in t and text in t for t in _staff_told(actions))
    assert _group_said(actions) == []
    assert await _kept(harness, "complaint") == [text]
    follow = await harness.dm("m0", "别在群里说啊 我不想让别人知道")
    [answer] = [a["text"] for a in privately("m0", follow)]
    assert "不会发到群里" in answer and _group_said(follow) == []


async def test_a_prize_never_given_lists_her_prizes_and_tells_the_owner(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "staff", "/奖品 @小美 保温杯", mentions=("m0",))
    actions = await harness.dm("m0", "上个月抽奖中的那个保温杯到现在都没给我 怎么回事啊")
    [answer] = [a["text"] for a in privately("m0", actions)]
    assert "已转告店长" in answer and "保温杯（还没兑现）" in answer
    assert any("/兑现" in t for t in _staff_told(actions))
    again = await harness.dm("m0", "我问了三次了 没人理我", at=harness.clock.now() + timedelta(minutes=5))
    [answer] = [a["text"] for a in privately("m0", again)]
    assert "店长都收到了" in answer and _staff_told(again) == []  # told a moment ago: kept, not sent again
    assert await _kept(harness, "complaint") == ["我问了三次了 没人理我"]  # (f34) one row, her last words, said twice


async def test_a_private_lookalike_is_no_complaint(make_harness):
    harness = await _harness(make_harness)
    for text in ("我要投诉我老公 天天打游戏", "小米容易生虫吗 怎么保存", "上次投诉的那个事店长已经处理好了 谢谢"):
        actions = await harness.dm("m1", text)
        assert not any("【投诉】" in t for t in _staff_told(actions)), text
        assert not any("已转告店长" in a["text"] for a in privately("m1", actions)), text


# --- a complaint in the group ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我昨天买的那个小米回家一看生虫子了 这可咋整", "昨天团的鸡蛋好几个都臭了",
                                  "俺在恁家买的挂面里头有虫子嘞"])
async def test_a_group_complaint_of_goods_is_answered_briefly_and_reaches_the_staff(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    actions = await harness.say("g1", "m2", text)
    [said] = [a["text"] for a in actions if "m2" in a.get("mentions", ())]
    assert "已转告店员" in said and "可退换" in said  # the returns entry of the FAQ
    assert len(_staff_told(actions)) == 2 and "在群里" in _staff_told(actions)[0]


async def test_a_group_complaint_is_noted_once_in_half_an_hour(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "m2", "昨天团的鸡蛋好几个都臭了")
    later = await harness.say("g1", "m2", "你们店员态度也太差了", at=harness.clock.now() + timedelta(minutes=3))
    assert _text(later, "m2") == "" and _staff_told(later) == []
    assert await _kept(harness, "complaint") == ["你们店员态度也太差了"]  # (f34) kept on her one row, her last words


@pytest.mark.parametrize("text", ["我要投诉我老公 天天打游戏", "今天堵车堵得我想投诉", "物业态度太差了 电梯又坏了",
                                  "之前那袋有虫的已经给我换了 服务挺好"])
async def test_group_lookalikes_are_no_complaint(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    actions = await harness.say("g1", "m3", text)
    assert not any("【投诉】" in t for t in _staff_told(actions)) and "已转告" not in _text(actions, "m3")


async def test_staff_saying_complaint_words_are_not_complaining(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    actions = await harness.say("g1", "staff", "有顾客说买的小米生虫了 我去看看")
    assert not any("【投诉】" in t for t in _staff_told(actions))


# --- a private request nothing answers --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我老公生日5月20号 能帮他登记吗", "请问你们店招不招兼职 宝妈能做的那种",
                                  "你们收不收旧家电 以旧换新那种"])
async def test_a_private_request_is_passed_on_privately_never_to_the_group(make_harness, text):
    harness = await _harness(make_harness)
    actions = await harness.dm("m4", text)
    [answer] = [a["text"] for a in privately("m4", actions)]
    assert "已转告店员" in answer and "群里" not in answer
    assert any("【私聊请求】" in t for t in _staff_told(actions)) and _group_said(actions) == []
    assert len(await _kept(harness, "private")) == 1


@pytest.mark.parametrize("text", ["你们几点开门", "明天会下雪吗", "谢谢啦"])
async def test_what_is_answered_privately_is_not_passed_on(make_harness, text):
    harness = await _harness(make_harness)
    actions = await harness.dm("m4", text)
    assert _staff_told(actions) == [] and await _kept(harness, "private") == []


# --- her order asked to be shown ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["我的订单 发群里嘛 懒得看私信", "把我订单发出来看看", "帮我查下订单", "发下我的单子看看"])
async def test_her_order_asked_is_shown_never_a_new_order(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A")
    await harness.say("g1", "m1", "+3")
    actions = await harness.say("g1", "m1", text, at=harness.clock.now() + timedelta(minutes=2))
    said = "\n".join(a["text"] for a in actions)
    assert "鸡蛋30枚 3 份" in said and "您是要订" not in said and "改为" not in said


@pytest.mark.parametrize("text", ["我的订单改成3份", "我的单子不要了", "把订单发给我老公", "帮我下个订单"])
def test_order_changes_and_others_are_not_her_order_asked(text):
    assert asks_own(text) != ORDERS


# --- a private sign-in or cancel says what she has --------------------------------------------------------------------

async def test_private_sign_in_when_signed_says_so(make_harness):
    harness = await _harness(make_harness)
    first = await harness.dm("m0", "签到")
    assert "请到“乐龄健康群”里发“签到”" in privately("m0", first)[0]["text"]
    await harness.say("g1", "m0", "签到")
    [answer] = [a["text"] for a in privately("m0", await harness.dm("m0", "签到"))]
    assert "今天已经签过到" in answer


async def test_private_cancel_with_no_sign_up_says_so_and_names_the_open_event(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", EVENT)
    [answer] = [a["text"] for a in privately("m1", await harness.dm("m1", "取消我的报名"))]
    assert "没有报名" in answer and "亲子烘焙" in answer
    await harness.say("g1", "m1", "报名")
    [answer] = [a["text"] for a in privately("m1", await harness.dm("m1", "取消我的报名"))]
    assert "取消报名" in answer and "没有报名" not in answer  # signed up: told to cancel in the group, as before


async def test_complaints_and_requests_are_listed_for_the_review_page(make_harness):
    from functools import partial

    from storage.questions import heard_since
    harness = await _harness(make_harness)
    await harness.dm("m0", "你们店员凶我 我要投诉")
    await harness.dm("m1", "你们收不收旧家电 以旧换新那种")
    rows = await harness.db.read(partial(heard_since, since=harness.clock.now() - timedelta(days=1)))
    assert sorted(r.status for r in rows) == ["complaint", "private"]


@pytest.mark.parametrize("text", ["上次的鸡蛋坏了好几个 这次再来两份", "上回买的鸡蛋臭了俩 这次还要一份 挑好点的"])
async def test_a_complaint_with_an_order_keeps_the_order(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A")
    actions = await harness.say("g1", "m5", text)
    assert "接龙更新" in "\n".join(a["text"] for a in actions)
