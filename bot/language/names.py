"""Naming things by their Chinese names: "五常小米" for the product p-millet (东北五常小米 2.5kg),
"冬季满减券" for the coupon campaign winter-100-20, with a did-you-mean when nothing fits."""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.text import normalize

T = TypeVar("T")
CLOSE = 0.5  # similarity (0..1) above which a name is offered as "您是说…吗？"


@dataclass(frozen=True)
class Found(Generic[T]):
    thing: T | None  # the one meant, if exactly one fits
    suggestions: tuple[str, ...] = ()  # names close to what was typed, when nothing fits


def find(typed: str, named: dict[str, T]) -> Found[T]:
    """The thing ``typed`` names among ``named`` (each name -> thing; ids and Chinese names alike):
    an exact name, else the only name containing it or contained in it (spaces, width, case and
    script aside), else nothing and the closest names."""
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
    scored = sorted(((_overlap(want, form), name) for name, form in forms.items()), reverse=True)
    return Found(None, tuple(dict.fromkeys(name for score, name in scored[:3] if score >= CLOSE)))


def _overlap(want: str, form: str) -> float:
    """How much of what was typed appears, in order, in a name: '五常大米' in 东北五常小米 is 3/4."""
    blocks = difflib.SequenceMatcher(None, want, form, autojunk=False).get_matching_blocks()
    return sum(block.size for block in blocks) / len(want)
