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
from bot.questions.asking import chat_or_to_others
from bot.questions.buy_times import asks_next_buy, asks_pickup_when, asks_where_too, pickup_says_when
from bot.roles import Role
from bot.text import without_quote
from storage.groupbuys import latest

RECENT = timedelta(days=7)  # a group-buy closed this long ago is still the one whose pickup she asks about
ANSWERED_EACH = timedelta(minutes=10)  # (r33) one such answer per group and topic this long: the next asker is only watched


def for_members(ctx: Ctx, msg: GroupMessage) -> bool:
    """(r33) Words for other members, not the store: she @-mentions a member who is not the staff (and not the bot), or
    the question reading's own checks find chat or words put to others ("你又团购啊", "大家想几点提货")."""
    if chat_or_to_others(without_quote(msg.text)):
        return True
    if msg.mentions_bot or msg.private or not msg.mentions:
        return False
    group = ctx.transport.group(msg.group_id)
    members = {m.id for m in group.members} if group is not None else set()
    settings = ctx.settings(msg.group_id, msg.group_name)
    return any(m in members and ctx.role_of(msg.group_id, m, settings) < Role.ASSISTANT for m in msg.mentions)


async def answer(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> bool:
    """True when the question was one of these and was answered here (or passed on with a word to her)."""
    said = without_quote(msg.text)
    kind = "pickup" if asks_pickup_when(said) else "next" if asks_next_buy(said) else ""
    if not kind or for_members(ctx, msg):
        return False
    if kind == "pickup":
        return await _pickup_when(ctx, msg, settings, said)
    return await _next_buy(ctx, msg, settings)


async def _said_lately(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, topic: str) -> bool:
    """(r33) The same answer (``topic``: which question, of which group-buy in which state) was given in the group within
    ``ANSWERED_EACH``: she hears nothing; a question the staff must answer is still watched for them."""
    if msg.private or ctx.games.allow(f"asked-when:{msg.group_id}:{topic}", msg.at, ANSWERED_EACH):
        return False
    if settings.questions.enabled:
        await ctx.questions.ask(ctx, msg, settings)
    return True


async def _pickup_when(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, said: str) -> bool:
    buy = await ctx.db.read(partial(latest, group_id=msg.group_id), logs=False)
    if buy is None or buy.status != "open" and msg.at - min(buy.closed_at or buy.deadline, buy.deadline) > RECENT:
        return False  # no group-buy of late: the staff's, as before
    if await _said_lately(ctx, msg, settings, f"pickup:{buy.id}:{buy.pickup}"):
        return True
    timed = pickup_says_when(buy.pickup)
    ctx.reply(msg, "groupbuy_pickup_when", topic=f"offer:{buy.item}", item=buy.item, pickup=buy.pickup, timed=timed,
              where=asks_where_too(said), passed_on=not timed and settings.questions.enabled and not msg.private)
    if not timed and settings.questions.enabled and not msg.private:
        await ctx.questions.ask(ctx, msg, settings)  # the staff know when the goods come
    return True


async def _next_buy(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> bool:
    buy = await ctx.db.read(partial(latest, group_id=msg.group_id), logs=False)
    on = buy is not None and buy.status == "open" and msg.at < buy.deadline
    if await _said_lately(ctx, msg, settings, f"next:{buy.id if on else 0}"):
        return True
    passed_on = not on and settings.questions.enabled and not msg.private
    ctx.reply(msg, "groupbuy_next_answer", topic="groupbuy:next", open=on, item=buy.item if on else "",
              price=money(buy.price) if on else "", left=max(buy.stock - buy.sold, 0) if on else 0,
              deadline=local_text(buy.deadline, settings.zone) if on else "", passed_on=passed_on)
    if passed_on:
        await ctx.questions.ask(ctx, msg, settings)  # only the staff know when the next one opens
    return True
