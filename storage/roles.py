"""Honorary roles given by command."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.models import MemberRole


def set_role(session: Session, *, group_id: str, member_id: str, role: int, granted_by: str, at: datetime) -> None:
    """Store ``role`` (0, a plain member, deletes the row)."""
    session.execute(sa.delete(MemberRole).where(MemberRole.group_id == group_id, MemberRole.member_id == member_id))
    if role:
        session.add(MemberRole(group_id=group_id, member_id=member_id, role=role, granted_by=granted_by, at=at))


def all_roles(session: Session) -> dict[tuple[str, str], int]:
    return {(r.group_id, r.member_id): r.role for r in session.exec(select(MemberRole)).all()}
