"""The train or dev messages a reader gets wrong, to see what to build next:
``python -m corpus.failures intents|signins|questions|faq [--split train|dev] [--without STEM,STEM]``.

Only train and dev: test and heldout measure generalisation, and nobody reads their lines
(corpus/README.md). Intents: orders, sign-ups and sign-ins as ``corpus.eval_intents`` scores
them (a wrong amount, a question asked back, chat replied to); sign-ins: missed ones and false ones; questions: missed and false detections;
faq: answerable questions given the wrong entry (gold -> read) and unanswerable ones given one.
"""
from __future__ import annotations

import argparse
import sys

import corpus
from bot.config.loader import load_yaml_model
from bot.config.schema import BotIdentity, GroupSettings
from bot.language import intents
from bot.language import signins as signin_reader
from bot.questions.asking import read
from bot.questions.faq import ENTRIES, SHIPPED, Faq
from bot.text import without_quote
from bot.language.intents import Reading
from corpus.eval_intents import ORDERS, SIGNUPS, TRIGGERS, gold, right
from corpus.eval_intents import read as read_intent

READABLE = ("train", "dev")


def orders_and_signups(records: list[corpus.Record]) -> list[str]:
    """What the bot would get wrong, as ``corpus.eval_intents`` scores it: missed (silent or asked),
    acted on wrongly, or chat replied to; ``order? 2`` is a question asked back."""
    lines = []
    for record in records:
        intent, amount, _ = gold(record)
        views = [("signin", signin_reader.read_signin(record.text, TRIGGERS) or Reading(intents.NONE))]
        if intent not in SIGNUPS:
            views.append(("groupbuy", read_intent(record.text, "groupbuy")))
        if intent not in ORDERS:
            views.append(("activity", read_intent(record.text, "activity")))
        for where, reading in views:
            relevant = {"signin": ("signin",), "groupbuy": ORDERS, "activity": SIGNUPS}[where]
            if intent not in relevant and reading.intent not in relevant:
                continue
            if intent in relevant and right(record, reading, stored=where == "groupbuy"):
                continue
            got = f"{reading.intent}{'' if reading.sure else '?'} {reading.amount}{'+' if reading.add else ''}"
            lines.append(f"{where:9} gold {intent} {amount}  got {got}  {record.source}  {record.text!r}")
    return lines


def signin_misses(records: list[corpus.Record]) -> list[str]:
    out = []
    for r in records:
        said = signin_reader.read_signin(r.text, TRIGGERS) is not None
        if said != (r["intent"] == "signin"):
            out.append(f"{'missed' if not said else 'false '}  {r.source}  {r.text!r}")
    return out


def _readings(records: list[corpus.Record]):
    faq, threshold = Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold
    to_bot = f"@{BotIdentity().name}"
    for r in records:
        yield r, read(without_quote(r.text), faq, threshold, to_bot=to_bot in r.text)


def questions(records: list[corpus.Record]) -> list[str]:
    out = []
    for r, reading in _readings(records):
        asked = r["intent"] == "question"
        if reading.asks != asked:
            out.append(f"{'missed' if asked else 'false '}  {r.source}  [{r['intent']}] {r.text!r}")
    return out


def faq(records: list[corpus.Record]) -> list[str]:
    out = []
    for r, reading in _readings(records):
        if r["intent"] != "question":
            continue
        gold = r.get("faq", "none")
        if (gold if gold != "none" else None) != reading.topic:
            out.append(f"{gold:>9} -> {str(reading.topic):9}  {r.source}  {r.text!r}")
    return out


def shown(records: list[corpus.Record], without: list[str]) -> list[corpus.Record]:
    """The records not from the files named (stems): those are judged by counts, never read."""
    hidden = tuple(f"/{stem}.jsonl:" for stem in without if stem)
    return [r for r in records if not any(h in "/" + r.source for h in hidden)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.failures")
    parser.add_argument("reader", choices=("intents", "signins", "questions", "faq"))
    parser.add_argument("--split", choices=READABLE, default="train")
    parser.add_argument("--without", default="", help="comma-separated file stems whose lines are never shown "
                        "(a confirming set, judged by its counts alone)")
    args = parser.parse_args(argv)
    records = shown(corpus.load("intents", split=args.split), args.without.split(","))
    lines = {"intents": orders_and_signups, "signins": signin_misses, "questions": questions, "faq": faq}[args.reader](records)
    print("\n".join(lines))
    print(f"{len(lines)} failures on {args.split}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
