"""What the dashboard shows, read from the roll-ups and the small tables (never a scan of event_log).

Every function takes a session and plain values and returns plain data, so it runs
on a reader thread (``Database.read``) and in the benchmark alike.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session

TREND_DAYS = 30
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


def _rows(session: Session, sql: str, **params) -> list[sa.Row]:
    return list(session.execute(sa.text(sql), params))


def _utc_text(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S.%f")


def overview(session: Session, groups: dict[str, tuple[str, int]], today: date, now: datetime,
             full_group: int = 200) -> list[GroupHealth]:
    """All groups' health, red flags first. ``groups``: id -> (name, member count) from the transport."""
    start = today - timedelta(days=TREND_DAYS - 1)
    health = {gid: GroupHealth(gid, name, count, trend=[0] * TREND_DAYS) for gid, (name, count) in groups.items()}

    def get(gid: str) -> GroupHealth | None:
        return health.get(gid)

    for gid, day, messages, active in _rows(session, """
            SELECT group_id, day, messages, active_members FROM daily_group_stats WHERE day >= :start""",
            start=start.isoformat()):
        if (g := get(gid)) is None:
            continue
        age = (today - date.fromisoformat(day)).days
        if 0 <= age < TREND_DAYS:
            g.trend[TREND_DAYS - 1 - age] = messages
        if age == 0:
            g.active_today = active
        if 0 <= age < 7:
            g.messages_7d += messages
        elif 7 <= age < 14:
            g.messages_prev_7d += messages
    for gid, active in _rows(session, """
            SELECT group_id, count(*) FROM member_last_seen WHERE last_day > :since GROUP BY group_id""",
            since=(today - timedelta(days=7)).isoformat()):
        if g := get(gid):
            g.active_7d = active
    for gid, count in _rows(session, "SELECT group_id, count(*) FROM sign_in WHERE day = :today GROUP BY group_id",
                            today=today.isoformat()):
        if g := get(gid):
            g.signins_today = count
    week_ago = _utc_text(now - timedelta(days=7))
    for gid, asked, won in _rows(session, """
            SELECT group_id, count(*), sum(winner_id IS NOT NULL) FROM quiz_round WHERE asked_at >= :since
            GROUP BY group_id""", since=week_ago):
        if g := get(gid):
            g.quizzes_7d, g.quizzes_won_7d = asked, won or 0
    day_ago = _utc_text(now - timedelta(days=1))
    for gid, week, day in _rows(session, """
            SELECT group_id, count(*), sum(at >= :day_ago) FROM moderation_log WHERE at >= :since GROUP BY group_id""",
            since=week_ago, day_ago=day_ago):
        if g := get(gid):
            g.violations_7d, g.violations_today = week, day or 0
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
    by_day = {day: (m, a, j, l) for day, m, a, j, l in _rows(session, """
        SELECT day, messages, active_members, joins, leaves FROM daily_group_stats
        WHERE group_id = :g AND day >= :start""", g=group_id, start=start.isoformat())}
    series: dict[str, list] = {"days": [], "messages": [], "active": [], "joins": [], "leaves": []}
    for i in range(days):
        day = (start + timedelta(days=i)).isoformat()
        m, a, j, l = by_day.get(day, (0, 0, 0, 0))
        for key, value in zip(("days", "messages", "active", "joins", "leaves"), (day, m, a, j, l)):
            series[key].append(value)
    return series


def top_members(session: Session, group_id: str, today: date, limit: int = 10) -> list[tuple[str, int, int]]:
    """(member id, messages in 30 days, members they invited in 30 days): KOL candidates first."""
    since = (today - timedelta(days=TREND_DAYS - 1)).isoformat()
    invited = dict(_rows(session, """
        SELECT inviter, count(*) FROM event_log WHERE group_id = :g AND event = 'join' AND inviter IS NOT NULL
        AND at >= :since GROUP BY inviter""", g=group_id, since=since))
    rows = _rows(session, """
        SELECT member_id, sum(messages) AS n FROM daily_member_stats WHERE group_id = :g AND day >= :since
        GROUP BY member_id ORDER BY n DESC LIMIT :limit""", g=group_id, since=since, limit=limit)
    return [(member, messages, invited.get(member, 0)) for member, messages in rows]


