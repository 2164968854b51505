"""Banned words: a lexicon hit on the normalised text (optionally by sound), unless the message warns about it
or is a platform's share card with no contact in it (``bot.rules.share``)."""
from __future__ import annotations

from pathlib import Path

from bot.config.schema import BannedWordsRule
from bot.events import GroupMessage
from bot.rules.base import Facts, Verdict
from bot.rules.lexicon import Lexicon, lexicon, load_words
from bot.rules.share import ShareCards
from bot.text import forms


class BannedWords:
    stateful = False

    def __init__(self, spec: BannedWordsRule, words: list[str] | tuple[str, ...], warnings: tuple[str, ...] = (),
                 shares: ShareCards | None = None) -> None:
        self.id = spec.id
        self.spec = spec
        self.lexicon: Lexicon = lexicon(tuple(words), tuple(spec.allow), spec.pinyin)
        self.warnings: Lexicon = lexicon(tuple(warnings))
        self._warned = len(self.warnings) > 0
        self.shares = shares

    @classmethod
    def from_spec(cls, spec: BannedWordsRule, base_dir: Path) -> "BannedWords":
        warnings = load_words(spec.warnings, spec.warning_files, base_dir)
        shares = ShareCards.from_files(spec.share_files, base_dir, spec.hook_files) if spec.share_files else None
        return cls(spec, load_words(spec.words, spec.files, base_dir), warnings, shares)

    def check(self, msg: GroupMessage, facts: Facts = Facts()) -> Verdict | None:
        if not msg.text:
            return None
        text = forms(msg.text)
        if not (hits := self.lexicon.find(text)) or (self._warned and self.warnings.find(text)):
            return None
        if self.shares is not None and self.shares.discussion(text.folded):  # 【知乎】怎么看待兼职刷单？
            return None
        return Verdict(self.id, self.spec.reason, "、".join(hits))
