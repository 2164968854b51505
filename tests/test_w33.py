"""w33: the waitlist asked for, going said alone under the event's post, "+1" with two fresh posts, a sign-up cancel said
to a friend, 签到 as a place — through the real pipeline (SQLite, every handler), with look-alikes that must stay as they were.

- "满了？？候补我", "那我候补一个", "满了吗 满了我排个队": a sign-up of her party — on the waitlist when the event is full,
  in when it is not; "我还在候补吗", "在医院排队" and the staff's notice are no sign-up;
- "我去", "那我去吧", "我去我去" just under the event's post sign up; long after it, under a group-buy's later post, or as a
  cry with more said ("我去！这么贵"), nothing;
- with a group-buy and an event both posted within 30 minutes, "+1" and "算我一个" are asked which; one post alone recent
  keeps the rule (the post just above);
- "去不了了 那天要回娘家" answering a friend's "你去不去" (after she asked the friend by name) keeps her sign-up; naming the
  event, she is asked once; her own cancel, said to no one, still cancels;
- "明天要去打疫苗 签到那边人好多" is no sign-in; "签到" still is.
"""
from __future__ import annotations

import time

import pytest
import sqlalchemy as sa

from bot.events import GroupInfo, Member
from bot.language import said_to, waitlist, which_post
from bot.language.signins import read_signin
from storage.models import ActivitySignup, GroupBuyOrder, SignIn
from tests.conftest import local, to

MEMBERS = (Member("fang", "阿芳"), Member("amy", "小美"), Member("bo", "波波"), Member("li", "李姐"), Member("zhou", "周周"),
           Member("tt", "婷婷"), Member("qq", "琪琪"))
GROUP = GroupInfo("g1", "宝妈育儿群", "owner", (Member("owner", "王店长"), Member("staff", "小李"), *MEMBERS))
BUY = "/开团 有机小米 ¥28 库存30 截止周五20:00 自提点A"  # 2026-11-23 is a Monday
EVENT = "/活动 圣诞亲子烘焙 周六14:00 名额{n} 截止周五20:00"
DAY = "2026-11-23"


async def _orders(harness) -> dict[str, int]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(GroupBuyOrder.member_id, GroupBuyOrder.quantity)).all())
    return {member: quantity for member, quantity in rows if quantity}


async def _seats(harness) -> dict[str, tuple[int, str]]:
    rows = await harness.db.read(lambda s: s.exec(
        sa.select(ActivitySignup.member_id, ActivitySignup.people, ActivitySignup.status)).all())
    return {member: (people, status) for member, people, status in rows if status != "cancelled"}


async def _signed_in(harness) -> set[str]:
    rows = await harness.db.read(lambda s: s.exec(sa.select(SignIn.member_id)).all())
    return {row[0] for row in rows}


async def _said(harness, member: str, text: str, at: str, **kw) -> list[dict]:
    replies = await harness.say("g1", member, text, at=local(f"{DAY} {at}"), **kw)
    return replies + await harness.drain()


async def _posted(make_harness, *posts: tuple[str, str]):
    harness = await make_harness(groups=[GROUP])
    for post, at in posts:
        await harness.say("g1", "owner", post, at=local(f"{DAY} {at}"))
    await harness.drain()
    return harness


async def _full(make_harness, places: int = 3):
    """The event (posted 09:00) full at 09:10: 李姐 2, 波波 1 (three places)."""
    harness = await _posted(make_harness, (EVENT.format(n=places), "09:00"))
    await _said(harness, "li", "报名 我们两个", "09:05")
    await _said(harness, "bo", "报名", "09:06")
    return harness


