"""The answer to "how many?" — the orders' "您要订几份…呢？" (O16) and the sign-ups' "一共几位呢？" (s27), read alike.

One question, two readers: the reader of the flow says what a sure answer counts (``sure``: an order's count, a sign-up's
party) and what cancels it (``cancelled``); the rest — a number alone, a no, a yes with no count — is read here once."""
from __future__ import annotations

from bot.chain.text import clean
from bot.language.intents import answer, declined
from bot.language.numbers import leading_number

# Particles and marks a bare count ends with ("3个吧", "两位呀～"): stripped from the end, never matched by a pattern
# (a run of them before a last other character costs one pass, not one per start).
PARTICLES_AFTER = "吧啊呀哈嘛的呢～~。.!！"


def without_particles_after(text: str) -> str:
    """``text`` without the particles, marks and spaces it ends with: linear (``str.rstrip``)."""
    while True:
        stripped = text.rstrip(PARTICLES_AFTER).rstrip()
        if stripped == text:
            return text
        text = stripped


def count_answered(text: str, sure: int | None, units: str, below: int) -> int | None:
    """The count a member gives when asked how many: ``sure``, what the flow's own reader read surely ("两份", "我和老公"),
    else a number alone ("3", "三个吧") with one of ``units``; a count of ``below`` or more is no answer here."""
    if sure is not None and 0 < sure < below:
        return sure
    bare = leading_number(without_particles_after(clean(text)), units)
    return bare if bare is not None and 0 < bare < below else None


def let_go(text: str, cancelled: bool) -> bool:
    """"不用了", "不要了", "算了不去了" answering "how many?": a no, a decline, or (``cancelled``) the flow's own cancel."""
    return answer(text) is False or declined(text) or cancelled


def yes_without_count(text: str, counted: bool) -> bool:
    """"好的", "嗯", "是" answering "how many?" with no count: she believes she answered, so she is asked again, once."""
    return not counted and answer(text) is True
