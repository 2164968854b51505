"""Config: strict schema, errors with YAML path and line, defaults for every group."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from bot.config.loader import ConfigError, load_config, parse_config
from tests.conftest import ROOT


def errors(text: str) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(textwrap.dedent(text), filename="c.yaml")
    return [issue.format("c.yaml") for issue in info.value.issues]


def test_shipped_config_loads_and_configures_demo_groups(shipped_config):
    assert shipped_config.settings_for("any-id", "宝妈育儿群").theme == "parenting"
    assert shipped_config.settings_for("x", "乐龄健康群").schedule[0].cron == "30 7 * * *"
    assert shipped_config.settings_for("never-seen", "某个新群") is shipped_config.defaults
    assert [g.name for g in shipped_config.playground.groups] == ["宝妈育儿群", "乐龄健康群", "潮流青年群"]


def test_every_shipped_yaml_and_word_file_loads(shipped_config):
    from bot.rules import build_rules
    from bot.templates import Renderer, shipped_templates

    rules = build_rules(shipped_config.defaults, ROOT)
    assert rules and rules[0].id == "banned-words"
    Renderer(shipped_templates())  # every shipped template compiles


def test_typo_and_bad_cron_are_both_reported_with_lines():
    found = errors("""\
        defaults:
          signin:
            base_pionts: 3
          schedule:
            - id: morning
              cron: "0 25 * * *"
              template: morning_greeting
        """)
    assert found[0] == "c.yaml:3: defaults.signin.base_pionts: unknown key (did you mean 'base_points'?)"
    assert found[1].startswith("c.yaml:6: defaults.schedule[0].cron: bad cron '0 25 * * *'")
    assert len(found) == 2


@pytest.mark.parametrize("text, expected", [
    ("defaults: {timezone: Asia/Shangai}", "c.yaml:1: defaults.timezone: unknown timezone 'Asia/Shangai'"),
    ("defaults:\n  rules:\n    - {type: banned_word, id: x}", "c.yaml:3: defaults.rules[0]: unknown type"),
    ("defaults:\n  rules:\n    - {id: x}", "c.yaml:3: defaults.rules[0]: needs a 'type'"),
    ("defaults:\n  rules:\n    - {type: regex, id: r, patterns: ['(']}", "c.yaml:3: defaults.rules[0].patterns: bad regex '('"),
    ("defaults:\n  rules:\n    - {type: regex, id: r}", "c.yaml:3: defaults.rules[0].patterns: required key is missing"),
    ("defaults:\n  schedule:\n    - {id: a, cron: '0 8 * *', template: morning_greeting}", "c.yaml:3: defaults.schedule[0].cron: bad cron '0 8 * *': must have 5 fields"),
    ("defaults:\n  schedule:\n    - {id: a, cron: '0 8 * * 9', template: morning_greeting}", "c.yaml:3: defaults.schedule[0].cron: bad cron '0 8 * * 9': weekday '9' must be 0-7"),
    ("defaults:\n  schedule:\n    - {id: a, cron: '0 8 * * *', template: mornin}", "c.yaml:3: defaults.schedule[0].template: no template named 'mornin'"),
    ("templates:\n  signin_okk: hi", "c.yaml:2: templates.signin_okk: no such template (did you mean 'signin_ok'?)"),
    ("templates:\n  signin_ok: '{{ rank '", "c.yaml:2: templates.signin_ok: template error"),
    ("defaults:\n  rules:\n    - {type: banned_words, id: b, files: [nope.txt]}", "c.yaml:3: defaults.rules[0].files[0]: file not found: nope.txt"),
    ("bot: {id: qunbot}\nbot: {id: other}", "c.yaml:2: bot: duplicate key"),
    ("defaults:\n  signin: [1, 2", "c.yaml:2: YAML syntax error"),
    ("- just\n- a list", "c.yaml:1: the top level must be a mapping"),
    ("groups:\n  - theme: x", "c.yaml:2: groups[0]: needs an id or a name"),
    ("send: {min_interval_seconds: -1}", "c.yaml:1: send.min_interval_seconds: Input should be greater than or equal to 0"),
    ("playground: {port: 99999}", "c.yaml:1: playground.port: Input should be less than or equal to 65535"),
])
def test_error_messages(text, expected):
    found = errors(text)
    assert any(line.startswith(expected) for line in found), found


def test_group_errors_name_the_group_and_defaults_errors_appear_once():
    found = errors("""\
        defaults:
          signin: {base_pionts: 1}
        groups:
          - name: 宝妈育儿群
            signin: {max_points: -1}
        """)
    assert found == [
        "c.yaml:2: defaults.signin.base_pionts: unknown key (did you mean 'base_points'?)",
        "c.yaml:5: groups[0].signin.max_points: Input should be greater than or equal to 0",
    ]


def test_groups_override_defaults_key_by_key():
    config = parse_config(textwrap.dedent("""\
        defaults:
          theme: general
          signin: {base_points: 5, max_points: 15}
        groups:
          - id: g-1
            signin: {base_points: 8}
          - name: 乐龄健康群
            timezone: Asia/Urumqi
        """))
    by_id = config.settings_for("g-1", "whatever")
    assert (by_id.signin.base_points, by_id.signin.max_points, by_id.theme) == (8, 15, "general")
    assert config.settings_for("other", "乐龄健康群").timezone == "Asia/Urumqi"
    assert config.settings_for("other", "新群").signin.base_points == 5


def test_empty_file_means_all_defaults():
    config = parse_config("")
    assert config.settings_for("g", "n").signin.enabled


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_check_config_cli(tmp_path):
    ok = run_cli("check-config")
    assert ok.returncode == 0 and "OK" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("defaults:\n  signin:\n    base_pionts: 3\n  schedule:\n    - {id: m, cron: '0 8 * * 8', template: morning_greeting}\n", "utf-8")
    result = run_cli("check-config", str(bad))
    assert result.returncode == 1
    assert f"{bad}:3: defaults.signin.base_pionts: unknown key" in result.stderr
    assert f"{bad}:5: defaults.schedule[0].cron: bad cron" in result.stderr
    assert "2 problem(s) found" in result.stderr


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "missing.yaml")
