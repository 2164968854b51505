"""A pinyin channel for lexicons: homophone evasions (加薇信 for 加微信) read the same.

pypinyin's phrase engine costs ~700 µs a message. Instead a per-character table
is built once from pypinyin's own data (first reading, tones dropped), and each
syllable is written as one character that is never a letter or digit (so never
in a compact text), so a text's sound is as long as the text itself: a match at
[start, end) of the sound is the same span of the text, and one ``str.translate``
(~1–2 µs a message) does the conversion.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Character -> its syllable's character; ASCII letters and digits are syllables of their own."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings = {chr(code): _toneless(options.split(",")[0]) for code, options in pinyin_dict.items()}
    readings.update({c: c for c in "0123456789abcdefghijklmnopqrstuvwxyz"})  # "e" sounds like 饿
    # Two-byte characters of UTF-8 first (the ~500 that are neither letters nor digits: accents,
    # punctuation), so the automaton reads 2 bytes a syllable rather than 3; then private use.
    codes = (chr(c) for c in chain(range(0x80, 0x800), range(0xE000, 0xF900)) if not chr(c).isalnum())
    syllables: dict[str, str] = {}
    for syllable in readings.values():
        if syllable not in syllables:
            syllables[syllable] = next(codes)
    # Any other character of a compact text (é, ß) stands for itself: being a letter or digit,
    # it never reads as a syllable.
    return {ord(c): syllables[syllable] for c, syllable in readings.items()}


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFKD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


@lru_cache(maxsize=1)
def _plane0() -> list[str]:
    """The table as a list over the first 65,536 code points: translating by index beats a dict lookup."""
    table = _table()
    return [table.get(code) or chr(code) for code in range(0x10000)]


_BEYOND_PLANE0 = re.compile("[\U00010000-\U0010FFFF]")


def sounds(compact: str) -> str:
    """A compact text's syllables, one character each: 加薇信 and 加微信 give the same string."""
    return compact.translate(_table() if _BEYOND_PLANE0.search(compact) else _plane0())


def sounding_like(characters: set[str]) -> set[str]:
    """Every character that sounds like one of these (each of them included)."""
    table = _table()
    wanted = {table.get(ord(c), c) for c in characters}
    return set(characters) | {chr(code) for code, syllable in table.items() if syllable in wanted}
