"""The learned ad score: a logistic regression over the ad signals and the text's character n-grams.

Trained by ``qunbot train`` (``bot.moderation.training``) and shipped as plain JSON weights
(``bot/content/ad_model.json``); scoring is plain Python, no library. A feature is
a signal's kind (wechat_id, phone, ad_word, a cue family...) or a character, bigram or trigram
of the compact text with every digit read as 0, each counted once.

Most chat is ruled out without the full sum: one Aho-Corasick scan (Rust) finds
the n-grams of positive weight in the text; when even the bias, the positive
signals and those n-grams cannot reach the threshold, no negative weight can
lift the sum and the message is no ad. Only the rest pays for the full sum.
The ads rule runs that scan together with its own word scan (one automaton, ``positive``).
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Set
from itertools import repeat
from functools import lru_cache
from pathlib import Path

import ahocorasick_rs

from bot.charmap import collect as _collect, find as _find, translate as _translate

SHIPPED = Path(__file__).resolve().parent.parent / "content" / "ad_model.json"
NGRAMS = (1, 2, 3)  # single characters too (tuned on dev: 赚 币 贷 generalise where the pairs were never seen)


_DIGITS = str.maketrans("123456789", "000000000")


NONZERO_DIGIT = re.compile("[1-9]")  # shape changes a text only when it has one


def shape(compact: str) -> str:
    """Every digit read as 0: an id's or a price's digits say nothing a model should remember."""
    if _find is None:
        return compact.translate(_DIGITS) if NONZERO_DIGIT.search(compact) else compact  # a scan is cheaper than translate
    # the same in C (bot.charmap): re reads the class and str.translate each character at ~100-400 instructions
    if _find(compact, _NONZERO, _EVERY_CODE) < 0:
        return compact
    return _translate(compact, _ZEROS, _EVERY_CODE) or compact.translate(_DIGITS)  # None only for a U+0000


_NONZERO = bytes(c in b"123456789" for c in range(0x3A))  # NONZERO_DIGIT's class, for bot.charmap.find
_ZEROS = "".join("0" if "1" <= chr(c) <= "9" else chr(c) for c in range(0x3A))  # _DIGITS, for bot.charmap.translate
_EVERY_CODE = 0x110000  # no code point is found or gives up for being beyond the tables


def ngrams(compact: str) -> set[str]:
    """The text's n-grams; a single character only when it is Chinese (one Latin letter or digit says
    nothing: "XP" or "IDE" in a laptop review is no WeChat id)."""
    compact = shape(compact)
    grams = {compact[i:i + n] for n in NGRAMS if n > 1 for i in range(len(compact) - n + 1)}
    if 1 in NGRAMS:
        grams.update(c for c in compact if c >= "\u3400")
    return grams


@lru_cache(maxsize=16)
def logit_of(probability: float) -> float:
    return math.log(probability / (1 - probability))


class AdModel:
    def __init__(self, bias: float, signals: dict[str, float], grams: dict[str, float], meta: dict | None = None) -> None:
        self.bias, self.signals, self.grams, self.meta = bias, signals, grams, meta or {}
        self.spread = int(self.meta.get("spread") or 0)  # see ``gram_share``; 0: every n-gram counts whole
        # A long text's cue families pulling to an ad weigh the n-grams' share too (``logit``); the ads model's only
        self.cue_share = bool(self.meta.get("cue_share")) and self.spread > 0
        self._scan: tuple[list[str], ahocorasick_rs.AhoCorasick | None, list[float]] | None = None

    def _positives(self) -> tuple[list[str], ahocorasick_rs.AhoCorasick | None, list[float]]:
        """The positive n-grams (sorted), their automaton and their weights, made when first read: only the ads
        rule's bounds read them; the intent, question and topic models sum their n-grams alone (``logit_grams``),
        and an automaton of each one's positives held ~2 MB that nothing read."""
        if self._scan is None:
            positive = sorted(g for g, w in self.grams.items() if w > 0)
            self._scan = (positive, ahocorasick_rs.AhoCorasick(positive) if positive else None,
                          [self.grams[g] for g in positive])
        return self._scan

    @property
    def positive(self) -> list[str]:
        """The n-grams of positive weight, sorted: what ``probability``'s ``positive`` indexes."""
        return self._positives()[0]

    @property
    def _positive(self) -> ahocorasick_rs.AhoCorasick | None:
        return self._positives()[1]

    @classmethod
    def from_json(cls, data: dict) -> "AdModel":
        grams = unpack(data["packed"]) if "packed" in data else dict(data["grams"])  # "grams": a file written before packing
        return cls(float(data["bias"]), dict(data["signals"]), grams, data.get("meta"))

    def to_json(self) -> dict:
        return {"meta": self.meta, "bias": round(self.bias, 4), "signals": {k: round(w, 4) for k, w in sorted(self.signals.items())},
                "packed": pack(self.grams)}

    def probability(self, compact: str, kinds: Set[str], at_least: float = 0.0,
                    positive: Set[int] | None = None) -> float | None:
        """The probability that the text is an ad; None when it is surely below ``at_least``.
        ``positive``: the indexes (in ``self.positive``) of the positive n-grams in ``shape(compact)``,
        when the caller's own scan found them (``bot.rules.ads`` scans once for its words and these)."""
        base = self.base(kinds)
        if at_least > 0 and base < (cut := logit_of(at_least)):
            bound = self._bound(compact, base) if positive is None else self._bound_of(positive, base)
            if bound < cut:
                return None
        return sigmoid(self.logit(compact, kinds))

    def positive_in(self, shaped: str) -> set[int]:
        """The indexes (in ``positive``) of the positive n-grams in a text whose digits are read as 0 (``shape``)."""
        if self._positive is None:
            return set()
        return {hit[0] for hit in self._positive.find_matches_as_indexes(shaped, overlapping=True)}

    def share_at_most(self, shaped: str) -> float:
        """The most ``gram_share`` can be for a text (digits read as 0, ``shape``), without finding its n-grams: a
        long text's n-grams weigh less (``logit``), and a bound that weighs them whole rules out too little. Counted
        from below by the text's distinct characters: each one but the text's first ends a distinct bigram, each but
        its first two a distinct trigram, and each Chinese one is an n-gram itself, so D distinct characters, C of
        them Chinese, make at least C + (D - 1) + (D - 2) n-grams (``ngrams``), and the share is at most
        ``gram_share`` of that count. 1 for a model that does not spread (``spread`` 0) or a text too short to."""
        if not self.spread or len(shaped) * len(NGRAMS) <= self.spread:  # fewer n-grams than spread: whole
            return 1.0
        distinct = set(shaped)
        count = sum(len(distinct) - (n - 1) for n in NGRAMS if n > 1)
        if 1 in NGRAMS:
            count += len(distinct) - _latin_count(distinct)
        return gram_share(count, self.spread)

    def share_at_least(self, length: int) -> float:
        """At most the least ``gram_share`` a text of ``length`` characters can have: it has fewer n-grams than
        ``length`` of each size."""
        return gram_share(len(NGRAMS) * length, self.spread) if self.spread else 1.0

    def base(self, kinds: Set[str]) -> float:
        """The sum before the n-grams: the bias and the signals' weights."""
        return self.bias + math.fsum(self.signals.get(kind, 0.0) for kind in kinds) if kinds else self.bias

    @property
    def positive_weights(self) -> list[float]:
        """The weights of ``positive``, in its order."""
        return self._positives()[2]

    def logit(self, compact: str, kinds: Set[str]) -> float:
        grams = self.grams  # the ads rule's hot path: no call through logit_grams
        found = ngrams(compact)
        # fsum: exact, so a set's order (the hash seed) never shows; map, not a generator: no frame a gram
        text = math.fsum(map(grams.get, found, repeat(0.0)))
        if self.spread and len(found) > self.spread:
            share = gram_share(len(found), self.spread)
            if self.cue_share and kinds:
                return self.shared_base(kinds, share) + text * share
            text *= share
        return self.base(kinds) + text

    def shared_base(self, kinds: Set[str], share: float) -> float:
        """``base`` of a long text whose n-grams weigh ``share``: a cue family's positive weight (a word
        that pulls to an ad, found in any of the text's sentences) weighs that share too, as the family's
        n-grams would. The more a text says, the likelier it holds a money, goods or notice word by chance:
        a news report of loans and prices, a long review, read as ads once the cues' weights grew. Contacts,
        ad words and negative weights stay whole, so ``base`` (every bound before this sum) stays a bound."""
        signals = self.signals
        return self.bias + math.fsum(w * share if w > 0 and kind.startswith("cue_") else w
                                     for kind in kinds if (w := signals.get(kind, 0.0)))

    def logit_grams(self, found: Set[str], kinds: Set[str]) -> float:
        """The sum for n-grams already found (the question topics score one message's for every entry)."""
        grams = self.grams
        return self.base(kinds) + math.fsum(map(grams.get, found, repeat(0.0)))

    def bound(self, compact: str, base: float) -> float:
        """The most the sum of a text with these n-grams can be, its signals' weights summing to at most ``base``."""
        return self._bound(compact, base)

    def _bound(self, compact: str, base: float) -> float:
        """The most the sum can be: the signals' weights and every positive n-gram present."""
        if self._positive is None:
            return base
        hits = self._positive.find_matches_as_indexes(shape(compact), overlapping=True)
        return self._bound_of({hit[0] for hit in hits}, base) if hits else base

    def _bound_of(self, positive: Set[int], base: float) -> float:
        weights = self.positive_weights
        return base + sum(weights[i] for i in positive) if positive else base


