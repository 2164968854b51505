"""Start-up with a bad config: ``qunbot run`` refuses with the file, line and path, exit 1, no traceback.

The messages themselves are table-tested in tests/test_config.py and reload keeping the last
good config in tests/test_pipeline.py. Here the command runs: as a real process for one bad file
(the exit status and stderr of the process itself) and for the wechaty transport, in the test's
process for the others (tests/cli.py; each process paid ~3 s of CPU for Python and the imports).
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.cli import run_cli
from tests.conftest import ROOT

BAD = {
    "wrong type": ("defaults:\n  signin:\n    base_points: lots\n", " 第 3 行 defaults.signin.base_points：应是一个整数，这里写的是“lots”"),
    "unknown key": ("send:\n  min_intervall_seconds: 2\n", " 第 2 行 send.min_intervall_seconds：没有这一项（是不是想写 “min_interval_seconds”？）"),
    "bad regex": ("defaults:\n  rules:\n    - {type: regex, id: r, patterns: ['[']}\n", " 第 3 行 defaults.rules[0].patterns：正则表达式 “[” 写错了"),
    "bad cron": ("defaults:\n  schedule:\n    - {id: m, cron: '61 8 * * *', template: morning_greeting}\n",
                 " 第 3 行 defaults.schedule[0].cron：定时表达式 “61 8 * * *” 写错了：第 1 段（分钟）“61” 不对，应在 0-59 之间"),
    "bad timezone": ("groups:\n  - id: g1\n    timezone: Asia/Beijing\n", " 第 3 行 groups[0].timezone：时区 “Asia/Beijing” 不存在"),
    "missing template": ("defaults:\n  schedule:\n    - {id: m, cron: '0 8 * * *', template: nope}\n", " 第 3 行 defaults.schedule[0].template：没有叫 “nope” 的模板"),
    "YAML syntax": ("defaults:\n  signin: {base_points: 3\nsend: {}\n", " 第 3 行：括号或引号没有配对"),
}


def start(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "run", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=60, env={**os.environ, **(env or {})})


REAL_PROCESS = "YAML syntax"


@pytest.mark.parametrize("case", list(BAD))
def test_run_with_a_bad_config_exits_1_naming_file_line_and_path(tmp_path, case, monkeypatch):
    text, expected = BAD[case]
    config = tmp_path / "bad.yaml"
    config.write_text(text, encoding="utf-8")
    db = tmp_path / "never.db"
    args = ("--config", str(config), "--db", str(db), "--port", "0")
    if case == REAL_PROCESS:
        done = start(*args)
    else:
        import bot.playground.run

        def started(*_args, **_kwargs):  # in this process a bot that started would serve until stopped
            raise AssertionError("qunbot run started the bot with a bad config")

        monkeypatch.setattr(bot.playground.run, "serve", started)
        done = run_cli(["run", *args])
    assert done.returncode == 1
    assert f"{config}{expected}" in done.stderr, done.stderr
    assert "机器人没有启动" in done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists()  # nothing was touched


def test_wechaty_run_with_a_bad_config_exits_1_before_any_connection(tmp_path):
    config = tmp_path / "bad.yaml"
    config.write_text(BAD["unknown key"][0], encoding="utf-8")
    done = start("--transport", "wechaty", "--config", str(config), "--db", str(tmp_path / "never.db"),
                 env={"WECHATY_PUPPET_SERVICE_ENDPOINT": "127.0.0.1:9", "WECHATY_PUPPET_SERVICE_TOKEN": "insecure_t"})
    assert done.returncode == 1
    assert f"{config} 第 2 行 send.min_intervall_seconds：没有这一项" in done.stderr
    assert "Traceback" not in done.stderr and "insecure_t" not in done.stderr
