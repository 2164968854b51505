"""Start-up with a bad config: ``qunbot run`` refuses with the file, line and path, exit 1, no traceback.

The messages themselves are table-tested in tests/test_config.py and reload keeping the last
good config in tests/test_pipeline.py; here the real command is started as a process.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

BAD = {
    "wrong type": ("defaults:\n  signin:\n    base_points: lots\n", ":3: defaults.signin.base_points: Input should be a valid integer"),
    "unknown key": ("send:\n  min_intervall_seconds: 2\n", ":2: send.min_intervall_seconds: unknown key (did you mean 'min_interval_seconds'?)"),
    "bad regex": ("defaults:\n  rules:\n    - {type: regex, id: r, patterns: ['[']}\n", ":3: defaults.rules[0].patterns: bad regex '['"),
    "bad cron": ("defaults:\n  schedule:\n    - {id: m, cron: '61 8 * * *', template: morning_greeting}\n", ":3: defaults.schedule[0].cron: bad cron"),
    "bad timezone": ("groups:\n  - id: g1\n    timezone: Asia/Beijing\n", ":3: groups[0].timezone: unknown timezone 'Asia/Beijing'"),
    "missing template": ("defaults:\n  schedule:\n    - {id: m, cron: '0 8 * * *', template: nope}\n", ":3: defaults.schedule[0].template: no template named 'nope'"),
    "YAML syntax": ("defaults:\n  signin: {base_points: 3\nsend: {}\n", "YAML syntax error"),
}


def start(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "run", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=60, env={**os.environ, **(env or {})})


@pytest.mark.parametrize("case", list(BAD))
def test_run_with_a_bad_config_exits_1_naming_file_line_and_path(tmp_path, case):
    text, expected = BAD[case]
    config = tmp_path / "bad.yaml"
    config.write_text(text, encoding="utf-8")
    db = tmp_path / "never.db"
    done = start("--config", str(config), "--db", str(db), "--port", "0")
    assert done.returncode == 1
    assert f"{config}{expected}" in done.stderr or (expected.startswith("YAML") and f"{config}:" in done.stderr
                                                     and expected in done.stderr), done.stderr
    assert "The bot did not start" in done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists()  # nothing was touched


def test_wechaty_run_with_a_bad_config_exits_1_before_any_connection(tmp_path):
    config = tmp_path / "bad.yaml"
    config.write_text(BAD["unknown key"][0], encoding="utf-8")
    done = start("--transport", "wechaty", "--config", str(config), "--db", str(tmp_path / "never.db"),
                 env={"WECHATY_PUPPET_SERVICE_ENDPOINT": "127.0.0.1:9", "WECHATY_PUPPET_SERVICE_TOKEN": "insecure_t"})
    assert done.returncode == 1
    assert f"{config}:2: send.min_intervall_seconds: unknown key" in done.stderr
    assert "Traceback" not in done.stderr and "insecure_t" not in done.stderr
