"""Red packets: the policy's daily reminder to owners, /红包计划, thanks, and members asking for them."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import partial

from bot.config.schema import ScheduledPost
from bot.content_library import festivals
from bot.context import Ctx
from bot.events import GroupMessage, Kind
from bot.handlers.activity import signup_in
from bot.handlers.groupbuy import order_in
from bot.numbers import plain_amount
from bot.redpacket_policy import Budget, GroupStats, Plan, plan
from bot.roles import Role
from bot.router import Router
from bot.send_queue import Priority
from storage.redpackets import GroupFacts, group_facts, log_red_packet, record_plan, record_spend

router = Router("redpacket")


async def plan_for(ctx: Ctx, group_id: str, group_name: str, now: datetime) -> tuple[Plan, Budget, GroupFacts]:
    settings = ctx.settings(group_id, group_name)
    local = now.astimezone(settings.zone)
    month_start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    facts = await ctx.db.write(partial(group_facts, group_id=group_id, now=now, today=local.date(),
                                       month_start=month_start))
    group = ctx.transport.group(group_id)
    today = sorted(festivals(local.date()) & set(settings.redpacket.festivals))
    stats = GroupStats(size=len(group.members) if group else 0, messages_this_week=facts.messages_this_week,
                       messages_last_week=facts.messages_last_week, festival="、".join(today) or None,
                       winners=facts.winners, last_milestone=facts.last_milestone)
    budget = Budget(settings.redpacket.monthly_budget, facts.spent)
    return plan(stats, budget, local, settings.redpacket, settings.posting.quiet_hours), budget, facts


async def remind_plans(ctx: Ctx, post: ScheduledPost, jobs: list, due: datetime) -> None:
    """Scheduled action: each group's plan for today, privately to its owner (once a day at most)."""
    for job in jobs:
        group = ctx.transport.group(job.group_id)
        the_plan, budget, _ = await plan_for(ctx, job.group_id, job.group_name, due)
        if group is None or not the_plan.send:
            continue
        today = due.astimezone(ctx.settings(job.group_id, job.group_name).zone).date()
        first_today = await ctx.db.write(partial(
            record_plan, group_id=job.group_id, day=today, amount=the_plan.amount, shares=the_plan.shares,
            reason=the_plan.reason, milestone=the_plan.milestone))
        if first_today:
            text = ctx.renderer.render("redpacket_reminder", group_name=job.group_name, plan=the_plan,
                                       left=budget.left - the_plan.amount)
            ctx.outbox.direct(group.owner, text, Priority.BROADCAST)


@router.command("红包计划", aliases=("redpacket",), min_role=Role.ASSISTANT, usage="/红包计划 [记账 金额]",
                summary="查看本月红包计划和花费；发了红包后可记账")
async def show_plan(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    word, _, amount_text = args.partition(" ")
    if word in ("记账", "已发"):
        amount = plain_amount(amount_text)
        if amount is None or not 0 < amount <= 10000:
            ctx.reply(msg, "redpacket_spend_usage")
            return
        await ctx.db.write(partial(record_spend, group_id=msg.group_id, sender_id=msg.sender.id, at=msg.at, amount=amount))
    the_plan, budget, facts = await plan_for(ctx, msg.group_id, msg.group_name, msg.at)
    zone = ctx.settings(msg.group_id, msg.group_name).zone
    packets = [{**row, "at": row["at"].astimezone(zone)} for row in facts.packets[:3]]
    ctx.reply(msg, "redpacket_status", plan=the_plan, budget=budget, plans=facts.plans, packets=packets,
              month=msg.at.astimezone(zone).month)


@router.on_kind(Kind.RED_PACKET)
async def red_packet_posted(ctx: Ctx, msg: GroupMessage) -> None:
    """Log who sent it (a staff packet on a planned day counts as spent), and say thank you."""
    settings = ctx.settings(msg.group_id, msg.group_name)
    staff = ctx.role_of(msg.group_id, msg.sender.id, settings) >= Role.ASSISTANT
    day = msg.at.astimezone(settings.zone).date() if staff else None
    await ctx.db.write(partial(log_red_packet, group_id=msg.group_id, sender_id=msg.sender.id, at=msg.at, plan_day=day))
    ctx.games.allow(_gave_key(msg), msg.at, timedelta(0))  # o32: when she last gave one here (read by ``_begs``)
    if settings.redpacket.thank:
        ctx.reply(msg, "redpacket_thanks", name=msg.sender.name, staff=staff)


GAVE_WITHIN = timedelta(minutes=30)  # o32: her words of a red packet this soon after giving one are of hers, not begging
# o32: the member giving one herself ("我发个红包", "俺也来发一个小红包", "我给大家发个红包"), not asking someone to ("给我发个红包",
# "群主发个红包吧", "让店长发红包"): she, then at most a few words of how, then 发 or 包.
_GIVES = re.compile(r"(?<![给帮让叫替跟向找问求请])(?:我|俺|咱|本人)(?:也|再|来|先|就|又|这就|今天|给大家伙?|给群里|给姐妹们|给家人们){0,3}(?:发|包)")


def _gave_key(msg: GroupMessage) -> str:
    return f"gave-red-packet:{msg.group_id}:{msg.sender.id}"


def _begs(ctx: Ctx, msg: GroupMessage) -> bool:
    """A member asking for a red packet (``redpacket.begging.patterns``): not one who gives one herself, in words or just
    before (o32: "发个小红包 大家开心一下" after her own red packet), and never an order or a sign-up said beside it
    ("…顺便接个龙+2"): the order is stored, as if said alone, and no lecture comes with it."""
    rule = ctx.settings(msg.group_id, msg.group_name).redpacket.begging
    if not (rule.enabled and any(_compiled(p).search(msg.text) for p in rule.patterns)):
        return False
    if _GIVES.search(msg.text) or not ctx.games.would_allow(_gave_key(msg), msg.at, GAVE_WITHIN):
        return False
    return order_in(ctx, msg) is None and signup_in(ctx, msg) is None


BEG_AGAIN = timedelta(hours=6)  # the same kind answer twice in a row reads as a canned brush-off


@router.natural(_begs)
async def begging(ctx: Ctx, msg: GroupMessage) -> None:
    if ctx.games.allow(f"begging:{msg.group_id}:{msg.sender.id}", msg.at, BEG_AGAIN):
        ctx.reply(msg, "redpacket_begging")


_patterns: dict[str, re.Pattern] = {}


def _compiled(pattern: str) -> re.Pattern:
    if pattern not in _patterns:
        _patterns[pattern] = re.compile(pattern)
    return _patterns[pattern]

