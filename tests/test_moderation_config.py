"""The moderation keys in config.yaml: errors an admin can act on, with lines."""
from __future__ import annotations

import pytest

from bot.config.loader import parse_config
from tests.test_config import errors


@pytest.mark.parametrize("text, expected", [
    ("defaults:\n  rules:\n    - {type: ads, id: a, ladder: [warn, kick]}", "c.yaml:3: defaults.rules[0].ladder[1]: Input should be 'log', 'warn', 'alert' or 'remove'"),
    ("defaults:\n  rules:\n    - {type: ads, id: a, treshold: 2}", "c.yaml:3: defaults.rules[0].treshold: unknown key (did you mean 'threshold'?)"),
    ("defaults:\n  rules:\n    - {type: ads, id: a, files: [ads.txt]}", "c.yaml:3: defaults.rules[0].files[0]: file not found: ads.txt"),
    ("defaults:\n  rules:\n    - {type: off_topic, id: o}", "c.yaml:3: defaults.rules[0].blocked: required key is missing"),
    ("defaults:\n  rules:\n    - {type: flood, id: f, max_repeats: 1}", "c.yaml:3: defaults.rules[0].max_repeats: Input should be greater than or equal to 2"),
    ("defaults:\n  rules:\n    - {type: flood, id: f}\n    - {type: ads, id: f}", "c.yaml:4: defaults.rules[1].id: rule id 'f' is used twice"),
    ("defaults:\n  moderation: {removal: always}", "c.yaml:2: defaults.moderation.removal: Input should be 'approve' or 'auto'"),
])
def test_moderation_config_errors(text, expected):
    found = errors(text)
    assert any(line.startswith(expected) for line in found), found


def test_ladder_defaults_to_the_single_action():
    config = parse_config("defaults:\n  rules:\n    - {type: banned_words, id: b, words: [x], action: remove}\n"
                          "    - {type: ads, id: a, ladder: [log, warn]}\n")
    assert [rule.steps for rule in config.defaults.rules] == [["remove"], ["log", "warn"]]
