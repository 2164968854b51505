"""The real wechaty gateway, as stores run it: wechaty-puppet-service's PuppetServer over
wechaty-puppet-mock's PuppetMock (npm, pinned in tests/gateway/package-lock.json, installed by
``make test`` into tests/gateway/node_modules). tests/gateway/gateway.mjs drives the mock from
JSON lines on stdin and reports every send the bot makes on stdout.

``fake_puppet.py`` stays for what the mock cannot do: freezing a stream, ending it cleanly,
a send that fails after delivery, a logout, the current-fields-only protocol.
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
from pathlib import Path
from typing import Any, Callable

import pytest

GATEWAY_DIR = Path(__file__).resolve().parent / "gateway"
MODULES = GATEWAY_DIR / "node_modules" / "wechaty-puppet-service"


def require_gateway() -> None:
    """Skip loudly without node or the npm packages; under CI=true that is a failure."""
    missing = ("node is not installed" if shutil.which("node") is None else
               "the gateway's npm packages are not installed (make test installs them: npm ci --prefix tests/gateway)"
               if not MODULES.exists() else None)
    if missing is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true: the real wechaty gateway tests cannot run: {missing}")
    pytest.skip(f"the real wechaty gateway tests are skipped: {missing}")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RealGateway:
    def __init__(self, world: dict[str, Any], port: int | None = None, token: str = "test-token") -> None:
        self.world, self.port, self.token = world, port or free_port(), token
        self.sent: list[dict] = []
        self.removed: list[dict] = []
        self.said: list[str] = []
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.Task | None = None
        self._changed = asyncio.Condition()

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    async def start(self) -> None:
        self._process = await asyncio.create_subprocess_exec(
            "node", str(GATEWAY_DIR / "gateway.mjs"), str(self.port), self.token, cwd=GATEWAY_DIR,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL)
        ready = json.loads(await asyncio.wait_for(self._process.stdout.readline(), 30))
        assert ready == {"ready": self.port}, ready
        self._reader = asyncio.create_task(self._read())
        await self.command({"op": "setup", **self.world})

    async def command(self, command: dict[str, Any] | None = None, /, **fields: Any) -> None:
        command = {**(command or {}), **fields}
        self._process.stdin.write(json.dumps(command, ensure_ascii=False).encode() + b"\n")
        await self._process.stdin.drain()

    async def say(self, room: str, sender: str, text: str, mentions: tuple[str, ...] = ()) -> str:
        count = len(self.said)
        await self.command({"op": "say", "room": room, "from": sender, "text": text, "mentions": list(mentions)})
        await self.wait_for(lambda: len(self.said) > count)
        return self.said[count]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10) -> None:
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)

    async def kill(self) -> None:
        """SIGKILL: no goodbye on the wire."""
        self._process.kill()
        await self._process.wait()
        await asyncio.gather(self._reader, return_exceptions=True)

    async def stop(self) -> None:
        if self._process.returncode is None:
            self._process.stdin.close()
            try:
                await asyncio.wait_for(self._process.wait(), 10)
            except asyncio.TimeoutError:
                self._process.kill()
                await self._process.wait()
        await asyncio.gather(self._reader, return_exceptions=True)

    async def _read(self) -> None:
        while line := await self._process.stdout.readline():
            record = json.loads(line)
            for key, into in (("sent", self.sent), ("removed", self.removed), ("said", self.said)):
                if key in record:
                    into.append(record[key])
            async with self._changed:
                self._changed.notify_all()
