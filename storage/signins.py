"""Daily sign-in: one row per member per local day, enforced by a unique key."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import insert_ignore
from storage.models import SignIn
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
    session: Session,
    group_id: str,
    member_id: str,
    day: date,
    at: datetime,
    points_for_streak: Callable[[int], int],
    grace_days: int = 0,
) -> SignInResult:
    # The streak continues from the last sign-in if at most ``grace_days`` days were missed since.
    previous = session.exec(
        select(SignIn.streak).where(
            SignIn.group_id == group_id, SignIn.member_id == member_id,
            SignIn.day < day, SignIn.day >= day - timedelta(days=1 + grace_days),
        ).order_by(SignIn.day.desc()).limit(1)
    ).first()
    streak = (previous or 0) + 1
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
    mine = session.exec(
        select(SignIn).where(SignIn.group_id == group_id, SignIn.member_id == member_id, SignIn.day == day)
    ).one()
    rank = session.exec(
        select(sa.func.count()).select_from(SignIn).where(
            SignIn.group_id == group_id, SignIn.day == day, SignIn.id <= mine.id
        )
    ).one()
    month_count = session.exec(
        select(sa.func.count()).select_from(SignIn).where(
            SignIn.group_id == group_id, SignIn.member_id == member_id,
            SignIn.day >= day.replace(day=1), SignIn.day <= day,
        )
    ).one()
    return SignInResult(new, mine.repeats, mine.streak, points if new else 0, rank, month_count, balance(session, group_id, member_id))
