"""Keeping groups healthy: the dormancy ladder (a gentle note, then the owner's list, pruning only
after the owner confirms), the daily health report, weekly VIP/KOL suggestions, birthdays."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import AsyncIterator

from bot.config.schema import GroupSettings, ScheduledPost
from bot.context import Ctx
from bot.events import GroupInfo, GroupMessage
from bot.handlers.content import in_slices
from bot.language.birthday_said import is_a_day, told_birthday
from bot.lunar_days import lunar_year, next_solar, said_lunar, today_lunar
from bot.members import display_names
from bot.roles import Role
from bot.router import Router
from storage import activity, community
from storage.points import top_points

router = Router("community")

KOL_REPLY_WINDOW = timedelta(minutes=3)  # a message from someone else this soon after counts as a reply
MAX_PRUNE = 50  # members removed by one confirmation


async def groups_of(ctx: Ctx, jobs: list) -> AsyncIterator[tuple[GroupInfo, GroupSettings]]:
    """The groups of a scheduled fan-out the bot is still in, with their settings."""
    async for job in in_slices(jobs):
        group = ctx.transport.group(job.group_id)
        if group is not None:
            yield group, ctx.settings(job.group_id, job.group_name)


# --- the dormancy ladder -------------------------------------------------------------------


@dataclass(frozen=True)
class Quiet:
    nudge: list[str]  # quiet for nudge_after_days, not yet nudged this spell
    listed: list[str]  # quiet for list_after_days (all of them)
    new_listed: list[str]  # ...not yet listed for the owner this spell


async def quiet_members(ctx: Ctx, group: GroupInfo, now: datetime) -> Quiet:
    settings = ctx.settings(group.id, group.name)
    seen, since, nudged, listed = await ctx.db.read(partial(_ladder_facts, group_id=group.id))
    if since is None:
        return Quiet([], [], [])
    quiet = {}
    for member in group.members:
        if member.id == ctx.config.bot.id or ctx.role_of(group.id, member.id, settings) >= Role.ASSISTANT:
            continue
        last = seen.get(member.id, since)
        quiet[member.id] = (last, now - last)
    nudge_after = timedelta(days=settings.dormancy.nudge_after_days)
    list_after = timedelta(days=settings.dormancy.list_after_days)
    return Quiet(
        nudge=[m for m, (last, q) in quiet.items() if nudge_after <= q and nudged.get(m, since - nudge_after) < last],
        listed=[m for m, (last, q) in quiet.items() if list_after <= q],
        new_listed=[m for m, (last, q) in quiet.items() if list_after <= q and listed.get(m, since - list_after) < last],
    )


def _ladder_facts(session, group_id: str):
    return (activity.last_seen(session, group_id), community.watching_since(session, group_id),
            community.steps_taken(session, group_id, "nudged"), community.steps_taken(session, group_id, "listed"))


async def reengage(ctx: Ctx, post: ScheduledPost, jobs: list, due: datetime) -> None:
    """Scheduled: one gentle note per group @-mentioning members quiet for a while; each once per quiet spell."""
    posts = []
    async for group, settings in groups_of(ctx, jobs):
        members = (await quiet_members(ctx, group, due)).nudge[:settings.dormancy.max_mentions]
        if not members:
            continue
        await ctx.db.write(partial(community.take_step, group_id=group.id, member_ids=members, step="nudged", at=due))
        posts.append((group.id, ctx.renderer.render("reengage", group_name=group.name, count=len(members)),
                      tuple(members)))
    await ctx.broadcast(posts)


@router.command("prune", aliases=("清理",), min_role=Role.OWNER, usage="/清理（查看名单）  /清理 确认（移出名单上的人）",
                summary="查看并确认清理长期不说话的成员")
async def prune(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    group = ctx.transport.group(msg.group_id)
    settings = ctx.settings(msg.group_id, msg.group_name)
    names = display_names(ctx, msg.group_id)
    listed = (await quiet_members(ctx, group, msg.at)).listed if group else []
    days = settings.dormancy.list_after_days
    if args.strip() not in ("确认", "confirm"):
        ctx.reply(msg, "prune_list", names=[names.get(m, m) for m in listed[:MAX_PRUNE]], total=len(listed), days=days)
        return
    chosen = listed[:MAX_PRUNE]
    if not chosen:
        ctx.reply(msg, "prune_list", names=[], total=0, days=days)
    elif ctx.transport.can_remove(msg.group_id):
        for member in chosen:
            ctx.outbox.remove(msg.group_id, member)
        ctx.reply(msg, "pruned", count=len(chosen))
    else:
        ctx.outbox.direct(msg.sender.id, ctx.renderer.render(
            "prune_by_hand", group_name=msg.group_name, names=[names.get(m, m) for m in chosen]))
        ctx.reply(msg, "prune_sent_instructions", count=len(chosen))


# --- daily health and weekly suggestions ---------------------------------------------------------


async def group_health(ctx: Ctx, post: ScheduledPost, jobs: list, due: datetime) -> None:
    """Scheduled: each group's size, activity and trend, and newly long-quiet members, to its owner."""
    async for group, settings in groups_of(ctx, jobs):
        week, fortnight = due - timedelta(days=7), due - timedelta(days=14)
        active, this_week, last_week = await ctx.db.read(lambda s, gid=group.id: (
            activity.active_members(s, gid, week), activity.message_count(s, gid, week, due),
            activity.message_count(s, gid, fortnight, week)))
        quiet = await quiet_members(ctx, group, due)
        if quiet.new_listed:
            await ctx.db.write(partial(community.take_step, group_id=group.id, member_ids=quiet.new_listed,
                                       step="listed", at=due))
        names = display_names(ctx, group.id)
        size = len(group.members)
        ctx.outbox.direct(group.owner, ctx.renderer.render(
            "group_health", group_name=group.name, size=size, target=settings.health.target_size,
            crowded=size >= settings.health.alert_size, active=len(active),
            active_share=round(100 * len(active) / size) if size else 0, messages=this_week,
            previous=last_week, trend=_trend(this_week, last_week), days=settings.dormancy.list_after_days,
            quiet=[names.get(m, m) for m in quiet.new_listed[:30]], quiet_total=len(quiet.new_listed)))


