"""Schema versions: upgrades keep data, back up first, and match the models."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from workstation.errors import StoreError, StoreTooNew
from workstation.paths import Location
from workstation.store.db import alembic_config, head_revision, make_engine, open_store
from workstation.store.models import Base
from workstation.store.search import is_search_object, search_ticket_ids

FIRST = "0001"


def _create_at_first_revision(url: str) -> None:
    engine = make_engine(url)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, FIRST)
    engine.dispose()


def _write_first_revision_rows(url: str) -> None:
    """Rows written as a Mostrador at the first revision would have written them."""
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO accounts (id, name, email, imap_host, imap_port, imap_security, smtp_host, smtp_port, "
            "smtp_security, username, service_levels, enabled, is_sample, created_at) VALUES "
            "(1, 'Soporte', 'soporte@example.com', 'imap.example.com', 993, 'ssl', 'smtp.example.com', 465, "
            "'ssl', 'soporte', '{}', true, false, '2026-01-05 10:00:00')"))
        conn.execute(text("INSERT INTO customers (id, name, is_sample, created_at) "
                          "VALUES (1, 'Ana Pérez', false, '2026-01-05 10:00:00')"))
        conn.execute(text(
            "INSERT INTO tickets (id, account_id, customer_id, subject, normalized_subject, status, priority, "
            "message_count, is_sample, created_at, updated_at) VALUES (7, 1, 1, 'Cobro duplicado', "
            "'cobro duplicado', 'open', 'high', 1, false, '2026-01-05 10:00:00', '2026-01-05 10:00:00')"))
        conn.execute(text(
            "INSERT INTO messages (id, subject, body_text, from_addr, to_addrs, cc_addrs, flags, defects, "
            "direction, is_auto, ticket_id, created_at) VALUES (3, 'Cobro duplicado', "
            "'Me cobrasteis dos veces el pedido PED-99', 'ana@example.com', '[]', '[]', '[]', '[]', "
            "'inbound', false, 7, '2026-01-05 10:00:00')"))
    engine.dispose()


def _check_data_intact(store) -> None:  # type: ignore[no-untyped-def]
    from workstation.store.models import Account, Message, Priority, Ticket, TicketStatus

    with store.session() as session:
        ticket = session.get(Ticket, 7)
        assert ticket is not None
        assert (ticket.subject, ticket.status, ticket.priority) == ("Cobro duplicado", TicketStatus.OPEN,
                                                                    Priority.HIGH)
        assert ticket.customer is not None and ticket.customer.name == "Ana Pérez"
        message = session.get(Message, 3)
        assert message is not None and message.body_text == "Me cobrasteis dos veces el pedido PED-99"
        assert session.get(Account, 1).name == "Soporte"  # type: ignore[union-attr]
        # Messages written before search existed are found after the upgrade.
        assert search_ticket_ids(session, "cobrasteis") == [7]


def test_sqlite_upgrade_from_first_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    location = Location.resolve(tmp_path / "data", None)
    location.data_dir.mkdir(parents=True)
    _create_at_first_revision(location.database_url)
    _write_first_revision_rows(location.database_url)

    store = open_store(location)
    try:
        assert store.revision() == head_revision() != FIRST
        _check_data_intact(store)
    finally:
        store.close()

    backups = list(location.backups_dir.glob(f"mostrador-{FIRST}-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:  # the backup is the database as it was
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (FIRST,)
        assert conn.execute("SELECT subject FROM tickets WHERE id = 7").fetchone() == ("Cobro duplicado",)


@pytest.mark.postgres
def test_postgres_upgrade_from_first_revision_keeps_data(postgres_url: str, tmp_path: Path) -> None:
    _create_at_first_revision(postgres_url)
    _write_first_revision_rows(postgres_url)
    store = open_store(Location.resolve(tmp_path, postgres_url))
    try:
        assert store.revision() == head_revision()
        _check_data_intact(store)
    finally:
        store.close()


def test_head_constant_names_the_newest_migration() -> None:
    from workstation.store.db import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_opening_at_head_makes_no_backup(tmp_path: Path) -> None:
    location = Location.resolve(tmp_path / "data", None)
    open_store(location).close()
    open_store(location).close()
    assert not location.backups_dir.exists()


@pytest.mark.parametrize("engine_name", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
# The due-date index is an expression; SQLAlchemy cannot reflect it and says so (is_search_object skips it).
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index ix_tickets_due")
def test_migrations_match_the_models(engine_name: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    url = request.getfixturevalue("postgres_url") if engine_name == "postgresql" else None
    store = open_store(Location.resolve(tmp_path, url))
    try:
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, reflected, compare_to: not is_search_object(
                    name, type_, getattr(getattr(obj, "table", None), "name", None)),
            })
            assert compare_metadata(context, Base.metadata) == []
    finally:
        store.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    location = Location.resolve(tmp_path / "data", None)
    open_store(location).close()
    with create_engine(location.database_url).begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreTooNew, match="newer Mostrador"):
        open_store(location)


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    location = Location.resolve(tmp_path / "data", None)
    location.data_dir.mkdir(parents=True)
    with sqlite3.connect(location.sqlite_path) as conn:  # type: ignore[arg-type]
        conn.execute("CREATE TABLE someone_elses (x)")
    with pytest.raises(StoreError, match="not Mostrador's"):
        open_store(location)
