"""The durable side of the send queue: posts waiting for their paced turn survive a restart."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.models import PendingPost


def add_pending(session: Session, posts: list[tuple[str, str, tuple[str, ...]]], at: datetime) -> list[int]:
    """Store (group, text, mentions) posts; their ids, in order (one statement for a whole fan-out)."""
    if not posts:
        return []
    rows = [dict(group_id=g, text=t, mentions=" ".join(m), queued_at=at) for g, t, m in posts]
    statement = sa.insert(PendingPost).returning(PendingPost.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def remove_pending(session: Session, ids: list[int]) -> None:
    session.execute(sa.delete(PendingPost).where(PendingPost.id.in_(ids)))


def pending(session: Session) -> list[tuple[int, str, str, tuple[str, ...], datetime]]:
    rows = session.exec(select(PendingPost).order_by(PendingPost.id)).all()
    return [(r.id, r.group_id, r.text, tuple(r.mentions.split()), r.queued_at) for r in rows]
