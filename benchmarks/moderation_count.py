"""Instructions a message for the moderation stage, counted by callgrind (load-independent; issue 17).

    .venv/bin/python benchmarks/moderation_count.py [--mix generated|real] [--skip 300] [--messages 2000]

Builds the stage as ``benchmarks/moderation.py`` builds it (20,000-word lexicon with the pinyin
channel, the shipped ads rule, flood), judges the stream's first ``--skip`` messages to warm it
(caches, lazily built tables), collects garbage, then re-runs itself under
``valgrind --tool=callgrind`` with collection switched on only inside one ``functools.reduce``
over the next ``--messages`` messages, and prints the instructions a message. The start-up runs
uninstrumented (``--instr-atstart=no``; instrumented it took ~6 CPU minutes, most of the run): the child
says READY when warm, the parent switches instrumentation on (``callgrind_control -i on``) and lets it go. The wall clock on
a shared machine swings with other work; an instruction count does not. ``--mix real``: the
corpus' train-split messages, as ``benchmarks/moderation.py --mix real`` draws them.
``--model FILE``: the ads rule with that model file (``git show REV:bot/content/ad_model.json``), to count a
refit's cost apart from the code's. ``--keep FILE`` keeps callgrind's output for ``callgrind_annotate``. ``--python``: the C module
(``bot._charmap``) blocked, the Python ways counted (a tree without the module built would otherwise
import the one an editable install's finder gives: main's).
"""
from __future__ import annotations

import argparse
import functools
import gc
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.callgrind import CountFailed, count_reduce, wait_for  # noqa: E402

def judge_all(mix: str, skip: int, count: int, go: Path | None = None, model: Path | None = None) -> int:
    """The run valgrind counts (in the child): warm on ``skip`` messages, then one reduce over ``count``;
    ``go``: say READY and wait for that file first (the parent switches instrumentation on meanwhile)."""
    from benchmarks.moderation import Workload
    from bot.moderation.stage import judge
    from bot.config.schema import FloodRule
    from bot.rules import Facts, FloodMemory
    from bot.rules.flood import Flood

    work = Workload(20_000, skip + count, mix)
    if model is not None:  # another fit than the shipped one (an older commit's file, a refit to compare)
        import json
        from bot.rules.ad_model import AdModel
        work.ads.model = AdModel.from_json(json.loads(model.read_text("utf-8")))
    rules = (work.banned, work.ads, Flood(FloodRule(type="flood", id="flood"), FloodMemory()))
    facts = Facts()
    for event in work.events[:skip]:
        judge(rules, event, facts)
    gc.collect()
    if go is not None:
        wait_for(go)
    step = lambda flagged, event: flagged + bool(judge(rules, event, facts))  # noqa: E731
    return functools.reduce(step, work.events[skip:skip + count], 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mix", choices=("generated", "real"), default="generated")
    parser.add_argument("--skip", type=int, default=300)
    parser.add_argument("--messages", type=int, default=2_000)
    parser.add_argument("--keep", type=Path, help="keep callgrind's output file here")
    parser.add_argument("--python", action="store_true", help="count without the C module (bot._charmap)")
    parser.add_argument("--model", type=Path, help="the ads rule with this model file instead of the shipped one")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the go file
    args = parser.parse_args()
    if args.child:
        if args.python:
            from benchmarks.moderation_identity import _NoCharmap
            sys.meta_path.insert(0, _NoCharmap())
        flagged = judge_all(args.mix, args.skip, args.messages, args.child, args.model)
        print(f"flagged {flagged}")
        return 0
    child = [str(Path(__file__).resolve()), "--mix", args.mix, "--skip", str(args.skip), "--messages", str(args.messages)] \
        + (["--python"] if args.python else []) + (["--model", str(args.model.resolve())] if args.model else [])
    try:
        instructions, stdout = count_reduce(child, args.keep)
    except CountFailed as failed:
        print(failed, file=sys.stderr)
        return 1
    flagged = stdout.strip().splitlines()[-1]
    print(f"{args.mix} stream{' (the Python ways)' if args.python else ''}, messages {args.skip + 1:,}-{args.skip + args.messages:,} ({flagged}): "
          f"{instructions / args.messages:,.0f} instructions a message")
    return 0


if __name__ == "__main__":
    sys.exit(main())
