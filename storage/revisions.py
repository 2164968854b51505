"""The schema revision without Alembic: the head read from the migration files, the database's own from
``alembic_version``. A process whose database is already current (nearly every start) then never imports
Alembic (with mako and every dialect's DDL, ~0.5 s of CPU); any other case is left to ``storage.migrate``."""
from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_FIELD = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(.+)$", re.M)


@lru_cache(maxsize=1)
def head() -> str | None:
    """The one revision no migration builds on; None when there are several (Alembic decides then)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in VERSIONS.glob("*.py"):
        fields = dict(_FIELD.findall(path.read_text(encoding="utf-8")))
        revisions.add(ast.literal_eval(fields["revision"]))
        down = ast.literal_eval(fields["down_revision"])
        parents.update(down if isinstance(down, (tuple, list)) else [down])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def is_current(engine: sa.Engine) -> bool:
    """Whether the database is stamped at the head revision (one row in ``alembic_version``)."""
    with engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return False
        stamps = connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all()
    return head() is not None and stamps == [head()]