def _latin_count(characters: Set[str]) -> int:
    """How many of these characters are below U+3400 (no n-gram alone: ``ngrams``)."""
    if _collect is None:
        return sum(c < "\u3400" for c in characters)
    return len(_collect("".join(characters), _BELOW_HAN, _EVERY_CODE))  # a C loop (bot.charmap), no step a character


_BELOW_HAN = b"\x01" * 0x3400  # every code point below U+3400, for bot.charmap.collect


def pack(grams: Mapping[str, float]) -> dict[str, dict[str, str]]:
    """The n-grams as the model file keeps them: by length, then by weight (three places), each group's
    n-grams (sorted) written one after another: ``{"3": {"0.52": "加微信私聊我"}}`` holds 加微信 and 私聊我.
    The same weights as a file of ``{"加微信": 0.52, …}``, less than half its bytes: a Chinese n-gram's
    key there paid three bytes of quotes and colon beside its own and a weight of ~6 more, and the
    weights take only ~2,000 values at three places (the bound is 2 MB, ``tests/test_ad_model.py``)."""
    groups: dict[int, dict[float, list[str]]] = {}
    for gram, weight in grams.items():
        groups.setdefault(len(gram), {}).setdefault(round(weight, 3), []).append(gram)
    return {str(n): {repr(w): "".join(sorted(by_weight[w])) for w in sorted(by_weight)}
            for n, by_weight in sorted(groups.items())}


