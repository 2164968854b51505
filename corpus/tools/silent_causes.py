"""Where real orders and sign-ups by new writers go unanswered: the rows ``corpus.tools.leave_file_out --dump`` wrote
(orders, and with ``--signups`` sign-ups), each line's outcome and, for the silent ones, the gate that kept them from an
answer.

``python -m corpus.tools.silent_causes --orders ROWS.pkl --signups ROWS.pkl [--model FOLD.json] [--list CAUSE]`` prints per
file: real orders (and changes, cancels) and sign-ups read right (acted on, stored as the label means), asked, silent
(neither acted on nor asked as any intent of their group) and sure-wrong (acted on, not right; chat acted on included), and
chat (intent none) asked or acted on, with its share of the chat lines read. Then the silent ones counted by cause: a
chain or a sign-in read first, no reader at all, the rules' own reading dropped later, a gate before the scores (which
one: ``order_guess.blocked``'s words by name, someone else's words, no count, too long), or the score they got. ``--model``
(a fold's intent model, ``leave_file_out --cache``) adds the intent score of the silent lines that never reached it.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from bot.chain.text import checked_reading, finished, is_chain
from bot.language import intent_model, intents, order_guess, signup_guess, signups
from bot.language.intent_model import ORDERS, SIGNUPS, IntentModel
from bot.language.intents import NONE, Reading
from bot.language.wrapping import plain, squeeze, unquote
import corpus
from corpus.eval_intents import right


def order_reading(row: tuple, limits: order_guess.Thresholds | None = None) -> Reading:
    """A dumped order row's reading, as ``leave_file_out.score`` reads it (``limits`` the guess's)."""
    _, _, _, text, fixed, parts = row
    if fixed is not None:
        return fixed
    return checked_reading(text, finished(parts, None, limits or order_guess.THRESHOLDS) if parts else None, parts) or Reading(NONE)


def signup_reading(row: tuple, limits: signup_guess.Thresholds | None = None) -> Reading:
    """A dumped sign-up row's reading, as ``leave_file_out.signup_reading_of`` reads it."""
    _, _, _, _, fixed, partnered, found = row
    if fixed is not None:
        return fixed
    if partnered is not None:
        return partnered
    return signup_guess.choose(found, limits or signup_guess.THRESHOLDS) or Reading(NONE)


def outcome(gold_intent: str, reading: Reading, group: tuple[str, ...], is_right: bool) -> str:
    """right / asked / silent / wrong for a real one of ``group``; chat-asked / chat-acted / chat-quiet for chat; other
    lines (another group's, a question) "other"."""
    mine = reading.intent in group
    if gold_intent in group:
        if mine and reading.sure:
            return "right" if is_right else "wrong"
        return "asked" if mine else "silent"
    if gold_intent == NONE:
        return "chat-quiet" if not mine else "chat-acted" if reading.sure else "chat-asked"
    return "other-acted" if mine and reading.sure else "other"


def _blocked_by(words: str) -> str | None:
    """The name of the first of ``order_guess._blocks``' patterns that matches."""
    named = [("not-mine/past/gift", intent_model._NOT_MINE), ("decimal", order_guess._DECIMAL),
             ("registered", order_guess._REGISTERED), ("parcel", order_guess._PARCEL_ARRIVES)]
    named += [(name.lower(), getattr(intents, name)) for name in
              ("LIMIT", "TALLY", "POST", "RECIPE_TALK", "SHARED", "RECEIVED", "ELSEWHERE", "LAUGH", "EVENT")]
    return next((name for name, pattern in named if pattern.search(words)), None)


def order_cause(row: tuple, reading: Reading) -> str:
    """Why a real order (change, cancel) was read silent."""
    _, _, _, text, fixed, parts = row
    if fixed is not None:
        return "chain read first" if is_chain(text) else "sign-in read first"
    if parts is None:
        return "no reader (a minus, asked back)"
    if parts.rule is not None:
        if parts.partnered is None:
            return "rules read, the score's doubt dropped it (O13)"
        return _dropped("rules read", parts)
    if parts.found is None:
        if parts.partnered is not None:
            return _dropped("the partner guessed", parts)
        if len(text) > intents.MAX_READ:
            return "before the scores: too long"
        said = plain(unquote(parts.text))
        if intents.SPEAKER.match(said):
            return "before the scores: someone's words (X：我…)"
        blocker = _blocked_by(squeeze(said))
        if blocker and blocker.startswith("not-mine") and intent_model.told_aside(parts.text, ORDERS):
            return "past/someone's words set aside (N28), the guesses silent: a score under its line or no count of hers"
        if blocker:
            return "before the scores: blocked " + blocker
        return "before the scores: no count said"
    found = parts.found
    if not found.said:
        return "scored: no count said"
    chosen = order_guess.choose(None, found, order_guess.THRESHOLDS)
    if chosen is None:
        if found.p_order < 0.7:
            return "scored: p < 0.7"
        if found.p_order < order_guess.THRESHOLDS.ask_order:
            return "scored: 0.7 <= p < ask"
        return "scored: p >= ask, count unsure (share/strength)"
    return _dropped("scored, read", parts)


