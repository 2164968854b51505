"""V28: voice run-ons cut where the subject changes, a freed cancel judged on its own clause, a region's "my", and O24's
story asked where the scores' freed reading is dropped (``bot.language.own_clause``, ``intent_model``, ``chain.text``).

The engineer's own sentences, none of them a corpus line. What the scope frees is only ever asked; someone else's act or a
past act stays silent."""
from __future__ import annotations

import pytest

from bot.language import intent_model, order_guess, own_clause, regional
from bot.language.intent_model import ORDERS, SIGNUPS, _MINE
from tests.test_own_clause_n28 import aside


@pytest.fixture
def scoped(monkeypatch):
    """The scope switched on, whatever it ships as."""
    monkeypatch.setattr(intent_model, "SCOPED", True)
    monkeypatch.setattr(order_guess, "SCOPED", True)




@pytest.mark.parametrize("text, pieces", [
    ("我的那盒不要了孩子他爸已经带回来了", ["我的那盒不要了", "孩子他爸已经带回来了"]),  # her cancel, then the father's act
    ("糍粑再加两袋我妹也要她说上回的好吃", ["糍粑再加两袋", "我妹也要", "她说上回的好吃"]),
    ("腊肠要三斤崽说学校里吃过", ["腊肠要三斤", "崽说学校里吃过"]),  # a region's child as the new subject
    ("女婿都帮俺买好了俺也不要了", ["女婿都帮俺买好了", "俺也不要了"]),  # someone's act before hers, 俺 her own
])
def test_a_run_on_is_cut_where_the_subject_changes(text, pieces):
    assert [piece for piece, _ in own_clause.clauses(text)] == pieces


@pytest.mark.parametrize("text", [
    "给他爸留两份",  # an object, not a subject
    "跟我老伴讲要两盒",  # a companion
    "让她买两份",
    "帮孩子他爸订两份",
    "名额不够了",  # 额 of 名额 is no "I"
])
def test_no_cut_where_the_person_is_no_new_subject(text):
    assert [piece for piece, _ in own_clause.clauses(text)] == [text]


def test_her_count_beside_someone_else_s_act_is_hers_alone(scoped):
    """Cut where the subject changes, her act is hers; the other's, a story told, is never read as hers."""
    assert aside("我要两盒她也订了两盒") == "我要两盒"


def test_her_cancel_before_someone_else_s_act_is_freed_and_asked_at_most(scoped):
    assert aside("我的那盒不要了孩子他爸已经带回来了") == "我的那盒不要了"
    assert intent_model.told_aside("我的那盒不要了孩子他爸已经带回来了", ORDERS)  # the partner never acts on it


@pytest.mark.parametrize("text", [
    "我老公已经买了两盒",  # a relative's past act alone
    "他说他要三斤我帮他讲一声",  # a relayed order
    "上回我订了两份她也要",  # her own past act
    "两盒她也订了两盒",  # a count beside someone else's act, no clause of hers acting now
])
def test_someone_else_s_or_a_past_act_stays_gated(scoped, text):
    assert aside(text) is None


@pytest.mark.parametrize("kept, clause", [
    ("我不要了呀，冰箱里还多", "我不要了呀"),  # her reason beside it weighs nothing
    ("那盒就不要了", "那盒就不要了"),
    ("我个那袋取消吧", "我个那袋取消吧"),
])
def test_the_cancel_s_own_clause_is_found(kept, clause):
    assert own_clause.cancel_clause(kept) == clause


@pytest.mark.parametrize("kept", [
    "那份兼职我不要了",  # a job, no goods
    "我那盒取消，换成两袋",  # a count beside it: a change, the scores' to weigh
    "今天太阳真大",
])
def test_no_cancel_clause_where_the_rules_read_no_cancel_of_goods(kept):
    assert own_clause.cancel_clause(kept) is None


@pytest.mark.parametrize("text", ["我个那盒勿要了", "我嗰盒唔要住", "额的那箱不要咧", "阿拉个那袋取消掉吧"])
def test_a_region_s_my_is_hers(text):
    assert _MINE.search(text)


@pytest.mark.parametrize("text", ["我个女今朝返工", "我个孙仔今日返学", "我个腰又酸了"])
def test_a_region_s_my_before_kin_or_the_body_is_not_an_order_s(text):
    assert not _MINE.search(text)
    assert regional.MY


def test_the_sign_up_s_story_is_judged_on_her_clauses(scoped):
    assert aside("前年去过一回挺好，这回俺和老伴两个", SIGNUPS) is not None


def test_o24_s_story_is_asked_where_the_scores_freed_reading_is_dropped(scoped):
    from bot.chain.text import order_reading
    reading = order_reading("昨天去亲戚家吃了顿粽子，老香了，给我留三斤", "冬笋")
    assert reading is None or not reading.sure  # asked at most, never acted on


@pytest.mark.parametrize("size", [290, 5_000])
def test_hostile_run_ons_are_cut_in_bounded_time(scoped, size):
    """Near the readers' 300-character limit and far past it: subjects and predicates over and over, no stop."""
    import time
    for unit in ("我的那盒不要了孩子他爸已经带回来了", "我妹也要她讲", "他他他他他已经", "崽伢崽伢说"):
        text = (unit * (size // len(unit) + 1))[:size]
        started = time.perf_counter()
        own_clause.clauses(text)
        own_clause.cancel_clause(text[:300])
        intent_model._told(text, ORDERS)
        assert time.perf_counter() - started < 2.0


def test_a_refusal_in_the_story_is_a_cancel_s_reason_not_an_order_s(scoped):
    assert aside("我闺女不让我再买了，我那盒也不要了") == "我那盒也不要了"
    assert aside("本来想帮我妹订两袋，她说不用") is None  # the order not placed (N28)
    assert aside("我老公不让我买了，我要三斤") is None  # an order beside a refusal: whose word stands is unclear


def test_a_companion_taken_along_is_no_new_subject(scoped):
    """"我带孙子去了" is one act, past: not cut before 孙子 (a past outing told would be asked as a sign-up)."""
    assert [piece for piece, _ in own_clause.clauses("上个月我带孙子去了")] == ["上个月", "我带孙子去了"]
    assert aside("上个月活动我带孙子去了，玩得可开心", SIGNUPS) is None
