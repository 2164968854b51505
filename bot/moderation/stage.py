"""The moderation stage: who is checked, how strictly, by which rules; then the enforcer acts.

Staff and allow-listed members are never checked. A newcomer's first messages
count one more point towards an ad; members trusted after many clean messages
skip rules marked ``check_trusted: false`` (flood, off topic). Newcomers breaking
rules are watched for a raid, and muted warnings reach the owner (``bot.moderation.escalation``). QR codes are decoded off the
event loop, for image messages only.
"""
from __future__ import annotations

import asyncio
import logging
import re
from datetime import datetime
from dataclasses import replace
from functools import partial

from bot.config.schema import GroupSettings
from bot.context import Ctx
from bot.moderation.enforcer import QUIET, enforce
from bot.moderation.escalation import note_hit
from bot.events import GroupMessage, Kind
from bot.moderation.qr import decode_qr
from bot.rules import Facts, Rule, Standing, Verdict
from bot.text import forms
from bot.rules.ads import Ads
from storage.db import DatabaseUnavailable
from storage.moderation import group_message_counts

log = logging.getLogger(__name__)


async def moderate(ctx: Ctx, msg: GroupMessage, settings: GroupSettings,
                   cleared: tuple[Facts, bool] | None = None, command: str | None = None) -> bool:
    """True when the message was acted on visibly and needs no further handling. ``cleared``: the
    (facts, trusted) under which every stateless rule already found nothing (the replay's planner,
    ``bot.replay_windows``); if they are this message's, those rules are not run again. ``command``: (g33) the
    message is one of the bot's slash commands ("/抽奖 奖品：iPhone …" from a member) and (r33b) these are its arguments
    without their labels (``bot.commands.own_fields``): an ad only by a contact it carries or a selling hint in them
    (``commanded``); the command handler answers the rest (a member is told who may use it). None: judged as any text."""
    policy = settings.moderation
    if msg.sender.id in policy.exempt_members:
        return False
    standing = await _standing(ctx, msg, settings)
    facts, trusted = _facts(policy, standing, await _qr_codes(msg), _answered_at(ctx, msg))
    verdicts = judge(ctx.rules(settings), msg, facts, trusted=trusted, cleared=cleared == (facts, trusted))
    if command is not None:
        verdicts = commanded(verdicts, msg, facts, command)
    standing.messages += 1
    standing.clean += 1
    visible = False
    for i, (rule, verdict) in enumerate(verdicts):
        taken = await enforce(ctx, msg, rule.spec, verdict, settings, covered=visible)
        visible = visible or taken not in QUIET
        if taken != "shadow":
            standing.clean = 0
        if i == 0 and taken != "shadow":
            note_hit(ctx, msg, settings, verdict.reason, taken, newcomer=facts.newcomer)
    return visible


def judge(rules: tuple[Rule, ...], msg: GroupMessage, facts: Facts, *, trusted: bool = False,
          stateless: bool = False, cleared: bool = False) -> list[tuple[Rule, Verdict]]:
    """Every rule's verdict on one message, in config order (the first one acts). ``stateless``: those
    rules only; ``cleared``: the stateful ones only (the stateless found nothing already)."""
    verdicts = []
    for rule in rules:
        if (trusted and not rule.spec.check_trusted) or (stateless and rule.stateful) \
                or (cleared and not rule.stateful):
            continue
        if (verdict := rule.check(msg, facts)) is not None:
            verdicts.append((rule, verdict))
    return verdicts


# (g33) What makes a slash command an ad: a way to reach the writer or another place (an id, a number, a link, a QR code,
# a contact card), not the prize or goods words a command carries ("/抽奖 奖品：iPhone 名额：1").
CONTACTS = frozenset(("wechat_id", "qq_id", "telegram_id", "phone", "link", "qr_contact", "qr_link", "card", "new_number"))


# (r33b) What makes a command's own fields a pitch: the ads rule's own words for selling and reaching the writer (an ad
# word, a contact hint 私聊/加V/加我, a cue of the hook, sell, goods, money or jobs families: 私聊我, 找我拿, 代购, 清仓), and
# the selling words those lists leave to the model (一折, 货到付款, 拿图/看图). The command's labels are out first (口令 is
# a goods cue, 名额 a bait one).
SELLING_KINDS = frozenset(("ad_word", "contact_hint", "cue_hook", "cue_sell", "cue_goods", "cue_money", "cue_jobs"))
SELLING = re.compile(r"(?<![0-9.])[1-9一二两三四五六七八九](?:\.[0-9])?折|货到付款|到付|拿图|看图|加[vV微我]")


