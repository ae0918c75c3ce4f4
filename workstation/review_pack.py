"""Review packs: the queue on a supervisor's laptop with no network, and their notes back home.

``export`` builds a new database holding only the tickets asked for (a period, an inbox) with their
messages, attachments, customers and work, copied from the live store in one read transaction (a
consistent snapshot, even while a sync is writing): nothing else of the store is ever in the file, not
even in its free pages. The store holds no credential (passwords live in the keyring), so the pack has
none either. The live store records each export (which tickets, for whom). The supervisor opens the pack
with ``python main.py --review FILE``: everything read-only except coaching notes and flags, which are
written into the pack. ``import_notes`` reads only those notes back, for the tickets that export put in
the pack, under the name it was made for, by their stable id (importing twice adds nothing), bounded in
time and size, and refuses a pack whose tables are not the ones it wrote.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from workstation.agents import agent_id, find_agent
from workstation.errors import InvalidInput, StoreError
from workstation.paths import Location
from workstation.store import health
from workstation.store.db import Store, open_store
from workstation.store.models import Account, Agent, Event, Note, Ticket

REVIEW_KINDS = ("coaching", "flag")
MARKER = "review_pack"
_MARKER_SQL = (f"CREATE TABLE {MARKER} (created_at TEXT, since TEXT, inbox TEXT, pack_id TEXT, author TEXT)")
EXPORTED = "review_pack_exported"
#: Importing reads at most this many notes, each at most MAX_NOTE characters, for at most IMPORT_SECONDS.
MAX_NOTES = 10_000
MAX_NOTE = 20_000
IMPORT_SECONDS = 30.0

# What of the live store goes into a pack: each table with the rows of the selected tickets (``sel``, a
# temporary table of their ids). Tables not named here (lessons, saved searches...) stay home.
_OF_TICKETS = "SELECT {column} FROM live.tickets WHERE id IN (SELECT id FROM sel)"
_MESSAGES = "SELECT id FROM live.messages WHERE ticket_id IN (SELECT id FROM sel)"
_COPIES: tuple[tuple[str, str], ...] = (
    ("agents", "1"),  # who worked the tickets: names and roles
    ("accounts", "id IN (" + _OF_TICKETS.format(column="account_id") + ")"),
    ("folders", "account_id IN (" + _OF_TICKETS.format(column="account_id") + ")"),
    ("incidents", "id IN (" + _OF_TICKETS.format(column="incident_id") + ")"),
    ("customers", "id IN (" + _OF_TICKETS.format(column="customer_id") + ")"),
    ("customer_addresses", "customer_id IN (" + _OF_TICKETS.format(column="customer_id") + ")"),
    ("tags", "id IN (SELECT tag_id FROM live.ticket_tags WHERE ticket_id IN (SELECT id FROM sel))"),
    ("tickets", "id IN (SELECT id FROM sel)"),
    ("ticket_tags", "ticket_id IN (SELECT id FROM sel)"),
    ("blobs", "sha256 IN (SELECT raw_sha256 FROM live.messages WHERE ticket_id IN (SELECT id FROM sel)) "
              f"OR sha256 IN (SELECT blob_sha256 FROM live.attachments WHERE message_id IN ({_MESSAGES})) "
              "OR sha256 IN (SELECT json_extract(j.value, '$.sha256') FROM live.replies AS r, "
              "json_each(r.attachments) AS j WHERE r.ticket_id IN (SELECT id FROM sel))"),
    ("messages", "ticket_id IN (SELECT id FROM sel)"),
    ("attachments", f"message_id IN ({_MESSAGES})"),
    ("replies", "ticket_id IN (SELECT id FROM sel)"),
    ("actions", "ticket_id IN (SELECT id FROM sel)"),
    ("followups", "ticket_id IN (SELECT id FROM sel)"),
    ("notes", "ticket_id IN (SELECT id FROM sel)"),
    ("events", "ticket_id IN (SELECT id FROM sel)"),
    ("satisfaction", "ticket_id IN (SELECT id FROM sel)"),
    ("playbook_runs", "ticket_id IN (SELECT id FROM sel)"),
)


@dataclass(frozen=True)
class PackInfo:
    created_at: datetime
    since: str | None
    inbox: str | None
    tickets: int


def export(store: Store, target: Path, *, since: datetime | None = None, inbox: str | None = None,
           author: str | None = None, until: datetime | None = None, assignees: Sequence[str] = ()) -> PackInfo:
    """Write a pack of the tickets opened since ``since`` and before ``until`` in ``inbox``, assigned to one of
    ``assignees`` (agents' names; all optional) for ``author`` (the acting agent by default): a new database with
    those tickets only."""
    if since is not None and until is not None and until <= since:
        raise InvalidInput("The period ends before it starts.", code="pack_period_backwards")
    source = store.location.sqlite_path  # None: a team's PostgreSQL store (workstation.team.packs)
    if target.exists():
        raise InvalidInput(f"{target} already exists; choose another name.", code="pack_exists",
                           params={"file": str(target)})
    with store.read() as session:
        if inbox is not None and session.scalar(select(Account.id).where(Account.name == inbox)) is None:
            raise InvalidInput(f"There is no inbox named {inbox!r}.", code="pack_no_inbox", params={"inbox": inbox})
        reviewer = session.get(Agent, agent_id(session, author)) if agent_id(session, author) else None
        notes_before = session.scalar(select(func.max(Note.id))) or 0
        assignee_ids = tuple(sorted({find_agent(session, name).id for name in assignees}))
    who = reviewer.name if reviewer is not None else f"Review pack {target.name}"
    partial = target.with_name(f".{target.name}.part")
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    created = datetime.now(UTC)
    pack_id = uuid.uuid4().hex
    try:
        open_store(Location(target.parent, f"sqlite:///{partial.as_posix()}"), watch_health=False).close()
        if source is not None:
            tickets = _copy(source, partial, since, inbox, until=until, assignee_ids=assignee_ids)
        else:
            from workstation.team.packs import copy_selection

            tickets = copy_selection(store, partial, since, inbox, until=until, assignee_ids=assignee_ids)
        conn = sqlite3.connect(partial)
        try:
            with conn:
                conn.execute(_MARKER_SQL)
                conn.execute(f"INSERT INTO {MARKER} VALUES (?, ?, ?, ?, ?)",
                             (created.isoformat(), since.isoformat() if since else None, inbox, pack_id, who))
            conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to carry around
            conn.execute("VACUUM")
        finally:
            conn.close()
        health.private_file(partial)
    except (OSError, sqlite3.Error) as exc:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        raise StoreError(f"Cannot write the review pack {target}: {exc}.", code="pack_cannot_write",
                         params={"file": str(target), "reason": str(exc)}) from exc
    partial.replace(target)
    with store.session() as session:  # what import_notes will accept from this pack
        session.add(Event(actor=who, kind=EXPORTED, data={"pack": pack_id, "tickets": tickets,
                                                          "notes_before": notes_before, "author": who,
                                                          "file": target.name}))
    return PackInfo(created, since.isoformat() if since else None, inbox, len(tickets))


def _copy(source: Path, pack: Path, since: datetime | None, inbox: str | None, *, until: datetime | None = None,
          assignee_ids: tuple[int, ...] = ()) -> list[int]:
    """The selected tickets and what belongs to them, from ``source`` into the empty store ``pack``, read in
    one transaction; returns the tickets' ids."""
    conn = sqlite3.connect(pack, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")  # references to what stays home are cleared below
        conn.execute("ATTACH DATABASE ? AS live", (f"file:{source.as_posix()}?mode=ro",))
        conn.execute("BEGIN")
        conditions, parameters = ["1"], []
        if since is not None:
            conditions.append("created_at >= ?")
            parameters.append(since.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"))
        if inbox is not None:
            conditions.append("account_id IN (SELECT id FROM live.accounts WHERE name = ?)")
            parameters.append(inbox)
        if until is not None:
            conditions.append("created_at < ?")
            parameters.append(until.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"))
        if assignee_ids:
            conditions.append(f"assignee_id IN ({', '.join('?' * len(assignee_ids))})")
            parameters.extend(assignee_ids)
        conn.execute("CREATE TEMP TABLE sel (id INTEGER PRIMARY KEY)")
        conn.execute(f"INSERT INTO sel SELECT id FROM live.tickets WHERE {' AND '.join(f'({c})' for c in conditions)}",
                     parameters)
        for table, where in _COPIES:
            columns = ", ".join(f'"{row[1]}"' for row in conn.execute(f'PRAGMA main.table_info("{table}")'))
            conn.execute(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM live."{table}" WHERE {where}')
        tickets = [ticket_id for (ticket_id,) in conn.execute("SELECT id FROM sel ORDER BY id")]
        _clear_dangling(conn)
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE live")
        return tickets
    finally:
        conn.close()


def _clear_dangling(conn: sqlite3.Connection) -> None:
    """References to rows that stayed home (a ticket merged into one outside the period, an event of an
    incident not in the pack) become NULL, or the row goes when the reference cannot be empty."""
    for _ in range(5):
        found = conn.execute("PRAGMA main.foreign_key_check").fetchall()
        if not found:
            return
        keys: dict[tuple[str, int], list[str]] = {}
        for table, rowid, _parent, key in found:
            if (table, key) not in keys:
                keys[(table, key)] = [row[3] for row in conn.execute(f'PRAGMA main.foreign_key_list("{table}")')
                                      if row[0] == key]
            for column in keys[(table, key)]:
                try:
                    conn.execute(f'UPDATE main."{table}" SET "{column}" = NULL WHERE rowid = ?', (rowid,))
                except sqlite3.IntegrityError:
                    conn.execute(f'DELETE FROM main."{table}" WHERE rowid = ?', (rowid,))


def is_pack(path: Path) -> PackInfo | None:
    """What the pack's marker says, or None for a file that is not a pack (or takes over a few seconds to
    say: a crafted file's views can make any query spin)."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    deadline = time.monotonic() + 5
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        created, since, inbox = conn.execute(f"SELECT created_at, since, inbox FROM {MARKER}").fetchone()
        tickets = conn.execute("SELECT count(*) FROM tickets").fetchone()[0]
        return PackInfo(datetime.fromisoformat(created), since, inbox, int(tickets))
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        conn.close()


def open_pack(path: Path) -> Store:
    """The pack as a store: the window shows it read-only except for coaching notes and flags."""
    if not path.exists():
        raise InvalidInput(f"There is no review pack at {path}.")
    if is_pack(path) is None:
        raise InvalidInput(f"{path} is not a review pack.", hint="Make one with `export review-pack FILE`.")
    return open_store(Location(path.parent, f"sqlite:///{path.as_posix()}"), upgrade=False, watch_health=False)


@dataclass(frozen=True)
class Imported:
    added: int
    already: int
    skipped: int  # notes on tickets that were not put in the pack, or malformed


def _refused(path: Path, why: str) -> InvalidInput:
    return InvalidInput(f"{path} is not a review pack this store made: {why}.",
                        hint="Only the notes of a pack exported from this store are imported.")


def _pack_notes(path: Path, expected: dict[str, str], notes_before: int) -> list[tuple[Any, ...]]:
    """The notes written in the pack after it was made, read as a table of the expected shape only."""
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _refused(path, str(exc)) from exc
    deadline = time.monotonic() + IMPORT_SECONDS
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        found = {name: (kind, sql) for name, kind, sql in conn.execute(
            "SELECT name, type, sql FROM sqlite_master WHERE name IN (?, ?, ?)", ("notes", "tickets", MARKER))}
        for name, sql in expected.items():
            if found.get(name) != ("table", sql):
                raise _refused(path, f"its {name} table is not the one Mostrador writes")
        rows = conn.execute(
            "SELECT ticket_id, kind, body, origin_uid, created_at FROM notes WHERE id > ? AND kind IN (?, ?) "
            "AND origin_uid IS NOT NULL ORDER BY id LIMIT ?", (notes_before, *REVIEW_KINDS, MAX_NOTES + 1)).fetchall()
    except sqlite3.OperationalError as exc:
        if time.monotonic() > deadline:
            raise InvalidInput(f"Reading the notes of {path} took over {IMPORT_SECONDS:.0f} s; nothing was "
                               "imported.", hint="The pack is damaged or was altered.") from exc
        raise _refused(path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise _refused(path, str(exc)) from exc
    finally:
        conn.close()
    if len(rows) > MAX_NOTES:
        raise InvalidInput(f"{path} holds more than {MAX_NOTES:,} review notes; nothing was imported.",
                           hint="A week's review has far fewer: the pack was altered.")
    return rows


def _note(row: tuple[Any, ...], tickets: set[int]) -> tuple[int, str, str, str, datetime] | None:
    """A well-formed note on a ticket of the pack, or None."""
    ticket_id, kind, body, uid, created = row
    if type(ticket_id) is not int or ticket_id not in tickets or kind not in REVIEW_KINDS:
        return None
    if not isinstance(body, str) or not body.strip() or len(body) > MAX_NOTE:
        return None
    if not isinstance(uid, str) or not 0 < len(uid) <= 64:
        return None
    when = datetime.now(UTC)
    if created is not None:
        try:
            parsed = datetime.fromisoformat(str(created))
        except ValueError:
            return None
        when = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    return ticket_id, kind, body.strip(), uid, when


def import_notes(store: Store, path: Path) -> Imported:
    """Merge the pack's coaching notes and flags into ``store``; a note already imported is not added again."""
    marker = is_pack(path)
    if marker is None:
        raise InvalidInput(f"{path} is not a review pack.")
    pack_id = _pack_id(path)
    with store.read() as session:
        exported = next((e.data for e in session.scalars(select(Event).where(Event.kind == EXPORTED))
                         if isinstance(e.data, dict) and e.data.get("pack") == pack_id and pack_id), None)
        expected = _expected_tables(store)
    if exported is None:
        raise _refused(path, "no export of it is recorded here")
    tickets = {t for t in exported.get("tickets", []) if type(t) is int}
    author = str(exported.get("author") or "review pack")
    rows = _pack_notes(path, expected, int(exported.get("notes_before") or 0))
    added = already = skipped = 0
    with store.session() as session:
        author_id = session.scalar(select(Agent.id).where(Agent.name == author))
        uids = [row[3] for row in rows if isinstance(row[3], str)]
        known = set(session.scalars(select(Note.origin_uid).where(Note.origin_uid.in_(uids)))) if uids else set()
        alive = set(session.scalars(select(Ticket.id).where(Ticket.id.in_(tickets)))) if tickets else set()
        for row in rows:
            note = _note(row, alive)
            if note is None:
                skipped += 1
                continue
            ticket_id, kind, body, uid, when = note
            if uid in known:
                already += 1
                continue
            session.add(Note(ticket_id=ticket_id, author_id=author_id, author_name=author, kind=kind, body=body,
                             origin_uid=uid, created_at=when))
            session.add(Event(ticket_id=ticket_id, actor=author, kind="review_note_imported",
                              data={"kind": kind, "origin": uid}))
            known.add(uid)
            added += 1
    return Imported(added, already, skipped)


def _pack_id(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            row = conn.execute(f"SELECT pack_id FROM {MARKER}").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row and isinstance(row[0], str) else None


def _expected_tables(store: Store) -> dict[str, str]:
    """The tables a pack must hold, as this store's own schema writes them."""
    if store.location.sqlite_path is None:  # a team's PostgreSQL store: as a new SQLite store writes them
        from workstation.team.packs import sqlite_tables

        return {**sqlite_tables(("notes", "tickets")), MARKER: _MARKER_SQL}
    with store.engine.connect() as conn:
        sql = dict(conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name IN ('notes', 'tickets')").all())
    return {**sql, MARKER: _MARKER_SQL}
