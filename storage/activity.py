"""Participation, read from the engagement log and the games' tables: /stats, health, dormancy."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.models import EventLog, ModerationLog, QuizRound, SignIn


def _chat(group_id: str):
    """Messages that are chat (slash commands to the bot are not)."""
    return (EventLog.group_id == group_id, EventLog.event == "message",
            sa.not_(sa.func.coalesce(EventLog.text, "").startswith("/")))


def active_members(session: Session, group_id: str, since: datetime, until: datetime | None = None) -> set[str]:
    query = select(EventLog.member_id).where(*_chat(group_id), EventLog.at >= since).distinct()
    if until is not None:
        query = query.where(EventLog.at < until)
    return set(session.exec(query).all())


def message_count(session: Session, group_id: str, since: datetime, until: datetime) -> int:
    return int(session.exec(select(sa.func.count()).select_from(EventLog).where(
        *_chat(group_id), EventLog.at >= since, EventLog.at < until)).one())


def last_seen(session: Session, group_id: str) -> dict[str, datetime]:
    """Each member's latest message or join in the group."""
    rows = session.exec(select(EventLog.member_id, sa.func.max(EventLog.at)).where(
        EventLog.group_id == group_id, EventLog.event.in_(("message", "join"))).group_by(EventLog.member_id)).all()
    return dict(rows)  # max() keeps the column's type: aware UTC


def chat_log(session: Session, group_id: str, since: datetime) -> list[tuple[datetime, str]]:
    """(time, member) of every message since ``since``, in order."""
    return list(session.exec(select(EventLog.at, EventLog.member_id).where(
        EventLog.group_id == group_id, EventLog.event == "message", EventLog.at >= since).order_by(EventLog.id)).all())


@dataclass(frozen=True)
class Stats:
    active_today: int
    active_week: int
    signed_in_today: int
    quizzes_week: int
    quizzes_won_week: int
    quiz_winners_week: int
    violations_week: int


def group_stats(session: Session, group_id: str, today_start: datetime, week_start: datetime, today: date) -> Stats:
    signed = session.exec(select(sa.func.count()).select_from(SignIn).where(
        SignIn.group_id == group_id, SignIn.day == today)).one()
    rounds = session.exec(select(sa.func.count(), sa.func.count(QuizRound.winner_id),
                                 sa.func.count(sa.distinct(QuizRound.winner_id))).where(
        QuizRound.group_id == group_id, QuizRound.asked_at >= week_start)).one()
    violations = session.exec(select(sa.func.count()).select_from(ModerationLog).where(
        ModerationLog.group_id == group_id, ModerationLog.at >= week_start)).one()
    return Stats(len(active_members(session, group_id, today_start)), len(active_members(session, group_id, week_start)),
                 int(signed), int(rounds[0]), int(rounds[1]), int(rounds[2]), int(violations))
