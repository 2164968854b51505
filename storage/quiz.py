"""Quiz rounds: one open round per group (a partial unique index); the first correct answer
wins by a conditional UPDATE, so two answers in the same second cannot both win."""
from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import detached, insert_ignore
from storage.models import QuizAttempt, QuizRound
from storage.points import award


def open_round(session: Session, *, group_id: str, group_name: str, theme: str, question_ids: list[str],
               asked_at: datetime, expires_at: datetime, points: int) -> QuizRound | None:
    """Ask the question of ``question_ids`` this group has waited longest for; None if a quiz is open."""
    last_asked = dict(session.exec(
        select(QuizRound.question_id, sa.func.max(QuizRound.asked_at))
        .where(QuizRound.group_id == group_id, QuizRound.theme == theme).group_by(QuizRound.question_id)
    ).all())
    never = [q for q in question_ids if q not in last_asked]
    question_id = never[0] if never else min(question_ids, key=lambda q: last_asked[q])
    row = dict(group_id=group_id, group_name=group_name, theme=theme, question_id=question_id,
               asked_at=asked_at, expires_at=expires_at, points=points)
    if not insert_ignore(session, QuizRound, row):
        return None
    return detached(session, session.exec(
        select(QuizRound).where(QuizRound.group_id == group_id, QuizRound.status == "open")).one())


def first_attempt(session: Session, *, round_id: int, member_id: str, at: datetime) -> bool:
    """Record a member's pick in a multiple-choice round; False if they picked before (only the first counts)."""
    return insert_ignore(session, QuizAttempt, dict(round_id=round_id, member_id=member_id, at=at))


def claim_win(session: Session, *, round_id: int, member_id: str, at: datetime, reason: str) -> int | None:
    """The points won by the first correct answer before expiry (awarded in the same
    transaction); None for everyone after."""
    won = session.execute(
        sa.update(QuizRound)
        .where(QuizRound.id == round_id, QuizRound.status == "open", QuizRound.expires_at > at)
        .values(status="won", winner_id=member_id, answered_at=at)
    ).rowcount == 1
    if not won:
        return None
    quiz = session.get(QuizRound, round_id)
    if quiz.points:
        award(session, group_id=quiz.group_id, member_id=member_id, delta=quiz.points, reason=reason,
              source="quiz", key=f"quiz:{round_id}", at=at)
    return quiz.points


def expire(session: Session, round_id: int) -> QuizRound | None:
    """Close an unanswered round; None if it was already won or closed."""
    changed = session.execute(
        sa.update(QuizRound).where(QuizRound.id == round_id, QuizRound.status == "open").values(status="expired")
    ).rowcount == 1
    return detached(session, session.get(QuizRound, round_id)) if changed else None


def open_rounds(session: Session) -> list[QuizRound]:
    return list(session.exec(select(QuizRound).where(QuizRound.status == "open")).all())


def latest_round(session: Session, *, group_id: str, since: datetime) -> QuizRound | None:
    """(s33) The group's last quiz round asked at or after ``since``; None when there is none."""
    row = session.exec(select(QuizRound).where(QuizRound.group_id == group_id, QuizRound.asked_at >= since)
                       .order_by(QuizRound.asked_at.desc(), QuizRound.id.desc())).first()
    return detached(session, row) if row is not None else None
