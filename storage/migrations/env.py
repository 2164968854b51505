"""Alembic's entry point; storage/migrate.py hands it an open connection (qunbot db upgrade, Database start-up)."""
from alembic import context
from sqlmodel import SQLModel

from storage import models  # noqa: F401  (registers every table on SQLModel.metadata)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations with `qunbot db upgrade` (storage/migrate.py), not the alembic command")


def render_item(kind, obj, autogen_context):
    """Plain SQLAlchemy types in revisions: a migration must not import today's models."""
    if kind == "type" and type(obj).__name__ == "UTCDateTime":
        return "sa.DateTime()"
    if kind == "type" and type(obj).__name__ == "AutoString":
        return "sa.String()"
    return False


context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters a table by copying it
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
