"""Config: strict schema, errors with YAML path and line, defaults for every group."""
from __future__ import annotations

import textwrap

import pytest

from bot.config.loader import ConfigError, load_config, parse_config
from tests.cli import run_cli
from tests.conftest import ROOT


def issues(text: str) -> list:
    with pytest.raises(ConfigError) as info:
        parse_config(textwrap.dedent(text), filename="c.yaml")
    return info.value.issues


def errors(text: str) -> list[str]:
    return [issue.format("c.yaml") for issue in issues(text)]


def where(text: str) -> list[tuple]:
    """(line, path, code) of every problem: what the program decided, before it is put into words."""
    return [(issue.line, issue.path, issue.code) for issue in issues(text)]


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
    assert found[0] == "c.yaml 第 3 行 defaults.signin.base_pionts：没有这一项（是不是想写 “base_points”？）"
    assert found[1] == ("c.yaml 第 6 行 defaults.schedule[0].cron：定时表达式 “0 25 * * *” 写错了："
                        "第 2 段（小时）“25” 不对，应在 0-23 之间")
    assert len(found) == 2


def test_a_value_of_the_wrong_kind_quotes_what_was_written():
    found = errors("defaults:\n  signin:\n    gather_seconds: 三分钟\n")
    assert found == ["c.yaml 第 3 行 defaults.signin.gather_seconds：应是一个数字，这里写的是“三分钟”"]


@pytest.mark.parametrize("text, expected, says", [
    ("defaults: {timezone: Asia/Shangai}", (1, "defaults.timezone", "timezone_unknown"), "时区 “Asia/Shangai” 不存在"),
    ("defaults:\n  rules:\n    - {type: banned_word, id: x}", (3, "defaults.rules[0]", "union_tag_invalid"),
     "类型 “banned_word” 不存在；可选：“banned_words”、“regex”"),
    ("defaults:\n  rules:\n    - {id: x}", (3, "defaults.rules[0]", "union_tag_not_found"), "缺少 “type”"),
    ("defaults:\n  rules:\n    - {type: regex, id: r, patterns: ['(']}", (3, "defaults.rules[0].patterns", "regex_bad"),
     "正则表达式 “(” 写错了"),
    ("defaults:\n  rules:\n    - {type: regex, id: r}", (3, "defaults.rules[0].patterns", "missing"), "缺少必填的一项 “patterns”"),
    ("defaults:\n  schedule:\n    - {id: a, cron: '0 8 * *', template: morning_greeting}",
     (3, "defaults.schedule[0].cron", "cron_bad"), "应有 5 段（分 时 日 月 星期，用空格隔开），这里有 4 段"),
    ("defaults:\n  schedule:\n    - {id: a, cron: '0 8 * * 9', template: morning_greeting}",
     (3, "defaults.schedule[0].cron", "cron_bad"), "第 5 段（星期）“9” 不对，应在 0-7，0 和 7 都是星期日 之间"),
    ("defaults:\n  schedule:\n    - {id: a, cron: '0 8 * * *', template: mornin}",
     (3, "defaults.schedule[0].template", "template_unknown"), "没有叫 “mornin” 的模板"),
    ("templates:\n  signin_okk: hi", (2, "templates.signin_okk", "template_unknown"),
     "没有叫 “signin_okk” 的模板（是不是想写 “signin_ok”？）"),
    ("templates:\n  signin_ok: '{{ rank '", (2, "templates.signin_ok", "template_syntax"), "模板写法有误"),
    ("defaults:\n  rules:\n    - {type: banned_words, id: b, files: [nope.txt]}",
     (3, "defaults.rules[0].files[0]", "file_not_found"), "找不到文件 “nope.txt”"),
    ("bot: {id: qunbot}\nbot: {id: other}", (2, "bot", "duplicate_key"), "这一项写了两次"),
    ("defaults:\n  signin: [1, 2", (2, "", "yaml_unclosed"), "括号或引号没有配对"),
    ("defaults:\n\tsignin: {}", (2, "", "yaml_tab"), "用了制表符（“Tab” 键）缩进"),
    ("defaults:\n  signin:\n    enabled: yes: no", (3, "", "yaml_colon"), "这里不能再出现冒号"),
    ("defaults:\n  signin:\n    enabled: true\n   base_points: 3", (4, "", "yaml_indent"), "缩进不对齐"),
    ("defaults:\n  signin: !points 3", (2, "", "yaml_tag"), "无法识别的标记"),
    ("defaults:\n  signin: *nope", (2, "", "yaml_alias"), "锚点不存在"),
    ("- just\n- a list", (1, "", "top_not_config"), "文件最外层应是一项项设置"),
    ("groups:\n  - theme: x", (2, "groups[0]", "group_needs_id_or_name"), "缺少 “id” 或 “name”"),
    ("send: {min_interval_seconds: -1}", (1, "send.min_interval_seconds", "greater_than_equal"), "不能小于 0，这里写的是“-1”"),
    ("playground: {port: 99999}", (1, "playground.port", "less_than_equal"), "不能大于 65,535，这里写的是“99999”"),
    ("defaults: {posting: {quiet_posts: later}}", (1, "defaults.posting.quiet_posts", "literal_error"),
     "只能是 “wait”、“skip” 之一，这里写的是“later”"),
    ("defaults: {signin: {enabled: maybe}}", (1, "defaults.signin.enabled", "bool_parsing"), "这里写的是“maybe”"),
    ("defaults: {posting: {quiet_hours: '22:00-25:00'}}", (1, "defaults.posting.quiet_hours", "time_bad"),
     "时间 “25:00” 写错了，应像 “07:30” 这样"),
    ("defaults:\n  rules:\n    - {type: ads, id: a, model: [1]}", (3, "defaults.rules[0].model", "one_of_kinds"),
     "应是 “true” 或 “false”，或一段文字，这里写的是一个列表"),
    ("groups:\n  - id: g\n    rules:\n      - {type: ads, id: a, model: {x: 1}}", (4, "groups[0].rules[0].model", "one_of_kinds"),
     "这里写的是一组设置"),
])
def test_error_messages(text, expected, says):
    found = issues(text)
    assert expected in [(issue.line, issue.path, issue.code) for issue in found], found
    assert any(says in issue.text for issue in found), [issue.text for issue in found]


