"""f34: the second review of the day's merges, each finding through the real pipeline (SQLite, every handler).

1. an order of the open product beside a question of other goods is booked, only the goods asked noted; cooking chat
   beside a stock question is no stock question;
2. a complaint in the group names the store (its goods, people, group-buys); ordinary grumbling is silent;
3. a sign-in beside a complaint signs in, and the staff hear the complaint;
4. an order beside a complaint is booked, and the staff hear the complaint (no second group line);
5. replies held by quiet hours: only FAQ answers wait for the morning, one a member; never "已私信您" late;
6. someone outside her household (a classmate, a neighbour's husband) is not her party;
7. "加一份给我妈" orders (or adds to her order) the open product;
8. one ``staff_to_tell``: members' words reach ``questions.notify`` when set;
9. a member's repeated private complaints are one counted row.

The sentences are the engineer's own, none a corpus line."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.chain.not_in_buy import goods_asked, order_beside
from bot.language.complaints import about_the_store, complaint, complaint_said
from bot.language.event_asks import kin_cannot_come
from bot.language.intents import read_order
from storage.models import OpenQuestion
from tests.conftest import TEST_CONFIG, local, privately, to
from tests.test_d34 import COMPLAINTS, _group_said, _kept, _staff_told
from tests.test_e33 import CONFIG, _harness, _signups, _text, _with_event
from tests.test_k34 import EGGS, NOT_IN_IT, _open, _orders, _said
from tests.test_operations import run_until

# --- 1. an order beside a question of other goods ------------------------------------------------------------------

@pytest.mark.parametrize("text, goods, count", [
    ("小葱来两份，蒜有没有", "蒜", 2), ("来两份 有没有香菜", "香菜", 2), ("我要三份 鸡蛋有吗", "鸡蛋", 3),  # the review's
    ("给我留一份 土豆有没有呀", "土豆", 1), ("我订两份哈，请问有没有生姜", "生姜", 2), ("要4份 番茄有木有", "番茄", 4),
    ("韭菜有没有 小葱来三份", "韭菜", 3),
])
async def test_an_order_beside_a_stock_question_is_booked_and_the_goods_noted(make_harness, text, goods, count):
    harness = await _open(make_harness)
    actions = await _said(harness, "m1", text)
    said = "\n".join(a["text"] for a in to("m1", actions))
    assert f"{goods}{NOT_IN_IT}" in said and "只有小葱" not in said, said
    assert await _orders(harness) == {"m1": count}
    [note] = privately("owner", actions)
    assert f"“{goods}”" in note["text"]


@pytest.mark.parametrize("text", ["蒜有没有？来两头", "有没有鸡蛋 有的话来一板", "土豆有吗？要三斤"])
async def test_a_count_after_the_question_is_still_the_goods_asked(make_harness, text):
    harness = await _open(make_harness)
    actions = await _said(harness, "m1", text)
    assert any(NOT_IN_IT in a["text"] for a in to("m1", actions)) and await _orders(harness) == {}


@pytest.mark.parametrize("text", ["有鸡蛋吗 我想做葱花炒蛋", "家里有蒜没有 我看看", "有没有香菜啊 炒个菜用", "姜有吗 冰箱里好像没了"])
async def test_cooking_and_home_beside_a_stock_question_is_not_told_the_buy_lacks_it(make_harness, text):
    harness = await _open(make_harness)
    actions = await _said(harness, "m1", text)
    assert not any(NOT_IN_IT in a["text"] for a in actions)
    assert not any("这次团购是小葱" in a["text"] for a in privately("owner", actions))


def test_order_beside_reader():
    assert order_beside("我要三份 鸡蛋有吗", "小葱") == "我要三份"
    assert order_beside("蒜有没有 小葱来两份", "小葱") == "小葱来两份"
    for text in ("蒜有没有？来两头", "蒜有没有 来两份", "鸡蛋来两板 有没有蒜", "有鸡蛋吗 我想做葱花炒蛋"):
        assert order_beside(text, "小葱") == "", text
    for text in ("来两份 " * 50 + "蒜有没有", "蒜有没有" + "来" * 5000, "想做" * 2500):
        started = time.perf_counter()
        goods_asked(text, "小葱"), order_beside(text, "小葱")
        assert time.perf_counter() - started < 0.5


# --- 2. a complaint in the group names the store ---------------------------------------------------------------------

REVIEWED = ["你们都到了吗？我还没到", "回家发现手机坏了", "你们家孩子发烧了没 我家的一直没退", "昨天买的鞋子开线了 在商场买的",
            "我买的股票跌惨了 太坑了", "今天拿的快递破了", "孩子拉肚子了 昨天在你们家吃了冰淇淋", "你们那边还没送到吗 我这边快递一直没到",
            "群里买的面膜效果一般般 不过也不是坏了"]
GRUMBLING = ["你们到哪了 我还在路上没到", "大家都到齐了没 我还没出门", "我家洗衣机又坏了 烦死", "回来一看车胎破了 倒霉",
             "老公买的西装开线了 还是名牌", "早上起来嗓子疼 感冒了", "娃的作业本被狗撕烂了", "网购的裙子掉色了 差评",
             "楼上又在装修 吵死了 太过分了", "你们那下雨了没 我这还没下", "我妈的降压药吃完了 还没去买", "今天股市又绿了 太坑了",
             "你们说孩子一直不退烧咋办", "我们家空调坏了 师傅一直没来", "我在医院排队 等了三个小时都没到我", "拼多多买的锅漏了",
             "你们几点出发 我还没收拾好", "同事借我的钱到现在还没还", "这天气太坑人了 说下雨又不下", "回家路上手机摔碎了",
             "他们家的狗一直叫 太过分了", "我买的彩票又没中 太坑", "宝宝发烧一直没退 愁死了", "昨天在商场买的口红断了",
             "你们看到我家猫没 一直没回家", "快递说今天到 结果到现在都没动静", "超市买的酸奶胀袋了", "你们都收到通知了吗 我还没收到",
             "我家那口子到现在都没给我买生日礼物", "刚拿的驾照 开车手抖"]
STORES = ["昨天团的鸡蛋好几个都臭了", "你们送的米到现在还没到", "在你们店买的牛奶过期了", "群里买的橙子全是烂的",
          "店里的小姑娘态度太差了", "接龙的大米生虫了 气人"]


def test_group_grumbling_is_no_complaint_and_the_stores_still_are():
    assert len(GRUMBLING) >= 25
    assert [t for t in REVIEWED + GRUMBLING if complaint_said(t, private=False)] == []
    assert [t for t in STORES if not complaint_said(t, private=False)] == []
    assert all(about_the_store(t) for t, _ in COMPLAINTS if complaint_said(t, private=False) is None) is True
    assert complaint_said("我要投诉", private=True) and not complaint_said("我买的股票跌惨了 太坑了", private=False)
    for text in ("你们" * 2500, "买的坏了" * 1250, "不是坏了" * 75):
        started = time.perf_counter()
        complaint_said(text, private=False), complaint(text)
        assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("text", REVIEWED[:5] + ["你们到哪了 我还在路上没到", "刚拿的驾照 开车手抖"])
async def test_group_grumbling_hears_no_sorry_and_tells_no_one(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    actions = await harness.say("g1", "m3", text)
    assert "已转告" not in _text(actions, "m3") and not any("【投诉】" in t for t in _staff_told(actions))


# --- 3. a sign-in beside a complaint -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["签到 昨天买的菜不新鲜", "签到！今天拿的鸡蛋碎了两个", "打卡 前天团的草莓烂了一半",
                                  "签到签到 在你们店买的面包发霉了"])
async def test_a_sign_in_beside_a_complaint_signs_in_and_the_staff_hear(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    actions = await harness.say("g1", "m2", text)
    assert "签到成功" in _text(actions, "m2") and "已转告" not in _text(actions, "m2")
    assert _staff_told(actions) and all("【投诉】" in t for t in _staff_told(actions))
    assert len(await _kept(harness, "complaint")) == 1


@pytest.mark.parametrize("text", ["签到", "签到 昨天买的菜真新鲜", "签到 我家洗衣机坏了 烦"])
async def test_a_sign_in_without_a_complaint_tells_no_one(make_harness, text):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    actions = await harness.say("g1", "m2", text)
    assert "签到成功" in _text(actions, "m2") and _staff_told(actions) == []


# --- 4. an order beside a complaint ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, count", [("上次买的鸡蛋碎了好几个 这次还要两板", 2), ("上回团的鸡蛋坏了两个，再来一份吧", 1),
                                         ("之前拿的鸡蛋有两个臭了 这次还是要三份", 3)])
async def test_an_order_beside_a_complaint_is_booked_and_the_staff_hear(make_harness, text, count):
    harness = await _open(make_harness, EGGS)
    actions = await _said(harness, "m1", text)
    assert await _orders(harness) == {"m1": count}
    assert any("【投诉】" in a["text"] for a in privately("owner", actions))
    assert not any("已转告" in a["text"] for a in actions)  # the order's own reply only


@pytest.mark.parametrize("text", ["上次买的鸡蛋真好 这次还要两板", "鸡蛋来两板", "我家冰箱坏了 鸡蛋先来两板放阳台"])
async def test_an_order_without_a_complaint_tells_no_one(make_harness, text):
    harness = await _open(make_harness, EGGS)
    actions = await _said(harness, "m1", text)
    assert await _orders(harness) == {"m1": 2}
    assert not any("【投诉】" in a["text"] for a in actions)


# --- 5. replies held by quiet hours ------------------------------------------------------------------------------------

QUIET_REPLIES_OFF = CONFIG + "  posting: {replies_in_quiet_hours: false}\n"


async def test_only_faq_answers_wait_for_the_morning_one_a_member(make_harness):
    harness = await _harness(make_harness, config=QUIET_REPLIES_OFF, start="2026-12-07 23:10")
    night = [("m0", "/积分"), ("m1", "/帮助"), ("m2", "/排行榜"), ("m3", "你们几点开门呀"), ("m3", "店里几点关门"),
             ("m4", "查下我的订单"), ("m5", "店里早上几点营业啊")]
    actions = []
    for minutes, (member, text) in enumerate(night):
        actions += await harness.say("g1", member, text, at=local("2026-12-07 23:10") + timedelta(minutes=30 * minutes))
    actions += await run_until(harness, local("2026-12-08 07:30"))
    morning = [a for a in actions if a.get("group") and a.get("action", "say") == "say"
               and a["t"] >= local("2026-12-08 07:00").isoformat() and a.get("mentions")]
    # no help, board, balance, "已私信您": the hours, to m3 once, and to m5 (with it, or "同上" pointing to it)
    assert [a["text"] for a in morning if "营业" not in a["text"] and "同上" not in a["text"]] == []
    assert 1 <= len(morning) <= 2 and sum("m3" in a["mentions"] for a in morning) == 1


# --- 6. someone outside her household ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["女儿说她同学明天要考试 他去不了了", "隔壁王姐说她家老公去不了了", "老公说他同事周六去不了",
                                  "儿子说他朋友周六来不了", "楼下张哥说他家孩子去不了", "我闺蜜说她儿子去不了了"])
async def test_someone_elses_people_are_not_her_party(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "报名 我们三个"))
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "改成 2 人吗" not in said, said
    assert await _signups(harness) == {"m0": (3, "in")}


@pytest.mark.parametrize("text", ["女儿说她周六要补课 她去不了了", "邻居家办事 老公去不了了", "隔壁家里有事 我老公去不了了",
                                  "老公说他周六去不了"])
def test_her_own_kin_still_cannot_come(text):
    assert kin_cannot_come(text)


def test_kin_reader_on_hostile_input():
    for text in ("隔壁" * 150, "老公说他" * 1250, "女儿说她同学" * 50 + "去不了", "她家老公" * 75):
        started = time.perf_counter()
        kin_cannot_come(text)
        assert time.perf_counter() - started < 0.5


# --- 7. "加一份给我妈" ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["还能订吗 加一份给我妈", "加一份给我妈", "加两份给我婆婆", "+一份给我闺女"])
async def test_a_portion_added_for_her_kin_is_ordered(make_harness, text):
    harness = await _open(make_harness, EGGS)
    await _said(harness, "m1", "我要两份")
    await _said(harness, "m1", text, at="2026-11-23 09:20")
    await _said(harness, "m2", text, at="2026-11-23 09:21")
    added = read_order(text).amount
    assert await _orders(harness) == {"m1": 2 + added, "m2": added}


def test_the_plus_is_never_the_item():
    for text in ("加一份给我妈", "还能订吗 加一份给我妈", "+两份给我婆婆"):
        reading = read_order(text)
        assert reading is not None and reading.item == "" and reading.sure, text
    for text in ("加油 一份给我妈", "加班到现在 一份都没订"):
        reading = read_order(text)
        assert reading is None or "+" not in reading.item


# --- 8. one staff_to_tell ------------------------------------------------------------------------------------------------

async def test_members_words_reach_questions_notify(make_harness):
    from bot.events import GroupInfo, Member
    from tests.test_k34 import MEMBERS, SCALLIONS
    group = GroupInfo("g1", "小区团购群", "owner", (Member("owner", "王店长"), Member("desk", "前台"), *MEMBERS))
    harness = await make_harness(TEST_CONFIG + "  questions: {notify: [desk]}\n", groups=[group])
    await harness.say("g1", "owner", SCALLIONS, at=local("2026-11-23 09:00"))
    actions = await _said(harness, "m1", "蒜有没有？来两头")
    assert privately("desk", actions) and not privately("owner", actions)


# --- 9. one member's repeated complaints, one row --------------------------------------------------------------------

async def test_repeated_private_complaints_are_one_counted_row(make_harness):
    harness = await _harness(make_harness)
    start = harness.clock.now()
    for n in range(12):
        await harness.dm("m0", f"我要投诉 第{n + 1}次", at=start + timedelta(seconds=4 * n))
    await harness.dm("m1", "你们店员凶我 我要投诉", at=start + timedelta(minutes=1))
    rows = await harness.db.read(lambda s: s.exec(sa.select(OpenQuestion.member_id, OpenQuestion.text, OpenQuestion.said)
                                                  .where(OpenQuestion.status == "complaint")).all())
    assert sorted(rows) == [("m0", "我要投诉 第12次", 12), ("m1", "你们店员凶我 我要投诉", 1)]
    later = start + timedelta(hours=1)
    await harness.dm("m0", "我要投诉 又来了", at=later)
    assert len(await _kept(harness, "complaint")) == 3  # after the window, a row of its own
