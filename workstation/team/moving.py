"""Setting up a team database, and moving one desk's SQLite store into it.

``init`` creates the database when it is missing, brings its schema to the newest revision and makes the
team's group role with read and write on every table (see ``workstation.team.roles``). ``move_desk``
copies every row of a desk's SQLite store, ids kept, into an empty team database in one transaction,
compares each table's row count before it commits, and records the move: run again, it checks the counts
and copies nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.engine import make_url

from workstation.errors import InvalidInput, StoreError
from workstation.paths import Location
from workstation.store.db import Store, describe, open_store

MOVED = "desk_moved_in"
#: Team-only tables: a desk's are empty, and the team's own rows are not a desk's to bring (the change log fills as
#: the rows are copied).
_TEAM_TABLES = {"sync_holders", "agent_roles", "change_log"}
_CHUNK = 1000


@dataclass(frozen=True)
class Moved:
    counts: dict[str, int]
    already: bool  # an earlier run moved this desk; nothing was copied now


def init(url: str) -> str:
    """Create (if missing) and set up the team database at ``url``; returns the group role's name."""
    import psycopg

    from workstation.team.roles import ensure_group
    from workstation.team.synclock import conninfo

    sa_url = make_url(url)
    if sa_url.get_backend_name() != "postgresql":
        raise InvalidInput(f"{describe(url)} is not a PostgreSQL URL; a team shares a PostgreSQL database.",
                           hint="Give postgresql://ADMIN@HOST/DATABASE.", code="team_not_postgresql",
                           params={"where": describe(url)})
    name = sa_url.database or "mostrador"
    maintenance = Location(Path("."), sa_url.set(database="postgres").render_as_string(hide_password=False))
    probe = Store.__new__(Store)  # only for conninfo's URL
    probe.location = maintenance
    try:
        with psycopg.connect(conninfo(probe), autocommit=True, connect_timeout=10) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
                from psycopg import sql

                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.errors.InsufficientPrivilege as exc:
        raise StoreError(f"The role in {describe(url)} may not create the database {name}.",
                         hint="Create it as the server's administrator, or give a role with CREATEDB.",
                         code="team_cannot_create", params={"where": describe(url), "database": name}) from exc
    except psycopg.OperationalError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"Cannot reach the database server at {describe(url)}: {first}.", code="team_unreachable",
                         params={"where": describe(url), "reason": first}) from exc
    store = open_store(Location(Path("."), url), watch_health=False)
    try:
        with store.session() as session:
            return ensure_group(session)
    finally:
        store.close()


def _tables() -> list[Table]:
    from workstation.store.models import Base

    return [t for t in Base.metadata.sorted_tables if t.name not in _TEAM_TABLES]


def _counts(session, tables: list[Table]) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in tables}


def move_desk(source: Store, target: Store) -> Moved:
    """Copy the desk ``source`` (SQLite) into the team database ``target`` (PostgreSQL), checked by counts."""
    from workstation.store.models import Event

    if source.location.sqlite_path is None or target.dialect != "postgresql":
        raise InvalidInput("A desk moves from its SQLite store into a team's PostgreSQL database.")
    origin = str(source.location.sqlite_path)
    tables = _tables()
    with source.read() as reading:
        expected = _counts(reading, tables)
    with target.session() as session:
        session.execute(text("LOCK TABLE events IN EXCLUSIVE MODE"))  # two moves at once: one waits, then sees it
        done = session.scalar(select(Event.data).where(Event.kind == MOVED, Event.data["source"].as_string() == origin))
        if done is not None:
            found = _counts(session, tables)
            missing = {name: count for name, count in expected.items() if found.get(name, 0) < count}
            if missing:
                raise StoreError(f"This desk was moved into {describe(target.location.database_url)} before, but "
                                 f"the team database now holds fewer rows: {missing}.")
            return Moved(done.get("counts", expected), already=True)
        present = {name: count for name, count in _counts(session, tables).items() if count}
        if present:
            raise InvalidInput(
                f"The team database {describe(target.location.database_url)} already holds data "
                f"({', '.join(f'{n}: {c}' for n, c in sorted(present.items()))}); a desk moves only into an "
                "empty one.", hint="Move the first desk right after `team init`; other desks sync the inboxes anew.")
        with source.read() as reading:
            for table in tables:
                _copy(reading, session, table)
        for table in tables:
            if "id" in table.c and table.c.id.autoincrement in (True, "auto") and table.c.id.primary_key:
                session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                     f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"))
        found = _counts(session, tables)
        wrong = {name: (expected[name], found[name]) for name in expected if expected[name] != found[name]}
        if wrong:  # the whole move is rolled back
            raise StoreError(f"Moving the desk did not copy every row (desk, team): {wrong}; nothing was kept.")
        session.add(Event(actor="mostrador", kind=MOVED, data={"source": origin, "counts": expected}))
    return Moved(expected, already=False)


def _copy(reading, session, table: Table) -> None:  # type: ignore[no-untyped-def]
    """Every row of ``table``, ids kept; a ticket's merge target is set once every ticket is in."""
    later = [c.name for c in table.c if any(fk.column.table is table for fk in c.foreign_keys)]
    deferred: list[dict[str, object]] = []
    order = list(table.primary_key.columns)
    result = reading.execute(select(table).order_by(*order).execution_options(yield_per=_CHUNK))
    for rows in result.mappings().partitions(_CHUNK):
        batch = []
        for row in rows:
            values = dict(row)
            for name in later:
                if values[name] is not None:
                    deferred.append({"b_id": values["id"], name: values[name]})
                    values[name] = None
            batch.append(values)
        session.execute(insert(table), batch)
    for name in later:
        from sqlalchemy import bindparam

        rows = [r for r in deferred if name in r]
        if rows:
            session.execute(update(table).where(table.c.id == bindparam("b_id")).values({name: bindparam(name)}), rows)
