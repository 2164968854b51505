"""The store's FAQ (``bot/content/faq.yaml``): answering a member's question when it matches well enough.

Matching is on character bigrams of the normalised text (Chinese has no spaces; bigrams need no
dictionary), weighted by BM25's inverse document frequency over all phrasings, so words every
phrasing shares ("你们", "请问") count little. The score of a phrasing is the weighted share of its
bigrams the message contains (0-1); below ``faq.threshold`` the bot stays silent.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import Field, TypeAdapter

from bot.config import ID_PATTERN, Config, Strict
from bot.config_loader import load_yaml_model, resolve_path
from bot.text import normalize

SHIPPED = Path(__file__).resolve().parent / "content" / "faq.yaml"
MAX_QUESTION_LENGTH = 60  # longer messages are chat or stories, not FAQ questions
MIN_MESSAGE_SHARE = 0.25  # and most of a message must be the question: "…送货上门很方便…" in a review is not one


class FaqEntry(Strict):
    id: str = Field(pattern=ID_PATTERN)
    questions: list[str] = Field(min_length=1, description="ways members ask it")
    answer: str = Field(min_length=1)


ENTRIES = TypeAdapter(list[FaqEntry])


def bigrams(text: str) -> set[str]:
    text = normalize(text)
    return {text} if len(text) == 1 else {text[i:i + 2] for i in range(len(text) - 1)}


@dataclass(frozen=True)
class Match:
    entry: FaqEntry
    score: float


class Faq:
    def __init__(self, entries: list[FaqEntry]) -> None:
        self.entries = entries
        self._phrasings = [(entry, bigrams(q)) for entry in entries for q in entry.questions]
        n = len(self._phrasings)
        counts: dict[str, int] = {}
        for _, grams in self._phrasings:
            for gram in grams:
                counts[gram] = counts.get(gram, 0) + 1
        self._idf = {g: math.log(1 + (n - c + 0.5) / (c + 0.5)) for g, c in counts.items()}

    def best(self, text: str) -> Match | None:
        """The best-covered phrasing's entry and its score, or None when nothing is shared."""
        if len(text) > MAX_QUESTION_LENGTH:
            return None
        grams = bigrams(text)
        best: Match | None = None
        for entry, phrasing in self._phrasings:
            shared = phrasing & grams
            if len(shared) < MIN_MESSAGE_SHARE * len(grams):
                continue
            total = sum(self._idf[g] for g in phrasing)
            score = sum(self._idf[g] for g in shared) / total if total else 0.0
            if score > 0 and (best is None or score > best.score):
                best = Match(entry, score)
        return best

    def answer(self, text: str, threshold: float) -> FaqEntry | None:
        match = self.best(text)
        return match.entry if match is not None and match.score >= threshold else None


@lru_cache(maxsize=8)
def _load(path: Path, mtime: float) -> Faq:
    return Faq(load_yaml_model(path, ENTRIES) or [])


def load_faq(config: Config, base_dir: Path) -> dict[str, Faq]:
    """Each FAQ file the config names, by path (groups may have their own); raises ConfigError if broken."""
    files = {s.faq.file for s in [config.defaults] + [g.settings for g in config.groups]}
    faqs = {}
    for file in files:
        path = resolve_path(base_dir, file) if file else SHIPPED
        faqs[file] = _load(path, path.stat().st_mtime)
    return faqs
