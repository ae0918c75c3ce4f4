"""Fast multi-row inserts for bulk loads (sample data, large sync batches).

SQLAlchemy's executemany spends most of its time building parameters per
row. On SQLite, rows are turned into plain tuples by each column type's own
bind processor, so the stored values are exactly what the ORM would store,
and handed to the driver in one executemany. Preparing (pure Python) and
executing (SQLite's C code, which releases the GIL) are separate steps so a
loader can prepare the next batch on one thread while another writes. On
other engines ``bulk_insert`` is an ordinary Core ``insert``.
"""

from __future__ import annotations

import enum
import json
import operator
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import JSON, Boolean, Dialect, Enum, Table, insert
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

from workstation.store.models import UtcDateTime

T = TypeVar("T")


@dataclass(frozen=True)
class Prepared:
    """An INSERT in the driver's own terms: SQL text and parameter tuples."""

    sql: str
    params: list[tuple[Any, ...]]


def prepare(dialect: Dialect, table: Table, rows: Sequence[dict[str, Any]]) -> Prepared:
    """Turn ``rows`` (dicts with the same keys) into driver-level parameters."""
    keys = rows[0].keys()
    columns = [c for c in table.columns if c.key in keys]
    if len(columns) != len(keys):
        unknown = set(keys) - {c.key for c in columns}
        raise KeyError(f"{table.name} has no column(s) {sorted(unknown)}")
    quote = dialect.identifier_preparer.quote
    placeholder = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join(placeholder for _ in columns)})"
    )
    values_of = operator.itemgetter(*[c.key for c in columns])
    processors = [(i, proc) for i, c in enumerate(columns) if (proc := _processor(c.type, dialect)) is not None]
    if len(columns) == 1:  # itemgetter of one key gives the value, not a 1-tuple
        values_of = _one_tuple(values_of)
    params: list[tuple[Any, ...]] = []
    for row in rows:
        values = values_of(row)
        if processors:
            values = list(values)
            for i, proc in processors:
                if (value := values[i]) is not None:
                    values[i] = proc(value)
            values = tuple(values)  # SQLAlchemy takes rows of parameters as tuples
        params.append(values)
    return Prepared(sql, params)


def _one_tuple(getter: Callable[[Any], Any]) -> Callable[[Any], tuple[Any, ...]]:
    return lambda row: (getter(row),)


def _iso_utc(value: datetime) -> str:
    if value.tzinfo is UTC:  # the common case: "YYYY-MM-DD HH:MM:SS.ffffff" without "+00:00"
        return value.isoformat(" ", "microseconds")[:26]
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the store; use an aware UTC datetime")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


_encode_json = json.JSONEncoder().encode


def _json(value: Any) -> str:
    return "[]" if value == [] else _encode_json(value)


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, enum.Enum) else value


def _processor(type_: TypeEngine[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    """The column type's bind processor, with C-speed stand-ins on SQLite for
    the hot types; tests check that each gives exactly SQLAlchemy's value."""
    if dialect.name == "sqlite":
        if isinstance(type_, UtcDateTime):
            return _iso_utc
        if isinstance(type_, JSON):
            return _json
        if isinstance(type_, Boolean):
            return int
        if isinstance(type_, Enum) and type_.enum_class is not None:
            return _enum_value
    return type_.dialect_impl(dialect).bind_processor(dialect)


def chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    """Slices of at most ``size`` items: SQL IN-lists and IMAP UID lists stay within servers' limits."""
    for start in range(0, len(items), size):
        yield list(items[start:start + size])


def execute(session: Session, prepared: Prepared) -> None:
    if prepared.params:
        session.connection().exec_driver_sql(prepared.sql, prepared.params)


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table`` in one executemany."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return
    execute(session, prepare(conn.dialect, table, rows))


def allocate_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` primary keys for rows inserted with explicit ids in this transaction.

    SQLite: the write transaction holds the database's write lock, so the
    ids above the current maximum stay free until it ends. PostgreSQL: drawn
    from the table's own sequence, safe beside other writers.
    """
    if count <= 0:
        return []
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        rows = conn.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) FROM generate_series(1, {int(count)})")
        return [int(r[0]) for r in rows]
    start = conn.exec_driver_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table.name}").scalar_one()
    return list(range(start, start + count))
