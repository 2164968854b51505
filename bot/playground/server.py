"""The web playground: chat in the demo groups as any member and watch the bot answer.

Served by aiohttp with no CDN: one page, one script, one stylesheet, and a websocket that
carries what members do and everything the bot does. Whoever reaches it can act as the
group's owner, so it is bound to 127.0.0.1; on any other address it needs the admin password
(HTTP basic auth, any user name) and ``qunbot run`` refuses to start without one. The
websocket refuses pages from another origin (a site open in the same browser).
"""
from __future__ import annotations

import asyncio
import base64
import binascii
import base64
import binascii
import contextlib
import itertools
import json
import logging
from collections import deque
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit
from typing import Callable

from aiohttp import WSCloseCode, WSMsgType, web
from jinja2 import Environment, FileSystemLoader, select_autoescape

from bot.adapters.local import LocalAdapter
from bot.app import Bot
from bot.dashboard.auth import same
from bot.dashboard.words import waiting
from bot.events import Kind, Member
from bot.rich import LinkCard

log = logging.getLogger(__name__)

HERE = Path(__file__).parent
HISTORY = 200  # records kept per group for a page that opens later
MAX_TEXT = 2000
MAX_NAME = 32
MAX_MENTIONS = 20  # @-mentions a scripted client may attach to a message
LOOPBACK = ("127.0.0.1", "::1", "localhost")


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")


MAX_PICTURE = 5 * 1024 * 1024


def _shared(op: dict) -> dict | str | None:
    """A picture (base64) or a card the page sends with a message: the adapter's keywords, or an error."""
    if picture := op.get("image"):
        try:
            data = base64.b64decode(str(picture).split(",", 1)[-1], validate=True)
        except (ValueError, binascii.Error):
            return "图片没能读出来，请换一张试试"
        if not data or len(data) > MAX_PICTURE:
            return "图片不能超过 5 MB"
        return {"kind": Kind.IMAGE, "image": data}
    if isinstance(link := op.get("link"), dict) and str(link.get("url", "")).startswith(("http://", "https://")):
        return {"kind": Kind.LINK, "card": LinkCard(str(link["url"])[:500], str(link.get("title", ""))[:100],
                                                    str(link.get("description", ""))[:200])}
    if op.get("link") is not None:
        return "链接要以 http:// 或 https:// 开头"
    return None


class Playground:
    def __init__(self, bot: Bot, adapter: LocalAdapter, password: str | None = None) -> None:
        self.bot = bot
        self.adapter = adapter
        self.password = password  # required from every request when set (an address other than loopback)
        self._history: dict[str, deque[dict]] = {}
        self._clients: set[asyncio.Queue[dict]] = set()
        self._sockets: set[web.WebSocketResponse] = set()  # closed on stop, or the shutdown waits for each page
        self._ids = itertools.count(1)
        self._pages = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape())
        self._runner: web.AppRunner | None = None
        self.extensions: list[Callable[[web.Application], object]] = []  # e.g. mounting the dashboard
        adapter.subscribe(self._on_record)

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._guard] if self.password else [])
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

    @web.middleware
    async def _guard(self, request: web.Request, handler):
        """HTTP basic auth with the admin password (the dashboard at /admin has its own login)."""
        if request.path.startswith("/admin"):
            return await handler(request)
        scheme, _, encoded = request.headers.get("Authorization", "").partition(" ")
        try:
            password = base64.b64decode(encoded).decode().partition(":")[2] if scheme == "Basic" else ""
        except (binascii.Error, UnicodeDecodeError):
            password = ""
        if not same(password, self.password):
            raise web.HTTPUnauthorized(text="需要管理员密码", headers={"WWW-Authenticate": 'Basic realm="qunbot"'})
        return await handler(request)

    # --- pages ---------------------------------------------------------------------

    async def _index(self, request: web.Request) -> web.Response:
        suggestions = {g.id: g.suggestions for g in self.bot.ctx.config.playground.groups}
        page = self._pages.get_template("index.html").render(
            bot=self.adapter.bot, groups=self.adapter.groups(), suggestions=suggestions
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
        origin = request.headers.get("Origin")
        if origin is not None and urlsplit(origin).netloc != request.host:  # a page of another site
            log.warning("playground: websocket from origin %s refused", origin)
            raise web.HTTPForbidden(text="这个页面不能连接体验场")
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
                elif isinstance(op, dict):  # what the bot now holds back (a welcome gathering joins...)
                    self._broadcast({"type": "waiting", "group": op.get("group"),
                                     "waiting": self._waiting(str(op.get("group")))})
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
            shared = _shared(op)
            if isinstance(shared, str):
                return shared
            if (not text and shared is None) or len(text) > MAX_TEXT:
                return f"消息不能为空，也不能超过 {MAX_TEXT} 字"
            if member not in {m.id for m in group.members}:
                return "请先选择群里的一位成员"
            members = {m.id for m in group.members}
            mentions = [str(m) for m in op.get("mentions") or () if str(m) in members][:MAX_MENTIONS]
            await self.bot.handle(self.adapter.message(group.id, member, text, mentions=mentions, **(shared or {})))
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
        members = self._members(info) if info else None
        self._broadcast({"type": "record", "record": record, "members": members,
                         "waiting": self._waiting(group) if group else None})

    def _broadcast(self, update: dict) -> None:
        for client in self._clients:
            client.put_nowait(update)

    def _snapshot(self) -> list[dict]:
        return [
            {"id": g.id, "name": g.name, "owner": g.owner, "bot_is_owner": g.bot_is_owner,
             "members": self._members(g), "history": list(self._history.get(g.id, ())), "waiting": self._waiting(g.id)}
            for g in self.adapter.groups()
        ]

    def _members(self, group) -> list[dict]:  # noqa: ANN001 (a GroupInfo)
        """The members with their role in words: 群主, 店员 (the group's assistants), or none."""
        staff = set(self.bot.ctx.settings(group.id, group.name).assistants)
        return [{"id": m.id, "name": m.name,
                 "role": "群主" if m.id == group.owner else "店员" if m.id in staff else ""} for m in group.members]

    def _waiting(self, group_id: str) -> list[str]:
        """What the bot holds back in this group and why (gathered welcomes, quiet hours, the pace)."""
        group = self.adapter.group(group_id)
        zone = self.bot.ctx.settings(group_id, group.name if group else "").zone

        def clock(at: datetime) -> str:
            return at.astimezone(zone).strftime("%H:%M:%S")

        return [f"{waiting(q, clock)}：{_gathered(q['gathered']) if q['gathered'] else q['text'][:30]}"
                for q in self.bot.outbox.queued(group_id)]

    @staticmethod
    async def _write(ws: web.WebSocketResponse, outbox: asyncio.Queue[dict]) -> None:
        while True:
            update = await outbox.get()
            if ws.closed:
                return
            await ws.send_json(update)


# What a gathered message will be, by its kind (the text is written when it goes).
GATHERED = {"welcome": "欢迎新成员（等一会儿，一起欢迎）", "signin": "签到确认（等一会儿，一起确认）",
            "groupbuy": "接龙汇总（等一会儿，一起回复）", "groupbuy-sold-out": "售罄说明（等一会儿，一起回复）",
            "activity": "报名汇总（等一会儿，一起回复）"}


def _gathered(kind: str) -> str:
    return GATHERED.get(kind, "合并回复（等一会儿，一起发）")
