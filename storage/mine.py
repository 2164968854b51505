"""A member's own records, for the self-service answers (bot/handlers/mine.py): plain rows, no ORM objects."""
from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.content import OPT_OUT_TAG
from storage.db import insert_ignore, upsert
from storage.models import Activity, ActivitySignup, DirectChoice, GroupBuy, GroupBuyOrder, MemberTag, SignIn


def sign_ins(session: Session, group_id: str, member_id: str, since: date) -> list[tuple[date, int]]:
    """(day, streak) of the member's sign-ins since ``since``, newest first."""
    rows = session.exec(select(SignIn.day, SignIn.streak).where(
        SignIn.group_id == group_id, SignIn.member_id == member_id, SignIn.day >= since).order_by(SignIn.day.desc()))
    return [(day, streak) for day, streak in rows]


def last_restart(session: Session, group_id: str, member_id: str) -> tuple[date, date] | None:
    """(q33) Her streak's latest new start after an earlier sign-in: (the sign-in before it, the day it started again
    at 1), or None (never started again: no sign-in, or one unbroken run). The days between were missed."""
    mine = (SignIn.group_id == group_id, SignIn.member_id == member_id)
    restart = session.exec(select(sa.func.max(SignIn.day)).where(*mine, SignIn.streak == 1)).one()
    if restart is None:
        return None
    before = session.exec(select(sa.func.max(SignIn.day)).where(*mine, SignIn.day < restart)).one()
    return None if before is None else (before, restart)


def orders(session: Session, group_id: str, member_id: str, limit: int = 5) -> list[dict]:
    """The member's standing orders in the group's latest group-buys, newest first."""
    rows = session.exec(select(GroupBuy.item, GroupBuy.status, GroupBuy.pickup, GroupBuy.price, GroupBuyOrder.quantity)
                        .join(GroupBuyOrder, GroupBuyOrder.group_buy_id == GroupBuy.id)
                        .where(GroupBuy.group_id == group_id, GroupBuyOrder.member_id == member_id,
                               GroupBuyOrder.quantity > 0)
                        .order_by(GroupBuy.id.desc()).limit(limit))
    return [dict(item=item, open=status == "open", pickup=pickup, quantity=quantity,
                 amount=f"{price * quantity:.2f}".rstrip("0").rstrip("."))
            for item, status, pickup, price, quantity in rows]


def signups(session: Session, group_id: str, member_id: str, after: datetime, limit: int = 5) -> list[dict]:
    """The member's sign-ups (and waitlist places) for the group's events that have not started yet."""
    rows = session.exec(select(Activity.title, Activity.starts_at, ActivitySignup.people, ActivitySignup.status)
                        .join(ActivitySignup, ActivitySignup.activity_id == Activity.id)
                        .where(Activity.group_id == group_id, ActivitySignup.member_id == member_id,
                               ActivitySignup.status != "cancelled", Activity.starts_at > after)
                        .order_by(Activity.starts_at).limit(limit))
    return [dict(title=title, starts_at=starts_at, people=people, waiting=status == "wait")
            for title, starts_at, people, status in rows]


def set_opt_out(session: Session, member_id: str, out: bool) -> bool:
    """Whether anything changed: 退订 (out) or 订阅 again."""
    if out:
        return insert_ignore(session, MemberTag, dict(member_id=member_id, tag=OPT_OUT_TAG, source="member"))
    deleted = session.execute(sa.delete(MemberTag).where(MemberTag.member_id == member_id, MemberTag.tag == OPT_OUT_TAG))
    return bool(deleted.rowcount)


def chosen_group(session: Session, member_id: str) -> str | None:
    """The group the member's private chat is about (the last one they named), if any."""
    return session.exec(select(DirectChoice.group_id).where(DirectChoice.member_id == member_id)).first()


def choose_group(session: Session, member_id: str, group_id: str, at: datetime) -> None:
    insert = upsert(session, DirectChoice).values(member_id=member_id, group_id=group_id, at=at)
    session.execute(insert.on_conflict_do_update(index_elements=["member_id"], set_={"group_id": group_id, "at": at}))