# --- #1: the waitlist asked for ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, people", [
    ("满了吗 满了我排个队", 1), ("满了？？候补我", 1), ("那我候补一个", 1), ("没位置了就排队吧 算我俩", 2),
    ("给我们排个候补 两个人", 2), ("候补两个", 2), ("满了的话帮我登记候补 我和老公", 2), ("俺也候补", 1),
    ("名额满了啊 那我排队+2", 2), ("候补也可以 就我一个人", 1),
])
async def test_asking_to_queue_when_full_goes_on_the_waitlist(make_harness, text, people):
    harness = await _full(make_harness)
    replies = await _said(harness, "qq", text, "09:20")
    assert (await _seats(harness))["qq"] == (people, "wait")
    assert any("候补第 1 位" in r["text"] for r in to("qq", replies))


async def test_the_queued_member_takes_the_freed_place_before_a_later_one(make_harness):
    harness = await _full(make_harness)
    await _said(harness, "qq", "满了？？候补我", "09:20")
    await _said(harness, "zhou", "报名", "09:21")
    replies = await _said(harness, "bo", "临时有事去不了了 取消报名", "09:30")
    seats = await _seats(harness)
    assert seats["qq"] == (1, "in") and seats["zhou"] == (1, "wait")
    assert any("qq" in r.get("mentions", ()) and "递补" in r["text"] or "qq" in r.get("mentions", ()) and "转为正式" in r["text"]
               for r in replies)


@pytest.mark.parametrize("text, people", [("那我候补一个", 1), ("满了吗 满了我排个队", 1), ("候补我们俩", 2)])
async def test_asking_to_queue_when_not_full_signs_up(make_harness, text, people):
    harness = await _posted(make_harness, (EVENT.format(n=10), "09:00"))
    await _said(harness, "qq", text, "09:20")
    assert (await _seats(harness))["qq"] == (people, "in")


@pytest.mark.parametrize("text", ["我还在候补吗", "在医院排队呢 好多人", "排队排了两个小时", "我去排个队", "候补的姐妹别着急",
                                  "排队", "能候补吗", "候补 我妈不去"])
async def test_queue_look_alikes_sign_up_nothing(make_harness, text):
    harness = await _full(make_harness)
    await _said(harness, "qq", text, "09:20")
    assert "qq" not in await _seats(harness)


async def test_the_staffs_notice_of_the_waitlist_signs_up_no_one(make_harness):
    harness = await _full(make_harness)
    await _said(harness, "staff", "满了 后面报名的排候补", "09:20")
    assert "staff" not in await _seats(harness)


# --- #2: going said alone under the event's post ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["我去", "那我去吧", "我去我去", "我也去", "好 我去", "我去。"])
async def test_going_said_alone_under_the_event_post_signs_up(make_harness, text):
    harness = await _posted(make_harness, (EVENT.format(n=10), "09:00"))
    await _said(harness, "qq", text, "09:10")
    assert (await _seats(harness))["qq"] == (1, "in")


@pytest.mark.parametrize("text", ["我去！这么贵", "我去了 拜拜", "我去买菜", "我去？"])
async def test_a_cry_or_going_elsewhere_under_the_post_signs_up_nothing(make_harness, text):
    harness = await _posted(make_harness, (EVENT.format(n=10), "09:00"))
    await _said(harness, "qq", text, "09:10")
    assert "qq" not in await _seats(harness)


async def test_going_said_alone_long_after_the_post_signs_up_nothing(make_harness):
    harness = await _posted(make_harness, (EVENT.format(n=10), "09:00"))
    await _said(harness, "qq", "我去", "10:30")
    assert "qq" not in await _seats(harness)


async def test_going_said_alone_under_a_later_group_buy_post_is_no_sign_up(make_harness):
    harness = await _posted(make_harness, (EVENT.format(n=10), "09:00"), (BUY, "09:40"))
    await _said(harness, "qq", "我去", "09:45")
    assert "qq" not in await _seats(harness) and await _orders(harness) == {}


async def test_going_said_alone_with_both_open_and_the_event_last_signs_up(make_harness):
    harness = await _posted(make_harness, (BUY, "09:00"), (EVENT.format(n=10), "09:05"))
    await _said(harness, "qq", "我去", "09:20")
    assert (await _seats(harness))["qq"] == (1, "in") and await _orders(harness) == {}


