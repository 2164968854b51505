"""The shared group directory: each worker writes the groups it sees, the dashboard reads them all.

Portable SQL: an UPDATE, then an INSERT where no row was there; a group's member list is
replaced whole. Each group is written in its own savepoint, so two workers writing one
group at the same moment (an unassigned group both accounts sit in) cost one of them
that group's update, never the batch.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from storage.models import GroupDirectory, GroupMemberDirectory

_GROUPS = GroupDirectory.__table__
_MEMBERS = GroupMemberDirectory.__table__


@dataclass(frozen=True)
class Entry:
    group_id: str
    name: str
    owner: str
    account: str  # "": the single-account setup, or unassigned
    members: tuple[tuple[str, str], ...] = ()  # (member id, display name)
    seen_at: datetime | None = None
    count: int = 0  # members, as stored (also when the list itself was not read)


def publish(session: Session, entries: list[Entry], at: datetime) -> int:
    """Write these groups as seen now; how many were written."""
    written = 0
    for entry in sorted(entries, key=lambda e: e.group_id):  # one lock order for every worker: no deadlock
        try:
            with session.begin_nested():
                _write(session, entry, at)
            written += 1
        except IntegrityError:
            continue  # another worker wrote this group in the same instant: its row stands
    return written


def _write(session: Session, entry: Entry, at: datetime) -> None:
    members = dict(entry.members)  # one row per member id
    values = dict(name=entry.name, owner=entry.owner, members=len(members), account=entry.account, seen_at=at)
    if session.execute(sa.update(_GROUPS).where(_GROUPS.c.group_id == entry.group_id).values(**values)).rowcount == 0:
        session.execute(sa.insert(_GROUPS).values(group_id=entry.group_id, **values))
    session.execute(sa.delete(_MEMBERS).where(_MEMBERS.c.group_id == entry.group_id))
    if members:
        session.execute(sa.insert(_MEMBERS), [dict(group_id=entry.group_id, member_id=member_id, name=name)
                                              for member_id, name in members.items()])


def retire(session: Session, account: str, keep: list[str]) -> list[str]:
    """Drop the groups ``account`` served but no longer sits in; their ids."""
    gone = list(session.execute(sa.select(_GROUPS.c.group_id).where(
        _GROUPS.c.account == account, _GROUPS.c.group_id.not_in(keep))).scalars())
    if gone:
        session.execute(sa.delete(_MEMBERS).where(_MEMBERS.c.group_id.in_(gone)))
        session.execute(sa.delete(_GROUPS).where(_GROUPS.c.group_id.in_(gone)))
    return gone


def entries(session: Session, group_id: str | None = None, *, members: bool = True,
            member_id: str | None = None) -> list[Entry]:
    """Every group (or one, or those ``member_id`` is in), ordered by name; ``members``: with their member lists."""
    groups = sa.select(_GROUPS).order_by(_GROUPS.c.name, _GROUPS.c.group_id)
    listed = sa.select(_MEMBERS).order_by(_MEMBERS.c.group_id, _MEMBERS.c.name, _MEMBERS.c.member_id)
    if group_id is not None:
        groups = groups.where(_GROUPS.c.group_id == group_id)
        listed = listed.where(_MEMBERS.c.group_id == group_id)
    if member_id is not None:
        groups = groups.where(_GROUPS.c.group_id.in_(
            sa.select(_MEMBERS.c.group_id).where(_MEMBERS.c.member_id == member_id)))
        listed = listed.where(_MEMBERS.c.member_id == member_id)
    by_group: dict[str, list[tuple[str, str]]] = {}
    for row in session.execute(listed) if members else ():
        by_group.setdefault(row.group_id, []).append((row.member_id, row.name))
    return [Entry(row.group_id, row.name, row.owner, row.account, tuple(by_group.get(row.group_id, ())),
                  row.seen_at, row.members) for row in session.execute(groups)]
