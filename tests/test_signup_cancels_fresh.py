"""Sign-up cancels and restated sizes by mechanism (V11, bot/language/signup_changes.py), on phrasings written for these
tests (none is a corpus line): who drops out, what is dropped, whether it is decided; the new total after a change word,
an arrow, a drop-out or a stand-in. Then, through the real pipeline and SQLite, a cancel after a real sign-up frees the
place, a size restated changes the party, and a look-alike leaves it alone."""
from __future__ import annotations

import pytest

from bot.language.intents import Reading
from bot.language.signups import read_signup
from tests.conftest import to

CANCEL, ASKED = Reading("signup_cancel"), Reading("signup_cancel", sure=False)


@pytest.mark.parametrize("text", [
    "不好意思各位 周六临时要加班 烘焙课我去不了了",  # a reason before, an apology, the event named
    "读书会那边我退出了 最近实在太忙",  # pulling out of the event, a reason after
    "手工课咱家不参加了 娃这两天咳嗽",  # the household drops out
    "插花体验取消吧 公司年会撞了",  # the event named by what it is, a request
    "抱歉抱歉 茶话会放鸽子了",  # standing the event up
    "周日的包粽子 俺们不克了",  # 克 for 去, 俺们 for 我们
    "义诊我嫑去了 腰疼",  # 嫑 for 不要
    "我奶奶让我跟群里说一声 她讲座不去了",  # her own household's word passed on: hers to pass on
])
def test_a_member_dropping_out_is_acted_on(text):
    assert read_signup(text) == CANCEL


@pytest.mark.parametrize("text", [
    "替楼上刘阿姨说一声 她包饺子不去了",  # a neighbour's word: her own sign-up, or the member's for her? asked
    "估计周六去不了了",  # probably, not decided
    "我不去了 名额给我表妹吧",  # her place handed to someone named: a swap the staff make
])
def test_a_probable_cancel_is_asked_once(text):
    assert read_signup(text) == ASKED


@pytest.mark.parametrize("text", [
    "孩子的钢琴课这周取消了 老师生病",  # a school class called off
    "高铁票退了 改坐大巴",  # a ticket
    "今天太冷了 公园不去了",  # a place, not the event
    "她们几个都不去了 听说要下雨",  # others' news
    "取消？那不行 我盼了好久",  # the cancel denied
    "想报又担心临时去不了",  # a fear, no decision
    "自动续费记得取消",  # a subscription
    "刚才那条消息撤回了",  # a message taken back
    "每盒改成6个了",  # what a box holds, not a party
])
def test_look_alikes_are_no_cancel_or_resize(text):
    assert read_signup(text) is None


@pytest.mark.parametrize("text, people", [
    ("我们报名人数 3→2 老大要补课", 2),  # an arrow
    ("我家改成四个人 姥姥也想来", 4),  # 改成, a reason after
    ("包粽子那个 我们变成两个人了 孩子爸出差", 2),  # 变成
    ("孩子姑姑来不了了 剩我们三个", 3),  # what is left after a drop-out
    ("我先生去不了 就我一个人去", 1),  # just her, after a drop-out
    ("我不去了 换我婆婆去 还是一个人", 1),  # a person swapped, the count kept
    ("可以帮我改成五个人吗 邻居也想来", 5),  # a change asked of the staff: the request is meant
    ("本来三个 我姐不来了", 2),  # the count before, less the one who drops out
])
def test_a_restated_size_is_the_new_total(text, people):
    assert read_signup(text) == Reading("signup", people)


OPEN = "/活动 亲子烘焙 周六14:00 名额3 截止周五20:00"


async def test_a_cancel_after_a_real_sign_up_frees_the_place(make_harness):
    from tests.test_activity import GROUP

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", OPEN)
    await harness.say("g1", "amy", "我报名 2人")
    await harness.say("g1", "bo", "报名")
    [wait] = to("zhang", await harness.say("g1", "zhang", "报名"))
    assert "候补第 1 位" in wait["text"]
    assert await harness.say("g1", "amy", "孩子的钢琴课这周取消了 老师生病") == []  # something else: no reply, place kept
    moved = await harness.say("g1", "amy", "不好意思各位 周六临时要加班 烘焙课我们去不了了")
    assert any("小美 取消了" in a["text"] or "已为您取消“亲子烘焙”的报名" in a["text"] for a in moved)  # e33: the day named
    assert any("候补转为正式" in a["text"] and a["mentions"] == ["zhang"] for a in moved)


async def test_a_restated_size_after_a_real_sign_up_changes_the_party(make_harness):
    from tests.test_activity import GROUP

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额6 截止周五20:00")
    await harness.say("g1", "amy", "我们一家三口报名")
    roll = await harness.say("g1", "amy", "孩子爷爷来不了了 剩我们两个")
    assert any("小美" in a["text"] and "2 人" in a["text"] and "已报 2 人" in a["text"] for a in roll)
    [asked] = to("bo", await harness.say("g1", "bo", "估计周六去不了了"))  # no sign-up and unclear: asked once, not silence
    assert "取消" in asked["text"]


async def test_a_cancel_passed_on_from_her_household_takes_one_from_her_party(make_harness):
    from tests.test_activity import GROUP

    harness = await make_harness(groups=[GROUP])
    await harness.say("g1", "owner", "/活动 亲子烘焙 周六14:00 名额6 截止周五20:00")
    await harness.say("g1", "amy", "我和我妈两个人报名")
    roll = await harness.say("g1", "amy", "我妈让我跟大家说一声 她烘焙不去了")  # hers to pass on: one less, not her whole sign-up
    assert any("小美" in a["text"] and "已报 1 人" in a["text"] for a in roll)
    roll = await harness.say("g1", "bo", "我婆婆让我说一声 她不去了")  # no sign-up of hers holds the relative
    assert any("还没有报名" in a["text"] for a in roll)
