"""Trying rules on past chat: ``qunbot replay --report``, and the ad posted three times."""
from __future__ import annotations

import base64
import json

import pytest

from tests.conftest import ROOT
from tests.test_moderation_rules import _qr_png
from tests.test_replay import GROUP_LINE, actions, replay

EXAMPLE = ROOT / "docs/examples/ads_three_times.jsonl"


def test_an_ad_three_times_in_ten_minutes_gets_one_warning_then_the_owner_is_alerted():
    result = replay(str(EXAMPLE), "--report")
    out = actions(result)
    warnings = [a for a in out if a["action"] == "say"]
    assert [(a["mentions"], a["t"]) for a in warnings] == [(["m-spam"], "2026-11-23T02:02:00+00:00")]
    assert "请注意群规" in warnings[0]["text"]
    owner = [a for a in out if a["action"] == "direct"]
    # A minute after each strike (moderation.alert_gather_seconds): news about a member within it makes one message.
    assert [(a["to"], a["t"]) for a in owner] == [("owner-wang", "2026-11-23T02:07:00+00:00"),
                                                  ("owner-wang", "2026-11-23T02:12:00+00:00")]
    assert "第 2 次" in owner[0]["text"] and "无权移出，请群主处理" in owner[1]["text"]
    assert len(out) == 3  # the order with a phone number and the complaint are left alone
    assert "moderation report: 5 messages" in result.stderr
    assert "ads: 3 hits (cannot_remove 1, owner_alerted 1, warned 1)" in result.stderr


def test_where_configured_and_allowed_the_third_ad_removes_the_member(tmp_path):
    config = tmp_path / "new.yaml"
    shipped = (ROOT / "config.yaml").read_text("utf-8")
    # word lists are relative to the config: point every one at the shipped files
    config.write_text(shipped.replace("removal: approve", "removal: auto")
                      .replace("bot/content/", f"{ROOT}/bot/content/"), "utf-8")
    transcript = EXAMPLE.read_text("utf-8").replace('"owner": "owner-wang",', '"owner": "owner-wang", "bot_is_owner": true,')
    result = replay("-", "--config", str(config), "--report", stdin=transcript)
    out = actions(result)
    assert [(a["action"], a.get("to") or a.get("member")) for a in out] == [
        ("say", None), ("direct", "owner-wang"), ("remove", "m-spam"), ("say", None)]
    assert "已被移出本群" in out[3]["text"]
    assert "ads: 3 hits (owner_alerted 1, removed 1, warned 1)" in result.stderr


def test_report_without_hits():
    result = replay(str(ROOT / "docs/examples/signin_two_days.jsonl"), "--report")
    assert "no rule fired" in result.stderr


@pytest.mark.slow
def test_a_transcript_image_carries_a_qr_code():
    line = {"t": "2026-11-23T09:01:00+08:00", "type": "message", "group": "g", "from": "a", "text": "[图片]",
            "kind": "image", "image": base64.b64encode(_qr_png("https://u.wechat.com/EAbcDef")).decode()}
    result = replay("-", "--report", stdin=GROUP_LINE + "\n" + json.dumps(line) + "\n")
    assert [(a["action"], a.get("mentions")) for a in actions(result)] == [("say", ["a"])]
    assert "ads: 1 hits (warned 1)" in result.stderr
    bad = dict(line, image="not base64!")
    result = replay("-", stdin=GROUP_LINE + "\n" + json.dumps(bad) + "\n")
    assert result.returncode == 2 and "stdin:2: image:" in result.stderr
