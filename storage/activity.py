"""Participation, read from the engagement log and the games' tables: /stats, health, dormancy."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.models import EventLog, ModerationLog, QuizRound, SignIn
from storage.prepared import Prepared, flushed


def _chat(group_id: str):
    """Messages that are chat (slash commands to the bot are not)."""
    return (EventLog.group_id == group_id, EventLog.event == "message",
            sa.not_(sa.func.coalesce(EventLog.text, "").startswith("/")))


def active_members(session: Session, group_id: str, since: datetime, until: datetime | None = None) -> set[str]:
    """(Prepared, storage/prepared.py: the weekly health report asks it of every group in turn.)"""
    if until is None:
        return {member for member, in _ACTIVE_SINCE.fetch(flushed(session), dict(group_id=group_id, since=since))}
    return {member for member, in _ACTIVE.fetch(flushed(session), dict(group_id=group_id, since=since, until=until))}


def message_count(session: Session, group_id: str, since: datetime, until: datetime) -> int:
    (count,), = _COUNT.fetch(flushed(session), dict(group_id=group_id, since=since, until=until))
    return int(count)


def last_seen(session: Session, group_id: str) -> dict[str, datetime]:
    """Each member's latest message or join in the group (max() keeps the column's type: aware UTC)."""
    return dict(_LAST_SEEN.fetch(flushed(session), dict(group_id=group_id)))


_GROUP = sa.bindparam("group_id")
_ACTIVE_SINCE = Prepared(select(EventLog.member_id).where(*_chat(_GROUP), EventLog.at >= sa.bindparam("since")).distinct())
_ACTIVE = Prepared(select(EventLog.member_id).where(*_chat(_GROUP), EventLog.at >= sa.bindparam("since"),
                                                    EventLog.at < sa.bindparam("until")).distinct())
_COUNT = Prepared(select(sa.func.count()).select_from(EventLog).where(
    *_chat(_GROUP), EventLog.at >= sa.bindparam("since"), EventLog.at < sa.bindparam("until")))
_LAST_SEEN = Prepared(select(EventLog.member_id, sa.func.max(EventLog.at)).where(
    EventLog.group_id == _GROUP, sa.or_(EventLog.event == "message", EventLog.event == "join"))  # no expanding IN
    .group_by(EventLog.member_id))


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
