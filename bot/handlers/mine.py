"""A member's own records on request (签到记录, 我的订单, 我的报名) and 退订 of tagged pushes.

Asked in the group they are answered there; asked privately (bot.direct), privately. The other
self-service answers live with their features: 我的积分 (points), 我的券 (coupons), 我的奖品 (promises).
"""
from __future__ import annotations

from datetime import timedelta
from functools import partial

from bot.context import Ctx
from bot.events import GroupMessage
from bot.language.own_records import ORDERS, SIGNUPS, asks_both, asks_own
from bot.router import Router
from bot.text import normalize, said
from storage import mine

router = Router("mine")

ASK_AGAIN = timedelta(minutes=1)  # the same question again sooner gets silence


def _asks(*words: str, own: str = ""):
    """The record's words, or (D32) her own words asking for it ("我订了几份来着？": ``own`` = ORDERS)."""
    wanted = {normalize(w) for w in words}
    return lambda ctx, msg: said(msg.text) in wanted or bool(own) and asks_own(msg.text) == own


def where(msg: GroupMessage) -> str:
    """The group an own-record answer is from, named when asked privately (she may be in several groups)."""
    return msg.group_name if msg.private else ""


def _fresh(ctx: Ctx, msg: GroupMessage, what: str) -> bool:
    return ctx.games.allow(f"{what}:{msg.group_id}:{msg.sender.id}", msg.at, ASK_AGAIN)


@router.natural(_asks("签到记录", "我的签到", "打卡记录", "我的打卡"), private=True)
async def sign_in_history(ctx: Ctx, msg: GroupMessage) -> None:
    """Also the answer to "我今天签上没有" (``bot.handlers.signin``): whether today is signed in, and her streak."""
    if not _fresh(ctx, msg, "signins"):
        return
    today = msg.at.astimezone(ctx.settings(msg.group_id, msg.group_name).zone).date()
    rows = await ctx.db.read(partial(mine.sign_ins, group_id=msg.group_id, member_id=msg.sender.id,
                                     since=today.replace(day=1) - timedelta(days=31)))
    days = [day for day, _ in rows]
    streak = next((s for day, s in rows if (today - day).days <= 1), 0)  # signed in today or yesterday: unbroken
    ctx.reply(msg, "signin_history", where=where(msg), signed_today=today in days, streak=streak,
              month_count=sum(1 for day in days if (day.year, day.month) == (today.year, today.month)),
              recent=[f"{day.month}月{day.day}日" for day in days[:7]])


@router.natural(lambda ctx, msg: asks_both(msg.text), private=True)
async def my_orders_and_signups(ctx: Ctx, msg: GroupMessage) -> None:
    """(h34) "我订的是啥来着 报名了还是订了": both of her records, each as asked alone."""
    await my_orders(ctx, msg)
    await my_signups(ctx, msg)


@router.natural(_asks("我的订单", "我的团购", "我订了什么", "查订单", own=ORDERS), private=True)
async def my_orders(ctx: Ctx, msg: GroupMessage) -> None:
    if _fresh(ctx, msg, "orders"):
        ctx.reply(msg, "my_orders", where=where(msg), orders=await ctx.db.read(partial(
            mine.orders, group_id=msg.group_id, member_id=msg.sender.id)))


@router.natural(_asks("我的报名", "我报了什么", "查报名", own=SIGNUPS), private=True)
async def my_signups(ctx: Ctx, msg: GroupMessage) -> None:
    if not _fresh(ctx, msg, "signups"):
        return
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    rows = await ctx.db.read(partial(mine.signups, group_id=msg.group_id, member_id=msg.sender.id, after=msg.at))
    for row in rows:
        starts = row.pop("starts_at").astimezone(zone)
        row["starts"] = f"{starts.month}月{starts.day}日 {starts:%H:%M}"
    ctx.reply(msg, "my_signups", where=where(msg), signups=rows)


@router.natural(_asks("退订", "取消推送", "不要推送", "别@我"), private=True)
async def unsubscribe(ctx: Ctx, msg: GroupMessage) -> None:
    await ctx.db.write(partial(mine.set_opt_out, member_id=msg.sender.id, out=True))
    ctx.reply(msg, "push_unsubscribed")


@router.natural(_asks("订阅", "恢复推送"), private=True)
async def subscribe(ctx: Ctx, msg: GroupMessage) -> None:
    await ctx.db.write(partial(mine.set_opt_out, member_id=msg.sender.id, out=False))
    ctx.reply(msg, "push_subscribed")
