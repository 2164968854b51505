"""A group-buy and an event open at once (R31): which one a member's message answers.

Both readers take "+1", "算我一个", "两个", "取消": the group-buy's handler, first in the list, used to take them all,
so a sign-up said just under the event's post changed the member's order ("算我一个" from one who ordered 2: 改为 1 份).
This router, just before the group-buy's, takes only such messages and sends each where a store's assistant would:

- words of going, taking part or seats (参加, 我也去, 去不了, 两个人, 一家三口) to the event; words of goods (份, 袋, 斤, the
  product's name, 不要了) to the group-buy (``bot.language.which_post.side``);
- a message that fits both follows the most recent of the two posts if it came within ``RECENT`` (members answer the
  post just above) and the other did not (w33: both posted within ``RECENT``, either may be meant: asked), unless she
  already has an order or a sign-up there (a repeat is never allowed to lower or replace it silently); else she is asked once which ("either_ask"), and her answer ("报名", "订", "都要") is acted on;
- (o32) an order and a sign-up said one after the other ("枣子给我来两袋，讲座我也去", "报名，顺便要两盒"): each part of
  the message, at a pause, strongly one side only (``which_post.split``), is read by its own reader as if said alone;
- a cancel that fits both goes to what she has; she is asked when she has both;
- a number alone ("2") just after the group-buy's post (the last post, within ``RECENT``), from a member with no order
  yet, is asked once ("您是要订 2 份…吗？"), with an event open or not; long after, or under the event's post, it is chat.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial

from bot.chain.text import Order, SignUp, is_chain
from bot.context import Ctx
from bot.events import GroupMessage
from bot.games import Asked, Deadline
from bot.handlers.activity import answers_ask, enter, sign_up, signup_in
from bot.handlers.groupbuy import answers_order_ask, buy_deadline, order, order_in, place_or_ask
from bot.language.intents import answer as yes_or_no
from bot.language import which_post
from bot.language.order_checks import LARGE
from bot.router import Router
from storage import activities, groupbuys

router = Router("either")

RECENT = timedelta(minutes=30)  # a post this recent is the one a message fitting both answers
ASKED = "either"  # the kind of question "您是要报名…，还是订…？" (row_id: the group-buy; amount, add: what she said)
ASK_FOR = timedelta(minutes=10)
EVENT, GOODS = which_post.EVENT, which_post.GOODS


def _route(ctx: Ctx, msg: GroupMessage) -> str | None:
    """"answer" (to this router's question), "yes" (a bare yes to it: told once to say which), "both" (both readers take
    it, both posts open), "split" (an order and a sign-up said one after the other), "bare" (a number alone just after the
    group-buy's post), "lapse" (her own chat after this router's question), or None: the other handlers' as before."""
    if not ctx.settings(msg.group_id, msg.group_name).chain.enabled:
        return None
    asked = ctx.games.asked(msg.group_id, msg.sender.id, msg.at)
    if asked is not None and asked.kind == ASKED:
        if _answer(ctx, msg, asked) is not None:
            return "answer"
        if yes_or_no(msg.text):  # (a31) a bare yes to "报名还是订？" says neither: she is told once to say which
            return "yes"
        if _lapses(ctx, msg):
            return "lapse"  # (c32) "今天太阳真好 晒被子去": her own chat; the question lapses, the message is chat
    elif asked is not None and (answers_order_ask(ctx, msg) or answers_ask(ctx, msg)):
        return None  # her answer to the group-buy's or the event's own question
    buy, live = buy_deadline(ctx, msg.group_id), ctx.games.open_in("activity", msg.group_id)
    if buy is None and live is None or is_chain(msg.text):
        return None
    if buy is not None and live is not None and _parts(ctx, msg, buy, live) is not None:
        return "split"
    ordering = order_in(ctx, msg) if buy is not None else None
    signing = signup_in(ctx, msg) if live is not None else None
    if ordering is not None and signing is not None:
        return "both" if ordering[0].counted and signing[0].counted else None
    if (ordering is None and signing is None and which_post.bare_count(msg.text) is not None and not ctx.is_staff(msg)
            and ctx.games.open_in("quiz", msg.group_id) is None and _recent(ctx, msg, RECENT) == GOODS):
        return "bare"
    return None


