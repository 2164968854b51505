"""Instructions counted by callgrind inside one ``functools.reduce`` of a child process: a figure the machine's load
does not move (``benchmarks/moderation_count.py``, ``benchmarks/linear_growth.py``).

The child is started under ``valgrind --tool=callgrind`` with instrumentation off (its imports and warm-up would take
minutes instrumented); when warm it prints ``READY <pid>`` on stderr and waits for the ``go`` file. The parent switches
instrumentation on (``callgrind_control -i on``), touches ``go``, and reads callgrind's total of what ran inside
``functools.reduce`` (``--toggle-collect``) from the child's stderr.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class CountFailed(RuntimeError):
    """The child failed, or callgrind printed no total; the message holds the end of its stderr."""


def count_reduce(child: list[str], keep: Path | None = None) -> tuple[int, str]:
    """(instructions inside the child's ``functools.reduce``, its stdout). ``child``: the script and its arguments, run by
    this interpreter; it gets ``--child GO`` appended (the file to wait for). ``keep``: callgrind's output kept there."""
    with tempfile.TemporaryDirectory(prefix="qunbot-count-") as tmp:
        out = keep or Path(tmp) / "callgrind.out"
        go = Path(tmp) / "go"
        command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--collect-atstart=no",
                   "--toggle-collect=functools_reduce", f"--callgrind-out-file={out}", sys.executable, *child,
                   "--child", str(go)]
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=dict(os.environ, PYTHONHASHSEED="0"))
        for line in process.stderr:
            if line.startswith("READY "):
                subprocess.run(["callgrind_control", "-i", "on", line.split()[1]], check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                go.touch()
                break
        stdout, stderr = process.communicate()
        if process.returncode != 0:
            raise CountFailed(stderr[-3000:])
        total = re.search(r"Collected\s*:\s*(\d+)", stderr)
        if total is None:
            raise CountFailed(stderr[-3000:])
        return int(total.group(1)), stdout


def wait_for(go: Path) -> None:
    """In the child, once warm: say READY and wait until the parent has switched instrumentation on."""
    print(f"READY {os.getpid()}", file=sys.stderr, flush=True)
    while not go.exists():
        time.sleep(0.05)  # a poll, not a measure: nothing is counted outside functools.reduce
