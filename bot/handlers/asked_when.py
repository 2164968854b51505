"""(e33) Questions of when, about the group-buy, answered from what exists (``bot.questions.buy_times`` reads them):
whether a group-buy opens next ("明天还开团不") — the open one, or none and the staff will say — and when its goods can
be collected ("几号能拿到", "什么时候到货") — the pickup's own words when they name a time, else not fixed yet, passed on
to the staff. The where is said only when asked too."""
from __future__ import annotations

from datetime import timedelta
from functools import partial

from bot.config.schema import GroupSettings
from bot.context import Ctx
from bot.deadline_text import local_text
from bot.events import GroupMessage
from bot.numbers import money
from bot.questions.buy_times import asks_next_buy, asks_pickup_when, asks_where_too, pickup_says_when
from bot.text import without_quote
from storage.groupbuys import latest

RECENT = timedelta(days=7)  # a group-buy closed this long ago is still the one whose pickup she asks about


async def answer(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> bool:
    """True when the question was one of these and was answered here (or passed on with a word to her)."""
    said = without_quote(msg.text)
    if asks_pickup_when(said):
        return await _pickup_when(ctx, msg, settings, said)
    if asks_next_buy(said):
        return await _next_buy(ctx, msg, settings)
    return False


async def _pickup_when(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, said: str) -> bool:
    buy = await ctx.db.read(partial(latest, group_id=msg.group_id), logs=False)
    if buy is None or buy.status != "open" and msg.at - min(buy.closed_at or buy.deadline, buy.deadline) > RECENT:
        return False  # no group-buy of late: the staff's, as before
    timed = pickup_says_when(buy.pickup)
    ctx.reply(msg, "groupbuy_pickup_when", topic=f"offer:{buy.item}", item=buy.item, pickup=buy.pickup, timed=timed,
              where=asks_where_too(said), passed_on=not timed and settings.questions.enabled and not msg.private)
    if not timed and settings.questions.enabled and not msg.private:
        await ctx.questions.ask(ctx, msg, settings)  # the staff know when the goods come
    return True


async def _next_buy(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> bool:
    buy = await ctx.db.read(partial(latest, group_id=msg.group_id), logs=False)
    on = buy is not None and buy.status == "open" and msg.at < buy.deadline
    passed_on = not on and settings.questions.enabled and not msg.private
    ctx.reply(msg, "groupbuy_next_answer", topic="groupbuy:next", open=on, item=buy.item if on else "",
              price=money(buy.price) if on else "", left=max(buy.stock - buy.sold, 0) if on else 0,
              deadline=local_text(buy.deadline, settings.zone) if on else "", passed_on=passed_on)
    if passed_on:
        await ctx.questions.ask(ctx, msg, settings)  # only the staff know when the next one opens
    return True
