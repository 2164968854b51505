"""f33 through the real pipeline (SQLite, the shipped FAQ and templates): the kinds of the open product asked for (the
list asked with 什么/啥 is the list, a kind named before 有 or wished for with 蹲 is answered yes/no from the kinds, 原味
keeps its 味), chat about colours not of the product left alone; private thanks in more words and from someone in several
groups; a group's name alone privately."""
from __future__ import annotations

import time

import pytest

from bot.direct import thanked
from bot.events import GroupInfo, Member
from bot.questions.offers import asks_kinds, kind_listed, kind_named, kinds_of, plainly_asks_kinds
from tests.conftest import GROUP, OWNED, privately

HATS = "/开团 毛线帽 燕麦、焦糖、酒红三色 ¥五十九 库存25 截止20:00 自提：门店"
SNACKS = "/开团 冻干酸奶块 草莓、芒果、原味三种口味 ¥29 库存40 截止20:00 自提：店里"
YOUNG = GroupInfo("g3", "潮流青年群", "owner", (Member("owner", "王店长"), Member("amy", "小美")))


def _said(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if a["action"] == "say"]


def _private(actions: list[dict], member: str) -> list[str]:
    assert not _said(actions), "said in a group"
    return [a["text"] for a in privately(member, actions)]


# --- the readers ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("story, kinds", [
    ("草莓、芒果、原味三种口味", ("草莓", "芒果", "原味")), ("燕麦、焦糖、酒红三色", ("燕麦", "焦糖", "酒红")),
    ("原味、芝麻、花生三种口味", ("原味", "芝麻", "花生")), ("黑/白/灰3色", ("黑", "白", "灰")), ("红色、蓝色两款", ("红色", "蓝色")),
    ("燕麦、焦糖色", ("燕麦", "焦糖")),
])
def test_the_kinds_listed_keep_their_words(story, kinds):
    assert kinds_of(story) == kinds


@pytest.mark.parametrize("text, kind", [
    ("有蓝莓味的吗", "蓝莓味"), ("焦糖色的有吗", "焦糖色"), ("草莓味有没有啊", "草莓味"), ("蹲一个灰色", "灰色"),
    ("蹲个焦糖色的", "焦糖色"), ("求一个蓝莓味", "蓝莓味"), ("灰色的还有不", "灰色"), ("那黑色有没有", "黑色"),
    ("原味有吗？", "原味"), ("有没有黑色", "黑色"), ("还有芒果味不", "芒果味"),
])
def test_a_kind_named(text, kind):
    assert kind_named(text) == kind


@pytest.mark.parametrize("text", [
    "有什么颜色啊", "都有啥口味", "有哪些颜色呀", "有几种口味", "有啥色的", "有么子颜色", "有多少款",
    "今天天气啥颜色都灰蒙蒙的", "什么颜色都行", "我家黑色的帽子找不到了", "这个颜色好看", "蹲一个人一起拼单",
])
def test_no_kind_named(text):
    assert kind_named(text) is None


@pytest.mark.parametrize("text, asks", [
    ("有什么颜色啊", True), ("都有啥口味", True), ("颜色都有哪些", True), ("什么颜色都有哪些", True),
    ("今天天气啥颜色都灰蒙蒙的", False), ("什么颜色都行", False), ("啥口味都爱吃", False),
])
def test_the_list_asked_and_any_kind_said(text, asks):
    assert plainly_asks_kinds(text) is asks
    if not asks:
        assert not asks_kinds(text)


def test_a_flavour_named_with_its_word_is_listed():
    kinds = kinds_of("草莓、芒果、原味三种口味")
    assert kind_listed("原味", kinds) == "yes" and kind_listed("草莓味", kinds) == "yes"
    assert kind_listed("蓝莓味", kinds) == "no"


@pytest.mark.parametrize("text", ["好嘞 感谢亲", "谢谢你哈孩子", "谢谢闺女", "好嘞感谢", "嗯嗯 谢谢", "收到 谢啦"])
def test_more_private_thanks(text):
    assert thanked(text)


