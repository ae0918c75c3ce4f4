"""The customer record: what it shows, editing it, merging two customers who are one person."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from workstation import customers, demo
from workstation.agents import add_agent
from workstation.errors import InvalidInput, NotFound
from workstation.store.db import Store
from workstation.store.models import (
    Action,
    ActionStatus,
    Customer,
    CustomerAddress,
    Event,
    Lesson,
    Message,
    Role,
    Ticket,
    lesson_customers,
)
from workstation.tickets import customer_for_address

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _two_customers(store: Store) -> tuple[int, int]:
    """A sample store, and the two customers with the most tickets."""
    demo.seed(store, 80, now=NOW)
    add_agent(store, "Marta", "marta@example.com", Role.SUPERVISOR)
    with store.read() as session:
        rows = session.execute(select(Ticket.customer_id, func.count()).where(Ticket.customer_id.is_not(None))
                               .group_by(Ticket.customer_id).order_by(func.count().desc(), Ticket.customer_id)
                               .limit(2)).all()
    return rows[0][0], rows[1][0]


def test_record_counts_tickets_and_lists_what_was_promised(store: Store) -> None:
    keep, _ = _two_customers(store)
    with store.session() as session:
        ticket = session.scalars(select(Ticket).where(Ticket.customer_id == keep).order_by(Ticket.id)).first()
        session.add(Action(ticket_id=ticket.id, kind="refund", amount=Decimal("29.90"), currency="EUR",
                           reference="RF-77", status=ActionStatus.PROMISED, due_at=NOW))
        session.add(Action(ticket_id=ticket.id, kind="credit", status=ActionStatus.PROPOSED))  # a draft's
        expected = {t.id: t.status.value for t in session.scalars(select(Ticket).where(Ticket.customer_id == keep))}
    record = customers.show(store, keep)
    assert {t.id: t.status for t in record.tickets} == expected
    assert record.open_count + record.closed_count == len(expected)
    assert record.closed_count == sum(1 for s in expected.values() if s in ("resolved", "closed", "spam"))
    assert record.promises[0].reference == "RF-77" and record.promises[0].amount == Decimal("29.90")
    assert "credit" not in [p.kind for p in record.promises if p.ticket_id == ticket.id and p.status == "proposed"]
    assert all(p.status != "proposed" for p in record.promises)
    with pytest.raises(NotFound, match="no customer #999999"):
        customers.show(store, 999_999)


def test_edit_phone_company_notes_is_stored_and_recorded(store: Store) -> None:
    keep, _ = _two_customers(store)
    record, changes = customers.update_record(store, keep, phone=" +34 600 11 22 33 ", company="Gil SL",
                                              notes="Prefers a call in the morning.", actor="Marta")
    assert (record.phone, record.company, record.notes) == ("+34 600 11 22 33", "Gil SL",
                                                            "Prefers a call in the morning.")
    assert not changes.tickets  # the queue shows no phone: nothing to redraw
    with store.read() as session:
        customer = session.get(Customer, keep)
        assert (customer.phone, customer.company) == ("+34 600 11 22 33", "Gil SL")
        event = session.scalars(select(Event).where(Event.kind == customers.EDITED_EVENT)).one()
        assert event.actor == "Marta" and event.data["after"]["company"] == "Gil SL"
    record, changes = customers.update_record(store, keep, company="", name="Pablo Gil Ruiz", actor="Marta")
    assert record.company == "" and record.name == "Pablo Gil Ruiz"
    assert changes.tickets == {t.id for t in record.tickets}  # the name shows in the queue's rows
    with pytest.raises(InvalidInput, match="no digits"):
        customers.update_record(store, keep, phone="call me", actor="Marta")
    with pytest.raises(InvalidInput, match="too long"):
        customers.update_record(store, keep, company="x" * 301, actor="Marta")
    assert customers.show(store, keep).phone == "+34 600 11 22 33"  # a refused edit changes nothing


def test_merge_moves_tickets_messages_and_addresses_and_keeps_the_record(store: Store) -> None:
    keep, gone = _two_customers(store)
    customers.update_record(store, keep, notes="Kept's note.", actor="Marta")
    customers.update_record(store, gone, phone="+44 20 7946 0000", company="Walker Ltd", notes="Gone's note.",
                            actor="Marta")
    with store.session() as session:
        lesson = Lesson(root_cause="late courier", change_made="new courier")
        lesson.customers.append(session.get(Customer, gone))
        session.add(lesson)
    with store.read() as session:
        before_tickets = set(session.scalars(select(Ticket.id).where(Ticket.customer_id.in_((keep, gone)))))
        gone_tickets = set(session.scalars(select(Ticket.id).where(Ticket.customer_id == gone)))
        messages = session.scalar(select(func.count()).select_from(Message).where(Message.ticket_id.in_(before_tickets)))
        gone_addresses = set(session.scalars(select(CustomerAddress.address).where(CustomerAddress.customer_id == gone)))
        gone_name = session.get(Customer, gone).name

    merged = customers.merge(store, keep, gone, actor="Marta")

    assert set(merged.tickets) == gone_tickets and set(merged.addresses) == gone_addresses
    assert merged.changes.tickets == before_tickets
    record = customers.show(store, keep)
    assert {t.id for t in record.tickets} == before_tickets
    assert gone_addresses <= set(record.addresses)
    assert (record.phone, record.company) == ("+44 20 7946 0000", "Walker Ltd")  # filled from the other
    assert record.notes == "Kept's note.\n\nGone's note."
    assert [m.name for m in record.merges] == [gone_name]
    with store.session() as session:
        assert session.get(Customer, gone) is None
        assert session.scalar(select(func.count()).select_from(Message).where(
            Message.ticket_id.in_(before_tickets))) == messages
        assert set(session.scalars(select(lesson_customers.c.customer_id))) == {keep}
        events = list(session.scalars(select(Event).where(Event.kind == customers.MERGED_EVENT)))
        assert {e.ticket_id for e in events} == gone_tickets | {None}
        assert all(e.data["record"]["company"] == "Walker Ltd" for e in events)
        # Their next mail lands with the customer kept.
        assert customer_for_address(session, next(iter(gone_addresses))) == keep
    with pytest.raises(InvalidInput, match="themselves"):
        customers.merge(store, keep, keep, actor="Marta")
    with pytest.raises(NotFound):
        customers.merge(store, keep, gone, actor="Marta")


def test_find_and_resolve(sqlite_store: Store) -> None:
    keep, gone = _two_customers(sqlite_store)
    address = customers.show(sqlite_store, gone).addresses[0]
    assert customers.resolve(sqlite_store, address.upper()) == gone
    assert customers.resolve(sqlite_store, f"#{keep}") == keep
    with sqlite_store.read() as session:
        ticket = session.scalar(select(Ticket.id).where(Ticket.customer_id == gone).limit(1))
    assert customers.resolve(sqlite_store, f"ticket:{ticket}") == gone
    found = customers.find(sqlite_store, address[:6], exclude=keep)
    assert gone in [c.id for c in found] and keep not in [c.id for c in found]
    assert customers.find(sqlite_store, "%") == []  # a wildcard is a character, not everything
    with pytest.raises(NotFound, match="No customer writes from"):
        customers.resolve(sqlite_store, "nobody@example.com")


def test_cli_show_set_merge(run_cli, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    base = ("--data-dir", str(data_dir), "--agent", "Lucía Fernández")
    assert run_cli(*base, "demo", "seed", "40").returncode == 0
    found = json.loads(run_cli(*base, "customer", "find", "@", "--limit", "2", "--json").stdout)
    keep, gone = found[0]["id"], found[1]["id"]
    result = run_cli(*base, "customer", "set", str(keep), "--phone", "+34 600 000 000", "--company", "Nube SA")
    assert result.returncode == 0, result.stderr
    assert "Company:   Nube SA" in result.stdout
    refused = run_cli(*base, "customer", "set", str(keep), "--phone", "soon")
    assert refused.returncode == 2 and refused.stderr.strip() == "mostrador: The phone 'soon' has no digits."
    result = run_cli(*base, "customer", "merge", str(keep), found[1]["addresses"][0], "--json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert set(found[1]["addresses"]) <= set(record["addresses"]) and record["phone"] == "+34 600 000 000"
    assert record["open_count"] + record["closed_count"] == found[0]["tickets"] + found[1]["tickets"]
    gone_show = run_cli(*base, "customer", "show", str(gone))
    assert gone_show.returncode == 4 and f"There is no customer #{gone}." in gone_show.stderr
