"""Unseen customer messages (bold in the queue): each agent's own, on SQLite and on a team's PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from tests.unit.workstation.store.test_migrations import _create_at_first_revision, _write_first_revision_rows
from workstation import conversation, demo, queue
from workstation.changes import NOTHING
from workstation.paths import Location
from workstation.seen import mark_seen, mark_unseen
from workstation.store.db import Store, make_engine, open_store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def unseen(store: Store, agent: str) -> dict[int, bool]:
    return {row.id: row.unseen for row in queue.page(store, "all", agent=agent, limit=500)}


def newest_customer_message(store: Store, ticket_id: int) -> int:
    conv = conversation.load(store, ticket_id)
    return max(e.message_id for e in conv.entries if e.message_id is not None and not e.outbound)


def test_seen_is_each_agents_own(store: Store) -> None:
    demo.seed(store, 40, now=NOW)
    before = unseen(store, "Marcos Ruiz")
    assert before and all(before.values())  # nobody has opened anything yet
    ticket = next(iter(before))

    changes = mark_seen(store, ticket, newest_customer_message(store, ticket), agent="Marcos Ruiz")
    assert changes.tickets == {ticket}
    assert unseen(store, "Marcos Ruiz")[ticket] is False
    assert unseen(store, "Aisha Khan")[ticket] is True  # Marcos reading it leaves it unseen for Aisha
    # Shown again with older messages only (a conversation read before a newer one arrived): nothing moves.
    assert mark_seen(store, ticket, 1, agent="Marcos Ruiz") == NOTHING
    assert unseen(store, "Marcos Ruiz")[ticket] is False

    assert mark_unseen(store, [ticket], agent="Marcos Ruiz").tickets == {ticket}
    assert unseen(store, "Marcos Ruiz")[ticket] is True
    assert mark_seen(store, ticket, 10**9, agent="Nobody Here") == NOTHING  # an unknown name writes nothing


def test_an_upgraded_store_counts_what_it_held_as_seen_and_new_mail_as_unseen(tmp_path: Path) -> None:
    location = Location.resolve(tmp_path / "data", None)
    location.data_dir.mkdir(parents=True)
    _create_at_first_revision(location.database_url)
    _write_first_revision_rows(location.database_url)
    engine = make_engine(location.database_url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO agents (id, name, role, limits, active, created_at) "
                          "VALUES (1, 'Ana Agente', 'agent', '{}', true, '2026-01-05 10:00:00')"))
    engine.dispose()
    store = open_store(location)  # upgraded to 0011 here
    try:
        assert unseen(store, "Ana Agente") == {7: False}  # years of tickets do not turn bold on upgrading
        with store.session() as session:
            session.execute(text(
                "INSERT INTO messages (id, subject, body_text, from_addr, to_addrs, cc_addrs, flags, defects, "
                "direction, is_auto, ticket_id, created_at) VALUES (4, 'Re: Cobro duplicado', '¿Novedades?', "
                "'ana@example.com', '[]', '[]', '[]', '[]', 'inbound', false, 7, '2026-01-06 10:00:00')"))
        assert unseen(store, "Ana Agente") == {7: True}
    finally:
        store.close()
