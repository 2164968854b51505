"""Whose and when a count is, read in the piece of the message that holds it (O13).

The learned scores (``order_guess``) never weigh a message that says anywhere a word of the past, of elsewhere, of a gift,
of someone else's words or of money handed over: "昨天…", "上次…", "快递…", "钱转给你" silenced every order beside a
story ("昨天买的橙子太甜了 … 给我来一箱吧", "伢发烧在家，茶饼一筒晚点让他爸来拿", "我老公说给他来两斤羊肉"). Those words
say whose or when a count is only where they stand beside it: the message is cut where a clause or a spoken sentence ends
(punctuation, spaces, voice input's restarts, ``intents.STORY_CUT``), and a word of the story set aside when it stands in
another piece than the count the quantity ranker picked and that piece orders by itself (a verb of ordering; for
someone else's words, the member's own voice: 我要, 给我留). Everything that says the whole message is no order of the
member's — a quote, a limit, a tally, a post, a recipe, shares, doubt, an offer, an event, a laugh, a decimal — still
blocks it wherever it stands.
"""
from __future__ import annotations

import re

from bot.language import intents, signups
from bot.language.wrapping import BREAK, squeeze

# Words that say when or where a count belongs only beside it: the past, elsewhere, a gift, money handed over, a body.
_BESIDE = re.compile("|".join(p.pattern for p in (intents.PAST, intents.ELSEWHERE, intents.GIFT))
                     + r"|[给帮替送留][你您](?!们)|单位|组织")
# Someone else's words: set aside only where the count is said in the member's own voice.
_THEIRS = re.compile("|".join(p.pattern for p in (intents.THEY_SAID, signups.REPORTED)) + r"|说(?:也|还)?要")
_CUT = re.compile(BREAK.pattern + r"|\s+|" + intents.STORY_CUT.pattern + r"|(?<=了)(?=[给帮][我俺])")  # "…到了给我留两盒吧"


def pieces(form: str) -> list[tuple[int, int]]:
    """The spans of ``form`` between the places a clause or a spoken sentence ends."""
    spans, at = [], 0
    for cut in _CUT.finditer(form):
        if cut.start() > at:
            spans.append((at, cut.start()))
        at = max(at, cut.end())
    if at < len(form):
        spans.append((at, len(form)))
    return spans


def beside_only(form: str, counts: list[tuple[int, int, bool]], best: int, blocks) -> set[int]:
    """Whether every word that blocks ``form`` (``blocks(words)``, the scores' gate) is one of the story's, standing in
    other pieces than the one piece that orders: it holds a count in a unit (``counts``: the ranker's candidates as
    (start, value, in a unit)), no word that blocks, and a verb of ordering — and that count is the ranker's pick
    (``best``, its value). The values that piece states, or none when the story's words do not explain what blocks."""
    spans = pieces(form)
    ordering = [(a, b) for a, b in spans if any(a <= at < b and united for at, _, united in counts)
                and _orders(squeeze(form[a:b]), blocks)]
    if len(spans) < 2 or len(ordering) != 1:
        return set()
    (a, b), = ordering
    values = {value for at, value, united in counts if a <= at < b and united}
    if best not in values:
        return set()  # the ranker picked another count
    counted = squeeze(form[a:b])
    rest = "，".join(squeeze(form[x:y]) for x, y in spans if (x, y) != (a, b))
    if _THEIRS.search(rest) and not intents.I_ORDER.search(counted):
        return set()  # "我妈说 要两份": hers, unless the member orders in her own words ("老头子说要吃饺子 给我来一份")
    return set() if blocks(without_story(rest)) else values


def _orders(piece: str, blocks) -> bool:
    return not (blocks(piece) or _BESIDE.search(piece) or _THEIRS.search(piece)) and bool(_ORDERING.search(piece))


_ORDERING = re.compile(intents.VERB_RE.pattern + r"|[给帮][我俺]")  # "要", "来", "留"…; "蛋挞给我两盒"


def without_story(words: str) -> str:
    """``words`` without the story's words that say whose or when a count is (each cut as a clause's end)."""
    return _BESIDE.sub("，", _THEIRS.sub("，", words))
