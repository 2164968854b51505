"""How the order readers do on text by a writer they never saw: leave one corpus file out, fit the
learned intent score and the quantity ranker on the train lines of every other file, and score the
left-out file's train and dev lines (each file was written by its own session). The rules were written
from every file, so they are favoured here as everywhere; the learned parts are not.

``python -m corpus.tools.leave_file_out [--cache DIR] [--sweep]`` prints orders recall / precision
(sure readings storing exactly what the label means, as ``corpus.eval_intents`` counts the orders group) and the
asked counts, pooled over the folds, each message read through the steps of ``bot.chain.text.order_reading``
(``order_parts``, ``finished``, ``checked_reading``): the rules with the intent score's partner (before) and with the
quantity ranker's ``order_guess`` after it (after). ``--sweep`` prints the thresholds' grid, from which
``order_guess.THRESHOLDS`` was chosen (never on test). ``--cache`` keeps each fold's intent model; ``--fast`` fits it
with ``corpus.tools.fast_fit`` (the same weights to ~1e-13, ~4.5x faster). ``--signups``
prints sign-ups and their cancels instead (an event open; "asked not-orders" then counts other lines asked as sign-ups).
``--shipped intent,quantity,party`` reads the left-out files with those shipped models instead of a fold's fit: on
the files a shipped model never saw (``--only``), the shipped fit against a refit on everything else.
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from dataclasses import astuple, dataclass, replace
from pathlib import Path

import corpus
from bot.chain.text import OrderParts, chain_order, checked_reading, finished, is_chain, order_parts
from bot.language import intent_model, intent_training, order_guess, order_guess_training, order_quantity, party_ranker
from bot.language import signup_guess, signup_guess_training
from bot.language.party_ranker import PartyModel
from bot.language import signins as signin_reader
from bot.language.intent_model import IntentModel
from bot.language.intents import NONE, Reading
from corpus.eval_intents import ORDERS, SIGNUPS, TRIGGERS, gold, right

READ = ("train", "dev")
_FIT = None  # ``--fast``: corpus.tools.fast_fit.fit
_SHIPPED: set[str] = set()  # ``--shipped``: the models read as shipped (intent, quantity, party), not fitted per fold


@dataclass
class Row:
    record: corpus.Record
    fixed: Reading | None  # a chain's or a sign-in's reading: the scores never see it
    parts: OrderParts | None  # what ``bot.chain.text.order_reading`` reads before the scores' choice


def fold_rows(left_out: list[str], records: list[corpus.Record], name: str, cache: Path | None) -> list[Row]:
    """The left-out files' train and dev lines, read with models fitted on every other file's train lines."""
    mine = lambda r: r.source.split(":")[0] in left_out  # noqa: E731
    return held_rows([r for r in records if r.split == "train" and not mine(r)],
                     [r for r in records if mine(r) and r.split in READ], name, cache)


def family_rows(k: int, records: list[corpus.Record], cache: Path | None) -> list[Row]:
    """k-fold cross-validation on train with folds by phrasing family (no family on both sides)."""
    train = [r for r in records if r.split == "train"]
    fold = lambda r: int(hashlib.sha1(str(r.get("family") or r.text).encode()).hexdigest()[:8], 16) % k  # noqa: E731
    return [row for i in range(k) for row in held_rows([r for r in train if fold(r) != i], [r for r in train if fold(r) == i],
                                                        f"family-{i}-of-{k}", cache)]


def held_rows(train: list[corpus.Record], held: list[corpus.Record], name: str, cache: Path | None) -> list[Row]:
    intent = _intent_model(name, train, cache)
    ranker = order_quantity.shipped() if "quantity" in _SHIPPED else order_guess_training.fit(train)
    rows = []
    for record in held:
        if record["intent"] in SIGNUPS:
            continue
        text = record.text
        if is_chain(text):
            rows.append(Row(record, chain_order(text, "", set()), None))
            continue
        signin = signin_reader.read_signin(text, TRIGGERS)
        if signin:
            rows.append(Row(record, signin, None))
            continue
        rows.append(Row(record, None, order_parts(text, True, intent, ranker)))
    return rows


def _intent_model(name: str, train: list[corpus.Record], cache: Path | None) -> IntentModel:
    if "intent" in _SHIPPED:
        return intent_model.shipped()
    path = cache / (name + ".json") if cache else None
    if path and path.exists():
        return IntentModel.from_json(json.loads(path.read_text("utf-8")))
    model = (_FIT or intent_training.fit)(train)
    if path:
        from bot.moderation.training import write

        path.parent.mkdir(parents=True, exist_ok=True)
        write(model, path)
    return model


def score(rows: list[Row], limits: order_guess.Thresholds | None, failures: bool = False) -> dict[str, int]:
    """Orders as ``corpus.eval_intents`` counts them; ``limits`` None: before (the partner alone). ``failures``: print
    the lines read wrongly (missed, asked, acted on wrongly, chat asked about or acted on)."""
    out = dict(gold=0, acted=0, right=0, asked=0, asked_chat=0, chat_acted=0)
    for row in rows:
        reading = row.fixed
        if row.fixed is None:  # read as ``bot.chain.text.order_reading`` reads it, the corpus's product (None) open
            parts = row.parts if row.parts is None or limits is not None else replace(row.parts, found=None)
            reading = checked_reading(row.record.text, finished(parts, None, limits or order_guess.THRESHOLDS) if parts else None, parts)
        reading = reading or Reading(NONE)
        intent = gold(row.record)[0]
        if failures and (intent in ORDERS or reading.intent in ORDERS) \
                and not (reading.sure and intent in ORDERS and right(row.record, reading, stored=True)):
            got = f"{reading.intent}{'' if reading.sure else '?'} {reading.amount}{'+' if reading.add else ''}"
            print(f"  gold {intent} {gold(row.record)[1]}  got {got}  {row.record.source}  {row.record.text!r}")
        out["gold"] += intent in ORDERS
        if reading.intent in ORDERS and reading.sure:
            out["acted"] += 1
            out["right"] += right(row.record, reading, stored=True)
            out["chat_acted"] += intent == "none"
        elif reading.intent in ORDERS:
            out["asked"] += intent in ORDERS
            out["asked_chat"] += intent not in ORDERS
    return out


@dataclass
class SignupRow:
    record: corpus.Record
    fixed: Reading | None  # a chain's or a sign-in's reading: the scores never see it
    partnered: Reading | None  # the rules with the intent score's partner (``bot.chain.text.signup_parts``)
    found: signup_guess.Evidence | None = None  # the party ranker's and the intent score's evidence (U14), where both read nothing


_PARTY_ROWS: dict[int, list] = {}  # a line's party-ranker rows, read once for every fold


def _party_rows(record: corpus.Record) -> list:
    key = id(record)
    if key not in _PARTY_ROWS:
        _PARTY_ROWS[key] = signup_guess_training.record_rows(record)
    return _PARTY_ROWS[key]


def _party_ranker(name: str, train: list[corpus.Record], cache: Path | None) -> PartyModel:
    if "party" in _SHIPPED:
        return party_ranker.shipped()
    path = cache / (name + ".party.json") if cache else None
    if path and path.exists():
        return PartyModel.from_json(json.loads(path.read_text("utf-8")))
    data = [row for record in train for row in _party_rows(record)]
    if _FIT is None:
        model = signup_guess_training.fit_data(data)
    else:  # ``--fast``: the same fit in numpy
        from bot.moderation import training
        from corpus.tools.fast_fit import fit_many

        ((bias, _, grams),) = fit_many([(set(), kinds) for kinds, _ in data], [[label] for _, label in data],
                                       epochs=signup_guess_training.EPOCHS, seed=training.SEED, scale=training.SIGNAL_SCALE,
                                       l2=training.L2, min_count=signup_guess_training.MIN_COUNT)
        model = PartyModel(bias, {g: w for g, w in grams.items() if abs(w) >= training.KEEP},
                           {"candidates": len(data), "parties": sum(label for _, label in data),
                            **({"shape": True} if signup_guess_training.SHAPE else {})})
    if path:
        from bot.moderation.training import write

        path.parent.mkdir(parents=True, exist_ok=True)
        write(model, path)
    return model


def signup_rows(left_out: list[str], records: list[corpus.Record], name: str, cache: Path | None) -> list[SignupRow]:
    """The left-out files' train and dev lines (orders aside), read with the intent score and the party ranker fitted on
    every other file's train lines (L32: the partner's party check with the fold's party ranker)."""
    mine = lambda r: r.source.split(":")[0] in left_out  # noqa: E731
    train = [r for r in records if r.split == "train" and not mine(r)]
    model = _intent_model(name, train, cache)
    ranker = _party_ranker(name, train, cache)
    shipped, party_ranker.shipped = party_ranker.shipped, lambda: ranker  # L32: the partner's party check reads the fold's
    try:  # ranker too (``intent_model._party_checked``), not the shipped one
        return _signup_rows_read(left_out, records, model, ranker)
    finally:
        party_ranker.shipped = shipped


