"""`make bench` still runs: every benchmark in its tiny mode, through the same runner, with
well-formed figures and results.json. No timing is asserted (the sizes are too small to mean
anything); what is asserted is that each figure was measured beside its baseline."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.figures import Figure, table

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = {"moderation stage", "end-to-end replay", "reply latency p50", "reply latency p99", "event-loop stall",
            "RSS", "RSS peak (VmHWM)", "end-to-end / moderation stage"}


@pytest.mark.slow
def test_every_benchmark_runs_and_reports_each_figure_beside_its_baseline(tmp_path):
    out = tmp_path / "results.json"
    done = subprocess.run([sys.executable, "benchmarks/run.py", "--quick", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(out.read_text("utf-8"))
    assert {"date", "nproc", "python", "platform", "cpu", "sqlite", "load_average_before"} <= results["machine"].keys()
    assert results["failed"] == []
    names = {f["name"] for f in results["figures"]}
    assert EXPECTED <= names and any(name.startswith("dashboard overview") for name in names)
    for data in results["figures"]:
        assert data["value"] > 0 and math.isfinite(data["value"]), data
        assert data["baseline"] > 0 and data["ratio"] == pytest.approx(data["value"] / data["baseline"]), data
        assert data["met"] in (True, False, None) and (data["met"] is None) == (data["target"] is None), data
        assert bool(data["miss"]) == (data["met"] is False), data
    assert "| met" in done.stdout and "end-to-end replay" in done.stdout  # the one table


def test_a_missed_target_says_by_how_much():
    slow = Figure("moderation stage", "msg/s", 20_000, 1_000, "naive loop", target=50_000)
    late = Figure("reply latency p99", "ms", 7.5, 1.0, "empty pipeline", target=5, higher_is_better=False)
    share = Figure("end-to-end replay", "msg/s", 900, 180_000, "ceiling", target=0.6, target_on_ratio=True)
    met = Figure("RSS", "MB", 200, 75, "imported", target=250, higher_is_better=False)
    assert slow.miss() == "moderation stage: 20,000 msg/s is 60% below the target >= 50,000 msg/s (needs 2.5x)"
    assert late.miss() == "reply latency p99: 7.50 ms is 50% over the target <= 5 ms (1.5x the limit)"
    assert share.met is False and "ratio 0.005x" in share.miss() and "needs 120.0x" in share.miss()
    assert met.met is True and met.miss() == ""
    printed = table([slow, late, share, met])
    assert printed.count("MISSED") == 3 and "| yes" in printed and "| NO" in printed


def test_a_benchmark_that_raises_is_reported_by_name_and_the_next_still_runs(tmp_path, monkeypatch):
    """--quick runs every benchmark in one child: one failing must not hide the others' figures."""
    from benchmarks import run

    def broken(quick: bool = False) -> list[Figure]:
        raise RuntimeError("a benchmark broke")

    monkeypatch.setitem(sys.modules, "benchmarks.broken", type(sys)("broken"))
    monkeypatch.setitem(sys.modules, "benchmarks.fine", type(sys)("fine"))
    sys.modules["benchmarks.broken"].measure = broken
    sys.modules["benchmarks.fine"].measure = lambda quick=False: [Figure("fine", "ms", 2.0, 1.0, "nothing")]
    out = tmp_path / "figures.json"
    assert run.child(["broken", "fine"], True, 1, out) == 1
    reported = json.loads(out.read_text("utf-8"))
    assert reported["broken"] is None and [f["name"] for f in reported["fine"]] == ["fine"]
    assert run.child(["fine"], True, 1, out) == 0
