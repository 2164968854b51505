"""Banned words: a lexicon hit on the normalised text (optionally by sound), unless the message warns about it."""
from __future__ import annotations

from pathlib import Path

from bot.config.schema import BannedWordsRule
from bot.events import GroupMessage
from bot.rules.base import Facts, Verdict
from bot.rules.lexicon import Lexicon, lexicon, load_words
from bot.text import forms


class BannedWords:
    stateful = False

    def __init__(self, spec: BannedWordsRule, words: list[str] | tuple[str, ...], warnings: tuple[str, ...] = ()) -> None:
        self.id = spec.id
        self.spec = spec
        self.lexicon: Lexicon = lexicon(tuple(words), tuple(spec.allow), spec.pinyin)
        self.warnings: Lexicon = lexicon(tuple(warnings))

    @classmethod
    def from_spec(cls, spec: BannedWordsRule, base_dir: Path) -> "BannedWords":
        warnings = load_words(spec.warnings, spec.warning_files, base_dir)
        return cls(spec, load_words(spec.words, spec.files, base_dir), warnings)

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None:
        if not msg.text:
            return None
        text = forms(msg.text)
        if not (hits := self.lexicon.find(text)) or (len(self.warnings) and self.warnings.find(text)):
            return None
        return Verdict(self.id, self.spec.reason, "、".join(hits))
