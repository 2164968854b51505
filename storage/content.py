"""Content rotation without repeats, and member tags: the queries scheduled posts need."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import insert_ignore
from storage.models import ContentRotation, MemberTag


@dataclass(frozen=True)
class Pick:
    group_id: str
    series: str
    candidates: tuple[str, ...]  # rotation keys of the items eligible now, in library order


def pick_next(session: Session, picks: Iterable[Pick], at: datetime) -> dict[tuple[str, str], str | None]:
    """The next item for each (group, series), recorded as used; all groups in one transaction.

    The first candidate not yet used this round wins. When all are used, the
    round starts over, avoiding the item posted last so it never comes twice in a row.
    """
    chosen: dict[tuple[str, str], str | None] = {}
    for pick in picks:
        key = _choose(session, pick)
        if key is not None:
            insert_ignore(session, ContentRotation, dict(group_id=pick.group_id, series=pick.series, item_key=key, at=at))
        chosen[(pick.group_id, pick.series)] = key
    return chosen


def _choose(session: Session, pick: Pick) -> str | None:
    if not pick.candidates:
        return None
    mine = (ContentRotation.group_id == pick.group_id, ContentRotation.series == pick.series)
    used = set(session.exec(select(ContentRotation.item_key).where(*mine)).all())
    fresh = [k for k in pick.candidates if k not in used]
    if fresh:
        return fresh[0]
    last = session.exec(select(ContentRotation.item_key).where(*mine).order_by(ContentRotation.id.desc())).first()
    session.execute(sa.delete(ContentRotation).where(*mine))
    return next((k for k in pick.candidates if k != last), pick.candidates[0])


def tagged(session: Session, tags: Iterable[str]) -> dict[str, set[str]]:
    """Member id -> which of ``tags`` they carry (members with none are left out)."""
    found: dict[str, set[str]] = {}
    for member_id, tag in session.exec(select(MemberTag.member_id, MemberTag.tag).where(MemberTag.tag.in_(list(tags)))):
        found.setdefault(member_id, set()).add(tag)
    return found


def tags_of(session: Session, member_id: str) -> list[str]:
    return list(session.exec(select(MemberTag.tag).where(MemberTag.member_id == member_id).order_by(MemberTag.tag)).all())


def add_tags(session: Session, member_id: str, tags: Iterable[str], source: str) -> int:
    return sum(insert_ignore(session, MemberTag, dict(member_id=member_id, tag=t, source=source)) for t in tags)


def remove_tags(session: Session, member_id: str, tags: Iterable[str]) -> int:
    result = session.execute(sa.delete(MemberTag).where(MemberTag.member_id == member_id, MemberTag.tag.in_(list(tags))))
    return result.rowcount


def sync_config_tags(session: Session, tags: dict[str, list[str]]) -> None:
    """Tags from config.yaml replace the previous config tags; tags set by command stay."""
    session.execute(sa.delete(MemberTag).where(MemberTag.source == "config"))
    for member_id, member_tags in tags.items():
        add_tags(session, member_id, member_tags, "config")
