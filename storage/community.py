"""The dormancy ladder's steps and birthdays."""
from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.models import Birthday, EventLog, Nudge
from storage.prepared import Prepared, flushed


def watching_since(session: Session, group_id: str) -> datetime | None:
    """The first thing the bot logged in the group: members silent since then count from here."""
    (first,), = _WATCHING_SINCE.fetch(flushed(session), dict(group_id=group_id))
    return first


def steps_taken(session: Session, group_id: str, step: str) -> dict[str, datetime]:
    """Each member's latest ``step`` (nudged | listed) in the group."""
    return dict(_STEPS.fetch(flushed(session), dict(group_id=group_id, step=step)))


# Prepared (storage/prepared.py): the dormancy ladder asks these of every group in turn.
_WATCHING_SINCE = Prepared(select(sa.func.min(EventLog.at)).where(EventLog.group_id == sa.bindparam("group_id")))
_STEPS = Prepared(select(Nudge.member_id, sa.func.max(Nudge.at)).where(
    Nudge.group_id == sa.bindparam("group_id"), Nudge.step == sa.bindparam("step")).group_by(Nudge.member_id))


def take_step(session: Session, *, group_id: str, member_ids: list[str], step: str, at: datetime) -> None:
    session.add_all([Nudge(group_id=group_id, member_id=m, step=step, at=at) for m in member_ids])


def set_birthday(session: Session, *, group_id: str, member_id: str, month: int, day: int) -> None:
    session.execute(sa.delete(Birthday).where(Birthday.group_id == group_id, Birthday.member_id == member_id))
    if month:
        session.add(Birthday(group_id=group_id, member_id=member_id, month=month, day=day))


def birthdays_today(session: Session, *, group_id: str, today: date, leap_day_on_28th: bool) -> list[str]:
    """Members of the group whose birthday is today and who were not greeted this year; marks them greeted."""
    days = [(today.month, today.day)] + ([(2, 29)] if leap_day_on_28th else [])
    match = sa.or_(*[sa.and_(Birthday.month == m, Birthday.day == d) for m, d in days])
    greeted = session.scalars(sa.update(Birthday).where(Birthday.group_id == group_id, match,
                                                        Birthday.greeted_year < today.year)
                              .values(greeted_year=today.year).returning(Birthday.member_id))
    return sorted(greeted)  # marked by this one UPDATE: a second process finds them greeted
