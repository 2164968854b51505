"""Daily roll-ups of event_log, and the retention of message bodies.

The dashboard reads ``daily_group_stats`` and ``daily_member_stats``, never the raw
log, so its overview costs the same with 10 million logged messages as with ten.
``refresh`` reads the log past a stored watermark (its last id) in bounded chunks,
so it can run through the one writer without holding it for long.

Days are local days at a fixed UTC offset (the defaults' timezone at start-up;
China has no daylight saving time).
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import sqlalchemy as sa
from sqlmodel import Session

WATERMARK = "event_log_id"
CHUNK = 50_000  # log rows per transaction: about a quarter of a second of the writer


def day_modifier(offset: timedelta) -> str:
    """SQLite's date() modifier for a UTC offset, e.g. '+480 minutes'."""
    return f"{int(offset.total_seconds() // 60):+d} minutes"


def refresh(session: Session, offset: timedelta, chunk: int = CHUNK) -> bool:
    """Roll up the next chunk of new log rows; True when more remain."""
    lo = session.execute(sa.text("SELECT value FROM rollup_state WHERE name = :n"), {"n": WATERMARK}).scalar() or 0
    top = session.execute(sa.text("SELECT max(id) FROM event_log")).scalar() or 0
    if top <= lo:
        return False
    hi = min(top, lo + chunk)
    bounds = {"lo": lo, "hi": hi, "mod": day_modifier(offset)}
    session.execute(sa.text("CREATE INDEX IF NOT EXISTS ix_sign_in_day ON sign_in (day, group_id)"))  # today's sign-ins
    session.execute(sa.text("""
        INSERT INTO daily_member_stats (group_id, member_id, day, messages)
        SELECT group_id, member_id, date(at, :mod), count(*) FROM event_log
        WHERE id > :lo AND id <= :hi AND event = 'message' AND group_id != ''
        GROUP BY 1, 2, 3
        ON CONFLICT (group_id, member_id, day) DO UPDATE SET messages = messages + excluded.messages"""), bounds)
    session.execute(sa.text("""
        INSERT INTO daily_group_stats (group_id, day, messages, joins, leaves, active_members)
        SELECT group_id, date(at, :mod), sum(event = 'message'), sum(event = 'join'), sum(event = 'leave'), 0
        FROM event_log WHERE id > :lo AND id <= :hi AND group_id != ''
        GROUP BY 1, 2
        ON CONFLICT (group_id, day) DO UPDATE SET messages = messages + excluded.messages,
            joins = joins + excluded.joins, leaves = leaves + excluded.leaves"""), bounds)
    session.execute(sa.text("""
        INSERT INTO member_last_seen (group_id, member_id, last_day)
        SELECT group_id, member_id, max(date(at, :mod)) FROM event_log
        WHERE id > :lo AND id <= :hi AND event = 'message' AND group_id != ''
        GROUP BY 1, 2
        ON CONFLICT (group_id, member_id) DO UPDATE SET last_day = max(last_day, excluded.last_day)"""), bounds)
    first_day = session.execute(sa.text("SELECT min(date(at, :mod)) FROM event_log WHERE id > :lo AND id <= :hi"),
                                bounds).scalar()
    session.execute(sa.text("""
        UPDATE daily_group_stats SET active_members = (
            SELECT count(*) FROM daily_member_stats m
            WHERE m.day = daily_group_stats.day AND m.group_id = daily_group_stats.group_id)
        WHERE day >= :first"""), {"first": first_day})
    session.execute(sa.text("""
        INSERT INTO rollup_state (name, value) VALUES (:n, :v)
        ON CONFLICT (name) DO UPDATE SET value = excluded.value"""), {"n": WATERMARK, "v": hi})
    return hi < top


def purge_bodies(session: Session, before: datetime) -> int:
    """Drop message bodies logged before ``before``; counts and kinds stay. Returns rows purged."""
    result = session.execute(sa.text("UPDATE event_log SET text = NULL WHERE at < :before AND text IS NOT NULL"),
                             {"before": before.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")})
    return result.rowcount


def forget_member(session: Session, member_id: str) -> dict[str, int]:
    """Delete what is stored about one member (a privacy request); group totals stay as anonymous counts."""
    removed = {}
    for table, column in (("event_log", "member_id"), ("daily_member_stats", "member_id"), ("member_last_seen", "member_id"), ("sign_in", "member_id"),
                          ("points_ledger", "member_id"), ("moderation_log", "member_id"), ("moderation_strike", "member_id"), ("member_tag", "member_id"),
                          ("draw_entry", "member_id")):
        result = session.execute(sa.text(f"DELETE FROM {table} WHERE {column} = :m"), {"m": member_id})
        removed[table] = result.rowcount
    return removed
