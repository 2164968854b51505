"""Issue 17, M15: a relative's "new number" scam, V/X/W look-alikes of other scripts, a message telling of one received.

Every sentence here was written for this file (none is a corpus line)."""
from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

import pytest

from bot.events import GroupMessage, Member
from bot.moderation.training import shipped_rule
from bot.rules import Facts
from bot.rules.ad_model import SHIPPED, load_model
from bot.text import LOOKALIKE_CHARACTERS, forms

AT = datetime(2026, 12, 5, 2, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def rule():
    return shipped_rule(model=load_model(True, SHIPPED.parent))


def _message(text: str) -> GroupMessage:
    return GroupMessage("g", "群", Member("m", "成员"), text, AT)


def _points(rule, text: str) -> dict[str, int]:
    return {s.kind: s.points for s in rule.signals(_message(text))}


def _flagged(rule, text: str, newcomer: bool = False) -> bool:
    return rule.check(_message(text), Facts(newcomer=newcomer)) is not None


# A new number (or a lost, broken, borrowed phone) and the reader asked for money now.
ASKING = [
    "妈，我是小军，手机掉水里了，这是我新号，先别给我打电话，帮我转两千给同学",
    "我是你表哥，手机丢了，借朋友的号发的，方便的话先借我三千，明天就还",
    "舅舅，我换微信了，旧的不用了，我这边急着交房租，能不能先转我五千",
    "老同学，还记得我吧，我换了新号，最近手头紧，能不能借我点钱周转一下",
    "叔叔好，我是您侄子小刚，换了新号码，现在在外地出了点事，急需两万，别告诉我爸妈",
    "哥，我手机被偷了，现在用的新号，回头细说，先借我两千救急",
    "小姨，我是婷婷，换新手机号了，学校要交资料费，你先帮我交一下，别跟我妈说",
]
# A relative's voice and a new number, with the new contact: the number to add is the scam.
KIN_CONTACT = [
    "大舅我是阿明，换号了，新号码 13912345678，你存一下",
    "爸，我换号了，加我新微信，有急事",
]
# Family chat about a new number (to the group, or of a relative), and warnings that quote the scam.
HAM = [
    "我换号了，新号 139 0000 1234，大家存一下，旧号不用了",
    "我儿子手机丢了，这两天联系他打我电话",
    "我手机丢了，刚补了卡，号码没变，团购的钱明天来店里给",
    "我女儿换了新号，她说旧号注销了，我跟她视频确认过了",
    "我老公手机丢了，群里的订单先记我名下，钱我来转给店长",
    "我妈差点信了，有人冒充我表哥说手机丢了换了新号，要借三千，大家别上当",
    "最近流行冒充家人的骗局：\"爸，我换号了，加我新微信\"，千万别转钱",
    "反诈提醒：凡是说\"我换号了、手机丢了、先借点钱\"的，一律先打原号码核实",
    "姐，我换了新微信，旧的那个被盗了，如果旧号找你借钱千万别理",
    "隔壁王阿姨收到短信说儿子手机坏了让转钱，还好她先给儿子打了电话",
]


@pytest.mark.parametrize("text", ASKING)
def test_a_new_number_and_a_money_ask_score_three_points(rule, text):
    assert _points(rule, text).get("new_number") == 3


@pytest.mark.parametrize("text", KIN_CONTACT)
def test_a_relatives_voice_and_a_new_number_score_two(rule, text):
    points = _points(rule, text)
    assert points.get("new_number") == 2
    assert sum(points.values()) >= 3  # with the contact it gives


@pytest.mark.parametrize("text", ASKING + KIN_CONTACT)
def test_the_scam_is_an_ad(rule, text):
    assert _flagged(rule, text)


@pytest.mark.parametrize("text", HAM)
def test_family_chat_and_warnings_stay(rule, text):
    assert "new_number" not in _points(rule, text)
    assert not _flagged(rule, text) and not _flagged(rule, text, newcomer=True)


def test_a_message_received_and_told_is_read_whole(rule):
    told = "我昨天收到一条\"医保卡余额清零\"的短信，网址是什么yibao点top，医保的事还是去社保局问"
    assert "received" in _points(rule, told)
    assert not _flagged(rule, told) and not _flagged(rule, told, newcomer=True)
    # the same link as the writer's own, from a newcomer, still counts
    assert _flagged(rule, "医保卡余额提现 yibao点top", newcomer=True)


@pytest.mark.parametrize("text, folded", [
    ("加ν信 abc12345", "加v信 abc12345"), ("ѵх：shop_2024", "vx:shop_2024"), ("ωx: abc_888", "wx: abc_888"),
    ("加ᐯ：abc123", "加v:abc123"), ("Ꮩх zhang888", "vx zhang888"), ("шx：abc_888", "wx:abc_888"), ("加𝛎：abc123", "加v:abc123"),
])
def test_v_x_w_of_other_scripts_fold(text, folded):
    assert forms(text).folded == folded


@pytest.mark.parametrize("text", ["加ν信 abc12345", "ѵх：shop_2024 日结", "ᐯ：abc12345 进群领红包", "Ꮩх zhang888 私聊"])
def test_their_ids_are_ads(rule, text):
    assert _points(rule, text).get("wechat_id") == 3
    assert _flagged(rule, text)


@pytest.mark.parametrize("text", ["医生说多吃含ω-3的鱼，三文鱼就不错", "Ω-6 和 ω3 的比例要注意", "鱼油选 ω－3 含量高的"])
def test_omega_of_a_fatty_acid_is_kept(rule, text):
    assert "ω" in forms(text).folded
    assert not _flagged(rule, text) and not _flagged(rule, text, newcomer=True)


def test_every_character_nfkc_or_casefold_makes_a_look_alike_is_one():
    """``forms`` reads a text the look-alike way only for a character of the table: a character whose NFKC and
    casefold holds a look-alike (Ν, Ω, 𝛚) must be one itself, or the same text would fold two ways."""
    table = set(LOOKALIKE_CHARACTERS)
    missing = [hex(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000 and chr(code) not in table
               and not table.isdisjoint(unicodedata.normalize("NFKC", chr(code)).casefold())]
    assert missing == []
