"""Lotteries: one open draw per group, one entry per member (unique keys), drawn exactly once."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import detached, insert_ignore
from storage.models import Draw, DrawEntry
from storage.points import award, balance


def open_draw(session: Session, **values) -> Draw | None:
    """None when the group already has an open draw."""
    if not insert_ignore(session, Draw, values):
        return None
    return detached(session, session.exec(
        select(Draw).where(Draw.group_id == values["group_id"], Draw.status == "open")).one())


@dataclass(frozen=True)
class Entry:
    status: str  # entered | again | closed | poor
    repeats: int = 0  # attempts after entering (the bot answers only the first)
    cost: int = 0
    balance: int = 0


def enter(session: Session, *, draw_id: int, member_id: str, at: datetime) -> Entry:
    """Enter a member once; paying the cost and entering are one transaction."""
    draw = session.get(Draw, draw_id)
    if draw is None or draw.status != "open" or at >= draw.deadline:
        return Entry("closed")
    mine = DrawEntry.draw_id == draw_id, DrawEntry.member_id == member_id
    if session.exec(select(DrawEntry.id).where(*mine)).first() is None:
        funds = balance(session, draw.group_id, member_id)
        if draw.cost and funds < draw.cost:
            return Entry("poor", cost=draw.cost, balance=funds)
        if insert_ignore(session, DrawEntry, dict(draw_id=draw_id, member_id=member_id, at=at)):
            if draw.cost:
                award(session, group_id=draw.group_id, member_id=member_id, delta=-draw.cost,
                      reason=f"参加抽奖：{draw.prize}", source="draw", key=f"draw:{draw_id}:{member_id}", at=at)
            return Entry("entered", cost=draw.cost, balance=funds - draw.cost)
    session.execute(sa.update(DrawEntry).where(*mine).values(repeats=DrawEntry.repeats + 1))
    return Entry("again", repeats=session.exec(select(DrawEntry.repeats).where(*mine)).one())


@dataclass(frozen=True)
class DrawResult:
    draw: Draw
    entrants: list[str]  # sorted
    winners: list[str]


def close_and_draw(session: Session, draw_id: int, pick) -> DrawResult | None:
    """Draw once (a conditional UPDATE); None if it was already drawn."""
    if session.execute(
        sa.update(Draw).where(Draw.id == draw_id, Draw.status == "open").values(status="drawn")
    ).rowcount != 1:
        return None
    entrants = entrant_ids(session, draw_id)
    draw = session.get(Draw, draw_id)
    winners = pick(draw.seed, entrants, draw.winners)
    draw.winner_ids = json.dumps(winners, ensure_ascii=False)
    session.add(draw)
    return DrawResult(detached(session, draw), entrants, winners)


def entrant_ids(session: Session, draw_id: int) -> list[str]:
    return sorted(session.exec(select(DrawEntry.member_id).where(DrawEntry.draw_id == draw_id)).all())


def open_draws(session: Session) -> list[Draw]:
    return list(session.exec(select(Draw).where(Draw.status == "open")).all())


def latest(session: Session, *, group_id: str, member_id: str, since: datetime) -> tuple[Draw, bool] | None:
    """(s33) The group's open draw, else its last one drawn at or after ``since`` (by deadline), and whether the member
    entered it; None when there is neither."""
    draw = session.exec(select(Draw).where(Draw.group_id == group_id, Draw.status == "open")).first() \
        or session.exec(select(Draw).where(Draw.group_id == group_id, Draw.status == "drawn", Draw.deadline >= since)
                        .order_by(Draw.deadline.desc(), Draw.id.desc())).first()
    if draw is None:
        return None
    entered = session.exec(select(DrawEntry.id).where(DrawEntry.draw_id == draw.id,
                                                      DrawEntry.member_id == member_id)).first() is not None
    return detached(session, draw), entered
