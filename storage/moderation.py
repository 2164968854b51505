"""Strikes, pardons and a member's standing: the enforcer's memory, in SQL."""
from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.models import EventLog, ModerationLog, Strike


def add_strike(session: Session, *, group_id: str, member_id: str, rule: str, at: datetime,
               window: timedelta, shadow: bool) -> int:
    """Record a strike; return how many unpardoned strikes (this one included) fall in the window."""
    session.add(Strike(at=at, group_id=group_id, member_id=member_id, rule=rule, shadow=shadow))
    session.flush()
    return session.exec(
        select(sa.func.count()).select_from(Strike).where(
            Strike.group_id == group_id, Strike.member_id == member_id, Strike.rule == rule,
            Strike.shadow == shadow, Strike.pardoned == sa.false(), Strike.at > at - window,
        )
    ).one()


def pardon(session: Session, group_id: str, member_id: str) -> int:
    """Clear a member's strikes in a group; returns how many were cleared."""
    result = session.execute(
        sa.update(Strike)
        .where(Strike.group_id == group_id, Strike.member_id == member_id, Strike.pardoned == sa.false())
        .values(pardoned=True)
    )
    return result.rowcount


def audit(session: Session, **row) -> None:
    session.add(ModerationLog(**row))


def message_counts(session: Session, group_id: str, member_id: str, before: datetime, cap: int) -> tuple[int, int]:
    """(messages before ``before``, those since the member's last unpardoned strike), both capped at ``cap``."""
    last_strike = session.exec(
        select(sa.func.max(Strike.at)).where(
            Strike.group_id == group_id, Strike.member_id == member_id,
            Strike.shadow == sa.false(), Strike.pardoned == sa.false(),
        )
    ).one()

    def count(since: datetime | None) -> int:
        query = select(EventLog.id).where(
            EventLog.group_id == group_id, EventLog.member_id == member_id,
            EventLog.event == "message", EventLog.at < before,
        )
        if since is not None:
            query = query.where(EventLog.at > since)
        return session.exec(select(sa.func.count()).select_from(query.limit(cap).subquery())).one()

    total = count(None)
    return total, (total if last_strike is None else count(last_strike))


def verdict_counts(session: Session) -> list[tuple[str, str, int]]:
    """(rule, taken, count) over the whole audit log: the replay report."""
    rows = session.exec(
        select(ModerationLog.rule, ModerationLog.taken, sa.func.count())
        .group_by(ModerationLog.rule, ModerationLog.taken).order_by(ModerationLog.rule, ModerationLog.taken)
    ).all()
    return [tuple(row) for row in rows]
