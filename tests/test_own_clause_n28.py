"""N28: the past and someone else's words judged on the clause that holds the act (``bot.language.own_clause``).

The engineer's own sentences, none of them a corpus line. What is freed is only ever asked (the guesses never act on a
message whose story was set aside); what stays gated is a past act, someone else's act or words, or a story that bears
on the act (a time to come, a condition, a refusal)."""
from __future__ import annotations

import pytest

from bot.language import intent_model, order_guess, own_clause
from bot.language.intent_model import ORDERS, SIGNUPS, _NOT_MINE
from bot.language.wrapping import plain, squeeze, unquote


@pytest.fixture(autouse=True)
def scoped(monkeypatch):
    """The scope as it would run switched on (shipped off: docs/language.md, N28)."""
    monkeypatch.setattr(intent_model, "SCOPED", True)
    monkeypatch.setattr(order_guess, "SCOPED", True)


def aside(text: str, among=ORDERS) -> str | None:
    words = squeeze(plain(unquote(text)))
    assert _NOT_MINE.search(words), "each case says a word of the gate somewhere"
    return intent_model._told(words, among)


@pytest.mark.parametrize("text, kept", [
    ("前几天拿的糍粑都吃光了，这回给我留三袋", "这回给我留三袋"),  # the past in a clause of its own
    ("我嫂子讲她那边买过了，俺那份糍粑不要了", "俺那份糍粑不要了"),  # her cancel, someone's reason beside it
    ("我老公买了，我个取消吧", "我个取消吧"),
    ("上礼拜买的腊鸭吃完了，就，三只", "就，三只"),  # the count said bare as her choice, typed as a clause
    ("俺那个糍粑甭要了", "俺那个糍粑甭要了"),  # 不要了/甭要了 is her cancel said now, not the past's 要了
    ("上回买了两瓶，这回两瓶", "这回两瓶"),  # a past count told, hers now set against it
    ("老周说要三斤，那就三斤", "那就三斤"),  # someone's count told, her choice made
    ("腊肉两斤+香肠一斤，年货要到了", "腊肉两斤+香肠一斤"),  # goods and counts listed bare
])
def test_her_act_in_its_own_clause_is_freed_from_the_gate(text, kept):
    assert aside(text) == kept


@pytest.mark.parametrize("text, kept", [
    ("上次的讲座没赶上，这回我和老伴两个", "这回我和老伴两个"),
    ("去年去过一回，挺好耍，这回我们三个人", "挺好耍，这回我们三个人"),
    ("老妹儿把俺从名单上去了吧", "老妹儿把俺从名单上去了吧"),  # the north's 去了吧: strike me off, not gone
])
def test_her_party_in_its_own_clause_is_freed_from_the_gate(text, kept):
    assert aside(text, SIGNUPS) == kept


@pytest.mark.parametrize("text", [
    "上次我订了两份",  # a past order, one clause
    "上次，我订了两份",  # the act's own clause is past
    "老周说要两份，两份",  # someone else's count, and no clause of hers now
    "上回买了两瓶，两瓶",  # a past count, said again
    "上回买过的，我妹说，要两袋",  # a quote opened by the clause before
    "阿芳讲她买了两袋，她要两袋",  # a third person's act
    "杨阿姨要两袋，她自己报过了",  # someone named acting
    "等发了工资，我要订五盒",  # a story that puts the act off
    "本来想帮我姐订两袋，她说不用",  # a refusal in the story
    "以前我每周都在这买两斤肉",  # a time word alone is no story of its own
    "群主人挺好的，上次多给了我一个",  # voice input's cut before 我: no bare count there
    "我孙女昨天写了两副，贴门上了",  # an act told as done
    "老伴在单位买了，我的不要了",  # a body's words are no story this scope sets aside
])
def test_a_past_or_someone_else_s_act_stays_gated(text):
    assert aside(text) is None


@pytest.mark.parametrize("text", [
    "上次我们一家三口都去了",
    "他说，两个人",
    "俺们队上次报了十六个人，挺热闹",
    "昨天我们那桌六个人包了一百多个",
    "要是店里组织去爬山，俺家四口都去",
    "名额三十个，满了就不收了",
])
def test_a_party_told_or_someone_else_s_stays_gated(text):
    assert aside(text, SIGNUPS) is None


def test_clauses_tell_a_typed_stop_from_voice_input_s_restart():
    assert own_clause.clauses("今天好冷，上回多给了我一个") == [("今天好冷", False), ("上回多给了", False), ("我一个", True)]


def test_what_is_freed_is_asked_at_most():
    """A message whose story was set aside is never acted on by the partner, whatever the score (``told_aside``)."""
    assert intent_model.told_aside("前几天拿的糍粑都吃光了，这回给我留三袋", ORDERS)
    assert not intent_model.told_aside("这回给我留三袋", ORDERS)  # no gate at all: the guesses as before
    assert not intent_model.told_aside("上次我订了两份", ORDERS)


def test_the_scope_is_shipped_off(monkeypatch):
    monkeypatch.undo()
    assert intent_model.SCOPED is False and order_guess.SCOPED is False
    assert not intent_model.told_aside("前几天拿的糍粑都吃光了，这回给我留三袋", ORDERS)
