"""The wechaty tests again on the newest supported Python found on this machine (3.13).

The suite itself runs on the oldest supported one (3.11); the two bracket 3.12. The version gets
its own virtualenv under .venv-wechaty/ with the pinned dependencies from pyproject.toml (made
once, remade when they change; by uv in a few seconds where it is installed, else by pip in ~40 s),
then runs tests/test_wechaty_adapter.py in a subprocess, but for the test of the `qunbot run`
process (a start of the whole bot: the same code as the suite's own run of it). A version that is
not installed is skipped with the reason.
"""
from __future__ import annotations

import contextlib
import fcntl
import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VENVS = ROOT / ".venv-wechaty"
VERSIONS = ("3.13",)
UV = Path(sys.executable).with_name("uv")  # the test extra installs it beside the python
# One worker makes the virtualenvs. Installing the pins into two fresh virtualenvs at once took
# over 300 s on a loaded 2-core machine: their setup gets longer than the suite's default limit.
pytestmark = [pytest.mark.xdist_group("wechaty_pythons"), pytest.mark.timeout(900)]


def find_python(version: str) -> str | None:
    pyenv = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    candidates = sorted(glob.glob(f"{pyenv}/versions/{version}.*/bin/python{version}"), reverse=True)
    candidates.append(shutil.which(f"python{version}"))
    # pyenv shims exist for every version but fail for the ones not selected
    return next((c for c in candidates if c and "/shims/" not in c and os.access(c, os.X_OK)), None)


def requirements() -> list[str]:
    """Runtime deps, the wechaty pins, and the test runner: what the wechaty tests import."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    runner = [r for r in extras["test"] if r.split(">")[0].split("=")[0].strip() in ("pytest", "pytest-asyncio")]
    return project["dependencies"] + extras["wechaty"] + runner


def make_venv(python: str, venv: Path) -> None:
    """A virtualenv with pip. Its ensurepip step once failed in CI, and ``venv`` hides why:
    it is run here, its output kept, and tried a second time."""
    for attempt in (1, 2):
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([python, "-m", "venv", "--without-pip", str(venv)], check=True)
        pip = subprocess.run([str(venv / "bin/python"), "-m", "ensurepip", "--upgrade", "--default-pip"],
                             capture_output=True, text=True)
        if pip.returncode == 0:
            return
        print(f"ensurepip for {python} failed (try {attempt} of 2):\n{pip.stdout[-2000:]}{pip.stderr[-2000:]}")
    raise RuntimeError(f"ensurepip for {python} failed twice:\n{pip.stdout[-2000:]}{pip.stderr[-2000:]}")


def venv_for(python: str, version: str) -> Path:
    with _building(version):
        return _venv_for(python, version)


@contextlib.contextmanager
def _building(version: str):
    """One build of a version's venv at a time, across xdist workers (two building one venv delete each other's files)."""
    VENVS.mkdir(exist_ok=True)
    with open(VENVS / f".lock-{version}", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _venv_for(python: str, version: str) -> Path:
    venv = VENVS / f"py{version}"
    wanted = hashlib.sha256("\n".join(requirements()).encode()).hexdigest()
    stamp = venv / ".requirements"
    if not (stamp.exists() and stamp.read_text() == wanted):
        if not (UV.exists() and _made_by_uv(python, venv)):
            make_venv(python, venv)
            subprocess.run([str(venv / "bin/python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                            *requirements()], check=True)
        stamp.write_text(wanted)
    return venv


def _made_by_uv(python: str, venv: Path) -> bool:
    """uv does not read pip.conf: where only pip knows the way to the packages (a mirror), pip makes it."""
    shutil.rmtree(venv, ignore_errors=True)
    made = subprocess.run([str(UV), "venv", "--quiet", "--python", python, str(venv)], capture_output=True, text=True)
    return made.returncode == 0 and subprocess.run(
        [str(UV), "pip", "install", "--quiet", "--python", str(venv / "bin/python"), *requirements()],
        capture_output=True, text=True).returncode == 0


def python_or_skip_reason(version: str) -> tuple[str | None, str]:
    if sys.version_info[:2] == tuple(map(int, version.split("."))):
        return None, f"this suite already runs on Python {version}"
    python = find_python(version)
    return python, "" if python else f"Python {version} is not installed here (looked on PATH and in pyenv)"


@pytest.fixture(scope="module")
def venvs() -> dict[str, Path | str]:
    """Each version's virtualenv, made at the same time, or why the version is skipped."""
    found = {version: python_or_skip_reason(version) for version in VERSIONS}
    with ThreadPoolExecutor(max_workers=len(VERSIONS)) as pool:
        made = {version: pool.submit(venv_for, python, version) for version, (python, _) in found.items() if python}
        return {version: made[version].result() if version in made else reason
                for version, (_, reason) in found.items()}


@pytest.mark.parametrize("version", VERSIONS)
def test_the_wechaty_tests_pass_on(version: str, venvs: dict[str, Path | str]):
    venv = venvs[version]
    if isinstance(venv, str):
        pytest.skip(venv)
    result = subprocess.run(
        [str(venv / "bin/python"), "-m", "pytest", "tests/test_wechaty_adapter.py", "-q", "-p", "no:cacheprovider",
         "--deselect", "tests/test_wechaty_adapter.py::test_qunbot_run_transport_wechaty_serves_a_real_account"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-2000:]
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "passed" in summary and "skipped" not in summary and "failed" not in summary, summary
