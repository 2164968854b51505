"""Acting on verdicts: strikes, the escalation ladder, shadow mode, and degrading when the platform can't act.

Rules only detect (``bot.rules``). Each verdict is a strike for its rule; the
number of unpardoned strikes in the rule's window, across the groups of the
group's owner (``bot.moderation.escalation``), picks the step of the rule's ladder (for
example warn -> alert -> remove; the last step repeats). The strike and the audit row are written in one transaction.
Removal is owner-approved unless ``moderation.removal: auto``, and only where
the account may remove; otherwise the owner is told. A member is warned once
before any removal request. Shadow (per group or per rule) decides and audits
but does nothing visible. Warnings posted in a group are capped per hour
(``moderation.max_warnings_per_hour``): in a raid the bot must not become the
spammer; the rest are audited as ``muted`` (a raid's digest still tells the owner).
"""
from __future__ import annotations

import logging
from datetime import timedelta

import sqlalchemy as sa

from bot.config.schema import GroupSettings, RuleBase
from bot.context import Ctx
from bot.moderation.escalation import group_names, owner_of, tell_staff
from bot.events import GroupMessage
from bot.rules import Verdict
from storage.db import DatabaseUnavailable
from storage.moderation import Tally, add_strike, audit

log = logging.getLogger(__name__)

QUIET = frozenset({"logged", "shadow", "covered", "muted"})  # nothing visible happened
# Visible: warned, owner_alerted, removal_requested, cannot_remove, removed.


async def enforce(ctx: Ctx, msg: GroupMessage, spec: RuleBase, verdict: Verdict, settings: GroupSettings,
                  *, covered: bool = False) -> str:
    """Carry out ``verdict`` on ``msg``; returns what was done. ``covered``: an earlier rule already acted."""
    shadow = settings.moderation.mode == "shadow" or spec.shadow
    can_remove = ctx.transport.can_remove(msg.group_id)
    auto = settings.moderation.removal == "auto"
    steps = spec.steps
    may_warn = ctx.moderation_memory.may_warn(msg.group_id, msg.at, settings.moderation.max_warnings_per_hour)

    owner = owner_of(ctx, msg.group_id)

    def decide(strikes: int) -> tuple[int, str]:
        position = min(strikes, len(steps)) - 1
        taken = "shadow" if shadow else "covered" if covered else _taken(steps[position], can_remove, auto)
        return position, "muted" if taken == "warned" and not may_warn else taken

    def record(connection: sa.Connection) -> tuple[Tally, int, str]:
        tally = add_strike(connection, group_id=msg.group_id, member_id=msg.sender.id, rule=verdict.rule, at=msg.at,
                           window=timedelta(minutes=spec.window_minutes), shadow=shadow, owner=owner, text=msg.text)
        position, taken = decide(tally.count)
        audit(connection, at=msg.at, group_id=msg.group_id, member_id=msg.sender.id, rule=verdict.rule,
              action=steps[position], taken=taken, reason=verdict.reason, evidence=verdict.evidence)
        return tally, position, taken

    try:
        tally, position, taken = await ctx.db.write(record, core=True)
    except DatabaseUnavailable as exc:  # an outage must not let an ad stand: the first step, unaudited
        tally, (position, taken) = Tally(1, (msg.group_id,)), decide(1)
        log.warning("%s by %s in %s: %s as a first strike, not audited (%s)", verdict.rule, msg.sender.id,
                    msg.group_id, taken, exc)
    if taken == "warned":
        ctx.moderation_memory.warnings[msg.group_id].append(msg.at)
    if taken not in QUIET:
        _act(ctx, msg, settings, verdict, tally, taken, warned_before="warn" in steps[:position])
    return taken


def _taken(step: str, can_remove: bool, auto: bool) -> str:
    if step == "remove":
        return "removed" if can_remove and auto else "removal_requested" if can_remove else "cannot_remove"
    return {"log": "logged", "warn": "warned", "alert": "owner_alerted"}[step]


_STAFF_TEMPLATES = {
    "owner_alerted": "moderation_owner_alert",
    "removal_requested": "moderation_remove_request",
    "cannot_remove": "moderation_cannot_remove",
}


def _act(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, verdict: Verdict, tally: Tally, taken: str,
         *, warned_before: bool) -> None:
    ctx.moderation_memory.forget_answered(msg.group_id, msg.sender.id, msg.at)  # (r34) no exemption again within the hour
    if taken == "removed":
        ctx.outbox.remove(msg.group_id, msg.sender.id)
        ctx.say(msg.group_id, "moderation_removed", name=msg.sender.name, reason=verdict.reason)
        return
    if taken == "warned" or (taken in ("removal_requested", "cannot_remove") and not warned_before):
        ctx.reply(msg, "moderation_warn", reason=verdict.reason)
    if (template := _STAFF_TEMPLATES.get(taken)) is not None:
        tell_staff(ctx, msg, settings, template, verdict.rule, group_name=msg.group_name,
                   groups=group_names(ctx, tally.groups), name=msg.sender.name, member_id=msg.sender.id,
                   reason=verdict.reason, evidence=verdict.evidence, strikes=tally.count)