def _dropped(who: str, parts) -> str:
    """Which later step left a reading silent: ``finished``'s product words, or the whole-message check."""
    if finished(parts, None, order_guess.THRESHOLDS) is None:
        return who + ", dropped: product words (finished)"
    return who + ", dropped: whole-message check (order_checks)"


def signup_cause(row: tuple) -> str:
    """Why a real sign-up (cancel) was read silent."""
    _, _, _, text, fixed, partnered, found = row
    if fixed is not None:
        return "chain read first" if is_chain(text) else "sign-in read first"
    if partnered is not None:
        return "rules/partner read another intent"
    if found is None:
        return "before the scores: " + _signup_gate(unquote(signups.without_asides(text)))
    if found.gated:  # s27: the party read in the last clauses, after a gate's words in the clauses before
        return "after a gate's clauses: " + ("p < ask" if found.p_signup < signup_guess.THRESHOLDS.ask_gated_signup
                                             else "party unsure") + " (" + _signup_gate(unquote(signups.without_asides(text))) + ")"
    if not 1 <= found.party <= intents.MAX_AMOUNT:
        return "scored: no party"
    if found.p_signup < 0.7:
        return "scored: p < 0.7"
    if found.p_signup < signup_guess.THRESHOLDS.ask_signup:
        return "scored: 0.7 <= p < ask"
    return "scored: p >= ask, party unsure (share/strength)"


def _signup_gate(text: str) -> str:
    """The first of ``signup_guess.open_to_guess``'s (and ``_elsewhere``'s) reasons that holds."""
    if len(text) > intents.MAX_READ or not text.strip():
        return "too long or empty"
    if signups.own_words(text) != text:
        return "a quote's words"
    said = plain(unquote(text))
    words = squeeze(said)
    checks = [("someone's words", lambda: intents.SPEAKER.match(said)), ("not-mine/past", lambda: intent_model._NOT_MINE.search(words)),
              ("decimal", lambda: intent_model._DECIMAL.search(words)), ("limit", lambda: intents.LIMIT.search(words)),
              ("tally", lambda: intents.TALLY.search(words)), ("post", lambda: intents.POST.search(words)),
              ("signup-else", lambda: signups.SIGNUP_ELSE.search(words)), ("urging", lambda: signups.URGING.search(words)),
              ("laugh", lambda: intents.LAUGH.search(words)), ("notice", lambda: signups.is_notice(words)),
              ("others signed up", lambda: signups.others_signed_up(words)), ("you drop", lambda: intent_model._YOU_DROP.search(words)),
              ("question", lambda: intents.QUESTION.search(words)), ("another time", lambda: signups.another_time(words)),
              ("nobody's", lambda: signups.nobodys(text)), ("elsewhere", lambda: signup_guess._elsewhere(text))]
    return next((name for name, check in checks if check()), "?")


def table(rows: list[tuple], read, group: tuple[str, ...], correct) -> dict[str, Counter]:
    """Outcomes per file (and "ALL")."""
    out: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        source, gold, text = row[0], row[2], row[3]
        reading = read(row)
        kind = outcome(gold[0], reading, group, correct(row, reading))
        for key in (Path(source.split(":")[0]).stem, "ALL"):
            out[key][kind] += 1
            out[key]["chat"] += gold[0] == NONE
    return out


