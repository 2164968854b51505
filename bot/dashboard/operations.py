"""What the bot runs in the groups, for the dashboard's pages: group-buys, events, coupons, draws, quizzes, promises.

Reader functions take a session and return plain data (run through ``Database.read``); the
two writers (an order picked up, a promise delivered) are single SQL statements whose
outcome the database decides.
"""
from __future__ import annotations

import json
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.lottery.fair_draw import pick_winners, seed_hash
from storage.lottery import entrant_ids
from storage.labels import add_label, label_violation
from storage.models import (Activity, ActivitySignup, ConsoleAudit, Coupon, Draw, GroupBuy, GroupBuyOrder,
                            GroupBuyPickup, ModerationLog, Promise, QuizRound)
from storage.moderation import audit, last_message, pardon, struck_text

BUYS, ORDERS, PICKUPS = GroupBuy.__table__, GroupBuyOrder.__table__, GroupBuyPickup.__table__
LIMIT = 30


def _dicts(session: Session, query: sa.Executable) -> list[dict]:
    return [dict(r._mapping) for r in session.execute(query)]


def group_buys(session: Session) -> list[dict]:
    """The newest group-buys, open first, with their order count, portions and how many were picked up."""
    live = ORDERS.c.quantity > 0
    orders = (sa.select(ORDERS.c.group_buy_id, sa.func.count().label("orders"),
                        sa.func.count(PICKUPS.c.order_id).label("picked"))
              .outerjoin(PICKUPS, PICKUPS.c.order_id == ORDERS.c.id).where(live)
              .group_by(ORDERS.c.group_buy_id).subquery())
    return _dicts(session, sa.select(BUYS, sa.func.coalesce(orders.c.orders, 0).label("orders"),
                                     sa.func.coalesce(orders.c.picked, 0).label("picked"))
                  .outerjoin(orders, orders.c.group_buy_id == BUYS.c.id)
                  .order_by((BUYS.c.status == "open").desc(), BUYS.c.id.desc()).limit(LIMIT))


def group_buy(session: Session, buy_id: int) -> dict | None:
    """One group-buy and its live orders (first ordered first), each with when it was picked up."""
    buy = session.execute(sa.select(BUYS).where(BUYS.c.id == buy_id)).first()
    if buy is None:
        return None
    orders = _dicts(session, sa.select(ORDERS, PICKUPS.c.at.label("picked_up_at"))
                    .outerjoin(PICKUPS, PICKUPS.c.order_id == ORDERS.c.id)
                    .where(ORDERS.c.group_buy_id == buy_id, ORDERS.c.quantity > 0).order_by(ORDERS.c.at, ORDERS.c.id))
    return {**buy._mapping, "orders": orders, "portions": sum(o["quantity"] for o in orders),
            "amount": sum(o["quantity"] for o in orders) * buy.price}


def mark_picked_up(session: Session, buy_id: int, order_id: int, at: datetime) -> bool:
    """True when this marked the order (a live order of this group-buy) picked up; False if it was already."""
    live = session.execute(sa.select(ORDERS.c.id).where(
        ORDERS.c.id == order_id, ORDERS.c.group_buy_id == buy_id, ORDERS.c.quantity > 0)).first()
    if live is None:
        return False
    try:
        with session.begin_nested():
            session.execute(PICKUPS.insert().values(order_id=order_id, at=at))
    except IntegrityError:  # marked twice (two phones at the counter): the primary key keeps one
        return False
    return True


def activities(session: Session) -> list[dict]:
    """The newest events with their roster and waitlist, in sign-up order."""
    rows = _dicts(session, sa.select(Activity.__table__).order_by(Activity.id.desc()).limit(LIMIT))
    signups = ActivitySignup.__table__
    for row in rows:
        people = _dicts(session, sa.select(signups)
                        .where(signups.c.activity_id == row["id"], signups.c.status != "cancelled")
                        .order_by(signups.c.at, signups.c.id))
        row["going"] = [p for p in people if p["status"] == "in"]
        row["waiting"] = [p for p in people if p["status"] == "wait"]
    return rows


