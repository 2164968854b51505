"""Events (活动报名): one live event per group, one sign-up per member, seats by conditional UPDATE,
a waitlist promoted in order of sign-up when seats free up (a party too big for them keeps waiting)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from storage.db import detached, insert_ignore
from storage.models import Activity, ActivitySignup


def open_activity(session: Session, **values) -> Activity | None:
    """None when the group already has an event that has not started."""
    if not insert_ignore(session, Activity, values):
        return None
    return detached(session, session.exec(
        select(Activity).where(Activity.group_id == values["group_id"], Activity.status == "open")).one())


def live_in(session: Session, group_id: str) -> Activity | None:
    row = session.exec(select(Activity).where(Activity.group_id == group_id, Activity.status == "open")).first()
    return detached(session, row) if row else None


def set_place(session: Session, group_id: str, place: str) -> Activity | None:
    """(m32) Where the group's open event is held; None when it has none open."""
    if session.execute(sa.update(Activity).where(Activity.group_id == group_id, Activity.status == "open")
                       .values(place=place)).rowcount != 1:
        return None
    return live_in(session, group_id)


@dataclass(frozen=True)
class SignedUp:
    status: str  # in | wait | same | short | cancelled | none | closed | too_many
    people: int = 0
    taken: int = 0
    capacity: int = 0
    position: int = 0  # on the waitlist
    promoted: list[str] = field(default_factory=list)  # member ids moved from the waitlist to the list
    previous: int = 0  # the party before a change of its size (0: a new sign-up)


def sign_up(session: Session, *, activity_id: int, member_id: str, name: str, people: int, at: datetime,
            add: bool = False, most: int | None = None) -> SignedUp:
    """Join (or change the head count); ``people`` 0 cancels; with ``add``, ``people`` changes the member's party by
    so many ("再加一个"), "none" when there is no sign-up to change (a party brought down to none cancels); "too_many"
    above ``most``. Sign-ups close at the deadline; cancelling is possible until the event starts, and frees seats for the waitlist."""
    activity = session.get(Activity, activity_id)
    if activity is None or activity.status != "open" or at >= activity.starts_at:
        return SignedUp("closed")
    row = session.exec(select(ActivitySignup).where(ActivitySignup.activity_id == activity_id,
                                                    ActivitySignup.member_id == member_id)).first()
    if add:
        if row is None or row.status == "cancelled":
            return SignedUp("none")
        people = max(row.people + people, 0)
    if most is not None and people > most:
        return SignedUp("too_many", row.people if row is not None else 0)
    if people == 0:
        return _cancel(session, activity, row)
    if at >= activity.deadline:
        return SignedUp("closed")
    if row is not None and row.status == "in":
        delta = people - row.people
        if delta == 0:
            return _result(session, activity_id, "same", people)
        if not _take(session, activity_id, delta):
            return _result(session, activity_id, "short", row.people)
        previous, row.people, row.name = row.people, people, name
        session.add(row)
        return _result(session, activity_id, "in", people, promoted=_promote(session, activity_id) if delta < 0 else [],
                       previous=previous)
    if row is None:
        insert_ignore(session, ActivitySignup, dict(activity_id=activity_id, member_id=member_id, name=name,
                                                    people=people, status="wait", at=at))
        row = session.exec(select(ActivitySignup).where(ActivitySignup.activity_id == activity_id,
                                                        ActivitySignup.member_id == member_id)).one()
    elif row.status == "cancelled":
        row.at = at  # back of the queue
    row.people, row.name = people, name
    row.status = "in" if _take(session, activity_id, people) else "wait"  # free seats are never left empty
    session.add(row)
    session.flush()
    position = [r.id for r in _waiting(session, activity_id)].index(row.id) + 1 if row.status == "wait" else 0
    return _result(session, activity_id, row.status, people, position=position)


def _cancel(session: Session, activity: Activity, row: ActivitySignup | None) -> SignedUp:
    if row is None or row.status == "cancelled":
        return SignedUp("none")
    was_in = row.status == "in"
    if was_in:
        session.execute(sa.update(Activity).where(Activity.id == activity.id)
                        .values(taken=Activity.taken - row.people))
    row.status = "cancelled"
    session.add(row)
    session.flush()
    return _result(session, activity.id, "cancelled", row.people, promoted=_promote(session, activity.id) if was_in else [])


def _take(session: Session, activity_id: int, people: int) -> bool:
    return session.execute(
        sa.update(Activity).where(Activity.id == activity_id, Activity.taken + people <= Activity.capacity)
        .values(taken=Activity.taken + people)
    ).rowcount == 1


def _waiting(session: Session, activity_id: int) -> list[ActivitySignup]:
    return list(session.exec(select(ActivitySignup).where(ActivitySignup.activity_id == activity_id,
                                                          ActivitySignup.status == "wait")
                             .order_by(ActivitySignup.at, ActivitySignup.id)).all())


