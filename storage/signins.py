"""Daily sign-in: one row per member per local day, enforced by a unique key."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from types import SimpleNamespace
from typing import Callable

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import dialect_insert, insert_ignore
from storage.prepared import Prepared
from storage.models import PointsEntry, SignIn
from storage.points import award, balance


@dataclass(frozen=True)
class SignInResult:
    new: bool  # False: already signed in this local day
    repeats: int  # how many times the member tried again today
    streak: int
    points: int  # awarded by this sign-in (0 when not new)
    rank: int  # 1 = first in the group today
    month_count: int
    balance: int


def record_sign_in(
    connection: sa.Connection,
    group_id: str,
    member_id: str,
    day: date,
    at: datetime,
    points_for_streak: Callable[[int], int],
    grace_days: int = 0,
) -> SignInResult:
    """Prepared statements on the writer's connection (``db.write(..., core=True)``, storage/prepared.py):
    the hot path of the morning rush, four statements and no ORM work."""
    sql = _statements(connection.dialect.name)
    mine = dict(g=group_id, m=member_id, d=day)  # the bound parameters' names (not columns': see _statements)
    previous = sql.previous.execute(connection, dict(mine, since=day - timedelta(days=1 + grace_days))).fetchone()
    streak = (previous[0] if previous else 0) + 1
    points = points_for_streak(streak)
    row = dict(group_id=group_id, member_id=member_id, day=day, at=at, streak=streak, points=points, repeats=0)
    new = sql.insert.execute(connection, row).fetchone() is not None
    if new:
        sql.award.execute(connection, dict(at=at, group_id=group_id, member_id=member_id, delta=points, reason="签到",
                                           source="signin", idempotency_key=f"signin:{group_id}:{member_id}:{day.isoformat()}"))
    else:
        sql.repeat.execute(connection, mine)
    repeats, streak, rank, month_count, total = sql.summary.execute(
        connection, dict(mine, month_start=day.replace(day=1))).fetchone()
    return SignInResult(new, repeats, streak, points if new else 0, rank, month_count, int(total))


@cache
def _statements(dialect: str) -> SimpleNamespace:
    """The sign-in's statements, built once per dialect (their SQL compiled once, cached by SQLAlchemy)."""
    sign_in, ledger = SignIn.__table__, PointsEntry.__table__
    # Not the columns' names: an UPDATE reserves those for its SET clause.
    group, member, day = sa.bindparam("g"), sa.bindparam("m"), sa.bindparam("d")
    is_mine = (sign_in.c.group_id == group, sign_in.c.member_id == member)
    previous = sa.select(sign_in.c.streak).where(
        *is_mine, sign_in.c.day < day, sign_in.c.day >= sa.bindparam("since")).order_by(sign_in.c.day.desc()).limit(1)
    ignored = sa.literal_column("1")
    insert = dialect_insert(dialect, sign_in).on_conflict_do_nothing().returning(ignored)
    award = dialect_insert(dialect, ledger).on_conflict_do_nothing()
    repeat = sa.update(sign_in).where(*is_mine, sign_in.c.day == day).values(repeats=sign_in.c.repeats + 1)
    return SimpleNamespace(
        previous=Prepared(previous), insert=Prepared(insert, ("group_id", "member_id", "day", "at", "streak", "points",
                                                              "repeats")),
        award=Prepared(award, ("at", "group_id", "member_id", "delta", "reason", "source", "idempotency_key")),
        repeat=Prepared(repeat), summary=Prepared(_summary(group, member, day, sa.bindparam("month_start"))))


def _summary(group_id, member_id, day, month_start) -> sa.Select:
    """The reply's figures in one round trip (each statement costs far more in Python than in SQLite):
    repeats, streak, rank in the group today, sign-ins this month, points balance."""
    sign_in, ledger = SignIn.__table__, PointsEntry.__table__
    mine = sa.select(sign_in.c.id, sign_in.c.repeats, sign_in.c.streak).where(
        sign_in.c.group_id == group_id, sign_in.c.member_id == member_id, sign_in.c.day == day).subquery()
    rank = sa.select(sa.func.count()).select_from(sign_in).where(
        sign_in.c.group_id == group_id, sign_in.c.day == day, sign_in.c.id <= mine.c.id).scalar_subquery()
    month_count = sa.select(sa.func.count()).select_from(sign_in).where(
        sign_in.c.group_id == group_id, sign_in.c.member_id == member_id,
        sign_in.c.day >= month_start, sign_in.c.day <= day).scalar_subquery()
    total = sa.select(sa.func.coalesce(sa.func.sum(ledger.c.delta), 0)).where(
        ledger.c.group_id == group_id, ledger.c.member_id == member_id).scalar_subquery()
    return sa.select(mine.c.repeats, mine.c.streak, rank, month_count, total)


def _streak_on(session: Session, group_id: str, member_id: str, day: date, grace_days: int) -> int:
    """The streak a sign-in on ``day`` makes: it continues from the last sign-in if at most
    ``grace_days`` days were missed since."""
    previous = session.exec(
        select(SignIn.streak).where(
            SignIn.group_id == group_id, SignIn.member_id == member_id,
            SignIn.day < day, SignIn.day >= day - timedelta(days=1 + grace_days),
        ).order_by(SignIn.day.desc()).limit(1)
    ).first()
    return (previous or 0) + 1


@dataclass(frozen=True)
class MakeUpResult:
    status: str  # done | not_needed | limit | poor
    streak: int = 0  # after the make-up: today's if signed in today, else yesterday's
    signed_today: bool = False
    balance: int = 0


def make_up_yesterday(session: Session, *, group_id: str, member_id: str, today: date, at: datetime,
                      cost: int, per_month: int, grace_days: int = 0) -> MakeUpResult:
    """补签: pay ``cost`` points to sign in for yesterday, mending the streak."""
    yesterday = today - timedelta(days=1)
    mine = SignIn.group_id == group_id, SignIn.member_id == member_id
    if session.exec(select(SignIn.id).where(*mine, SignIn.day == yesterday)).first() is not None:
        return MakeUpResult("not_needed")
    month_prefix = f"makeup:{group_id}:{member_id}:{yesterday.isoformat()[:7]}-"
    used = session.exec(select(sa.func.count()).select_from(PointsEntry).where(
        PointsEntry.idempotency_key.startswith(month_prefix, autoescape=True))).one()
    if used >= per_month:
        return MakeUpResult("limit")
    funds = balance(session, group_id, member_id)
    if funds < cost:
        return MakeUpResult("poor", balance=funds)
    streak = _streak_on(session, group_id, member_id, yesterday, grace_days)
    row = dict(group_id=group_id, member_id=member_id, day=yesterday, at=at, streak=streak, points=0)
    if not insert_ignore(session, SignIn, row):
        return MakeUpResult("not_needed")
    award(session, group_id=group_id, member_id=member_id, delta=-cost, reason="补签", source="makeup",
          key=month_prefix + yesterday.isoformat()[8:], at=at)
    today_row = (*mine, SignIn.day == today)
    signed_today = session.execute(
        sa.update(SignIn).where(*today_row).values(streak=streak + 1)
    ).rowcount == 1
    return MakeUpResult("done", streak + 1 if signed_today else streak, signed_today, funds - cost)
