"""The promise ledger: every prize promised to a member, until it is delivered."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import insert_ignore
from storage.models import Promise


def promise(session: Session, *, group_id: str, member_id: str, prize: str, source: str, key: str,
            at: datetime) -> bool:
    """Record a promise; False when ``key`` was recorded before (a retried draw promises nothing twice)."""
    return insert_ignore(session, Promise, dict(group_id=group_id, member_id=member_id, prize=prize, source=source,
                                                source_key=key, promised_at=at))


def deliver(session: Session, *, group_id: str, promise_id: int, by: str, at: datetime) -> tuple[str, Promise | None]:
    """('delivered' | 'already' | 'unknown', the promise). Only a promise of this group can be marked here.
    A conditional UPDATE: two staff (or two processes) marking it at once deliver it once."""
    this = (Promise.id == promise_id, Promise.group_id == group_id)
    marked = session.execute(sa.update(Promise).where(*this, Promise.delivered_at.is_(None))
                             .values(delivered_at=at, delivered_by=by)).rowcount == 1
    row = session.exec(select(Promise).where(*this)).first()
    if row is None:
        return "unknown", None
    session.refresh(row)
    session.expunge(row)
    return ("delivered" if marked else "already"), row


def of_member(session: Session, group_id: str, member_id: str, limit: int = 10) -> list[Promise]:
    rows = session.exec(select(Promise).where(Promise.group_id == group_id, Promise.member_id == member_id)
                        .order_by(Promise.delivered_at.is_not(None), Promise.id.desc()).limit(limit)).all()
    return _detach(session, rows)


def undelivered(session: Session, group_ids: list[str] | None = None) -> list[Promise]:
    query = select(Promise).where(Promise.delivered_at.is_(None)).order_by(Promise.group_id, Promise.id)
    if group_ids is not None:
        query = query.where(Promise.group_id.in_(group_ids))
    return _detach(session, session.exec(query).all())


def _detach(session: Session, rows) -> list[Promise]:
    for row in rows:
        session.expunge(row)
    return list(rows)
