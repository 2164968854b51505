"""Amounts as staff type them in commands, and as the bot writes them.

Digits ("25", "39.9", "¥25", "25元") or said in Chinese ("三十九", "三十九块九", "39块9", "二十五元", "十二块五毛",
"三十九点九"). Python's ``float`` also reads "1e400" (infinity), "nan", "-5" and "1_000"; none of those is a
price, a stock or a spend anyone means, so they are refused here, once, for every command.
"""
from __future__ import annotations

import re
import unicodedata

_AMOUNT = re.compile(r"[¥￥]?\s*(\d{1,9}(?:\.\d{1,2})?)\s*元?")
_NUMERALS = "零〇一二两三四五六七八九十百千万"
_DIGITS = "零〇一二三四五六七八九"
# One amount said as people say it (each part bounded: linear): ¥ or not, the yuan in digits or Chinese numerals, a
# decimal after 点/".", or 角 and 分 after 块/元 ("三十九块九", "39块9毛", "12元5角3分"), 钱 or 整 at the end.
_SPOKEN = re.compile(r"([¥￥])?\s*(\d{1,9}|[%s]{1,12})(?:(?:点|\.)(\d{1,2}|[%s]{1,2}))?\s*(元|块钱|块)?"
                     r"(?:([\d%s])[毛角]?(?:([\d%s])分?)?)?(?:钱|整)?" % (_NUMERALS, _DIGITS, _DIGITS, _DIGITS))
_COUNT = re.compile(r"(\d{1,9})\s*[份件个]?")


def plain_amount(text: str) -> float | None:
    """'25', '39.9', '¥25', '25元', full-width digits -> a float; None for a sign, an exponent,
    nan/inf, more than two decimals or more than nine digits."""
    text = unicodedata.normalize("NFKC", text).strip()
    match = _AMOUNT.fullmatch(text)
    return float(match.group(1)) if match else spoken_amount(text)


def spoken_amount(text: str, marked: bool = False) -> float | None:
    """'三十九' -> 39.0, '三十九块九' -> 39.9, '39块9' -> 39.9, '十二元五角' -> 12.5, '¥三十九' -> 39.0; None for
    anything else. ``marked``: only an amount written as money (¥ before it, or 元/块 after it), not a bare number."""
    match = _SPOKEN.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if match is None:
        return None
    sign, whole, decimal, unit, jiao, fen = match.groups()
    if (marked and not sign and not unit) or (decimal and jiao) or (jiao and not unit):
        return None  # "39", unmarked; "3.5块6"; "39九" (a digit after no unit)
    yuan = _whole(whole)
    if yuan is None:
        return None
    cents = 0
    if decimal:
        digits = "".join(str(_digit(c)) for c in decimal)
        cents = int(digits.ljust(2, "0"))
    elif jiao:
        cents = 10 * _digit(jiao) + (_digit(fen) if fen else 0)
    return round(yuan + cents / 100, 2)


def _whole(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    from bot.language.numbers import number  # the one reader of Chinese numerals (bot.language imports this module's peers)
    return number(text)


def _digit(char: str) -> int:
    return int(char) if char.isdigit() else "零一二三四五六七八九".find(char) if char != "〇" else 0


# (g34) A price as owners write it on a phone: "3元一捆", "3元/捆", "3块钱一份", "单价3元", "每份3元" -- the amount before a
# unit it is the price of. Each part bounded (linear); the amount must be written as money (``spoken_amount(marked=True)``).
_UNIT_FIRST = re.compile(r"[一每](?P<unit>.)[:：]?(?P<price>.{1,20})")  # (c34) "一颗12块", "一斤三块五": the unit first
_PRICE_WORD = re.compile(r"(?:单价|售价|价格|每.)?[:：]?(?P<amount>.{1,20}?)(?:(?:/|每|一)(?P<unit>.))?")


def unit_price(word: str) -> float | None:
    """(g34) '3元一捆', '3元/捆', '3块钱一份', '单价3元', '三块五', '¥3' -> yuan; (c34) '一颗12块', '一斤三块五' too;
    None for '库存五十', '五十份', '3捆', '一颗12' (not written as money), '一百块' read as 100."""
    from bot.language.numbers import UNITS  # what goods are counted in (bot.language imports this module's peers)
    first = _UNIT_FIRST.fullmatch(unicodedata.normalize("NFKC", word).strip())
    if first and first.group("unit") in UNITS:
        word = first.group("price")
    match = _PRICE_WORD.fullmatch(unicodedata.normalize("NFKC", word).strip())
    if match is None or (match.group("unit") and match.group("unit") not in UNITS):
        return None
    value = spoken_amount(match.group("amount"), marked=True)
    return value if value is not None and value > 0 else None


def plain_count(text: str) -> int | None:
    """'50', '50份' -> 50; None for anything but plain digits (a sign, an exponent, a fraction)."""
    match = _COUNT.fullmatch(unicodedata.normalize("NFKC", text).strip())
    return int(match.group(1)) if match else None


def money(value: float) -> str:
    """Yuan with at most two decimals, never in exponent form: 119.7, 25, 1234567 (group-buy
    posts and the pick list)."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
