"""The points ledger (append-only; a balance is a sum) and the leaderboards read from it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import insert_ignore
from storage.models import EventLog, PointsEntry, SignIn
from storage.prepared import Prepared, flushed


def award(session: Session, *, group_id: str, member_id: str, delta: int, reason: str, source: str,
          key: str, at: datetime) -> bool:
    """Add a ledger entry; False when ``key`` was already used (a retry or a repeat)."""
    return insert_ignore(session, PointsEntry, dict(at=at, group_id=group_id, member_id=member_id, delta=delta,
                                                    reason=reason, source=source, idempotency_key=key))


def balance(session: Session, group_id: str, member_id: str) -> int:
    """(Prepared: a member asking "我的积分" is on the message path.)"""
    (total,), = _BALANCE.fetch(flushed(session), dict(group_id=group_id, member_id=member_id))
    return int(total)


def balance_query(group_id: str, member_id: str) -> sa.Select:
    """A balance is the ledger's sum (also a subquery of other reads)."""
    return sa.select(sa.func.coalesce(sa.func.sum(PointsEntry.delta), 0)).where(
        PointsEntry.group_id == group_id, PointsEntry.member_id == member_id)


@dataclass(frozen=True)
class Entry:
    at: datetime
    delta: int
    reason: str


def recent(session: Session, group_id: str, member_id: str, limit: int = 5) -> list[Entry]:
    rows = _RECENT.fetch(flushed(session), dict(group_id=group_id, member_id=member_id, limit=limit))
    return [Entry(*row) for row in rows]


_BALANCE = Prepared(balance_query(sa.bindparam("group_id"), sa.bindparam("member_id")))
_RECENT = Prepared(
    sa.select(PointsEntry.at, PointsEntry.delta, PointsEntry.reason)
    .where(PointsEntry.group_id == sa.bindparam("group_id"), PointsEntry.member_id == sa.bindparam("member_id"))
    .order_by(PointsEntry.id.desc()).limit(sa.bindparam("limit")))


def top_points(session: Session, group_id: str, since: datetime, limit: int = 10) -> list[tuple[str, int]]:
    """Points earned since ``since`` (spending is not counted against a member here)."""
    total = sa.func.sum(PointsEntry.delta)
    rows = session.exec(
        select(PointsEntry.member_id, total)
        .where(PointsEntry.group_id == group_id, PointsEntry.at >= since, PointsEntry.delta > 0)
        .group_by(PointsEntry.member_id).order_by(total.desc(), sa.func.min(PointsEntry.id)).limit(limit)
    ).all()
    return [(member, int(value)) for member, value in rows]


def points_rank(session: Session, group_id: str, member_id: str, since: datetime) -> tuple[int, int] | None:
    """(y34) Her place on the points board since ``since`` and her points there, ordered as ``top_points`` orders it
    (more points first, then who earned first); None when she earned none in the period."""
    total, first = sa.func.sum(PointsEntry.delta).label("total"), sa.func.min(PointsEntry.id).label("first")
    earned = (sa.select(PointsEntry.member_id, total, first)
              .where(PointsEntry.group_id == group_id, PointsEntry.at >= since, PointsEntry.delta > 0)
              .group_by(PointsEntry.member_id).subquery())
    mine = session.execute(sa.select(earned.c.total, earned.c.first).where(earned.c.member_id == member_id)).first()
    if mine is None:
        return None
    ahead = session.execute(sa.select(sa.func.count()).select_from(earned).where(
        sa.or_(earned.c.total > mine.total, sa.and_(earned.c.total == mine.total, earned.c.first < mine.first)))).scalar_one()
    return int(ahead) + 1, int(mine.total)


def top_signins(session: Session, group_id: str, since_day, limit: int = 10) -> list[tuple[str, int, int]]:
    """(member, sign-in days since ``since_day``, their latest streak)."""
    days = sa.func.count()
    rows = session.exec(
        select(SignIn.member_id, days, sa.func.max(SignIn.streak))
        .where(SignIn.group_id == group_id, SignIn.day >= since_day)
        .group_by(SignIn.member_id).order_by(days.desc(), sa.func.max(SignIn.streak).desc(), sa.func.min(SignIn.id))
        .limit(limit)
    ).all()
    return [(member, int(n), int(streak)) for member, n, streak in rows]


def top_activity(session: Session, group_id: str, since: datetime, limit: int = 10) -> list[tuple[str, int]]:
    """Messages posted since ``since`` (slash commands to the bot are not chat)."""
    count = sa.func.count()
    rows = session.exec(
        select(EventLog.member_id, count)
        .where(EventLog.group_id == group_id, EventLog.event == "message", EventLog.at >= since,
               sa.not_(sa.func.coalesce(EventLog.text, "").startswith("/")))
        .group_by(EventLog.member_id).order_by(count.desc(), sa.func.min(EventLog.id)).limit(limit)
    ).all()
    return [(member, int(n)) for member, n in rows]
