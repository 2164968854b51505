"""The games example through ``qunbot replay`` and ``qunbot verify-draw``, as commands (tests/cli.py)."""
from __future__ import annotations

import re

import pytest

from tests.cli import run_cli
from tests.conftest import ROOT, local
from tests.test_replay import actions, replay

EXAMPLE = ROOT / "docs" / "examples" / "games_quiz_lottery.jsonl"


@pytest.mark.slow
@pytest.mark.sqlite_only("the games through replay are under test; their storage on PostgreSQL is in test_lottery's and test_quiz's other tests")
def test_quiz_points_and_a_verified_lottery_in_replay(make_db):
    db = make_db("games.db")
    out = actions(replay(str(EXAMPLE), "--db", db))
    said = [(a["t"], a["mentions"], a["text"]) for a in out if a["action"] == "say"]

    winners = [s for s in said if "第一个答对" in s[2]]
    assert len(winners) == 1 and winners[0][1] == ["m-tingting"]  # two right answers in the same second: one winner
    [revealed] = [s for s in said if s[2].startswith("时间到")]
    assert revealed[0] == local("2026-11-23 19:55").isoformat() and "A. 5克" in revealed[2]

    [result] = [s for s in said if "开奖！" in s[2]]
    assert result[0] == local("2026-11-23 21:00").isoformat() and "共 2 人参加" in result[2]
    assert result[1][0] in ("m-tingting", "m-lanlan")
    assert not [s for s in said if "m-xiaomei" in s[1] and s[0] > local("2026-11-23 21:00").isoformat()]

    verified = run_cli(["verify-draw", "--draw", "1", "--db", db])
    assert verified.returncode == 0, verified.stderr
    assert f"winners: {result[1][0]}" in verified.stdout
    seed = re.search(r"种子：([0-9a-f]{64})", result[2]).group(1)
    assert f"seed: {seed}" in verified.stdout
