"""What a refit of the learned intent models changes, line by line.

``python -m corpus.tools.refit_diff FILE [--only intent,quantity,party ...] [--split train,dev]`` lists the train and
dev lines ``corpus.failures intents`` reads wrongly, once with the shipped models and once with the ones ``qunbot train
--intents --out FILE`` wrote (FILE, FILE_quantity.json, FILE_party.json; ``--only`` swaps just those named, and may be
given again for another set), and prints the lines mended (wrong -> right), broken (right -> wrong) and still wrong but
read otherwise, and each split's orders and sign-ups as ``corpus.eval_intents`` counts them (from the same readings).
``--side`` prints one side as JSON instead (with FILE: the refit's); ``--compare BEFORE AFTER`` compares two such files. Each side runs in its own
process: the readers load a model once and cache readings.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import corpus

READABLE = ("train", "dev")
KINDS = ("intent", "quantity", "party")


def fitted_paths(out: str) -> dict[str, Path]:
    """The three files ``qunbot train --intents --out FILE`` writes, by kind."""
    target = Path(out)
    return {"intent": target, "quantity": target.with_name(target.stem + "_quantity.json"),
            "party": target.with_name(target.stem + "_party.json")}


def use(paths: dict[str, Path]) -> None:
    """Point the readers at these model files (before any reading: each loads its model once)."""
    from bot.language import intent_model, order_quantity, party_ranker

    shipped = {"intent": intent_model, "quantity": order_quantity, "party": party_ranker}
    for kind, path in paths.items():
        shipped[kind].SHIPPED = path


def failures(records: list[corpus.Record]) -> dict[str, str]:
    """``corpus.failures``'s intents lines of these records, keyed by the reader's view and the line's source."""
    from corpus.failures import orders_and_signups

    return {key(line): line for line in orders_and_signups(records)}


def figures(records: list[corpus.Record]) -> dict[str, list]:
    """The records' orders and sign-ups groups: gold, acted, right, asked, chat asked, chat acted."""
    from corpus import eval_intents

    scores = eval_intents.score(records)
    return {group: [s.gold, s.acted, s.right, s.asked, s.asked_chat, s.chat_acted]
            for group, s in scores.items() if group in ("orders", "sign-ups")}


def _read_once() -> None:
    """Both ``failures`` and ``figures`` read each message with each kind open: one reading serves both."""
    from functools import lru_cache

    from corpus import eval_intents, failures as listed

    eval_intents.read = listed.read_intent = lru_cache(maxsize=None)(eval_intents.read)


def key(line: str) -> str:
    """A failure line's view (groupbuy, activity, signin) and source, the same whatever the reading."""
    return line.split()[0] + " " + line.split("  got ")[1].split("  ")[1]


def _side(argv: list[str]) -> dict[str, str]:
    out = subprocess.run([sys.executable, "-m", "corpus.tools.refit_diff", "--side", *argv], capture_output=True,
                         text=True, check=True).stdout
    return json.loads(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.tools.refit_diff")
    parser.add_argument("out", nargs="?", help="the FILE given to qunbot train --intents --out")
    parser.add_argument("--only", action="append", help="the refitted models to read (intent,quantity,party); again for "
                        "another set")
    parser.add_argument("--split", default=",".join(READABLE))
    parser.add_argument("--side", action="store_true", help="print one side's failures and figures as JSON")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two sides printed by --side")
    args = parser.parse_args(argv)
    splits = args.split.split(",")
    if not set(splits) <= set(READABLE):
        parser.error("only train and dev are read")
    if args.side:
        if args.out:
            paths = fitted_paths(args.out)
            use({kind: paths[kind] for kind in (args.only or [",".join(KINDS)])[0].split(",")})
        _read_once()
        records = {split: corpus.load("intents", split=split) for split in splits}  # once: a merge may land meanwhile
        print(json.dumps({"failures": failures([r for split in splits for r in records[split]]),
                          "figures": {split: figures(records[split]) for split in splits}}, ensure_ascii=False))
        return 0
    if args.compare:
        before, after = (json.loads(Path(name).read_text("utf-8")) for name in args.compare)
        return report(before, after)
    before = _side(["--split", args.split])
    for only in args.only or [",".join(KINDS)]:
        print(f"== refitted: {only}", flush=True)
        report(before, _side([args.out, "--only", only, "--split", args.split]))
    return 0


def report(before: dict, after: dict) -> int:
    compare(before["failures"], after["failures"])
    for split, groups in before["figures"].items():
        for group, counts in groups.items():
            print(f"{split:5} {group:8} {figure(counts)}  ->  {figure(after['figures'][split][group])}")
    return 0


def figure(counts: list[int]) -> str:
    gold, acted, right, asked, asked_chat, chat_acted = counts
    return (f"{right / gold if gold else 1:6.1%} / {right / acted if acted else 1:6.2%} (right {right}, wrong {acted - right}, "
            f"asked {asked}, chat asked {asked_chat}, chat acted {chat_acted})")


def compare(before: dict[str, str], after: dict[str, str]) -> None:
    mended = [before[k] for k in before if k not in after]
    broken = [after[k] for k in after if k not in before]
    moved = [f"{before[k]}\n    now {after[k].split('  got ')[1].split('  ')[0]}" for k in before
             if k in after and before[k] != after[k]]
    for title, lines in (("mended", mended), ("broken", broken), ("still wrong, read otherwise", moved)):
        print(f"{title} ({len(lines)}):" + "".join("\n  " + line for line in lines))
    print(f"failures {len(before)} -> {len(after)}: {len(mended)} mended, {len(broken)} broken, {len(moved)} moved",
          flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
