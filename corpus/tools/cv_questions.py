"""How the question detector and the FAQ matcher do on phrasings the learned parts never saw, without reading test
or held-out lines: K-fold cross-validation on train, folds by phrasing family (no family on both sides). For each
fold the learned question score and the learned topics are fitted on the other folds' train lines (the topics also on
the shipped phrasings, as ``make train`` does), and the fold is read by ``bot.questions.asking.read`` as
``corpus.eval_questions`` reads a split. The rules and faq.yaml were written from every train line, so they are
favoured here as everywhere; the learned parts are not.

``python -m corpus.tools.cv_questions [--families K] [--failures]`` prints precision, recall, FAQ top-1 and
"no answer" pooled over the folds (``--failures``: the fold's lines read wrongly, as ``corpus.failures`` lists them).
``--files NAME...`` scores, instead, each named intents file's train and dev lines, by writers the learned parts
never saw: fitted on every other file's train lines (and as shipped, for comparison). It prints counts only, never a
line, so that a batch kept unread while a pass works can be its check on fresh text. ``--together`` leaves the named
files out at once (one fit on every other file's train lines; the newest writers as one fold), and ``--cache FILE``
keeps that fit, so that a change to the rules alone is read again in minutes (the rules' signals are features of the
score, so a final figure refits: no ``--cache``).
"""
from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from unittest import mock

import corpus
from bot.config.loader import load_yaml_model
from bot.config.schema import BotIdentity, GroupSettings
from bot.questions import asking, training
from bot.questions.faq import ENTRIES, SHIPPED, Faq
from bot.questions.topics import NONE
from bot.text import without_quote


def fold_of(record: corpus.Record, k: int) -> int:
    return int(hashlib.sha1(str(record.get("family") or record.text).encode()).hexdigest()[:8], 16) % k


def fitted(train: list[corpus.Record], cache: str | None = None):
    """The question score and topics fitted on ``train`` (read from ``cache`` when it holds them, else kept there)."""
    if cache:
        try:
            with open(cache, "rb") as f:
                return pickle.load(f)
        except FileNotFoundError:
            pass
    parts = (training.fit([(r.text, r["intent"] == "question") for r in train]),
             training.fit_topics([(r.text, r.get("faq", NONE)) for r in train if r["intent"] == "question"]))
    if cache:
        with open(cache, "wb") as f:
            pickle.dump(parts, f)
    return parts


def fold_counts(train: list[corpus.Record], held: list[corpus.Record], failures: list[str],
                cache: str | None = None) -> dict[str, int]:
    """The held lines read with the question score and topics fitted on ``train`` alone."""
    score, topics = fitted(train, cache)
    faq, threshold, to_bot = Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold, f"@{BotIdentity().name}"
    counts = dict.fromkeys(("tp", "fp", "fn", "right", "answerable", "silent", "unanswerable"), 0)
    with mock.patch.object(asking, "model", lambda: score), mock.patch.object(asking, "topics", lambda: topics):
        asking.read.cache_clear()
        for r in held:
            reading = asking.read(without_quote(r.text), faq, threshold, to_bot=to_bot in r.text)
            asked, gold = r["intent"] == "question", r.get("faq", NONE)
            counts["tp"] += asked and reading.asks
            counts["fp"] += reading.asks and not asked
            counts["fn"] += asked and not reading.asks
            if asked and gold != NONE:
                counts["answerable"] += 1
                counts["right"] += reading.topic == gold
            elif asked:
                counts["unanswerable"] += 1
                counts["silent"] += reading.topic is None
            if asked != reading.asks or asked and (reading.topic or NONE) != gold:
                failures.append(f"{gold if asked else '-':>9} -> {reading.topic if reading.asks else '-'!s:9} "
                                f"{r.source}  {r.text!r}")
        asking.read.cache_clear()
    return counts


def line(c: dict[str, int]) -> str:
    pct = lambda a, b: f"{a / b:.1%}" if b else "-"  # noqa: E731
    return (f"precision {pct(c['tp'], c['tp'] + c['fp'])}  recall {pct(c['tp'], c['tp'] + c['fn'])}  "
            f"FAQ top-1 {pct(c['right'], c['answerable'])} ({c['right']}/{c['answerable']})  "
            f"no answer {pct(c['silent'], c['unanswerable'])} ({c['silent']}/{c['unanswerable']})")


def left_out(names: list[str], show_failures: bool = False) -> int:
    """Each named file's train and dev lines, read with the learned parts fitted without that file, and as shipped
    (``show_failures``: the lines read wrongly out of fold; never for a batch kept unread)."""
    from corpus.eval_questions import score_records

    train = corpus.load("intents", "train")
    for name in names:
        source = f"intents/{name.removesuffix('.jsonl')}.jsonl"
        lines = [r for r in corpus.read(source) if r.split in ("train", "dev")]
        failures: list[str] = []
        counts = fold_counts([r for r in train if not r.source.startswith(source + ":")], lines, failures)
        shipped = score_records(lines)
        print(f"{name}: {len(lines)} train+dev lines, {shipped.questions} questions")
        print(f"  left out: {line(counts)}")
        print(f"  shipped:  precision {shipped.precision:.1%}  recall {shipped.recall:.1%}  "
              f"FAQ top-1 {shipped.top1:.1%}  no answer {shipped.no_answer:.1%}", flush=True)
        if show_failures:
            print("\n".join(failures))
    return 0


def together(names: list[str], show_failures: bool = False, cache: str | None = None) -> int:
    """The named files' train and dev lines as one fold: the learned parts fitted on every other file's train lines."""
    sources = tuple(f"intents/{name.removesuffix('.jsonl')}.jsonl:" for name in names)
    train = corpus.load("intents", "train")
    lines = [r for name in names for r in corpus.read(f"intents/{name.removesuffix('.jsonl')}.jsonl")
             if r.split in ("train", "dev")]
    failures: list[str] = []
    counts = fold_counts([r for r in train if not r.source.startswith(sources)], lines, failures, cache)
    print(f"{len(names)} files left out together, {len(lines)} train+dev lines: {line(counts)}")
    if show_failures:
        print("\n".join(failures))
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.tools.cv_questions", description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", type=int, default=4, metavar="K", help="folds (by family) of the train split")
    parser.add_argument("--failures", action="store_true", help="list the lines read wrongly")
    parser.add_argument("--files", nargs="+", metavar="NAME", help="leave each named intents file out instead (counts only)")
    parser.add_argument("--together", action="store_true", help="with --files: leave the files out at once, one fit")
    parser.add_argument("--cache", metavar="FILE", help="with --together: keep (or reuse) the fold's fit in FILE")
    args = parser.parse_args(argv)
    if args.files and args.together:
        return together(args.files, args.failures, args.cache)
    if args.files:
        return left_out(args.files, args.failures)
    train = corpus.load("intents", "train")  # never test or heldout
    total: dict[str, int] = {}
    failures: list[str] = []
    for i in range(args.families):
        counts = fold_counts([r for r in train if fold_of(r, args.families) != i],
                             [r for r in train if fold_of(r, args.families) == i], failures)
        print(f"fold {i + 1}/{args.families}: {line(counts)}", flush=True)
        total = {key: total.get(key, 0) + value for key, value in counts.items()}
    print(f"pooled:   {line(total)}")
    if args.failures:
        print("\n".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
