"""What the dashboard shows, read from the roll-ups and the small tables (never a scan of event_log).

Every function takes a session and plain values and returns plain data, so it runs
on a reader thread (``Database.read``) and in the benchmark alike. SQLAlchemy Core, so the
same queries run on SQLite and PostgreSQL, with dates and times bound as Python values.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

import sqlalchemy as sa
from sqlmodel import Session

from storage.models import (Activity, ActivitySignup, Coupon, DailyGroupStats, DailyMemberStats, EventLog, GroupBuy,
                            GroupBuyOrder, GroupBuyPickup, MemberLastSeen, MemberTag, ModerationLabel, ModerationLog,
                            OpenQuestion, PointsEntry, Promise, QuizRound, RedPacketLog, RedPacketPlan, SignIn, Strike)

TREND_DAYS = 30
GROUPS, MEMBERS, SEEN = DailyGroupStats.__table__, DailyMemberStats.__table__, MemberLastSeen.__table__
LOG, SIGNIN, POINTS, MODLOG = EventLog.__table__, SignIn.__table__, PointsEntry.__table__, ModerationLog.__table__
QUIZ, TAGS = QuizRound.__table__, MemberTag.__table__
ORDERS, BUYS, PICKUPS = GroupBuyOrder.__table__, GroupBuy.__table__, GroupBuyPickup.__table__
COUPONS = Coupon.__table__
SIGNUPS, ACTIVITIES, PROMISES = ActivitySignup.__table__, Activity.__table__, Promise.__table__
count = sa.func.count
EMPTY_TOTALS = {"points": 0, "messages_30d": 0, "last_seen": ""}


@dataclass
class GroupHealth:
    group_id: str
    name: str
    members: int
    active_today: int = 0
    active_7d: int = 0
    messages_7d: int = 0
    messages_prev_7d: int = 0
    trend: list[int] = field(default_factory=list)  # messages per day, oldest first
    signins_today: int = 0
    quizzes_7d: int = 0
    quizzes_won_7d: int = 0
    violations_today: int = 0
    violations_7d: int = 0
    flags: list[str] = field(default_factory=list)
    health: int = 0

    @property
    def signin_rate(self) -> float:
        return self.signins_today / self.members if self.members else 0.0

    @property
    def quiz_rate(self) -> float:
        return self.quizzes_won_7d / self.quizzes_7d if self.quizzes_7d else 0.0


def _rows(session: Session, query: sa.Executable) -> list[sa.Row]:
    return list(session.execute(query))


def overview(session: Session, groups: dict[str, tuple[str, int]], today: date, now: datetime,
             full_group: int = 200) -> list[GroupHealth]:
    """All groups' health, red flags first. ``groups``: id -> (name, member count) from the transport."""
    start = today - timedelta(days=TREND_DAYS - 1)
    health = {gid: GroupHealth(gid, name, count, trend=[0] * TREND_DAYS) for gid, (name, count) in groups.items()}

    def get(gid: str) -> GroupHealth | None:
        return health.get(gid)

    for gid, day, messages, active in _rows(session, sa.select(
            GROUPS.c.group_id, GROUPS.c.day, GROUPS.c.messages, GROUPS.c.active_members).where(GROUPS.c.day >= start)):
        if (g := get(gid)) is None:
            continue
        age = (today - day).days
        if 0 <= age < TREND_DAYS:
            g.trend[TREND_DAYS - 1 - age] = messages
        if age == 0:
            g.active_today = active
        if 0 <= age < 7:
            g.messages_7d += messages
        elif 7 <= age < 14:
            g.messages_prev_7d += messages
    for gid, active in _rows(session, sa.select(SEEN.c.group_id, count()).where(
            SEEN.c.last_day > today - timedelta(days=7)).group_by(SEEN.c.group_id)):
        if g := get(gid):
            g.active_7d = active
    for gid, signed in _rows(session, sa.select(SIGNIN.c.group_id, count()).where(SIGNIN.c.day == today)
                             .group_by(SIGNIN.c.group_id)):
        if g := get(gid):
            g.signins_today = signed
    week_ago = now - timedelta(days=7)
    for gid, asked, won in _rows(session, sa.select(QUIZ.c.group_id, count(), count(QUIZ.c.winner_id))
                                 .where(QUIZ.c.asked_at >= week_ago).group_by(QUIZ.c.group_id)):
        if g := get(gid):
            g.quizzes_7d, g.quizzes_won_7d = asked, won
    day_ago = now - timedelta(days=1)
    for gid, week, day in _rows(session, sa.select(MODLOG.c.group_id, count(), count().filter(MODLOG.c.at >= day_ago))
                                .where(MODLOG.c.at >= week_ago).group_by(MODLOG.c.group_id)):
        if g := get(gid):
            g.violations_7d, g.violations_today = week, day
    for g in health.values():
        g.flags = red_flags(g, full_group)
        g.health = health_score(g)
    return sorted(health.values(), key=lambda g: (not g.flags, g.health, g.name))


