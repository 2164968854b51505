"""Red packets: what the policy needs to know about a group, and what happened."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import insert_ignore
from storage.models import EventLog, RedPacketLog, RedPacketPlan, SignIn
from storage.prepared import Prepared, flushed

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
    """Everything about one group in one read; ``month_start`` is the local month's start, as UTC.
    Prepared statements (storage/prepared.py): the daily reminder asks this of every group in turn."""
    _fill_activity_after(session, group_id, now)
    connection = flushed(session)
    mine = dict(group_id=group_id)
    (spent,), = _SPENT.fetch(connection, dict(mine, month_start=month_start))
    winners = [member for member, in _WINNERS.fetch(connection, dict(mine, today=today))]
    (milestone,), = _MILESTONE.fetch(connection, mine)
    plans = [dict(zip(_PLAN_KEYS, row)) for row in _PLANS.fetch(connection, dict(mine, first=today.replace(day=1)))]
    packets = [dict(zip(_PACKET_KEYS, row)) for row in _PACKETS.fetch(connection, dict(mine, month_start=month_start))]
    return GroupFacts(_messages_between(connection, group_id, now - WEEK, now),
                      _messages_between(connection, group_id, now - 2 * WEEK, now - WEEK),
                      tuple(winners), int(milestone), float(spent), tuple(plans), tuple(packets))


def messages_between(session: Session, group_id: str, start: datetime, end: datetime) -> int:
    return _messages_between(flushed(session), group_id, start, end)


def _messages_between(connection: sa.Connection, group_id: str, start: datetime, end: datetime) -> int:
    (count,), = _BETWEEN.fetch(connection, dict(group_id=group_id, start=start, end=end))
    return count


_GROUP = sa.bindparam("group_id")
_PLAN, _PACKET = RedPacketPlan.__table__, RedPacketLog.__table__
_PLAN_KEYS, _PACKET_KEYS = tuple(_PLAN.c.keys()), tuple(_PACKET.c.keys())  # the models' fields, in order (model_dump)
_SPENT = Prepared(sa.select(sa.func.coalesce(sa.func.sum(RedPacketLog.amount), 0)).where(
    RedPacketLog.group_id == _GROUP, RedPacketLog.at >= sa.bindparam("month_start")))
_WINNERS = Prepared(sa.select(SignIn.member_id).where(
    SignIn.group_id == _GROUP, SignIn.day == sa.bindparam("today"), SignIn.streak > 0, SignIn.streak % 7 == 0))
_MILESTONE = Prepared(sa.select(sa.func.coalesce(sa.func.max(RedPacketPlan.milestone), 0)).where(
    RedPacketPlan.group_id == _GROUP))
_PLANS = Prepared(sa.select(_PLAN).where(_PLAN.c.group_id == _GROUP, _PLAN.c.day >= sa.bindparam("first"))
                  .order_by(_PLAN.c.day))
_PACKETS = Prepared(sa.select(_PACKET).where(_PACKET.c.group_id == _GROUP, _PACKET.c.at >= sa.bindparam("month_start"))
                    .order_by(_PACKET.c.at.desc()))
_BETWEEN = Prepared(sa.select(sa.func.count()).select_from(EventLog).where(
    EventLog.group_id == _GROUP, EventLog.event == "message", EventLog.at >= sa.bindparam("start"),
    EventLog.at < sa.bindparam("end")))


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
    """Packets whose following hour is over get their "after" count, once (most days none: a prepared
    look first, the ORM rows only when there are some)."""
    if not _PENDING.fetch(flushed(session), dict(group_id=group_id, over=now - HOUR)):
        return
    pending = session.exec(select(RedPacketLog).where(
        RedPacketLog.group_id == group_id, RedPacketLog.messages_before.is_not(None),
        RedPacketLog.messages_after.is_(None), RedPacketLog.at <= now - HOUR)).all()
    for row in pending:
        row.messages_after = messages_between(session, group_id, row.at + timedelta(microseconds=1), row.at + HOUR)
        session.add(row)
    session.flush()


_PENDING = Prepared(sa.select(RedPacketLog.id).where(
    RedPacketLog.group_id == _GROUP, RedPacketLog.messages_before.is_not(None), RedPacketLog.messages_after.is_(None),
    RedPacketLog.at <= sa.bindparam("over")).limit(1))
