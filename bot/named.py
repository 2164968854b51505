"""A staff command naming one of the group's own group-buys or events ("/截单 草莓", "/改名额 绘本共读 30").

What the staff named is what is acted on, or nothing: a name that fits no open one is never taken to mean the one
that is open. ``pick`` says which row the name fits (open or long closed), else the names it is close to.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Sequence, TypeVar

from bot.language.names import find

T = TypeVar("T")


@dataclass(frozen=True)
class Picked(Generic[T]):
    row: T | None  # the row named (the newest of that name), if one fits
    suggestions: tuple[str, ...] = ()  # names close to what was typed, when none fits


def pick(typed: str, rows: Sequence[T], name_of: Callable[[T], str]) -> Picked[T]:
    """The row ``typed`` names among ``rows`` (newest first: a name used twice means its newest row, the open one
    if it is open), by the rules of ``bot.language.names.find`` (exact, a part, did-you-mean)."""
    named: dict[str, T] = {}
    for row in rows:
        named.setdefault(name_of(row), row)
    found = find(typed, named)
    return Picked(found.thing, found.suggestions)
