"""``qunbot replay``'s diagnostics on stderr: the report per rule and per group, and no progress
bar when stderr is not a terminal (a pipe or a log file must not fill with bar redraws)."""
from __future__ import annotations

from pathlib import Path

from bot.replay import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "ads_three_times.jsonl"


def test_the_report_counts_each_rule_and_each_group_and_no_bar_reaches_a_pipe(capsys):
    assert main(str(EXAMPLE), str(ROOT / "config.yaml"), None, None, report=True) == 0
    out, err = capsys.readouterr()
    actions = out.splitlines()
    assert actions
    report = err[err.index("moderation report:"):]
    assert "%|" not in err and "line/s" not in err  # tqdm's bar: suppressed off a terminal
    by_rule, per_group = report.split("per group:\n")
    assert "hits (" in by_rule
    groups = [line for line in per_group.splitlines() if line.startswith("  ")]
    assert groups, report
    said = sum(int(line.split(" actions")[0].rsplit(", ", 1)[1]) for line in groups)
    assert said == sum('"group":' in action for action in actions)  # every group action counted once
    assert any("messages" in line and "ads" in line for line in groups), report
