"""M21 (issue 17): an id or a mobile number dictated piece by piece (字母 x，数字 7; 前面 … 然后 … 最后 …) is a contact."""
from __future__ import annotations

import pytest

from bot.rules import ads
from tests.test_moderation_m17 import _kinds, rule  # noqa: F401 (rule: the shipped rule fixture, shared)


def _seen(rule, text: str) -> list[str]:
    from tests.test_moderation_m17 import _message

    return [s.seen for s in rule.signals(_message(text)) if s.points == 3]


# Written for these tests (none is a corpus line).
@pytest.mark.parametrize("text, seen", [
    ("想要的记住 字母w，字母q，数字5，数字2，数字1，就是我的v", "wq521"),
    ("团购群找我 v 是 t u a n 然后 g o u 然后 8 8", "tuangou88"),
    ("我号前面是 m k 后面跟着 三 九 四 记得备注", "mk394"),
    ("要货的打 一八八 然后是 六二零四 最后是 七七一三", "18862047713"),
    ("电话 前面187 中间4035 后面9962 说群里的", "18740359962"),
    ("打这个 一三六的头 二二四八的腰 五零七一的尾", "13622485071"),
])
@pytest.mark.parametrize("native", [True, False])
def test_a_dictated_contact_is_read_whole(rule, monkeypatch, text, seen, native):
    if not native:
        monkeypatch.setattr(ads, "_collect", None)
        monkeypatch.setattr(ads, "_find", None)
    # an id 3 points; a number read out 1, as one typed whole (M21 review): read whole either way
    assert any(seen in s.seen and s.points == (1 if s.kind == "phone" else 3)
               for s in rule.signals(_message(text)) if s.kind in ("phone", "wechat_id"))


@pytest.mark.parametrize("text", [
    "先去1楼 然后3楼 最后5楼拿快递",  # floors, no id
    "选a 然后 b 再 c 就对了",  # three letters: too short for an id
    "139后2050后7716 是修空调的老李",  # bare 后: a member writes a tradesman's number so (1 point, as before)
    "下午3点 然后 5点 再 7点 各一趟车",
])
def test_pieces_that_dictate_no_contact(rule, text):
    assert not _seen(rule, text)


# M21 review. Written for these tests (none is a corpus line).
@pytest.mark.parametrize("text", [
    "修水管的刘师傅 号码我给你们念 一三七 然后 二二零九 然后 六五八一 人很实在",  # a neighbour reads a number out by voice
    "我外孙的手机 1597734 然后 2288 接孩子找他",
])
def test_a_number_read_out_weighs_as_a_typed_one(rule, text):
    points = [s.points for s in rule.signals(_message(text)) if s.kind == "phone"]
    assert points == [1]


def _message(text):
    from tests.test_moderation_m17 import _message as message

    return message(text)


@pytest.mark.parametrize("text", [
    "楼下理发店的wifi密码 字母x y 然后数字 8 8 6 6 5 5",
    "菜鸟驿站取件码 字母c 然后数字 4 1 9 6 快去拿",
    "我车牌 字母q 然后 数字 5 2 7 8 9 停在东门",
])
def test_a_code_named_before_its_pieces_is_no_contact(rule, text):
    assert not [s for s in rule.signals(_message(text)) if s.kind in ("wechat_id", "phone")]


@pytest.mark.parametrize("text, number", [
    ("要的打号码幺五零 然后 三三七一 最后 九零二八", "15033719028"),
    ("电话一八六 然后 四四零二 最后 七三一九", "18644027319"),
])
def test_chinese_numerals_right_after_a_word_are_pieces(rule, text, number):
    assert any(number in s.seen for s in rule.signals(_message(text)) if s.kind == "phone")


@pytest.mark.parametrize("text", [
    "上期开奖号码是 " + " ".join(str(10 + i % 89) for i in range(1500)),
    "然后 7 " + "7 " * 2400,
    "最后 一 " + "二 " * 2400,
])
def test_a_long_run_of_short_pieces_is_read(rule, text):
    """Bounded inputs (~5,000 characters); the bench, not this test, measures the cost of the bounded pattern."""
    assert len(text) <= 5000
    assert ads._DICTATED.search(text) is None or len(ads._DICTATED.search(text).group(0)) < 200
    rule.signals(_message(text))


def test_a_warning_word_clears_no_pitch_with_a_hook(rule):
    text = "借了网贷还不上 微信被冻结了？专业债务协商 停息挂账 私聊我"
    assert sum(s.points for s in rule.signals(_message(text))) >= 2
