"""What the dashboard keeps in the database beyond its audit: ended sessions and config saves.

A logout is a row (the cookie's digest, until when the cookie would have lived), so a restart
does not bring a logged-out cookie back. A config saved from the dashboard is a row too: its id
is the config's generation, which every worker sharing the database compares with the one it
last loaded (bot/config/watch.py).
"""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from storage.models import ConfigSave, ConsoleSessionEnded

ENDED, SAVES = ConsoleSessionEnded.__table__, ConfigSave.__table__


def end_session(session: Session, *, token_sha256: str, expires: datetime, now: datetime) -> None:
    """Refuse this session from now on; forget the ended sessions that have expired by themselves."""
    session.execute(ENDED.delete().where(ENDED.c.expires <= now))
    if session.get(ConsoleSessionEnded, token_sha256) is None:
        session.add(ConsoleSessionEnded(token_sha256=token_sha256, expires=expires))


def session_ended(session: Session, *, token_sha256: str) -> bool:
    return session.get(ConsoleSessionEnded, token_sha256) is not None


def config_saved(session: Session, *, at: datetime, actor: str, account: str, text_sha256: str) -> int:
    """Record a config saved from the dashboard; returns its generation."""
    row = ConfigSave(at=at, actor=actor, account=account, text_sha256=text_sha256)
    session.add(row)
    session.flush()
    return row.id


def latest_config(session: Session) -> dict | None:
    """The newest config saved from the dashboard, as a dict of its columns (None: none ever was)."""
    row = session.execute(sa.select(SAVES).order_by(SAVES.c.id.desc()).limit(1)).first()
    return None if row is None else dict(row._mapping)
