"""M19 (issue 17): cues drawn by the text's look rather than its words — an envelope or a pointed call as the hook, a
word spread one character a gap as the cue family ``spaced`` (docs/moderation.md M19)."""
from __future__ import annotations

import pytest

from bot.config.schema import AdsRule
from bot.rules import Facts, ads
from bot.rules.ads import Ads
from bot.text import forms
from tests import moderation_reference
from tests.test_moderation_m17 import _kinds, _message, rule  # noqa: F401 (rule: the shipped rule fixture, shared)


# Written for these tests (none is a corpus line).
@pytest.mark.parametrize("text", [
    "🈶货🉑送 📩",                # an envelope closing the pitch
    "💊🈚副作用 💌敲",             # another envelope
    "🏠装修🈶优惠 👉🏻联系",        # a pointed call, a skin tone between
    "年货🈶 👉 滴滴",              # a space between
    "👉私我 🈶福利",
])
def test_an_envelope_or_a_pointed_call_is_the_hook(rule, text):
    assert "cue_hook" in _kinds(rule, text)


@pytest.mark.parametrize("text", [
    "新年好👉🏻万事如意👉🏻阖家幸福",  # a pointing hand as a bullet of wishes
    "比赛加油👉加油👉加油",          # 加油 is no 加
    "照片在这👇大家看看",            # another hand
    "社区免费体检👉领取号码牌 在一楼",  # a notice's call to come, not to reach the writer
    "周六店里包饺子👉报名找前台",
])
def test_a_pointing_hand_before_no_call_is_no_hook(rule, text):
    assert "cue_hook" not in _kinds(rule, text)


@pytest.mark.parametrize("text", [
    "刷 单 返 利",
    "代.办.信.用.卡",
    "高/仿/名/表，私",
    "我说 养 生 保 健 品 不要买",   # the words before it are not spread: the spaced run still is
])
def test_a_word_spread_one_character_a_gap_is_spaced(rule, text):
    assert "cue_spaced" in _kinds(rule, text)


@pytest.mark.parametrize("text", [
    "我 们 去",                 # three characters only
    "明天 上午 九点 到店",        # words of two characters between the gaps
    "好的，谢谢，收到，明白",      # commas end clauses: no gap
    "abc def ghi jkl",          # no Chinese
])
def test_gaps_between_words_are_not_spaced(rule, text):
    assert "cue_spaced" not in _kinds(rule, text)


def test_spaced_chat_with_no_pitch_stays_chat(rule):
    """A spaced word is a cue, not points: an older member typing so is judged by what she says."""
    text = "今 天 下 雨 了 出 门 带 伞"
    assert sum(s.points for s in rule.signals(_message(text))) == 0
    assert rule.check(_message(text), Facts()) is None


@pytest.mark.parametrize("text, envelope, pointed, spaced", [
    ("🈶货📩", True, False, False), ("✉️私", True, False, False), ("👉🏻 报名", False, False, False), ("👉🏻 联系", False, True, False),
    ("👉加油", False, False, False), ("👉加我", False, True, False), ("包 治 百 病", False, False, True),
    ("包-治-百-病", False, False, True), ("我 们 去", False, False, False), ("包 治 百病", False, False, False),
    ("哈哈 包 治 百 病", False, False, True), ("包 治 百 病好", False, False, False),
])
def test_the_reference_reads_drawn_cues_as_the_rule_does(text, envelope, pointed, spaced):
    folded = forms(text).folded
    assert any(c in folded for c in moderation_reference._ENVELOPE_MARKS) is envelope
    assert moderation_reference._pointed_call(folded) is pointed
    assert moderation_reference._spaced_word(folded) is spaced
    cues = {ads.ENVELOPE: "hook", ads.POINTED: "hook", ads.SPACED: "spaced"}
    found = ads.drawn_cues(forms(text), [], cues)
    assert (ads.ENVELOPE in found, ads.POINTED in found, ads.SPACED in found) == (envelope, pointed, spaced)


def test_a_rule_without_cues_reads_no_drawn_cue():
    plain = Ads(AdsRule(type="ads", id="ads", model=False), ("兼职",))
    assert [s.seen for s in plain.signals(_message("兼 职 日 结 📩"))] == ["广告词“兼职”"]


@pytest.mark.parametrize("pitch, hook", [("🈶💰🉑赚", "📩"), ("🈶货🉑送", "📩"), ("🈶货🉑送", " 👉🏻联系")])
def test_an_emoji_only_pitch_is_caught_by_its_hook(rule, pitch, hook):
    """The shipped fit weighs the hook family and its pair with emoji: the hook drawn by an emoji is read, and the pitch
    with it caught (M20's refit catches some of these pitches without the hook too)."""
    assert "cue_hook" not in _kinds(rule, pitch) and "cue_hook" in _kinds(rule, pitch + hook)
    assert rule.check(_message(pitch + hook), Facts()) is not None
