"""The durable side of the send queue: posts waiting for their paced turn survive a restart.

A post is marked (``sending_at``) in its own commit before it is handed to the platform, and
removed after: a crash between the two leaves a marked row, which a restart does not send
again. So a stored post goes out at most once, and, unless the crash falls in that window
of one send, exactly once.
"""
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


def mark_sending(session: Session, post_id: int, at: datetime) -> bool:
    """Claim a post for sending; False when it is gone or already claimed (by us before a crash,
    or by another worker)."""
    claimed = session.execute(sa.update(PendingPost).where(PendingPost.id == post_id, PendingPost.sending_at.is_(None))
                              .values(sending_at=at).returning(PendingPost.id))
    return claimed.first() is not None


def pending(session: Session) -> list[PendingPost]:
    return list(session.exec(select(PendingPost).order_by(PendingPost.id)).all())