@pytest.mark.parametrize("text", ["谢谢孩子们", "好 谢谢 我的积分多少", "谢谢 可以退吗", "不用谢", "谢谢你们的鸡蛋 很新鲜"])
def test_thanks_beside_something_else(text):
    assert not thanked(text)


@pytest.mark.parametrize("size", [300, 5000])
def test_hostile_long_messages_are_read_quickly(size):
    texts = ("蹲" * size, "蹲一个" * (size // 3), "色的有" * (size // 3), "有" * size + "吗", "味" * size,
             "什么颜色都" * (size // 5), "、草莓" * (size // 3) + "三种口味", "草莓、" * (size // 3) + "原味",
             "好嘞 " * (size // 3) + "谢谢", "谢谢" + "孩子" * (size // 2), "好" * size + "谢")
    for text in texts:
        start = time.perf_counter()
        kind_named(text), plainly_asks_kinds(text), asks_kinds(text), kinds_of(text), thanked(text)
        assert time.perf_counter() - start < 0.5, text[:20]


# --- the kinds in the group -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("buy, text, answer, never", [
    (HATS, "有什么颜色啊", "有燕麦、焦糖、酒红3种可选", "没有什么"),
    (SNACKS, "都有啥口味", "有草莓、芒果、原味3种可选", "没有啥"),
    (SNACKS, "有蓝莓味的吗", "这次没有蓝莓味哦，有草莓、芒果、原味3种可选", "原3种"),
    (HATS, "焦糖色的有吗", "有焦糖色的，有燕麦、焦糖、酒红3种可选", "还有"),
    (HATS, "蹲一个灰色", "这次没有灰色哦，有燕麦、焦糖、酒红3种可选", "还有"),
    (SNACKS, "草莓味有没有啊", "有草莓味的，有草莓、芒果、原味3种可选", "退换"),
    (SNACKS, "原味有吗？", "有原味的", "还有"),
])
async def test_the_kinds_asked_in_the_group(harness, buy, text, answer, never):
    await harness.say("g1", "owner", buy)
    [said] = _said(await harness.say("g1", "amy", text))
    assert answer in said and never not in said, said


@pytest.mark.parametrize("text", ["今天天气啥颜色都灰蒙蒙的", "什么颜色都行 我都喜欢", "我家黑色的帽子找不到了",
                                  "蹲一个人一起拼单", "这个颜色好看"])
async def test_chat_about_colours_is_no_question(harness, text):
    await harness.say("g1", "owner", HATS)
    assert not any("可选" in t or "没有" in t for t in _said(await harness.say("g1", "amy", text)))


# --- the private chat -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["好嘞 感谢亲", "谢谢你哈孩子", "谢谢闺女"])
async def test_private_thanks(harness, text):
    [reply] = _private(await harness.dm("amy", text), "amy")
    assert reply.startswith("不客气"), reply


@pytest.mark.parametrize("text", ["谢谢闺女", "好嘞 感谢亲"])
async def test_private_thanks_from_someone_in_several_groups(make_harness, text):
    harness = await make_harness(groups=[GROUP, OWNED, YOUNG])
    [reply] = _private(await harness.dm("amy", text), "amy")
    assert reply.startswith("不客气"), reply


@pytest.mark.parametrize("text", ["宝妈群就行", "宝妈群吧", "就宝妈育儿群"])
async def test_a_group_named_alone_privately(make_harness, text):
    harness = await make_harness(groups=[GROUP, OWNED, YOUNG])
    [reply] = _private(await harness.dm("amy", text), "amy")
    assert "宝妈育儿群" in reply and "直接说就行" in reply and "我的积分" not in reply, reply
    [points] = _private(await harness.dm("amy", "我的积分"), "amy")
    assert points.startswith("【宝妈育儿群】") or "积分" in points
