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

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import ahocorasick_rs

from bot.charmap import kept as _kept
from bot.pinyin import sounding_like, sounds
from bot.text import Forms, normalize

PINYIN_MIN_CHARS = 3
PREFILTER_MAX_CHARS = 3_000  # everyday chat uses about 3,500 distinct characters

Hit = tuple[int, int, int]  # (word index, start, end) in the compact text


class Lexicon:
    def __init__(self, words: tuple[str, ...], allow: tuple[str, ...] = (), pinyin: bool = False) -> None:
        self.words = sorted({w for w in map(normalize, words) if w})
        self._allowed = sorted({w for w in map(normalize, allow) if w})
        self._by_sound = pinyin
        if pinyin:  # one scan of the sounds finds both: a sound hit written as the word is a plain hit
            self._matcher = _automaton([sounds(w) for w in self.words], _BY_SOUND)
            self._allow = _automaton([sounds(w) for w in self._allowed])
        else:
            self._matcher = _automaton(self.words)
            self._allow = _automaton(self._allowed)
        # Most messages hold no character that can start a hit (by sound too): one regex scan says so.
        # Not for a lexicon whose words start with most characters in use: it would always say maybe.
        starts = sounding_like({w[0] for w in self.words}) if pinyin else {w[0] for w in self.words}
        self._starts = _any_of(starts) if len(starts) < PREFILTER_MAX_CHARS else None
        self._direct = pinyin and self._matcher is not None and self._starts is None  # see find

    def __len__(self) -> int:
        return len(self.words)

    def find(self, text: Forms) -> list[str]:
        """Distinct hits, in order; a homophone hit reads "加微信（谐音：加薇信）"."""
        compact = text.compact
        if self._direct and compact:  # _find's path for a large lexicon by sound, inlined
            found = self._find_by_sound(compact)
            if len(found) > 1:
                found = list(dict.fromkeys(found))
        else:
            found = self._find(compact)
        if text.bare and not found:  # 刷💰单: the emoji stood between the characters, not for 钱
            found = self._find(text.bare)
        return found

    def find_compact(self, compact: str) -> list[str]:
        """Distinct hits in one compact text (``find`` reads a message's compact and bare forms)."""
        return self._find(compact)

    def _find(self, compact: str) -> list[str]:
        if not compact or self._matcher is None or (self._starts is not None and not self._starts.search(compact)):
            return []
        if self._by_sound:
            found = self._find_by_sound(compact)
        else:
            hits = self._matcher.find_matches_as_indexes(compact, overlapping=True)
            found = [self.words[i] for i, _, _ in _outside(hits, self._allow, compact)]
        return list(dict.fromkeys(found)) if len(found) > 1 else found

    def _find_by_sound(self, compact: str) -> list[str]:
        """Plain hits first, then homophones of words of 3+ characters with half their characters as written."""
        sound = sounds(compact)
        hits = self._matcher.find_matches_as_indexes(sound, overlapping=True)
        if hits and _kept is not None:  # in C, the hits the loop below would pass over (~3 a message)
            hits = _kept(hits, compact, self.words, PINYIN_MIN_CHARS)
        if not hits:
            return []
        words, plain, similar = self.words, [], []
        for hit in hits:  # mostly sound-alikes of two-character words, which count only as written
            i, start, end = hit
            written = compact[start:end]
            if written == words[i]:
                plain.append(hit)
            elif end - start >= PINYIN_MIN_CHARS and _sounds_alike(words[i], written):
                similar.append(hit)
        if not plain and not similar:
            return []
        if self._allow is not None:
            allowed = self._allow.find_matches_as_indexes(sound, overlapping=True)
            as_written = [a for a in allowed if compact[a[1]:a[2]] == self._allowed[a[0]]]
            plain = [hit for hit in plain if not _inside(hit, as_written)]
            similar = [hit for hit in similar if not _inside(hit, allowed)]
        return ([words[i] for i, _, _ in plain]
                + [f"{words[i]}（谐音：{compact[start:end]}）" for i, start, end in similar])


def _sounds_alike(word: str, written: str) -> bool:
    """An evasion by sound: not written as the word, but half its characters are (加薇信, not 是食材 for 时时彩)."""
    return written != word and 2 * sum(a == b for a, b in zip(word, written)) >= len(word)


def _any_of(characters: set[str]) -> re.Pattern | None:
    return re.compile("[" + "".join(map(re.escape, sorted(characters))) + "]") if characters else None


# The automaton kind for a lexicon's sounds, measured (callgrind, the benchmark's 20,000 words, one call a message):
# the library's default for so many words (a contiguous NFA) 12.6k instructions a call on the generated stream and
# 7.3k on the realistic mix, the non-contiguous NFA 10.6k and 6.5k, for ~2.8 MB more resident.
_BY_SOUND = ahocorasick_rs.Implementation.NoncontiguousNFA


def _automaton(words: list[str], kind: ahocorasick_rs.Implementation | None = None) -> ahocorasick_rs.AhoCorasick | None:
    return ahocorasick_rs.AhoCorasick(words, implementation=kind) if words else None


def _outside(hits: list[Hit], allow: ahocorasick_rs.AhoCorasick | None, text: str) -> list[Hit]:
    """The hits not inside a hit of an allow-listed word."""
    if not hits or allow is None:
        return hits
    allowed = allow.find_matches_as_indexes(text, overlapping=True)
    return [hit for hit in hits if not _inside(hit, allowed)]


def _inside(hit: Hit, allowed: list[Hit]) -> bool:
    return any(start <= hit[1] and hit[2] <= end for _, start, end in allowed)


@lru_cache(maxsize=32)
def lexicon(words: tuple[str, ...], allow: tuple[str, ...] = (), pinyin: bool = False) -> Lexicon:
    return Lexicon(words, allow, pinyin)


def load_words(inline: list[str], files: list[str], base_dir: Path) -> tuple[str, ...]:
    """Inline words plus word files (one per line, # comments), relative to config.yaml."""
    return tuple(inline) + tuple(line for line in word_file_lines(files, base_dir) if not line.startswith("#"))


def word_file_lines(files: list[str], base_dir: Path) -> Iterator[str]:
    """The non-empty lines of word files, stripped, comments included; paths relative to config.yaml."""
    for name in files:
        path = Path(name) if Path(name).is_absolute() else base_dir / name
        yield from filter(None, map(str.strip, path.read_text("utf-8").splitlines()))
