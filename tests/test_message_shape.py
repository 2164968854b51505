"""How a message is built (``bot.language.message_shape``), the intent score's signals beside its n-grams (F22).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from bot.language import intent_model
from bot.language.message_shape import number_roles, structure
from bot.language.order_quantity import form


def roles(text: str) -> list[str]:
    return [role for role, _, _ in number_roles(form(text))]


@pytest.mark.parametrize("text, expected", [
    ("台灯原价79，现在49", ["money", "money"]),  # a price said after the goods, no unit after either number
    ("拖鞋才19 划算", ["money"]),
    ("酸奶12块一板", ["money", "count"]),
    ("给我留三盒", ["count"]),
    ("粽子3", ["bare"]),
    ("+2", ["plus"]),
    ("我住7栋1单元", ["address", "address"]),
    ("孩子今年6岁", ["age"]),
    ("下午4点到", ["time"]),
    ("要买2斤", ["weight"]),
    ("一起去吧", []),  # 一 inside a word is no number
    ("鸡排要五分熟", ["degree"]),  # 分 as a degree, not a misspelt 份
    ("果茶半糖 不对 三分糖 两杯", ["degree", "count"]),
])
def test_a_numbers_role_is_read_from_its_unit_and_neighbours(text, expected):
    assert roles(text) == expected


def test_prices_said_after_the_goods_are_told_from_a_count():
    price = structure("台灯原价79，现在49")
    assert {"shape:nums:only_money", "shape:two_prices"} <= price
    assert "shape:num:count" not in price and "shape:num:bare" not in price
    order = structure("台灯79一个 给我来两个")
    assert {"shape:money_then_count", "shape:num:count"} <= order


@pytest.mark.parametrize("text, subject", [
    ("我要两袋", "me"),
    ("给我来两袋", "none"),  # 给我: for whom, not who
    ("我婆婆要两袋", "other"),
    ("她说要两袋", "other"),
    ("我们家要两袋", "we"),
    ("你要几袋", "you"),
])
def test_the_subject_is_who_leads_not_whom_it_is_for(text, subject):
    assert "shape:subject:" + subject in structure(text)


@pytest.mark.parametrize("text, forms", [
    ("芋头糕要不要来两份", {"v_not_v"}),
    ("还有芋头糕吗", {"particle"}),
    ("芋头糕几块一份", {"word"}),
    ("要几份啊", {"word", "count"}),
    ("红的还是绿的", {"choice"}),
    ("帮我留两份好吗", {"tag", "particle"}),
    ("帮我留两份", set()),
])
def test_a_questions_form(text, forms):
    assert {s.removeprefix("shape:q:") for s in structure(text) if s.startswith("shape:q:")} == forms


@pytest.mark.parametrize("text, signal", [
    ("前天那三袋面条煮了一锅", "shape:when:past"),
    ("下礼拜再给我留两袋", "shape:when:coming"),
    ("我闺女从老家寄来两箱橙子", "shape:came"),
    ("合唱活动取消了 雨太大", "shape:event_undone"),
])
def test_when_it_happens_and_which_way_goods_go(text, signal):
    assert signal in structure(text)


def test_goods_asked_for_are_not_goods_that_came():
    assert "shape:came" not in structure("给我来两箱橙子")
    assert "shape:event_undone" not in structure("合唱活动我不去了")


def test_the_score_reads_the_shape_only_when_fitted_with_it():
    plain_kinds = intent_model.signals("台灯原价79，现在49", "台灯原价00，现在00")
    assert not any(kind.startswith("shape:") for kind in plain_kinds)
    shaped = intent_model.signals("台灯原价79，现在49", "台灯原价00，现在00", (intent_model.SHAPE,))
    assert "shape:two_prices" in shaped


def test_the_party_ranker_reads_the_shape_only_when_fitted_with_it():
    from bot.language import party_ranker

    words = party_ranker.form("我们家三个 周日来")
    assert not any("shape:" in kind for kind in party_ranker.message_features(words))
    assert "m:shape:subject:we" in party_ranker.message_features(words, True)
