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
from bot.language.people import PERSON, RELATIVE
from bot.language.wrapping import BREAK, squeeze

# Words that say when or where a count belongs only beside it: the past, elsewhere, a gift, money handed over, a body, a post
# seen.
_BESIDE = re.compile("|".join(p.pattern for p in (intents.PAST, intents.ELSEWHERE, intents.GIFT))
                     + r"|[给帮替送留][你您](?!们)|单位|组织"
                     # a post seen or heard of, not posted ("看到群里甜皮鸭开团了，给我留两只", O15)
                     + r"|(?:看到|看见|瞧见|听说|刚看)[^，,。\s]{0,10}?(?:开团|接龙开始|开始接龙)")
# Someone else's words: set aside only where the count is said in the member's own voice.
_THEIRS = re.compile("|".join(p.pattern for p in (intents.THEY_SAID, signups.REPORTED)) + r"|说(?:也|还)?要")
# Someone named as the one who orders or places it: "她要两份", "让她自己接龙" (O15).
_THIRD = re.compile(r"[她他]|自己")
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


def beside_only(form: str, counts: list[tuple[int, int, bool]], best: int, blocks, own_voice: bool = True) -> set[int]:
    """Whether every word that blocks ``form`` (``blocks(words)``, the scores' gate) is one of the story's, standing in
    other pieces than the one piece that orders: it holds a count in a unit (``counts``: the ranker's candidates as
    (start, value, in a unit)), no word that blocks, and a verb of ordering — and that count is the ranker's pick
    (``best``, its value). The values that piece states, or none when the story's words do not explain what blocks.
    ``own_voice`` False: someone else's words beside it are set aside even where the count is not said in the member's own
    voice ("幺儿说要吃钵钵鸡，来两份": whose count? asked, O15)."""
    spans = pieces(form)
    if (ordering := _ordering_piece(form, spans, counts, blocks)) is None:
        return set()
    a, b = ordering
    values = {value for at, value, united in counts if a <= at < b and united}
    if best not in values:
        return set()  # the ranker picked another count
    counted = squeeze(form[a:b])
    rest = "，".join(squeeze(form[x:y]) for x, y in spans if (x, y) != (a, b))
    if own_voice and _THEIRS.search(rest) and not intents.I_ORDER.search(counted):
        return set()  # "我妈说 要两份": hers, unless the member orders in her own words ("老头子说要吃饺子 给我来一份")
    if not own_voice and (_THIRD.search(counted + rest) or PERSON.search(counted) or RELATIVE.search(counted)):
        return set()  # "李阿姨说 她要两份 让她自己接龙吧": her order, for her to place

    return set() if blocks(without_story(rest)) else values


def _ordering_piece(form: str, spans: list[tuple[int, int]], counts: list[tuple[int, int, bool]], blocks) -> tuple[int, int] | None:
    """The one piece of several that orders by itself (a count in a unit, a verb of ordering, nothing that blocks)."""
    ordering = [(a, b) for a, b in spans if any(a <= at < b and united for at, _, united in counts)
                and _orders(squeeze(form[a:b]), blocks)]
    return ordering[0] if len(spans) >= 2 and len(ordering) == 1 else None


def ordering_words(form: str, counts: list[tuple[int, int, bool]], blocks) -> str:
    """The words of the one piece that orders (``beside_only``), or "" when there is no such piece."""
    at = _ordering_piece(form, pieces(form), counts, blocks)
    return squeeze(form[at[0]:at[1]]) if at else ""


def _orders(piece: str, blocks) -> bool:
    return not (blocks(piece) or _BESIDE.search(piece) or _THEIRS.search(piece)) and bool(_ORDERING.search(piece))


_ORDERING = re.compile(intents.VERB_RE.pattern + r"|[给帮][我俺]")  # "要", "来", "留"…; "蛋挞给我两盒"


def without_story(words: str) -> str:
    """``words`` without the story's words that say whose or when a count is (each cut as a clause's end)."""
    return _BESIDE.sub("，", _THEIRS.sub("，", words))
