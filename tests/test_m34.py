"""m34: the private chat, her own records and her requests in her words. Her sign-ups asked with the event named; a
request for the staff (pass a message on, her data deleted, no @ in the group, an order under another name) passed on
privately and said so; the colour of her order is not kept on it; closing words acknowledged and her matter settled; a
lunar birthday named by its month alone; a draw's status asked privately, from the group that has the draw. The real
pipeline and SQLite (the e33 group and harness); the sentences are our own, with look-alikes that must not trigger."""
from __future__ import annotations

import time
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.events import GroupInfo, Member
from bot.language.birthday_said import told_birthday
from bot.language.own_records import SIGNUPS, asks_own
from bot.language.private_requests import (COLOUR, DELETION, NOT_MENTIONED, REQUEST, closes_matter, request_kind)
from storage.models import OpenQuestion
from tests.conftest import privately
from tests.test_e33 import EVENT, GROUP, MEMBERS, _harness, _with_event

# --- the readers --------------------------------------------------------------------------------------------------

REQUESTS = [
    ("我想注销 把我的资料都删掉", DELETION), ("麻烦帮我注销一下 以后不用了", DELETION), ("能不能删除我的个人信息", DELETION),
    ("俺的资料你们给清除了吧", DELETION), ("我要注销账号", DELETION),
    ("能不能别在群里@我 我不喜欢被点名", NOT_MENTIONED), ("以后别艾特我了行不", NOT_MENTIONED),
    ("不要老@我啊 烦", NOT_MENTIONED), ("我不想被点名 别在群里叫我名字", NOT_MENTIONED),
    ("围巾我订的是酒红色吧？你确认下", COLOUR), ("我要的是焦糖色对吧", COLOUR), ("俺订的是啥口味来着", COLOUR),
    ("我接龙的是L码吗", COLOUR),
    ("我儿子的电话是13812345678 你帮我转给店长 让他联系我儿子送货", REQUEST), ("麻烦你跟老板说一声 我明天晚点去拿", REQUEST),
    ("我能不能把我的订单挂在我妈名下 她不会弄", REQUEST), ("我想让我妈也进群 怎么拉她", REQUEST),
    ("帮我转告店长 门口的灯坏了", REQUEST), ("让店长给我回个电话吧", REQUEST),
    ("这是我闺女电话15900001111 送货的时候打给她", REQUEST),
]
NO_REQUEST = [
    "我把聊天记录删了 找不到订单了", "我的信用卡注销了 能用微信付吗", "别@我老公 他在上班", "有人@我吗 刚没看到",
    "我要酒红色的", "我买的红色毛衣很好看", "我订的是酒红色 谢谢", "我跟店长说过了", "你跟店长很熟吗",
    "店长让我转告大家明天不开门", "我妈已经进群了", "我的电话换了吗", "13812345678", "我的订单", "你们几点开门",
]
CLOSING = ["其实也还好啦 算了不用处理了", "店长回复我了 问题解决了 谢谢", "没事了 不用管了", "已经处理好了 谢谢你们",
           "搞定了 不用回了哈"]
NOT_CLOSING = ["问题解决了吗", "还没解决呢", "怎么还没处理好", "不用处理了吗？", "没处理 谁都不理我", "算了 我再问问店长怎么弄"]


def test_requests_and_their_look_alikes():
    assert [(t, k) for t, k in REQUESTS if request_kind(t) != k] == []
    assert [t for t in NO_REQUEST if request_kind(t) is not None] == []


def test_closing_words_and_their_look_alikes():
    assert [t for t in CLOSING if not closes_matter(t)] == []
    assert [t for t in NOT_CLOSING if closes_matter(t)] == []


def test_her_sign_ups_asked_with_the_event_named():
    for text in ("我报名那个绘本会了吗", "俺报上周六的亲子课了没", "我报名烘焙课成功了吗", "我有没有报名那个烘焙了没"):
        assert asks_own(text) == SIGNUPS, text
    for text in ("我报名那个绘本会了", "我老公报名绘本会了吗", "我报名那个绘本会了 你们呢", "我报了钢琴班 孩子可喜欢了"):
        assert asks_own(text) != SIGNUPS, text


def test_a_lunar_month_says_lunar_and_her_words_after_the_date():
    assert told_birthday("我生日是腊月十八 你记一下") == (12, 18, True)
    assert told_birthday("生日正月初六 您给记下") == (1, 6, True)
    assert told_birthday("我的生日冬月廿三 帮我登记一下") == (11, 23, True)
    assert told_birthday("我生日是3月8号 你记一下") == (3, 8, False)
    for text in ("我老公生日腊月十八 你记一下", "腊月十八有活动吗", "生日是腊月十八吗"):
        assert told_birthday(text) is None, text