# --- #3: "+1" with both posts fresh is asked which -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["+1", "算我一个", "➕1"])
async def test_a_plus_one_with_both_posts_fresh_is_asked_which(make_harness, text):
    harness = await _posted(make_harness, (BUY, "09:00"), (EVENT.format(n=10), "09:05"))
    replies = await _said(harness, "qq", text, "09:08")
    assert await _seats(harness) == {} and await _orders(harness) == {}
    assert any("还是" in r["text"] and "有机小米" in r["text"] for r in to("qq", replies))
    await _said(harness, "qq", "订", "09:09")
    assert await _orders(harness) == {"qq": 1} and await _seats(harness) == {}


async def test_her_answer_to_the_which_question_signs_up(make_harness):
    harness = await _posted(make_harness, (EVENT.format(n=10), "09:00"), (BUY, "09:05"))
    await _said(harness, "qq", "+1", "09:08")
    await _said(harness, "qq", "报名", "09:09")
    assert await _seats(harness) == {"qq": (1, "in")} and await _orders(harness) == {}


@pytest.mark.parametrize("first, second, seats, orders", [
    (BUY, EVENT.format(n=10), {"qq": (1, "in")}, {}),  # the group-buy 40 minutes before: the event's post is the one above
    (EVENT.format(n=10), BUY, {}, {"qq": 1}),
])
async def test_one_post_alone_recent_keeps_the_post_above(make_harness, first, second, seats, orders):
    harness = await _posted(make_harness, (first, "08:20"), (second, "09:00"))
    await _said(harness, "qq", "+1", "09:05")
    assert await _seats(harness) == seats and await _orders(harness) == orders


@pytest.mark.parametrize("text, seats, orders", [("报名+1", {"qq": (1, "in")}, {}), ("小米+1", {}, {"qq": 1}),
                                                 ("我也去", {"qq": (1, "in")}, {}), ("要两袋", {}, {"qq": 2})])
async def test_a_message_naming_one_side_is_not_asked(make_harness, text, seats, orders):
    harness = await _posted(make_harness, (BUY, "09:00"), (EVENT.format(n=10), "09:05"))
    replies = await _said(harness, "qq", text, "09:08")
    assert not any("还是" in r["text"] for r in to("qq", replies))
    assert await _seats(harness) == seats and await _orders(harness) == orders


# --- #4: a sign-up cancel said to a friend ----------------------------------------------------------------------------


async def _signed_up_then_asked(make_harness, friend_text: str, her_question: str | None = "婷婷你周六去吗"):
    harness = await _posted(make_harness, (EVENT.format(n=10), "09:00"))
    await _said(harness, "fang", "那我报名 我跟儿子两个", "09:05")
    await _said(harness, "tt", "报名，2大1小", "09:06")
    if her_question:
        await _said(harness, "fang", her_question, "10:10", mentions=("tt",) if her_question.startswith("@") else ())
    await _said(harness, "tt", friend_text, "10:11")
    return harness


@pytest.mark.parametrize("question, answer, reply", [
    ("婷婷你周六去吗", "去呀 你去不去", "去不了了 那天要回娘家"),
    ("婷婷周六的活动你去不", "去的 你呢？", "我去不了了 孩子要补课"),
    ("@婷婷 你周六去吗", "当然去 你要不要一起", "不去了 家里有事"),
    ("婷姐 周六去不去呀", "肯定去 您去不去", "来不了了 要加班"),
])
async def test_a_cancel_answering_a_friend_keeps_her_sign_up(make_harness, question, answer, reply):
    harness = await _signed_up_then_asked(make_harness, answer, question)
    replies = await _said(harness, "fang", reply, "10:12")
    assert (await _seats(harness))["fang"] == (2, "in")
    assert to("fang", replies) == []


