"""The offline tools (verify-draw, export orders) name a missing database clearly."""
from __future__ import annotations


import pytest

from tests.cli import run_cli


@pytest.mark.parametrize("args, tool", [
    (["verify-draw", "--draw", "1"], "verify-draw"),
    (["export", "orders"], "export orders"),
])
def test_a_missing_database_is_named_and_exits_2(tmp_path, args, tool):
    missing = tmp_path / "nope.db"
    result = run_cli([*args, "--db", missing])
    assert result.returncode == 2
    assert f"{tool}: database not found: {missing}" in result.stderr
    assert not missing.exists()  # nothing created by looking