def test_group_errors_name_the_group_and_defaults_errors_appear_once():
    found = errors("""\
        defaults:
          signin: {base_pionts: 1}
        groups:
          - name: 宝妈育儿群
            signin: {max_points: -1}
        """)
    assert found == [
        "c.yaml 第 2 行 defaults.signin.base_pionts：没有这一项（是不是想写 “base_points”？）",
        "c.yaml 第 5 行 groups[0].signin.max_points：不能小于 0，这里写的是“-1”",
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


def test_check_config_cli(tmp_path):
    ok = run_cli(["check-config"])
    assert ok.returncode == 0 and "检查通过" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("defaults:\n  signin:\n    base_pionts: 3\n  schedule:\n    - {id: m, cron: '0 8 * * 8', template: morning_greeting}\n", "utf-8")
    result = run_cli(["check-config", bad])
    assert result.returncode == 1
    assert f"{bad} 第 3 行 defaults.signin.base_pionts：没有这一项" in result.stderr
    assert f"{bad} 第 5 行 defaults.schedule[0].cron：定时表达式 “0 8 * * 8” 写错了" in result.stderr
    assert "共 2 处问题" in result.stderr


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="missing.yaml：找不到这个文件"):
        load_config(tmp_path / "missing.yaml")


# --- the YAML parser: libyaml for speed, the pure-Python parser's words for mistakes ---------------

SHIPPED_YAML = sorted([ROOT / "config.yaml", *ROOT.glob("bot/content/**/*.yaml"), *ROOT.glob("docs/**/*.yaml")])


@pytest.mark.parametrize("path", SHIPPED_YAML, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_shipped_yaml_file_reads_the_same_with_libyaml_as_with_the_pure_python_parser(path, monkeypatch):
    """The same data and the same line for every key: libyaml takes a few texts the pure-Python parser
    refuses (a ? inside a [list] item), never one of ours differently."""
    from bot.config import yaml_files

    text = path.read_text("utf-8")
    fast = yaml_files.read_yaml(text, top=None)
    monkeypatch.setattr(yaml_files, "_FAST_LOADER", None)
    assert fast == yaml_files.read_yaml(text, top=None)
    assert fast[2] == [] and fast[1], fast[2]


@pytest.mark.parametrize("text, line, code", [
    ("defaults:\n\tsignin: {}", 2, "yaml_tab"),
    ("defaults:\n  signin:\n    enabled: yes: no", 3, "yaml_colon"),
    ("defaults:\n  signin:\n    enabled: true\n   base_points: 3", 4, "yaml_indent"),
    ("defaults:\n  signin: [1, 2", 2, "yaml_unclosed"),
    ("defaults:\n  signin: *nope", 2, "yaml_alias"),
])
def test_yaml_libyaml_refuses_is_worded_as_the_pure_python_parser_words_it(text, line, code):
    """libyaml says less ("found character that cannot start any token", "mapping values are not allowed
    in this context"): a text it refuses is parsed again by the pure-Python parser, for the file, the
    line and what is wrong."""
    import yaml

    if getattr(yaml, "CSafeLoader", None) is not None:
        with pytest.raises(yaml.YAMLError):
            yaml.compose(text, Loader=yaml.CSafeLoader)
    (found,) = issues(text)
    assert (found.line, found.code) == (line, code)
    assert found.format("c.yaml").startswith(f"c.yaml 第 {line} 行")


def test_the_shipped_config_reads_each_shared_file_once(monkeypatch):
    """The FAQ every group names and the content library: once per load, not once per group (each was
    ~0.06 s of pure-Python YAML, four times over)."""
    from bot.config import checks
    from bot.content_library import content_paths

    read: list = []
    real = checks.load_yaml_model
    monkeypatch.setattr(checks, "load_yaml_model", lambda path, adapter: read.append(path) or real(path, adapter))
    real_content = checks.load_content
    monkeypatch.setattr(checks, "load_content", lambda *paths: read.append(paths) or real_content(*paths))
    config = load_config(ROOT / "config.yaml")
    assert len(config.groups) >= 2 and read.count(checks.SHIPPED) == 1
    assert read.count(content_paths(config.content, ROOT)) == 1


def test_a_broken_faq_file_is_reported_at_every_group_that_uses_it(tmp_path):
    """Read once, still reported where each group uses it: 甲 by inheriting the defaults' file."""
    (tmp_path / "faq.yaml").write_text("- {id: hours, questions: [几点开门], answer: 8点}\n- {id: hours}\n", "utf-8")
    (tmp_path / "c.yaml").write_text("defaults:\n  faq: {file: faq.yaml}\ngroups:\n  - name: 甲\n"
                                     "  - name: 乙\n    faq: {file: faq.yaml}\n", "utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "c.yaml")
    places = {(issue.line, issue.path) for issue in info.value.issues}
    assert places == {(2, "defaults.faq.file"), (4, "groups[0].faq.file"), (6, "groups[1].faq.file")}, info.value.issues
    assert all("faq.yaml" in issue.format("c.yaml") and "第 2 行" in issue.format("c.yaml") for issue in info.value.issues)
