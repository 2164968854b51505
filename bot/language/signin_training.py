"""``qunbot train --signins``: the learned 打卡 score (``bot.language.signin_model``) fitted on the corpus' train split —
every line holding 打卡 and no 签 (``signins.card_context``), a sign-in or not — with the ads score's fitting
procedure (``bot.moderation.training.fit_rows``); and with it the whole-decision score, fitted the same way on every
train line holding a trigger of any kind (``signins.rescue_context``'s view, its cues as signal kinds).

``--report`` prints what the score changes on the dev split as the reader's partner: the sign-ins and look-alikes it
leaves silent.
"""
from __future__ import annotations

from bot.language import signin_model
from bot.language.signin_model import SigninModel, features, whole_features

EPOCHS = 12
SIGNAL_SCALE = 2.0  # a signal's feature value (n-grams are 1), as the intent score's
MIN_COUNT = 2  # a context seen once in train is a phrasing, not a way of saying it
L2 = 1e-4
SHUFFLES = 5  # the mean of five fits, each visiting the rows in its own order: few rows, a steadier score


def rows(records: list) -> list:
    from bot.language.signins import card_context

    out = []
    for record in records:
        if (card := card_context(record.text)) is not None:
            kinds, grams = features(card)
            out.append((kinds, grams, record["intent"] == "signin", 1.0))
    return out


def whole_rows(records: list) -> list:
    from bot.language.signins import _ANY_TRIGGER, _first_trigger, _said_for_score, look_alike_cues

    out = []
    for record in records:
        if (card := _first_trigger(_said_for_score(record.text), _ANY_TRIGGER)) is not None:
            kinds, grams = whole_features(card, look_alike_cues(record.text))
            out.append((kinds, grams, record["intent"] == "signin", 1.0))
    return out


def fit(records: list, whole_shuffles: int = SHUFFLES) -> SigninModel:
    from bot.moderation.training import fit_rows  # offline only: the bot never trains

    data, everything = rows(records), whole_rows(records)
    model = fit_rows(data, epochs=EPOCHS, scale=SIGNAL_SCALE, min_count=MIN_COUNT, l2=L2, shuffles=SHUFFLES)
    whole = fit_rows(everything, epochs=EPOCHS, scale=SIGNAL_SCALE, min_count=MIN_COUNT, l2=L2, shuffles=whole_shuffles)
    return SigninModel(model, {"examples": len(data), "signins": sum(1 for _, _, yes, _ in data if yes),
                               "whole_examples": len(everything), "whole_signins": sum(1 for *_, yes, _ in everything if yes)}, whole)


def report(model: SigninModel, records: list) -> str:
    """The lines of ``records`` the rules read as sign-ins and the score leaves silent, each with its label."""
    from bot.language.signins import card_context, read_signin, rescue_context
    from corpus.eval_intents import TRIGGERS

    silenced = [r for r in records if read_signin(r.text, TRIGGERS, partner=False) and (card := card_context(r.text)) is not None
                and card.in_doubt and model.vetoes(card)]
    right = sum(r["intent"] != "signin" for r in silenced)
    rescued = [r for r in records if not read_signin(r.text, TRIGGERS, partner=False) and (found := rescue_context(r.text)) is not None
               and model.rescues(*found)]
    signed = sum(r["intent"] == "signin" for r in rescued)
    return "\n".join([f"the score leaves {len(silenced)} of the rules' sign-ins silent: {right} look-alikes, "
                      f"{len(silenced) - right} sign-ins"] + [f"    {r['intent']}: {r.text!r}" for r in silenced]
                     + [f"the whole-decision score signs in {len(rescued)} messages the rules left silent: {signed} sign-ins, "
                        f"{len(rescued) - signed} look-alikes"] + [f"    {r['intent']}: {r.text!r}" for r in rescued])


def main(show_report: bool) -> int:
    import corpus  # the repository's corpus/ (not installed with the package)
    from bot.moderation.training import write

    model = fit(corpus.load("intents", "train"))
    write(model, signin_model.SHIPPED)
    print(f"{signin_model.SHIPPED}: {len(model.model.grams):,} n-gram weights from {model.meta['examples']:,} examples")
    if show_report:
        print("dev split:\n" + report(model, corpus.load("intents", "dev")))
    return 0
