"""(d34) What a member already has, said beside "that is done in the group" when she asks privately for what is done
there (``bot.direct.action_asked``): "签到" when she signed in today already, "取消我的报名" with no sign-up to cancel
(and the event open for sign-ups, if one is). The template ``direct_in_group`` says it."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from bot.events import GroupMessage
from bot.language.signups import read_signup
from storage import mine
from storage.activities import live_in

if TYPE_CHECKING:
    from bot.context import Ctx

CANCEL = "signup_cancel"


async def standing(ctx: "Ctx", msg: GroupMessage, action: str) -> dict:
    """The ``direct_in_group`` values beyond the action: ``signed_today``; ``no_signup`` and ``open_event``."""
    values = {"signed_today": False, "no_signup": False, "open_event": ""}
    if action == "signin":
        today = msg.at.astimezone(ctx.settings(msg.group_id, msg.group_name).zone).date()
        days = await ctx.db.read(partial(mine.sign_ins, group_id=msg.group_id, member_id=msg.sender.id, since=today))
        return values | {"signed_today": bool(days)}
    reading = read_signup(msg.text) if action == "signup" else None
    if reading is None or reading.intent != CANCEL:
        return values
    if await ctx.db.read(partial(mine.signups, group_id=msg.group_id, member_id=msg.sender.id, after=msg.at)):
        return values
    event = await ctx.db.read(partial(live_in, group_id=msg.group_id))
    return values | {"no_signup": True, "open_event": event.title if event is not None else ""}
