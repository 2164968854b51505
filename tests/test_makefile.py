"""`make help` lists every target the Makefile declares .PHONY, each with its one-line description."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAKEFILE = (ROOT / "Makefile").read_text("utf-8")


def phony() -> list[str]:
    lines = [line for line in MAKEFILE.splitlines() if line.startswith(".PHONY:")]
    targets = [name for line in lines for name in line.removeprefix(".PHONY:").split()]
    assert targets, "no .PHONY line in the Makefile"
    return targets


def described() -> dict[str, str]:
    """target -> its description: ``target: prerequisites ## description`` on the rule's line."""
    return {m["target"]: m["text"].strip()
            for m in re.finditer(r"^(?P<target>[A-Za-z_-]+):[^\n=]*?## (?P<text>[^\n]+)$", MAKEFILE, re.MULTILINE)}


def test_every_phony_target_has_a_description():
    descriptions = described()
    missing = [target for target in phony() if not descriptions.get(target)]
    assert not missing, f"targets without a '## description' on their rule line: {missing}"
    assert "help" in phony()


def test_every_described_target_is_phony():
    assert sorted(set(described()) - set(phony())) == []


def test_make_help_prints_every_target_with_its_description():
    if shutil.which("make") is None:
        pytest.fail("make is not installed: the Makefile is the project's front door (apt-get install make)")
    run = subprocess.run(["make", "--no-print-directory", "-s", "help"], cwd=ROOT, capture_output=True, text=True,
                         timeout=30)
    assert run.returncode == 0, run.stderr
    printed = {}
    for line in run.stdout.splitlines():
        if line.startswith("  "):
            target, _, text = line.strip().partition(" ")
            printed[target] = text.strip()
    assert printed == described()
    assert list(printed) == list(described())  # in the Makefile's order
