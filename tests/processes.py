"""``qunbot run`` as a real child process, for the tests that need one (crash safety, several accounts)."""
from __future__ import annotations

import asyncio
import os
import re
import sys
from pathlib import Path

TIMEOUT = 90  # a bound on waiting for the process, never a sleep (a loaded 2-core machine has needed over 30 s to start one)


class Running:
    """``qunbot run`` as a child process, its port read from its own log line."""

    def __init__(self, config: Path, db: str | Path, env: dict[str, str] | None = None, args: tuple[str, ...] = ()) -> None:
        self.config, self.db, self.args = config, db, args  # args: more options, e.g. --account east
        self.env = env or {}  # e.g. QUNBOT_ADMIN_PASSWORD, which is never inherited from the test's environment
        self.proc: asyncio.subprocess.Process | None = None
        self.port = 0
        self.stderr: list[str] = []
        self._new_line = asyncio.Condition()

    async def start(self) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        env.pop("QUNBOT_ADMIN_PASSWORD", None)
        env.update(self.env)
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", "--config", str(self.config), "--db", str(self.db), "--port", "0",
            *self.args, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE, env=env)
        async with asyncio.timeout(TIMEOUT):
            while not self.port:
                line = (await self.proc.stderr.readline()).decode()
                assert line, "qunbot run exited before serving:\n" + "".join(self.stderr)
                self.stderr.append(line)
                if found := re.search(r"playground: http://127\.0\.0\.1:(\d+)/", line):
                    self.port = int(found.group(1))
        self._drain = asyncio.create_task(self._keep_reading())

    async def _keep_reading(self) -> None:
        while line := await self.proc.stderr.readline():
            async with self._new_line:
                self.stderr.append(line.decode())
                self._new_line.notify_all()

    async def logged(self, text: str) -> str:
        """The first log line containing ``text``, once the process has written it."""
        async with asyncio.timeout(TIMEOUT), self._new_line:
            await self._new_line.wait_for(lambda: any(text in line for line in self.stderr))
        return next(line for line in self.stderr if text in line)

    async def stop(self, sig: int) -> int:
        self.proc.send_signal(sig)
        async with asyncio.timeout(TIMEOUT):
            code = await self.proc.wait()
            await self._drain
        return code
