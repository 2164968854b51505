"""The dashboard's pages for what the bot runs in the groups: group-buys, events, coupons, lotteries
and quizzes, promises. A mixin of ``Dashboard`` (bot/dashboard/server.py), whose rendering,
audit and directory helpers it uses; the data comes from bot/dashboard/operations.py.
"""
from __future__ import annotations

import io
from functools import partial

from aiohttp import web

from bot.dashboard import operations
from bot.chain.export_orders import write_rows
from storage.groupbuys import pick_lines
from storage.promises import deliver


class OperationsPages:
    """Needs from its host: ``bot``, ``base``, ``_render``, ``_audit``, ``_names``, ``_directory``, ``_file``,
    ``_who``."""

    def _operation_routes(self, app: web.Application) -> None:
        app.router.add_get("/buys", self._buys)
        app.router.add_get("/buy/{bid:\\d+}", self._buy)
        app.router.add_post("/buy/{bid:\\d+}/pickup/{oid:\\d+}", self._picked_up)
        app.router.add_get("/pickup.csv", self._pickup_csv)
        app.router.add_get("/events", self._events)
        app.router.add_get("/coupons", self._coupons)
        app.router.add_get("/games", self._games)
        app.router.add_get("/promises", self._promises)
        app.router.add_post("/promise/{pid:\\d+}/deliver", self._deliver)

    async def _buys(self, request: web.Request) -> web.Response:
        buys = await self.bot.db.read(operations.group_buys)
        return self._render(request, "buys.html", buys=buys, points=sorted({b["pickup"] for b in buys}))

    async def _buy(self, request: web.Request) -> web.Response:
        buy = await self.bot.db.read(partial(operations.group_buy, buy_id=int(request.match_info["bid"])))
        if buy is None:
            raise web.HTTPNotFound(text="没有这个团购")
        return self._render(request, "buy.html", buy=buy)

    async def _picked_up(self, request: web.Request) -> web.Response:
        buy_id, order_id = int(request.match_info["bid"]), int(request.match_info["oid"])
        marked = await self.bot.db.write(partial(operations.mark_picked_up, buy_id=buy_id, order_id=order_id,
                                                 at=self.bot.clock.now()))
        if marked:
            await self._audit(request, "order_picked_up", f"{buy_id}/{order_id}")
        raise web.HTTPSeeOther(f"{self.base}/buy/{buy_id}#order-{order_id}")

    async def _pickup_csv(self, request: web.Request) -> web.Response:
        point = request.query.get("point", "")
        lines = [line for line in await self.bot.db.read(pick_lines) if line.pickup == point]
        out = io.StringIO()
        write_rows(out, lines)
        return self._file(("\ufeff" + out.getvalue()).encode(), f"orders-{point or 'pickup'}.csv", "text/csv")

    async def _events(self, request: web.Request) -> web.Response:
        return self._render(request, "events.html", events=await self.bot.db.read(operations.activities))

    async def _coupons(self, request: web.Request) -> web.Response:
        data = await self.bot.db.read(operations.coupons)
        return self._render(request, "coupons.html", campaigns=self.bot.ctx.config.coupons.campaigns, **data,
                            names=await self._names())

    async def _games(self, request: web.Request) -> web.Response:
        data = await self.bot.db.read(operations.games)
        verified = None
        if (draw_id := request.query.get("verify", "")).isdigit():
            verified = await self.bot.db.read(partial(operations.verify_draw, draw_id=int(draw_id)))
        return self._render(request, "games.html", **data, verified=verified, names=await self._names())

    async def _promises(self, request: web.Request) -> web.Response:
        rows = await self.bot.db.read(operations.promises)
        return self._render(request, "promises.html", promises=rows, names=await self._names(),
                            groups={e.group_id: e.name for e in await self._directory(members=False)})

    async def _deliver(self, request: web.Request) -> web.Response:
        promise_id = int(request.match_info["pid"])
        group_id = str((await request.post()).get("group", ""))
        outcome, _ = await self.bot.db.write(partial(deliver, group_id=group_id, promise_id=promise_id,
                                                     by=f"dashboard:{self._who(request)}", at=self.bot.clock.now()))
        if outcome == "delivered":
            await self._audit(request, "promise_delivered", str(promise_id))
        raise web.HTTPSeeOther(f"{self.base}/promises")