def _signup_rows_read(left_out: list[str], records: list[corpus.Record], model: IntentModel,
                      ranker: PartyModel) -> list[SignupRow]:
    from bot.chain.text import signup_chain_entry, signup_parts

    mine = lambda r: r.source.split(":")[0] in left_out  # noqa: E731
    out = []
    for record in records:
        if not mine(record) or record.split not in READ or record["intent"] in ORDERS:
            continue
        text = record.text
        if is_chain(text):
            out.append(SignupRow(record, signup_chain_entry(text, "", set()) or Reading(NONE), None))
            continue
        if signin := signin_reader.read_signin(text, TRIGGERS):
            out.append(SignupRow(record, signin, None))
            continue
        rule, partnered = signup_parts(text, True, "", model) or (None, None)
        found = signup_guess.evidence(text, model, ranker) if rule is None and partnered is None else None
        out.append(SignupRow(record, None, partnered, found))
    return out


def signup_reading_of(row: SignupRow, limits: signup_guess.Thresholds | None) -> Reading:
    """The row's reading: before (``limits`` None: the rules and the partner) or with the party ranker's guess."""
    if row.fixed is not None:
        return row.fixed
    if row.partnered is not None or limits is None:
        return row.partnered or Reading(NONE)
    return signup_guess.choose(row.found, limits) or Reading(NONE)


