"""The dashboard's overview with millions of logged messages: roll-ups vs the raw log (target: <= 300 ms).

    .venv/bin/python benchmarks/dashboard.py                   (10 million messages, a few minutes)
    .venv/bin/python benchmarks/dashboard.py --rows 1000000    (the quick run in `make bench`)

Generates (seeded) a store's log: ``--groups`` groups of 40-200 members over ``--days``
days, activity per group and per member skewed (a few talkers, many lurkers), some
groups dying off; plus sign-ins, quiz rounds and moderation rows. Then, in the same run:

- the roll-up build from the raw log (what the hourly housekeeping does once after an upgrade);
- the overview exactly as the dashboard computes it (``bot.dashboard.queries.overview``),
  median of 5;
- the baseline: the overview's log figures (messages per day for 30 days, active members
  today and in 7 days) computed from event_log itself with its (group, time) index;
and checks that both give the same numbers.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import Session  # noqa: E402

from benchmarks.figures import Figure  # noqa: E402
from bot.dashboard import queries  # noqa: E402
from storage import Database  # noqa: E402
from storage.rollups import refresh  # noqa: E402

OFFSET = timedelta(hours=8)  # Asia/Shanghai
TARGET_MS = 300
SECONDS = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(86400)]


def generate(path: Path, rows: int, groups: int, days: int, seed: int) -> tuple[dict, date, datetime]:
    rng = random.Random(seed)
    db = Database(path)  # creates the schema, indexes included
    db.engine.dispose()
    con = sqlite3.connect(path)
    con.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;"
                      "DROP INDEX ix_event_log_group_at; DROP INDEX ix_event_log_group_member;")
    first = date(2026, 9, 1)
    today = first + timedelta(days=days - 1)
    now = datetime.combine(today, datetime.min.time(), timezone.utc) + timedelta(hours=12) - OFFSET
    info, weights = {}, []
    for g in range(groups):
        gid = f"g{g:04d}"
        members = [f"{gid}-m{m:03d}" for m in range(rng.randint(40, 200))]
        talk = [rng.paretovariate(1.2) for _ in members]
        fade = rng.random() < 0.1  # a dying group: activity falls away over the period
        info[gid] = (f"群{g:04d}", len(members), members, list(_cumulative(talk)), fade)
        weights.append(rng.lognormvariate(0, 0.6))
    scale = rows / (days * sum(weights))
    batch, written = [], 0
    for d in range(days):
        day = first + timedelta(days=d)
        prefix = f"{day.isoformat()} "
        for (gid, (_, _, members, cum, fade)), weight in zip(info.items(), weights):
            n = round(weight * scale * (max(0.05, 1 - d / days) * 2 if fade else 1))
            talkers = rng.choices(members, cum_weights=cum, k=n)
            for member, second in zip(talkers, rng.choices(range(86400), k=n)):
                # Local day `day` at `second`, stored as UTC text like SQLAlchemy stores it.
                utc = second - 8 * 3600
                at = prefix + SECONDS[utc] if utc >= 0 else (day - timedelta(days=1)).isoformat() + " " + SECONDS[utc + 86400]
                batch.append((at, gid, member, "message", "text"))
            if len(batch) >= 200_000:
                written += _flush(con, batch)
        for gid, (_, _, members, _, _) in info.items():
            signed = rng.sample(members, k=len(members) // 5)
            con.executemany("INSERT INTO sign_in (group_id, member_id, day, at, streak, points, repeats) "
                            "VALUES (?, ?, ?, ?, 1, 5, 0)", [(gid, m, day.isoformat(), prefix + SECONDS[0], ) for m in signed])
            if rng.random() < 0.3:
                con.execute("INSERT INTO quiz_round (group_id, group_name, theme, question_id, asked_at, expires_at, points,"
                            " status, winner_id) VALUES (?, '', 'health', 'q', ?, ?, 5, 'won', ?)",
                            (gid, prefix + SECONDS[3600], prefix + SECONDS[4000], members[0]))
            for _ in range(rng.random() < 0.2):
                con.execute("INSERT INTO moderation_log (at, group_id, member_id, rule, action, taken, reason, evidence)"
                            " VALUES (?, ?, ?, 'bw', 'warn', 'warned', '广告', '加微信')", (prefix + SECONDS[7200], gid, members[1]))
    written += _flush(con, batch)
    con.commit()
    con.executescript("CREATE INDEX ix_event_log_group_at ON event_log (group_id, at);"
                      "CREATE INDEX ix_event_log_group_member ON event_log (group_id, member_id); ANALYZE;")
    con.close()
    groups_seen = {gid: (name, count) for gid, (name, count, *_rest) in info.items()}
    print(f"generated {written:,} messages in {len(info)} groups over {days} days")
    return groups_seen, today, now


def _cumulative(values):
    total = 0.0
    for v in values:
        total += v
        yield total


def _flush(con: sqlite3.Connection, batch: list) -> int:
    con.executemany("INSERT INTO event_log (at, group_id, member_id, event, kind) VALUES (?, ?, ?, ?, ?)", batch)
    n = len(batch)
    batch.clear()
    return n


def baseline(con: sqlite3.Connection, today: date) -> dict[str, tuple]:
    """The overview's log figures straight from event_log."""
    start = datetime.combine(today - timedelta(days=queries.TREND_DAYS - 1), datetime.min.time()) - OFFSET
    week = datetime.combine(today - timedelta(days=6), datetime.min.time()) - OFFSET
    per_day: dict[str, dict] = {}
    for gid, day, messages, active in con.execute(
            "SELECT group_id, date(at, '+480 minutes'), count(*), count(DISTINCT member_id) FROM event_log "
            "WHERE event = 'message' AND at >= ? GROUP BY 1, 2", (str(start),)):
        per_day.setdefault(gid, {})[day] = (messages, active)
    active_7d = dict(con.execute("SELECT group_id, count(DISTINCT member_id) FROM event_log WHERE event = 'message' "
                                 "AND at >= ? GROUP BY 1", (str(week),)))
    figures = {}
    for gid, days in per_day.items():
        trend = [days.get((today - timedelta(days=i)).isoformat(), (0, 0))[0] for i in reversed(range(queries.TREND_DAYS))]
        figures[gid] = (trend, days.get(today.isoformat(), (0, 0))[1], active_7d.get(gid, 0))
    return figures


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - started) * 1000


