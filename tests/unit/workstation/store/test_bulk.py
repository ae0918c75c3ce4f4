"""bulk_insert stores exactly what the ORM stores, only faster."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from workstation.store.bulk import _processor, bulk_insert
from workstation.store.db import Store
from workstation.store.models import Action, ActionStatus, Base, Message, Ticket, TicketStatus


def _raw_rows(store: Store, table: str) -> list[tuple[object, ...]]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))]


def _orm_and_bulk_rows(store: Store, model: type, values: dict[str, object]) -> tuple[tuple[object, ...], ...]:
    """The same values written once through the ORM and once through bulk_insert, as stored."""
    with store.session() as session:
        session.add(model(id=1, **values))
    with store.session() as session:
        bulk_insert(session, model.__table__, [{"id": 2, **values}])  # type: ignore[attr-defined]
    orm_row, bulk_row = _raw_rows(store, model.__tablename__)  # type: ignore[attr-defined]
    return orm_row[1:], bulk_row[1:]


def test_bulk_rows_equal_orm_rows(store: Store) -> None:
    when = datetime(2026, 5, 17, 8, 30, 0, tzinfo=UTC)
    madrid = datetime(2026, 5, 17, 10, 30, 0, 123456, tzinfo=timezone(timedelta(hours=2)))
    ticket = {"subject": "Reembolso", "status": TicketStatus.WAITING, "created_at": when, "updated_at": madrid,
              "normalized_subject": "reembolso", "message_count": 2, "is_sample": True,
              "first_response_due": None, "priority": "normal", "snippet": None}
    message = {"subject": "x", "to_addrs": ["a@example.com"], "cc_addrs": [], "flags": ["\\Seen"],
               "defects": [], "date": madrid, "created_at": when, "direction": "inbound", "is_auto": False}
    action = {"ticket_id": 1, "kind": "refund", "amount": Decimal("19.90"), "currency": "EUR",
              "status": ActionStatus.PROMISED, "details": {"iban": "ES00"}, "created_at": when}
    for model, values in ((Ticket, ticket), (Message, message), (Action, action)):
        orm_row, bulk_row = _orm_and_bulk_rows(store, model, values)
        assert orm_row == bulk_row, model.__name__


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(9999, 12, 30),
                    timezones=st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30))])))
def test_fast_datetime_processor_matches_sqlalchemy(value: datetime) -> None:
    dialect = create_engine("sqlite://").dialect
    column = Base.metadata.tables["tickets"].c.created_at
    fast = _processor(column.type, dialect)
    slow = column.type.dialect_impl(dialect).bind_processor(dialect)
    assert fast is not None and slow is not None
    assert fast(value) == slow(value)
