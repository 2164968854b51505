"""e33: questions of the open event (places, coming with a party, her own standing), when of the group-buy (the next one,
when its goods can be had), a cancel naming the event's day, and a question passed to the staff told so at once. The
real pipeline and SQLite; the sentences are our own, none a corpus line, with look-alikes that must not trigger."""
from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from bot.events import GroupInfo, Member
from bot.language.event_asks import asks_own_signup, cannot_come, party_question
from bot.questions.buy_times import asks_next_buy, asks_pickup_when, pickup_says_when
from bot.questions.happening import asks_places, day_named, may_ask_places
from storage.models import ActivitySignup
from tests.conftest import TEST_CONFIG, local, to

CONFIG = TEST_CONFIG + """
  questions: {sla_minutes: 30, opening_hours: "09:00-21:00"}
"""
MEMBERS = tuple(Member(f"m{i}", name) for i, name in enumerate(("小美", "波波", "李姐", "阿珍", "小红", "老周")))
GROUP = GroupInfo("g1", "乐龄健康群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
EVENT = "/活动 亲子烘焙 周六14:00 名额3 截止周五20:00"  # Saturday 12 December
START = "2026-12-07 09:00"  # a Monday
PASSED_ON = "记下了"


def _text(actions: list[dict], member: str) -> str:
    return "\n".join(a["text"] for a in to(member, actions) if a.get("action", "say") == "say")


async def _signups(harness) -> dict[str, tuple[int, str]]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(ActivitySignup.member_id, ActivitySignup.people,
                                                            ActivitySignup.status)).all())
    return {member: (people, status) for member, people, status in rows if status != "cancelled"}


async def _harness(make_harness, config: str = CONFIG, start: str = START):
    return await make_harness(config, groups=[GROUP], start=local(start))


async def _with_event(make_harness, *signed: tuple[str, str]):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", EVENT)
    for member, text in signed:
        await harness.say("g1", member, text)
    return harness


# --- 1a. full? still places? ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["满了没 还能报吗", "满了吗？", "满没满 还能报名不", "名额满了没"])
async def test_full_asked_is_answered_with_the_places(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "我报名 2人"))
    said = _text(await harness.say("g1", "m2", text), "m2")
    assert "还剩 1 个名额" in said and await _signups(harness) == {"m0": (2, "in")}


async def test_full_asked_when_full_offers_the_waitlist(make_harness):
    harness = await _with_event(make_harness, ("m0", "我报名 3人"))
    assert "报满了" in _text(await harness.say("g1", "m2", "满了没 还能报吗"), "m2")


@pytest.mark.parametrize("text", ["游泳班满了没 还能报吗", "肚子吃得满满的", "我们小区停车位满了"])
async def test_full_look_alikes_are_not_the_events_places(make_harness, text):
    harness = await _with_event(make_harness)
    assert "名额" not in _text(await harness.say("g1", "m2", text), "m2")


# --- 1b. may we come, with a party? -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("我们家三口都去可以吗", 3), ("带孩子能来吗 两个大人一个小孩", 3), ("我们一家三口能参加吗", 3), ("两大一小可以报吗", 3),
    ("我和老公两个人能去吗", 2), ("我们三个人还能报吗", 3),
])
async def test_a_party_asking_to_come_hears_the_room_and_is_asked_once(make_harness, text, people):
    harness = await _with_event(make_harness)
    said = _text(await harness.say("g1", "m4", text), "m4")
    assert f"要给您报 {people} 人吗" in said and "还剩 3 个名额" in said
    assert await _signups(harness) == {}  # never signed up silently
    assert _text(await harness.say("g1", "m4", text), "m4") == ""  # asked once
    await harness.say("g1", "m4", "是")
    assert await _signups(harness) == {"m4": (people, "in")}


async def test_a_party_that_does_not_fit_hears_of_the_waitlist_and_its_yes_waits(make_harness):
    harness = await _with_event(make_harness, ("m0", "我报名 2人"))
    said = _text(await harness.say("g1", "m4", "我们一家三口能参加吗"), "m4")
    assert "只剩 1 个名额，不够 3 人" in said and "要给您报 3 人吗" in said
    assert "候补第 1 位" in _text(await harness.say("g1", "m4", "是的"), "m4")
    assert (await _signups(harness))["m4"] == (3, "wait")


async def test_a_party_question_with_no_count_is_asked_how_many(make_harness):
    harness = await _with_event(make_harness)
    said = _text(await harness.say("g1", "m3", "可以带孩子一起来吗"), "m3")
    assert "回复一共几位" in said and await _signups(harness) == {}
    await harness.say("g1", "m3", "2大1小")
    assert await _signups(harness) == {"m3": (3, "in")}


async def test_a_party_question_declined_signs_up_nothing(make_harness):
    harness = await _with_event(make_harness)
    await harness.say("g1", "m4", "我们家三口都去可以吗")
    await harness.say("g1", "m4", "不用了")
    assert await _signups(harness) == {}