def red_flags(g: GroupHealth, full_group: int) -> list[str]:
    flags = []
    if g.members >= 0.9 * full_group:
        flags.append("快满了")
    if (g.messages_prev_7d >= 10 and g.messages_7d < g.messages_prev_7d / 2) or (g.members and not g.active_7d):
        flags.append("冷清")
    earlier_daily = (g.violations_7d - g.violations_today) / 6
    if g.violations_today >= 3 and g.violations_today > 2 * earlier_daily:
        flags.append("违规激增")
    return flags


def health_score(g: GroupHealth) -> int:
    """0-100: half engagement (a quarter of members active in 7 days scores full), trend, sign-ins; minus violations."""
    engagement = min(1.0, g.active_7d / g.members / 0.25) if g.members else 0.0
    if g.messages_prev_7d:
        trend = min(1.0, g.messages_7d / g.messages_prev_7d)
    else:
        trend = 1.0 if g.messages_7d else 0.0
    signins = min(1.0, g.signin_rate / 0.2)
    score = 50 * engagement + 30 * trend + 20 * signins - min(20, 2 * g.violations_7d)
    return max(0, min(100, round(score)))


# --- one group -----------------------------------------------------------------------

def activity(session: Session, group_id: str, today: date, days: int = TREND_DAYS) -> dict[str, list]:
    """Per day, oldest first: messages, active members, joins, leaves."""
    start = today - timedelta(days=days - 1)
    by_day = {day: (m, a, j, l) for day, m, a, j, l in _rows(session, sa.select(
        GROUPS.c.day, GROUPS.c.messages, GROUPS.c.active_members, GROUPS.c.joins, GROUPS.c.leaves)
        .where(GROUPS.c.group_id == group_id, GROUPS.c.day >= start))}
    signed = dict(_rows(session, sa.select(SIGNIN.c.day, count()).where(
        SIGNIN.c.group_id == group_id, SIGNIN.c.day >= start).group_by(SIGNIN.c.day)))
    keys = ("days", "messages", "active", "joins", "leaves", "signins")
    series: dict[str, list] = {key: [] for key in keys}
    for i in range(days):
        day = start + timedelta(days=i)
        m, a, j, l = by_day.get(day, (0, 0, 0, 0))
        for key, value in zip(keys, (day.isoformat(), m, a, j, l, signed.get(day, 0))):
            series[key].append(value)
    return series


def kpis(session: Session, health: list[GroupHealth], day_start: datetime) -> dict:
    """The numbers at the top of the overview, over every group; ``day_start``: local midnight in UTC."""
    members = sum(g.members for g in health)
    signed = sum(g.signins_today for g in health)
    return {"members": members, "active_today": sum(g.active_today for g in health),
            "active_7d": sum(g.active_7d for g in health), "signin_rate": signed / members if members else 0.0,
            "orders_today": session.execute(sa.select(count()).where(
                ORDERS.c.at >= day_start, ORDERS.c.quantity > 0)).scalar_one(),
            "open_questions": session.execute(sa.select(count()).where(
                OpenQuestion.__table__.c.status == "open")).scalar_one(),
            "violations_today": sum(g.violations_today for g in health),
            "violations_7d": sum(g.violations_7d for g in health)}


