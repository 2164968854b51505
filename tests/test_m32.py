"""m32: a weight ordered of goods sold by weight is portions; /开团 names a catalogue product by its name's pieces; a closed
group-buy answers "还能订吗"; a question naming another day than the event's is told its day; an event has a place, set
and changed by staff, posted and answered. The real pipeline and SQLite (PostgreSQL too when QUNBOT_TEST_DATABASE_URL is
set, as every harness test); the sentences are our own, none a corpus line."""
from __future__ import annotations

import time
from datetime import date

import pytest
import sqlalchemy as sa

from bot.chain import weights
from bot.events import GroupInfo, Member
from bot.language.names import find
from bot.questions.happening import asks_event_place, other_day_named
from storage.models import Activity, GroupBuy, GroupBuyOrder
from tests.conftest import TEST_CONFIG, local, to


CONFIG = TEST_CONFIG + """
  questions: {sla_minutes: 30, opening_hours: "09:00-21:00"}
"""
MEMBERS = tuple(Member(f"m{i}", name) for i, name in enumerate(("小美", "波波", "李姐", "阿珍", "小红", "老周")))
GROUP = GroupInfo("g1", "乐龄健康群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
DATES = "/开团 新疆和田大枣 截止明天20:00 自提：小区南门"  # 1kg a portion
START = "2026-12-07 09:00"  # a Monday


def _text(actions: list[dict], member: str) -> str:
    return "\n".join(a["text"] for a in to(member, actions) if a.get("action", "say") == "say")


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows}


async def _harness(make_harness):
    return await make_harness(CONFIG, groups=[GROUP], start=local(START))


# --- 1. a weight of goods sold by weight ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, portions", [
    ("枣子给我称两斤", 1), ("我要1公斤", 1), ("来一千克", 1), ("我要四斤", 2), ("给我称两公斤", 2), ("大枣我要四斤", 2),
])
async def test_a_weight_that_divides_is_so_many_portions(make_harness, text, portions):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", DATES)
    actions = await harness.say("g1", "m0", text)
    assert await _orders(harness) == {"m0": portions}, actions
    assert f"小美 {portions} 份" in _text(actions, "m0")


@pytest.mark.parametrize("text", ["给我来三斤", "我要一斤半", "大枣要五斤", "我要一斤"])
async def test_a_weight_that_does_not_divide_is_asked_once_and_the_count_answered(make_harness, text):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", DATES)
    asked = _text(await harness.say("g1", "m1", text), "m1")
    assert "每份 1kg，您要几份？" in asked and await _orders(harness) == {}
    await harness.say("g1", "m1", "那就2份吧")
    assert await _orders(harness) == {"m1": 2}


