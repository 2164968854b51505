"""The moderation stage: who is checked, how strictly, by which rules; then the enforcer acts.

Staff and allow-listed members are never checked. A newcomer's first messages
count one more point towards an ad; members trusted after many clean messages
skip rules marked ``check_trusted: false`` (flood, off topic). Newcomers breaking
rules are watched for a raid (``bot.escalation``). QR codes are decoded off the
event loop, for image messages only.
"""
from __future__ import annotations

import asyncio
from functools import partial

from bot.config import GroupSettings
from bot.context import Ctx
from bot.enforcer import QUIET, enforce
from bot.escalation import note_newcomer_hit
from bot.events import GroupMessage, Kind
from bot.qr import decode_qr
from bot.rules import Facts, Rule, Standing, Verdict
from storage.moderation import message_counts


async def moderate(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> bool:
    """True when the message was acted on visibly and needs no further handling."""
    policy = settings.moderation
    if msg.sender.id in policy.exempt_members:
        return False
    standing = await _standing(ctx, msg, settings)
    facts = Facts(newcomer=standing.messages < policy.newcomer_messages, qr_codes=await _qr_codes(msg))
    trusted = 0 < policy.trusted_after <= standing.clean
    verdicts = judge(ctx.rules(settings), msg, facts, trusted=trusted)
    standing.messages += 1
    standing.clean += 1
    visible = False
    for i, (rule, verdict) in enumerate(verdicts):
        taken = await enforce(ctx, msg, rule.spec, verdict, settings, covered=visible)
        visible = visible or taken not in QUIET
        if taken != "shadow":
            standing.clean = 0
        if i == 0 and facts.newcomer and taken != "shadow":
            note_newcomer_hit(ctx, msg, settings, verdict.reason, taken)
    return visible


def judge(rules: tuple[Rule, ...], msg: GroupMessage, facts: Facts, *, trusted: bool = False,
          stateless: bool = False) -> list[tuple[Rule, Verdict]]:
    """Every rule's verdict on one message, in config order (the first one acts)."""
    verdicts = []
    for rule in rules:
        if (trusted and not rule.spec.check_trusted) or (stateless and rule.stateful):
            continue
        if (verdict := rule.check(msg, facts)) is not None:
            verdicts.append((rule, verdict))
    return verdicts


async def _standing(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> Standing:
    key = (msg.group_id, msg.sender.id)
    standing = ctx.moderation_memory.standing.get(key)
    if standing is None:  # first sight since start: seed from the log, then count in memory
        cap = max(settings.moderation.newcomer_messages, settings.moderation.trusted_after) + 1
        # Committed rows are enough to seed a count, and a stalled writer must not stall moderation.
        counts = await ctx.db.read(partial(message_counts, group_id=msg.group_id, member_id=msg.sender.id,
                                           before=msg.at, cap=cap), fresh=False)
        standing = ctx.moderation_memory.standing.setdefault(key, Standing(*counts))
    return standing


async def _qr_codes(msg: GroupMessage) -> tuple[str, ...]:
    if msg.kind != Kind.IMAGE or not msg.image:
        return ()
    return await asyncio.to_thread(decode_qr, msg.image)
