"""Naming things by their Chinese names: "五常小米" for the product p-millet (东北五常小米 2.5kg),
"冬季满减券" for the coupon campaign winter-100-20, with a did-you-mean when nothing fits."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.text import normalize

T = TypeVar("T")
CLOSE = 0.5  # similarity (0..1) above which a name is offered as "您是说…吗？"
PIECE = 2  # characters a shared piece of a name has at least: "枣" alone names nothing, "大枣" does


@dataclass(frozen=True)
class Found(Generic[T]):
    thing: T | None  # the one meant, if exactly one fits
    suggestions: tuple[str, ...] = ()  # names close to what was typed, when nothing fits


def find(typed: str, named: dict[str, T]) -> Found[T]:
    """The thing ``typed`` names among ``named`` (each name -> thing; ids and Chinese names alike):
    an exact name, else the only name containing it or contained in it (spaces, width, case and
    script aside), else (m32) the only name made of all its pieces, in any order ("新疆大枣", "大枣新疆" of
    新疆和田大枣 1kg: every character of it in a shared piece of two or more), else nothing and the closest names: those
    sharing pieces with at least half of it ("和田枣", "新疆小米" of 新疆和田大枣 and 东北五常小米) or like it in order."""
    want = normalize(typed)
    if not want:
        return Found(None)
    forms = {name: normalize(name) for name in named}
    exact = {id(named[n]): named[n] for n, form in forms.items() if form == want}
    if len(exact) == 1:
        return Found(next(iter(exact.values())))
    partial = {id(named[n]): named[n] for n, form in forms.items() if form and (want in form or form in want)}
    if len(partial) == 1:
        return Found(next(iter(partial.values())))
    pieces = {name: _pieces(want, form) for name, form in forms.items() if form}
    whole = {id(named[n]): named[n] for n, covered in pieces.items() if covered == 1}
    if len(whole) == 1 and len(want) > PIECE:
        return Found(next(iter(whole.values())))
    scored = sorted(((max(_overlap(want, form), pieces.get(name, 0)), name) for name, form in forms.items()), reverse=True)
    return Found(None, tuple(dict.fromkeys(name for score, name in scored[:3] if score >= CLOSE)))


def _pieces(want: str, form: str) -> float:
    """The share of ``want`` in pieces (runs of ``PIECE`` characters or more) it shares with ``form``, in any order, each
    piece of ``form`` used once: "新疆大枣" of 新疆和田大枣1kg is 1, "和田玉枣" 2/4, "新疆葡萄干" 2/5."""
    left, name, covered = want, form, 0
    while left:
        i, j, size = difflib.SequenceMatcher(None, left, name, autojunk=False).find_longest_match(0, len(left), 0, len(name))
        if size < PIECE:
            break
        covered += size
        left, name = left[:i] + "\0" + left[i + size:], name[:j] + "\1" + name[j + size:]
    return covered / len(want)


def _overlap(want: str, form: str) -> float:
    """How much of what was typed appears, in order, in a name: '五常大米' in 东北五常小米 is 3/4."""
    blocks = difflib.SequenceMatcher(None, want, form, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / len(want)
