"""/rules (everyone), /rules test (owner), /pardon and /remove (staff): moderation in the group."""
from __future__ import annotations

from functools import partial

from sqlmodel import Session

from bot.context import Ctx
from bot.events import GroupMessage
from bot.moderation import judge
from bot.rules import Facts
from bot.roles import Role
from bot.router import Router
from storage.moderation import audit, pardon

router = Router("moderation")


@router.command("rules", aliases=("群规",), usage="/rules", summary="查看本群群规（群主可用 /rules test 内容 试规则）")
async def show_rules(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    verb, _, text = args.partition(" ")
    if verb.casefold() != "test":
        rules = [{"title": r.spec.title, "steps": r.spec.steps} for r in ctx.rules(settings) if not r.spec.shadow]
        ctx.reply(msg, "rules_list", rules=rules, removal=settings.moderation.removal)
        return
    if ctx.role_of(msg.group_id, msg.sender.id, settings) < Role.OWNER:
        ctx.reply(msg, "not_allowed", name="rules test", roles=Role.OWNER.holders)
        return
    if not text.strip():
        ctx.reply(msg, "rules_test_usage")
        return
    probe = GroupMessage(msg.group_id, msg.group_name, msg.sender, text.strip(), msg.at)
    rules = ctx.rules(settings)
    hits = [{"title": rule.spec.title, "evidence": verdict.evidence, "shadow": rule.spec.shadow}
            for rule, verdict in judge(rules, probe, Facts(), stateless=True)]
    ctx.reply(msg, "rules_test", text=probe.text, hits=hits, skipped=[r.spec.title for r in rules if r.stateful])


@router.command("pardon", aliases=("原谅", "清除违规"), min_role=Role.ASSISTANT, usage="/pardon @成员",
                summary="清除成员的违规记录")
async def pardon_member(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    targets = _mentioned(ctx, msg)
    if not targets:
        ctx.reply(msg, "pardon_usage")
        return
    cleared = 0
    for member_id in targets:
        cleared += await ctx.db.write(partial(pardon, group_id=msg.group_id, member_id=member_id))
        ctx.moderation_memory.standing.pop((msg.group_id, member_id), None)  # re-read from the log next time
    ctx.reply(msg, "pardoned", names=_names(ctx, msg, targets), cleared=cleared)


@router.command("remove", aliases=("移出", "踢出"), min_role=Role.OWNER, usage="/remove @成员",
                summary="把成员移出本群（机器人须是群主）")
async def remove_member(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    targets = _mentioned(ctx, msg)
    if not targets:
        ctx.reply(msg, "remove_usage")
        return
    if not ctx.transport.can_remove(msg.group_id):
        ctx.reply(msg, "cannot_remove_here")
        return
    names = _names(ctx, msg, targets)
    for member_id in targets:
        await ctx.db.write(partial(_audit_removal, msg=msg, member_id=member_id))
        ctx.outbox.remove(msg.group_id, member_id)
    ctx.reply(msg, "removed_by_staff", names=names)


def _mentioned(ctx: Ctx, msg: GroupMessage) -> list[str]:
    """Members named by @-mention (ids from the platform), never the bot or the group's owner."""
    group = ctx.transport.group(msg.group_id)
    owner = group.owner if group is not None else None
    return [m for m in dict.fromkeys(msg.mentions) if m not in (ctx.config.bot.id, owner, msg.sender.id)]


def _names(ctx: Ctx, msg: GroupMessage, member_ids: list[str]) -> str:
    group = ctx.transport.group(msg.group_id)
    known = {m.id: m.name for m in group.members} if group is not None else {}
    return "、".join(known.get(m, m) for m in member_ids)


def _audit_removal(session: Session, *, msg: GroupMessage, member_id: str) -> None:
    audit(session, at=msg.at, group_id=msg.group_id, member_id=member_id, rule="staff", action="remove",
          taken="removed", reason="群主移出", evidence=f"由 {msg.sender.id} 发起")
