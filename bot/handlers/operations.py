"""The owner's tools: honorary roles (/role), this group's numbers (/stats), what a setting means
(/config explain)."""
from __future__ import annotations

from datetime import timedelta
from functools import partial

from bot.config.explain import Explained, explain
from bot.context import Ctx
from bot.events import GroupMessage
from bot.handlers.welcome import local_day_start
from bot.members import display_names
from bot.roles import HONORARY, LABELS, Role
from bot.router import Router
from storage import activity
from storage.moderation import add_strike, audit
from storage.roles import set_role

router = Router("operations")


def mentioned_and_words(msg: GroupMessage, args: str) -> tuple[list[str], list[str]]:
    """The @-mentioned member ids and the other words ("@小美 组长" -> ["amy"], ["组长"])."""
    words = [w for w in args.split() if not w.startswith(("@", "＠"))]
    return list(dict.fromkeys(msg.mentions)), words


@router.command("role", aliases=("角色", "设角色"), min_role=Role.OWNER, usage="/角色 @成员 组长（名誉群主/组长/委员/KOL/达人/成员）",
                summary="给成员设荣誉角色；不带参数查看本群角色")
async def set_member_role(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    names = display_names(ctx, msg.group_id)
    members, words = mentioned_and_words(msg, args)
    if not args.strip():
        holders = [{"name": names.get(m, m), "role": ctx.role_of(msg.group_id, m, settings).label}
                   for m in names if Role.MEMBER < ctx.role_of(msg.group_id, m, settings) < Role.OWNER]
        ctx.reply(msg, "roles_list", holders=holders)
        return
    if not members or len(words) != 1 or words[0] not in HONORARY:
        ctx.reply(msg, "role_usage", roles=[label for label in HONORARY if label not in ("kol", "群成员")])
        return
    role = HONORARY[words[0]]
    staff = [m for m in members if ctx.role_of(msg.group_id, m, settings) >= Role.ASSISTANT]
    if staff:
        ctx.reply(msg, "role_staff", name=names.get(staff[0], staff[0]))
        return
    for member in members:
        await ctx.db.write(partial(set_role, group_id=msg.group_id, member_id=member, role=int(role),
                                   granted_by=msg.sender.id, at=msg.at))
        if role == Role.MEMBER:
            ctx.granted.pop((msg.group_id, member), None)
        else:
            ctx.granted[(msg.group_id, member)] = role
    ctx.reply(msg, "role_set", names=[names.get(m, m) for m in members], role=LABELS[role])


@router.command("stats", aliases=("统计", "数据"), min_role=Role.ASSISTANT, usage="/统计", summary="本群人数、活跃、签到、问答、违规")
async def show_stats(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    today_start = local_day_start(msg.at, settings.zone)
    week_start = today_start - timedelta(days=6)
    stats = await ctx.db.read(partial(activity.group_stats, group_id=msg.group_id, today_start=today_start,
                                      week_start=week_start, today=msg.at.astimezone(settings.zone).date()))
    group = ctx.transport.group(msg.group_id)
    size = len(group.members) if group else 0
    ctx.reply(msg, "stats", group_name=msg.group_name, size=size, target=settings.health.target_size,
              active_today=stats.active_today, active_week=stats.active_week,
              signin_rate=_percent(stats.signed_in_today, size), active_share=_percent(stats.active_week, size),
              quizzes=stats.quizzes_week, quizzes_won=stats.quizzes_won_week, quiz_winners=stats.quiz_winners_week,
              violations=stats.violations_week)


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


@router.command("config", aliases=("配置",), min_role=Role.ASSISTANT, usage="/配置 解释 <设置项，如 welcome.gather_seconds>",
                summary="解释一项设置的含义和本群当前取值")
async def explain_config(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    verb, _, key = args.partition(" ")
    if verb not in ("explain", "解释", "说明") or not key.strip():
        ctx.reply(msg, "config_usage")
        return
    found = explain(key, ctx.config, ctx.settings(msg.group_id, msg.group_name))
    if isinstance(found, Explained):
        ctx.reply(msg, "config_explained", setting=found.key, description=found.description, default=found.default,
                  current=found.current, children=list(found.children))
    else:
        ctx.reply(msg, "config_unknown_key", setting=key.strip(), hints=found)


# --- /warn and /kick: staff acting on a member, on the moderation log and strikes (bot.moderation.enforcer) ---

STAFF_STRIKE_WINDOW = timedelta(days=30)  # a staff warning counts against the member's standing this long


def _target(ctx: Ctx, msg: GroupMessage, args: str) -> tuple[str | None, str]:
    """The one @-mentioned member and the reason typed after them."""
    members, words = mentioned_and_words(msg, args)
    return (members[0] if len(members) == 1 else None), " ".join(words)[:60]


@router.command("warn", aliases=("警告",), min_role=Role.ASSISTANT, usage="/警告 @成员 理由", summary="提醒成员遵守群规")
async def warn(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    member, reason = _target(ctx, msg, args)
    if member is None or member not in display_names(ctx, msg.group_id):
        ctx.reply(msg, "warn_usage")
        return
    reason = reason or "违反了群规"
    await ctx.db.write(partial(audit_manual, msg=msg, member_id=member, action="warn", taken="warned", reason=reason,
                               strike=True))
    ctx.moderation_memory.forget(msg.group_id, member)  # re-read with the new strike
    ctx.say(msg.group_id, "moderation_warn", mentions=(member,), reason=reason)


@router.command("kick", aliases=("踢",), min_role=Role.OWNER, usage="/踢 @成员 理由",
                summary="把成员移出本群（机器人不是群主时，私信告诉您怎么做）")
async def kick(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    member, reason = _target(ctx, msg, args)
    names = display_names(ctx, msg.group_id)
    settings = ctx.settings(msg.group_id, msg.group_name)
    if member is None or member not in names:
        ctx.reply(msg, "kick_usage")
        return
    if member == ctx.config.bot.id or ctx.role_of(msg.group_id, member, settings) >= Role.ASSISTANT:
        ctx.reply(msg, "kick_staff", name=names[member])
        return
    reason = reason or "违反了群规"
    allowed = ctx.transport.can_remove(msg.group_id)
    await ctx.db.write(partial(audit_manual, msg=msg, member_id=member, action="remove",
                               taken="removed" if allowed else "owner_alerted", reason=reason))
    if allowed:
        ctx.outbox.remove(msg.group_id, member)
        ctx.say(msg.group_id, "moderation_removed", name=names[member], reason=reason)
    else:
        ctx.outbox.direct(msg.sender.id, ctx.renderer.render("kick_by_hand", group_name=msg.group_name,
                                                             name=names[member], reason=reason))
        ctx.reply(msg, "kick_sent_instructions", name=names[member])


def audit_manual(session, *, msg: GroupMessage, member_id: str, action: str, taken: str, reason: str,
                 strike: bool = False) -> None:
    """Audited as rule "staff" (as /remove is); a /warn is also a strike, so the rules' ladder sees it."""
    if strike:
        add_strike(session, group_id=msg.group_id, member_id=member_id, rule="staff", at=msg.at,
                   window=STAFF_STRIKE_WINDOW, shadow=False)
    audit(session, at=msg.at, group_id=msg.group_id, member_id=member_id, rule="staff", action=action, taken=taken,
          reason=reason, evidence=f"由 {msg.sender.id} 发起：{msg.text[:150]}")
