"""A word list matched on normalised text by an Aho-Corasick automaton (ahocorasick_rs, Rust).

Words and messages go through the same ``bot.text.forms`` normalisation.
Words of 3+ characters can also be matched by sound (``bot.pinyin``): shorter
ones would flag ordinary text; and a homophone counts only when at least half
of its characters are written as in the word (加薇信 for 加微信, not 是食材 for
时时彩). A hit inside an allow-listed word is no hit.
Building is pure and cached by content, so a reload (run off the event loop)
reuses an unchanged lexicon and a hundred groups share one automaton.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import ahocorasick_rs

from bot.pinyin import span_of, to_pinyin
from bot.text import Forms, normalize

PINYIN_MIN_CHARS = 3


class Lexicon:
    def __init__(self, words: tuple[str, ...], allow: tuple[str, ...] = (), pinyin: bool = False) -> None:
        self.words = sorted({w for w in map(normalize, words) if w})
        self._matcher = _automaton(self.words)
        self._allow = _automaton(sorted({w for w in map(normalize, allow) if w}))
        self._pinyin_words = [w for w in self.words if len(w) >= PINYIN_MIN_CHARS] if pinyin else []
        self._pinyin = _automaton([to_pinyin(w) for w in self._pinyin_words])
        self._pinyin_allow = _automaton([to_pinyin(w) for w in sorted(set(map(normalize, allow))) if w]) if pinyin else None

    def __len__(self) -> int:
        return len(self.words)

    def find(self, text: Forms) -> list[str]:
        """Distinct hits, in order; a homophone hit reads "加微信（谐音：加薇信）"."""
        hits = _outside(_matches(self._matcher, text.compact), _matches(self._allow, text.compact))
        found = [self.words[i] for i, _, _ in hits]
        if self._pinyin is not None:
            sound = to_pinyin(text.compact)
            for i, start, end in _outside(_matches(self._pinyin, sound), _matches(self._pinyin_allow, sound)):
                first, last = span_of(sound, start, end)
                word, written = self._pinyin_words[i], text.compact[first:last]
                if written != word and 2 * sum(a == b for a, b in zip(word, written)) >= len(word):
                    found.append(f"{word}（谐音：{written}）")
        return list(dict.fromkeys(found))


def _automaton(words: list[str]) -> ahocorasick_rs.AhoCorasick | None:
    return ahocorasick_rs.AhoCorasick(words) if words else None


def _matches(automaton: ahocorasick_rs.AhoCorasick | None, text: str) -> list[tuple[int, int, int]]:
    return automaton.find_matches_as_indexes(text, overlapping=True) if automaton is not None and text else []


def _outside(hits: list[tuple[int, int, int]], allowed: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    return [h for h in hits if not any(a_start <= h[1] and h[2] <= a_end for _, a_start, a_end in allowed)]


@lru_cache(maxsize=32)
def lexicon(words: tuple[str, ...], allow: tuple[str, ...] = (), pinyin: bool = False) -> Lexicon:
    return Lexicon(words, allow, pinyin)


def load_words(inline: list[str], files: list[str], base_dir: Path) -> tuple[str, ...]:
    """Inline words plus word files (one per line, # comments), relative to config.yaml."""
    words = list(inline)
    for name in files:
        path = Path(name) if Path(name).is_absolute() else base_dir / name
        lines = path.read_text("utf-8").splitlines()
        words += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return tuple(words)
