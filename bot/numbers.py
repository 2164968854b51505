"""Amounts as staff type them in commands (plain decimal digits only), and as the bot writes them.

Python's ``float`` also reads "1e400" (infinity), "nan", "-5" and "1_000"; none of those is a
price, a stock or a spend anyone means, so they are refused here, once, for every command.
"""
from __future__ import annotations

import re
import unicodedata

_AMOUNT = re.compile(r"[¥￥]?\s*(\d{1,9}(?:\.\d{1,2})?)\s*元?")
_COUNT = re.compile(r"(\d{1,9})\s*[份件个]?")


def plain_amount(text: str) -> float | None:
    """'25', '39.9', '¥25', '25元', full-width digits -> a float; None for a sign, an exponent,
    nan/inf, more than two decimals or more than nine digits."""
    match = _AMOUNT.fullmatch(unicodedata.normalize("NFKC", text).strip())
    return float(match.group(1)) if match else None


def plain_count(text: str) -> int | None:
    """'50', '50份' -> 50; None for anything but plain digits (a sign, an exponent, a fraction)."""
    match = _COUNT.fullmatch(unicodedata.normalize("NFKC", text).strip())
    return int(match.group(1)) if match else None


def money(value: float) -> str:
    """Yuan with at most two decimals, never in exponent form: 119.7, 25, 1234567 (group-buy
    posts and the pick list)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
