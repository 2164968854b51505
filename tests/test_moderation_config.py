"""The moderation keys in config.yaml: errors an admin can act on, with lines."""
from __future__ import annotations

import pytest

from bot.config.loader import parse_config
from tests.test_config import errors


@pytest.mark.parametrize("text, expected", [
    ("defaults:\n  rules:\n    - {type: ads, id: a, ladder: [warn, kick]}",
     "c.yaml 第 3 行 defaults.rules[0].ladder[1]：只能是 “log”、“warn”、“alert”、“remove” 之一，这里写的是“kick”"),
    ("defaults:\n  rules:\n    - {type: ads, id: a, treshold: 2}",
     "c.yaml 第 3 行 defaults.rules[0].treshold：没有这一项（是不是想写 “threshold”？）"),
    ("defaults:\n  rules:\n    - {type: ads, id: a, files: [ads.txt]}", "c.yaml 第 3 行 defaults.rules[0].files[0]：找不到文件 “ads.txt”"),
    ("defaults:\n  rules:\n    - {type: off_topic, id: o}", "c.yaml 第 3 行 defaults.rules[0].blocked：缺少必填的一项 “blocked”"),
    ("defaults:\n  rules:\n    - {type: flood, id: f, max_repeats: 1}",
     "c.yaml 第 3 行 defaults.rules[0].max_repeats：不能小于 2，这里写的是“1”"),
    ("defaults:\n  rules:\n    - {type: flood, id: f}\n    - {type: ads, id: f}",
     "c.yaml 第 4 行 defaults.rules[1].id：规则编号 “f” 用了两次"),
    ("defaults:\n  moderation: {removal: always}",
     "c.yaml 第 2 行 defaults.moderation.removal：只能是 “approve”、“auto” 之一，这里写的是“always”"),
])
def test_moderation_config_errors(text, expected):
    found = errors(text)
    assert any(line.startswith(expected) for line in found), found


def test_ladder_defaults_to_the_single_action():
    config = parse_config("defaults:\n  rules:\n    - {type: banned_words, id: b, words: [x], action: remove}\n"
                          "    - {type: ads, id: a, ladder: [log, warn]}\n")
    assert [rule.steps for rule in config.defaults.rules] == [["remove"], ["log", "warn"]]
