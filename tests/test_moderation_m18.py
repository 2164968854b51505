"""M18 (issue 17): contact routes the readers missed — a forwarded [名片] as text, an id on 陌陌, 👉🟢 and an id of
four characters, 加 + a role or 她号 before a short id, a phone told in pieces joined by 后 — and the review's repeats folded:
the connectors' characters derived from their words, the told phone read once, the reference's own bare 私 and plea
(docs/moderation.md M18)."""
from __future__ import annotations

import random
from datetime import datetime, timezone

import pytest

from bot.events import GroupMessage, Kind, Member
from bot.rules import Facts, ads
from bot.text import forms
from tests import moderation_reference
from tests.test_moderation_m17 import _kinds, rule  # noqa: F401 (rule: the shipped rule fixture, shared)

AT = datetime(2026, 12, 6, 2, tzinfo=timezone.utc)


def _message(text: str, kind: Kind = Kind.TEXT) -> GroupMessage:
    return GroupMessage("g", "群", Member("m", "成员"), text, AT, kind)


# Written for these tests (none is a corpus line).
@pytest.mark.parametrize("text, seen", [
    ("🎁年货🈶货 👉🟢 hy66 电话13812345678", "hy66"),  # 👉 is no 加: 🟢 and the short id, beside another contact
    ("演唱会🎫🈶 👉🟢ticket", "ticket"),            # 🟢 right before the id's letters (5 of them: no short id)
    ("寒假网课资料免费领，加客服 kc07", "kc07"),     # 加 + a contact role and a short id
    ("想瘦的找她，她号 yy5s，q 2765410983", "yy5s"),  # 她号 and a short id, beside a QQ number
    ("交友的来 陌陌号 55821904", "55821904"),        # an id on 陌陌
    ("陌陌：lily_2026 晚上在线", "lily_2026"),
])
def test_a_contact_that_hid_from_the_readers(rule, text, seen):
    folded = forms(text).folded
    assert ads._may_hold_contact(folded)  # the prefilter lets it through to the readers
    signals = rule.signals(_message(text))
    assert any(s.kind == "wechat_id" and s.seen.endswith(seen) and s.points == 3 for s in signals), signals


@pytest.mark.parametrize("text", [
    "我家绿植 abcd 是品种名",          # 绿 inside a word, then letters after a space
    "她号码 1234 记不清了",            # 她号码 and four digits: no letters
    "我妈不玩陌陌，也不玩抖音",        # 陌陌 without an id
    "有事加班主任 wl88 问一下",         # 加 + a teacher is a parent's (班主任 is no contact role)
])
def test_chat_with_the_same_characters_holds_no_id(rule, text):
    assert not any(s.kind in ("wechat_id", "qq_id") for s in rule.signals(_message(text)))


def test_v_hao_is_a_hint_word(rule):
    assert _kinds(rule, "代充话费 v号看头像")["contact_hint"] == 1
    assert _kinds(rule, "V号：shop_2027") == {"contact_hint": 1}  # it leads no id worth 3 (M18 review)


# The review's (M18) sentences: a parent's or a neighbour's, each "ok" before M18 and again now.
@pytest.mark.parametrize("text", [
    "加助教 wl01 问作业", "加一下英语助教 amy1 领资料",                   # 助教 is a parent's word, no contact role
    "他的号 lin8 是我侄子", "她的号 abc1 我存了", "🟢 abcd 是我们楼长",  # a short id after 她号 / 绿 alone: a hint
    "v号 daming88 是班主任的，家长有事找她", "丢了钥匙的邻居，失主v号 li66 联系",  # v号 is a hint word
    "陌陌 abcde 不要加 骗子",                                            # a 陌陌 id in a warning
    "修水管刘师傅 139后2050后7716 挺实在",                                # pieces joined by bare 后: a phone, 1 point
])
def test_a_parents_or_neighbours_message_stays(rule, text):
    signals = rule.signals(_message(text))
    assert sum(s.points for s in signals) < 3, signals
    assert not any(s.kind == "wechat_id" for s in signals), signals
    assert rule.check(_message(text), Facts()) is None


