"""(m32) What ``bot.games`` keeps between messages besides the questions asked (``storage.pending_asks``): the staff
command the bot suggested and is waiting a "是" for (F31), and when each group's group-buy or event was last posted
(R31). Kept in SQL, so a restart changes neither."""
from __future__ import annotations

import json
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import upsert
from storage.models import PendingSuggestion, PostShown


def suggest(session: Session, *, group_id: str, member_id: str, text: str, mentions: tuple[str, ...],
            until: datetime) -> None:
    values = dict(text=text, mentions=json.dumps(list(mentions)), until=until)
    insert = upsert(session, PendingSuggestion).values(group_id=group_id, member_id=member_id, **values)
    session.execute(insert.on_conflict_do_update(index_elements=["group_id", "member_id"], set_=values))


def drop_suggestion(session: Session, *, group_id: str, member_id: str) -> None:
    session.execute(sa.delete(PendingSuggestion).where(PendingSuggestion.group_id == group_id,
                                                       PendingSuggestion.member_id == member_id))


def suggestions(session: Session, *, now: datetime) -> list[tuple[str, str, str, tuple[str, ...], datetime]]:
    """(group, member, command text, mentions, until) of the suggestions not yet expired."""
    rows = session.exec(select(PendingSuggestion).where(PendingSuggestion.until > now)).all()
    return [(r.group_id, r.member_id, r.text, tuple(json.loads(r.mentions or "[]")), r.until) for r in rows]


def prune(session: Session, *, now: datetime) -> int:
    """Forget the suggestions that expired unanswered (housekeeping, hourly). Returns rows dropped."""
    return session.execute(sa.delete(PendingSuggestion).where(PendingSuggestion.until <= now)).rowcount or 0


def shown(session: Session, *, kind: str, group_id: str, at: datetime) -> None:
    insert = upsert(session, PostShown).values(kind=kind, group_id=group_id, at=at)
    session.execute(insert.on_conflict_do_update(index_elements=["kind", "group_id"], set_=dict(at=at)))


def posts_shown(session: Session) -> list[tuple[str, str, datetime]]:
    """(kind, group, when) of every group's last group-buy and event post."""
    return [(r.kind, r.group_id, r.at) for r in session.exec(select(PostShown)).all()]