@router.natural(lambda ctx, msg: _route(ctx, msg) is not None)
async def either(ctx: Ctx, msg: GroupMessage) -> None:
    route = _route(ctx, msg)
    if route == "answer":
        await _answered(ctx, msg)
    elif route == "both":
        await _both(ctx, msg)
    elif route == "bare":
        await _bare(ctx, msg)
    elif route == "lapse":
        await ctx.games.answered(msg.group_id, msg.sender.id)  # nothing said: chat is not answered
    elif route == "split":
        goods, event = _parts(ctx, msg, buy_deadline(ctx, msg.group_id), ctx.games.open_in("activity", msg.group_id))
        await order(ctx, goods)
        await sign_up(ctx, event)
    elif route == "yes":
        asked = ctx.games.asked(msg.group_id, msg.sender.id, msg.at)
        if ctx.games.allow(f"either-which:{msg.group_id}:{msg.sender.id}:{asked.row_id}", msg.at, ASK_FOR):
            ctx.reply(msg, "either_which", cancel=asked.amount == 0 and not asked.add)


# A question's form: what the questions handler, after this one, may answer ("几点截单？", "还剩几份").
_ASKS = re.compile(r"[？?]|[吗么呢嘛]\s*$|几|多少|什么|啥|怎么|哪")


def _lapses(ctx: Ctx, msg: GroupMessage) -> bool:
    """(c32) Her message after "报名还是订？" answers nothing: no answer to it, no order nor sign-up the readers take, no
    question to the store. Her "报名" after it is then read as itself."""
    buy, live = buy_deadline(ctx, msg.group_id), ctx.games.open_in("activity", msg.group_id)
    return not (_ASKS.search(msg.text) or is_chain(msg.text) or buy is not None and order_in(ctx, msg) is not None
                or live is not None and signup_in(ctx, msg) is not None or which_post.bare_count(msg.text) is not None)


def _parts(ctx: Ctx, msg: GroupMessage, buy: Deadline, live: Deadline) -> tuple[GroupMessage, GroupMessage] | None:
    """(o32) Her order and her sign-up said one after the other ("枣子给我来两袋，讲座我也去", "报名，顺便要两盒"): the message's
    part for the group-buy and its part for the event (``which_post.split``), each taken by its own reader; None when the
    words do not part so, or a part is not taken (then the message is read whole, as before)."""
    if buy.kind != "groupbuy":
        return None
    cut = which_post.split(msg.text, buy.detail, live.detail)
    if cut is None:
        return None
    goods, event = (replace(msg, text=part) for part in cut)
    return (goods, event) if order_in(ctx, goods) is not None and signup_in(ctx, event) is not None else None


def _recent(ctx: Ctx, msg: GroupMessage, within: timedelta | None) -> str | None:
    """EVENT or GOODS: the open post (a group-buy still taking orders, an event) posted last, if within ``within``
    before the message (None: however long ago)."""
    posted: list[tuple[datetime, str]] = []
    if ctx.games.open_in("groupbuy", msg.group_id) is not None:
        if (at := ctx.games.announced_at("groupbuy", msg.group_id)) is not None:
            posted.append((at, GOODS))
    if ctx.games.open_in("activity", msg.group_id) is not None:
        if (at := ctx.games.announced_at("activity", msg.group_id)) is not None:
            posted.append((at, EVENT))
    if not posted:
        return None
    at, which = max(posted)
    return which if at <= msg.at and (within is None or msg.at - at <= within) else None


def _latest_alone(ctx: Ctx, msg: GroupMessage) -> str | None:
    """(w33) The post a message fitting both answers: the more recent of the two if it came within ``RECENT`` and the
    other did not; with both posted within ``RECENT`` (the group-buy at 9:00, the event at 9:05, "+1" at 9:08) either may be
    meant, and she is asked which (None)."""
    latest = _recent(ctx, msg, RECENT)
    if latest is None:
        return None
    other = "groupbuy" if latest == EVENT else "activity"
    at = ctx.games.announced_at(other, msg.group_id) if ctx.games.open_in(other, msg.group_id) is not None else None
    return None if at is not None and at <= msg.at and msg.at - at <= RECENT else latest