@pytest.mark.parametrize("text", ["我们三个人报名", "报名 两大一小"])
async def test_a_plain_sign_up_is_still_taken_at_once(make_harness, text):
    harness = await _with_event(make_harness)
    await harness.say("g1", "m4", text)
    assert await _signups(harness) == {"m4": (3, "in")}


@pytest.mark.parametrize("text", ["能带吃的吗", "几点能来", "我们能一起拼单吗", "我们周六去不了", "可以带狗吗"])
async def test_party_look_alikes_are_no_offer(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "报名"))
    assert "要给您报" not in _text(await harness.say("g1", "m0", text), "m0")


async def test_no_event_open_no_offer(make_harness):
    harness = await _harness(make_harness)
    assert "要给您报" not in _text(await harness.say("g1", "m4", "我们一家三口能参加吗"), "m4")


# --- 1c. her own standing -----------------------------------------------------------------------------------------------

async def test_her_own_standing_is_answered_from_the_list(make_harness):
    harness = await _with_event(make_harness, ("m0", "我报名 2人"), ("m1", "报名 2人"))
    assert "已经报上“亲子烘焙”啦，2 人" in _text(await harness.say("g1", "m0", "我排上了没"), "m0")
    assert "候补第 1 位（2 人）" in _text(await harness.say("g1", "m1", "我们是排队的吗"), "m1")
    assert "还没有报名" in _text(await harness.say("g1", "m2", "我排上了吗"), "m2")
    assert "候补第 1 位" in _text(await harness.say("g1", "m1", "我是候补第几"), "m1")
    assert await _signups(harness) == {"m0": (2, "in"), "m1": (2, "wait")}  # asking changes nothing


@pytest.mark.parametrize("text", ["她排上了没", "排队的人多吗", "你排上了吗"])
async def test_standing_look_alikes_are_not_hers(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "报名"))
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "已经报上" not in said and "候补第" not in said


# --- 3. a cancel naming the event's day -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["宝宝发烧了 周六去不了了", "周六有事来不了了", "孩子感冒了 星期六参加不了了", "12号单位加班 来不了了"])
async def test_cannot_come_on_the_events_day_drops_out_and_the_waitlist_moves(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "我报名 2人"), ("m1", "报名"), ("m2", "报名"))
    actions = await harness.say("g1", "m0", text)
    said = _text(actions, "m0")
    assert "已为您取消“亲子烘焙”的报名" in said and "再回复“报名”" in said
    assert "候补转为正式" in _text(actions, "m2")
    assert await _signups(harness) == {"m1": (1, "in"), "m2": (1, "in")}
    await harness.say("g1", "m0", "报名")  # undone as told
    assert (await _signups(harness))["m0"] == (1, "in")


@pytest.mark.parametrize("text", ["周日有事来不了了", "周六可能去不了了", "宝宝发烧了 周六说不定来不了了", "周六去不了了吗？"])
async def test_another_day_or_a_doubt_is_asked_not_acted_on(make_harness, text):
    harness = await _with_event(make_harness, ("m0", "我报名 2人"))
    said = _text(await harness.say("g1", "m0", text), "m0")
    assert "已为您取消" not in said
    assert await _signups(harness) == {"m0": (2, "in")}


async def test_the_days_cancel_said_to_a_friend_changes_nothing(make_harness):
    harness = await _with_event(make_harness, ("m0", "我报名 2人"))
    await harness.say("g1", "m1", "@小美 周六一起去公园玩吗", mentions=("m0",))
    assert _text(await harness.say("g1", "m0", "周六去不了了 宝宝发烧"), "m0") == ""
    assert await _signups(harness) == {"m0": (2, "in")}


async def test_the_days_cancel_from_one_not_signed_up_is_silent(make_harness):
    harness = await _with_event(make_harness)
    assert await harness.say("g1", "m3", "宝宝发烧了 周六去不了了") == []


# --- 2. when of the group-buy -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["几号能拿到", "几点能拿", "什么时候到货", "哪天可以去取", "啥时候能提货呀"])
async def test_when_asked_without_a_time_set_is_not_fixed_and_the_staffs(make_harness, text):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A")
    said = _text(await harness.say("g1", "m4", text), "m4")
    assert "提货时间还没定" in said and "问店员" in said and "自提点A" not in said  # the when, not the where
    assert harness.bot.ctx.questions.next_due() is not None  # watched for the staff


