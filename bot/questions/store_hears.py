"""(d34) What the store must hear: a member's complaint (in the group or privately) and a private request nothing here
answers ("能帮我老公登记生日吗", "你们招不招兼职"). One path for both: the message is kept beside the members' questions
(``storage.questions``, marked ``complaint`` or ``private``: the dashboard's review page lists them; f34: said again
within ``STAFF_TOLD_EACH``, folded into her row, counted), and the owner and
assistants are told privately at once (template ``store_heard_staff``), at most once a member in ``STAFF_TOLD_EACH``
(what she adds meanwhile is kept, not sent again). What she hears is the caller's (``bot.handlers.complaints``,
``bot.handlers.questions``)."""
from __future__ import annotations

from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING

from bot.config.schema import GroupSettings
from bot.events import GroupMessage
from bot.language.complaints import complaint_said
from bot.text import without_quote
from bot.moderation.escalation import alert_staff, staff_to_tell
from storage import questions as rows

if TYPE_CHECKING:
    from bot.context import Ctx

REQUEST = "request"  # the kind of a private request; a complaint's kind is ``bot.language.complaints``'
STAFF_TOLD_EACH = timedelta(minutes=10)
TEXT_KEPT = 500


async def complaint_beside(ctx: "Ctx", msg: GroupMessage) -> None:
    """(f34) A complaint said beside what her message does ("签到 昨天买的菜不新鲜", "上次买的鸡蛋碎了好几个 这次还要两板"):
    the staff hear it (``pass_on``); the group hears only the reply of what she did."""
    if msg.private or ctx.is_staff(msg):
        return
    kind = complaint_said(without_quote(msg.text), private=False)
    if kind is not None:
        await pass_on(ctx, msg, ctx.settings(msg.group_id, msg.group_name), kind)


async def pass_on(ctx: "Ctx", msg: GroupMessage, settings: GroupSettings, kind: str) -> bool:
    """Keep ``msg`` for the staff and tell them now; whether they were told now (False: told of her a moment ago)."""
    status = rows.PRIVATE_REQUEST if kind == REQUEST else rows.COMPLAINT
    await ctx.db.write(partial(rows.keep_heard, since=msg.at - STAFF_TOLD_EACH, group_id=msg.group_id,
                               group_name=msg.group_name, member_id=msg.sender.id, member_name=msg.sender.name,
                               text=msg.text[:TEXT_KEPT], asked_at=msg.at, due_at=msg.at, status=status))
    if not ctx.games.allow(f"store-hears:{msg.group_id}:{msg.sender.id}", msg.at, STAFF_TOLD_EACH):
        return False
    text = ctx.renderer.render("store_heard_staff", kind=kind, group_name=msg.group_name, name=msg.sender.name,
                               text=msg.text[:TEXT_KEPT], private=msg.private,
                               at=msg.at.astimezone(settings.zone).strftime("%H:%M"))
    for member_id in staff_to_tell(ctx, msg.group_id, settings, members_asking=True):
        alert_staff(ctx, member_id, text, settings)
    return True