def top_members(session: Session, group_id: str, today: date, limit: int = 10) -> list[tuple[str, int, int]]:
    """(member id, messages in 30 days, members they invited in 30 days): KOL candidates first."""
    since = today - timedelta(days=TREND_DAYS - 1)
    invited = dict(_rows(session, sa.select(LOG.c.inviter, count()).where(
        LOG.c.group_id == group_id, LOG.c.event == "join", LOG.c.inviter.is_not(None),
        LOG.c.at >= datetime.combine(since, time(), timezone.utc)).group_by(LOG.c.inviter)))
    n = sa.func.sum(MEMBERS.c.messages).label("n")
    rows = _rows(session, sa.select(MEMBERS.c.member_id, n).where(MEMBERS.c.group_id == group_id, MEMBERS.c.day >= since)
                 .group_by(MEMBERS.c.member_id).order_by(n.desc()).limit(limit))
    return [(member, messages, invited.get(member, 0)) for member, messages in rows]


def last_seen(session: Session, group_id: str) -> dict[str, date]:
    return dict(_rows(session, sa.select(SEEN.c.member_id, SEEN.c.last_day).where(SEEN.c.group_id == group_id)))


def dormant_stage(days_silent: int | None) -> str | None:
    """The ladder a quiet member climbs: 沉默 (a week), 沉睡 (two weeks), 流失 (a month or never)."""
    if days_silent is None or days_silent >= 30:
        return "流失"
    if days_silent >= 14:
        return "沉睡"
    if days_silent >= 7:
        return "沉默"
    return None


def leaderboard(session: Session, group_id: str, limit: int = 10) -> list[tuple[str, int]]:
    total = sa.func.sum(POINTS.c.delta).label("total")
    return [tuple(r) for r in _rows(session, sa.select(POINTS.c.member_id, total).where(POINTS.c.group_id == group_id)
                                    .group_by(POINTS.c.member_id).order_by(total.desc()).limit(limit))]


def violations(session: Session, group_id: str | None = None, member_id: str | None = None,
               limit: int = 20) -> list[dict]:
    """The latest audit rows, each with the text struck ("" for staff actions): the dashboard labels it."""
    strike = Strike.__table__
    text = (sa.select(strike.c.text)
            .where(strike.c.group_id == MODLOG.c.group_id, strike.c.member_id == MODLOG.c.member_id,
                   strike.c.rule == MODLOG.c.rule, strike.c.at == MODLOG.c.at)
            .limit(1).scalar_subquery())
    query = sa.select(MODLOG.c.id, MODLOG.c.at, MODLOG.c.group_id, MODLOG.c.member_id, MODLOG.c.rule, MODLOG.c.action,
                      MODLOG.c.taken, MODLOG.c.reason, MODLOG.c.evidence, sa.func.coalesce(text, "").label("text")
                      ).order_by(MODLOG.c.id.desc()).limit(limit)
    if group_id is not None:
        query = query.where(MODLOG.c.group_id == group_id)
    if member_id is not None:
        query = query.where(MODLOG.c.member_id == member_id)
    return [dict(r._mapping) for r in _rows(session, query)]


def redpackets(session: Session, group_id: str, month_start: date) -> dict:
    plans, packets = RedPacketPlan.__table__, RedPacketLog.__table__
    planned = _rows(session, sa.select(plans.c.day, plans.c.amount, plans.c.shares, plans.c.reason)
                    .where(plans.c.group_id == group_id, plans.c.day >= month_start).order_by(plans.c.day))
    spent = _rows(session, sa.select(packets.c.at, packets.c.amount, packets.c.messages_before, packets.c.messages_after)
                  .where(packets.c.group_id == group_id,
                         packets.c.at >= datetime.combine(month_start, time(), timezone.utc)).order_by(packets.c.at))
    return {"planned": [dict(r._mapping) for r in planned], "spent": [dict(r._mapping) for r in spent],
            "planned_total": sum(r.amount for r in planned), "spent_total": sum(r.amount or 0 for r in spent)}


def group_page(session: Session, group_id: str, today: date) -> dict:
    """Everything the group page reads, in one reader call."""
    return {"series": activity(session, group_id, today), "top": top_members(session, group_id, today),
            "seen": last_seen(session, group_id), "board": leaderboard(session, group_id),
            "violations": violations(session, group_id), "packets": redpackets(session, group_id, today.replace(day=1))}


# --- members -------------------------------------------------------------------------

