"""Members' questions waiting for an answer."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import detached
from storage.models import OpenQuestion


def add(session: Session, **values) -> OpenQuestion:
    row = OpenQuestion(**values)
    session.add(row)
    return detached(session, row)


def close(session: Session, *, ids: list[int], status: str) -> list[int]:
    """Mark open questions answered or escalated; the ids that were still open (so each is escalated once,
    even by two workers at the same moment: one conditional UPDATE, not a read then a write)."""
    if not ids:
        return []
    table = OpenQuestion.__table__
    changed = session.execute(sa.update(table).where(table.c.id.in_(ids), table.c.status == "open")
                              .values(status=status).returning(table.c.id)).scalars()
    return sorted(changed)


def open_questions(session: Session) -> list[OpenQuestion]:
    rows = session.exec(select(OpenQuestion).where(OpenQuestion.status == "open")).all()
    for row in rows:
        session.expunge(row)
    return list(rows)


def get(session: Session, ids: list[int]) -> list[OpenQuestion]:
    rows = session.exec(select(OpenQuestion).where(OpenQuestion.id.in_(ids)).order_by(OpenQuestion.id)).all()
    for row in rows:
        session.expunge(row)
    return list(rows)


def count_since(session: Session, group_id: str, since: datetime) -> dict[str, int]:
    rows = session.exec(select(OpenQuestion.status, sa.func.count()).where(
        OpenQuestion.group_id == group_id, OpenQuestion.asked_at >= since).group_by(OpenQuestion.status)).all()
    return {status: int(n) for status, n in rows}
