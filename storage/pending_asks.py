"""The questions the bot asked members to confirm and is waiting a "是" for (``bot.games``)."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import upsert
from storage.models import PendingAsk


def save(session: Session, *, group_id: str, member_id: str, kind: str, row_id: int, amount: int, add: bool,
         until: datetime) -> None:
    values = dict(kind=kind, row_id=row_id, amount=amount, add=add, until=until)
    insert = upsert(session, PendingAsk).values(group_id=group_id, member_id=member_id, **values)
    session.execute(insert.on_conflict_do_update(index_elements=["group_id", "member_id"], set_=values))


def drop(session: Session, *, group_id: str, member_id: str) -> None:
    session.execute(sa.delete(PendingAsk).where(PendingAsk.group_id == group_id, PendingAsk.member_id == member_id))


def waiting(session: Session, *, now: datetime) -> list[tuple]:
    """(group, member, kind, row id, amount, add, until) of the questions not yet expired."""
    rows = session.exec(select(PendingAsk).where(PendingAsk.until > now)).all()
    return [(r.group_id, r.member_id, r.kind, r.row_id, r.amount, r.add, r.until) for r in rows]


def prune(session: Session, *, now: datetime) -> int:
    """Forget the questions that expired unanswered (housekeeping, hourly). Returns rows dropped."""
    return session.execute(sa.delete(PendingAsk).where(PendingAsk.until <= now)).rowcount or 0
