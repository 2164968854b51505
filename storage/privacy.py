"""A member's data rights: everything stored about one member, exported or forgotten, table by table.

``MEMBER_COLUMNS`` names every column that holds a member id (tests/test_privacy.py walks the
schema and fails when a new one is missing here). What a deletion does with a row:

- ``delete``: the row is about the member alone (messages, sign-ins, points, tags...);
- ``anonymise``: the row is also the store's record (an order, a sign-up, a coupon, a draw): the
  id becomes a pseudonym that is not derived from it, names become 已删除成员, so stock,
  and places stay right (a drawn lottery with a pseudonym no longer recomputes to the same
  winners: the entrants are sorted by id; its seed and hash still check);
- ``keep``: not personal data of members (the group's owner account), or gone within minutes.
Group totals in the daily roll-ups are anonymous counts and stay.
"""
from __future__ import annotations

import json
import secrets

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

DELETE, ANONYMISE, KEEP = "delete", "anonymise", "keep"
DELETED_NAME = "已删除成员"
MEMBER_COLUMNS: dict[str, dict[str, str]] = {
    "event_log": {"member_id": DELETE, "inviter": ANONYMISE},
    "daily_member_stats": {"member_id": DELETE},
    "member_last_seen": {"member_id": DELETE},
    "sign_in": {"member_id": DELETE},
    "points_ledger": {"member_id": DELETE},
    "moderation_log": {"member_id": DELETE},
    "moderation_strike": {"member_id": DELETE, "owner": KEEP},  # owner: the group's owner (the store)
    "moderation_label": {"member_id": DELETE, "decided_by": ANONYMISE},  # the member's own words: deleted
    "member_tag": {"member_id": DELETE},
    "member_role": {"member_id": DELETE, "granted_by": ANONYMISE},
    "invite": {"member_id": DELETE, "inviter_id": ANONYMISE},
    "open_question": {"member_id": DELETE},
    "promise": {"member_id": DELETE, "delivered_by": ANONYMISE},
    "nudge": {"member_id": DELETE},
    "birthday": {"member_id": DELETE},
    "group_member_directory": {"member_id": DELETE},
    "red_packet_log": {"sender_id": ANONYMISE},
    "quiz_round": {"winner_id": ANONYMISE},
    "quiz_attempt": {"member_id": DELETE},  # a member's pick in a round: theirs alone
    "draw": {"opened_by": ANONYMISE, "winner_ids": ANONYMISE},
    "draw_entry": {"member_id": ANONYMISE},
    "activity": {"opened_by": ANONYMISE},
    "activity_signup": {"member_id": ANONYMISE},
    "group_buy": {"opened_by": ANONYMISE},
    "group_buy_order": {"member_id": ANONYMISE},
    "coupon": {"member_id": ANONYMISE, "redeemed_by": ANONYMISE},
    "group_directory": {"owner": KEEP},  # the store's own account, rewritten by every worker
    "pending_post": {"mentions": KEEP},
    "direct_choice": {"member_id": DELETE},  # which group their private chat is about  # the bot's own queued posts, sent within minutes
    "pending_ask": {"member_id": DELETE},  # what the bot asked them to confirm, for ten minutes
    "pending_suggestion": {"member_id": DELETE, "mentions": KEEP},  # a staff command suggested to her, for ten minutes
}
NAME_COLUMNS = {"activity_signup": "name", "group_buy_order": "name"}  # display names kept beside an anonymised id
LIST_COLUMNS = {("draw", "winner_ids")}  # a JSON list of member ids


def _table(name: str) -> sa.Table:
    return SQLModel.metadata.tables[name]


def _holds(table: sa.Table, column: str, member_id: str) -> sa.ColumnElement:
    if (table.name, column) in LIST_COLUMNS:
        return table.c[column].contains(json.dumps(member_id, ensure_ascii=False))
    return table.c[column] == member_id


def export(session: Session, member_id: str) -> dict[str, list[dict]]:
    """Every row naming ``member_id``, by table (a privacy request's answer)."""
    out: dict[str, list[dict]] = {}
    for name, columns in MEMBER_COLUMNS.items():
        table = _table(name)
        held = [_holds(table, c, member_id) for c, what in columns.items() if what != KEEP]
        if not held:
            continue
        rows = session.execute(sa.select(table).where(sa.or_(*held)).order_by(*table.primary_key.columns))
        out[name] = [{k: (None if v is None else v if isinstance(v, (int, float, bool)) else str(v))
                      for k, v in row._mapping.items()} for row in rows]
    return out


def forget(session: Session, member_id: str) -> dict[str, int]:
    """Delete or anonymise every row naming ``member_id``; returns rows touched per table."""
    pseudonym = "deleted-" + secrets.token_hex(6)
    touched: dict[str, int] = {}
    for name, columns in MEMBER_COLUMNS.items():
        table = _table(name)
        for column, what in columns.items():
            if what == DELETE:
                count = session.execute(sa.delete(table).where(table.c[column] == member_id)).rowcount
            elif what == ANONYMISE:
                count = _anonymise(session, table, column, member_id, pseudonym)
            else:
                continue
            touched[name] = touched.get(name, 0) + count
    return {name: n for name, n in touched.items() if n}


def _anonymise(session: Session, table: sa.Table, column: str, member_id: str, pseudonym: str) -> int:
    if (table.name, column) in LIST_COLUMNS:
        rows = session.execute(sa.select(table.c.id, table.c[column]).where(_holds(table, column, member_id))).all()
        for row_id, ids in rows:
            replaced = [pseudonym if i == member_id else i for i in json.loads(ids)]
            listed = json.dumps(replaced, ensure_ascii=False)
            session.execute(sa.update(table).where(table.c.id == row_id).values({column: listed}))
        return len(rows)
    values = {column: pseudonym}
    if column == "member_id" and table.name in NAME_COLUMNS:
        values[NAME_COLUMNS[table.name]] = DELETED_NAME
    return session.execute(sa.update(table).where(table.c[column] == member_id).values(values)).rowcount
