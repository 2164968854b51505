"""Escalation that reaches a person: whose groups add up, one message per spammer, one digest per raid.

"The owner" of a group is its 群主 as the platform reports it (where the bot account owns the
group, its assistants are told). A member's strikes add up across one owner's groups
(``storage.moderation.add_strike``). The owner's messages about one member and rule within
``moderation.alert_gather_seconds`` become one: a spammer posting in three groups is one
message naming the three. Alerts about anything else (unanswered questions, the bot's own
trouble: ``alert_staff``) go through the same gathering: the first at once, any more to the
same person within ``alert_gather_seconds`` become one digest. A raid
(``moderation.raid_newcomers`` newcomers breaking rules within ``raid_minutes`` in one owner's
groups) becomes one digest when its window closes, listing who was warned and who was not
(the group's warning budget may be spent): the owner hears of every newcomer the bot acted
on, never of each one separately. A warning muted for the budget opens a digest by itself:
no silent mutes.
"""
from __future__ import annotations

import math
from datetime import datetime, timedelta
from functools import partial
from typing import Any, Callable

from bot.config.schema import GroupSettings
from bot.context import Ctx
from bot.events import GroupMessage
from bot.rules import RaidHit, RaidWatch

MAX_LISTED = 30  # members named in a raid digest; the rest are counted


def owner_of(ctx: Ctx, group_id: str) -> str:
    """Whose groups strikes add up in: the group's owner, "" when the platform does not say."""
    group = ctx.transport.group(group_id)
    return group.owner if group is not None else ""


def staff_to_tell(ctx: Ctx, group_id: str, settings: GroupSettings, *, members_asking: bool = False) -> list[str]:
    """Who is told privately of a group's business: the group's owner (where the bot account is the owner, its
    assistants). ``members_asking`` (f34: members' questions, complaints, goods wanted): ``questions.notify`` when set,
    else the owner and the assistants. One function for every caller (moderation, questions, complaints, goods)."""
    group = ctx.transport.group(group_id)
    owner = [group.owner] if group is not None and group.owner != ctx.config.bot.id else []
    if members_asking:
        return list(dict.fromkeys(settings.questions.notify or owner + list(settings.assistants)))
    return owner or list(settings.assistants)


def group_names(ctx: Ctx, group_ids: tuple[str, ...]) -> str:
    names = []
    for group_id in group_ids:
        group = ctx.transport.group(group_id)
        names.append(group.name if group is not None else group_id)
    return "、".join(names)


def tell_staff(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, template: str, rule: str, **values: Any) -> None:
    """Privately to the staff about ``msg``'s sender; news within the gather window replaces the unsent."""
    for staff in staff_to_tell(ctx, msg.group_id, settings):
        ctx.outbox.gather(staff, f"strikes:{msg.sender.id}:{rule}", (template, values),
                          partial(_latest, render=ctx.renderer.render), settings.moderation.alert_gather_seconds,
                          action="direct", about=msg.sender.id, topic=f"{template}:{rule}")


ALERTS = "alerts"  # the gather key of a person's digest of alerts


def alert_staff(ctx: Ctx, member_id: str, text: str, settings: GroupSettings) -> None:
    """A private alert to the owner or staff that is not about one member breaking a rule: the first goes
    at once; more within ``moderation.alert_gather_seconds`` become one digest. Under a flood of
    questions or faults the bot must not become the owner's spammer either."""
    window = timedelta(seconds=settings.moderation.alert_gather_seconds)
    if ctx.outbox.gathering(member_id, ALERTS, "direct") or not ctx.games.allow(f"{ALERTS}:{member_id}",
                                                                                ctx.clock.now(), window):
        ctx.outbox.gather(member_id, ALERTS, text, partial(compose_alerts, render=ctx.renderer.render),
                          window.total_seconds(), action="direct")
    else:
        ctx.outbox.direct(member_id, text)


def compose_alerts(texts: list[str], render: Callable[..., str]) -> tuple[str, tuple[str, ...]]:
    """One alert as it is; several as one numbered digest (the same alert twice is listed once)."""
    unique = list(dict.fromkeys(texts))
    if len(unique) == 1:
        return unique[0], ()
    return render("owner_alerts_digest", alerts=unique[:MAX_LISTED], more=max(0, len(unique) - MAX_LISTED)), ()


def _latest(parts: list[tuple[str, dict]], render: Callable[..., str]) -> tuple[str, tuple[str, ...]]:
    template, values = parts[-1]  # the latest strike counts them all and names every group
    return render(template, **values), ()


def note_hit(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, reason: str, taken: str, *, newcomer: bool) -> None:
    """A member broke a rule. A newcomer counts towards a raid; a muted warning (the group's hourly
    budget spent) opens the digest at once: nobody is muted without the owner knowing."""
    policy = settings.moderation
    raids = policy.raid_newcomers > 0
    if taken != "muted" and not (newcomer and raids):
        return
    key = owner_of(ctx, msg.group_id) or msg.group_id
    watch = ctx.moderation_memory.raids.setdefault(key, RaidWatch())
    hit = RaidHit(msg.at, msg.group_name, msg.sender.id, msg.sender.name, reason, taken, newcomer)
    if watch.open_until is not None and msg.at < watch.open_until:
        _digest(ctx, msg, settings, key, [hit], watch.open_until)
        return
    window = timedelta(minutes=policy.raid_minutes)
    watch.hits = [h for h in watch.hits if h.at > msg.at - window] + [hit]
    newcomers = {h.member_id for h in watch.hits if h.newcomer}
    if taken != "muted" and not (raids and len(newcomers) >= policy.raid_newcomers):
        return
    watch.open_until = watch.hits[0].at + window
    _digest(ctx, msg, settings, key, watch.hits, watch.open_until)
    watch.hits = []


def _digest(ctx: Ctx, msg: GroupMessage, settings: GroupSettings, key: str, hits: list[RaidHit],
            until: datetime) -> None:
    wait = max(0.0, (until - ctx.clock.now()).total_seconds())
    compose = partial(compose_digest, render=ctx.renderer.render)
    for staff in staff_to_tell(ctx, msg.group_id, settings):
        for hit in hits:
            ctx.outbox.gather(staff, f"raid:{key}", hit, compose, wait, action="direct")


def compose_digest(hits: list[RaidHit], render: Callable[..., str]) -> tuple[str, tuple[str, ...]]:
    """One message for the whole raid: how many, what was done, who (each member once, first hit)."""
    first: dict[str, RaidHit] = {}
    for hit in hits:
        first.setdefault(hit.member_id, hit)
    members = list(first.values())
    minutes = max(1, math.ceil((hits[-1].at - hits[0].at).total_seconds() / 60))
    text = render("moderation_raid_digest", minutes=minutes, count=len(members),
                  newcomers=sum(h.newcomer for h in members),
                  reasons="、".join(dict.fromkeys(h.reason for h in members)),
                  warned=sum(h.taken == "warned" for h in members), muted=sum(h.taken == "muted" for h in members),
                  members=[{"name": h.name, "member_id": h.member_id, "group_name": h.group_name, "taken": h.taken}
                           for h in members[:MAX_LISTED]],
                  more=max(0, len(members) - MAX_LISTED))
    return text, ()
