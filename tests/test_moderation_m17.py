"""M17 (issue 17): contact routes that hid from the readers — ids of four characters, ids and words split by slashes,
➕🟢 and 加 + a role before an id, a phone told in pieces or backwards — a bare 私 closing a clause as a hook, a
writer's plea (别举报, 千万别告诉) that is no warning, and a sum named before 打给我 (docs/moderation.md M17)."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.events import GroupMessage, Member
from bot.moderation.training import shipped_rule
from bot.rules import Facts
from bot.rules.ad_model import SHIPPED, load_model

AT = datetime(2026, 12, 5, 23, tzinfo=timezone.utc)


def _message(text: str) -> GroupMessage:
    return GroupMessage("g", "群", Member("m", "成员"), text, AT)


@pytest.fixture(scope="module")
def rule():
    return shipped_rule(model=load_model(True, SHIPPED.parent))


def _kinds(rule, text: str) -> dict[str, int]:
    return {s.kind: s.points for s in rule.signals(_message(text))}


# Written for these tests (none is a corpus line).
@pytest.mark.parametrize("text, seen", [
    ("年货礼盒批发 ➕🟢 hy66", "hy66"),             # ➕🟢 and an id of four characters
    ("Ⓦⓧ mk8q 免费领面膜", "mk8q"),                 # wx then four characters
    ("代办社保 加/微/s/b/8/8/1", "sb881"),          # a WeChat word and its id split by slashes
    ("无抵押贷款 v/x/d/k/z/j", "dkzj"),             # vx spelled out among the id's letters
    ("二手奢侈品回收，薇-x-i-n：h-s-6-6", "hs66"),  # wei + xin spelled with dashes
    ("🟢：shoes-aj2026 球鞋工厂货", "shoesaj2026"),  # a bare 🟢 before an id
    ("同城交友群 ➕群主 tc_jy88 拉你", "tc_jy88"),  # 加 + the group owner
    ("领取补贴请加补贴专员 bt_zy2026", "bt_zy2026"),  # 加 + a role with its words
    ("找代驾的可以联系，他的号 daijia_wang", "daijia_wang"),
    ("想学英语的，老师微信我放这：yy_teacher1", "yy_teacher1"),
])
def test_an_id_that_hid_from_the_readers(rule, text, seen):
    signals = rule.signals(_message(text))
    assert any(s.kind == "wechat_id" and s.seen.endswith(seen) for s in signals), signals
    assert rule.check(_message(text), Facts()) is not None


@pytest.mark.parametrize("text", [
    "微信 2025 年度账单出来了",   # four digits: a year, no id
    "我加绿豆 abc123",            # 加绿豆 is no WeChat word (绿 counts only before a space or colon)
    "男/女/老/少都适合",          # slashes between words, no contact
    "快递单号 yt12 还没到",       # 单号 is no person's
    "快递员用其他号 13912345678 打的",     # 其他号 is no person's
    "我老公他号 13912345678 到了打这个",   # 他号 before a number: a husband's phone, no id
    "有事加班主任 wangli88 问问",          # 加 + a teacher: a parent's message
    "孩子班主任微信是 ls01，大家加一下",   # four characters after the plain word 微信
])
def test_chat_with_the_same_characters_holds_no_id(rule, text):
    assert "wechat_id" not in _kinds(rule, text)


@pytest.mark.parametrize("text", [
    "装修队电话 137 加 2288 加 4619",                # pieces joined by 加
    "空调清洗上门 电话 158 后面是 3302 再后面 7741",  # pieces joined by words
    "低价机票 电话号码倒着写 1447 2033 851",          # written backwards: 15833027441
])
def test_a_phone_told_in_pieces_or_backwards_scores_as_an_id(rule, text):
    assert _kinds(rule, text).get("phone") == 3
    assert rule.check(_message(text), Facts()) is not None


def test_a_members_own_number_stays_one_point(rule):
    """A member writes her number whole for a pickup: one point, as before."""
    assert _kinds(rule, "帮我放门卫那，我电话 13912345678 到了打我")["phone"] == 1
    assert _kinds(rule, "倒霉，快递单号 87654321931 又丢了").get("phone", 0) < 3  # 倒霉 tells no number backwards
    assert _kinds(rule, "违反规定的车 87654321931 拖走了").get("phone", 0) < 3


@pytest.mark.parametrize("text", [
    "房租1350加500加1000押金",       # sums added up, no phone in pieces
    "底薪138加2000元提成加1000",     # a piece followed by 元 is a sum
])
def test_arithmetic_is_no_phone_in_pieces(rule, text):
    assert _kinds(rule, text).get("phone", 0) < 3


def test_pieces_with_commas_around_the_connector(rule):
    assert _kinds(rule, "装修电话188，加5012，加6337").get("phone") == 3


def test_a_plea_in_a_scam_warning_stays_a_warning(rule):
    kinds = _kinds(rule, "有人冒充你儿子说换了新号要你转两千给他，千万别告诉他验证码")
    assert "warning" in kinds and "new_number" not in kinds


def test_a_long_digit_run_is_read_quickly(rule):
    """_AMOUNT_ASK's sum cannot start inside a number: a long run of digits is not read at every position."""
    import time
    started = time.perf_counter()
    rule.signals(_message("我换号了 " + "12" * 8000))
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize("text", [
    "下款快 不看征信 要的私",
    "🈶兼职🉑在家 💰日结 📩私",
    "有没有想学化妆的？三节课包会，私",
])
def test_a_bare_private_closing_a_clause_is_a_hook(rule, text):
    assert "cue_hook" in _kinds(rule, text)


@pytest.mark.parametrize("text", [
    "保护孩子隐私，照片别乱发",
    "这孩子太自私了，一点不让着妹妹",
    "私人诊所还是去大医院好",
])
def test_words_holding_private_are_no_hook(rule, text):
    assert "cue_hook" not in _kinds(rule, text)


def test_a_plea_not_to_be_reported_is_no_warning(rule):
    """别举报 is the ad's own words: it does not void the ad's signals as a warning about scams would."""
    kinds = _kinds(rule, "刷单日结三百 加微信 sd_2026 别举报")
    assert "warning" not in kinds and "ad_word" in kinds
    assert "warning" in _kinds(rule, "有人发刷单日结的广告，大家举报一下")


def test_a_new_number_kept_secret_with_a_plea(rule):
    """千万别告诉 keeps the family from checking (## hush), not a warning: the new number's signal stays."""
    text = "外婆，我是你外孙小杰，这是我新号，在外地钱包丢了，千万别告诉我妈，你先转我两千"
    kinds = _kinds(rule, text)
    assert kinds.get("new_number") == 3 and "warning" not in kinds
    assert rule.check(_message(text), Facts()) is not None


def test_a_sum_named_before_the_ask(rule):
    text = "舅妈我是你外甥，这是我新号，住院押金还差三千，你先打给我，回头还你"
    assert _kinds(rule, text).get("new_number") == 3


def test_a_rule_without_cues_reads_no_bare_private():
    """The bare 私 is a cue of the hook family: a rule given no cue files finds neither it nor an ad word in its place."""
    from bot.config.schema import AdsRule
    from bot.rules.ads import Ads

    plain = Ads(AdsRule(type="ads", id="ads", model=False), ("兼职",))
    assert [s.seen for s in plain.signals(_message("日结兼职 要的私"))] == ["广告词“兼职”"]