async def test_a_weight_answering_how_many_is_portions_too(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", DATES)
    await harness.say("g1", "m1", "给我来三斤")
    await harness.say("g1", "m1", "那就四斤")
    assert await _orders(harness) == {"m1": 2}


@pytest.mark.parametrize("text, portions", [("我要两袋", 2), ("+2", 2), ("两份", 2), ("大枣来3包", 3)])
async def test_a_count_of_bags_stays_a_count(make_harness, text, portions):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", DATES)
    await harness.say("g1", "m2", text)
    assert await _orders(harness) == {"m2": portions}


# (k34) "要两斤" of "鸡蛋30枚" (sold by the tray, no weight to divide by) is asked, not booked as 2: tests/test_k34.py.
@pytest.mark.parametrize("buy, text, portions", [
    ("/开团 散装红枣 ¥15 库存50 截止明天20:00", "给我称三斤", 3),  # sold by the 斤: its count is the weight's
    ("/开团 手工黑芝麻汤圆 截止明天20:00", "要两斤", 2),  # 500 g a portion: 两斤 is two of them
    ("/开团 东北五常小米 截止明天20:00", "我要五斤", 1),  # 2.5 kg a portion
])
async def test_goods_not_sold_by_that_weight_keep_their_count_or_divide_by_their_own(make_harness, buy, text, portions):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", buy)
    await harness.say("g1", "m3", text)
    assert await _orders(harness) == {"m3": portions}


def test_weights_read_as_said():
    assert weights.portion("新疆和田大枣 1kg") == (1000, "1kg") and weights.portion("红枣5斤装") == (2500, "5斤")
    assert weights.portion("鸡蛋30枚") is None and weights.portion("有机苹果泥 6 袋装") is None
    for text, expected in [("两斤", 1), ("2kg", 2), ("一千克", 1), ("三斤", None), ("两袋", True), ("12一斤", True),
                           ("15元/斤", True), ("5斤装的", True), ("一袋两斤的", True)]:
        assert weights.portions(text, "新疆和田大枣 1kg", 2) == expected, text


# --- 2. /开团 by a shortened or reordered name ------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["新疆大枣", "大枣新疆", "和田大枣", "黑芝麻汤圆"])
async def test_a_name_made_of_the_products_pieces_opens_it(make_harness, typed):
    harness = await _harness(make_harness)
    [opened] = await harness.say("g1", "owner", f"/开团 {typed} 截止明天20:00")
    assert "团购开团：" in opened["text"] and "您是说" not in opened["text"], opened
    assert ("新疆和田大枣 1kg" if "枣" in typed else "手工黑芝麻汤圆 500g") in opened["text"]


@pytest.mark.parametrize("typed, meant", [
    ("新疆和田枣", ["新疆和田大枣 1kg"]), ("和田玉枣", ["新疆和田大枣 1kg"]),
    ("新疆小米", ["新疆和田大枣 1kg", "东北五常小米 2.5kg"]), ("东北大枣", ["新疆和田大枣 1kg", "东北五常小米 2.5kg"]),
])
async def test_a_weak_match_or_several_is_asked(make_harness, typed, meant):
    harness = await _harness(make_harness)
    [asked] = await harness.say("g1", "owner", f"/开团 {typed} 截止明天20:00")
    assert f"商品库里没有“{typed}”" in asked["text"] and "团购开团" not in asked["text"]
    assert all(f"“{name}”" in asked["text"] for name in meant), asked
    assert ("回复“是”" in asked["text"]) is (len(meant) == 1)


async def test_a_weak_match_is_opened_by_the_staffs_yes(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", "/开团 新疆和田枣 截止明天20:00 自提：小区南门")
    [opened] = await harness.say("g1", "owner", "是")
    assert "团购开团：新疆和田大枣 1kg" in opened["text"] and "小区南门" in opened["text"]


@pytest.mark.parametrize("typed, says", [
    ("/开团 新疆葡萄干 ¥30 库存10 截止明天20:00", "团购开团：新疆葡萄干"),  # its own goods, priced: no catalogue product
    ("/开团 和田大枣礼盒 ¥88 库存5 截止明天20:00", "团购开团：和田大枣礼盒"),
    ("/开团 五常大米 截止明天20:00", "您是说“东北五常小米 2.5kg”吗"),
    ("/开团 羊毛围巾 截止明天20:00", "您是说“羊绒混纺围巾”吗"),
])
async def test_look_alikes_keep_their_answers(make_harness, typed, says):
    harness = await _harness(make_harness)
    [said] = await harness.say("g1", "owner", typed)
    assert says in said["text"], said


async def test_the_unknown_name_is_said_as_typed_not_its_first_word(make_harness):
    harness = await _harness(make_harness)
    [said] = await harness.say("g1", "owner", "/开团 ¥25 新疆葡萄干 截止明天20:00")
    assert "库存" in said["text"] and "“¥25”" not in said["text"]
    [said] = await harness.say("g1", "owner", "/开团 火星苹果 截止明天20:00")
    assert "商品库里没有“火星苹果”" in said["text"]


def test_find_by_pieces():
    named = {"新疆和田大枣 1kg": 1, "东北五常小米 2.5kg": 2, "羊绒混纺围巾": 3}
    assert find("新疆大枣", named).thing == 1 and find("围巾羊绒", named).thing == 3
    assert find("和田玉枣", named).thing is None and find("和田玉枣", named).suggestions == ("新疆和田大枣 1kg",)
    assert find("新疆小米", named).thing is None and len(find("新疆小米", named).suggestions) == 2
    assert find("枣", named).thing == 1  # contained, as before


# --- 3. a closed group-buy asked whether she can still order ------------------------------------------------------------

@pytest.mark.parametrize("text", ["还能订吗", "现在还能接龙不", "我还能要一份吗",
                                  "截单了吗", "还可以跟团不"])
async def test_after_the_cut_off_can_i_still_order_is_answered_closed(make_harness, text):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", DATES)
    await harness.say("g1", "m0", "+1", at=local("2026-12-07 09:05"))
    await harness.say("g1", "owner", "/截单", at=local("2026-12-07 10:30"))
    said = _text(await harness.say("g1", "m4", text, at=local("2026-12-07 10:40")), "m4")
    assert "已经截单了" in said and "12月07日 10:30" in said, said
    late = _text(await harness.say("g1", "m4", "+1", at=local("2026-12-07 10:41")), "m4")
    assert "截单" in late and await _orders(harness) == {"m0": 1}  # told, never stored
    buy = await harness.db.read(lambda s: s.exec(sa.select(GroupBuy)).scalars().one())
    assert buy.status == "closed" and buy.closed_at == local("2026-12-07 10:30")


async def test_closed_at_its_cut_off_says_that_time(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", "/开团 新疆和田大枣 截止20:00")
    said = _text(await harness.say("g1", "m4", "还能订吗", at=local("2026-12-07 20:30")), "m4")
    assert "已经截单了（12月07日 20:00" in said, said


@pytest.mark.parametrize("text", ["汤圆还能订吗", "还能报名吗", "今天天气怎么样", "还剩几份"])
async def test_closed_look_alikes_are_not_told_it_is_closed(make_harness, text):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", DATES)
    await harness.say("g1", "owner", "/截单", at=local("2026-12-07 10:30"))
    said = _text(await harness.say("g1", "m4", text, at=local("2026-12-07 10:40")), "m4")
    assert "已经截单了" not in said, said


async def test_with_a_group_buy_open_the_open_answer_stays(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", DATES)
    said = _text(await harness.say("g1", "m4", "还能订吗"), "m4")
    assert "还能订" in said and "已经截单" not in said


async def test_with_no_group_buy_ever_it_stays_the_staffs(make_harness):
    harness = await _harness(make_harness)
    assert "记下了" in _text(await harness.say("g1", "m4", "还能订吗"), "m4")  # (e33) told at once it went to the staff


# --- 4. the event's time asked of another day ---------------------------------------------------------------------------

EVENT = "/活动 亲子烘焙 周六14:00 名额20"  # Saturday 12 December


@pytest.mark.parametrize("text, day", [("周日几点", "周日"), ("星期天几点开始", "星期天"), ("明天几点开始", "明天"),
                                       ("13号几点开始", "13号"), ("下周六几点集合", "下周六")])
async def test_another_day_named_hears_the_events_own_day(make_harness, text, day):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", EVENT)
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert f"不在{day}" in said and "12月12日周六 14:00" in said, said


@pytest.mark.parametrize("text", ["周六几点", "礼拜六几点呀", "12号几点开始", "几点开始啊"])
async def test_its_own_day_or_none_is_answered_as_before(make_harness, text):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", EVENT)
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "亲子烘焙：12月12日周六 14:00 开始" in said and "不在" not in said, said


@pytest.mark.parametrize("text, not_said", [("周日几点开门", "亲子烘焙"), ("周日游泳课几点", "亲子烘焙")])
async def test_a_day_of_the_shop_or_another_thing_is_not_the_events(make_harness, text, not_said):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", EVENT)
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert not_said not in said, said


def test_other_day_named():
    saturday, monday = date(2026, 12, 12), date(2026, 12, 7)
    assert other_day_named("周日几点", saturday, monday) == "周日"
    assert other_day_named("周六几点", saturday, monday) is None
    assert other_day_named("12月12日几点", saturday, monday) is None
    assert other_day_named("后天几点", saturday, monday) == "后天"
    assert other_day_named("几点开始", saturday, monday) is None


# --- 5. the event's place ------------------------------------------------------------------------------------------------

PLACED = "/活动 亲子烘焙 周六14:00 名额20 地点：店里二楼烘焙教室"


@pytest.mark.parametrize("text", ["在哪里举行", "活动在哪儿", "地点在哪里呀", "去哪里集合", "烘焙课在哪上", "这次活动在什么地方办"])
async def test_the_place_is_answered_from_the_event(make_harness, text):
    harness = await _harness(make_harness)
    [posted] = await harness.say("g1", "owner", PLACED)
    assert "地点：店里二楼烘焙教室" in posted["text"]
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "亲子烘焙在店里二楼烘焙教室举行" in said, said


@pytest.mark.parametrize("text, expected", [("店在哪", "幸福路"), ("在哪里拿货", None), ("游泳课在哪上", None),
                                            ("老公在哪儿上班", None), ("活动在哪报名", "报名")])
async def test_place_look_alikes_are_not_the_events(make_harness, text, expected):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", PLACED)
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "店里二楼烘焙教室" not in said, said
    if expected:
        assert expected in said


async def test_without_a_place_the_shops_address_answers_and_staff_set_it_later(make_harness):
    harness = await _harness(make_harness)
    [posted] = await harness.say("g1", "owner", EVENT)
    assert "地点" not in posted["text"]
    said = _text(await harness.say("g1", "m0", "活动在哪儿"), "m0")
    assert "亲子烘焙在店里举行" in said and "幸福路 88 号" in said, said
    [set_] = await harness.say("g1", "staff", "/活动地点 社区活动中心三楼")
    assert "地点：社区活动中心三楼" in set_["text"] and not set_["mentions"]
    said = _text(await harness.say("g1", "m1", "在哪里举行"), "m1")
    assert "社区活动中心三楼" in said
    [changed] = await harness.say("g1", "owner", "/地点 店里二楼")
    assert "店里二楼" in changed["text"]
    place = await harness.db.read(lambda s: s.exec(sa.select(Activity.place)).scalars().one())
    assert place == "店里二楼"


async def test_without_a_place_or_an_address_the_staff_answer(make_harness):
    harness = await make_harness(CONFIG + "  faq: {enabled: false}\n", groups=[GROUP], start=local(START))
    await harness.say("g1", "owner", EVENT)
    assert "记下了" in _text(await harness.say("g1", "m0", "活动在哪儿"), "m0")  # (e33) told at once it went to the staff


async def test_place_command_errors(make_harness):
    harness = await _harness(make_harness)
    [none] = await harness.say("g1", "owner", "/活动地点 店里二楼")
    assert "没有正在报名的活动" in none["text"]
    await harness.say("g1", "owner", EVENT)
    [empty] = await harness.say("g1", "owner", "/活动地点")
    assert "请写上活动地点" in empty["text"]
    assert await harness.say("g1", "m0", "/活动地点 我家") and not await harness.db.read(
        lambda s: s.exec(sa.select(Activity.place)).scalars().one())  # members may not
    [long] = await harness.say("g1", "owner", "/活动 读书会 周日10:00 名额5 地点：" + "很远" * 40)
    assert "地点请写在" in long["text"]


async def test_the_reminder_names_the_place(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", "/活动 亲子烘焙 明天14:00 名额20 地点：店里二楼")
    await harness.say("g1", "m0", "报名")
    seen = len(harness.actions)
    await harness.sim.advance_to(local("2026-12-08 13:30"))
    await harness.sim.drain()
    said = " ".join(a.get("text", "") for a in harness.actions[seen:])
    assert "温馨提醒" in said and "地点：店里二楼" in said, said


def test_asks_event_place():
    assert asks_event_place("在哪里举行", "亲子烘焙") and asks_event_place("亲子烘焙在哪", "亲子烘焙")
    assert not asks_event_place("店在哪", "亲子烘焙") and not asks_event_place("游泳课地点在哪", "亲子烘焙")


# --- hostile input: the new patterns stay linear --------------------------------------------------------------------

@pytest.mark.parametrize("size", [300, 5000])
def test_new_patterns_on_long_input_are_quick(size):
    texts = ["两斤" * (size // 2), "1" * size, "一" * size, "周" * size, "在哪" * (size // 2), "哪里" * (size // 2),
             ("活动" + "课" * 5) * (size // 7), "地点" * (size // 2), "12月" * (size // 3), "新疆大枣" * (size // 4)]
    weights.weights_said("一斤半")  # numbers read once before the clock starts
    started = time.perf_counter()
    for text in texts:
        weights.weights_said(text)
        weights.portions(text, "新疆和田大枣 1kg", 2)
        asks_event_place(text, "亲子烘焙")
        other_day_named(text, date(2026, 12, 12), date(2026, 12, 7))
        find(text, {"新疆和田大枣 1kg": 1, "东北五常小米 2.5kg": 2})
    assert time.perf_counter() - started < 1.0


# --- 6. what the bot holds between messages survives a restart ----------------------------------------------------------

async def test_a_suggestion_survives_a_restart(make_harness):
    harness = await make_harness(CONFIG, groups=[GROUP], start=local(START), db_name="suggest.db")
    await harness.say("g1", "owner", "/开团 新疆和田枣 截止明天20:00 自提：小区南门")
    await harness.bot.stop()
    again = await make_harness(CONFIG, groups=[GROUP], start=local("2026-12-07 09:02"), db_name="suggest.db")
    assert await again.say("g1", "staff", "是") == []  # another staff member's yes
    [opened] = await again.say("g1", "owner", "是")
    assert "团购开团：新疆和田大枣 1kg" in opened["text"] and "小区南门" in opened["text"]
    assert await again.say("g1", "owner", "是") == []  # once


@pytest.mark.parametrize("said, when", [("是", "2026-12-07 09:12"), ("好的呀 谢谢", "2026-12-07 09:02")])
async def test_a_suggestion_lapsed_or_talked_past_stays_lapsed_after_a_restart(make_harness, said, when):
    harness = await make_harness(CONFIG, groups=[GROUP], start=local(START), db_name="lapse.db")
    await harness.say("g1", "owner", "/开团 新疆和田枣 截止明天20:00")
    if said != "是":
        await harness.say("g1", "owner", "大家下午好", at=local("2026-12-07 09:01"))  # anything else first: it lapses
    await harness.bot.stop()
    again = await make_harness(CONFIG, groups=[GROUP], start=local(when), db_name="lapse.db")
    assert not any("团购开团" in a.get("text", "") for a in await again.say("g1", "owner", "是", at=local(when)))


async def test_a_coupon_suggestion_keeps_its_mentions_across_a_restart(make_harness):
    config = CONFIG + """
coupons:
  campaigns:
    - {id: c-winter, title: 冬季满减券, face_value: 20, threshold: 100, quantity: 5, valid_days: 7}
"""
    harness = await make_harness(config, groups=[GROUP], start=local(START), db_name="coupon.db")
    await harness.say("g1", "owner", "/发券 冬季券 @小美", mentions=("m0",))
    await harness.bot.stop()
    again = await make_harness(config, groups=[GROUP], start=local("2026-12-07 09:01"), db_name="coupon.db")
    actions = await again.say("g1", "owner", "是的")
    assert any(a["action"] == "direct" and a["to"] == "m0" for a in actions), actions


async def test_the_later_post_is_known_after_a_restart(make_harness):
    harness = await make_harness(CONFIG, groups=[GROUP], start=local(START), db_name="posts.db")
    await harness.say("g1", "owner", EVENT, at=local("2026-12-07 09:00"))
    await harness.say("g1", "owner", DATES, at=local("2026-12-07 09:40"))  # the group-buy posted last (w33: alone recent)
    await harness.bot.stop()
    again = await make_harness(CONFIG, groups=[GROUP], start=local("2026-12-07 09:42"), db_name="posts.db")
    await again.say("g1", "m0", "+1", at=local("2026-12-07 09:42"))
    assert await _orders(again) == {"m0": 1}
    asked = _text(await again.say("g1", "m1", "+1", at=local("2026-12-07 10:30")), "m1")  # long after: asked which
    assert "还是" in asked and await _orders(again) == {"m0": 1}