def unpack(packed: Mapping[str, Mapping[str, str]]) -> dict[str, float]:
    """``pack``'s n-grams and weights: every ``n`` characters of a group's string is one n-gram."""
    grams: dict[str, float] = {}
    for length, by_weight in packed.items():
        n = int(length)
        for weight, joined in by_weight.items():
            cut = joined if n == 1 else [joined[i:i + n] for i in range(0, len(joined), n)]
            grams.update(zip(map(_GRAMS.setdefault, cut, cut), repeat(_WEIGHTS.setdefault(weight, float(weight)))))
    return grams


# One float a weight as written, for every model unpacked: the intent, question and topic models' ~500,000 n-grams take
# ~4,000 weights at three places.
_WEIGHTS: dict[str, float] = {}
# One string an n-gram for the models unpacked while this table is kept: ~290,000 distinct among ~670,000, each ~80 bytes.
# Not ``sys.intern``: its table keeps every n-gram for the life of the process, ~7 MB that nothing reads once the models
# are loaded; this one is dropped then (``forget_grams``, at start-up), the strings staying shared by the models.
_GRAMS: dict[str, str] = {}


def forget_grams() -> None:
    """Drop the table that makes each n-gram one string across the models loaded so far (``bot.warm_up``, once every
    model is loaded). A model loaded later shares its n-grams with those loaded after it only."""
    _GRAMS.clear()


def gram_share(count: int, spread: int) -> float:
    """What each n-gram of a text with ``count`` of them weighs beside the signals, when its model
    ``spread``s them (``meta["spread"]``): whole up to ``spread`` n-grams, then sqrt(spread / count),
    so the text's part of the sum grows as the square root of its length. A long text's hundreds of
    n-grams would otherwise add up to a verdict of their own, whatever its signals say (a hotel
    review of 70 characters, no cue in it, read as an ad); the share is at most 1, so ``_bound``
    stays a bound."""
    return math.sqrt(spread / count) if count > spread else 1.0


def sigmoid(x: float) -> float:
    """The logistic function, 0 far below -40 (the learned scores share it)."""
    return 1 / (1 + math.exp(-x)) if x > -40 else 0.0


@lru_cache(maxsize=8)
def _load(path: str, modified: float) -> AdModel:
    return AdModel.from_json(json.loads(Path(path).read_text("utf-8")))


def load_model(setting: bool | str, base_dir: Path) -> AdModel | None:
    """The model a rule's ``model`` setting names: true = the shipped one, a path (relative to config.yaml), or none."""
    if setting is False:
        return None
    path = SHIPPED if setting is True else Path(setting) if Path(setting).is_absolute() else base_dir / setting
    if not path.exists():
        if setting is True:
            return None  # a checkout before the first `qunbot train`: the points alone decide
        raise FileNotFoundError(f"ads model file not found: {path}")
    return _load(str(path), path.stat().st_mtime)
