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


def set_birthday(session: Session, *, group_id: str, member_id: str, month: int, day: int, lunar: bool = False) -> None:
    session.execute(sa.delete(Birthday).where(Birthday.group_id == group_id, Birthday.member_id == member_id))
    if month:
        session.add(Birthday(group_id=group_id, member_id=member_id, month=month, day=day, lunar=lunar))


def birthdays_today(session: Session, *, group_id: str, today: date, leap_day_on_28th: bool,
                    lunar_day: tuple[int, int, int] = (0, 0, 0), lunar_year: int = 0) -> list[str]:
    """Members of the group whose birthday is today and who were not greeted this year; marks them greeted
    (prepared: the daily greeting asks it of every group in turn). ``lunar_day``: today in the Chinese calendar (month,
    day, and the last day of a short month's missing 30th, else the same day; month 0 in a leap month: no lunar
    birthday is greeted in it, it was greeted in the month itself). (r33b) ``lunar_year``: today's year in the Chinese
    calendar: a lunar birthday is greeted once a lunar year (its ``greeted_year`` is that year), for a lunar day falls
    twice in some solar years (腊月初二: 2027-01-09 and 2027-12-29) and in none in others (2028)."""
    month, day, also = lunar_day
    days = dict(g=group_id, m=today.month, d=today.day, y=today.year, lm=month, ld=day, ld2=also, ly=lunar_year)  # not columns' names
    greeted = _GREET_LEAP.fetch(flushed(session), days) if leap_day_on_28th else _GREET.fetch(flushed(session), days)
    return sorted(member for member, in greeted)  # marked by this one UPDATE: a second process finds them greeted


def _greet(leap_day: bool) -> Prepared:
    match = sa.and_(Birthday.month == sa.bindparam("m"), Birthday.day == sa.bindparam("d"))
    if leap_day:
        match = sa.or_(match, sa.and_(Birthday.month == 2, Birthday.day == 29))
    lunar = sa.and_(Birthday.lunar == sa.true(), Birthday.month == sa.bindparam("lm"),
                    Birthday.day.in_([sa.bindparam("ld"), sa.bindparam("ld2")]))
    solar = sa.and_(Birthday.lunar == sa.false(), match, Birthday.greeted_year < sa.bindparam("y"))
    lunar = sa.and_(lunar, Birthday.greeted_year < sa.bindparam("ly"))  # (r33b) once a lunar year
    return Prepared(sa.update(Birthday).where(Birthday.group_id == sa.bindparam("g"), sa.or_(solar, lunar))
                    .values(greeted_year=sa.case((Birthday.lunar == sa.true(), sa.bindparam("ly")),
                                                 else_=sa.bindparam("y")))
                    .returning(Birthday.member_id))


_GREET, _GREET_LEAP = _greet(False), _greet(True)
