"""Banned words: a lexicon hit on the normalised text (optionally by sound)."""
from __future__ import annotations

from pathlib import Path

from bot.config import BannedWordsRule
from bot.events import GroupMessage
from bot.rules.base import Facts, Verdict
from bot.rules.lexicon import Lexicon, lexicon, load_words
from bot.text import forms


class BannedWords:
    stateful = False

    def __init__(self, spec: BannedWordsRule, words: list[str] | tuple[str, ...]) -> None:
        self.id = spec.id
        self.spec = spec
        self.lexicon: Lexicon = lexicon(tuple(words), tuple(spec.allow), spec.pinyin)

    @classmethod
    def from_spec(cls, spec: BannedWordsRule, base_dir: Path) -> "BannedWords":
        return cls(spec, load_words(spec.words, spec.files, base_dir))

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None:
        if not msg.text:
            return None
        hits = self.lexicon.find(forms(msg.text))
        return Verdict(self.id, self.spec.reason, "、".join(hits)) if hits else None
