"""One normalisation for messages and lexicons alike, so evasions match.

NFKC folds full-width and compatibility forms (① = 1), casefold folds case,
OpenCC (C++) maps traditional to simplified script, and everything that is not
a letter or digit (spaces, symbols, zero-width characters, emoji) is dropped
from the compact form. Look-alike symbols that NFKC keeps (❶ ➀ = 1, ➕ = +,
🐧 = 企鹅, 🟢 = 绿 as in 绿泡泡) are read by ``lookalikes``: only contacts are
written with them, so the ads rule folds them after its own cheap scan.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import opencc

from bot.events import Quote

_WORD = re.compile(r"[^\W_]+")  # runs of letters and digits; joining them is faster than deleting the rest

# Full-width punctuation is in nearly every Chinese message, and one such character sends
# unicodedata's NFKC down its slow path (~5 µs a message). Each of these folds to one ASCII
# character, and NFKC of a text is unchanged when a character is replaced by its own NFKC form,
# so replacing them first and letting the quick check prove the rest normal gives the same result.
_PUNCTUATION = tuple((wide, unicodedata.normalize("NFKC", wide)) for wide in "，！？：；（）～＂＇　")


def _lookalikes() -> dict[int, str]:
    """Symbols that evasions use for digits, "+" and contact words, and what they stand for.

    NFKC already reads ① as 1, ⑴ as (1) and ⒈ as 1. (digits between separators)."""
    table: dict[int, str] = {}
    for first in (0x2776, 0x2780, 0x278A, 0x24F5):  # ❶-❿ ➀-➉ ➊-➓ ⓵-⓾
        table.update({first + i: str(i + 1) for i in range(10)})
    table.update({ord("⓿"): "0", ord("➕"): "+", ord("✚"): "+", ord("✙"): "+", ord("🐧"): "企鹅",
                  ord("🟢"): "绿", ord("💚"): "绿", ord("🍏"): "绿"})
    return table


_LOOKALIKES = _lookalikes()
LOOKALIKE_CHARACTERS = "".join(map(chr, _LOOKALIKES))
_LOOKALIKE = re.compile(f"[{LOOKALIKE_CHARACTERS}]")  # a scan is far cheaper than translate


def lookalikes(text: str) -> str:
    """❶⑴➀ -> 1, ➕ -> +, 🐧 -> 企鹅, 🟢 -> 绿."""
    return text.translate(_LOOKALIKES) if _LOOKALIKE.search(text) else text


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


class Forms(NamedTuple):
    """A message's text as the rules read it; computed once and shared by every rule (immutable)."""

    folded: str  # NFKC, casefold, simplified script; separators kept (ids, links and numbers need them)
    compact: str  # folded with everything but letters and digits deleted: what lexicons match


@lru_cache(maxsize=512)
def forms(text: str) -> Forms:
    folded = _t2s().convert(nfkc(text).casefold())
    return Forms(folded, "".join(_WORD.findall(folded)))


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, several times faster on typical Chinese chat."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    for wide, narrow in _PUNCTUATION:
        if wide in text:
            text = text.replace(wide, narrow)
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def normalize(text: str) -> str:
    return forms(text).compact


# Leading "@someone " mentions (WeChat separates them with U+2005 or a space).
_LEADING_MENTIONS = re.compile(r"^(?:[@＠][^\s\u2005]+[\s\u2005]*)+")


def strip_leading_mentions(text: str) -> str:
    return _LEADING_MENTIONS.sub("", text.strip()).strip()



# A quoted reply as WeChat clients render it: 「name：quoted text」, a line of dashes, then the reply.
QUOTE = re.compile(r"「(?P<name>[^」:：]*)[:：](?P<text>[^」]*)」\s*(?:-\s*){6,}")


def parse_quote(text: str) -> Quote | None:
    """The message a reply quotes, from WeChat's rendering of it; None for an ordinary message."""
    found = QUOTE.search(text)
    return None if found is None else Quote(found["name"].strip(), found["text"].strip())


def without_quote(text: str) -> str:
    """What a reply itself says, without the message it quotes."""
    return QUOTE.sub("", text).strip()
