"""/rules (everyone), /rules test (owner), /pardon, /remove, /ad and /notad (staff): moderation in the group.

Staff decisions teach moderation (``storage.labels``): /pardon and /notad label the member's
struck messages "not an ad", /remove and /ad label the member's message "an ad". /ad and
/notad take a quoted message (WeChat quotes carry the sender's name, not their id) or an
@-mention (then the member's latest message in the group).
"""
from __future__ import annotations

from functools import partial

from sqlmodel import Session

from bot.commands import quoted
from bot.config.schema import AdsRule
from bot.context import Ctx
from bot.moderation.enforcer import QUIET, enforce
from bot.moderation.escalation import owner_of
from bot.events import GroupMessage, Member
from bot.moderation.stage import judge
from bot.rules import Facts, Verdict
from bot.roles import Role
from bot.router import Router
from storage.labels import add_label
from storage.moderation import audit, last_message, pardon, struck_text

router = Router("moderation")


@router.command("rules", aliases=("群规",), usage="/群规", summary="查看本群群规（群主可用 /群规 测试 内容 试规则）")
async def show_rules(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    settings = ctx.settings(msg.group_id, msg.group_name)
    verb, _, text = args.partition(" ")
    if verb.casefold() not in ("test", "测试"):
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


@router.command("pardon", aliases=("原谅", "清除违规"), min_role=Role.ASSISTANT, usage="/清除违规 @成员",
                summary="清除成员的违规记录（也记为“不是广告”）")
async def pardon_member(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    targets = _mentioned(ctx, msg)
    if not targets:
        ctx.reply(msg, "pardon_usage")
        return
    cleared = 0
    for member_id in targets:
        cleared += await _clear(ctx, msg, member_id, "pardon")
    ctx.reply(msg, "pardoned", names=_names(ctx, msg, targets), cleared=cleared)


@router.command("remove", aliases=("移出", "踢出"), min_role=Role.OWNER, usage="/移出 @成员",
                summary="把成员移出本群（机器人须是群主；也把其违规消息记为广告）")
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
        # logs: it reads the member's latest message from the log (in a replay, log rows otherwise wait)
        await ctx.db.write(partial(_audit_removal, msg=msg, member_id=member_id), logs=True)
        ctx.outbox.remove(msg.group_id, member_id)
    ctx.reply(msg, "removed_by_staff", names=names)


@router.command("ad", aliases=("广告", "是广告"), min_role=Role.ASSISTANT, usage="/广告（引用消息回复）",
                summary="引用一条消息回复：记为广告，并按广告规则处理")
async def mark_ad(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    target = await _target(ctx, msg)
    if target is None:
        ctx.reply(msg, "ad_usage")
        return
    settings = ctx.settings(msg.group_id, msg.group_name)
    ads = [r.spec for r in ctx.rules(settings) if isinstance(r.spec, AdsRule)]
    spec = ads[0] if ads else AdsRule(type="ads", id="ads")  # a group without the ads rule: its defaults
    await ctx.db.write(partial(_label, text=target.text, is_ad=True, msg=msg, member_id=target.sender.id, source="ad"))
    verdict = Verdict(spec.id, spec.reason, f"由 {msg.sender.name}（{msg.sender.id}）标记为广告")
    if await enforce(ctx, target, spec, verdict, settings) in QUIET:
        ctx.reply(msg, "ad_marked", name=target.sender.name)


@router.command("notad", aliases=("不是广告", "非广告"), min_role=Role.ASSISTANT, usage="/不是广告（引用消息回复）",
                summary="引用一条消息回复：记为“不是广告”，并清除该成员的违规记录")
async def mark_not_ad(ctx: Ctx, msg: GroupMessage, args: str) -> None:
    target = await _target(ctx, msg)
    if target is None:
        ctx.reply(msg, "notad_usage")
        return
    cleared = await _clear(ctx, msg, target.sender.id, "notad", also=target.text)
    ctx.reply(msg, "notad_marked", name=target.sender.name, cleared=cleared)


async def _clear(ctx: Ctx, msg: GroupMessage, member_id: str, source: str, also: str = "") -> int:
    """Pardon the member (across the owner's groups) and label what was struck, and ``also``, "not an ad"."""
    def write(session: Session) -> int:
        texts = pardon(session, group_id=msg.group_id, member_id=member_id, owner=owner_of(ctx, msg.group_id))
        for text in dict.fromkeys([also, *texts]):
            _label(session, text=text, is_ad=False, msg=msg, member_id=member_id, source=source)
        return len(texts)

    cleared = await ctx.db.write(write)
    ctx.moderation_memory.forget(msg.group_id, member_id)  # re-read from the log next time
    return cleared


async def _target(ctx: Ctx, msg: GroupMessage) -> GroupMessage | None:
    """The message staff point at: the quoted one, else the @-mentioned member's latest; as if just sent."""
    group = ctx.transport.group(msg.group_id)
    members = group.members if group is not None else ()
    if (quote := quoted(msg.text)) is not None:
        same_name = [m for m in members if m.name == quote.name and m.id not in _never_targets(ctx, msg)]
        if len(same_name) != 1:  # nobody, or two members of that name: staff @-mention instead
            return None
        sender, text = same_name[0], quote.text
    elif targets := _mentioned(ctx, msg):
        sender = next((m for m in members if m.id == targets[0]), Member(targets[0], targets[0]))
        text = await ctx.db.read(partial(last_message, group_id=msg.group_id, member_id=sender.id))
    else:
        return None
    return GroupMessage(msg.group_id, msg.group_name, sender, text, msg.at) if text.strip() else None


def _label(session: Session, *, text: str, is_ad: bool, msg: GroupMessage, member_id: str, source: str) -> None:
    add_label(session, text=text, is_ad=is_ad, group_id=msg.group_id, member_id=member_id, decided_by=msg.sender.id,
              at=msg.at, source=source)


def _mentioned(ctx: Ctx, msg: GroupMessage) -> list[str]:
    """Members named by @-mention (ids from the platform), never the bot or the group's owner."""
    never = _never_targets(ctx, msg)
    return [m for m in dict.fromkeys(msg.mentions) if m not in never]


def _never_targets(ctx: Ctx, msg: GroupMessage) -> tuple[str | None, ...]:
    group = ctx.transport.group(msg.group_id)
    return ctx.config.bot.id, group.owner if group is not None else None, msg.sender.id


def _names(ctx: Ctx, msg: GroupMessage, member_ids: list[str]) -> str:
    group = ctx.transport.group(msg.group_id)
    known = {m.id: m.name for m in group.members} if group is not None else {}
    return "、".join(known.get(m, m) for m in member_ids)


def _audit_removal(session: Session, *, msg: GroupMessage, member_id: str) -> None:
    """Audited, and the member's struck message (else their latest) labelled "an ad"."""
    audit(session, at=msg.at, group_id=msg.group_id, member_id=member_id, rule="staff", action="remove",
          taken="removed", reason="群主移出", evidence=f"由 {msg.sender.id} 发起")
    text = struck_text(session, msg.group_id, member_id) or last_message(session, msg.group_id, member_id)
    _label(session, text=text, is_ad=True, msg=msg, member_id=member_id, source="remove")
