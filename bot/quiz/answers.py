"""Lenient quiz answer matching: what a member on a phone types still counts.

Both the answer and the attempt go through the same folding: the quoted question
of a WeChat reply and leading @mentions are dropped, full-width/half-width, case,
traditional script, spaces and punctuation are folded (``bot.text.normalize``),
Chinese numerals become digits (三 = 3). Which option of a multiple-choice question a message
picks, and whether an answer is right, are read in ``bot.quiz.picks``.
"""
from __future__ import annotations

import re
from functools import lru_cache

import cn2an

from bot.text import normalize, strip_leading_mentions

LETTERS = "ABCDEF"

# A quoted reply as WeChat clients render it: 「name：quoted text」 plus a dashed separator line.
_QUOTE = re.compile(r"「[^」]*」|^\s*(?:-\s*){6,}$", re.M)
TEXT_FILLERS = ("我觉得是", "我觉得", "应该是", "答案是", "答案")
PARTICLES = "啦了呀吧哦喔嘛咯啊哈么呢"


MAX_ANSWER = 200  # characters; longer text is chat, never read as numbers


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The canonical form two answers are compared in."""
    folded = normalize(text)
    if len(folded) > MAX_ANSWER:  # not an answer; and cn2an is quadratic on long digit runs
        return folded
    try:
        folded = cn2an.transform(folded, "cn2an")
    except Exception:  # cn2an rejects some odd strings; the folded text is good enough
        pass
    return folded


def strip_quote(text: str) -> str:
    """What the member wrote when replying to (quoting) the question."""
    return strip_leading_mentions(_without_quotes(text))


_DASH_LINE = re.compile(r"^\s*(?:-\s*){6,}$", re.M)  # ``_QUOTE``'s second way
_SPACE_RUN = re.compile(r"\s*")
_LINE_START = re.compile(r"^", re.M)


def _without_quotes(text: str) -> str:
    """``_QUOTE.sub("", text)``, each start tried once. re tries the pattern from every 「 and every line start, and runs
    each try to the end of a text with no 」 after it or of a run of blank lines (a run of 「 or of newlines: n * n / 2
    steps, 5,000 characters ~0.5 s). Here a 「 after the last 」 is never tried (it opens no quote, nor a line of dashes),
    and a line start inside the blanks after one that failed is not tried either (its try would run on to the same
    character and fail the same way); every other start is tried in order, as re tries it."""
    if "「" not in text and "\n" not in text and "-" not in text:
        return text
    last = text.rfind("」")
    kept: list[str] = []
    done = at = lines_from = 0  # read up to ``done``; line starts before ``lines_from`` are inside failed blanks
    opening = line = -2  # the next 「 before the last 」 and the next line start worth a try (-1: none; -2: not sought)
    while at < len(text):
        if opening != -1 and opening < at:
            opening = text.find("「", at, last) if at < last else -1
        if line != -1 and line < (since := max(at, lines_from)):
            line = found.start() if (found := _LINE_START.search(text, since)) is not None else -1
        if opening == -1 and line == -1:
            break
        p = line if opening == -1 else opening if line == -1 else min(opening, line)
        matched = (_QUOTE.match(text, p) if p < last else None) or (_DASH_LINE.match(text, p) if p == line else None)
        if matched is not None:
            kept.append(text[done:p])
            done = at = matched.end()
            continue
        if p == line:
            lines_from = _SPACE_RUN.match(text, p).end() + 1
        at = p + 1
    kept.append(text[done:])
    return "".join(kept)
