"""Per-character work on message text in C (``bot/_charmap.c``), when that module is built.

Every message is translated character by character a few times (traditional to simplified script,
its letters and digits kept, its syllables): Python's ``str.translate`` looks each character up as a
new int key (~400 instructions a character) and ``re.findall`` builds a string per run. The C loops
take a few instructions a character. The module is optional (``pyproject.toml``: an install without
a C compiler still works): without it ``translate``, ``alnum``, ``find``, ``collect`` and ``kept`` are None and their
callers (``bot.text``, ``bot.pinyin``, ``bot.rules.lexicon``) do the same in Python, with the same results
(``tests/test_charmap.py``).

    translate(text, table, beyond) -> str | None
        each character whose code point is below len(table) becomes table[code point]; one at or
        above len(table) stays; None (convert another way) when a character maps to U+0000 or its
        code point is at or above ``beyond``.
    alnum(text) -> str
        the letters and digits of text, in order: "".join(re.findall(r"[^\\W_]+", text)).
    find(text, table, beyond) -> int
        the index of the first character whose code point c is below len(table) with table[c] nonzero,
        or at or above ``beyond``; -1 if none: what ``pattern.search(text)`` finds for a pattern of one
        character class, with ``class_table(pattern, beyond)`` as the table (re reads a large class,
        one with \\d in it, at ~100 instructions a character).
    collect(text, table, beyond) -> str
        every character ``find`` would find, in order: ``"".join(pattern.findall(text))`` for its pattern
        (``bot.text`` collects a text's marks so: re reads that class, emoji ranges in it, at ~100 a character).
    kept(hits, text, words, span) -> list
        the Aho-Corasick hits, (index, start, end) tuples, whose text[start:end] is words[index] itself or
        is at least ``span`` characters long, in order (the list itself when every hit is):
        ``[h for h in hits if h[2] - h[1] >= span or text[h[1]:h[2]] == words[h[0]]]`` without a Python
        step a hit (~1k instructions each: a lexicon by sound drops ~3 a message, ``bot.rules.lexicon``).
"""
from __future__ import annotations

import array
import re
import sys

try:
    from bot._charmap import alnum, find, translate
except ImportError:  # not built: the callers' Python paths
    alnum = find = translate = None
try:  # apart: a module built before they were added still serves the others
    from bot._charmap import collect, kept
except ImportError:
    collect = kept = None

NATIVE = translate is not None


def class_table(pattern: re.Pattern, size: int) -> bytes:
    """A table for ``find``: for each code point below ``size``, 1 if the pattern (one character class) matches
    that character alone, else 0. The caller passes ``find`` the ``beyond`` at or above which the class holds
    every character, or none (tests/test_charmap.py checks each table over every code point). One ``findall``
    over every character (a few ms)."""
    table = bytearray(size)
    for c in pattern.findall(_every(size)):
        table[ord(c)] = 1
    return bytes(table)


def _every(end: int) -> str:
    """Every code point below ``end``, surrogates included, as one string (decoded at once: ``chr`` for each is slow)."""
    codes = array.array("I", range(end))
    if codes.itemsize != 4:
        return "".join(map(chr, range(end)))
    return codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be", "surrogatepass")
