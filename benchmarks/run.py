"""``make bench``: every benchmark, one table, and benchmarks/results.json.

    .venv/bin/python benchmarks/run.py [--quick] [--only NAME ...] [--dashboard-rows N] [--out PATH]
    .venv/bin/python benchmarks/run.py --markdown      (the table of the latest results; benchmarks.table
                                                        --write puts it in docs/performance.md)

Each benchmark runs in a fresh interpreter, one after the other (a heap or thread
left by one must not skew another's timing), and returns its figures, each beside
a baseline measured in the same run. A missed target is reported with by how much;
the exit status is non-zero only when a benchmark failed to run. Figures from two
benchmarks are set side by side too (``derived``): the end-to-end replay beside the
moderation stage alone, what the rest of the message path costs. ``--quick`` runs
tiny sizes in seconds: it proves the benchmarks still work, its figures mean nothing,
so they share one child interpreter (importing the bot in six took most of its time).
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import Figure, markdown, table, write_results  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ("moderation", "end_to_end", "latency", "loop_stall", "rss", "dashboard")
DASHBOARD_ROWS = 2_000_000  # what fits the 5-minute budget of make bench; make bench-dashboard runs 10M
TIMEOUT = 300  # seconds per benchmark: a hung one is reported, not waited on forever
END_TO_END_SHARE = 0.15  # the end-to-end replay at least this share of the moderation stage's throughput


def derived(figures: list[Figure]) -> list[Figure]:
    """Figures of one benchmark beside another's, measured in the same run."""
    by_name = {figure.name: figure for figure in figures}
    end_to_end, moderation = by_name.get("end-to-end replay"), by_name.get("moderation stage")
    if end_to_end is None or moderation is None:
        return []
    return [Figure("end-to-end / moderation stage", "msg/s", end_to_end.value, moderation.value,
                   "moderation stage alone", target=END_TO_END_SHARE, target_on_ratio=True,
                   note="the whole message path against its moderation stage: what ingest, handlers, "
                        "storage and the send queue cost")]


def run_children(names: list[str], quick: bool, dashboard_rows: int) -> tuple[list[Figure], list[str]]:
    """The benchmarks in ``names`` in one fresh interpreter, in order: their figures, and the
    names of those that failed (raised, or never reported because the child died or hung)."""
    with tempfile.TemporaryDirectory(prefix="qunbot-bench-") as tmp:
        out = Path(tmp) / "figures.json"
        command = [sys.executable, __file__, "--child", *names, "--out", str(out), "--dashboard-rows", str(dashboard_rows)]
        try:
            subprocess.run(command + (["--quick"] if quick else []), cwd=ROOT, timeout=TIMEOUT * len(names))
        except subprocess.TimeoutExpired as exc:
            print(f"benchmarks {', '.join(names)}: {exc}", file=sys.stderr)
        reported = json.loads(out.read_text("utf-8")) if out.exists() else {}
    figures = [Figure.from_json(data) for name in names for data in reported.get(name) or []]
    return figures, [name for name in names if reported.get(name) is None]


def child(names: list[str], quick: bool, dashboard_rows: int, out: Path) -> int:
    """Each benchmark's figures, written after each one (null for one that raised)."""
    reported: dict[str, list | None] = {}
    for name in names:
        if len(names) > 1:
            print(f"\n=== {name} ===", flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            options = {"rows": dashboard_rows} if name == "dashboard" else {}
            reported[name] = [figure.as_json() for figure in module.measure(quick=quick, **options)]
        except Exception:  # reported by name; the others still run
            traceback.print_exc()
            reported[name] = None
        part = out.with_suffix(".part")  # a child killed mid-write leaves the last whole file
        part.write_text(json.dumps(reported, ensure_ascii=False), "utf-8")
        part.replace(out)
    return 1 if None in reported.values() else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes: checks the benchmarks run, in seconds")
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, default=list(BENCHMARKS))
    parser.add_argument("--dashboard-rows", type=int, default=DASHBOARD_ROWS)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--markdown", action="store_true", help="print the docs/performance.md table of the results in --out")
    parser.add_argument("--child", nargs="+", choices=BENCHMARKS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.markdown:
        print(markdown([Figure.from_json(data) for data in json.loads(args.out.read_text("utf-8"))["figures"]]))
        return 0
    if args.child:
        return child(args.child, args.quick, args.dashboard_rows, args.out)

    started, load_before = time.perf_counter(), os.getloadavg()
    print(f"load average before the run: {' '.join(f'{load:.2f}' for load in load_before)} "
          f"on {os.cpu_count()} CPUs (other work on the machine skews the timings)")
    figures: list[Figure] = []
    failed: list[str] = []
    for names in [args.only] if args.quick else [[name] for name in args.only]:
        if len(names) == 1:
            print(f"\n=== {names[0]} ===", flush=True)
        got, lost = run_children(names, args.quick, args.dashboard_rows)
        figures += got
        failed += lost
        for name in lost:
            print(f"benchmark {name} failed", file=sys.stderr)
    figures += derived(figures)
    seconds = time.perf_counter() - started
    note = "quick mode: tiny sizes, the figures mean nothing" if args.quick else ""
    write_results(args.out, figures, seconds, note=note, failed=failed, load_before=load_before)
    print(f"\n{table(figures)}\n")
    if failed:
        print(f"FAILED to run: {', '.join(failed)}")
    print(f"{len(figures)} figures in {seconds:.0f} s; load average after: "
          f"{' '.join(f'{load:.2f}' for load in os.getloadavg())}; written to {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