def _trend(now: int, before: int) -> int:
    """Percent change week over week (0 when there is nothing to compare)."""
    return round(100 * (now - before) / before) if before else 0


async def suggest_members(ctx: Ctx, post: ScheduledPost, jobs: list, due: datetime) -> None:
    """Scheduled (weekly): VIP candidates (points and activity) and KOL candidates (whose messages get replies)."""
    async for group, settings in groups_of(ctx, jobs):
        staff = {m.id for m in group.members if ctx.role_of(group.id, m.id, settings) >= Role.ASSISTANT}
        points, chat = await ctx.db.read(lambda s, gid=group.id: (
            top_points(s, gid, due - timedelta(days=30), limit=20), activity.chat_log(s, gid, due - timedelta(days=7))))
        names = display_names(ctx, group.id)
        counts = _message_counts(chat)
        vip = [{"name": names[m], "points": p, "messages": counts.get(m, 0)}
               for m, p in points if m in names and m not in staff][:5]
        kol = [{"name": names[m], "replies": n} for m, n in replied_to(chat, ctx.config.bot.id)
               if m in names and m not in staff and n >= 3][:5]
        if vip or kol:
            ctx.outbox.direct(group.owner, ctx.renderer.render("member_suggestions", group_name=group.name,
                                                               vip=vip, kol=kol))