def signup_score(rows: list[SignupRow], limits: signup_guess.Thresholds | None, failures: bool = False) -> dict[str, int]:
    """Sign-ups (and their cancels) as ``corpus.eval_intents`` counts them with an event open; ``silent``: real ones
    neither acted on nor asked about."""
    out = dict(gold=0, acted=0, right=0, asked=0, asked_chat=0, chat_acted=0, silent=0)
    for row in rows:
        record, reading = row.record, signup_reading_of(row, limits)
        intent = gold(record)[0]
        if failures and (intent in SIGNUPS or reading.intent in SIGNUPS) and not right(record, reading):
            got = f"{reading.intent}{'' if reading.sure else '?'} {reading.amount}"
            print(f"  gold {intent} {gold(record)[1]}  got {got}  {record.source}  {record.text!r}")
        out["gold"] += intent in SIGNUPS
        out["silent"] += intent in SIGNUPS and reading.intent not in SIGNUPS
        if reading.intent in SIGNUPS and reading.sure:
            out["acted"] += 1
            out["right"] += right(record, reading)
            out["chat_acted"] += intent == "none"
        elif reading.intent in SIGNUPS:
            out["asked"] += intent in SIGNUPS
            out["asked_chat"] += intent not in SIGNUPS
    return out


def file_folds(files: list[str], k: int) -> list[list[str]]:
    """The files in ``k`` folds (each file in one), round robin in name order; the code-blind batches kept for checking
    (``ALONE``) each in a fold of its own, so that their models see every other file."""
    alone = [[f] for f in files if Path(f).stem in ALONE]
    rest = [f for f in files if Path(f).stem not in ALONE]
    return alone + [group for group in (rest[i::k] for i in range(k)) if group]