def test_a_short_id_after_a_weak_lead_is_a_hint_alone(rule):
    assert _kinds(rule, "他的号 lin8 是我侄子") == {"contact_hint": 1}
    assert _kinds(rule, "他的号 lin8 电话13812345678")["wechat_id"] == 3  # beside another contact: an id


def test_a_warning_drops_a_momo_id(rule):
    assert "wechat_id" in _kinds(rule, "陌陌 abcde 晚上聊")
    assert "wechat_id" not in _kinds(rule, "陌陌 abcde 不要加 骗子")


def test_a_phone_told_in_pieces_joined_by_hou(rule):
    assert _kinds(rule, "修家电打 139后2050后7716")["phone"] == 1  # bare 后 only: a phone as any (M18 review)
    assert _kinds(rule, "打 139后面2050后面7716")["phone"] == 3     # 后面: a number nobody writes so but to hide it
    assert _kinds(rule, "159 后面是8023 再加5518")["phone"] == 3  # M17's connectors still read


@pytest.mark.parametrize("text", ["3号楼后2单元", "下午130后200人排队", "房租1350加500加1000押金"])
def test_numbers_joined_by_hou_in_chat_are_no_phone(rule, text):
    assert "phone" not in _kinds(rule, text)


def test_a_card_typed_as_text_is_a_card(rule):
    assert _kinds(rule, "[名片] 福利官小美")["card"] == 2
    assert _kinds(rule, "名片上写的电话打不通")  .get("card") is None  # the word alone is no card


def test_a_card_as_text_scores_as_a_card_message(rule):
    typed = {s.kind for s in rule.signals(_message("[名片] 福利官小美"))}
    sent = {s.kind for s in rule.signals(_message("福利官小美", Kind.CARD))}
    assert typed == sent == {"card"}


def test_a_neighbours_card_for_a_plumber_stays(rule):
    assert rule.check(_message("[名片] 修水管的刘师傅，上次给我家修的，挺实在"), Facts()) is None


@pytest.mark.parametrize("word", ["加", "再加", "+", "后面", "再后面是", "最后", "最后是", "然后", "接", "接着"])
def test_each_connector_word_joins_a_told_phone(word):
    """Every connector word, read end to end by ``contacts`` (the prefilter's class, the pattern, the points)."""
    folded = forms(f"188{word}5012{word}6337").folded
    assert ads._may_hold_contact(folded)
    assert [s.points for s in ads.contacts(folded, lambda part: []) if s.kind == "phone"] == [3], word


def test_the_prefilter_passes_every_told_phone():
    """``_may_hold_contact`` looks only for a told phone's opening; ``contacts`` reads the whole of it."""
    rng = random.Random(18)
    for _ in range(300):
        pieces = [f"1{rng.choice('3456789')}{rng.randrange(10)}"] + [str(rng.randrange(10 ** 3, 10 ** 4)) for _ in range(2)]
        text = rng.choice(["，", " "]).join([pieces[0]] + [f"{rng.choice(['加', '后', '+', '再加', '后面是'])}{p}" for p in pieces[1:]])
        folded = forms(text).folded
        assert ads._may_hold_contact(folded), text
        assert any(s.seen.startswith("手机号拆开说") for s in ads.contacts(folded, lambda part: [])), text


@pytest.mark.parametrize("text, bare", [
    ("要的私", True), ("体验课免费，私", True), ("📩私", True), ("有意私。", True),
    ("保护隐私", False), ("私聊", False), ("私~信我", False), ("私·介", False), ("私人", False),
])
def test_the_reference_reads_a_bare_private_as_the_rule_does(text, bare):
    folded = forms(text).folded
    assert moderation_reference._bare_private(folded) is bare
    assert (ads.BARE_PRIVATE in ads.bare_private(folded, [], {ads.BARE_PRIVATE: "hook"})) is bare


@pytest.mark.parametrize("text, plea", [
    ("有需要的私 别举报 谢谢", True), ("千万别告诉我妈", True), ("千万不要让我爸知道", True), ("千万别跟老师说", True),
    ("都是骗子，千万别信", False), ("大家看到就举报", False),
])
def test_the_reference_reads_a_plea_as_the_rule_does(text, plea):
    assert moderation_reference._pleads(text) is plea
    assert (ads._PLEA.search(text) is not None) is plea
    assert moderation_reference._without_pleas(text) == ads._PLEA.sub("，", text)
