"""An ad hidden in a long friendly message, judged by the window around it.

The learned score sums the evidence of a whole message: a short pitch with its contact inside many
warm sentences is diluted by their n-grams' negative weights (and the model's veto then cancels the
contact's points), and the ads rule's sentence check judges each sentence with the whole message's
signals (a 接龙's notice shape, an emoji count) and not its own. Here a long message is also read as
its windows — each sentence, and each two sentences side by side (a pitch, then its contact) — and
each window is judged as if it were a message of its own: its own signals, its own points, the
model's probability of its own text. The message is an ad when one window is one by a stricter rule
than a whole message's (``WINDOW_VETO``, the ads rule's ``sentence_threshold``).

Guards: a message that warns about scams, reports someone's words or is a platform's share card has
no windows (a quoted ad inside a warning is no ad: the whole message says so, the window would not);
a window never reads the message's image, card or quote. Pure: the ads rule passes the judge.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.text import compact

WINDOW_VETO = 0.5  # a window with enough points is an ad unless the model thinks it as likely chat
MIN_CHARS = 6  # compact characters of a window's sentence: shorter ones (嗯嗯。) only join a pair
NO_WINDOWS = frozenset({"warning", "quoted", "share_card"})  # the message talks about an ad or passes on a card
_SENTENCE = re.compile(r"[^。！？!?\n~～…]+[。！？!?\n~～…]*")


def windows(text: str) -> list[str]:
    """The raw windows of a message: each sentence of ``MIN_CHARS``+ compact characters, then each
    two adjacent sentences; none for a message of one sentence."""
    parts = [p for p in _SENTENCE.findall(text) if compact(p)]
    if len(parts) < 2:
        return []
    single = [p for p in parts if len(compact(p)) >= MIN_CHARS]
    pairs = [a + b for a, b in zip(parts, parts[1:])]
    return single + pairs


def ad_window(text: str, kinds: Iterable[str], judge: Callable[[str], float | None]) -> tuple[float, str] | None:
    """The first window ``judge`` finds an ad (its probability, or None when it is none), with it."""
    if NO_WINDOWS.intersection(kinds):
        return None
    for window in windows(text):
        if (probability := judge(window)) is not None:
            return probability, window
    return None
