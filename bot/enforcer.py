"""Acting on verdicts: audit, shadow mode, and degrading when the platform can't act.

Rules only detect (``bot.rules``); this module decides what is visible. Every
verdict is written to the moderation log first, enforced or not.
"""
from __future__ import annotations

from functools import partial

from sqlmodel import Session

from bot.context import Ctx
from bot.events import GroupMessage
from bot.rules import Verdict
from storage.models import ModerationLog


async def enforce(ctx: Ctx, msg: GroupMessage, verdict: Verdict, shadow: bool) -> str:
    """Carry out ``verdict`` on ``msg``; returns what was done."""
    taken = "shadow" if shadow else _taken(ctx, msg, verdict)
    await ctx.db.write(partial(_audit, msg=msg, verdict=verdict, taken=taken))
    if taken == "warned":
        ctx.reply(msg, "moderation_warn", reason=verdict.reason)
    elif taken == "removed":
        ctx.outbox.remove(msg.group_id, msg.sender.id)
        ctx.say(msg.group_id, "moderation_removed", name=msg.sender.name, reason=verdict.reason)
    elif taken == "owner_alerted":
        ctx.reply(msg, "moderation_warn", reason=verdict.reason)
        group = ctx.transport.group(msg.group_id)
        if group is not None:
            text = ctx.renderer.render("moderation_owner_alert", group_name=msg.group_name,
                                       name=msg.sender.name, member_id=msg.sender.id, reason=verdict.reason)
            ctx.outbox.direct(group.owner, text)
    return taken


def _taken(ctx: Ctx, msg: GroupMessage, verdict: Verdict) -> str:
    if verdict.action == "remove":
        return "removed" if ctx.transport.can_remove(msg.group_id) else "owner_alerted"
    return {"warn": "warned", "log": "logged"}[verdict.action]


def _audit(session: Session, *, msg: GroupMessage, verdict: Verdict, taken: str) -> None:
    session.add(ModerationLog(at=msg.at, group_id=msg.group_id, member_id=msg.sender.id, rule=verdict.rule,
                              action=verdict.action, taken=taken, reason=verdict.reason, evidence=verdict.evidence))