async def _held(ctx: Ctx, msg: GroupMessage, buy: Deadline, live: Deadline) -> tuple[int, int]:
    """(portions she has ordered, people she has signed up)."""
    ordered = await ctx.db.read(partial(groupbuys.ordered_by, buy_id=buy.row_id, member_id=msg.sender.id))
    seats = await ctx.db.read(partial(activities.signed_up, activity_id=live.row_id, member_id=msg.sender.id))
    return ordered, seats


async def _both(ctx: Ctx, msg: GroupMessage) -> None:
    buy, live = buy_deadline(ctx, msg.group_id), ctx.games.open_in("activity", msg.group_id)
    wish, wish_sure = order_in(ctx, msg)
    party, party_sure = signup_in(ctx, msg)
    said = which_post.side(msg.text, buy.detail, live.detail)
    if said is None and buy.kind != "groupbuy":
        said = EVENT  # the group-buy is closed: only a message of goods hears so
    if said is None:
        ordered, seats = await _held(ctx, msg, buy, live)
        only = EVENT if seats and not ordered else GOODS if ordered and not seats else None
        if wish.quantity == 0 and not wish.add and party.people == 0 and not party.add:  # "取消": what she has
            said = only if only or seats else _recent(ctx, msg, None) or GOODS  # with neither, the bot says so
        elif not (wish_sure and party_sure):
            said = None  # a guess of either: asked which
        elif wish.add or party.add:  # "再加一个": on what she has
            said = only if only or seats else _latest_alone(ctx, msg)
        else:  # "+1": the post just above, unless it would replace what she has there
            said = _latest_alone(ctx, msg)
            if said == GOODS and ordered or said == EVENT and seats:
                said = None
    if said == EVENT:
        await sign_up(ctx, msg)
    elif said == GOODS:
        await order(ctx, msg)
    elif await ctx.games.ask(msg.group_id, msg.sender.id, Asked(ASKED, buy.row_id, wish.quantity, wish.add),
                             msg.at, msg.at + ASK_FOR):
        ctx.reply(msg, "either_ask", title=live.detail, item=buy.detail, quantity=wish.quantity, add=wish.add,
                  cancel=wish.quantity == 0 and not wish.add)


def _answer(ctx: Ctx, msg: GroupMessage, asked: Asked) -> str | None:
    buy, live = buy_deadline(ctx, msg.group_id), ctx.games.open_in("activity", msg.group_id)
    item = buy.detail if buy is not None else ""
    title = live.detail if live is not None else ""
    return which_post.answer(msg.text, item, title, cancel=asked.amount == 0 and not asked.add)


async def _answered(ctx: Ctx, msg: GroupMessage) -> None:
    asked = ctx.games.asked(msg.group_id, msg.sender.id, msg.at)
    choice = _answer(ctx, msg, asked)
    await ctx.games.answered(msg.group_id, msg.sender.id)
    if choice == "neither":
        ctx.reply(msg, "ask_declined")
        return
    buy, live = buy_deadline(ctx, msg.group_id), ctx.games.open_in("activity", msg.group_id)
    if choice in (EVENT, "both") and live is not None:
        await enter(ctx, msg, live, SignUp(asked.amount, asked.add))
    if choice in (GOODS, "both") and buy is not None and buy.row_id == asked.row_id:
        await place_or_ask(ctx, msg, buy, Order(asked.amount, asked.add), said_total=False)  # a31: never cuts 3 to 1


async def _bare(ctx: Ctx, msg: GroupMessage) -> None:
    """"2" just after the group-buy's post: asked once whether she orders so many, if she has no order yet. (Under
    the event's post a number alone stays chat: the event asks "一共几位？" itself when a sign-up leaves it open.)"""
    count = which_post.bare_count(msg.text)
    most = min(LARGE - 1, ctx.settings(msg.group_id, msg.group_name).chain.max_quantity)
    buy = ctx.games.open_in("groupbuy", msg.group_id)
    if count > most or await ctx.db.read(partial(groupbuys.ordered_by, buy_id=buy.row_id, member_id=msg.sender.id)):
        return
    if await ctx.games.ask(msg.group_id, msg.sender.id, Asked("groupbuy", buy.row_id, count), msg.at, msg.at + ASK_FOR):
        ctx.reply(msg, "groupbuy_ask", item=buy.detail, quantity=count, add=False, cancel=False)