def last_seen(session: Session, group_id: str) -> dict[str, date]:
    return {member: date.fromisoformat(day) for member, day in _rows(session, """
        SELECT member_id, last_day FROM member_last_seen WHERE group_id = :g""", g=group_id)}


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
    return [tuple(r) for r in _rows(session, """
        SELECT member_id, sum(delta) AS total FROM points_ledger WHERE group_id = :g
        GROUP BY member_id ORDER BY total DESC LIMIT :limit""", g=group_id, limit=limit)]


def violations(session: Session, group_id: str | None = None, member_id: str | None = None,
               limit: int = 20) -> list[dict]:
    where, params = [], {"limit": limit}
    if group_id is not None:
        where.append("group_id = :g")
        params["g"] = group_id
    if member_id is not None:
        where.append("member_id = :m")
        params["m"] = member_id
    sql = ("SELECT at, group_id, member_id, rule, action, taken, reason, evidence FROM moderation_log"
           + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC LIMIT :limit")
    return [dict(r._mapping) for r in _rows(session, sql, **params)]


def redpackets(session: Session, group_id: str, month_start: date) -> dict:
    planned = _rows(session, """SELECT day, amount, shares, reason FROM red_packet_plan
        WHERE group_id = :g AND day >= :start ORDER BY day""", g=group_id, start=month_start.isoformat())
    spent = _rows(session, """SELECT at, amount, messages_before, messages_after FROM red_packet_log
        WHERE group_id = :g AND at >= :start ORDER BY at""", g=group_id, start=month_start.isoformat())
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
    for member, tag in _rows(session, "SELECT member_id, tag FROM member_tag ORDER BY tag"):
        tags[member].append(tag)
    return tags


def member_totals(session: Session, today: date) -> dict[tuple[str, str], dict]:
    """(group, member) -> points, messages in 30 days, last day seen."""
    since = (today - timedelta(days=TREND_DAYS - 1)).isoformat()
    totals: dict[tuple[str, str], dict] = defaultdict(lambda: dict(EMPTY_TOTALS))
    for gid, mid, points in _rows(session, "SELECT group_id, member_id, sum(delta) FROM points_ledger GROUP BY 1, 2"):
        totals[(gid, mid)]["points"] = points
    for gid, mid, messages, last in _rows(session, """
            SELECT group_id, member_id, sum(CASE WHEN day >= :since THEN messages ELSE 0 END), max(day)
            FROM daily_member_stats GROUP BY 1, 2""", since=since):
        totals[(gid, mid)].update(messages_30d=messages, last_seen=last)
    return totals


def profile(session: Session, member_id: str) -> dict:
    return {
        "ledger": [dict(r._mapping) for r in _rows(session, """SELECT at, group_id, delta, reason FROM points_ledger
            WHERE member_id = :m ORDER BY id DESC LIMIT 50""", m=member_id)],
        "signins": [dict(r._mapping) for r in _rows(session, """SELECT day, group_id, streak, points FROM sign_in
            WHERE member_id = :m ORDER BY day DESC LIMIT 30""", m=member_id)],
        "messages": [dict(r._mapping) for r in _rows(session, """SELECT at, group_id, kind, text FROM event_log
            WHERE member_id = :m AND event = 'message' ORDER BY id DESC LIMIT 20""", m=member_id)],
        "violations": violations(session, member_id=member_id),
        "tags": [t for (t,) in _rows(session, "SELECT tag FROM member_tag WHERE member_id = :m ORDER BY tag", m=member_id)],
    }


def member_export(session: Session, member_id: str) -> dict[str, list[dict]]:
    """Everything stored about one member, table by table (a privacy request)."""
    tables = ("event_log", "sign_in", "points_ledger", "moderation_log", "member_tag", "draw_entry", "daily_member_stats")
    return {table: [{k: (str(v) if v is not None else None) for k, v in r._mapping.items()}
                    for r in _rows(session, f"SELECT * FROM {table} WHERE member_id = :m", m=member_id)]
            for table in tables}
