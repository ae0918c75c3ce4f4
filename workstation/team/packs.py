"""Review packs from a team's PostgreSQL store: the same selection as from SQLite, copied row by row.

From SQLite the pack attaches the store's file and copies in SQL; a server's database has no file to
attach, so the selected tickets' rows are read through the models' tables (their values as the program
reads them) and written into the new pack, in the order that keeps its references whole.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select, text

from workstation.store.db import Store, open_store
from workstation.paths import Location

_CHUNK = 1000
_SQLITE_JSON = "SELECT json_extract(j.value, '$.sha256') FROM replies AS r, json_each(r.attachments) AS j"
_PG_JSON = "SELECT j.value ->> 'sha256' FROM replies AS r, json_array_elements(r.attachments) AS j"


def _on_server(where: str) -> str:
    """A condition of review_pack._COPIES (SQLite's, over the attached ``live`` store) in PostgreSQL's terms."""
    where = where.replace("live.", "")
    if where == "1":
        return "true"
    where = where.replace(_SQLITE_JSON, _PG_JSON)
    if "json_" in where.replace("json_array_elements", ""):
        raise AssertionError(f"a pack condition with SQLite's JSON functions: {where}")
    return where


def copy_selection(store: Store, pack: Path, since: datetime | None, inbox: str | None, *,
                   until: datetime | None = None, assignee_ids: tuple[int, ...] = ()) -> list[int]:
    """The tickets opened since ``since`` in ``inbox`` and what belongs to them, from ``store`` into the empty
    pack at ``pack``, read in one transaction (one snapshot); returns the tickets' ids."""
    import sqlite3

    from workstation.review_pack import _COPIES, _clear_dangling
    from workstation.store.models import Base

    conditions, params = ["true"], {}
    if since is not None:
        conditions.append("created_at >= :since")
        params["since"] = since.astimezone(UTC)
    if inbox is not None:
        conditions.append("account_id IN (SELECT id FROM accounts WHERE name = :inbox)")
        params["inbox"] = inbox
    if until is not None:
        conditions.append("created_at < :until")
        params["until"] = until.astimezone(UTC)
    if assignee_ids:
        conditions.append("assignee_id IN (" + ", ".join(f":assignee{i}" for i in range(len(assignee_ids))) + ")")
        params.update({f"assignee{i}": agent for i, agent in enumerate(assignee_ids)})
    target = open_store(Location(pack.parent, f"sqlite:///{pack.as_posix()}"), upgrade=False, watch_health=False)
    try:
        with store.engine.connect().execution_options(isolation_level="REPEATABLE READ") as source:
            source.execute(text("CREATE TEMP TABLE sel (id integer PRIMARY KEY) ON COMMIT DROP"))
            source.execute(text(f"INSERT INTO sel SELECT id FROM tickets WHERE {' AND '.join(conditions)}"), params)
            with target.engine.connect() as writing:
                # References to what stays home are cleared below; outside any transaction, where the pragma acts.
                writing.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
                with writing.begin():
                    for name, where in _COPIES:
                        table = Base.metadata.tables[name]
                        result = source.execute(select(table).where(text(_on_server(where))).execution_options(yield_per=_CHUNK))
                        for rows in result.mappings().partitions(_CHUNK):
                            writing.execute(insert(table), [dict(r) for r in rows])
            tickets = [r[0] for r in source.execute(text("SELECT id FROM sel ORDER BY id"))]
            source.rollback()
    finally:
        target.close()
    conn = sqlite3.connect(pack, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("BEGIN")
        _clear_dangling(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return tickets


def sqlite_tables(names: tuple[str, ...]) -> dict[str, str]:
    """The CREATE TABLE statements a new SQLite store at the newest revision holds for ``names`` (what a pack
    made from the team database holds, for checking one brought back)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="mostrador-schema-") as folder:
        path = Path(folder) / "schema.sqlite3"
        fresh = open_store(Location(Path(folder), f"sqlite:///{path.as_posix()}"), watch_health=False)
        try:
            with fresh.engine.connect() as conn:
                return {name: sql for name, sql in conn.exec_driver_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() if name in names}
        finally:
            fresh.close()
