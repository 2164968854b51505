"""``qunbot replay`` as specified in docs/replay-format.md, run as the command (in the test's process: tests/cli.py)."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import datetime

import pytest

from tests.cli import run_cli
from tests.conftest import ROOT, local
from tests.dbs import query

EXAMPLES = sorted((ROOT / "docs" / "examples").glob("*.jsonl"))
GROUP_LINE = '{"t": "2026-11-23T09:00:00+08:00", "type": "group", "group": "g", "name": "n", "owner": "o", "members": [{"id": "a", "name": "A"}]}'


def replay(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return run_cli(["replay", *args], stdin=stdin)


def actions(result: subprocess.CompletedProcess) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_there_are_two_examples():
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_examples_print_actions_as_specified(example):
    out = actions(replay(str(example)))
    assert out
    for action in out:
        assert action["action"] in {"say", "remove", "direct", "image", "link", "mini_program"}
        datetime.fromisoformat(action["t"])
        if action["action"] == "say":
            assert set(action) >= {"t", "group", "text", "mentions"} and isinstance(action["mentions"], list)
    times = [datetime.fromisoformat(a["t"]) for a in out]
    assert times == sorted(times)


def test_two_days_show_the_morning_post_at_its_virtual_times():
    out = actions(replay(str(ROOT / "docs/examples/signin_two_days.jsonl"), "--until", "2026-11-25T09:00:00+08:00"))
    morning = [a["t"] for a in out if a.get("text", "").startswith("早上好")]
    assert morning == [local("2026-11-24 08:00").isoformat(), local("2026-11-25 08:00").isoformat()]
    signins = [a for a in out if "签到成功" in a.get("text", "")]
    assert [a["mentions"] for a in signins] == [["m-xiaomei"], ["m-xiaomei"]]  # the day's first, at once
    assert "已连续打卡 2 天" in signins[1]["text"]  # 00:00:30 local is a new day
    [gathered] = [a for a in out if a.get("text", "").startswith("今日签到：")]  # the second waits for others to join it
    assert "@婷婷 第2" in gathered["text"] and gathered["t"] == local("2026-11-23 20:04:30").isoformat()


def test_a_burst_is_paced_in_the_output():
    out = actions(replay(str(ROOT / "docs/examples/moderation_and_members.jsonl")))
    times = [datetime.fromisoformat(a["t"]) for a in out[:3]]
    assert all((b - a).total_seconds() >= 1.5 for a, b in zip(times, times[1:]))


def test_stdin_and_kept_database(make_db):
    db = make_db("kept.db")
    transcript = GROUP_LINE + '\n{"t": "2026-11-23T09:01:00+08:00", "type": "message", "group": "g", "from": "a", "text": "签到"}\n'
    out = actions(replay("-", "--db", db, stdin=transcript))
    assert out[0]["mentions"] == ["a"]
    assert query(db, "select member_id, streak from sign_in") == [("a", 1)]
    assert query(db, "select count(*) from event_log") == [(1,)]


def test_custom_config_with_removal(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("defaults:\n  moderation: {removal: auto}\n  rules:\n    - {type: regex, id: ad, patterns: ['加我微信'], action: remove, reason: 发广告}\n", "utf-8")
    transcript = GROUP_LINE.replace('"owner": "o"', '"owner": "o", "bot_is_owner": true') + \
        '\n{"t": "2026-11-23T09:01:00+08:00", "type": "message", "group": "g", "from": "a", "text": "加我微信领红包"}\n'
    out = actions(replay("-", "--config", str(config), stdin=transcript))
    assert [(a["action"], a.get("member")) for a in out] == [("remove", "a"), ("say", None)]


@pytest.mark.parametrize("bad_line, message", [
    ("{not json", "not valid JSON"),
    ('{"t": "2026-11-23T09:05:00+08:00", "type": "message", "group": "g", "from": "a"}', "text: Field required"),
    ('{"t": "2026-11-23T09:05:00+08:00", "type": "shout", "group": "g"}', "unknown type 'shout'"),
    ('{"t": "2026-11-23T09:05:00", "type": "leave", "group": "g", "member": "a"}', "t: Input should have timezone info"),
    ('{"t": "2026-11-23T08:00:00+08:00", "type": "leave", "group": "g", "member": "a"}', "is earlier than the line before"),
    ('{"t": "2026-11-23T09:05:00+08:00", "type": "leave", "group": "other", "member": "a"}', "group 'other' has not been declared"),
    ('[1, 2]', "each line must be a JSON object"),
    ('{"t": "2026-11-23T09:05:00+08:00", "type": "message", "group": "g", "from": "a", "text": "x", "kind": "sticker"}', "kind: Input should be"),
])
def test_malformed_line_exits_2_naming_the_line_and_applies_nothing(bad_line, message, monkeypatch, capsys):
    """Each kind of bad line through the replay command's own entry, in-process (a process each
    cost ~2 CPU-s of imports); the next test runs the command as a process."""
    from bot.replay import main as replay_main

    monkeypatch.setattr(sys, "stdin", io.StringIO(with_bad_line(bad_line)))
    assert replay_main("-", None, None, None) == 2
    out, err = capsys.readouterr()
    assert out == ""  # the good lines before it were not half-applied
    assert "stdin:5:" in err and message in err, err


def test_the_command_exits_2_on_a_malformed_line():
    result = replay("-", stdin=with_bad_line('{"t": "2026-11-23T09:05:00+08:00", "type": "shout", "group": "g"}'))
    assert result.returncode == 2 and result.stdout == ""
    assert "stdin:5:" in result.stderr and "unknown type 'shout'" in result.stderr, result.stderr


def with_bad_line(bad_line: str) -> str:
    return (f"# comment\n{GROUP_LINE}\n\n" + '{"t": "2026-11-23T09:01:00+08:00", "type": "message", "group": "g", '
            '"from": "a", "text": "签到"}\n' + bad_line + "\n")


def test_bad_until_and_missing_file(tmp_path):
    result = replay(str(ROOT / "docs/examples/signin_two_days.jsonl"), "--until", "2026-11-25T09:00:00")
    assert result.returncode == 2 and "needs a UTC offset" in result.stderr
    result = replay(str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2 and "cannot read" in result.stderr


def test_the_private_chat_is_served_privately():
    out = actions(replay(str(ROOT / "docs/examples/private_chat.jsonl")))
    private = [(a["to"], a["text"]) for a in out if a["action"] == "direct"]
    in_group = [a["text"] for a in out if a["action"] == "say"]
    assert [to for to, _ in private] == ["m-xiaomei"] * 3 + ["m-tingting"] * 3 + ["owner-wang"] * 2 + ["m-xiaomei"]
    assert "您当前共有 5 积分" in private[0][1] and "今天已签到" in private[1][1] and "5月12日" in private[2][1]
    # in two groups, naming neither: her points from each, each named (D32)
    assert private[3][1].startswith("【宝妈育儿群】您当前共有 0 积分") and private[4][1].startswith("【潮流青年群】")
    assert "还没有可用的优惠券" in private[5][1]
    assert "小美妈妈：亲子阅读、辅食" in private[6][1] and "【宝妈育儿群 数据】" in private[7][1] and "不再@您" in private[8][1]
    assert in_group == [in_group[0], "已私信您～"] and "签到成功" in in_group[0]  # the tags never reach the group
