"""A pinyin channel for lexicons: homophone evasions (加薇信 for 加微信) read the same.

pypinyin's phrase engine costs ~700 µs a message. Instead a per-character table
is built once from pypinyin's own data (first reading, tones dropped), and each
syllable is written as one character that is never a letter or digit (so never
in a compact text), so a text's sound is as long as the text itself: a match at
[start, end) of the sound is the same span of the text, and one ``str.translate``
(~1–2 µs a message) does the conversion.
"""
from __future__ import annotations

import importlib.util
import unicodedata
from functools import lru_cache
from pathlib import Path
from itertools import chain

from bot.charmap import translate as _translate


def _table() -> dict[int, int]:
    """Character -> its syllable's character (code points); ASCII letters and digits are syllables of their own."""
    return _tables()[0]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, int], dict[str, str]]:
    """``_table`` and each toneless syllable's character, from one read of pypinyin's data (a second read cost ~1 s: on
    the event loop, at the first message with letters in it, before both were built here)."""
    pinyin_dict = _pinyin_dict()
    readings = {chr(code): _toneless(options.split(",")[0]) for code, options in pinyin_dict.items()}
    spellings: dict[str, str] = {}  # each toneless syllable (its letters, "qian") -> one character read so
    for code in sorted(pinyin_dict, key=lambda code: (not 0x4E00 <= code <= 0x9FFF, code)):  # a common one first
        if (syllable := readings[chr(code)]).isascii() and syllable.isalpha():
            spellings.setdefault(syllable, chr(code))
    readings.update({c: c for c in "0123456789abcdefghijklmnopqrstuvwxyz"})  # "e" sounds like 饿
    # Two-byte characters of UTF-8 first (the ~500 that are neither letters nor digits: accents,
    # punctuation), so the automaton reads 2 bytes a syllable rather than 3; then private use.
    codes = (c for c in chain(range(0x80, 0x800), range(0xE000, 0xF900)) if not chr(c).isalnum())
    syllables: dict[str, int] = {}
    for syllable in readings.values():
        if syllable not in syllables:
            syllables[syllable] = next(codes)
    # Any other character of a compact text (é, ß) stands for itself: being a letter or digit,
    # it never reads as a syllable.
    return {ord(c): syllables[syllable] for c, syllable in readings.items()}, spellings


def _pinyin_dict() -> dict[int, str]:
    """pypinyin's per-character readings (code point -> "yī,yì"), its module run alone: importing
    the package also loads its phrase dictionary, ~44 MB resident for good that the table never reads."""
    try:
        found = importlib.util.find_spec("pypinyin")  # finds, does not run, the package
        spec = importlib.util.spec_from_file_location("_qunbot_pinyin_dict", Path(found.origin).parent / "pinyin_dict.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.pinyin_dict
    except (AttributeError, ImportError, OSError, TypeError):  # another layout: the package's own way
        from pypinyin.pinyin_dict import pinyin_dict
        return pinyin_dict


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFKD", syllable)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ü", "v")


@lru_cache(maxsize=1)
def _by_code() -> list[int]:
    """The table as a list indexed by code point: translating by index beats a dict lookup.

    It ends at the last character with a reading (``str.translate`` keeps a character beyond
    it as it is); characters without a reading map to themselves. With the C module
    (``bot.charmap``) the same table as a string is kept too (``_SOUNDS``).
    """
    global _BY_CODE, _SOUNDS
    table = _table()
    _BY_CODE = [table.get(code, code) for code in range(max(table) + 1)]
    if _translate is not None:
        _SOUNDS = "".join(map(chr, _BY_CODE))
    return _BY_CODE


def sounds(compact: str) -> str:
    """A compact text's syllables, one character each: 加薇信 and 加微信 give the same string."""
    if _SOUNDS is not None:  # the C loop; None for a text it leaves to str.translate (one holding U+0000)
        heard = _translate(compact, _SOUNDS, _EVERY_CODE)
        if heard is not None:
            return heard
    return compact.translate(_BY_CODE or _by_code())


_BY_CODE: list[int] = []  # ``_by_code()`` once built (a module global is read faster than a cached call)
_SOUNDS: str | None = None  # ``_BY_CODE`` as a string for ``bot.charmap.translate``, once built (the C module only)
_EVERY_CODE = 0x110000  # no code point gives up


def sounding_like(characters: set[str]) -> set[str]:
    """Every character that sounds like one of these (each of them included)."""
    table = _table()
    wanted = {table.get(ord(c), ord(c)) for c in characters}
    return set(characters) | {chr(code) for code, syllable in table.items() if syllable in wanted}


MAX_LETTERS = 40  # the longest run of letters heard as pinyin ("woyaoliangfenjidan" is 18)


@lru_cache(maxsize=4096)
def syllables(letters: str) -> tuple[str, ...] | None:
    """A run of lowercase letters split into whole toneless pinyin syllables ("xianzai" -> xian, zai), or None when
    the letters are not whole syllables ("ok"). The one splitter: ``spelled`` here, the pinyin words of
    ``bot.language.pinyin_words`` and the order layer all hear letters so.

    Cached at module level (the same runs, "qd", "ok", "qiandao", come again and again); the split is
    worked from the end, the longest syllable first at each start ("xian", not "xi an")."""
    if len(letters) > MAX_LETTERS:
        return None  # no member types a sentence of pinyin without a space; a flood of letters is no word
    known = _tables()[1]
    rest: list[tuple[str, ...] | None] = [None] * len(letters) + [()]  # rest[i]: how letters[i:] splits, or None
    for start in range(len(letters) - 1, -1, -1):
        for end in range(min(len(letters), start + 6), start, -1):
            if letters[start:end] in known and rest[end] is not None:
                rest[start] = (letters[start:end], *rest[end])
                break
    return rest[0]


@lru_cache(maxsize=4096)
def spelled(letters: str) -> str | None:
    """A run of lowercase letters typed as pinyin ("qiandao", "daka") written as characters of the same sounds
    (so ``sounds`` hears it as the words it spells), or None when the letters are not whole syllables ("ok")."""
    split = syllables(letters)
    return "".join(_tables()[1][s] for s in split) if split else None
