"""The benchmark table of docs/performance.md, from benchmarks/results.json.

    .venv/bin/python -m benchmarks.table            (print it)
    .venv/bin/python -m benchmarks.table --write    (replace it in docs/performance.md)

Only the part between the two marker comments is generated: the run's machine and the
figures; the prose around it is written by hand.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from benchmarks.figures import Figure, markdown

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results.json"
PAGE = ROOT / "docs" / "performance.md"
BEGIN = "<!-- benchmarks:table"
END = "<!-- /benchmarks:table -->"


def render(results: dict) -> str:
    """The run's machine in a sentence, then the table."""
    m = results["machine"]
    when = datetime.fromisoformat(m["date"]).strftime("%Y-%m-%d %H:%M UTC")
    loads = " ".join(f"{load:g}" for load in m.get("load_average_before", [])) or "?"
    after = " ".join(f"{load:g}" for load in m.get("load_average_after", [])) or "?"
    lines = [f"Latest run: `make bench` on {when}, commit {m.get('commit') or '?'}, {results['seconds']:.0f} s — "
             f"{m['nproc']} CPUs ({m['cpu']}), {m['memory_gb']} GB, {m['python']}, {m['platform']}, "
             f"SQLite {m['sqlite']}; load average {loads} before, {after} after (other work on the machine "
             f"skews the timings). Targets are the issue's; ratio = value ÷ baseline."]
    if results.get("note"):
        lines.append(f"Note: {results['note']}.")
    if results.get("failed"):
        lines.append(f"Failed to run: {', '.join(results['failed'])}.")
    figures = [Figure.from_json(data) for data in results["figures"]]
    return "\n".join(lines) + "\n\n" + markdown(figures)


def replace_between_markers(page: str, generated: str) -> str:
    start = page.find(BEGIN)
    end = page.find(END)
    if start < 0 or end < start:
        raise ValueError(f"the page has no {BEGIN} ... {END} markers")
    opening_end = page.index("-->", start) + 3
    return page[:opening_end] + "\n" + generated + "\n" + page[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"replace the table in {PAGE.relative_to(ROOT)}")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--page", type=Path, default=PAGE)
    args = parser.parse_args(argv)
    generated = render(json.loads(args.results.read_text("utf-8")))
    if not args.write:
        print(generated)
        return 0
    try:
        args.page.write_text(replace_between_markers(args.page.read_text("utf-8"), generated), "utf-8")
    except (OSError, ValueError) as exc:
        print(f"benchmarks.table: {exc}", file=sys.stderr)
        return 1
    print(f"{args.page}: table regenerated from {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
