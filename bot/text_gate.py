"""A regex that first asks whether the text holds a character every match must contain.

Python's ``re`` scans a pattern of many alternatives (``吗|么|什么|怎么|…``) by trying each of them
at every position of the text: a 30-character message costs thousands of steps even when nothing
matches, which is what most chat does. ``gated(pattern)`` works out, from the pattern's own parse,
a set of characters of which any match must contain one (one literal that every alternative needs),
and looks for them first with a single character class (a fast scan); a text holding none of them
cannot match, so the pattern itself is not run. The answers are the pattern's own: the gate only
ever skips a search that would have found nothing (``tests/test_text_gate.py`` checks it).
"""
from __future__ import annotations

import re
import re._constants as C  # the parse tree's opcodes (Python 3.11+)
import re._parser as parser

MAX_RANGE = 64  # a character range wider than this is no useful gate


def necessary_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Characters of which every match of ``pattern`` holds at least one; None when no such set is
    known (a match may be empty, or be made of any characters: ``.``, ``\\w``, ``[^…]``)."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    found = _sequence(parser.parse(pattern.pattern, pattern.flags))
    return found or None


def _sequence(items) -> frozenset[str] | None:
    """Every element of a sequence is matched, so any one element's set will do: the smallest."""
    best = None
    for op, av in items:
        found = _element(op, av)
        if found and (best is None or len(found) < len(best)):
            best = found
    return best


def _element(op, av) -> frozenset[str] | None:
    if op is C.LITERAL:
        return frozenset(chr(av))
    if op is C.IN:
        return _class(av)
    if op is C.SUBPATTERN:
        _, add_flags, _, items = av
        return None if add_flags & re.IGNORECASE else _sequence(items)
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op is C.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if not found:
                return None  # an alternative that needs none of them
            union |= found
        return frozenset(union)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, items = av
        return _sequence(items) if low >= 1 else None
    return None  # zero-width (anchors, look-arounds, back-references) or any character: no requirement


def _class(items) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < MAX_RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:  # a negated class, a category (\s, \w), a wide range
            return None
    return frozenset(chars)


class Gated:
    """``pattern`` behind its gate: ``search``, ``match``, ``fullmatch`` and ``sub`` as the pattern's own."""

    def __init__(self, pattern: re.Pattern[str], characters: frozenset[str]) -> None:
        self.pattern_object = pattern
        self.pattern = pattern.pattern
        self._gate = re.compile("[" + "".join(re.escape(c) for c in sorted(characters)) + "]")

    def may_match(self, text: str) -> bool:
        return self._gate.search(text) is not None

    def search(self, text: str, *args):
        return self.pattern_object.search(text, *args) if self._gate.search(text) is not None else None

    def match(self, text: str, *args):
        return self.pattern_object.match(text, *args) if self._gate.search(text) is not None else None

    def fullmatch(self, text: str, *args):
        return self.pattern_object.fullmatch(text, *args) if self._gate.search(text) is not None else None

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.pattern_object.sub(repl, text, count) if self._gate.search(text) is not None else text

    def __repr__(self) -> str:
        return f"gated({self.pattern_object!r})"


def gated(pattern: re.Pattern[str] | Gated) -> re.Pattern[str] | Gated:
    """The pattern behind a gate of the characters its matches need, or itself when it has none."""
    if isinstance(pattern, Gated):
        return pattern
    characters = necessary_characters(pattern)
    return pattern if characters is None else Gated(pattern, characters)
