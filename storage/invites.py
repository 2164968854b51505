"""Invites: who brought whom, credited once, taken back if the invitee leaves soon."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import insert_ignore
from storage.models import EventLog, Invite
from storage.points import award, balance


@dataclass(frozen=True)
class Credit:
    inviter_id: str
    member_id: str
    points: int  # 0: recorded only (a re-join, or over the inviter's daily cap)


def record_joins(session: Session, *, group_id: str, joins: list[tuple[str, str, datetime]], points: int,
                 daily_cap: int, day_start: datetime) -> list[Credit]:
    """(member, inviter, at) joins: one row each; points while the inviter is under today's cap."""
    credits = []
    for member_id, inviter_id, at in joins:
        if not insert_ignore(session, Invite, dict(group_id=group_id, member_id=member_id, inviter_id=inviter_id,
                                                   joined_at=at)):
            credits.append(Credit(inviter_id, member_id, 0))  # joined before: no second credit
            continue
        today = session.exec(select(sa.func.count()).select_from(Invite).where(
            Invite.group_id == group_id, Invite.inviter_id == inviter_id, Invite.credited,
            Invite.joined_at >= day_start)).one()
        earned = points if today < daily_cap and points > 0 else 0
        if earned:
            award(session, group_id=group_id, member_id=inviter_id, delta=earned, reason="邀请新成员",
                  source="invite", key=f"invite:{group_id}:{member_id}", at=at)
            session.execute(sa.update(Invite).where(Invite.group_id == group_id, Invite.member_id == member_id)
                            .values(credited=True))
        credits.append(Credit(inviter_id, member_id, earned))
    return credits


def revoke_if_early(session: Session, *, group_id: str, member_id: str, at: datetime, min_stay: timedelta,
                    points: int) -> str | None:
    """The invitee left before ``min_stay``: the invite stops counting and its points go back. The inviter, or None."""
    invite = session.exec(select(Invite).where(Invite.group_id == group_id, Invite.member_id == member_id,
                                               sa.not_(Invite.revoked))).first()
    if invite is None or at - invite.joined_at >= min_stay:
        return None
    invite.revoked = True
    session.add(invite)
    taken = min(points, max(balance(session, group_id, invite.inviter_id), 0))  # never below zero
    if invite.credited and taken:
        award(session, group_id=group_id, member_id=invite.inviter_id, delta=-taken, reason="受邀成员很快退群",
              source="invite", key=f"invite-revoked:{group_id}:{member_id}", at=at)
    return invite.inviter_id


def left_before(session: Session, group_id: str, member_id: str, at: datetime) -> bool:
    """Whether the member was in the group before and left (a re-joiner)."""
    return session.exec(select(EventLog.id).where(EventLog.group_id == group_id, EventLog.member_id == member_id,
                                                  EventLog.event == "leave", EventLog.at <= at).limit(1)).first() is not None


def top_inviters(session: Session, group_id: str, limit: int = 10, present: set[str] | None = None,
                 since: datetime | None = None) -> list[tuple[str, int]]:
    """Inviters by invitees who stayed; with ``present`` (member ids) only those among them, on both sides;
    with ``since``, only invitees who joined since then."""
    count = sa.func.count()
    where = [Invite.group_id == group_id, sa.not_(Invite.revoked)]
    if since is not None:
        where.append(Invite.joined_at >= since)
    if present is not None:
        where += [Invite.inviter_id.in_(present), Invite.member_id.in_(present)]
    rows = session.exec(select(Invite.inviter_id, count).where(*where)
                        .group_by(Invite.inviter_id).order_by(count.desc(), sa.func.min(Invite.id)).limit(limit)).all()
    return [(inviter, int(n)) for inviter, n in rows]
