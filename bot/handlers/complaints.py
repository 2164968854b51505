"""(d34) A member's complaint to the store, in the group or privately (``bot.language.complaints`` reads it): she hears
that the store has it, the owner and assistants are told at once (``bot.questions.store_hears``). In the group the
reply is short (the FAQ's answer when one fits: goods gone bad, the returns), at most once a member in
``NOTED_EACH``; privately it is said every time (nobody else reads it), with her prizes when a prize is what she
misses. Staff complaining are not complaining to the store. Registered before every reader of orders and sign-ups:
"我要投诉" is no order."""
from __future__ import annotations

from datetime import timedelta
from functools import partial

from bot.context import Ctx
from bot.events import GroupMessage
from bot.handlers.promises import promise_view
from bot.handlers.questions import may_note
from bot.language.intents import read_order
from bot.language.signups import read_signup
from bot.language.complaints import PRIZE, QUALITY, REFUND, asks_kept_private, complaint_said
from bot.language.signins import read_signin
from bot.questions.store_hears import pass_on
from bot.router import Router
from bot.text import without_quote
from storage import promises

router = Router("complaints")
NOTED_EACH = timedelta(minutes=30)
RETURNS = "returns"  # the FAQ entry said beside a complaint of goods gone bad or a refund


def _kind(ctx: Ctx, msg: GroupMessage) -> str | None:
    return complaint_said(without_quote(msg.text), msg.private)


def _complains(ctx: Ctx, msg: GroupMessage) -> bool:
    """Her complaint; in the group not one that also signs in, orders or signs up for sure ("签到 昨天买的菜不新鲜",
    "上次的鸡蛋坏了好几个 这次再来两份"): what she does is done and answered, and the staff still hear the complaint
    (``complaint_beside``, called by the sign-in, order and sign-up handlers)."""
    if ctx.is_staff(msg) or _kind(ctx, msg) is None:
        return False
    if msg.private:
        return True
    said = without_quote(msg.text)
    signin = ctx.settings(msg.group_id, msg.group_name).signin
    if signin.enabled and read_signin(said, signin.triggers) is not None:
        return False
    return not any(reading is not None and reading.sure for reading in (read_order(said), read_signup(said)))


@router.natural(_complains, private=True)
async def heard(ctx: Ctx, msg: GroupMessage) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    kind = _kind(ctx, msg)
    told_now = await pass_on(ctx, msg, settings, kind)
    answer = _returns_answer(ctx, settings) if kind in (QUALITY, REFUND) else ""
    if not msg.private:
        if may_note(ctx, msg, settings, "complaint-heard", NOTED_EACH):
            ctx.reply(msg, "complaint_heard", answer=answer)
        return
    prizes = []
    if kind == PRIZE:
        rows = await ctx.db.read(partial(promises.of_member, group_id=msg.group_id, member_id=msg.sender.id))
        prizes = [promise_view(p, {}) for p in rows]
    ctx.reply(msg, "complaint_heard_private", answer="" if not told_now else answer, again=not told_now,
              prize_asked=kind == PRIZE, prizes=prizes)


def _returns_answer(ctx: Ctx, settings) -> str:
    faq = ctx.faq.get(settings.faq.file) if settings.faq.enabled else None
    return next((e.answer for e in faq.entries if e.id == RETURNS), "") if faq is not None else ""


def _asks_kept_private(ctx: Ctx, msg: GroupMessage) -> bool:
    return msg.private and asks_kept_private(msg.text)


@router.natural(_asks_kept_private, private=True)
async def kept_private(ctx: Ctx, msg: GroupMessage) -> None:
    """"别在群里说啊 我不想让别人知道", privately: what she says here stays here."""
    ctx.reply(msg, "complaint_kept_private")
