"""``qunbot ...`` run in the test's own process: the same ``bot.cli.main`` with the same argv, its stdout,
stderr (log lines included) and exit status captured as ``subprocess.run`` would give them.

A child process costs ~2.5 s of CPU before the command does anything (Python, the imports, the config);
here the imports are paid once per test worker. The tests where the process boundary itself is what is
tested (signals, exit status at start-up, a kill mid-write, a fresh interpreter) keep a real process:
tests/processes.py, tests/test_bad_config_startup.py, tests/test_crash_safety.py.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import io
import logging
import os
import subprocess
import sys
from pathlib import Path

from bot.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(args, *, stdin: str | None = None, env: dict[str, str | None] | None = None,
            cwd: str | Path = ROOT) -> subprocess.CompletedProcess:
    """``qunbot *args`` (``python -m bot``): ``env`` changes the environment for the run (None: unset), ``cwd`` is
    its working directory (the checkout by default, as the subprocess tests had it). Never raises for the
    command's own failure: argparse's exit 2 and any exit status come back as ``returncode``; an exception the
    command lets out is a traceback on stderr and status 1, as Python would print it."""
    argv = [str(arg) for arg in args]
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _run(argv, stdin, env or {}, cwd)
    # From an async test: the commands run their own event loop (asyncio.run), which needs a thread of its own.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(_run, argv, stdin, env or {}, cwd).result()


def _run(argv: list[str], stdin: str | None, env: dict[str, str | None], cwd: str | Path) -> subprocess.CompletedProcess:
    out, err = io.StringIO(), io.StringIO()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    saved_env = {key: os.environ.get(key) for key in env}
    here = os.getcwd()
    code: int | str | None
    try:
        root.handlers = []  # main's logging.basicConfig then logs to the captured stderr, as in its own process
        _set_env(env)
        os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), _stdin(stdin):
            try:
                code = main(argv)
            except SystemExit as exc:  # argparse's usage errors (2), a command's own sys.exit
                code = exc.code
            except Exception:  # what Python would print before exiting 1
                import traceback

                traceback.print_exc()
                code = 1
            if isinstance(code, str):
                print(code, file=sys.stderr)
                code = 1
    finally:
        os.chdir(here)
        _set_env(saved_env)
        for handler in root.handlers:
            handler.close()
        root.handlers, root.level = handlers, level
    return subprocess.CompletedProcess(["qunbot", *argv], code or 0, out.getvalue(), err.getvalue())


def _set_env(values: dict[str, str | None]) -> None:
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@contextlib.contextmanager
def _stdin(text: str | None):
    saved = sys.stdin
    sys.stdin = io.StringIO(text or "")  # as subprocess.run(input=...), and an empty stdin without it (CI has none)
    try:
        yield
    finally:
        sys.stdin = saved
