"""(k34) A member asks for goods the open group-buy does not sell ("蒜有没有？来两头" while 小葱 is open): she hears that this
group-buy is only the open product and her goods are not in it, and the staff hear privately what she wants, so the
store can add it. Nothing is booked: her count is for her goods, never the open product's (``bot.chain.not_in_buy``
reads it). Before the group-buy's order handler, which would read "来两头" as portions of 小葱.

Rate: one reply a member in ``TOLD_EACH`` whatever goods she names, and one note to the staff a member and goods per
group-buy; asked again within the hour she hears nothing more (her first answer stands).

(f34) An order of the open product beside the question ("小葱来两份，蒜有没有", "我要三份 鸡蛋有吗") is booked by the
group-buy's order handler as if said alone, then only the goods asked are noted (template ``groupbuy_not_in_buy_beside``)."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.chain import friends
from bot.chain.not_in_buy import goods_asked, order_beside
from bot.chain.text import is_chain
from bot.context import Ctx
from bot.events import GroupMessage
from bot.handlers.groupbuy import order, order_in_words
from bot.moderation.escalation import alert_staff, staff_to_tell
from bot.router import Router
from bot.text import without_quote

router = Router("not_in_buy")
TOLD_EACH = timedelta(hours=1)  # one "这次团购只有…" to a member this long
STAFF_EACH = timedelta(days=2)  # one note a member and goods while a group-buy lasts


def _asked(ctx: Ctx, msg: GroupMessage) -> str | None:
    """The goods she asks for that the open group-buy does not sell, or None."""
    buy = ctx.games.open_in("groupbuy", msg.group_id)
    if buy is None or buy.kind != "groupbuy" or ctx.is_staff(msg) or is_chain(msg.text):
        return None
    goods = goods_asked(without_quote(msg.text), buy.detail)
    if goods is None or friends.talks_to_a_friend(ctx, msg) or friends.answers_a_friend(ctx, msg):
        return None  # "@婷婷 你家蒜有没有": asked of a friend, not of the store
    return goods


@router.natural(lambda ctx, msg: _asked(ctx, msg) is not None)
async def not_in_buy(ctx: Ctx, msg: GroupMessage) -> None:
    goods = _asked(ctx, msg)
    buy = ctx.games.open_in("groupbuy", msg.group_id)
    settings = ctx.settings(msg.group_id, msg.group_name)
    ordered = order_beside(without_quote(msg.text), buy.detail)
    if ordered and order_in_words(ctx, msg, ordered):
        await order(ctx, replace(msg, text=ordered))  # her order of the open product, as if said alone
    if ctx.games.allow(f"not-in-buy-staff:{msg.group_id}:{buy.row_id}:{msg.sender.id}:{goods}", msg.at, STAFF_EACH):
        text = ctx.renderer.render("groupbuy_not_in_buy_staff", group_name=msg.group_name, name=msg.sender.name,
                                   goods=goods, item=buy.detail, said=without_quote(msg.text))
        for member_id in staff_to_tell(ctx, msg.group_id, settings, members_asking=True):
            alert_staff(ctx, member_id, text, settings)
    if ctx.games.allow(f"not-in-buy:{msg.group_id}:{msg.sender.id}", msg.at, TOLD_EACH):
        ctx.reply(msg, "groupbuy_not_in_buy_beside" if ordered else "groupbuy_not_in_buy", goods=goods, item=buy.detail)
