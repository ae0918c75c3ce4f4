"""Review packs: the queue on a supervisor's laptop with no network, and their notes back home.

``export`` copies the live store through SQLite's online backup API (a
consistent snapshot, even while a sync is writing), then keeps only the
period and inbox asked for. The store holds no credential (passwords live
in the keyring), so the pack has none either. The supervisor opens it with
``python main.py --review FILE``: everything read-only except coaching notes
and flags, which are written into the pack. ``import_notes`` merges them
into the live store by their stable id, so importing twice adds nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, func, or_, select

from workstation.errors import InvalidInput, StoreError
from workstation.paths import Location
from workstation.store.db import Store, backup_sqlite, open_store
from workstation.store.models import Account, Event, Message, Note, Ticket

REVIEW_KINDS = ("coaching", "flag")
MARKER = "review_pack"


@dataclass(frozen=True)
class PackInfo:
    created_at: datetime
    since: str | None
    inbox: str | None
    tickets: int


def export(store: Store, target: Path, *, since: datetime | None = None, inbox: str | None = None) -> PackInfo:
    source = store.location.sqlite_path
    if source is None:
        raise InvalidInput("Review packs are made from a workstation's SQLite store; a team's PostgreSQL "
                           "store has no single file to copy.", hint="Run it on a workstation that syncs.")
    if target.exists():
        raise InvalidInput(f"{target} already exists; choose another name.")
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    try:
        backup_sqlite(source, partial)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Cannot write the review pack {target}: {exc}.") from exc
    pack = open_store(Location(target.parent, f"sqlite:///{partial.as_posix()}"))
    try:
        with pack.session() as session:
            dropped = select(Ticket.id)
            conditions = []
            if since is not None:
                conditions.append(Ticket.created_at < since)
            if inbox is not None:
                if session.scalar(select(Account.id).where(Account.name == inbox)) is None:
                    raise InvalidInput(f"There is no inbox named {inbox!r}.")
                conditions.append(Ticket.account_id.not_in(select(Account.id).where(Account.name == inbox)))
            if conditions:
                dropped = dropped.where(or_(*conditions))
                session.execute(delete(Message).where(Message.ticket_id.in_(dropped)))
                session.execute(delete(Ticket).where(Ticket.id.in_(dropped)))
            session.execute(delete(Message).where(Message.ticket_id.is_(None)))
        created = datetime.now(UTC)
        with pack.engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE TABLE {MARKER} (created_at TEXT, since TEXT, inbox TEXT)")
            conn.exec_driver_sql(f"INSERT INTO {MARKER} VALUES (?, ?, ?)",
                                 (created.isoformat(), since.isoformat() if since else None, inbox))
        with pack.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with pack.read() as session:
            count = session.scalar(select(func.count()).select_from(Ticket)) or 0
    finally:
        pack.close()
    with sqlite3.connect(partial) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to carry around
        conn.execute("VACUUM")
    partial.replace(target)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    return PackInfo(created, since.isoformat() if since else None, inbox, count)


def is_pack(path: Path) -> PackInfo | None:
    try:
        with sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True) as conn:
            created, since, inbox = conn.execute(f"SELECT created_at, since, inbox FROM {MARKER}").fetchone()
            tickets = conn.execute("SELECT count(*) FROM tickets").fetchone()[0]
    except sqlite3.Error:
        return None
    return PackInfo(datetime.fromisoformat(created), since, inbox, tickets)


def open_pack(path: Path) -> Store:
    """The pack as a store: the window shows it read-only except for coaching notes and flags."""
    if not path.exists():
        raise InvalidInput(f"There is no review pack at {path}.")
    if is_pack(path) is None:
        raise InvalidInput(f"{path} is not a review pack.", hint="Make one with `export review-pack FILE`.")
    return open_store(Location(path.parent, f"sqlite:///{path.as_posix()}"), upgrade=False)


@dataclass(frozen=True)
class Imported:
    added: int
    already: int
    skipped: int  # notes on tickets this store does not have


def import_notes(store: Store, path: Path) -> Imported:
    """Merge the pack's coaching notes and flags into ``store``; a note already imported is not added again."""
    if is_pack(path) is None:
        raise InvalidInput(f"{path} is not a review pack.")
    with sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT ticket_id, author_name, kind, body, origin_uid, created_at FROM notes "
                            f"WHERE kind IN ({', '.join('?' for _ in REVIEW_KINDS)}) AND origin_uid IS NOT NULL",
                            REVIEW_KINDS).fetchall()
    added = already = skipped = 0
    with store.session() as session:
        known = set(session.scalars(select(Note.origin_uid).where(Note.origin_uid.in_([r[4] for r in rows]))))
        tickets = set(session.scalars(select(Ticket.id).where(Ticket.id.in_({r[0] for r in rows})))) if rows else set()
        for ticket_id, author, kind, body, uid, created in rows:
            if uid in known:
                already += 1
                continue
            if ticket_id not in tickets:
                skipped += 1
                continue
            when = datetime.fromisoformat(created).replace(tzinfo=UTC) if created else datetime.now(UTC)
            session.add(Note(ticket_id=ticket_id, author_name=author, kind=kind, body=body, origin_uid=uid,
                             created_at=when))
            session.add(Event(ticket_id=ticket_id, actor=author, kind="review_note_imported",
                              data={"kind": kind, "origin": uid}))
            known.add(uid)
            added += 1
    return Imported(added, already, skipped)
