"""One normalisation for messages and lexicons alike, so evasions match.

NFKC folds full-width and compatibility forms, casefold folds case, OpenCC
(C++) maps traditional to simplified script, and everything that is not a
letter or digit (spaces, symbols, zero-width characters, emoji) is dropped.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def normalize(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub("", _t2s().convert(folded))


# Leading "@someone " mentions (WeChat separates them with U+2005 or a space).
_LEADING_MENTIONS = re.compile(r"^(?:[@＠][^\s\u2005]+[\s\u2005]*)+")


def strip_leading_mentions(text: str) -> str:
    return _LEADING_MENTIONS.sub("", text.strip()).strip()
