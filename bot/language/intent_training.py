"""``qunbot train --intents``: the learned intent score (``bot.language.intent_model``) fitted on the
corpus' train split, one model per intent against every other message (other intents, questions,
sign-ins, chat), with the ads score's fitting procedure (``bot.moderation.training.fit_rows``).

``--report`` prints what the score adds on the dev split: among the messages the rule readers
leave silent, how many real orders and sign-ups it would ask about, and how much chat.
"""
from __future__ import annotations

from pathlib import Path

from bot.language import intent_model
from bot.language.intent_model import INTENTS, ORDERS, SIGNUPS, IntentModel, compact, signals
from bot.rules.ad_model import NGRAMS, ngrams

EPOCHS = 12
SIGNAL_SCALE = 2.0  # a signal's feature value (n-grams are 1): the signals are few and general
MIN_COUNT = 2  # an n-gram seen once in train is a phrasing, not a way of saying it


def rows(records: list, intent: str) -> list:
    out = []
    for record in records:
        form = compact(record.text)
        out.append((signals(record.text, form), ngrams(form), record["intent"] == intent, 1.0))
    return out


def fit(records: list) -> IntentModel:
    from bot.moderation.training import fit_rows  # offline only: the bot never trains

    features = [(signals(r.text, form := compact(r.text)), ngrams(form)) for r in records]
    models = {}
    for intent in INTENTS:
        data = [(kinds, grams, r["intent"] == intent, 1.0) for r, (kinds, grams) in zip(records, features)]
        models[intent] = fit_rows(data, epochs=EPOCHS, scale=SIGNAL_SCALE, min_count=MIN_COUNT)
    meta = {"examples": len(records), "ngrams": list(NGRAMS),
            "per_intent": {i: sum(r["intent"] == i for r in records) for i in INTENTS}}
    return IntentModel(models, meta)


def report(model: IntentModel, records: list) -> str:
    """On messages the rules leave silent (no reading at all), what the score would ask about."""
    from bot.chain.text import order_reading, signup_reading, is_chain

    lines = []
    for group, among, read in (("orders", ORDERS, lambda t: order_reading(t, None, guess=False)),
                               ("sign-ups", SIGNUPS, lambda t: signup_reading(t, guess=False))):
        other = SIGNUPS if group == "orders" else ORDERS
        silent = [r for r in records if r["intent"] not in other and not is_chain(r.text) and read(r.text) is None]
        real = [r for r in silent if r["intent"] in among]
        chat = [r for r in silent if r["intent"] not in among]
        asked_real = [r for r in real if intent_model.guess(r.text, among, model)]
        right = [r for r in asked_real if intent_model.guess(r.text, among, model).intent == r["intent"]]
        asked_chat = [r for r in chat if intent_model.guess(r.text, among, model)]
        lines.append(f"{group}: rules silent on {len(real)} real ones and {len(chat)} others; the score asks about "
                     f"{len(asked_real)} real ones ({len(right)} as the right intent) and {len(asked_chat)} others")
        lines += [f"    asked, not one: {r['intent']}: {r.text!r}" for r in asked_chat[:20]]
    return "\n".join(lines)


def main(out: str | None, show_report: bool) -> int:
    import corpus  # the repository's corpus/ (not installed with the package)

    model = fit(corpus.load("intents", "train"))
    target = Path(out) if out else intent_model.SHIPPED
    from bot.moderation.training import write

    write(model, target)
    grams = sum(len(m.grams) for m in model.models.values())
    print(f"{target}: {len(model.models)} intents, {grams:,} n-gram weights from {model.meta['examples']:,} examples")
    if show_report:
        print("dev split:\n" + report(model, corpus.load("intents", "dev")))
    return 0
