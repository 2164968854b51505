"""The intent score's fit (``bot.language.intent_training.fit``) for measuring only: the same AdaGrad updates as
``bot.moderation.training.fit_rows`` (one shuffle, the same seed and visiting order, the same vocabulary and class
balance), in numpy, every intent of a feature set at once. Weights equal ``fit_rows``'s to ~1e-13 (the order of a
row's float sum differs), ~4.5x faster: ``corpus.tools.leave_file_out --fast`` fits a fold's models so. Offline only:
``qunbot train`` and the bot never import it (numpy comes with matplotlib, not as the bot's own dependency).
"""
from __future__ import annotations

import math
import random
from collections import Counter

import numpy as np

from bot.language import intent_training
from bot.language.intent_model import INTENTS, IntentModel, compact, features, signals
from bot.moderation import training
from bot.rules.ad_model import NGRAMS, AdModel


def fit_many(rows: list[tuple[set[str], set[str]]], labels: list[list[bool]], *, epochs: int, seed: int, scale: float,
             l2: float, min_count: int) -> list[tuple[float, dict[str, float], dict[str, float]]]:
    """(bias, signal weights, n-gram weights) per column of ``labels``, each as ``training._fit_once`` fits it."""
    seen = Counter(g for _, grams in rows for g in grams)
    vocabulary = {g for g, n in seen.items() if n >= min_count}
    y = np.asarray(labels, dtype=float)
    positives, negatives = np.maximum(y.sum(0), 1.0), np.maximum((1 - y).sum(0), 1.0)
    total = len(rows)
    weight = np.where(y > 0, total / (2 * positives), total / (2 * negatives))  # each class weighs half
    index = {"^bias": 0}
    prepared = []
    for (kinds, grams), label, w in zip(rows, y, weight):
        names = ["^bias"] + [f"s:{k}" for k in sorted(kinds)] + sorted(g for g in grams if g in vocabulary)
        at = np.array([index.setdefault(n, len(index)) for n in names], dtype=np.int64)
        value = np.ones(len(names))
        value[1:1 + len(kinds)] = scale
        prepared.append((at, value, label, w))
    weights, squares = np.zeros((len(index), y.shape[1])), np.zeros((len(index), y.shape[1]))
    decay = np.full((len(index), 1), l2)
    decay[0] = 0.0  # no decay on the bias
    order = list(range(len(rows)))
    shuffle = random.Random(seed).shuffle
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            at, value, label, w = prepared[i]
            current = weights[at]
            z = value @ current
            p = np.where(z > -40, 1 / (1 + np.exp(-np.maximum(z, -40))), 0.0)
            gradient = np.outer(value, (p - label) * w) + decay[at] * current
            summed = squares[at] + gradient * gradient
            squares[at] = summed
            weights[at] = current - training.STEP * gradient / np.sqrt(summed + 1e-8)
    names = list(index)
    return [(float(weights[0, c]), {f[2:]: float(weights[j, c]) * scale for j, f in enumerate(names) if f.startswith("s:")},
             {f: float(weights[j, c]) for j, f in enumerate(names) if j and not f.startswith("s:")}) for c in range(y.shape[1])]


def fit(records: list) -> IntentModel:
    """``intent_training.fit`` (one shuffle), by ``fit_many``."""
    assert intent_training.SHUFFLES == 1, "fit_many fits one shuffle"
    groups: dict[tuple[str, ...], list[str]] = {}
    for intent in INTENTS:
        groups.setdefault(intent_training.FEATURES[intent], []).append(intent)
    forms = [compact(r.text) for r in records]
    kinds = [signals(r.text, form, intent_training.SIGNALS) for r, form in zip(records, forms)]
    models = {}
    for extra, names in groups.items():
        rows = [(k, features(form, extra)) for k, form in zip(kinds, forms)]
        fits = fit_many(rows, [[r["intent"] == i for i in names] for r in records], epochs=intent_training.EPOCHS,
                        seed=training.SEED, scale=intent_training.SIGNAL_SCALE, l2=intent_training.L2,
                        min_count=intent_training.MIN_COUNT)
        models.update({i: AdModel(bias, signal, {g: w for g, w in grams.items() if abs(w) >= training.KEEP})
                       for i, (bias, signal, grams) in zip(names, fits)})
    every = sorted({kind for extra in intent_training.FEATURES.values() for kind in extra})
    meta = {"examples": len(records), "ngrams": list(NGRAMS), **({"features": every} if every else {}),
            **({"signals": list(intent_training.SIGNALS)} if intent_training.SIGNALS else {}),
            "per_intent": {i: sum(r["intent"] == i for r in records) for i in INTENTS}}
    return IntentModel({i: models[i] for i in INTENTS}, meta)
