"""Ads whose contact is only pointed at (a profile, a code to scan, a bare 私), and phone numbers given in pieces:
caught by mechanism (``ads.pointer``, ``ads.pieced_phones``, app ids), while members' own codes, photos and offers stay.
Examples written for these tests, from what such ads and such chat look like."""
from __future__ import annotations

import pytest

from bot.config.schema import AdsRule
from bot.rules.ads import POINTER_LEAN, POINTER_POINTS, Signal, contacts, pieced_phones, veto
from bot.text import forms
from corpus.eval_moderation import flagged


def _phones(text: str) -> list[str]:
    return pieced_phones(forms(text).folded)


@pytest.mark.parametrize("text, phone", [
    ("代办资格证 包过 电话前三位 151，中间 4826，尾号 3307", "15148263307"),
    ("上分下分找客服，热线 135 后面跟 7712 再后面 0468", "13577120468"),
    ("手机 尾号0468，前七位 1357712", "13577120468"),
    ("电话 开头 189 结尾 5521 中间 0733", "18907335521"),
    ("征信花了也能贷，号码倒过来写：9524 6037 851", "15873064259"),
    ("要货的打 一八六 二二零九 五七八三", "18622095783"),
    ("联系电话 13800000000 加 2468", "13800002468"),
    ("手机 〡〣〨 〦〦〧〥 〤〣〢〡", "13866754321"),  # Hangzhou numerals
])
def test_a_phone_number_in_pieces_is_put_together(text, phone):
    assert phone in _phones(text)


@pytest.mark.parametrize("text", [
    "我家电话换了，新号码还没记住，明天 10点 到 12点 在家",
    "快递到了，手机尾号 6688 的是谁的，在 3 号楼 2 单元门口",
    "打车回来花了 35，等了 20 分钟，电话里说 5 分钟到",
])
def test_numbers_in_ordinary_chat_make_no_phone(text):
    assert _phones(text) == []


@pytest.mark.parametrize("text", [
    "想做线上副业的姐妹，赚钱方法放我主页了，自己去看",
    "低价回收各种购物卡，当天到账，详情看我个性签名",
    "专业修复征信，不成功不收费，有需要搜我昵称",
    "新到一批原单羽绒服，款式太多发不完，看我朋友圈第一条",
    "[图片] 长按识别，进股民交流群，每天免费推荐牛股",
    "有没有人需要办大额信用卡的？包下卡，有意私",
    "代办各类资格证，包过，电话前三位 151，中间 4826，尾号 3307",
    "征信花了也能贷，下款快，号码倒过来写：9524 6037 851",
])
def test_ads_that_only_point_at_their_contact_are_caught(text):
    assert flagged(text, False)


@pytest.mark.parametrize("text", [
    "幼儿园的家长群二维码我发这儿了，新来的小朋友家长扫码进群",
    "社区医院流感疫苗可以预约了，扫码登记，记得带医保卡",
    "拍了好多照片，都发朋友圈了，大家有空去看看",
    "家里多了两箱橙子，吃不完，有要的邻居私我，不要钱",
    "我家电话换了，新号码尾号 6688，前面没变，有事打我",
    "孩子发烧了，谁知道附近哪个诊所晚上开门？知道的私我一下，谢谢",
    "群里谁在卖自家腌的腊肉？我想买两斤，看到的私我",
])
def test_members_codes_photos_and_offers_stay(text):
    assert not flagged(text, False)
    assert not flagged(text, True)


def _kinds(text: str) -> set[str]:
    from bot.events import GroupMessage, Member
    from corpus.eval_moderation import _AT, _stage

    ads = next(r for r in _stage() if r.id == "ads")
    return {s.kind for s in ads.signals(GroupMessage("g", "群", Member("m", "成员"), text, _AT))}


def test_a_pointer_is_a_contact_pointed_at_not_an_honest_offer_nor_a_warning():
    assert "pointer" in _kinds("一个月瘦十斤，方法在我朋友圈")
    assert "pointer" in _kinds("急用钱的有意私，当天放")
    assert "pointer" in _kinds("[图片] 扫码领取，名额有限")  # a code to scan beside a sale (名额)
    assert "pointer" not in _kinds("[图片] 班级群的二维码，新来的家长扫码进群")  # a code beside no sale
    assert "pointer" in _kinds("有没有要办年卡的？一年29，扣1")  # a reader asked to reply 1
    assert "pointer" in _kinds("有没有孩子要补课的？名师一对一，试听免费，私")  # 私 alone as the last clause
    assert "pointer" not in _kinds("这事我私下问问她吧")
    assert "pointer" not in _kinds("闲置的婴儿车，九成新，照片在我朋友圈")  # an honest offer's cue
    assert "pointer" not in _kinds("拍了，发朋友圈了")  # posted, not pointed at
    assert "pointer" not in _kinds("私人医生说要多走路")
    assert "pointer" not in _kinds("有人在群里说瘦十斤的方法在他朋友圈，都是骗子，别信")  # a warning
    assert "pointer" not in _kinds("兼职日结，加薇信：yh_888666，私我")  # its contact is written: points already


def test_a_pointer_counts_only_where_the_model_leans_to_an_ad():
    spec = AdsRule(type="ads", id="ads")
    pointed = [Signal("线索“想瘦的”", 0, "cue_bait"), Signal("指向群外的联系方式“看我头像”", POINTER_POINTS, "pointer")]
    assert veto(spec, pointed, POINTER_POINTS) == POINTER_LEAN > spec.model_veto
    with_phone = pointed + [Signal("手机号 13800001111", 1, "phone"), Signal("广告词“兼职”", 1, "ad_word"),
                            Signal("广告词“日结”", 1, "ad_word")]
    assert veto(spec, with_phone, POINTER_POINTS + 3) == spec.model_veto  # the other signals make the points


@pytest.mark.parametrize("text, app_id", [
    ("土豆号：slim888 私我", "slim888"),
    ("加蝙蝠 id abc_2026 带你上分", "abc_2026"),
    ("LINE: tw_lucky88", "tw_lucky88"),
    ("飞机号 lucky_77", "lucky_77"),
])
def test_an_id_on_another_chat_app_is_a_contact(text, app_id):
    assert f"聊天软件号 {app_id}" in [s.seen for s in contacts(forms(text).folded, lambda _: [])]


@pytest.mark.parametrize("text", ["今天土豆 12345 斤", "坐飞机：CA1831 明早八点到", "土豆丝炒好了，line 上的照片看到了吗"])
def test_an_app_word_in_chat_is_no_contact(text):
    assert [s for s in contacts(forms(text).folded, lambda _: []) if s.kind == "telegram_id"] == []


@pytest.mark.parametrize("text, seen", [
    ("兼职日结 加√：abc123", "微信号 abc123"),  # a tick for V
    ("Ꮩ：mei_888 代购", "微信号 mei_888"),  # a Cherokee letter for V
    ("ᗯx：abc_888", "微信号 abc_888"),
    ("🞡我 v abc_888", "微信号 abc_888"),
    ("企额：12345678 带你上分", "QQ 12345678"),  # 企鹅 by sound
])
def test_look_alikes_and_sound_alikes_of_contact_words(text, seen):
    assert seen in [s.seen for s in contacts(forms(text).folded, lambda _: [])]


def test_a_victims_report_of_an_impostor_is_no_ad():
    assert not flagged("我刚才差点中招，有人假装是楼下王姐私聊我借两千块，头像都一样，幸好打电话问了", False)