def print_table(title: str, counts: dict[str, Counter]) -> None:
    print(f"{title}: file  real  right  asked  silent  sure-wrong(real)  | chat lines  asked  acted  replied%  | other acted")
    for name in sorted(counts, key=lambda n: (n == "ALL", n)):
        c = counts[name]
        real = c["right"] + c["asked"] + c["silent"] + c["wrong"]
        replied = c["chat-asked"] + c["chat-acted"]
        print(f"  {name:15} {real:5} {c['right']:6} {c['asked']:6} {c['silent']:7} {c['wrong']:8}"
              f"          | {c['chat']:6} {c['chat-asked']:6} {c['chat-acted']:6} {100 * replied / max(c['chat'], 1):7.2f}%"
              f"  | {c['other-acted']:4}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.tools.silent_causes")
    parser.add_argument("--orders", help="rows of leave_file_out --dump")
    parser.add_argument("--signups", help="rows of leave_file_out --signups --dump")
    parser.add_argument("--model", help="a fold's intent model (leave_file_out --cache): the score of lines never scored")
    parser.add_argument("--list", default="", help="print the silent lines of causes containing this")
    parser.add_argument("--set", default="", help="thresholds read with, e.g. ask_unknown=2,ask_open=2 (order_guess's) or "
                        "ask_share=0.9 (signup_guess's): N26's asks off with 2")
    parser.add_argument("--before", help="orders rows of an earlier dump (or, with --signups alone, sign-up rows): print "
                        "the lines whose outcome moved and the amount each asked one states")
    args = parser.parse_args(argv)
    model = IntentModel.from_json(json.loads(Path(args.model).read_text("utf-8"))) if args.model else None
    _set_limits(args.set)
    records = {r.source: r for r in corpus.load("intents")}  # the labels as read (a change's delta and total both)
    if args.orders:
        rows = pickle.loads(Path(args.orders).read_bytes())
        correct = lambda row, reading: right(records[row[0]], reading, stored=True)  # noqa: E731
        print_table("orders", table(rows, order_reading, ORDERS, correct))
        if args.before:
            moved(pickle.loads(Path(args.before).read_bytes()), rows, order_reading, ORDERS, correct)
        _causes(rows, lambda row: order_cause(row, order_reading(row)), order_reading, ORDERS, model, args.list)
    if args.signups:
        rows = pickle.loads(Path(args.signups).read_bytes())
        correct = lambda row, reading: right(records[row[0]], reading)  # noqa: E731
        print_table("sign-ups", table(rows, signup_reading, SIGNUPS, correct))
        if args.before and not args.orders:
            moved(pickle.loads(Path(args.before).read_bytes()), rows, signup_reading, SIGNUPS, correct)
        _causes(rows, signup_cause, signup_reading, SIGNUPS, model, args.list)
    return 0


def _set_limits(settings: str) -> None:
    """Each ``name=value`` on the order guess's thresholds or the sign-up guess's, whichever has the name."""
    for setting in filter(None, settings.split(",")):
        name, value = setting.split("=")
        module = order_guess if hasattr(order_guess.THRESHOLDS, name) else signup_guess
        module.THRESHOLDS = replace(module.THRESHOLDS, **{name: float(value)})


def moved(before: list[tuple], after: list[tuple], read, group: tuple[str, ...], correct) -> None:
    """The lines whose outcome differs between two dumps of the same lines; an asked line's amount against the label's."""
    earlier = {row[0]: row for row in before}
    for row in after:
        old, new = read(earlier[row[0]]), read(row)
        was = outcome(row[2][0], old, group, correct(earlier[row[0]], old))
        now = outcome(row[2][0], new, group, correct(row, new))
        if (was, old.intent, old.amount, old.sure) != (now, new.intent, new.amount, new.sure):
            amount = "" if now != "asked" or new.intent in (ORDERS[2], SIGNUPS[1]) else " amount right" \
                if new.amount == row[2][1] else " amount open" if new.amount == 0 and new.intent in (ORDERS[0], SIGNUPS[0]) \
                else f" amount WRONG ({row[2][1]})"
            print(f"    {was} -> {now}{amount}: {new.intent}{'' if new.sure else '?'} {new.amount}  {row[0]}  {row[3][:70]!r}")


def _causes(rows: list[tuple], cause, read, group: tuple[str, ...], model: IntentModel | None, listed: str) -> None:
    causes: Counter = Counter()
    scores: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        if row[2][0] not in group or read(row).intent in group:
            continue
        why = cause(row)
        causes[why] += 1
        if model is not None:
            found = model.scores(row[3], group)
            scores[why].append(max(found.values()) if found else 0.0)
        if listed and listed in why:
            print(f"    [{why}] {row[2][0]} {row[2][1]}  {row[0]}  {row[3]!r}")
    for why, n in causes.most_common():
        high = sum(p >= 0.9 for p in scores[why])
        print(f"  {n:4}  {why}" + (f"   (intent score >= 0.9: {high})" if model is not None else ""))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