async def test_when_asked_with_a_time_in_the_pickup_is_told(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提：周六上午 小区南门")
    assert "周六上午 小区南门提货" in _text(await harness.say("g1", "m4", "几号能拿到"), "m4")


async def test_when_and_where_asked_together_say_both(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A")
    said = _text(await harness.say("g1", "m4", "几点在哪里拿"), "m4")
    assert "提货时间还没定" in said and "提货地点：自提点A" in said


@pytest.mark.parametrize("text, says", [("在哪里拿货呀", "在自提点A提货"), ("几点截单", "20:00 截单")])
async def test_where_and_the_cut_off_keep_their_answers(make_harness, text, says):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A")
    said = _text(await harness.say("g1", "m4", text), "m4")
    assert says in said and "提货时间" not in said


@pytest.mark.parametrize("text", ["明天还开团不", "下次什么时候开团", "还会开团吗"])
async def test_the_next_group_buy_asked(make_harness, text):
    harness = await _harness(make_harness)
    said = _text(await harness.say("g1", "m4", text), "m4")
    assert "现在没有正在进行的团购" in said and "店员会在群里通知" in said
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A")
    said = _text(await harness.say("g1", "m5", text), "m5")
    assert "现在正在团鸡蛋30枚" in said and "20:00 截单" in said


@pytest.mark.parametrize("text", ["怎么跟团", "今天团的是什么", "我还要团一份"])
async def test_next_buy_look_alikes(make_harness, text):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A")
    assert "下一次开团" not in _text(await harness.say("g1", "m4", text), "m4")


# --- 4. a question passed to the staff is told so at once ----------------------------------------------------------------

async def test_a_question_for_the_staff_is_told_so_once(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    assert PASSED_ON in _text(await harness.say("g1", "m0", "你们家有豆浆粉卖吗"), "m0")
    assert _text(await harness.say("g1", "m0", "你们家有豆浆粉卖吗"), "m0") == ""  # the same again: silence
    assert _text(await harness.say("g1", "m0", "有没有卖藕粉的"), "m0") == ""  # (r33) another question within the hour: silence too


async def test_outside_the_staffs_hours_she_hears_when_they_answer(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 21:30")
    assert "09:00上班后会回复您" in _text(await harness.say("g1", "m0", "你们家有豆浆粉卖吗"), "m0")


async def test_quiet_hours_holding_replies_hear_no_note(make_harness):
    config = CONFIG + "  posting: {replies_in_quiet_hours: false}\n"
    harness = await _harness(make_harness, config=config, start="2026-12-07 23:00")
    assert await harness.say("g1", "m0", "你们家有豆浆粉卖吗") == []


async def test_an_answered_question_gets_no_note(make_harness):
    harness = await _harness(make_harness, start="2026-12-07 10:00")
    said = _text(await harness.say("g1", "m0", "你们几点开门"), "m0")
    assert said and PASSED_ON not in said


# --- pure readers, and hostile input ------------------------------------------------------------------------------------

def test_readers():
    assert party_question("我们家三口都去可以吗") == "我们家三口都去"
    assert party_question("能带吃的吗") is None and party_question("几点能来") is None
    assert asks_own_signup("我排上了没") and asks_own_signup("报上了吗") and not asks_own_signup("她排上了没")
    assert cannot_come("宝宝发烧了 周六去不了了") and not cannot_come("周六可能去不了了") and not cannot_come("她去不了了")
    assert asks_next_buy("明天还开团不") and not asks_next_buy("怎么跟团")
    assert asks_pickup_when("几号能拿到") and not asks_pickup_when("在哪里拿货呀") and not asks_pickup_when("这批蛋是什么时候生的")
    assert pickup_says_when("周六上午 小区南门") and not pickup_says_when("自提点A")
    saturday, monday = date(2026, 12, 12), date(2026, 12, 7)
    assert day_named("周六去不了了", saturday, monday) == "event" and day_named("12号来不了", saturday, monday) == "event"
    assert day_named("周日去不了了", saturday, monday) == "other" and day_named("去不了了", saturday, monday) == ""
    assert asks_places("满了没 还能报吗", "亲子烘焙") and not asks_places("游泳班满了没 还能报吗", "亲子烘焙")


@pytest.mark.parametrize("size", [300, 5000])
def test_new_patterns_on_long_input_are_quick(size):
    texts = ["满" * size, "满了没" * (size // 3), "我们" * (size // 2), "可以" * (size // 2), "能能" * (size // 2),
             "去不了" * (size // 3), "几点" * (size // 2), "什么时候" * (size // 4), "开团" * (size // 2),
             "排上了没" * (size // 4), "周六" * (size // 2), "12号" * (size // 3), "下次" * (size // 2)]
    started = time.perf_counter()
    for text in texts:
        party_question(text)
        asks_own_signup(text)
        cannot_come(text)
        asks_next_buy(text)
        asks_pickup_when(text)
        pickup_says_when(text)
        may_ask_places(text)
        asks_places(text, "亲子烘焙")
        day_named(text, date(2026, 12, 12), date(2026, 12, 7))
    assert time.perf_counter() - started < 1.0


async def test_with_a_group_buy_open_too_a_party_question_is_still_asked(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "owner", "/开团 鸡蛋30枚 ¥25 库存50 截止20:00 自提点A")
    await harness.say("g1", "owner", EVENT)
    assert "要给您报 3 人吗" in _text(await harness.say("g1", "m5", "带孩子能来吗 两个大人一个小孩"), "m5")
    assert await _signups(harness) == {}
    await harness.say("g1", "m5", "是")
    assert await _signups(harness) == {"m5": (3, "in")}