ALONE = ("fortythird", "fiftyfourth")


def fold_name(i: int, folds: list[list[str]]) -> str:
    """A fold's name (its cached models' file name): the file's own, or the fold's place and files."""
    fold = folds[i]
    return Path(fold[0]).stem if len(fold) == 1 else f"files-{i}-of-{len(folds)}-" + hashlib.sha1(
        "".join(fold).encode()).hexdigest()[:8]


def line(name: str, s: dict[str, int]) -> str:
    recall = s["right"] / s["gold"] if s["gold"] else 1.0
    precision = s["right"] / s["acted"] if s["acted"] else 1.0
    return (f"{name:22} gold {s['gold']:5}  acted {s['acted']:5}  recall {recall:6.1%}  precision {precision:6.1%}  "
            f"wrong {s['acted'] - s['right']:3}  asked {s['asked']:3}  asked not-orders {s['asked_chat']:3}"
            + (f"  silent {s['silent']:4}" if "silent" in s else ""))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.tools.leave_file_out")
    parser.add_argument("--cache", help="a folder for each fold's intent model (fitting one takes a while)")
    parser.add_argument("--sweep", action="store_true", help="print the thresholds' grid")
    parser.add_argument("--only", help="comma-separated file stems to leave out (default: every file)")
    parser.add_argument("--families", type=int, metavar="K", help="instead: K-fold cross-validation on train, folds by family")
    parser.add_argument("--signups", action="store_true", help="instead: sign-ups and their cancels, event open")
    parser.add_argument("--failures", action="store_true", help="list the (train and dev) lines read wrongly")
    parser.add_argument("--file-folds", type=int, metavar="K", help="the files in K folds, not one each "
                        "(fortythird and fiftyfourth each alone)")
    parser.add_argument("--dump", metavar="FILE", help="write every row read (pickle) for weighing offline")
    parser.add_argument("--fast", action="store_true", help="fit the intent models with corpus.tools.fast_fit (numpy)")
    parser.add_argument("--shipped", default="", help="read with these shipped models, not fitted per fold "
                        "(comma-separated: intent, quantity, party)")
    args = parser.parse_args(argv)
    shipped = set(filter(None, args.shipped.split(",")))
    if not shipped <= {"intent", "quantity", "party"}:
        parser.error("--shipped names intent, quantity or party")
    _SHIPPED.update(shipped)
    if args.fast:
        global _FIT
        from corpus.tools import fast_fit

        _FIT = fast_fit.fit
    records = corpus.load("intents")
    files = sorted({r.source.split(":")[0] for r in records if r.split in READ})
    if args.only:
        files = [f for f in files if Path(f).stem in args.only.split(",")]
    if args.signups:
        return _signups(files, records, Path(args.cache) if args.cache else None, args)
    rows: list[Row] = []
    if args.families:
        files = []
        rows = family_rows(args.families, records, Path(args.cache) if args.cache else None)
    folds = file_folds(files, args.file_folds) if args.file_folds else [[f] for f in files]
    for i, fold in enumerate(folds):
        fold_read = fold_rows(fold, records, fold_name(i, folds), Path(args.cache) if args.cache else None)
        rows += fold_read
        for file in fold:
            part = [r for r in fold_read if r.record.source.split(":")[0] == file]
            print(line(Path(file).stem + " before", score(part, None)))
            print(line(Path(file).stem + " after", score(part, order_guess.THRESHOLDS, args.failures)), flush=True)
    print(line("ALL before", score(rows, None)))
    print(line("ALL after", score(rows, order_guess.THRESHOLDS)))
    if args.dump:  # every row (the rules' and the scores' parts), to weigh the order guess without reading the lines again
        import pickle

        Path(args.dump).write_bytes(pickle.dumps([(r.record.source, r.record.split, gold(r.record), r.record.text, r.fixed,
                                                   r.parts) for r in rows]))
    if args.sweep:  # every setting that acts wrongly no more often than before, best first
        before = score(rows, None)
        grid = []
        for values in itertools.product((0.97, 0.975, 0.98, 0.99, 0.995), (0.8, 0.9), (0.5, 0.8, 0.9), (0.85, 0.98, 2.0),
                                        (0.8,), (0.6, 0.8), (0.0, 0.3, 0.4), (0.0,), (0.99, 2.0)):  # O14: keep_unknown
            s = score(rows, order_guess.Thresholds(*values, *astuple(order_guess.THRESHOLDS)[len(values):]))
            if s["acted"] - s["right"] <= before["acted"] - before["right"]:
                grid.append((-s["right"], s["acted"] - s["right"], s["asked_chat"], -s["asked"], values, s))
        for *_, values, s in sorted(grid)[:40]:
            print(line("/".join(map(str, values)), s))
    return 0


