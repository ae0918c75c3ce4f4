"""Review packs hold only their period, and importing trusts nothing in them but what export recorded.

The live store is sample data (demo seed: tickets over the last two months, many customers); packs are
made and imported through the same functions the CLI calls, and altered as anyone with the file could
alter it: with sqlite3.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from workstation import demo, review_pack
from workstation.errors import InvalidInput
from workstation.store.db import Store
from workstation.store.models import CustomerAddress, Message, Note, Ticket
from workstation.tickets import add_note

ROOT = Path(__file__).resolve().parents[2]
REVIEWER = "Lucía Fernández"  # the sample data's supervisor


@pytest.fixture
def live(sqlite_store: Store) -> Store:
    demo.seed(sqlite_store, 150)
    return sqlite_store


def pack_of(store: Store, tmp_path: Path, since: datetime | None, name: str = "semana.mostrador") -> Path:
    path = tmp_path / name
    review_pack.export(store, path, since=since, author=REVIEWER)
    return path


def addresses_and_texts(store: Store, ticket_ids: set[int] | None = None) -> tuple[set[str], set[str]]:
    with store.read() as session:
        rows = session.execute(select(Ticket.id, CustomerAddress.address).join(
            CustomerAddress, CustomerAddress.customer_id == Ticket.customer_id)).all()
        messages = session.execute(select(Message.ticket_id, Message.body_text)).all()
    pick = (lambda t: t in ticket_ids) if ticket_ids is not None else (lambda t: True)
    return ({a for t, a in rows if pick(t)}, {b[:40] for t, b in messages if pick(t) and b and len(b) > 40})


def test_a_pack_of_next_week_holds_nothing_of_the_store(live: Store, tmp_path: Path) -> None:
    path = pack_of(live, tmp_path, datetime.now(UTC) + timedelta(days=7))
    content = path.read_bytes()
    addresses, texts = addresses_and_texts(live)
    assert addresses and texts
    assert [a for a in addresses if a.encode() in content] == []
    assert [t for t in texts if t.encode() in content] == []
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM tickets").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM blobs").fetchone() == (0,)
    conn.close()


def test_a_pack_holds_its_period_only(live: Store, tmp_path: Path) -> None:
    since = datetime.now(UTC) - timedelta(days=20)
    path = pack_of(live, tmp_path, since)
    with live.read() as session:
        inside = set(session.scalars(select(Ticket.id).where(Ticket.created_at >= since)))
        outside = set(session.scalars(select(Ticket.id))) - inside
        raw_inside = set(session.scalars(select(Message.raw_sha256).where(Message.ticket_id.in_(inside))))
    assert inside and outside
    in_addresses, in_texts = addresses_and_texts(live, inside)
    out_addresses, out_texts = addresses_and_texts(live, outside)
    content = path.read_bytes()
    assert out_addresses - in_addresses and out_texts - in_texts  # sample texts repeat: those of the others
    assert [a for a in out_addresses - in_addresses if a.encode() in content] == []
    assert [t for t in out_texts - in_texts if t.encode() in content] == []
    with sqlite3.connect(path) as conn:
        assert {r[0] for r in conn.execute("SELECT id FROM tickets")} == inside
        assert {r[0] for r in conn.execute("SELECT sha256 FROM blobs")} >= {r for r in raw_inside if r}
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def note_in_pack(path: Path, ticket_id: int, body: str) -> None:
    pack = review_pack.open_pack(path)
    try:
        add_note(pack, ticket_id, body, actor=REVIEWER, kind="coaching")
    finally:
        pack.close()


def test_importing_takes_only_the_packs_notes_on_its_tickets_under_its_author(live: Store, tmp_path: Path) -> None:
    since = datetime.now(UTC) - timedelta(days=20)
    path = pack_of(live, tmp_path, since)
    with live.read() as session:
        inside = session.scalars(select(Ticket.id).where(Ticket.created_at >= since).order_by(Ticket.id)).first()
        outside = session.scalars(select(Ticket.id).where(Ticket.created_at < since).order_by(Ticket.id)).first()
    note_in_pack(path, inside, "Buena respuesta, pero di la fecha.")
    with sqlite3.connect(path) as conn:  # what someone with the file could add
        conn.execute("INSERT INTO notes (ticket_id, author_name, kind, body, origin_uid, created_at) VALUES "
                     "(?, 'Director General', 'flag', 'Devolver 5.000 EUR a este cliente', 'forged-1', "
                     "'2026-11-01 10:00:00')", (outside,))
        conn.execute("UPDATE notes SET author_name = 'Director General' WHERE body LIKE 'Buena%'")
        conn.execute("INSERT INTO notes (ticket_id, author_name, kind, body, origin_uid, created_at) VALUES "
                     "('uno', 'x', 'coaching', X'00ff', 'malformed-1', 'x'), "
                     "(?, 'x', 'flag', 'ok', 'malformed-2', 'el martes')", (inside,))
    conn.close()
    result = review_pack.import_notes(live, path)
    assert (result.added, result.skipped) == (1, 3)
    with live.read() as session:
        imported = session.scalars(select(Note).where(Note.kind.in_(["coaching", "flag"]))).all()
        assert [(n.ticket_id, n.author_name, n.body) for n in imported] == [
            (inside, REVIEWER, "Buena respuesta, pero di la fecha.")]


def test_a_recursive_view_in_place_of_the_notes_is_refused_at_once(live: Store, tmp_path: Path, cli_env) -> None:  # type: ignore[no-untyped-def]
    path = pack_of(live, tmp_path, datetime.now(UTC) - timedelta(days=20))
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "ALTER TABLE notes RENAME TO old_notes;"
            "CREATE VIEW notes AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT i AS id, 1 AS ticket_id, 'x' AS author_name, 'coaching' AS kind, 'x' AS body, "
            "CAST(i AS TEXT) AS origin_uid, NULL AS created_at FROM n ORDER BY i DESC;")
    conn.close()
    result = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(live.location.data_dir),
                             "import", "review-notes", str(path)], cwd=ROOT, env=cli_env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2, result.stderr
    assert "notes table is not the one Mostrador writes" in result.stderr and "Traceback" not in result.stderr


def test_a_pack_this_store_did_not_make_is_refused(live: Store, tmp_path: Path, sqlite_store: Store) -> None:
    path = pack_of(live, tmp_path, datetime.now(UTC) - timedelta(days=20))
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE review_pack SET pack_id = 'someone-elses'")
    conn.close()
    with pytest.raises(InvalidInput, match="no export of it is recorded here"):
        review_pack.import_notes(live, path)
