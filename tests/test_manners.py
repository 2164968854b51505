"""Chat manners (issue 19): private things go privately, the private chat serves members and staff,
sign-ins are confirmed together, schedules add up, and no English reaches members or owners."""
from __future__ import annotations

import pytest

from bot.audience import AUDIENCE, Audience
from bot.templates import shipped_templates
from tests.conftest import GROUP, TEST_CONFIG, privately

SENT = "已私信您～"


# --- audience: every template says who reads it ----------------------------------------------


def test_every_shipped_template_declares_its_audience():
    templates = set(shipped_templates())
    assert sorted(templates - set(AUDIENCE)) == [], "add these to bot/audience.py: who may read them?"
    assert sorted(set(AUDIENCE) - templates) == [], "bot/audience.py lists templates that do not exist"


def test_a_private_template_cannot_be_said_in_a_group(harness):
    with pytest.raises(ValueError, match="privately"):
        harness.bot.ctx.say("g1", "stats", group_name="x")


def _group_text(actions: list[dict]) -> list[str]:
    return [a["text"] for a in actions if a["action"] == "say"]


@pytest.mark.parametrize("who, command, mentions, private_words", [
    ("owner", "/tag @小美 养生 高血压", ("amy",), "高血压"),
    ("staff", "/stats", (), "今天签到率"),
    ("owner", "/清理", (), "天以上没发言"),
    ("staff", "/help", (), "/stats"),
    ("owner", "/奖品", (), "奖品"),
    ("staff", "/config explain welcome.gather_seconds", (), "本群当前"),
])
async def test_staff_only_output_goes_by_direct_message(harness, who, command, mentions, private_words):
    actions = await harness.say("g1", who, command, mentions=mentions)
    [answer] = privately(who, actions)
    assert private_words in answer["text"]
    assert _group_text(actions) == [SENT]  # the group hears one line
    assert private_words not in " ".join(_group_text(actions))


async def test_a_members_help_stays_in_the_group(harness):
    actions = await harness.say("g1", "amy", "/help")
    assert privately("amy", actions) == [] and "/积分" in _group_text(actions)[0]


async def test_the_coupon_holder_is_never_named_in_the_group(make_harness):
    config = TEST_CONFIG.replace("send:", """coupons:
  campaigns: [{id: c1, title: 满减券, face_value: 20, threshold: 100, quantity: 5}]
send:""")
    harness = await make_harness(config, groups=[GROUP])
    issued = await harness.say("g1", "owner", "/发券 c1 @小美", mentions=("amy",))
    code = next(a["text"].split("券码 ")[1][:8] for a in privately("amy", issued))
    redeemed = await harness.say("g1", "staff", f"/核销 {code}")
    assert "小美" in privately("staff", redeemed)[0]["text"]
    assert _group_text(redeemed) == [SENT]