@pytest.mark.parametrize("size", [300, 5000])
def test_readers_on_hostile_long_input_are_quick(size):
    texts = ["我" * size, "我订的" * (size // 3) + "色吧", "别" * size + "@我", "帮我" * (size // 2) + "转告店长",
             "不用处理了" * (size // 5), "我报名" * (size // 3) + "了吗", "1" * size, "进群" * (size // 2)]
    started = time.perf_counter()
    for text in texts:
        request_kind(text), closes_matter(text), asks_own(text), told_birthday(text)
        request_kind(text[:79]), closes_matter(text[:79])
    assert time.perf_counter() - started < 1.0


# --- in the private chat --------------------------------------------------------------------------------------------

def _staff_told(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if a.get("to") in ("owner", "staff")]


def _group_said(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if a.get("action", "say") == "say" and a.get("group")]


async def _statuses(harness) -> list[str]:
    return await harness.db.read(lambda s: list(s.exec(sa.select(OpenQuestion.status)).scalars()))


async def test_her_sign_ups_asked_privately_are_answered_from_her_record(make_harness):
    harness = await _with_event(make_harness, ("m0", "报名 我和老伴"))
    actions = await harness.dm("m0", "我报名那个烘焙课了吗", at=harness.clock.now() + timedelta(minutes=5))
    [answer] = [a["text"] for a in privately("m0", actions)]
    assert "亲子烘焙" in answer and "2 人" in answer and _staff_told(actions) == []


@pytest.mark.parametrize("text, said", [
    ("我儿子的电话是13812345678 你帮我转给店长 让他联系我儿子送货", "已经帮您转告"),
    ("我能不能把我的订单挂在我妈名下 她不会弄", "已经帮您转告"),
    ("我想注销 把我的资料都删掉", "核实是您本人"),
    ("能不能别在群里@我 我不喜欢被点名", "退订"),
])
async def test_a_request_is_passed_on_privately_and_said_so(make_harness, text, said):
    harness = await _harness(make_harness)
    actions = await harness.dm("m1", text)
    [answer] = [a["text"] for a in privately("m1", actions)]
    assert said in answer and "13812345678" not in answer
    assert len(_staff_told(actions)) == 2 and all(text in t for t in _staff_told(actions))
    assert _group_said(actions) == []  # her phone number and her wishes never reach the group
    assert await _statuses(harness) == ["private"]


async def test_a_deletion_asked_deletes_nothing_by_itself(make_harness):
    harness = await _harness(make_harness)
    await harness.say("g1", "m1", "签到")
    await harness.dm("m1", "我想注销 把我的资料都删掉", at=harness.clock.now() + timedelta(minutes=1))
    actions = await harness.dm("m1", "签到记录", at=harness.clock.now() + timedelta(minutes=2))
    assert any("已连续打卡 1 天" in a["text"] or "本月打卡 1 天" in a["text"] for a in privately("m1", actions))


async def test_the_colour_of_her_order_is_not_kept_on_it(make_harness):
    harness = await _harness(make_harness)
    actions = await harness.dm("m2", "围巾我订的是酒红色吧？你确认下")
    [answer] = [a["text"] for a in privately("m2", actions)]
    assert "不记在订单上" in answer and "乐龄健康群" in answer and _group_said(actions) == []
    again = await harness.dm("m2", "我要的是焦糖色对吧", at=harness.clock.now() + timedelta(minutes=1))
    assert privately("m2", again) == []  # once in 10 minutes


async def test_closing_words_settle_her_complaint_and_are_acknowledged(make_harness):
    harness = await _harness(make_harness)
    await harness.dm("m3", "我要投诉你们店员 上次态度很差 爱答不理的")
    actions = await harness.dm("m3", "其实也还好啦 算了不用处理了", at=harness.clock.now() + timedelta(minutes=5))
    [answer] = [a["text"] for a in privately("m3", actions)]
    assert "已解决" in answer and "私聊可以直接问" not in answer
    assert await _statuses(harness) == ["complaint_settled"]
    other = await harness.dm("m4", "没事了 不用管了")  # nothing of hers to settle: a short acknowledgement
    [answer] = [a["text"] for a in privately("m4", other)]
    assert "已解决" not in answer and "私聊可以直接问" not in answer


async def test_a_closing_look_alike_is_no_closing(make_harness):
    harness = await _harness(make_harness)
    await harness.dm("m3", "我要投诉你们店员 上次态度很差 爱答不理的")
    await harness.dm("m3", "问题解决了吗", at=harness.clock.now() + timedelta(minutes=5))
    assert "complaint_settled" not in await _statuses(harness)


# --- a draw's status privately --------------------------------------------------------------------------------------

YOUNG = GroupInfo("g2", "潮流青年群", "owner", (Member("owner", "王店长"), MEMBERS[0], Member("y1", "小夏")))
DRAW = "/抽奖 奖品：电热毯 名额：1 口令：我要电热毯 截止：今天上午11点"


async def test_a_draw_asked_privately_in_several_groups_is_answered_from_the_one_that_has_it(make_harness):
    harness = await make_harness(groups=[GROUP, YOUNG])
    await harness.say("g1", "owner", DRAW)
    await harness.say("g1", "m0", "我要电热毯")
    base = harness.clock.now()
    for text, later in (("我中奖了没有", 3), ("我中了没", 180), ("谁中了啊", 183)):  # before the draw, after it
        actions = await harness.dm("m0", text, at=base + timedelta(minutes=later))
        said = "\n".join(a["text"] for a in privately("m0", actions))
        assert "电热毯" in said and "这几个群里" not in said, text
        assert [a for a in actions if a.get("group") and a.get("action", "say") == "say" and text in a["text"]] == []


async def test_no_draw_lately_is_said_privately(make_harness):
    harness = await make_harness(groups=[GROUP, YOUNG])
    actions = await harness.dm("m0", "我中奖了吗")
    [answer] = [a["text"] for a in privately("m0", actions)]
    assert "最近没有抽奖" in answer and "乐龄健康群" in answer and "潮流青年群" in answer
    solo = await harness.dm("m1", "几点开奖啊")
    [answer] = [a["text"] for a in privately("m1", solo)]
    assert "最近没有抽奖" in answer and _staff_told(solo) == []
