"""(a31) A count alone from a member who has already ordered: "+1", "算我一个", "1份" from one with 3 portions.

She may mean one more, or was just agreeing with someone; setting her order to 1 ("改为 1 份") would silently lower it.
So a count-only message that differs from what she has is asked once ("改成 1 份，还是再加 1 份？"), and her answer
("改", "加", "不用了") is acted on. A message that says the new total in words ("改成1份", "我只要一份了", "一共两份",
"两份就够了") keeps setting it, and "再来一份" keeps adding. Pure and linear: each pattern is a flat alternation.
"""
from __future__ import annotations

import re

from bot.chain.text import clean
from bot.language.intents import answer

LONGEST_ANSWER = 16  # a reply to "改还是加？" is short; a longer message is read as itself

# Words that say the count is her whole order: a total, "only", "enough".
_TOTAL = re.compile(r"一共|总共|合计|总计|总数|加起来|一起|全部|只要|只订|只买|只定|就要|就订|就定|就买|就[够行好]|够了|总的")
# Her answer: change to the count, or add it. A negated word ("不改", "别加") is neither.
_NOT = r"(?<![不别没])(?<!不用)(?<!不要)(?<!不必)"  # (k32) "不用加", "不要改": neither
_SET = re.compile(_NOT + r"(?:改|换|变|只要|就要|替换|覆盖)|一共|总共|减")
_ADD = re.compile(_NOT + r"(?:加|添|多[要订来]|再[要订来买]|另外)")


def states_total(text: str) -> bool:
    """Whether a count-only order says it is her whole order ("一共两份", "我就要一份", "两份就够了")."""
    return _TOTAL.search(clean(text)) is not None


def choice(text: str) -> str | None:
    """"set" or "add" for an answer to "改成 N 份，还是再加 N 份？", "no" for a no ("不用了", "算了"), "yes" for a bare
    yes that says neither ("是", "好的", "对"), None for anything else (another message)."""
    said = clean(text).strip()
    if not said or len(said) > LONGEST_ANSWER:
        return None
    if answer(said, keep=True) is False:  # (k32) one reader of a no: "算了不用了", "那就不要了吧", "不改了", "就这样吧"
        return "no"
    to_set, to_add = _SET.search(said) is not None, _ADD.search(said) is not None
    if to_set != to_add:
        return "set" if to_set else "add"
    return "yes" if answer(said) and not to_set else None
