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

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Dialect, Table, insert
from sqlalchemy.orm import Session


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
    convert = [(c.key, c.type.bind_processor(dialect)) for c in columns]
    params = [
        tuple(value if (value := row[key]) is None or proc is None else proc(value) for key, proc in convert)
        for row in rows
    ]
    return Prepared(sql, params)


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
