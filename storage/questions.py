"""Members' questions waiting for an answer."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import detached
from storage.models import OpenQuestion
from storage.prepared import Prepared


def add(session: Session, **values) -> OpenQuestion:
    row = OpenQuestion(**values)
    session.add(row)
    return detached(session, row)


_COLUMNS = ("group_id", "group_name", "member_id", "member_name", "text", "asked_at", "due_at", "status", "said")
_ASK = Prepared(sa.insert(OpenQuestion.__table__).returning(OpenQuestion.__table__.c.id), _COLUMNS)


def ask(connection: sa.Connection, **values) -> int:
    """``add`` on the hot path (``db.write(..., core=True)``): one prepared INSERT; the new question's id."""
    return _ASK.execute(connection, dict(values, status="open", said=1)).fetchone()[0]


_TABLE = OpenQuestion.__table__
# One question by its id (the primary key: SQLite's planner, without statistics, otherwise walks the
# status index over every open question); prepared, as SQLAlchemy's execution cost ~0.5 ms a call.
_CLOSE_ONE = Prepared(sa.update(_TABLE).where(_TABLE.c.id == sa.bindparam("question"), _TABLE.c.status == "open")
                      .values(status=sa.bindparam("new_status")).returning(_TABLE.c.id))


def close(connection: sa.Connection, *, ids: list[int], status: str) -> list[int]:
    """Mark open questions answered or escalated (``db.write(..., core=True)``); the ids that were still
    open (so each is escalated once, even by two processes at once: each UPDATE is conditional, its
    RETURNING says whether it changed the row)."""
    changed = [_CLOSE_ONE.execute(connection, {"question": question, "new_status": status}).fetchone()
               for question in sorted(set(ids))]
    return [row[0] for row in changed if row is not None]


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


# (d34) What the staff were told at once, kept beside the questions (never loaded by the question desk, which reads only
# "open"): a complaint, group or private; a private request nothing here answers.
COMPLAINT, PRIVATE_REQUEST = "complaint", "private"
SETTLED_COMPLAINT, SETTLED_REQUEST = "complaint_settled", "private_settled"  # (m34) she said it needs no more handling
HEARD = (COMPLAINT, PRIVATE_REQUEST, SETTLED_COMPLAINT, SETTLED_REQUEST)
_SETTLED = {COMPLAINT: SETTLED_COMPLAINT, PRIVATE_REQUEST: SETTLED_REQUEST}


def settle(connection: sa.Connection, *, member_id: str, since: datetime) -> int:
    """(m34) Her complaints and private requests since ``since`` marked settled (she said so); how many. A conditional
    update each: a row already settled is left as it is."""
    settled = 0
    for status, new_status in _SETTLED.items():
        settled += connection.execute(sa.update(_TABLE).where(_TABLE.c.member_id == member_id, _TABLE.c.status == status,
                                                              _TABLE.c.asked_at >= since)
                                      .values(status=new_status)).rowcount or 0
    return settled


def keep_heard(session: Session, *, since: datetime, **values) -> bool:
    """(f34) Keep a complaint or private request: said again by the same member since ``since`` (the staff's window),
    folded into her row (one more time said, her last words and when); else a new row. Whether a row was added: one
    member's hundred messages never push the others' off the review page."""
    row = session.exec(select(OpenQuestion).where(
        OpenQuestion.group_id == values["group_id"], OpenQuestion.member_id == values["member_id"],
        OpenQuestion.status == values["status"], OpenQuestion.due_at >= since)
        .order_by(OpenQuestion.id.desc()).limit(1)).first()
    if row is None:
        session.add(OpenQuestion(**values))
        return True
    row.said, row.text, row.due_at = row.said + 1, values["text"], values["due_at"]
    session.add(row)
    return False


def heard_since(session: Session, since: datetime) -> list[OpenQuestion]:
    """Complaints and private requests since ``since``, newest first (the dashboard's review page)."""
    rows = session.exec(select(OpenQuestion).where(OpenQuestion.status.in_(HEARD), OpenQuestion.asked_at >= since)
                        .order_by(OpenQuestion.asked_at.desc()).limit(100)).all()
    for row in rows:
        session.expunge(row)
    return list(rows)
