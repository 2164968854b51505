"""Alembic migrations: the migrated schema is exactly the models', old files are adopted, admins see the state."""
from __future__ import annotations

import logging
import subprocess
import sys

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from storage import Database, migrate
from storage.engine import create_engine, resolve_url
from storage.models import SignIn
from tests.cli import run_cli
from tests.conftest import ROOT
from tests.dbs import query


def differences(engine: sa.Engine) -> list:
    with engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), SQLModel.metadata)


def test_migrations_build_exactly_the_models_schema(make_db):
    """A model change without a migration fails here (write one: qunbot db revision -m "...")."""
    engine = create_engine(resolve_url(make_db("m.db", empty=True)))
    migrate.upgrade(engine)
    try:
        assert differences(engine) == []
        with engine.connect() as connection:
            assert migrate.current(connection) == migrate.head()
            indexes = {i["name"]: i for i in sa.inspect(connection).get_indexes("draw")}
        assert indexes["uq_draw_open"]["unique"]
        where = indexes["uq_draw_open"]["dialect_options"]
        assert "status" in str(where.get("sqlite_where", where.get("postgresql_where")))  # partial: open draws only
    finally:
        engine.dispose()


def test_partial_unique_index_and_check_constraint_hold(make_db):
    engine = create_engine(resolve_url(make_db("c.db", empty=True)))
    migrate.upgrade(engine)
    row = dict(group_name="群", opened_by="o", item="蛋", price=1.0, stock=5, sold=0, deadline="2026-11-23 10:00:00",
               pickup="A")
    insert = sa.text("INSERT INTO group_buy (group_id, group_name, opened_by, item, price, stock, sold, deadline, pickup, "
                     "status) VALUES (:group_id, :group_name, :opened_by, :item, :price, :stock, :sold, :deadline, "
                     ":pickup, :status)")
    try:
        with engine.begin() as connection:
            connection.execute(insert, row | {"group_id": "g", "status": "closed"})
            connection.execute(insert, row | {"group_id": "g", "status": "closed"})  # closed ones: any number
            connection.execute(insert, row | {"group_id": "g", "status": "open"})
        for bad in (row | {"group_id": "g", "status": "open"}, row | {"group_id": "h", "status": "open", "sold": 6}):
            try:
                with engine.begin() as connection:
                    connection.execute(insert, bad)
            except sa.exc.IntegrityError:
                continue
            raise AssertionError(f"accepted {bad}")
    finally:
        engine.dispose()


async def test_a_file_from_before_migrations_is_adopted_with_one_log_line(make_db, caplog):
    """The previous release made its tables with create_all (and the sign-in index at the first roll-up)."""
    target = make_db("old.db", empty=True)
    engine = create_engine(resolve_url(target))
    # The release before migrations had the initial revision's tables (as that revision made them,
    # not as today's models are), less one added late in it, and no migration history.
    with engine.begin() as connection:
        command.upgrade(migrate.alembic_config(connection), migrate.INITIAL)
        for statement in ("DROP TABLE alembic_version", "DROP TABLE birthday", "DROP INDEX ix_sign_in_day"):
            connection.execute(sa.text(statement))
        connection.execute(sa.insert(SignIn.__table__).values(group_id="g", member_id="m", day=sa.func.current_date(),
                                                               at=sa.func.current_timestamp(), streak=1, points=5,
                                                               repeats=0))
    engine.dispose()
    with caplog.at_level(logging.INFO, logger="storage.migrate"):
        db = Database(target)
    adopted = [r for r in caplog.records if r.name == "storage.migrate"]
    assert len(adopted) == 1 and "adopting it at revision 0001" in adopted[0].getMessage()
    assert differences(db.engine) == []
    assert query(db, "SELECT member_id FROM sign_in") == [("m",)]  # the old rows are kept
    db.engine.dispose()
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="storage.migrate"):
        Database(target).engine.dispose()  # the next start: nothing to do, nothing said
    assert not [r for r in caplog.records if r.name == "storage.migrate"]


@pytest.mark.slow
def test_db_current_and_upgrade_for_admins(make_db):
    target = make_db("admin.db", empty=True)

    def db(action: str) -> subprocess.CompletedProcess:
        return run_cli(["db", action, "--db", target])

    before = db("current")
    assert before.returncode == 0, before.stderr
    assert "revision none (empty database)" in before.stdout and "run qunbot db upgrade" in before.stdout
    upgraded = db("upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    assert f"revision {migrate.head()} (up to date)" in upgraded.stdout
    assert query(target, "SELECT version_num FROM alembic_version") == [(migrate.head(),)]


@pytest.mark.slow
def test_db_commands_say_what_is_wrong(tmp_path):
    refused = run_cli(["db", "current", "--db", "mysql://u@h/x"])
    assert refused.returncode == 1 and "不支持数据库类型 “mysql”" in refused.stderr
    gone = run_cli(["db", "current", "--db", "postgresql://u:pw@127.0.0.1:9/x"])
    assert gone.returncode == 1 and "cannot reach postgresql://u:***@127.0.0.1:9/x" in gone.stderr
    assert ":pw@" not in gone.stderr


def test_a_database_migrated_by_a_newer_version_is_refused_with_the_reason(make_db):
    target = make_db("newer.db")
    Database(target).engine.dispose()
    query(target, "UPDATE alembic_version SET version_num = 'ffff'")
    with pytest.raises(RuntimeError, match="revision ffff, which this version of qunbot does not know"):
        Database(target)


def test_the_head_read_without_alembic_is_alembics_and_a_current_database_skips_alembic(tmp_path):
    from storage import revisions

    assert revisions.head() == migrate.head()
    target = tmp_path / "current.db"
    script = ("import sys; from storage.db import Database; Database(sys.argv[1]).engine.dispose(); "
              "print('alembic' in sys.modules)")
    outputs = [subprocess.run([sys.executable, "-c", script, str(target)], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip() for _ in range(2)]
    assert outputs == ["True", "False"]  # the first start migrates a new file; the next finds it current
