"""Owners' decisions on messages ("is an ad", "not an ad"), kept as labelled examples for training.

Written when staff answer moderation in chat (/pardon, /remove, /ad, /notad) or on the
dashboard; read by ``qunbot train --db``. A text decided twice counts by its latest decision.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from storage.engine import create_engine, is_url, resolve_url
from storage.models import ModerationLabel, ModerationLog, Strike
from storage.moderation import pardon


def add_label(session: Session, *, text: str, is_ad: bool, group_id: str, member_id: str, decided_by: str,
              at: datetime, source: str) -> bool:
    """Store one decision; False (nothing stored) for an empty text."""
    if not (text := text.strip()):
        return False
    session.add(ModerationLabel(text=text, label="ad" if is_ad else "ham", group_id=group_id, member_id=member_id,
                                decided_by=decided_by, decided_at=at, source=source))
    return True


def latest_labels(session: Session) -> list[tuple[str, bool]]:
    """(text, is_ad) for every text decided, by its latest decision, oldest decision first."""
    rows = session.exec(select(ModerationLabel.text, ModerationLabel.label)
                        .order_by(ModerationLabel.decided_at, ModerationLabel.id)).all()
    latest: dict[str, bool] = {}
    for text, label in rows:
        latest.pop(text, None)  # re-decided: it moves to its latest place
        latest[text] = label == "ad"
    return list(latest.items())


def read_labels(database: str | Path | Session) -> list[tuple[str, bool]]:
    """``latest_labels`` of a database: a SQLite file, a database URL, or an open session."""
    if isinstance(database, Session):
        return latest_labels(database)
    if not is_url(database) and not Path(database).is_file():
        raise FileNotFoundError(f"database not found: {database}")
    engine = create_engine(resolve_url(database))
    try:
        with Session(engine) as session:
            return latest_labels(session)
    finally:
        engine.dispose()


def label_violation(session: Session, *, log_id: int, group_id: str, is_ad: bool, owner: str, at: datetime) -> bool:
    """The dashboard's "is an ad" / "not an ad" on an audit row: label the text struck ("not an ad" also
    pardons the member, as /notad does). False when the row is not the group's or kept no text."""
    row = session.get(ModerationLog, log_id)
    if row is None or row.group_id != group_id:
        return False
    text = session.exec(select(Strike.text).where(Strike.group_id == group_id, Strike.member_id == row.member_id,
                                                  Strike.rule == row.rule, Strike.at == row.at)).first() or ""
    if not add_label(session, text=text, is_ad=is_ad, group_id=group_id, member_id=row.member_id,
                     decided_by="dashboard", at=at, source="dashboard"):
        return False
    if not is_ad:
        pardon(session, group_id, row.member_id, owner)
    return True
