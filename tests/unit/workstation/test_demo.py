"""Sample data: realistic, deterministic, clearly marked, removable."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from workstation import demo, queue
from workstation.paths import Location
from workstation.store.db import Store, open_store
from workstation.store.models import Account, Action, Customer, Message, Ticket, TicketStatus

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    with store.read() as session:
        rows = session.execute(
            select(Ticket.id, Ticket.subject, Ticket.status, Ticket.priority, Ticket.created_at, Ticket.category,
                   Message.body_text, Message.date).join(Message, Message.ticket_id == Ticket.id)
            .order_by(Message.id))
        return [tuple(r) for r in rows]


def test_seed_is_deterministic(tmp_path: Path) -> None:
    a = open_store(Location.resolve(tmp_path / "a", None))
    b = open_store(Location.resolve(tmp_path / "b", None))
    demo.seed(a, 120, now=NOW)
    demo.seed(b, 120, now=NOW)
    assert _snapshot(a) == _snapshot(b)
    a.close()
    b.close()


def test_seed_spreads_languages_statuses_ages_and_inboxes(store: Store) -> None:
    result = demo.seed(store, 600, now=NOW)
    assert result.tickets == 600
    with store.read() as session:
        statuses = Counter(session.scalars(select(Ticket.status)))
        assert set(statuses) >= {TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING,
                                 TicketStatus.RESOLVED, TicketStatus.CLOSED}
        assert Counter(session.scalars(select(Ticket.language))).keys() == {"es", "en"}
        assert len(set(session.scalars(select(Ticket.category)))) >= 5
        assert session.scalar(select(func.count()).select_from(Account).where(Account.is_sample)) == 3
        ages = sorted((NOW - t).days for t in session.scalars(select(Ticket.created_at)))
        assert ages[0] < 2 and ages[-1] > 30  # from fresh to old
        assert session.scalar(select(func.count()).select_from(Ticket).where(Ticket.is_sample.is_(False))) == 0
        # Repeat complainers exist, and every customer's history spans their tickets.
        per_customer = Counter(session.scalars(select(Ticket.customer_id)))
        assert max(per_customer.values()) > 1
        assert session.scalar(select(func.count()).select_from(Customer)
                              .where(Customer.first_contact_at.is_(None))) == 0
        # Answered tickets carry a concrete action, stated in the agent's reply.
        assert session.scalar(select(func.count()).select_from(Action)) > 300
        assert session.scalar(select(func.count()).select_from(Message).where(Message.ticket_id.is_(None))) == 0


def test_seed_snoozes_a_few_answered_tickets_until_a_morning_soon(store: Store) -> None:
    demo.seed(store, 400, now=NOW)
    with store.read() as session:
        snoozed = session.execute(select(Ticket.id, Ticket.status, Ticket.snoozed_until, Ticket.first_response_at)
                                  .where(Ticket.snoozed_until.is_not(None))).all()
        in_view = {row.id for row in queue.list_rows(session, "snoozed", limit=400, context=queue.Context(now=NOW))}
        still_open = {row.id for row in queue.list_rows(session, "open", limit=400, context=queue.Context(now=NOW))}
    assert 3 <= len(snoozed) <= 40  # a few, not the queue
    for _id, status, until, answered in snoozed:
        assert status in (TicketStatus.OPEN, TicketStatus.WAITING) and answered is not None
        until = until.replace(tzinfo=UTC) if until.tzinfo is None else until
        assert (until.hour, until.minute) == (9, 0) and 0 < (until - NOW).days + 1 <= 4
    # The Snoozed view lists exactly them, and the open queue none of them until they wake.
    assert in_view == {row.id for row in snoozed}
    assert not in_view & still_open


def test_large_seed_uses_the_generator_process_and_counts_right(sqlite_store: Store) -> None:
    result = demo.seed(sqlite_store, demo.BATCH + 700, now=NOW)
    with sqlite_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == result.tickets == demo.BATCH + 700
        assert session.scalar(select(func.count()).select_from(Message)) == result.messages


def test_seeding_twice_appends(store: Store) -> None:
    demo.seed(store, 50, now=NOW)
    demo.seed(store, 30, now=NOW, seed_value=8)
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 80
        assert session.scalar(select(func.count()).select_from(Account)) == 3


def test_remove_sample_data_keeps_real_mail(store: Store) -> None:
    demo.seed(store, 40, now=NOW)
    with store.session() as session:
        real = Ticket(subject="A real customer", status=TicketStatus.OPEN)
        session.add(real)
        session.add(Message(subject="A real customer", body_text="hola", ticket=real))
    assert demo.remove_sample_data(store).count == 40
    with store.read() as session:
        assert list(session.scalars(select(Ticket.subject))) == ["A real customer"]
        assert session.scalar(select(func.count()).select_from(Message)) == 1
        assert session.scalar(select(func.count()).select_from(Account)) == 0
