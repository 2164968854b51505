"""Fitting the order-quantity ranker (``bot.language.order_quantity``) on the corpus' train orders, with
the intent score's fitting procedure (``bot.moderation.training.fit_rows``): one row per candidate count
of each real order, positive when its value is the quantity ordered, and one per count of every message of
no order intent (chat, questions, sign-ins, sign-ups), negative. Part of ``qunbot train --intents``.
"""
from __future__ import annotations

from pathlib import Path

from bot.chain.text import is_chain
from bot.language import order_quantity
from bot.language.order_quantity import QuantityModel, candidates, features, form

EPOCHS = 12
MIN_COUNT = 2  # a context seen once in train is a phrasing, not a way of saying it
ORDER_WORDS = ("order_change", "order_cancel")
NEGATIVES = True  # the counts of other messages (chat, questions, sign-ups) as negative rows


def rows(records: list) -> list:
    """(features, label) per candidate of every train order whose quantity is among its candidates."""
    out = []
    for record in records:
        if is_chain(record.text) or record["intent"] in ORDER_WORDS:
            continue  # a chain is read line by line; a change or a cancel says its count its own way
        words = form(record.text)
        every = candidates(words)
        if record["intent"] == "order":
            if not record.get("quantity") or not any(c.value == record["quantity"] for c in every):
                continue  # no candidate says it (pinyin, a count by names): nothing to rank
            out += [(features(words, c, every), c.value == record["quantity"]) for c in every]
        elif NEGATIVES and any(c.start >= 0 for c in every):
            out += [(features(words, c, every), False) for c in every]  # chat's counts: none is ordered
    return out


def fit(records: list) -> QuantityModel:
    from bot.moderation.training import fit_rows  # offline only: the bot never trains

    data = rows(records)
    fitted = fit_rows([(set(), kinds, label, 1.0) for kinds, label in data], epochs=EPOCHS, min_count=MIN_COUNT)
    meta = {"candidates": len(data), "orders": sum(label for _, label in data)}
    return QuantityModel(fitted.bias, fitted.grams, meta)


def main(out: str | None) -> Path:
    import corpus  # the repository's corpus/ (not installed with the package)

    from bot.moderation.training import write

    model = fit(corpus.load("intents", "train"))
    target = Path(out) if out else order_quantity.SHIPPED
    write(model, target)
    print(f"{target}: {len(model.weights):,} weights from {model.meta['candidates']:,} candidates of "
          f"{model.meta['orders']:,} orders")
    return target
