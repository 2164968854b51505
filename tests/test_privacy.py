"""A member's data rights, checked against the schema itself: every table with a column naming a member.

The test builds one row in every table of the SQLModel metadata, with the member's id in each
column that can hold a member, then exports and forgets the member. A new table (or column)
naming members that storage/privacy.py does not know fails here before it can be forgotten.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from storage import Database, privacy
from tests.conftest import local

MEMBER = "m-gone"
OTHER = "m-stays"
NAMES_A_MEMBER = re.compile(r"(^|_)(member|inviter|winner|sender|owner)(_ids?)?$|_by$|^mentions$")
AT = local("2026-11-20 09:00")
CHECKED = {("moderation_label", "label"): "ad", ("moderation_label", "source"): "dashboard"}  # CHECK constraints


def member_columns() -> dict[str, set[str]]:
    """Every column of every table whose name says it holds a member."""
    return {t.name: cols for t in SQLModel.metadata.sorted_tables
            if (cols := {c.name for c in t.columns if NAMES_A_MEMBER.search(c.name)})}


def test_every_column_naming_a_member_is_known_to_the_privacy_module():
    known = {table: set(columns) for table, columns in privacy.MEMBER_COLUMNS.items()}
    assert member_columns() == known, "add the new table or column to storage/privacy.py MEMBER_COLUMNS"


def value(column: sa.Column, member: str):  # noqa: ANN201
    """A value for ``column`` in a row about ``member``."""
    if (column.table.name, column.name) in privacy.LIST_COLUMNS:
        return json.dumps([member, OTHER])
    if NAMES_A_MEMBER.search(column.name):
        return member
    if (column.table.name, column.name) in CHECKED:
        return CHECKED[column.table.name, column.name]
    kind = column.type.impl if isinstance(column.type, sa.types.TypeDecorator) else column.type
    for cls, made in ((sa.Boolean, False), (sa.DateTime, AT), (sa.Date, AT.date()), (sa.Integer, 1), (sa.Float, 1.0)):
        if isinstance(kind, cls):
            return made
    return f"{column.name}-{member}"


def serial(column: sa.Column) -> bool:
    return column.primary_key and isinstance(column.type, sa.Integer)


def fill(session, member: str) -> None:
    for table in SQLModel.metadata.sorted_tables:
        session.execute(table.insert().values({c.name: value(c, member) for c in table.columns if not serial(c)}))


@pytest.fixture
async def db(make_db):
    database = Database(make_db("privacy.db"))
    await database.start()
    await database.write(lambda s: fill(s, MEMBER))
    await database.write(lambda s: fill(s, OTHER))
    yield database
    await database.close()


def mentions(session, member: str) -> dict[str, int]:
    """Rows per table in which ``member`` still appears in a column naming members."""
    found = {}
    for name, columns in member_columns().items():
        table = SQLModel.metadata.tables[name]
        checked = [c for c in columns if privacy.MEMBER_COLUMNS[name][c] != privacy.KEEP]
        if checked and (n := session.execute(sa.select(sa.func.count()).select_from(table).where(
                sa.or_(*[table.c[c].contains(member) for c in checked]))).scalar_one()):
            found[name] = n
    return found


async def test_the_export_holds_every_table_and_forgetting_leaves_no_trace_but_keeps_the_others(db):
    exported = await db.read(lambda s: privacy.export(s, MEMBER))
    tables_with_data = {t for t, cols in privacy.MEMBER_COLUMNS.items() if set(cols.values()) != {privacy.KEEP}}
    assert {t for t, rows in exported.items() if rows} == tables_with_data
    assert all(OTHER not in json.dumps(rows) or t == "draw" for t, rows in exported.items())
    others_before = await db.read(lambda s: mentions(s, OTHER))

    touched = await db.write(lambda s: privacy.forget(s, MEMBER))
    assert set(touched) == tables_with_data
    assert await db.read(lambda s: mentions(s, MEMBER)) == {}
    assert await db.read(lambda s: mentions(s, OTHER)) == others_before  # the other member is untouched
    orders = await db.read(lambda s: s.execute(sa.text("SELECT member_id, name, quantity FROM group_buy_order")).all())
    assert len(orders) == 2 and {o.name for o in orders} >= {privacy.DELETED_NAME}  # the store's order stays
    draw = await db.read(lambda s: s.execute(sa.text("SELECT winner_ids FROM draw ORDER BY id")).scalars().all())
    assert OTHER in json.loads(draw[0]) and MEMBER not in draw[0]