def commanded(verdicts: list[tuple[Rule, Verdict]], msg: GroupMessage, facts: Facts,
              fields: str = "") -> list[tuple[Rule, Verdict]]:
    """The verdicts that stand on a member's slash command whose ``fields`` (its arguments without their labels) read
    as its own: the ads score's only when the message carries a contact or the fields a selling hint."""
    return [(rule, verdict) for rule, verdict in verdicts
            if not isinstance(rule, Ads) or any(s.kind in CONTACTS for s in rule.signals(msg, facts))
            or _selling(rule, msg, facts, fields)]


def _selling(rule: Ads, msg: GroupMessage, facts: Facts, fields: str) -> bool:
    if not fields:
        return False
    if SELLING.search(fields[:MAX_FIELDS]):
        return True
    return any(s.kind in SELLING_KINDS for s in rule.signals(replace(msg, text=fields), facts))


MAX_FIELDS = 2000


def _facts(policy, standing: Standing, qr_codes: tuple[str, ...] = (), answered_at: datetime | None = None) -> tuple[Facts, bool]:
    """What the rules are told of a member's message, and whether the member is trusted."""
    return (Facts(newcomer=standing.messages < policy.newcomer_messages, qr_codes=qr_codes, answered_at=answered_at),
            0 < policy.trusted_after <= standing.clean)


def _answered_at(ctx: Ctx, msg: GroupMessage) -> datetime | None:
    """(r34) When the bot last answered this same text of hers in the group (she asks again, unseen): the flood rule's."""
    return ctx.moderation_memory.answered_at(msg.group_id, msg.sender.id, forms(msg.text).compact, msg.at) if msg.text else None


def known_facts(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> tuple[Facts, bool] | None:
    """A text message's (facts, trusted) as ``moderate`` will find them, if the member's standing is
    known without reading the database (None: first sight of a group or member since start)."""
    memory = ctx.moderation_memory
    standing = memory.standing.get((msg.group_id, msg.sender.id))
    if standing is None:
        seeds = memory.seeds.get(msg.group_id)
        if seeds is None:
            return None
        standing = Standing(*seeds.get(msg.sender.id, (0, 0)))
    return _facts(settings.moderation, standing, answered_at=_answered_at(ctx, msg))


async def _standing(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> Standing:
    key = (msg.group_id, msg.sender.id)
    memory = ctx.moderation_memory
    standing = memory.standing.get(key)
    if standing is None:  # first sight since start: seeded from the log, then counted in memory
        seeds = memory.seeds.get(msg.group_id)
        if seeds is None:
            seeds = await _read_seeds(ctx, msg, settings)
            if seeds is None:  # an outage: judged as a newcomer (strictest), seeded later
                return Standing(0, 0)
        standing = memory.standing.setdefault(key, Standing(*seeds.pop(msg.sender.id, (0, 0))))
    return standing


async def _read_seeds(ctx: Ctx, msg: GroupMessage, settings: GroupSettings) -> dict[str, tuple[int, int]] | None:
    """The standing of every member of the group with history, at the group's first message since start:
    one read per group, not a wait for the database at each member's first message."""
    cap = max(settings.moderation.newcomer_messages, settings.moderation.trusted_after) + 1
    # Committed rows are enough to seed a count, and a stalled writer must not stall moderation.
    try:
        seeds = await ctx.db.read(partial(group_message_counts, group_id=msg.group_id, before=msg.at, cap=cap),
                                  fresh=False)
    except DatabaseUnavailable as exc:
        log.warning("moderating %s in %s without their history: %s", msg.sender.id, msg.group_id, exc)
        return None
    return ctx.moderation_memory.seeds.setdefault(msg.group_id, seeds)


async def _qr_codes(msg: GroupMessage) -> tuple[str, ...]:
    if msg.kind != Kind.IMAGE or not msg.image:
        return ()
    return await asyncio.to_thread(decode_qr, msg.image)
