"""Red packets: what the policy needs to know about a group, and what happened."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import insert_ignore
from storage.models import EventLog, RedPacketLog, RedPacketPlan, SignIn

HOUR = timedelta(hours=1)
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class GroupFacts:
    messages_this_week: int
    messages_last_week: int
    winners: tuple[str, ...]
    last_milestone: int
    spent: float  # this local month, yuan
    plans: tuple[dict, ...]  # this month's RedPacketPlan rows
    packets: tuple[dict, ...]  # this month's RedPacketLog rows, newest first


def group_facts(session: Session, group_id: str, now: datetime, today: date, month_start: datetime) -> GroupFacts:
    """Everything about one group in one read; ``month_start`` is the local month's start, as UTC."""
    _fill_activity_after(session, group_id, now)
    spent = session.exec(select(sa.func.coalesce(sa.func.sum(RedPacketLog.amount), 0)).where(
        RedPacketLog.group_id == group_id, RedPacketLog.at >= month_start)).one()
    winners = session.exec(select(SignIn.member_id).where(
        SignIn.group_id == group_id, SignIn.day == today, SignIn.streak > 0, SignIn.streak % 7 == 0)).all()
    milestone = session.exec(select(sa.func.coalesce(sa.func.max(RedPacketPlan.milestone), 0)).where(
        RedPacketPlan.group_id == group_id)).one()
    plans = session.exec(select(RedPacketPlan).where(
        RedPacketPlan.group_id == group_id, RedPacketPlan.day >= today.replace(day=1)).order_by(RedPacketPlan.day)).all()
    packets = session.exec(select(RedPacketLog).where(
        RedPacketLog.group_id == group_id, RedPacketLog.at >= month_start).order_by(RedPacketLog.at.desc())).all()
    return GroupFacts(messages_between(session, group_id, now - WEEK, now),
                      messages_between(session, group_id, now - 2 * WEEK, now - WEEK),
                      tuple(winners), int(milestone), float(spent),
                      tuple(p.model_dump() for p in plans), tuple(p.model_dump() for p in packets))


def messages_between(session: Session, group_id: str, start: datetime, end: datetime) -> int:
    return session.exec(select(sa.func.count()).select_from(EventLog).where(
        EventLog.group_id == group_id, EventLog.event == "message", EventLog.at >= start, EventLog.at < end)).one()


def log_red_packet(session: Session, group_id: str, sender_id: str, at: datetime, plan_day: date) -> float | None:
    """Record a red packet seen in the group; a staff packet on a planned day counts as that plan's spend."""
    amount = None
    if plan_day is not None:
        planned = session.exec(select(RedPacketPlan).where(
            RedPacketPlan.group_id == group_id, RedPacketPlan.day == plan_day)).first()
        already = session.exec(select(sa.func.count()).select_from(RedPacketLog).where(
            RedPacketLog.group_id == group_id, RedPacketLog.amount.is_not(None), RedPacketLog.at >= at - timedelta(days=1))).one()
        if planned is not None and not already:
            amount = planned.amount
    session.add(RedPacketLog(at=at, group_id=group_id, sender_id=sender_id, amount=amount,
                             messages_before=messages_between(session, group_id, at - HOUR, at)))
    return amount


def record_spend(session: Session, group_id: str, sender_id: str, at: datetime, amount: float) -> None:
    session.add(RedPacketLog(at=at, group_id=group_id, sender_id=sender_id, amount=amount))


def record_plan(session: Session, group_id: str, day: date, amount: float, shares: int, reason: str,
                milestone: int) -> bool:
    """True when this is the group's first plan today (one reminder a day at most)."""
    return insert_ignore(session, RedPacketPlan, dict(group_id=group_id, day=day, amount=amount, shares=shares,
                                                      reason=reason, milestone=milestone))


def _fill_activity_after(session: Session, group_id: str, now: datetime) -> None:
    """Packets whose following hour is over get their "after" count, once."""
    pending = session.exec(select(RedPacketLog).where(
        RedPacketLog.group_id == group_id, RedPacketLog.messages_before.is_not(None),
        RedPacketLog.messages_after.is_(None), RedPacketLog.at <= now - HOUR)).all()
    for row in pending:
        row.messages_after = messages_between(session, group_id, row.at + timedelta(microseconds=1), row.at + HOUR)
        session.add(row)
    session.flush()
