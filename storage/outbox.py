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
from storage.prepared import Prepared


def add_pending(session: Session, posts: list[tuple[str, str, tuple[str, ...]]], at: datetime) -> list[int]:
    """Store (group, text, mentions) posts; their ids, in order (one statement for a whole fan-out)."""
    if not posts:
        return []
    rows = [dict(group_id=g, text=t, mentions=" ".join(m), queued_at=at) for g, t, m in posts]
    statement = sa.insert(PendingPost).returning(PendingPost.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def remove_pending(connection: sa.Connection, ids: list[int]) -> None:
    """A Core write (``Database.write(..., core=True)``): once per stored post sent."""
    if ids:
        _REMOVE.executemany(connection, [{"post_id": post_id} for post_id in ids])


def mark_sending(connection: sa.Connection, post_id: int, at: datetime) -> bool:
    """Claim a post for sending; False when it is gone or already claimed (by us before a crash,
    or by another worker). A Core write, as ``remove_pending``."""
    return _MARK.execute(connection, dict(post_id=post_id, at=at)).fetchone() is not None


_REMOVE = Prepared(sa.delete(PendingPost).where(PendingPost.id == sa.bindparam("post_id")))
_MARK = Prepared(sa.update(PendingPost)
                 .where(PendingPost.id == sa.bindparam("post_id"), PendingPost.sending_at.is_(None))
                 .values(sending_at=sa.bindparam("at")).returning(PendingPost.id))


def pending(session: Session) -> list[PendingPost]:
    return list(session.exec(select(PendingPost).order_by(PendingPost.id)).all())
