"""The store on SQLite and PostgreSQL: pragmas, times, search in step with messages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from workstation.mail.endpoints import Security
from workstation.store.db import Store, head_revision
from workstation.store.models import Account, Customer, Folder, Message, Ticket, TicketStatus
from workstation.store.search import merge_step, search_messages, search_ticket_ids


def _ticket_with_message(store: Store, subject: str, body: str, sender: str = "ana@example.com") -> tuple[int, int]:
    with store.session() as session:
        customer = Customer(name="Ana Pérez")
        ticket = Ticket(subject=subject, customer=customer, status=TicketStatus.OPEN)
        message = Message(subject=subject, body_text=body, from_addr=sender, from_name="Ana Pérez",
                          date=datetime(2026, 11, 1, 9, 30, tzinfo=UTC), ticket=ticket)
        session.add_all([customer, ticket, message])
        session.flush()
        return ticket.id, message.id


def test_new_store_is_at_head(store: Store) -> None:
    assert store.revision() == head_revision()


def test_sqlite_pragmas(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 16384  # a new file's


def test_an_existing_file_keeps_its_page_size(tmp_path: Path) -> None:
    import sqlite3

    from workstation.paths import Location
    from workstation.store.db import open_store

    path = tmp_path / "mostrador.sqlite3"
    old = sqlite3.connect(path)
    old.execute("PRAGMA page_size = 4096")
    old.execute("PRAGMA journal_mode = WAL")
    old.close()
    store = open_store(Location.resolve(tmp_path, None))
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA page_size").scalar() == 4096
        assert store.revision() == head_revision()
    finally:
        store.engine.dispose()


def test_foreign_keys_are_enforced(store: Store) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.session() as session:
        session.add(Folder(account_id=999999, name="INBOX"))


def test_times_come_back_aware_and_in_utc(store: Store) -> None:
    madrid = timezone(timedelta(hours=1))
    sent = datetime(2026, 3, 1, 10, 0, tzinfo=madrid)
    with store.session() as session:
        message = Message(subject="hora", date=sent)
        session.add(message)
        session.flush()
        message_id = message.id
    with store.session() as session:
        stored = session.get(Message, message_id)
        assert stored is not None and stored.date is not None
        assert stored.date.tzinfo is not None
        assert stored.date == sent
        assert stored.date.utcoffset() == timedelta(0)


def test_naive_datetime_is_refused(store: Store) -> None:
    from sqlalchemy.exc import StatementError

    with pytest.raises(StatementError, match="naive datetime"), store.session() as session:
        session.add(Message(subject="x", date=datetime(2026, 1, 1)))
        session.flush()


def test_enums_are_stored_as_values(store: Store) -> None:
    with store.session() as session:
        session.add(Account(name="Soporte", email="s@example.com", imap_host="localhost", imap_port=143,
                            imap_security=Security.STARTTLS, smtp_host="localhost", smtp_port=587,
                            smtp_security=Security.SSL, username="s"))
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT imap_security, smtp_security FROM accounts")).one() == ("starttls", "ssl")


def test_search_finds_subject_sender_and_body_with_accents_folded(store: Store) -> None:
    ticket_id, message_id = _ticket_with_message(store, "Cobro duplicado en la facturación",
                                                 "Me habéis cobrado dos veces el pedido PED-4411.")
    _ticket_with_message(store, "Late delivery", "Order ORD-1 never came", sender="tom@example.org")
    with store.session() as session:
        assert [h.message_id for h in search_messages(session, "duplicado")] == [message_id]
        assert [h.message_id for h in search_messages(session, "PED-4411")] == [message_id]
        assert [h.message_id for h in search_messages(session, "ana@example.com")] == [message_id]
        assert search_ticket_ids(session, "cobrado dos") == [ticket_id]
        assert search_ticket_ids(session, "cobr") == [ticket_id]  # the last word matches as a prefix
        assert search_messages(session, "cobrado nunca") == []  # every word must match
        if store.dialect == "sqlite":  # FTS5 folds accents; PostgreSQL's 'simple' keeps them
            assert [h.message_id for h in search_messages(session, "facturacion")] == [message_id]


def test_search_stays_in_step_with_updates_and_deletes(store: Store) -> None:
    _, message_id = _ticket_with_message(store, "Router roto", "El router no enciende")
    with store.session() as session:
        message = session.get(Message, message_id)
        assert message is not None
        message.body_text = "La lavadora pierde agua"
    with store.session() as session:
        assert search_messages(session, "router no enciende") == []
        assert [h.message_id for h in search_messages(session, "lavadora")] == [message_id]
        session.delete(session.get(Message, message_id))
    with store.session() as session:
        assert search_messages(session, "lavadora") == []


def test_search_ranks_subject_matches_first(store: Store) -> None:
    _, in_body = _ticket_with_message(store, "Pregunta", "una duda sobre el reembolso de mi pedido")
    _, in_subject = _ticket_with_message(store, "Reembolso pendiente", "sigo esperando")
    with store.session() as session:
        assert [h.message_id for h in search_messages(session, "reembolso")] == [in_subject, in_body]


def test_the_index_is_merged_later_and_finds_the_same(sqlite_store: Store) -> None:
    """A write only adds its segment (migration 0006); merge_step does the merging, in steps."""
    with sqlite_store.read() as session:
        assert session.execute(text("SELECT v FROM messages_fts_config WHERE k = 'automerge'")).scalar() == 0
    ids = [_ticket_with_message(sqlite_store, f"Pedido {n} sin llegar", f"Reembolso del pedido {n}")[1]
           for n in range(12)]  # a segment each
    with sqlite_store.session() as session:
        before = [sorted(h.message_id for h in search_messages(session, q)) for q in ("reembolso", "pedido 7")]
    steps = 0
    while True:
        with sqlite_store.session() as session:
            if not merge_step(session, pages=1):
                break
        steps += 1
    assert steps >= 1
    with sqlite_store.session() as session:
        assert not merge_step(session)  # nothing left
        after = [sorted(h.message_id for h in search_messages(session, q)) for q in ("reembolso", "pedido 7")]
    assert after == before == [sorted(ids), [ids[7]]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40))
def test_any_typed_query_is_safe(store: Store, query: str) -> None:
    """Quotes, operators, NULs, emoji: whatever is typed, search answers with a list."""
    with store.session() as session:
        hits = search_messages(session, query)
    assert isinstance(hits, list)


def test_cascade_keeps_tickets_when_an_account_goes(store: Store) -> None:
    with store.session() as session:
        account = Account(name="Soporte", email="s@example.com", imap_host="localhost", imap_port=143,
                          imap_security=Security.PLAIN, smtp_host="localhost", smtp_port=25,
                          smtp_security=Security.PLAIN, username="s")
        account.folders.append(Folder(name="INBOX"))
        ticket = Ticket(subject="keep me")
        session.add_all([account, ticket])
        session.flush()
        ticket.account_id = account.id
        ticket_id = ticket.id
    with store.session() as session:
        session.delete(session.scalar(select(Account)))
    with store.session() as session:
        kept = session.get(Ticket, ticket_id)
        assert kept is not None and kept.account_id is None
        assert session.scalar(select(Folder)) is None