def _promote(session: Session, activity_id: int) -> list[str]:
    """In order of sign-up, everyone whose party fits the freed seats moves up."""
    promoted = []
    for row in _waiting(session, activity_id):
        if not _take(session, activity_id, row.people):
            continue
        row.status = "in"
        session.add(row)
        promoted.append(row.member_id)
    session.flush()
    return promoted


def _result(session: Session, activity_id: int, status: str, people: int, **more) -> SignedUp:
    taken, capacity = session.exec(select(Activity.taken, Activity.capacity).where(Activity.id == activity_id)).one()
    return SignedUp(status, people, taken, capacity, **more)


@dataclass(frozen=True)
class Roster:
    activity: Activity
    going: list[ActivitySignup]
    waiting: list[ActivitySignup]


def roster(session: Session, activity_id: int) -> Roster:
    rows = session.exec(select(ActivitySignup).where(ActivitySignup.activity_id == activity_id,
                                                     ActivitySignup.status != "cancelled")
                        .order_by(ActivitySignup.at, ActivitySignup.id)).all()
    rows = [detached(session, r) for r in rows]
    return Roster(detached(session, session.get(Activity, activity_id)),
                  [r for r in rows if r.status == "in"], [r for r in rows if r.status == "wait"])


def signed_up(session: Session, activity_id: int, member_id: str) -> int:
    """The people a member has signed up for an event now, on the list or waiting (0: none, or cancelled)."""
    row = session.exec(select(ActivitySignup.people, ActivitySignup.status).where(
        ActivitySignup.activity_id == activity_id, ActivitySignup.member_id == member_id)).first()
    return row[0] if row is not None and row[1] != "cancelled" else 0


def latest(session: Session, group_id: str) -> Activity | None:
    row = session.exec(select(Activity).where(Activity.group_id == group_id)
                       .order_by((Activity.status == "open").desc(), Activity.id.desc())).first()
    return detached(session, row) if row else None


def recent(session: Session, group_id: str, limit: int = 20) -> list[Activity]:
    """The group's events, newest first: what a staff command may name."""
    rows = session.exec(select(Activity).where(Activity.group_id == group_id).order_by(Activity.id.desc()).limit(limit))
    return [detached(session, row) for row in rows.all()]


@dataclass(frozen=True)
class Resized:
    status: str  # changed | closed (started) | below (fewer than are signed up)
    capacity: int = 0
    taken: int = 0
    promoted: list[str] = field(default_factory=list)  # member ids moved from the waitlist to the list


def set_capacity(session: Session, *, activity_id: int, capacity: int) -> Resized:
    """Change an open event's places: never below the people already on the list (a conditional UPDATE); more places
    move the waitlist up in order of sign-up, as a cancellation does."""
    changed = session.execute(
        sa.update(Activity).where(Activity.id == activity_id, Activity.status == "open", Activity.taken <= capacity)
        .values(capacity=capacity)
    ).rowcount == 1
    row = session.exec(select(Activity.capacity, Activity.taken, Activity.status).where(Activity.id == activity_id)).first()
    if row is None or row[2] != "open":
        return Resized("closed")
    if not changed:
        return Resized("below", row[0], row[1])
    promoted = _promote(session, activity_id)
    now, taken = session.exec(select(Activity.capacity, Activity.taken).where(Activity.id == activity_id)).one()
    return Resized("changed", now, taken, promoted)


def cancel(session: Session, activity_id: int) -> list[str] | None:
    """(c34) Call off an event that has not started (a conditional UPDATE): the ids of the members on its list and its
    waitlist, to be told; None when it had started or was called off already."""
    if session.execute(sa.update(Activity).where(Activity.id == activity_id, Activity.status == "open")
                       .values(status="cancelled")).rowcount != 1:
        return None
    return list(session.exec(select(ActivitySignup.member_id).where(ActivitySignup.activity_id == activity_id,
                                                                    ActivitySignup.status != "cancelled")
                                .order_by(ActivitySignup.at)).all())


def reschedule(session: Session, activity_id: int, *, starts_at: datetime, deadline: datetime,
               remind_at: datetime | None) -> Activity | None:
    """(c34) Move an event that has not started to a new time (a conditional UPDATE), its sign-ups kept; the close notice
    and the reminder go out again at the new times. None when it had started or was called off."""
    if session.execute(sa.update(Activity).where(Activity.id == activity_id, Activity.status == "open").values(
            starts_at=starts_at, deadline=deadline, remind_at=remind_at, closed_notice=False, reminded=False)).rowcount != 1:
        return None
    return detached(session, session.get(Activity, activity_id))


def mark(session: Session, activity_id: int, **flags) -> bool:
    """Set flags (closed_notice, reminded, status) once: True only for the call that changed them."""
    conditions = [getattr(Activity, key) != value for key, value in flags.items()]
    return session.execute(sa.update(Activity).where(Activity.id == activity_id, *conditions)
                           .values(**flags)).rowcount == 1


def live(session: Session) -> list[Activity]:
    return list(session.exec(select(Activity).where(Activity.status == "open")).all())
