"""Banned words, matched on normalised text by an Aho-Corasick automaton (Rust)."""
from __future__ import annotations

from pathlib import Path

import ahocorasick_rs

from bot.config import BannedWordsRule
from bot.events import GroupMessage
from bot.rules.base import Verdict
from bot.text import normalize


class BannedWords:
    def __init__(self, spec: BannedWordsRule, words: list[str]) -> None:
        self.id = spec.id
        self._spec = spec
        self._words = sorted({w for w in map(normalize, words) if w})
        allow = sorted({w for w in map(normalize, spec.allow) if w})
        self._matcher = _automaton(self._words)
        self._allow = _automaton(allow)

    @classmethod
    def from_spec(cls, spec: BannedWordsRule, base_dir: Path) -> "BannedWords":
        words = list(spec.words)
        for name in spec.files:
            words += _read_word_file(base_dir / name)
        return cls(spec, words)

    def check(self, msg: GroupMessage) -> Verdict | None:
        if self._matcher is None or not msg.text:
            return None
        text = normalize(msg.text)
        allowed = self._allow.find_matches_as_indexes(text, overlapping=True) if self._allow else []
        hits = [
            self._words[i]
            for i, start, end in self._matcher.find_matches_as_indexes(text, overlapping=True)
            if not any(a_start <= start and end <= a_end for _, a_start, a_end in allowed)
        ]
        if not hits:
            return None
        return Verdict(self.id, self._spec.action, self._spec.reason, "、".join(dict.fromkeys(hits)))


def _automaton(words: list[str]) -> ahocorasick_rs.AhoCorasick | None:
    return ahocorasick_rs.AhoCorasick(words) if words else None


def _read_word_file(path: Path) -> list[str]:
    lines = path.read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
