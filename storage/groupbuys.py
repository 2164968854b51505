"""Group-buys: one open per group, one order per member, stock never oversold (conditional UPDATEs)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import detached, insert_ignore
from storage.models import GroupBuy, GroupBuyOrder
from storage.prepared import Prepared


def open_buy(session: Session, **values) -> GroupBuy | None:
    """None when the group already has an open group-buy."""
    if not insert_ignore(session, GroupBuy, values):
        return None
    return detached(session, session.exec(
        select(GroupBuy).where(GroupBuy.group_id == values["group_id"], GroupBuy.status == "open")).one())


def open_in(session: Session, group_id: str) -> GroupBuy | None:
    """A question about a price asks this on the message path, and most groups have no open buy:
    a prepared look-up of its id first, the ORM row only when there is one. (A read's own session,
    never committed: the row stays readable once it is closed.)"""
    if session.autoflush:
        session.flush()
    found = _OPEN_ID.fetch(session.connection(), dict(group_id=group_id))
    return session.get(GroupBuy, found[0][0]) if found else None


_OPEN_ID = Prepared(sa.select(GroupBuy.id).where(GroupBuy.group_id == sa.bindparam("group_id"),
                                                 GroupBuy.status == "open").limit(1))


@dataclass(frozen=True)
class Placed:
    status: str  # ordered | same | short | closed | none (cancelling nothing) | too_many
    quantity: int = 0  # the member's order now
    previous: int = 0
    sold: int = 0
    left: int = 0  # stock not yet ordered


def place(session: Session, *, buy_id: int, member_id: str, name: str, quantity: int, add: bool,
          at: datetime, most: int) -> Placed:
    """Set (or with ``add``, raise or lower) a member's order; 0 cancels. Stock and cut-off are checked by the
    UPDATE itself, so no interleaving of orders can sell more than the stock."""
    buy = session.get(GroupBuy, buy_id)
    if buy is None or buy.status != "open" or at >= buy.deadline:
        return Placed("closed")
    mine = GroupBuyOrder.group_buy_id == buy_id, GroupBuyOrder.member_id == member_id
    previous = session.exec(select(GroupBuyOrder.quantity).where(*mine)).first() or 0
    wanted = max(previous + quantity, 0) if add else quantity  # "少要一份" lowers an order, never below none
    if wanted > most:
        return Placed("too_many", previous, previous)
    delta = wanted - previous
    if delta == 0:
        return _placed(session, buy_id, "same" if wanted else "none", wanted, previous)
    taken = session.execute(
        sa.update(GroupBuy)
        .where(GroupBuy.id == buy_id, GroupBuy.status == "open", GroupBuy.deadline > at,
               GroupBuy.sold + delta <= GroupBuy.stock)
        .values(sold=GroupBuy.sold + delta)
    ).rowcount == 1
    if not taken:
        return _placed(session, buy_id, "short", previous, previous)
    if not insert_ignore(session, GroupBuyOrder, dict(group_buy_id=buy_id, member_id=member_id, name=name,
                                                      quantity=wanted, at=at, updated_at=at)):
        session.execute(sa.update(GroupBuyOrder).where(*mine).values(quantity=wanted, name=name, updated_at=at))
    return _placed(session, buy_id, "ordered", wanted, previous)


def _placed(session: Session, buy_id: int, status: str, quantity: int, previous: int) -> Placed:
    sold, stock = session.exec(select(GroupBuy.sold, GroupBuy.stock).where(GroupBuy.id == buy_id)).one()
    return Placed(status, quantity, previous, sold, stock - sold)


def close(session: Session, buy_id: int, at: datetime | None = None) -> GroupBuy | None:
    """Close once (a conditional UPDATE), at ``at`` (its cut-off, or the staff's /截单); None if it was already closed."""
    if session.execute(
        sa.update(GroupBuy).where(GroupBuy.id == buy_id, GroupBuy.status == "open").values(status="closed", closed_at=at)
    ).rowcount != 1:
        return None
    return detached(session, session.get(GroupBuy, buy_id))


def orders(session: Session, buy_id: int) -> list[GroupBuyOrder]:
    """Live orders (cancelled ones left out), first ordered first."""
    rows = session.exec(select(GroupBuyOrder).where(GroupBuyOrder.group_buy_id == buy_id, GroupBuyOrder.quantity > 0)
                        .order_by(GroupBuyOrder.at, GroupBuyOrder.id)).all()
    return [detached(session, row) for row in rows]


def ordered_by(session: Session, buy_id: int, member_id: str) -> int:
    """The portions a member has in a group-buy now (0: none, or cancelled)."""
    return session.exec(select(GroupBuyOrder.quantity).where(GroupBuyOrder.group_buy_id == buy_id,
                                                              GroupBuyOrder.member_id == member_id)).first() or 0


def latest(session: Session, group_id: str) -> GroupBuy | None:
    """The group's open group-buy, else its most recent one (for /汇总 after the cut-off)."""
    row = session.exec(select(GroupBuy).where(GroupBuy.group_id == group_id)
                       .order_by((GroupBuy.status == "open").desc(), GroupBuy.id.desc())).first()
    return detached(session, row) if row else None


def recent(session: Session, group_id: str, limit: int = 20) -> list[GroupBuy]:
    """The group's group-buys, newest first (the open one among them): what a staff command may name."""
    rows = session.exec(select(GroupBuy).where(GroupBuy.group_id == group_id).order_by(GroupBuy.id.desc()).limit(limit))
    return [detached(session, row) for row in rows.all()]


@dataclass(frozen=True)
class Restocked:
    status: str  # changed | closed (not open any more) | below (fewer than are ordered) | too_many
    stock: int = 0
    sold: int = 0


def set_stock(session: Session, *, buy_id: int, stock: int, add: bool, most: int) -> Restocked:
    """Change an open group-buy's stock to ``stock`` (with ``add``, by it): a conditional UPDATE, so the stock never
    falls below what is ordered, however orders and this interleave."""
    new = GroupBuy.stock + stock if add else sa.literal(stock)
    changed = session.execute(
        sa.update(GroupBuy).where(GroupBuy.id == buy_id, GroupBuy.status == "open", new >= GroupBuy.sold, new >= 1,
                                  new <= most).values(stock=new)
    ).rowcount == 1
    row = session.exec(select(GroupBuy.stock, GroupBuy.sold, GroupBuy.status).where(GroupBuy.id == buy_id)).first()
    if row is None:
        return Restocked("closed")
    now, sold, status = row
    if changed:
        return Restocked("changed", now, sold)
    wanted = now + stock if add else stock
    return Restocked("closed" if status != "open" else "too_many" if wanted > most else "below", now, sold)


def open_buys(session: Session) -> list[GroupBuy]:
    return list(session.exec(select(GroupBuy).where(GroupBuy.status == "open")).all())


def newest_closed(session: Session) -> list[GroupBuy]:
    """Each group's most recently closed group-buy (its late-order window may still be running)."""
    newest = sa.func.max(GroupBuy.id)
    ids = session.exec(select(newest).where(GroupBuy.status == "closed").group_by(GroupBuy.group_id)).all()
    return list(session.exec(select(GroupBuy).where(GroupBuy.id.in_(ids))).all())


@dataclass(frozen=True)
class PickLine:
    pickup: str
    buy_id: int
    item: str
    price: float
    group_name: str
    member_name: str
    member_id: str
    quantity: int
    ordered_at: datetime


def pick_lines(session: Session, buy_ids: list[int] | None = None) -> list[PickLine]:
    """Every live order line, by pickup point, group-buy, then order time (the pick list's rows)."""
    query = (select(GroupBuy, GroupBuyOrder).join(GroupBuyOrder, GroupBuyOrder.group_buy_id == GroupBuy.id)
             .where(GroupBuyOrder.quantity > 0)
             .order_by(GroupBuy.pickup, GroupBuy.id, GroupBuyOrder.at, GroupBuyOrder.id))
    if buy_ids:
        query = query.where(GroupBuy.id.in_(buy_ids))
    return [PickLine(buy.pickup, buy.id, buy.item, buy.price, buy.group_name, order.name, order.member_id,
                     order.quantity, order.at) for buy, order in session.exec(query).all()]
