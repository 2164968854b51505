"""The wechaty tests again on every other supported Python found on this machine (3.12, 3.13).

Each version gets its own virtualenv under .venv-wechaty/ with the pinned dependencies
from pyproject.toml (made once, remade when they change), then runs
tests/test_wechaty_adapter.py in a subprocess. uv (the test extra) makes the virtualenvs:
on a clean clone both are ready in ~40 s together where pip took ~130 s, and from uv's
cache in seconds. Each version's run starts as soon as its own virtualenv is ready, beside
the other's (its tests wait on sockets and real time more than they use a core, and start
gateways on free ports). A version that is not installed is skipped with the reason.
"""
from __future__ import annotations

import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VENVS = ROOT / ".venv-wechaty"
VERSIONS = ("3.12", "3.13")
# Both versions are made and run by one worker, in threads (one module fixture).
pytestmark = [pytest.mark.xdist_group("wechaty_pythons"), pytest.mark.timeout(600)]


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


def uv() -> str:
    """The uv binary the test extra installs (the ``uv`` package knows where it put it)."""
    try:
        from uv import find_uv_bin
    except ImportError:
        raise RuntimeError("uv is missing: pip install -e '.[test]' (the test extra brings it)") from None
    return find_uv_bin()


def uv_run(*args: str) -> None:
    """One uv command; its output is kept for the failure message (uv says which package failed)."""
    done = subprocess.run([uv(), *args, "--quiet", "--no-progress"], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"uv {' '.join(args[:2])} failed:\n{done.stdout[-2000:]}{done.stderr[-4000:]}")


def venv_for(python: str, version: str) -> Path:
    venv = VENVS / f"py{version}"
    wanted = hashlib.sha256("\n".join(requirements()).encode()).hexdigest()
    stamp = venv / ".requirements"
    if not (stamp.exists() and stamp.read_text() == wanted):
        shutil.rmtree(venv, ignore_errors=True)
        uv_run("venv", "--python", python, str(venv))  # no ensurepip step: uv installs without pip
        uv_run("pip", "install", "--python", str(venv / "bin/python"), *requirements())
        if not imports(venv):  # seen once on a clean clone: uv said done, site-packages was empty
            shutil.rmtree(venv)
            subprocess.run([python, "-m", "venv", str(venv)], check=True, capture_output=True)
            subprocess.run([str(venv / "bin/python"), "-m", "pip", "install", "--quiet", *requirements()],
                           check=True, capture_output=True)
        stamp.write_text(wanted)
    return venv


def imports(venv: Path) -> bool:
    """Whether the virtualenv really has what the wechaty tests import."""
    check = [str(venv / "bin/python"), "-c", "import pytest, pytest_asyncio, wechaty"]
    return subprocess.run(check, capture_output=True).returncode == 0


def run_tests(python: str, version: str) -> subprocess.CompletedProcess:
    venv = venv_for(python, version)
    return subprocess.run(
        [str(venv / "bin/python"), "-m", "pytest", "tests/test_wechaty_adapter.py", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)


def python_or_skip_reason(version: str) -> tuple[str | None, str]:
    if sys.version_info[:2] == tuple(map(int, version.split("."))):
        return None, f"this suite already runs on Python {version}"
    python = find_python(version)
    return python, "" if python else f"Python {version} is not installed here (looked on PATH and in pyenv)"


@pytest.fixture(scope="module")
def runs():
    """Each version's run of the wechaty tests (made and run at the same time), or why it is skipped."""
    found = {version: python_or_skip_reason(version) for version in VERSIONS}
    with ThreadPoolExecutor(max_workers=len(VERSIONS)) as pool:
        yield {version: pool.submit(run_tests, python, version) if python else reason
               for version, (python, reason) in found.items()}


@pytest.mark.parametrize("version", VERSIONS)
def test_the_wechaty_tests_pass_on(version: str, runs: dict[str, Future | str]):
    run = runs[version]
    if isinstance(run, str):
        pytest.skip(run)
    result = run.result()
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-2000:]
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "passed" in summary and "skipped" not in summary and "failed" not in summary, summary
