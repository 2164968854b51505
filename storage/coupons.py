"""Coupons: issued within a campaign's quantity, once per idempotency key; redeemed exactly once."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import detached, insert_ignore
from storage.models import Coupon, CouponStock
from storage.prepared import Prepared, flushed

# No 0/O, 1/I/L: a cashier reads the code off a phone and types it.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass(frozen=True)
class Issued:
    status: str  # issued | again (the key was used: the same coupon) | gone (quantity used up)
    coupon: Coupon | None = None


def issue(session: Session, *, campaign_id: str, quantity: int, key: str, code: str, **values) -> Issued:
    """One coupon for ``key`` (e.g. "draw:12:amy"): a retry returns the same coupon, never a second."""
    existing = session.exec(select(Coupon).where(Coupon.idempotency_key == key)).first()
    if existing is not None:
        return Issued("again", detached(session, existing))
    insert_ignore(session, CouponStock, dict(campaign_id=campaign_id, issued=0))
    if session.execute(
        sa.update(CouponStock).where(CouponStock.campaign_id == campaign_id, CouponStock.issued < quantity)
        .values(issued=CouponStock.issued + 1)
    ).rowcount != 1:
        return Issued("gone")
    coupon = Coupon(campaign_id=campaign_id, code=code, idempotency_key=key, **values)
    session.add(coupon)
    return Issued("issued", detached(session, coupon))


@dataclass(frozen=True)
class Redemption:
    status: str  # redeemed | unknown | used | expired | below
    coupon: Coupon | None = None


def redeem(session: Session, *, code: str, staff_id: str, at: datetime, spend: float | None = None) -> Redemption:
    """Redeem once: the UPDATE from 'issued' succeeds for exactly one caller."""
    coupon = session.exec(select(Coupon).where(Coupon.code == code.upper())).first()
    if coupon is None:
        return Redemption("unknown")
    if coupon.status != "issued":
        return Redemption("used", detached(session, coupon))
    if at >= coupon.expires_at:
        return Redemption("expired", detached(session, coupon))
    if spend is not None and spend < coupon.threshold:
        return Redemption("below", detached(session, coupon))
    if session.execute(
        sa.update(Coupon).where(Coupon.id == coupon.id, Coupon.status == "issued")
        .values(status="redeemed", redeemed_by=staff_id, redeemed_at=at)
    ).rowcount != 1:
        return Redemption("used", detached(session, coupon))
    session.refresh(coupon)
    return Redemption("redeemed", detached(session, coupon))


def of_member(session: Session, member_id: str, at: datetime) -> list[Coupon]:
    """A member's usable coupons, soonest to expire first."""
    rows = session.exec(select(Coupon).where(Coupon.member_id == member_id, Coupon.status == "issued",
                                             Coupon.expires_at > at).order_by(Coupon.expires_at, Coupon.id)).all()
    return [detached(session, row) for row in rows]


def due_reminders(session: Session, *, group_id: str, before: datetime, at: datetime) -> list[Coupon]:
    """The group's unused coupons expiring by ``before`` (and not yet), each marked reminded in the same
    transaction and returned once: a second run, or another process, finds none of them again. (Most groups
    have none on most days: a prepared look first, the ORM rows only when there are some.)"""
    if not _DUE.fetch(flushed(session), dict(group_id=group_id, before=before, at=at)):
        return []
    rows = session.exec(select(Coupon).where(
        Coupon.group_id == group_id, Coupon.status == "issued", Coupon.reminded_at.is_(None),
        Coupon.expires_at > at, Coupon.expires_at <= before).order_by(Coupon.member_id, Coupon.expires_at)).all()
    marked = []
    for row in rows:
        if session.execute(sa.update(Coupon).where(Coupon.id == row.id, Coupon.reminded_at.is_(None))
                           .values(reminded_at=at)).rowcount == 1:
            marked.append(detached(session, row))
    return marked


_DUE = Prepared(sa.select(Coupon.id).where(
    Coupon.group_id == sa.bindparam("group_id"), Coupon.status == "issued", Coupon.reminded_at.is_(None),
    Coupon.expires_at > sa.bindparam("at"), Coupon.expires_at <= sa.bindparam("before")).limit(1))
