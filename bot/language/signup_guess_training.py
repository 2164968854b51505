"""Fitting the party ranker (``bot.language.party_ranker``) on the corpus' train lines, with the intent score's fitting
procedure (``bot.moderation.training.fit_rows``): one row per candidate of each real sign-up, positive when its value is
the party, and one per candidate of every other message the guess may read (``signup_guess.open_to_guess``: chat,
questions, sign-ins, cancels), negative. Orders are left out (with an event open "+1" is a sign-up). Part of
``qunbot train --intents``.
"""
from __future__ import annotations

from pathlib import Path

from bot.language import party_ranker
from bot.language.party_ranker import PartyModel, candidates, features, form, message_features
from bot.language.signup_guess import open_to_guess

EPOCHS = 12
MIN_COUNT = 2  # a context seen once in train is a phrasing, not a way of saying it
LEFT_OUT = ("order", "order_change", "order_cancel")
SHAPE = True  # the message's shape among its features (``party_ranker.message_features``; F22)


def rows(records: list) -> list[tuple[set[str], bool]]:
    """(features, label) per candidate of every line the guess may read."""
    return [row for record in records for row in record_rows(record)]


def record_rows(record) -> list[tuple[set[str], bool]]:
    """One line's rows: none for an order, a chain or a line the guess never reads (``open_to_guess``)."""
    from bot.chain.text import is_chain

    if record["intent"] in LEFT_OUT or is_chain(record.text) or not open_to_guess(record.text):
        return []
    words = form(record.text)
    every = candidates(words)
    message = message_features(words, SHAPE)
    if record["intent"] != "signup":
        return [(features(words, c, every, message), False) for c in every]
    party = record.get("party")
    if not party or not any(c.value == party for c in every):
        return []  # no candidate says it: nothing to rank
    return [(features(words, c, every, message), c.value == party) for c in every]


def fit_data(data: list[tuple[set[str], bool]]) -> PartyModel:
    """The model fitted on ``rows``."""
    from bot.moderation.training import fit_rows  # offline only: the bot never trains

    fitted = fit_rows([(set(), kinds, label, 1.0) for kinds, label in data], epochs=EPOCHS, min_count=MIN_COUNT)
    return PartyModel(fitted.bias, fitted.grams, {"candidates": len(data), "parties": sum(label for _, label in data),
                                                  **({"shape": True} if SHAPE else {})})


def fit(records: list) -> PartyModel:
    return fit_data(rows(records))


def main(out: str | None) -> Path:
    import corpus  # the repository's corpus/ (not installed with the package)

    from bot.moderation.training import write

    model = fit(corpus.load("intents", "train"))
    target = Path(out) if out else party_ranker.SHIPPED
    write(model, target)
    print(f"{target}: {len(model.weights):,} weights from {model.meta['candidates']:,} candidates of "
          f"{model.meta['parties']:,} sign-ups")
    return target