def run(rows: int, groups: int, days: int, seed: int) -> tuple[float, float, list[str], int]:
    """The overview's time (ms) from the roll-ups and from the raw log, groups whose figures differ, groups shown."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        (seen, today, now), gen_ms = timed(lambda: generate(path, rows, groups, days, seed))
        print(f"generation: {gen_ms / 1000:.1f} s")
        db = Database(path)

        def build() -> int:
            chunks = 1
            with Session(db.engine) as session:
                while refresh(session, OFFSET):
                    session.commit()
                    chunks += 1
                session.commit()
            return chunks

        chunks, build_ms = timed(build)
        print(f"roll-up build from the raw log: {build_ms / 1000:.1f} s ({chunks} transactions)")

        def overview():
            with Session(db.engine) as session:
                return queries.overview(session, seen, today, now)

        runs = [timed(overview) for _ in range(5)]
        shown = runs[0][0]
        rolled_ms = statistics.median(ms for _, ms in runs)
        raw = sqlite3.connect(path)
        figures, raw_ms = timed(lambda: baseline(raw, today))
        raw.close()
        db.engine.dispose()
    mismatched = [g.group_id for g in shown
                  if figures.get(g.group_id, ([0] * 30, 0, 0)) != (g.trend, g.active_today, g.active_7d)]
    return rolled_ms, raw_ms, mismatched, len(shown)


def measure(quick: bool = False, rows: int = 10_000_000) -> list[Figure]:
    rows, groups, days = (20_000, 20, 35) if quick else (rows, 300, 60)
    rolled_ms, raw_ms, mismatched, shown = run(rows, groups, days, seed=7)
    if mismatched:
        raise RuntimeError(f"the roll-ups and the raw log disagree for {len(mismatched)} groups: {mismatched[:5]}")
    scale = f"{rows / 1e6:g}M" if rows >= 1_000_000 else f"{rows:,}"
    return [Figure(f"dashboard overview, {scale} messages", "ms", rolled_ms, raw_ms, "same figures from the raw log",
                   target=TARGET_MS, higher_is_better=False,
                   note=f"{shown} groups over {days} days, median of 5; roll-ups and raw log agree"
                        + ("" if rows >= 10_000_000 else "; make bench-dashboard runs 10M"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000, help="messages to generate (default 10 million)")
    parser.add_argument("--groups", type=int, default=300)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rolled_ms, raw_ms, mismatched, shown = run(args.rows, args.groups, args.days, args.seed)
    print(f"\noverview of {shown} groups with {args.rows:,} logged messages")
    print(f"  from the roll-ups (the dashboard), median of 5: {rolled_ms:8.1f} ms")
    print(f"  baseline, the same figures from event_log:       {raw_ms:8.1f} ms")
    print(f"  ratio: {raw_ms / rolled_ms:,.0f}x faster; target <= {TARGET_MS} ms: {'MET' if rolled_ms <= TARGET_MS else 'MISSED'}")
    print(f"  same numbers both ways: {'yes' if not mismatched else f'NO, {len(mismatched)} groups differ: {mismatched[:5]}'}")
    return 0 if rolled_ms <= TARGET_MS and not mismatched else 1


if __name__ == "__main__":
    sys.exit(main())
