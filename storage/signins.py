"""Daily sign-in: one row per member per local day, enforced by a unique key."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import insert_ignore
from storage.models import PointsEntry, SignIn
from storage.points import award, balance, balance_query


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
    session: Session,
    group_id: str,
    member_id: str,
    day: date,
    at: datetime,
    points_for_streak: Callable[[int], int],
    grace_days: int = 0,
) -> SignInResult:
    streak = _streak_on(session, group_id, member_id, day, grace_days)
    points = points_for_streak(streak)
    row = dict(group_id=group_id, member_id=member_id, day=day, at=at, streak=streak, points=points)
    new = insert_ignore(session, SignIn, row)
    if new:
        award(session, group_id=group_id, member_id=member_id, delta=points, reason="签到", source="signin",
              key=f"signin:{group_id}:{member_id}:{day.isoformat()}", at=at)
    else:
        session.execute(
            sa.update(SignIn)
            .where(SignIn.group_id == group_id, SignIn.member_id == member_id, SignIn.day == day)
            .values(repeats=SignIn.repeats + 1)
        )
    repeats, streak, rank, month_count, total = session.execute(_summary(group_id, member_id, day)).one()
    return SignInResult(new, repeats, streak, points if new else 0, rank, month_count, int(total))


def _summary(group_id: str, member_id: str, day: date) -> sa.Select:
    """The reply's figures in one round trip (each statement costs far more in Python than in SQLite):
    repeats, streak, rank in the group today, sign-ins this month, points balance."""
    mine = sa.select(SignIn.id, SignIn.repeats, SignIn.streak).where(
        SignIn.group_id == group_id, SignIn.member_id == member_id, SignIn.day == day).subquery()
    rank = sa.select(sa.func.count()).select_from(SignIn).where(
        SignIn.group_id == group_id, SignIn.day == day, SignIn.id <= mine.c.id).scalar_subquery()
    month_count = sa.select(sa.func.count()).select_from(SignIn).where(
        SignIn.group_id == group_id, SignIn.member_id == member_id,
        SignIn.day >= day.replace(day=1), SignIn.day <= day).scalar_subquery()
    total = balance_query(group_id, member_id).scalar_subquery()
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
