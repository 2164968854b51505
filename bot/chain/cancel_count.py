"""(o33) A cancel that names how many: "帮我取消一袋", "退两份", "一盒不要了", "减掉一袋".

A member who has 3 portions and says "帮我取消一袋" wants 2 left, not none: a cancel naming a count smaller than her
order is a reduction by that count; equal to it (or more), the whole order is cancelled as before. This module only
reads the count the cancel names (pure, linear: flat alternations, one pass); ``bot.handlers.groupbuy`` holds it against
her order.
"""
from __future__ import annotations

import re

from bot.chain.text import clean
from bot.language.numbers import NUMERAL, UNITS, number

LONGEST = 40  # a cancel with its count is short; a longer message is a story the readers judge whole

# The act of dropping, then its count ("取消一袋", "帮我退两份", "减掉一盒", "去掉一份"), or the count then the act ("一袋不要了",
# "两份取消", "其中一盒退了"). Not "取消了一袋" told of the past, nor a count in a weight ("取消两斤" is no pack).
_DROPPED_COUNT = re.compile(r"(?:取消|退掉?|减掉?|去掉|删掉?|少要|不要)(?!了)(?:其中)?(?:的)?(?P<n>" + NUMERAL + r")\s?[" + UNITS.replace("斤", "") + r"]"
                            r"|(?:其中)?(?P<m>" + NUMERAL + r")\s?[" + UNITS.replace("斤", "") + r"](?:就|先)?(?:不要了?|取消|退掉?|去掉|删掉)")
# Every count of the message: the cancel's must be the only one ("我要三袋，取消一袋" says both).
_ANY_COUNT = re.compile(r"(?:" + NUMERAL + r")\s?[" + UNITS + r"]|\d")


def count_dropped(text: str) -> int | None:
    """The number of portions a cancel names ("帮我取消一袋" -> 1), None when it names none or more than one count."""
    said = clean(text)
    if len(said) > LONGEST:
        return None
    found = _DROPPED_COUNT.search(said)
    if found is None or len(_ANY_COUNT.findall(said)) != 1:
        return None
    count = number(found["n"] or found["m"])
    return count if count and count > 0 else None