def coupons(session: Session) -> dict:
    """Per campaign: issued and redeemed; and the newest coupons."""
    table = Coupon.__table__
    counts: dict[str, dict[str, int]] = {}
    for campaign, status, n in session.execute(sa.select(table.c.campaign_id, table.c.status, sa.func.count())
                                               .group_by(table.c.campaign_id, table.c.status)):
        counts.setdefault(campaign, {"issued": 0, "redeemed": 0})[status] = n
    recent = _dicts(session, sa.select(table).order_by(table.c.id.desc()).limit(LIMIT))
    return {"counts": counts, "recent": recent}


def games(session: Session) -> dict:
    """The newest lotteries (with entrants) and quiz questions."""
    draws = _dicts(session, sa.select(Draw.__table__).order_by(Draw.id.desc()).limit(LIMIT))
    for draw in draws:
        draw["entrants"] = len(entrant_ids(session, draw["id"]))
        draw["winner_list"] = json.loads(draw["winner_ids"] or "[]")
    quizzes = _dicts(session, sa.select(QuizRound.__table__).order_by(QuizRound.id.desc()).limit(LIMIT))
    return {"draws": draws, "quizzes": quizzes}


def verify_draw(session: Session, draw_id: int) -> dict | None:
    """Recompute a drawn lottery from its published seed: the hash matches, and the winners are the seed's."""
    draw = session.get(Draw, draw_id)
    if draw is None or draw.status != "drawn":
        return None
    entrants = entrant_ids(session, draw_id)
    winners = pick_winners(draw.seed, entrants, draw.winners)
    return {"id": draw_id, "hash_ok": seed_hash(draw.seed) == draw.seed_hash.strip().lower(),
            "winners_ok": winners == json.loads(draw.winner_ids or "[]"), "entrants": len(entrants)}


def promises(session: Session) -> list[dict]:
    """Undelivered promises first (oldest first), then the newest delivered."""
    table = Promise.__table__
    open_ = _dicts(session, sa.select(table).where(table.c.delivered_at.is_(None)).order_by(table.c.id))
    done = _dicts(session, sa.select(table).where(table.c.delivered_at.is_not(None))
                  .order_by(table.c.delivered_at.desc()).limit(LIMIT))
    return open_ + done


def review(session: Session, *, log_id: int, act: str, owner: str, who: str, at: datetime) -> dict | None:
    """The owner's decision on one audit row, as the chat commands take it: ``ham`` (/notad: label and pardon),
    ``ad`` (label), ``pardon`` (/pardon), ``remove`` (/remove: audited and labelled; the caller removes).
    Returns the row's group and member, or None when there is no such row (or no text to label)."""
    row = session.get(ModerationLog, log_id)
    if row is None:
        return None
    if act in ("ham", "ad"):
        if not label_violation(session, log_id=log_id, group_id=row.group_id, is_ad=act == "ad", owner=owner, at=at):
            return None
    elif act == "pardon":
        pardon(session, row.group_id, row.member_id, owner)
    elif act == "remove":
        audit(session, at=at, group_id=row.group_id, member_id=row.member_id, rule="staff", action="remove",
              taken="removed", reason="群主移出", evidence=f"由 {who} 在后台发起")
        text = struck_text(session, row.group_id, row.member_id) or last_message(session, row.group_id, row.member_id)
        add_label(session, text=text, is_ad=True, group_id=row.group_id, member_id=row.member_id,
                  decided_by="dashboard", at=at, source="dashboard")
    else:
        return None
    return {"group_id": row.group_id, "member_id": row.member_id}


def console_audit(session: Session, limit: int = LIMIT) -> list[dict]:
    return _dicts(session, sa.select(ConsoleAudit.__table__).order_by(ConsoleAudit.id.desc()).limit(limit))


def moderation_row(session: Session, log_id: int) -> dict | None:
    row = session.get(ModerationLog, log_id)
    return None if row is None else {"group_id": row.group_id, "member_id": row.member_id}
