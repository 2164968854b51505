"""The promise ledger: prizes the bot or the owner promised (lottery wins, coupons, campaign
rewards) are recorded; the owner is reminded until each is marked delivered with /兑现;
members ask 我的奖品. A promised prize that never arrives turns a group against the store."""
from __future__ import annotations

from datetime import datetime, timedelta
from functools import partial

from bot.config.schema import ScheduledPost
from bot.context import Ctx
from bot.events import GroupMessage
from bot.handlers.operations import mentioned_and_words
from bot.language.numbers import leading_number
from bot.language.own_records import PRIZES, asks_own
from bot.members import display_names
from bot.roles import Role
from bot.router import Router
from bot.text import normalize, said
from storage import promises

router = Router("promises")

ASK_AGAIN = timedelta(minutes=1)  # the same question again sooner gets silence
ASK_WORDS = {normalize(w) for w in ("我的奖品", "我的奖", "奖品呢", "我的奖品呢", "奖品什么时候发")}


@router.command("promise", aliases=("奖品", "记奖品"), min_role=Role.ASSISTANT,
                usage="/奖品 @成员 奖品说明（不带参数：查看未兑现的奖品）", summary="记下答应给成员的奖品，或查看未兑现的")
async def record_promise(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    members, words = mentioned_and_words(msg, args)
    names = display_names(ctx, msg.group_id)
    if not args.strip():
        rows = await ctx.db.read(partial(promises.undelivered, group_ids=[msg.group_id]))
        ctx.reply(msg, "promises_open", promises=[promise_view(p, names) for p in rows[:20]], total=len(rows))
        return
    if not members or not words:
        ctx.reply(msg, "promise_usage")
        return
    prize = " ".join(words)[:100]
    for member in members:
        await ctx.db.write(partial(promises.promise, group_id=msg.group_id, member_id=member, prize=prize,
                                   source="manual", key=f"manual:{msg.group_id}:{msg.message_id or msg.at.isoformat()}:{member}",
                                   at=msg.at))
    ctx.reply(msg, "promise_recorded", names=[names.get(m, m) for m in members], prize=prize)


@router.command("deliver", aliases=("兑现",), min_role=Role.ASSISTANT, usage="/兑现 <奖品编号>",
                summary="奖品已送到：标记兑现")
async def deliver(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    number = leading_number(args.strip().lstrip("#＃"), "号")  # (s34) "3", "三", "3号", "十二号"
    if number is None:
        ctx.reply(msg, "deliver_usage")
        return
    status, row = await ctx.db.write(partial(promises.deliver, group_id=msg.group_id, promise_id=number,
                                             by=msg.sender.id, at=msg.at))
    names = display_names(ctx, msg.group_id)
    ctx.reply(msg, "deliver_" + status, id=number, promise=promise_view(row, names) if row else None)


def _asks_prizes(ctx: Ctx, msg: GroupMessage) -> bool:
    """"我的奖品", or (s33) in her words: "我的奖品呢 上次说给我个保温杯", "我中的奖什么时候发"."""
    return said(msg.text) in ASK_WORDS or asks_own(msg.text) == PRIZES


@router.natural(_asks_prizes, private=True)
async def my_prizes(ctx: Ctx, msg: GroupMessage) -> None:
    """Her prizes go to her privately (s33), asked in the group or not: the group hears only "已私信您"."""
    if not ctx.games.allow(f"prizes:{msg.group_id}:{msg.sender.id}", msg.at, ASK_AGAIN):
        return
    rows = await ctx.db.read(partial(promises.of_member, group_id=msg.group_id, member_id=msg.sender.id))
    ctx.reply(msg, "my_prizes", promises=[promise_view(p, {}) for p in rows], where=msg.group_name)


def promise_view(p, names: dict[str, str]) -> dict:
    """A promise as the templates show it (also her prizes beside a complaint of one, d34)."""
    return {"id": p.id, "prize": p.prize, "name": names.get(p.member_id), "date": p.promised_at.strftime("%m-%d"),
            "delivered": p.delivered_at is not None}


async def remind_promises(ctx: Ctx, post: ScheduledPost, jobs: list, due: datetime) -> None:
    """Scheduled: each group's undelivered prizes, privately to its owner, until marked /兑现."""
    by_group: dict[str, list] = {}
    for row in await ctx.db.read(partial(promises.undelivered, group_ids=[job.group_id for job in jobs])):
        by_group.setdefault(row.group_id, []).append(row)
    for job in jobs:
        group = ctx.transport.group(job.group_id)
        if group is None or job.group_id not in by_group:
            continue
        names = display_names(ctx, job.group_id)
        rows = by_group[job.group_id]
        ctx.outbox.direct(group.owner, ctx.renderer.render(
            "promises_reminder", group_name=job.group_name, promises=[promise_view(p, names) for p in rows[:20]],
            total=len(rows)))
