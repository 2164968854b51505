"""Strikes, pardons and a member's standing: the enforcer's memory, in SQL."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.models import EventLog, ModerationLog, Strike
from storage.prepared import Prepared, flushed


@dataclass(frozen=True)
class Tally:
    """A member's unpardoned strikes for one rule in its window, this one included."""

    count: int
    groups: tuple[str, ...]  # the groups they fell in, first struck first


def add_strike(db: Session | sa.Connection, *, group_id: str, member_id: str, rule: str, at: datetime,
               window: timedelta, shadow: bool, owner: str = "", text: str = "") -> Tally:
    """Record a strike; count the member's strikes in the window across the groups of ``owner``
    (the group alone when the owner is unknown: ""). Prepared statements (storage/prepared.py): the
    enforcer's write runs with every ad."""
    connection = _connection(db)
    _STRIKE.execute(connection, dict(at=at, group_id=group_id, member_id=member_id, rule=rule, shadow=shadow,
                                     pardoned=False, owner=owner, text=text))
    tally = _TALLY_OWNER if owner else _TALLY_GROUP
    groups = [group for (group,) in tally.execute(connection, dict(
        where=owner or group_id, member_id=member_id, rule=rule, shadow=shadow, since=at - window)).fetchall()]
    return Tally(len(groups), tuple(dict.fromkeys(groups)))


def _tally(where) -> Prepared:
    strikes = Strike.__table__
    return Prepared(sa.select(strikes.c.group_id).where(
        where == sa.bindparam("where"), strikes.c.member_id == sa.bindparam("member_id"),
        strikes.c.rule == sa.bindparam("rule"), strikes.c.shadow == sa.bindparam("shadow"),
        strikes.c.pardoned == sa.false(), strikes.c.at > sa.bindparam("since"),
    ).order_by(strikes.c.at, strikes.c.id))


_STRIKE = Prepared(sa.insert(Strike.__table__),
                   ("at", "group_id", "member_id", "rule", "shadow", "pardoned", "owner", "text"))
_TALLY_OWNER, _TALLY_GROUP = _tally(Strike.__table__.c.owner), _tally(Strike.__table__.c.group_id)
_AUDIT = Prepared(sa.insert(ModerationLog.__table__),
                  ("at", "group_id", "member_id", "rule", "action", "taken", "reason", "evidence"))


def _connection(db: Session | sa.Connection) -> sa.Connection:
    """A session's writes and these statements share its connection (the writer's batch)."""
    return db.connection() if isinstance(db, Session) else db


def pardon(session: Session, group_id: str, member_id: str, owner: str = "") -> list[str]:
    """Clear a member's strikes in the group and, as they add up there, across the owner's groups;
    returns the texts struck (one per strike cleared; "" where a strike had none)."""
    where = sa.or_(Strike.group_id == group_id, Strike.owner == owner) if owner else Strike.group_id == group_id
    result = session.execute(
        sa.update(Strike).where(where, Strike.member_id == member_id, Strike.pardoned == sa.false())
        .values(pardoned=True).returning(Strike.text)
    )
    return list(result.scalars())


def struck_text(session: Session, group_id: str, member_id: str) -> str:
    """The text of the member's latest strike in the group, "" if none."""
    return session.exec(
        select(Strike.text).where(Strike.group_id == group_id, Strike.member_id == member_id, Strike.text != "")
        .order_by(Strike.at.desc(), Strike.id.desc()).limit(1)
    ).first() or ""


def last_message(session: Session, group_id: str, member_id: str) -> str:
    """The member's latest text message in the group (as long as the log keeps texts), "" if none."""
    return session.exec(
        select(EventLog.text).where(EventLog.group_id == group_id, EventLog.member_id == member_id,
                                    EventLog.event == "message", EventLog.text.is_not(None))
        .order_by(EventLog.at.desc(), EventLog.id.desc()).limit(1)
    ).first() or ""


def audit(db: Session | sa.Connection, **row) -> None:
    _AUDIT.execute(_connection(db), row)


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


def group_message_counts(session: Session, group_id: str, before: datetime, cap: int) -> dict[str, tuple[int, int]]:
    """``message_counts`` of every member of the group with messages before ``before``, in a few queries
    (prepared: each group's first message since start asks it)."""
    connection = flushed(session)
    totals = _TOTALS.fetch(connection, dict(group_id=group_id, before=before))
    struck = dict(_STRUCK.fetch(connection, dict(group_id=group_id)))
    counts = {}
    for member_id, total in totals:
        total = min(total, cap)
        # The few members with a strike: their clean count, one query each.
        counts[member_id] = (total, total) if member_id not in struck else \
            message_counts(session, group_id, member_id, before, cap)
    return counts


_TOTALS = Prepared(sa.select(EventLog.member_id, sa.func.count()).where(
    EventLog.group_id == sa.bindparam("group_id"), EventLog.event == "message", EventLog.at < sa.bindparam("before"),
).group_by(EventLog.member_id))
_STRUCK = Prepared(sa.select(Strike.member_id, sa.func.max(Strike.at)).where(
    Strike.group_id == sa.bindparam("group_id"), Strike.shadow == sa.false(), Strike.pardoned == sa.false(),
).group_by(Strike.member_id))


def verdict_counts(session: Session) -> list[tuple[str, str, int]]:
    """(rule, taken, count) over the whole audit log: the replay report."""
    rows = session.exec(
        select(ModerationLog.rule, ModerationLog.taken, sa.func.count())
        .group_by(ModerationLog.rule, ModerationLog.taken).order_by(ModerationLog.rule, ModerationLog.taken)
    ).all()
    return [tuple(row) for row in rows]
