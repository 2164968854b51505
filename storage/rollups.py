"""Daily roll-ups of event_log, and the retention of message bodies.

The dashboard reads ``daily_group_stats`` and ``daily_member_stats``, never the raw
log, so its overview costs the same with 10 million logged messages as with ten.
``refresh`` reads the log past a stored watermark (its last id) in bounded chunks,
so it can run through the one writer without holding it for long.

Days are local days at a fixed UTC offset (the defaults' timezone at start-up;
China has no daylight saving time).
"""
from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session

from storage.db import lock_log, upsert
from storage.models import DailyGroupStats, DailyMemberStats, EventLog, MemberLastSeen, RollupState

WATERMARK = "event_log_id"
CHUNK = 50_000  # log rows per transaction: about a quarter of a second of the writer
LOG, STATE = EventLog.__table__, RollupState.__table__
GROUPS, MEMBERS, SEEN = DailyGroupStats.__table__, DailyMemberStats.__table__, MemberLastSeen.__table__


def local_day(at: sa.ColumnElement, offset: timedelta, dialect: str) -> sa.ColumnElement:
    """The local date of a stored UTC time at a fixed offset. The offset is rendered inline, so
    the same expression in SELECT and GROUP BY is the same text (a bind parameter would not be)."""
    minutes = int(offset.total_seconds() // 60)
    if dialect == "sqlite":
        return sa.func.date(at, sa.literal_column(f"'{minutes:+d} minutes'"), type_=sa.Date)
    return sa.cast(at + sa.literal_column(f"interval '{minutes} minutes'"), sa.Date)


def refresh(session: Session, offset: timedelta, chunk: int = CHUNK) -> bool:
    """Roll up the next chunk of new log rows; True when more remain.

    Safe with several processes on one PostgreSQL database: the log lock (exclusive) waits for
    every transaction still inserting log rows, and the watermark row is locked FOR UPDATE, so
    two workers never count the same chunk and none skips a row committed late.
    """
    lock_log(session, exclusive=True)
    session.execute(upsert(session, STATE).values(name=WATERMARK, value=0).on_conflict_do_nothing())
    lo = session.execute(sa.select(STATE.c.value).where(STATE.c.name == WATERMARK).with_for_update()).scalar() or 0
    top = session.execute(sa.select(sa.func.max(LOG.c.id))).scalar() or 0
    if top <= lo:
        return False
    hi = min(top, lo + chunk)
    day = local_day(LOG.c.at, offset, session.get_bind().dialect.name)
    new = sa.and_(LOG.c.id > lo, LOG.c.id <= hi, LOG.c.group_id != "")
    message = LOG.c.event == "message"
    _add_member_days(session, new, message, day)
    _add_group_days(session, new, message, day)
    _advance_last_seen(session, new, message, day)
    first_day = session.execute(sa.select(sa.func.min(day)).where(LOG.c.id > lo, LOG.c.id <= hi)).scalar()
    active = (sa.select(sa.func.count()).select_from(MEMBERS)
              .where(MEMBERS.c.day == GROUPS.c.day, MEMBERS.c.group_id == GROUPS.c.group_id).scalar_subquery())
    # Only the groups this chunk touched: another group's member-days did not change.
    touched = sa.select(LOG.c.group_id).where(new).distinct()
    session.execute(sa.update(GROUPS).where(GROUPS.c.day >= first_day, GROUPS.c.group_id.in_(touched))
                    .values(active_members=active))
    session.execute(sa.update(STATE).where(STATE.c.name == WATERMARK).values(value=hi))
    return hi < top


def _add_member_days(session: Session, new, message, day) -> None:
    rows = (sa.select(LOG.c.group_id, LOG.c.member_id, day, sa.func.count()).where(new, message)
            .group_by(LOG.c.group_id, LOG.c.member_id, day))
    insert = upsert(session, MEMBERS).from_select(["group_id", "member_id", "day", "messages"], rows)
    session.execute(insert.on_conflict_do_update(index_elements=["group_id", "member_id", "day"],
                                                 set_={"messages": MEMBERS.c.messages + insert.excluded.messages}))


def _add_group_days(session: Session, new, message, day) -> None:
    count = sa.func.count
    rows = (sa.select(LOG.c.group_id, day, count().filter(message), count().filter(LOG.c.event == "join"),
                      count().filter(LOG.c.event == "leave"), sa.literal(0))
            .where(new).group_by(LOG.c.group_id, day))
    insert = upsert(session, GROUPS).from_select(["group_id", "day", "messages", "joins", "leaves", "active_members"], rows)
    session.execute(insert.on_conflict_do_update(index_elements=["group_id", "day"], set_={
        "messages": GROUPS.c.messages + insert.excluded.messages, "joins": GROUPS.c.joins + insert.excluded.joins,
        "leaves": GROUPS.c.leaves + insert.excluded.leaves}))


def _advance_last_seen(session: Session, new, message, day) -> None:
    rows = sa.select(LOG.c.group_id, LOG.c.member_id, sa.func.max(day)).where(new, message).group_by(LOG.c.group_id, LOG.c.member_id)
    insert = upsert(session, SEEN).from_select(["group_id", "member_id", "last_day"], rows)
    later = sa.case((insert.excluded.last_day > SEEN.c.last_day, insert.excluded.last_day), else_=SEEN.c.last_day)
    session.execute(insert.on_conflict_do_update(index_elements=["group_id", "member_id"], set_={"last_day": later}))


def purge_bodies(session: Session, before: datetime) -> int:
    """Drop message bodies logged before ``before``; counts and kinds stay. Returns rows purged."""
    result = session.execute(sa.update(LOG).where(LOG.c.at < before, LOG.c.text.is_not(None)).values(text=None))
    return result.rowcount
