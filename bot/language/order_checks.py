"""Whole-message checks on an order reading, after the clauses are read (``bot.chain.text.order_reading``).

The clause readers (``intents.read_order``) find a count and the words around it; what the rest of the message
says can still make that count no order of the member's, or another amount. A wrong act stores a wrong order
(the member finds out at pickup), which is worse than asking once or saying nothing, so these checks only ever
turn a reading into a question (``sure=False``) or into nothing, except where the message itself puts the count
right ("三份，不对，两份"):

- **where the amount comes from**: it must be a count the message states (or their sum, or a count each times
  those named), once the numbers that are no count are set aside: a price ("一份要28", "一共114对吧 我先转了",
  "多钱一份"), a decimal ("小米2.5kg"). Nothing left: no order; another count left: asked;
"""
from __future__ import annotations

import re
from dataclasses import replace

from bot.language import intents, order_quantity
from bot.language.intents import CANCEL, CHANGE, ORDER, Reading
from bot.language.numbers import NUMERAL

_UNITS = order_quantity.UNITS
_NUM = "(?:" + NUMERAL + ")"
# Numbers that are no count of portions, in the ``order_quantity.form`` of a message.
_MONEY = re.compile(
    r"\d+\.\d+|[¥￥]\s?\d+|" + _NUM + r"\s?(?:块钱|块|元|毛|角|rmb)|"
    r"(?:一|每)[" + _UNITS + r"][^，,。.!！?？\s]{0,4}?(?:要|卖|才|只要|就要|得|都要)\s?(?:\d+|" + _NUM + r"(?=多|来?块))多?|"  # "一份要28", "一斤排骨要三十多"
    r"\d{2,}\s?(?:一|每)[" + _UNITS + r"]|"  # "38一份是吧"
    r"多少?钱(?:一|每)[" + _UNITS + r"]|(?:一|每)[" + _UNITS + r"]多少?钱|"  # "多钱一份", "一份多少钱"
    r"(?:转|付|给)了?\s?\d{2,}")  # "已转76", "刚付了76"
_PAYS = re.compile(r"转|付|钱|元|块|[¥￥]")
_SUM_PAID = re.compile(r"(?:一共|总共|合计|共)\s?\d{2,}(?![" + _UNITS + r"]|\d)|(?:一共|总共|合计|共)\s?\d{2,}(?=对[吧吗])")


def _masked(words: str) -> str:
    """``words`` with the numbers that are prices or decimals replaced by a mark."""
    words = _MONEY.sub("※", words)
    return _SUM_PAID.sub("※", words) if _PAYS.search(words) else words


_EACH = re.compile(r"各|每人|一人|每家|一家")


def _said(words: str) -> tuple[set[int], int]:
    """The amounts ``words`` can mean (each count, their sum, a count each times those named, one said by
    nothing) and how many counts it mentions."""
    found = order_quantity.candidates(words)
    counts = [c.value for c in found if c.start >= 0]
    said = {c.value for c in found} | {sum(counts)}
    if _EACH.search(words):  # "给我和我婆家各订两份", "大米小米各一袋": a count each, times those named
        said |= {k * n for n in counts for k in range(2, 7)}
    return said, len(counts)


def _counts(words: str) -> list[int]:
    return [c.value for c in order_quantity.candidates(words) if c.start >= 0]


def _words(text: str) -> str:
    return intents.typos_fixed(order_quantity.form(text))


def sourced(text: str, reading: Reading) -> Reading | None:
    """The reading when its amount is a count the message states; asked when the message states other counts;
    nothing when every number in it is a price or a decimal."""
    if reading.intent not in (ORDER, CHANGE) or not reading.amount:
        return reading
    words = _words(text)
    said, mentions = _said(words)
    kept, left = _said(_masked(words))
    if mentions and not left:
        return None  # "这家奶茶一份要28", "小米2.5kg的挺好吃", "苹果尼多钱一份": prices and weights, no count
    if abs(reading.amount) in kept:
        return reading
    counts = _counts(_masked(words))
    if reading.intent == ORDER and len(set(counts)) == 1:
        return replace(reading, amount=counts[0], sure=False)  # "三份 一共114对吧 我先转了": "订 3 份？"
    return replace(reading, sure=False)


def checked(text: str, reading: Reading | None) -> Reading | None:
    """``reading`` after the whole-message checks."""
    if reading is None:
        return None
    return sourced(text, reading)
