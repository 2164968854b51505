"""Readers that must stay linear on long runs of one pattern, checked by instruction counts (callgrind), never by wall
time: each guard reads an input of size n and one of size 2n, and the second may cost at most ``--most`` times the first
(2 for a linear reader; 4 for a quadratic one).

    .venv/bin/python benchmarks/linear_growth.py [--only NAME ...] [--most 2.6]

The guards (each moved here from a unit test that timed it on the wall clock, which a loaded machine fails or passes
by chance):

- ``if-gap`` (O19, ``order_checks.imagined``): "如果" said 10,000 times; the gap between the "if" and the "would" is
  bounded (4.7 s unbounded, a tenth of a second bounded).
- ``spoken-marks`` (Q19, ``questions.asking.question_beside``): "啊问号" 6,000 times makes 6,000 clauses; only a few are
  tried as the question beside an order.
- ``spaces`` (C19, ``order_changes.said_plainly``): "1" then 20,000 spaces, and a unit in the middle of them; a count
  taken back is looked for from each count, not from every space.

Each count runs in its own child (``benchmarks.callgrind``): imports and a warm-up on a short input first, uncounted.
Prints the two counts, their ratio and whether it is within ``--most``; exits 1 when a guard grows faster.
"""
from __future__ import annotations

import argparse
import functools
import sys
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.callgrind import CountFailed, count_reduce, wait_for  # noqa: E402


def _if_gap() -> Callable[[int], Callable[[], object]]:
    from bot.language import order_checks
    return lambda n: functools.partial(order_checks.imagined, "如果" * n)


def _spoken_marks() -> Callable[[int], Callable[[], object]]:
    from bot.config.loader import load_yaml_model
    from bot.config.schema import GroupSettings
    from bot.questions.asking import question_beside
    from bot.questions.faq import ENTRIES, SHIPPED, Faq
    faq, threshold = Faq(load_yaml_model(SHIPPED, ENTRIES)), GroupSettings().faq.threshold
    return lambda n: functools.partial(question_beside, "啊问号" * n, faq, threshold, orders=True)


def _spaces() -> Callable[[int], Callable[[], object]]:
    from bot.language.order_changes import said_plainly

    def both(n: int) -> None:
        said_plainly("1" + " " * n)
        said_plainly("1" + " " * (n // 2) + "斤" + " " * (n // 2))
    return lambda n: functools.partial(both, n)


# name -> (what builds the reading of an input of size n, the size the unit test used)
GUARDS: dict[str, tuple[Callable[[], Callable[[int], Callable[[], object]]], int]] = {
    "if-gap": (_if_gap, 10_000),
    "spoken-marks": (_spoken_marks, 6_000),
    "spaces": (_spaces, 20_000),
}


def child(name: str, size: int, go: Path) -> None:
    """In the child: build the guard, warm it on a short input, then read one input of ``size`` inside the reduce."""
    reading = GUARDS[name][0]()
    reading(10)()  # lazily built tables and compiled patterns, uncounted
    call = reading(size)  # the input built before counting starts
    wait_for(go)
    functools.reduce(lambda _, read: read(), [call], None)


def within(smaller: int, larger: int, most: float) -> bool:
    """Doubling the input multiplied the count by at most ``most``."""
    return larger <= most * smaller


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(GUARDS), help="these guards only")
    parser.add_argument("--most", type=float, default=2.6, help="the largest ratio of the 2n count to the n count")
    parser.add_argument("--guard", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)  # the go file
    args = parser.parse_args()
    if args.child:
        child(args.guard, args.size, args.child)
        return 0
    grown = []
    for name in args.only or GUARDS:
        size = GUARDS[name][1]
        try:
            counts = [count_reduce([str(Path(__file__).resolve()), "--guard", name, "--size", str(n)])[0] for n in (size, 2 * size)]
        except CountFailed as failed:
            print(f"{name}: the count failed\n{failed}", file=sys.stderr)
            return 1
        ok = within(*counts, args.most)
        grown += [] if ok else [name]
        print(f"{name:13} n={size:,}: {counts[0]:,} instructions; 2n: {counts[1]:,} ({counts[1] / counts[0]:.2f}x) "
              f"{'linear' if ok else f'GROWS FASTER than {args.most}x'}")
    return 1 if grown else 0


if __name__ == "__main__":
    sys.exit(main())