def tags_by_member(session: Session) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = defaultdict(list)
    for member, tag in _rows(session, sa.select(TAGS.c.member_id, TAGS.c.tag).order_by(TAGS.c.tag)):
        tags[member].append(tag)
    return tags


def member_totals(session: Session, today: date) -> dict[tuple[str, str], dict]:
    """(group, member) -> points, messages in 30 days, last day seen."""
    since = today - timedelta(days=TREND_DAYS - 1)
    totals: dict[tuple[str, str], dict] = defaultdict(lambda: dict(EMPTY_TOTALS))
    for gid, mid, points in _rows(session, sa.select(POINTS.c.group_id, POINTS.c.member_id, sa.func.sum(POINTS.c.delta))
                                  .group_by(POINTS.c.group_id, POINTS.c.member_id)):
        totals[(gid, mid)]["points"] = points
    recent = sa.func.sum(sa.case((MEMBERS.c.day >= since, MEMBERS.c.messages), else_=0))
    for gid, mid, messages, last in _rows(session, sa.select(
            MEMBERS.c.group_id, MEMBERS.c.member_id, recent, sa.func.max(MEMBERS.c.day))
            .group_by(MEMBERS.c.group_id, MEMBERS.c.member_id)):
        totals[(gid, mid)].update(messages_30d=messages, last_seen=last)
    return totals


def profile(session: Session, member_id: str) -> dict:
    signins, c = SIGNIN, POINTS.c
    return {
        "ledger": _dicts(session, sa.select(c.at, c.group_id, c.delta, c.reason)
                         .where(c.member_id == member_id).order_by(c.id.desc()).limit(50)),
        "signins": _dicts(session, sa.select(signins.c.day, signins.c.group_id, signins.c.streak, signins.c.points)
                          .where(signins.c.member_id == member_id).order_by(signins.c.day.desc()).limit(30)),
        "messages": _dicts(session, sa.select(LOG.c.at, LOG.c.group_id, LOG.c.kind, LOG.c.text)
                           .where(LOG.c.member_id == member_id, LOG.c.event == "message").order_by(LOG.c.id.desc()).limit(20)),
        "violations": violations(session, member_id=member_id),
        "tags": [t for (t,) in _rows(session, sa.select(TAGS.c.tag).where(TAGS.c.member_id == member_id).order_by(TAGS.c.tag))],
        "orders": _dicts(session, sa.select(ORDERS.c.at, ORDERS.c.quantity, PICKUPS.c.at.label("picked_up_at"), BUYS.c.item,
                                   BUYS.c.pickup).join(BUYS, BUYS.c.id == ORDERS.c.group_buy_id)
                         .outerjoin(PICKUPS, PICKUPS.c.order_id == ORDERS.c.id).where(ORDERS.c.member_id == member_id)
                         .order_by(ORDERS.c.id.desc()).limit(50)),
        "coupons": _dicts(session, sa.select(COUPONS).where(COUPONS.c.member_id == member_id)
                          .order_by(COUPONS.c.id.desc()).limit(50)),
        "signups": _dicts(session, sa.select(SIGNUPS.c.people, SIGNUPS.c.status, ACTIVITIES.c.title)
                          .join(ACTIVITIES, ACTIVITIES.c.id == SIGNUPS.c.activity_id)
                          .where(SIGNUPS.c.member_id == member_id).order_by(SIGNUPS.c.id.desc()).limit(50)),
        "promises": _dicts(session, sa.select(PROMISES).where(PROMISES.c.member_id == member_id)
                           .order_by(PROMISES.c.id.desc()).limit(50)),
    }


def _dicts(session: Session, query: sa.Executable) -> list[dict]:
    return [dict(r._mapping) for r in _rows(session, query)]


def stored_groups(session: Session) -> dict[str, str]:
    """Groups with activity in the database, named where a table kept the name (else by id): a group the
    directory does not list (a replay into the same file, a group the bot has left) still shows."""
    names: dict[str, str] = {gid: gid for (gid,) in _rows(session, sa.select(GROUPS.c.group_id).distinct())}
    for table in (QuizRound.__table__, GroupBuy.__table__, Activity.__table__, OpenQuestion.__table__):
        for gid, name in _rows(session, sa.select(table.c.group_id, sa.func.max(table.c.group_name))
                               .group_by(table.c.group_id)):
            names[gid] = name
    return names
