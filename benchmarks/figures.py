"""One figure of the benchmark suite, the table ``make bench`` prints and ``results.json``.

Every figure carries the baseline measured in the same run, so a number is never
read without its yardstick; a target, when there is one, is judged either on the
value (``p99 <= 5 ms``) or on the ratio to the baseline (``>= 0.6x the ceiling``).
"""
from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    name: str
    unit: str
    value: float
    baseline: float | None
    baseline_name: str  # what the baseline is, in a few words
    target: float | None = None
    higher_is_better: bool = True
    target_on_ratio: bool = False  # the target bounds value / baseline, not the value
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    @property
    def judged(self) -> float | None:
        return self.ratio if self.target_on_ratio else self.value

    @property
    def met(self) -> bool | None:
        if self.target is None or self.judged is None:
            return None
        return self.judged >= self.target if self.higher_is_better else self.judged <= self.target

    def target_text(self) -> str:
        if self.target is None:
            return "-"
        sign = ">=" if self.higher_is_better else "<="
        return f"{sign} {self.target:g}x" if self.target_on_ratio else f"{sign} {self.target:,g} {self.unit}"

    def shortfall(self) -> str:
        """By how much a missed target is missed; empty when met or without a target."""
        if self.met is not False:
            return ""
        got, want = self.judged, self.target
        if self.higher_is_better:
            return f"{(1 - got / want) * 100:.0f}% below the target {self.target_text()} (needs {want / got:.1f}x)"
        return f"{(got / want - 1) * 100:.0f}% over the target {self.target_text()} ({got / want:.1f}x the limit)"

    def miss(self) -> str:
        """The shortfall in a sentence, for the table's footer."""
        if not self.shortfall():
            return ""
        what = f"ratio {ratio_text(self.judged)}" if self.target_on_ratio else f"{number(self.judged)} {self.unit}"
        return f"{self.name}: {what} is {self.shortfall()}"

    def as_json(self) -> dict:
        return {**asdict(self), "ratio": self.ratio, "target_text": self.target_text(), "met": self.met,
                "miss": self.miss()}

    @classmethod
    def from_json(cls, data: dict) -> "Figure":
        return cls(**{key: data[key] for key in cls.__dataclass_fields__})


def number(value: float) -> str:
    if value >= 1000:
        return f"{value:,.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def ratio_text(ratio: float) -> str:
    return f"{ratio:.2f}x" if ratio >= 0.1 else f"{ratio:.2g}x"


def table(figures: list[Figure]) -> str:
    headers = ("figure", "value", "baseline", "ratio", "target", "met")
    rows = [(f.name, f"{number(f.value)} {f.unit}",
             f"{number(f.baseline)} {f.unit} ({f.baseline_name})" if f.baseline is not None else "-",
             ratio_text(f.ratio) if f.ratio is not None else "-", f.target_text(),
             {True: "yes", False: "NO", None: "-"}[f.met]) for f in figures]
    widths = [max(len(str(row[i])) for row in [headers, *rows]) for i in range(len(headers))]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in [headers, *rows]]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    notes = [f"  {f.name}: {f.note}" for f in figures if f.note]
    misses = [f"  MISSED {f.miss()}" for f in figures if f.miss()]
    return "\n".join(lines + (["", "notes:", *notes] if notes else []) + (["", *misses] if misses else []))


def markdown(figures: list[Figure]) -> str:
    """The table for docs/performance.md."""
    lines = ["| figure | value | baseline | ratio | target | met |", "|---|---:|---:|---:|---|---|"]
    for f in figures:
        baseline = f"{number(f.baseline)} {f.unit}" if f.baseline is not None else "-"
        ratio = ratio_text(f.ratio) if f.ratio is not None else "-"
        met = {True: "yes", False: f"**no**, {f.shortfall().replace(f' the target {f.target_text()}', '')}", None: "-"}[f.met]
        lines.append(f"| {f.name} | {number(f.value)} {f.unit} | {baseline} | {ratio} | {f.target_text()} | {met} |")
    return "\n".join(lines)


def machine() -> dict:
    """Where the figures were measured: they mean little without it."""
    cpu = next((line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if line.startswith("model name")), "")
    memory = next((line.split()[1] for line in _lines("/proc/meminfo") if line.startswith("MemTotal")), "0")
    return {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu": cpu or platform.processor(),
        "memory_gb": round(int(memory) / 1024 / 1024, 1),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "load_average_after": [round(load, 2) for load in os.getloadavg()],  # other work on the machine skews timings
        "commit": _commit(),
    }


def write_results(path: Path, figures: list[Figure], seconds: float, note: str = "",
                  failed: list[str] | None = None, load_before: tuple[float, ...] = ()) -> None:
    results = {"machine": {**machine(), "load_average_before": [round(load, 2) for load in load_before]},
               "seconds": round(seconds, 1), "note": note, "failed": failed or [],
               "figures": [f.as_json() for f in figures]}
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", "utf-8")


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text().splitlines()
    except OSError:
        return []


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
