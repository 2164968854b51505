"""``make eval``: every language feature scored on the corpus, per split.

Each area has a module ``corpus/eval_<area>.py`` with ``run() -> str`` (a printed report) and
``check() -> list[str]`` (targets missed on the test split; empty when all are met).
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

AREAS = sorted(p.stem.removeprefix("eval_") for p in Path(__file__).parent.glob("eval_*.py"))


def main(argv: list[str]) -> int:
    chosen = argv or AREAS
    missed: list[str] = []
    for area in chosen:
        module = importlib.import_module(f"corpus.eval_{area}")
        print(module.run(), flush=True)
        missed += [f"{area}: {line}" for line in module.check()]
    if missed:
        print("\nTargets missed on the test split:\n  " + "\n  ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
