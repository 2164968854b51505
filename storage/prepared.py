"""The hot statements (writes, and a few reads on every message), compiled once and run on the driver's own cursor (SQLite).

The writer runs its batches in a thread that shares the GIL with the event loop, and most of a
Core statement's cost there is SQLAlchemy's execution in Python (cache key, execution context,
result wrapping), not SQLite's: ~60 µs a statement against a few µs of SQL. A ``Prepared``
statement is compiled once per dialect by SQLAlchemy (same SQL, same bind processing: an aware
datetime is stored exactly as SQLAlchemy stores it), then run with ``sqlite3`` directly inside the
batch's transaction; a driver error is raised as SQLAlchemy's (an ``OperationalError`` is one the
writer retries). PostgreSQL keeps SQLAlchemy's execution: its statements are not the hot ones there.

Only for statements whose parameters are all plain values (no expanding ``IN``) and whose columns
need no Python-side default: every value is given.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Callable, Sequence

import sqlalchemy as sa


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # the parameters in their order in the SQL (a name used twice is there twice)
    processors: tuple[Callable[[Any], Any] | None, ...]
    defaults: dict[str, Any]  # the statement's own values (a LIMIT's), under any given
    results: tuple[Callable[[Any], Any] | None, ...]  # a SELECT's column types' result processing (UTC datetimes)
    pick: Callable[[dict[str, Any]], tuple] = lambda params: ()  # the values of ``names``, in order
    processed: tuple[tuple[int, Callable[[Any], Any]], ...] = ()  # the positions whose values are processed


class Prepared:
    def __init__(self, statement: sa.Executable, keys: Sequence[str] | None = None) -> None:
        """``keys``: an INSERT's columns, in the order its rows give them."""
        self.statement = statement
        self.keys = list(keys) if keys is not None else None
        self._compiled: _Compiled | None = None  # for SQLite

    def _sqlite(self, dialect: sa.Dialect) -> _Compiled:
        if self._compiled is None:
            compiled = self.statement.compile(dialect=dialect, column_keys=self.keys)
            names = tuple(compiled.positiontup)
            processors = compiled._bind_processors
            defaults = {name: bind.value for name, bind in compiled.binds.items()
                        if name in names and not bind.required and bind.value is not None}
            results = tuple(column.type._cached_result_processor(dialect, None)
                            for column in getattr(compiled, "_result_columns", ()))
            process = tuple(processors.get(n) for n in names)
            self._compiled = _Compiled(compiled.string, names, process, defaults, results, _picker(names),
                                       tuple((at, p) for at, p in enumerate(process) if p is not None))
        return self._compiled

    def execute(self, connection: sa.Connection, params: dict[str, Any]) -> Any:
        """Run once; a cursor to fetch from (``fetchone``, ``fetchall``; ``rowcount``)."""
        if connection.dialect.name != "sqlite":
            return _Rows(connection.execute(self.statement, params))
        compiled = self._sqlite(connection.dialect)
        values = _values(compiled, {**compiled.defaults, **params} if compiled.defaults else params)
        return run_driver_sql(connection, compiled.sql, values, many=False)

    def fetch(self, connection: sa.Connection, params: dict[str, Any]) -> list[tuple]:
        """A SELECT's rows, each column as SQLAlchemy would give it (a stored datetime comes back aware)."""
        if connection.dialect.name != "sqlite":
            return [tuple(row) for row in connection.execute(self.statement, params)]
        rows = self.execute(connection, params).fetchall()
        results = self._compiled.results
        if not any(results):
            return rows
        return [tuple(value if process is None or value is None else process(value)
                      for value, process in zip(row, results)) for row in rows]

    def executemany(self, connection: sa.Connection, rows: list[dict[str, Any]]) -> None:
        if connection.dialect.name != "sqlite":
            connection.execute(self.statement, rows)
            return
        compiled = self._sqlite(connection.dialect)
        run_driver_sql(connection, compiled.sql, [_values(compiled, row) for row in rows], many=True)


def flushed(session) -> sa.Connection:
    """An ORM session's connection, its pending rows flushed first (as its own queries would autoflush):
    for prepared statements inside a session's work (its transaction, its view of the rows)."""
    if session.autoflush:
        session.flush()
    return session.connection()


def _values(compiled: _Compiled, params: dict[str, Any]) -> tuple | list:
    # once a log row and a few times a message: one itemgetter, and Python only where a type processes
    # (a datetime), not a generator stepping through every column
    values = compiled.pick(params)
    if not compiled.processed:
        return values
    values = list(values)
    for at, process in compiled.processed:
        if values[at] is not None:
            values[at] = process(values[at])
    return values


def _picker(names: tuple[str, ...]) -> Callable[[dict[str, Any]], tuple]:
    if len(names) == 1:  # itemgetter of one name gives the value itself, not a tuple
        return lambda params, name=names[0]: (params[name],)
    return itemgetter(*names) if names else _Compiled.pick


def run_driver_sql(connection: sa.Connection, sql: str, values: Any, many: bool) -> Any:
    driver = connection.connection.driver_connection  # sqlite3's, in the batch's transaction
    error = connection.dialect.loaded_dbapi.Error
    try:
        return driver.executemany(sql, values) if many else driver.execute(sql, values)
    except error as exc:  # as SQLAlchemy raises it: the writer tells a lock (retried) from a bad row
        raise sa.exc.DBAPIError.instance(sql, None, exc, error, hide_parameters=True,
                                         dialect=connection.dialect) from exc


class _Rows:
    """SQLAlchemy's result with the cursor's names (PostgreSQL)."""

    def __init__(self, result: sa.CursorResult) -> None:
        self._result = result
        self.rowcount = result.rowcount

    def fetchone(self) -> tuple | None:
        row = self._result.first()
        return None if row is None else tuple(row)

    def fetchall(self) -> list[tuple]:
        return [tuple(row) for row in self._result.all()]
