"""The web playground: chat in the demo groups as any member and watch the bot answer.

Served by aiohttp on 127.0.0.1 with no CDN: one page, one script, one stylesheet,
and a websocket that carries what members do and everything the bot does.
"""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
from collections import deque
from pathlib import Path
from typing import Callable

from aiohttp import WSCloseCode, WSMsgType, web
from jinja2 import Environment, FileSystemLoader, select_autoescape

from bot.adapters.local import LocalAdapter
from bot.app import Bot
from bot.events import Member

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
HISTORY = 200  # records kept per group for a page that opens later
MAX_TEXT = 2000
MAX_NAME = 32
MAX_MENTIONS = 20  # @-mentions a scripted client may attach to a message


class Playground:
    def __init__(self, bot: Bot, adapter: LocalAdapter) -> None:
        self.bot = bot
        self.adapter = adapter
        self._history: dict[str, deque[dict]] = {}
        self._clients: set[asyncio.Queue[dict]] = set()
        self._sockets: set[web.WebSocketResponse] = set()  # closed on stop, or the shutdown waits for each page
        self._ids = itertools.count(1)
        self._pages = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape())
        self._runner: web.AppRunner | None = None
        self.extensions: list[Callable[[web.Application], object]] = []  # e.g. mounting the dashboard
        adapter.subscribe(self._on_record)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/", self._index)
        app.router.add_get("/ws", self._websocket)
        app.router.add_get("/media/{sha256:[0-9a-f]{64}}", self._media)
        app.router.add_static("/static", HERE / "static")
        for extend in self.extensions:
            extend(app)
        return app

    async def start(self, host: str, port: int) -> int:
        """Serve on ``host:port`` (0 = any free port); returns the port."""
        self._runner = web.AppRunner(self.app())
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        return self._runner.addresses[0][1]

    async def stop(self) -> None:
        for ws in list(self._sockets):
            await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server stopping")
        if self._runner is not None:
            await self._runner.cleanup()

    # --- pages ---------------------------------------------------------------------

    async def _index(self, request: web.Request) -> web.Response:
        page = self._pages.get_template("index.html").render(
            bot=self.adapter.bot, groups=self.adapter.groups()
        )
        return web.Response(text=page, content_type="text/html")

    async def _media(self, request: web.Request) -> web.Response:
        """A picture the bot sent, by its hash (the page shows it as WeChat would)."""
        picture = self.adapter.pictures.get(request.match_info["sha256"])
        if picture is None:
            raise web.HTTPNotFound(text="这张图片已不在内存中")
        kind = "image/png" if picture.data[:8] == b"\x89PNG\r\n\x1a\n" else "image/jpeg"
        return web.Response(body=picture.data, content_type=kind,
                            headers={"Cache-Control": "private, max-age=86400"})

    async def _websocket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(heartbeat=30)
        await ws.prepare(request)
        self._sockets.add(ws)
        outbox: asyncio.Queue[dict] = asyncio.Queue()
        self._clients.add(outbox)
        writer = asyncio.create_task(self._write(ws, outbox))
        try:
            await ws.send_json({"type": "snapshot", "groups": self._snapshot()})
            async for message in ws:
                if message.type != WSMsgType.TEXT:
                    continue
                try:
                    op = json.loads(message.data)
                except ValueError:
                    op = None
                error = await self._handle_op(op)
                if error:
                    await ws.send_json({"type": "error", "message": error})
        finally:
            self._clients.discard(outbox)
            self._sockets.discard(ws)
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await writer
        return ws

    # --- what the page asks for ----------------------------------------------------

    async def _handle_op(self, op: dict | None) -> str | None:
        if not isinstance(op, dict):
            return "请求格式不对"
        group = self.adapter.group(str(op.get("group", "")))
        if group is None:
            return "没有这个群"
        kind = op.get("op")
        if kind == "say":
            text = str(op.get("text", "")).strip()
            member = str(op.get("member", ""))
            if not text or len(text) > MAX_TEXT:
                return f"消息不能为空，也不能超过 {MAX_TEXT} 字"
            if member not in {m.id for m in group.members}:
                return "请先选择群里的一位成员"
            members = {m.id for m in group.members}
            mentions = [str(m) for m in op.get("mentions") or () if str(m) in members][:MAX_MENTIONS]
            await self.bot.handle(self.adapter.message(group.id, member, text, mentions=mentions))
        elif kind == "join":
            name = str(op.get("name", "")).strip()
            inviter = op.get("inviter") or None
            if not name or len(name) > MAX_NAME:
                return f"请填写新成员的名字（不超过 {MAX_NAME} 字）"
            member = Member(f"guest-{next(self._ids)}", name)
            await self.bot.handle(self.adapter.join(group.id, member, inviter=inviter))
        elif kind == "leave":
            member = str(op.get("member", ""))
            if member not in {m.id for m in group.members}:
                return "这位成员不在群里"
            await self.bot.handle(self.adapter.leave(group.id, member))
        else:
            return f"未知操作 {kind!r}"
        return None

    # --- fan-out -------------------------------------------------------------------

    def _on_record(self, record: dict) -> None:
        group = record.get("group")
        if group is not None:
            self._history.setdefault(group, deque(maxlen=HISTORY)).append(record)
        info = self.adapter.group(group) if group else None
        members = [{"id": m.id, "name": m.name} for m in info.members] if info else None
        update = {"type": "record", "record": record, "members": members}
        for client in self._clients:
            client.put_nowait(update)

    def _snapshot(self) -> list[dict]:
        return [
            {"id": g.id, "name": g.name, "owner": g.owner, "bot_is_owner": g.bot_is_owner,
             "members": [{"id": m.id, "name": m.name} for m in g.members],
             "history": list(self._history.get(g.id, ()))}
            for g in self.adapter.groups()
        ]

    @staticmethod
    async def _write(ws: web.WebSocketResponse, outbox: asyncio.Queue[dict]) -> None:
        while True:
            update = await outbox.get()
            if ws.closed:
                return
            await ws.send_json(update)