def _signups(files: list[str], records: list[corpus.Record], cache: Path | None, args) -> int:
    folds = file_folds(files, args.file_folds) if args.file_folds else [[f] for f in files]
    every: list[SignupRow] = []
    for i, fold in enumerate(folds):
        rows = signup_rows(fold, records, fold_name(i, folds), cache)
        every += rows
        for file in fold:
            part = [r for r in rows if r.record.source.split(":")[0] == file]
            print(line(Path(file).stem + " before", signup_score(part, None)))
            print(line(Path(file).stem + " after", signup_score(part, signup_guess.THRESHOLDS, args.failures)), flush=True)
    print(line("ALL before", signup_score(every, None)))
    print(line("ALL after", signup_score(every, signup_guess.THRESHOLDS)))
    if args.dump:  # every row, to weigh the guess's settings without reading the lines again
        import pickle

        Path(args.dump).write_bytes(pickle.dumps([(r.record.source, r.record.split, gold(r.record), r.record.text, r.fixed,
                                                   r.partnered, r.found) for r in every]))
    if args.sweep:  # the guess's thresholds: acting first (asking off), then asking under the best act setting; never
        # on the code-blind batches kept for checking (``ALONE``)
        tuned = [r for r in every if Path(r.record.source.split(":")[0]).stem not in ALONE]
        fixed = [r for r in tuned if r.found is None]
        base, found = signup_score(fixed, None), [r for r in tuned if r.found is not None]
        plus = lambda s: {k: base[k] + s[k] for k in base}  # noqa: E731
        never = 2.0
        acts = []  # U15: acting only where the guess was never wrong out of fold, the most right first
        for act in itertools.product((0.9, 0.95, 0.98, 0.99, 0.995), (0.9, 0.95, 0.98, 0.99, 0.995, 0.999),
                                     (0.9, 0.95, 0.97, 0.98, 0.99, 0.995)):
            s = plus(signup_score(found, signup_guess.Thresholds(*act, never, never, never)))
            wrong = (s["acted"] - s["right"]) - (base["acted"] - base["right"])
            acts.append(((wrong, -s["right"]), act, s))
        for _, act, s in sorted(acts)[:15]:
            print(line("act " + "/".join(map(str, act)), s))
        best = sorted(acts)[0][1]
        for ask in itertools.product((0.5, 0.7, 0.8, 0.9, 0.95), (0.5, 0.7, 0.8), (0.5, 0.7, 0.8, 0.9)):
            s = plus(signup_score(found, signup_guess.Thresholds(*best, *ask)))
            print(line("ask " + "/".join(map(str, ask)), s))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