def _message_counts(chat: list[tuple[datetime, str]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for _, member in chat:
        counts[member] = counts.get(member, 0) + 1
    return counts


def replied_to(chat: list[tuple[datetime, str]], bot_id: str) -> list[tuple[str, int]]:
    """Members by how often someone else spoke within KOL_REPLY_WINDOW after them (most first)."""
    replies: dict[str, int] = {}
    for (at, member), (next_at, next_member) in zip(chat, chat[1:]):
        if member != bot_id and next_member not in (member, bot_id) and next_at - at <= KOL_REPLY_WINDOW:
            replies[member] = replies.get(member, 0) + 1
    return sorted(replies.items(), key=lambda item: -item[1])


# --- birthdays -------------------------------------------------------------------------------

_BIRTHDAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


@router.command("birthday", aliases=("生日", "生日登记"), usage="/生日 05-12（/生日 取消 不再提醒）",
                summary="登记生日，当天收到群里的祝福（自愿）")
async def register_birthday(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    text = args.strip()
    if text in ("取消", "删除", "cancel"):
        await ctx.db.write(partial(community.set_birthday, group_id=msg.group_id, member_id=msg.sender.id,
                                   month=0, day=0))
        ctx.reply(msg, "birthday_removed")
        return
    match = _BIRTHDAY.match(text)
    month, day = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
    if not match and (told := told_birthday("生日" + text)) is not None and _exists(*told):
        if told[2]:
            await _save(ctx, msg, *told)  # (q33) "/生日 农历二月初八"
            return
        month, day, _ = told  # (q33) "/生日 3月8号", "生日 3.8 帮我记一下"
    if not _exists(month, day, False):
        ctx.reply(msg, "birthday_usage")
        return
    await ctx.db.write(partial(community.set_birthday, group_id=msg.group_id, member_id=msg.sender.id,
                               month=month, day=day))
    ctx.reply(msg, "birthday_saved", month=month, day=day)


_exists = is_a_day


def _tells_birthday(ctx: Ctx, msg: GroupMessage) -> bool:
    return msg.private and told_birthday(msg.text) is not None


@router.natural(_tells_birthday, private=True)
async def birthday_told(ctx: Ctx, msg: GroupMessage) -> None:
    """(q33) "生日是3月8号", "我的生日是农历二月初八", told privately: kept as ``/生日`` keeps it (the greeting in her group
    that day, which she may cancel), and confirmed; a day that does not exist is asked again. Never the menu."""
    month, day, lunar = told_birthday(msg.text)
    if not _exists(month, day, lunar):
        ctx.reply(msg, "birthday_not_a_day", month=month, day=day, lunar=lunar)
        return
    await _save(ctx, msg, month, day, lunar)


async def _save(ctx: Ctx, msg: GroupMessage, month: int, day: int, lunar: bool) -> None:
    await ctx.db.write(partial(community.set_birthday, group_id=msg.group_id, member_id=msg.sender.id,
                               month=month, day=day, lunar=lunar))
    today = msg.at.astimezone(ctx.settings(msg.group_id, msg.group_name).zone).date()
    falls = next_solar(month, day, today) if lunar else None
    ctx.reply(msg, "birthday_noted", month=month, day=day, lunar=said_lunar(month, day) if lunar else "",
              falls=f"{falls.month}月{falls.day}日" if falls else "", group_name=msg.group_name)


async def greet_birthdays(ctx: Ctx, post: ScheduledPost, jobs: list, due: datetime) -> None:
    """Scheduled: one greeting per group for members whose birthday is today (once a year each)."""
    posts = []
    async for job in in_slices(jobs):
        today = due.astimezone(ctx.settings(job.group_id, job.group_name).zone).date()
        leap_on_28 = (today.month, today.day) == (2, 28) and not calendar.isleap(today.year)
        members = await ctx.db.write(partial(community.birthdays_today, group_id=job.group_id, today=today,
                                             leap_day_on_28th=leap_on_28, lunar_day=today_lunar(today),
                                             lunar_year=lunar_year(today)))
        present = display_names(ctx, job.group_id)
        members = [m for m in members if m in present]
        if members:
            posts.append((job.group_id, ctx.renderer.render("birthday_greeting", group_name=job.group_name,
                                                            count=len(members)), tuple(members)))
    await ctx.broadcast(posts)
