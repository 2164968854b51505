"""pyproject.toml builds without a deprecation warning: an SPDX license and the LICENSE file shipped.

The metadata is built the way ``pip install`` starts (setuptools' ``prepare_metadata_for_build_wheel``),
offline, with the setuptools of this environment (the test extra requires the version the build
needs). Without it the test is skipped with the reason; under CI=true that is a failure.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
BUILD = "import sys\nfrom setuptools import build_meta\nprint(build_meta.prepare_metadata_for_build_wheel(sys.argv[1]))\n"


def _major(spec: str) -> int:
    match = re.fullmatch(r"setuptools\s*>=\s*(\d+)(,\s*<\s*[\d.]+)?", spec.split(";")[0].strip())
    assert match, f"expected setuptools>=N (and an upper bound), got {spec!r}"
    return int(match.group(1))


def _needed() -> int:
    specs = [s for s in PYPROJECT["build-system"]["requires"] if s.startswith("setuptools")]
    assert len(specs) == 1, PYPROJECT["build-system"]["requires"]
    return _major(specs[0])


def _require_setuptools() -> None:
    try:
        have = version("setuptools")
    except PackageNotFoundError:
        have = None
    needed = _needed()
    if have is not None and int(have.split(".")[0]) >= needed:
        return
    missing = (f"setuptools {have or 'is not installed'} here; the build needs setuptools>={needed} "
               f"(pip install -e '.[test]' installs it; make test does)")
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true: the packaging test cannot run: {missing}")
    pytest.skip(f"the packaging test is skipped: {missing}")


def test_the_metadata_builds_without_warnings(tmp_path):
    _require_setuptools()
    env = {**os.environ, "PYTHONWARNINGS": "default"}  # nothing silenced
    run = subprocess.run([sys.executable, "-c", BUILD, str(tmp_path)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    warnings = [line for line in output.splitlines() if re.search(r"warn|deprecat", line, re.IGNORECASE)]
    assert not warnings, "the build warns:\n" + output
    dist_info = tmp_path / run.stdout.strip().splitlines()[-1]
    metadata = (dist_info / "METADATA").read_text("utf-8")
    assert "License-Expression: MIT" in metadata.splitlines()
    assert "License-File: LICENSE" in metadata.splitlines()
    assert (dist_info / "licenses" / "LICENSE").read_text("utf-8") == (ROOT / "LICENSE").read_text("utf-8")


def test_the_license_is_spdx_and_the_file_is_there():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT"  # a string: a TOML table is deprecated
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert text.startswith("MIT License") and "The Qunbot authors" in text


def test_the_test_extra_brings_the_setuptools_the_build_needs():
    specs = [s for s in PYPROJECT["project"]["optional-dependencies"]["test"] if s.startswith("setuptools")]
    assert [_major(s) for s in specs] == [_needed()]
