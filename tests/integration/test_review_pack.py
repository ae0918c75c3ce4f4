"""A review pack made while a sync writes, opened read-only, annotated offline, imported twice."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import func, select

from tests.integration.test_sync import account_for
from tests.support.dovecot import PASSWORD, Dovecot
from tests.support.mail import mail
from workstation import review_pack
from workstation.store.db import Store
from workstation.store.models import Note, Ticket
from workstation.sync.engine import AccountSync
from workstation.tickets import add_note


def test_pack_while_syncing_then_notes_come_back_once(sqlite_store: Store, dovecot: Dovecot, tmp_path: Path) -> None:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        for i in range(60):
            imap.append("INBOX", mail(f"Pedido {i} no ha llegado", f"Cliente {i} <c{i}@example.org>"))
    name = account_for(sqlite_store, dovecot, user)
    AccountSync(sqlite_store, name).run()
    with dovecot.client(user) as imap:  # more mail, synced while the pack is written
        for i in range(60, 400):
            imap.append("INBOX", mail(f"Factura {i}", f"Cliente {i} <c{i}@example.org>"))
    syncing = threading.Thread(target=lambda: AccountSync(sqlite_store, name, batch_size=20).run())
    syncing.start()
    pack_path = tmp_path / "review.mostrador"
    info = review_pack.export(sqlite_store, pack_path)
    syncing.join(60)
    assert info.tickets >= 60

    with sqlite3.connect(pack_path) as conn:  # a consistent, self-contained file, without the password
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert PASSWORD.encode() not in pack_path.read_bytes().replace(b"secretar", b"")

    pack = review_pack.open_pack(pack_path)
    try:
        with pack.read() as session:
            ticket_id = session.scalars(select(Ticket.id).order_by(Ticket.id)).first()
        # The supervisor on the train is whoever uses the laptop: the pack's first agent is them.
        add_note(pack, ticket_id, "Buena respuesta: di también la fecha de entrega.", kind="coaching")  # type: ignore[arg-type]
        add_note(pack, ticket_id, "Revisar el tono.", kind="flag")  # type: ignore[arg-type]
    finally:
        pack.close()

    first = review_pack.import_notes(sqlite_store, pack_path)
    second = review_pack.import_notes(sqlite_store, pack_path)
    assert (first.added, second.added, second.already) == (2, 0, 2)
    with sqlite_store.read() as session:
        notes = session.scalars(select(Note).where(Note.kind.in_(["coaching", "flag"]))).all()
        assert sorted(n.body for n in notes) == ["Buena respuesta: di también la fecha de entrega.",
                                                 "Revisar el tono."]
        assert session.scalar(select(func.count()).select_from(Ticket)) == 400


def test_pack_commands(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "data")
    assert run_cli("--data-dir", data, "demo", "seed", "40").returncode == 0
    pack = tmp_path / "semana.mostrador"
    made = run_cli("--data-dir", data, "export", "review-pack", str(pack), "--since", "2000-01-01")
    assert made.returncode == 0, made.stderr
    again = run_cli("--data-dir", data, "export", "review-pack", str(pack))
    assert again.returncode != 0 and "already exists" in again.stderr
    imported = run_cli("--data-dir", data, "import", "review-notes", str(pack))
    assert imported.returncode == 0 and "Imported 0" in imported.stdout
    not_a_pack = run_cli("--data-dir", data, "import", "review-notes", str(tmp_path / "data" / "mostrador.sqlite3"))
    assert not_a_pack.returncode != 0 and "is not a review pack" in not_a_pack.stderr
