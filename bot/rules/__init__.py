"""Moderation rules: pure detectors built from config."""
from __future__ import annotations

from pathlib import Path

from bot.config import BannedWordsRule, GroupSettings, RegexRule
from bot.rules.banned_words import BannedWords
from bot.rules.base import Rule, Verdict
from bot.rules.regex import RegexMatch

__all__ = ["Rule", "Verdict", "build_rules"]


def build_rules(settings: GroupSettings, base_dir: Path) -> tuple[Rule, ...]:
    return tuple(_build(spec, base_dir) for spec in settings.rules)


def _build(spec: BannedWordsRule | RegexRule, base_dir: Path) -> Rule:
    if isinstance(spec, BannedWordsRule):
        return BannedWords.from_spec(spec, base_dir)
    return RegexMatch(spec)
