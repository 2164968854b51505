"""M20 (issue 17): a verdict reads drawn cues (M19) only for a text whose marks hold an envelope or a pointing hand, or
with a model that weighs a spaced word; the test is one C class test, with the same result without bot.charmap."""
from __future__ import annotations

import pytest

from bot.rules import ads
from bot.text import forms
from tests.test_moderation_m17 import _kinds, rule  # noqa: F401 (rule: the shipped rule fixture, shared)


def _hits(rule, text: str) -> list[str]:
    """The ad words and cues a verdict reads (``Ads.check`` scans so)."""
    folded = forms(text)
    return rule._scan(folded, rule._model_forms(folded))[0]


# Written for these tests (none is a corpus line).
@pytest.mark.parametrize("text, cue", [
    ("🈶货🉑送 📩", ads.ENVELOPE),
    ("年底清仓 ✉️ 滴滴", ads.ENVELOPE),
    ("🏠装修🈶优惠 👉🏻联系", ads.POINTED),
    ("价格 128 元 👉私我", ads.POINTED),  # digits: the scan the model does not share
])
@pytest.mark.parametrize("native", [True, False])
def test_a_verdict_reads_an_envelope_or_a_pointed_call(rule, monkeypatch, text, cue, native):
    if not native:
        monkeypatch.setattr(ads, "_collect", None)
    assert cue in _hits(rule, text)


@pytest.mark.parametrize("text", ["今天好热😀😀", "生日快乐🎂🎉", "明天 上午 九点 到店", "好的👌"])
def test_a_text_with_no_drawn_mark_is_not_read_for_drawn_cues(rule, monkeypatch, text):
    """The shipped fit weighs no spaced word, so a text without an envelope or a pointing hand never reaches
    ``drawn_cues`` (its call on every text with emoji was most of M19's cost)."""
    rule._scanner()  # built on the first scan: this test may be the first of its worker to use the shared rule
    if rule._scanning[4]:
        pytest.skip("the shipped fit weighs a spaced word: every text is read for one")

    def fail(*args):
        raise AssertionError("drawn_cues called")

    monkeypatch.setattr(ads, "drawn_cues", fail)
    _hits(rule, text)


# Written for these tests (none is a corpus line): where a neighbour's offer comes from and who can fetch it.
@pytest.mark.parametrize("text", [
    "老家寄来一箱苹果吃不了，谁要的拿个袋子来",
    "明天顺路去批发市场，要带菜的说一声",
    "周六的话剧票临时去不了，两张原价给邻居",
    "自己种的丝瓜摘多了，放在3单元门口，自己来拿",
])
def test_a_neighbours_offer_reads_as_one(rule, text):
    assert "cue_give" in _kinds(rule, text)


def test_a_pitch_without_a_contact_reads_no_offer(rule):
    assert "cue_give" not in _kinds(rule, "有需要的私我，名额有限，先到先得")
