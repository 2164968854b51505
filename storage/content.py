"""Content rotation without repeats, and member tags: the queries scheduled posts need."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import insert_ignore, upsert
from storage.models import ContentRotation, MemberTag


@dataclass(frozen=True)
class Pick:
    group_id: str
    series: str
    candidates: tuple[str, ...]  # rotation keys of the items eligible now, in library order


def pick_next(session: Session, picks: Iterable[Pick], at: datetime) -> dict[tuple[str, str], str | None]:
    """The next item for each (group, series), recorded as used; a whole fan-out in a few statements.

    The first candidate not yet used this round wins. When all are used, the
    round starts over, avoiding the item posted last so it never comes twice in a row.
    """
    picks = list(picks)
    used: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    rows = session.execute(select(ContentRotation.group_id, ContentRotation.series, ContentRotation.id,
                                  ContentRotation.item_key)
                           .where(ContentRotation.group_id.in_({p.group_id for p in picks})))
    for group_id, series, row_id, key in rows:
        used[(group_id, series)].append((row_id, key))
    chosen: dict[tuple[str, str], str | None] = {}
    for pick in picks:
        mine = used[(pick.group_id, pick.series)]
        key, start_over = _choose(pick.candidates, mine)
        if start_over:
            session.execute(sa.delete(ContentRotation).where(
                ContentRotation.group_id == pick.group_id, ContentRotation.series == pick.series))
        chosen[(pick.group_id, pick.series)] = key
    added = [dict(group_id=g, series=s, item_key=k, at=at) for (g, s), k in chosen.items() if k is not None]
    if added:
        session.execute(upsert(session, ContentRotation).on_conflict_do_nothing(), added)
    return chosen


def _choose(candidates: tuple[str, ...], used: list[tuple[int, str]]) -> tuple[str | None, bool]:
    """(the key to post, whether the round starts over)."""
    if not candidates:
        return None, False
    keys = {key for _, key in used}
    fresh = [k for k in candidates if k not in keys]
    if fresh:
        return fresh[0], False
    last = max(used)[1]
    return next((k for k in candidates if k != last), candidates[0]), True


# A member who said 退订 carries this tag: never @-mentioned for their tags (storage.mine.set_opt_out).
OPT_OUT_TAG = "*"


def tagged(session: Session, tags: Iterable[str]) -> dict[str, set[str]]:
    """Member id -> which of ``tags`` they carry (members with none, and members who opted out, are left out)."""
    found: dict[str, set[str]] = {}
    for member_id, tag in session.exec(select(MemberTag.member_id, MemberTag.tag).where(MemberTag.tag.in_(list(tags)))):
        found.setdefault(member_id, set()).add(tag)
    for member_id in session.exec(select(MemberTag.member_id).where(MemberTag.tag == OPT_OUT_TAG)):
        found.pop(member_id, None)
    return found


def tags_of(session: Session, member_id: str) -> list[str]:
    return list(session.exec(select(MemberTag.tag).where(MemberTag.member_id == member_id, MemberTag.tag != OPT_OUT_TAG)
                             .order_by(MemberTag.tag)).all())


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