async def test_a_cancel_answering_a_friend_that_names_the_event_is_asked_once(make_harness):
    harness = await _signed_up_then_asked(make_harness, "去呀 你去不去")
    replies = await _said(harness, "fang", "烘焙我去不了了 那天要回娘家", "10:12")
    assert (await _seats(harness))["fang"] == (2, "in")
    assert [r["text"] for r in to("fang", replies)] == ["您是要取消“圣诞亲子烘焙”的报名吗？回复“是”确认～"]
    await _said(harness, "fang", "是", "10:13")
    assert "fang" not in await _seats(harness)


@pytest.mark.parametrize("friend_text, her_question", [
    ("去呀 你去不去", None),  # 婷婷 asks "you" but she had not spoken to 婷婷: to whom?
    ("你们去不去", "婷婷你周六去吗"),  # 你们: asked of everyone
    ("去呀 周六见", "婷婷你周六去吗"),  # no question to her
])
async def test_her_own_cancel_still_cancels(make_harness, friend_text, her_question):
    harness = await _signed_up_then_asked(make_harness, friend_text, her_question)
    await _said(harness, "fang", "去不了了 那天要回娘家", "10:12")
    assert "fang" not in await _seats(harness)


async def test_a_talk_long_ago_does_not_hold_her_cancel(make_harness):
    harness = await _signed_up_then_asked(make_harness, "去呀 你去不去")
    await _said(harness, "fang", "去不了了 那天要回娘家", "10:30")
    assert "fang" not in await _seats(harness)


async def test_an_order_cancel_answering_a_friend_keeps_her_order(make_harness):
    harness = await _posted(make_harness, (BUY, "09:00"))
    await _said(harness, "fang", "+2", "09:05")
    await _said(harness, "fang", "婷婷你还要小米吗", "10:10")
    await _said(harness, "tt", "要呀 你还要不要", "10:11")
    await _said(harness, "fang", "不要了 家里还有", "10:12")
    assert await _orders(harness) == {"fang": 2}


# --- #5: 签到 as a place ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["明天要去打疫苗 签到那边人好多", "签到那里排了好长的队", "体检中心 签到窗口就一个人",
                                  "婚礼签到的地方布置得好漂亮", "签到那儿有人发水", "开家长会 签到那边挤死了"])
async def test_the_sign_in_desk_as_a_place_is_no_sign_in(make_harness, text):
    harness = await _posted(make_harness)
    replies = await _said(harness, "qq", text, "10:46")
    assert await _signed_in(harness) == set() and to("qq", replies) == []


@pytest.mark.parametrize("text", ["签到", "签到 这边下雪了", "签到啦 那边人好多", "排队签到", "签到这边好冷"])
async def test_her_sign_in_still_signs_in(make_harness, text):
    harness = await _posted(make_harness)
    await _said(harness, "qq", text, "10:46")
    assert await _signed_in(harness) == {"qq"}


# --- the readers alone, and hostile input ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [("去呀 你去不去", True), ("那你呢？", True), ("你要不要也来一盒", True),
                                            ("你们去不去", False), ("去呀 周六见", False), ("你好", False)])
def test_asks_you(text, expected):
    assert said_to.asks_you(text) is expected


@pytest.mark.parametrize("size", [300, 5000])
@pytest.mark.parametrize("unit", ["满了", "候补", "排队", "我去", "那我", "去", "你", "签到那边", "要是", "+", "了", "我", "吗"])
def test_hostile_inputs_are_read_in_linear_time(size, unit):
    text = (unit * size)[:size]
    started = time.perf_counter()
    waitlist.asks_to_queue(text)
    which_post.going_alone(text)
    said_to.asks_you(text)
    said_to.names(text, "圣诞亲子烘焙" * 10)
    read_signin(text, ("签到", "打卡"), partner=False)
    assert time.perf_counter() - started < 1.0
