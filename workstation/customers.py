"""The customer record: who a customer is, their tickets and what was promised to them; edit it, merge two.

A customer is made by the sync on first sight of an address (``tickets.customer_for_address``). Agents add
what mail does not say (a phone, a company, notes) and merge two customers who are one person writing from
two addresses: the tickets (with their messages) and the addresses move to the customer kept, the other
customer's name, phone, company and notes fill what the kept one lacks (notes are joined), and the merge is
an event on every ticket moved and one on the customer kept, holding everything the removed customer had.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from workstation.agents import acting_agent
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput, NotFound
from workstation.store.db import Store
from workstation.store.models import (
    Action,
    ActionStatus,
    Customer,
    CustomerAddress,
    Event,
    Ticket,
    TicketStatus,
    lesson_customers,
)

__all__ = ["CustomerRecord", "CustomerSummary", "CustomerTicket", "Merged", "Promise", "find", "merge", "resolve",
           "show", "update_record"]

#: The longest phone, company and notes kept (the columns' sizes; notes are a page or two).
LIMITS = {"name": 300, "phone": 100, "company": 300, "notes": 20_000}
#: Statuses that count as closed on the record.
CLOSED = frozenset({TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.SPAM})
#: Promises still to keep (listed first).
OPEN_PROMISES = frozenset({ActionStatus.AWAITING_APPROVAL, ActionStatus.PROMISED, ActionStatus.MISSED})
#: Events: on each ticket moved by a merge, and on the customer kept (no ticket).
MERGED_EVENT = "customer_merged"
EDITED_EVENT = "customer_edited"


@dataclass(frozen=True)
class CustomerTicket:
    id: int
    subject: str
    status: str
    opened: datetime
    closed: bool


@dataclass(frozen=True)
class Promise:
    """An action promised to the customer on one of their tickets."""

    ticket_id: int
    kind: str
    status: str
    due_at: datetime | None
    amount: Decimal | None
    currency: str | None
    reference: str | None


@dataclass(frozen=True)
class MergeNote:
    """A merge this customer took in: when, by whom, and who the other customer was."""

    at: datetime
    actor: str
    name: str
    addresses: tuple[str, ...]


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    name: str
    addresses: tuple[str, ...]
    phone: str
    company: str
    notes: str
    first_contact_at: datetime | None
    last_contact_at: datetime | None
    blocked: bool
    is_sample: bool
    tickets: tuple[CustomerTicket, ...]
    open_count: int
    closed_count: int
    #: Promises not yet kept (awaiting approval, promised, missed), then the others, newest first.
    promises: tuple[Promise, ...]
    merges: tuple[MergeNote, ...] = ()

    @property
    def label(self) -> str:
        first = self.addresses[0] if self.addresses else ""
        return f"{self.name} <{first}>" if self.name and first else (self.name or first or f"#{self.id}")


@dataclass(frozen=True)
class CustomerSummary:
    """One line of a search for customers (to pick whom to merge with)."""

    id: int
    name: str
    addresses: tuple[str, ...]
    tickets: int

    @property
    def label(self) -> str:
        return f"{self.name} <{', '.join(self.addresses)}>" if self.name else ", ".join(self.addresses) or f"#{self.id}"


@dataclass(frozen=True)
class Merged:
    kept: int
    removed: int
    tickets: tuple[int, ...]
    addresses: tuple[str, ...]
    changes: ChangeSet


# --- reading ------------------------------------------------------------------------


def show(store: Store, customer_id: int, *, ticket_limit: int = 200) -> CustomerRecord:
    """The customer's record, read in a session of its own."""
    with store.read() as session:
        return _record(session, customer_id, ticket_limit)


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"There is no customer #{customer_id}.", code="no_customer",
                       params={"customer": str(customer_id)})
    return customer


def _record(session: Session, customer_id: int, ticket_limit: int) -> CustomerRecord:
    customer = _customer(session, customer_id)
    addresses = tuple(session.scalars(select(CustomerAddress.address).where(
        CustomerAddress.customer_id == customer_id).order_by(CustomerAddress.id)))
    live = (Ticket.customer_id == customer_id, Ticket.merged_into_id.is_(None))
    counts = dict(session.execute(select(Ticket.status, func.count()).where(*live).group_by(Ticket.status)).all())
    closed = sum(n for status, n in counts.items() if status in CLOSED)
    tickets = tuple(CustomerTicket(t.id, t.subject, t.status.value, t.created_at, t.status in CLOSED)
                    for t in session.scalars(select(Ticket).where(*live)
                                             .order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(ticket_limit)))
    # What was promised: drafts (proposed) are not promises yet.
    actions = list(session.scalars(select(Action).join(Ticket, Ticket.id == Action.ticket_id)
                                   .where(Ticket.customer_id == customer_id, Action.status != ActionStatus.PROPOSED)
                                   .order_by(Action.created_at.desc(), Action.id.desc()).limit(200)))
    actions.sort(key=lambda a: a.status not in OPEN_PROMISES)  # stable: open promises first, each newest first
    promises = tuple(Promise(a.ticket_id, a.kind, a.status.value, a.due_at, a.amount, a.currency, a.reference)
                     for a in actions)
    merges = tuple(MergeNote(e.created_at, e.actor or "", str((e.data or {}).get("removed_name") or ""),
                             tuple((e.data or {}).get("addresses") or ()))
                   for e in session.scalars(select(Event).where(Event.ticket_id.is_(None), Event.kind == MERGED_EVENT)
                                            .order_by(Event.created_at, Event.id))
                   if (e.data or {}).get("kept") == customer_id)
    return CustomerRecord(customer.id, customer.name or "", addresses, customer.phone or "", customer.company or "",
                          customer.notes or "", customer.first_contact_at, customer.last_contact_at,
                          customer.blocked_at is not None, customer.is_sample, tickets,
                          sum(counts.values()) - closed, closed, promises, merges)


def find(store: Store, text: str, *, limit: int = 20, exclude: int | None = None) -> list[CustomerSummary]:
    """Customers whose name or an address contains ``text`` (case-insensitive), most tickets first."""
    words = text.strip().lower()
    if not words:
        return []
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"%{escaped}%"
    with store.read() as session:
        matching = select(CustomerAddress.customer_id).where(CustomerAddress.address.like(pattern, escape="\\"))
        query = select(Customer.id).where((Customer.id.in_(matching))
                                          | func.lower(Customer.name).like(pattern, escape="\\"))
        if exclude is not None:
            query = query.where(Customer.id != exclude)
        ids = list(session.scalars(query.limit(500)))
        return _summaries(session, ids)[:limit]


def _summaries(session: Session, ids: list[int]) -> list[CustomerSummary]:
    if not ids:
        return []
    addresses: dict[int, list[str]] = {}
    for customer_id, address in session.execute(select(CustomerAddress.customer_id, CustomerAddress.address)
                                                .where(CustomerAddress.customer_id.in_(ids))
                                                .order_by(CustomerAddress.id)):
        addresses.setdefault(customer_id, []).append(address)
    counts = dict(session.execute(select(Ticket.customer_id, func.count()).where(
        Ticket.customer_id.in_(ids), Ticket.merged_into_id.is_(None)).group_by(Ticket.customer_id)).all())
    names = dict(session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids))).all())
    found = [CustomerSummary(i, names.get(i) or "", tuple(addresses.get(i, ())), counts.get(i, 0)) for i in ids]
    return sorted(found, key=lambda c: (-c.tickets, c.id))


def resolve(store: Store, ref: str) -> int:
    """A customer's id from ``ref``: their number (``12`` or ``#12``), one of their addresses, or ``ticket:N``
    (the customer of ticket N)."""
    ref = ref.strip()
    with store.read() as session:
        if ref.lower().startswith("ticket:") and ref[7:].strip().lstrip("#").isdigit():
            ticket_id = int(ref[7:].strip().lstrip("#"))
            ticket = session.get(Ticket, ticket_id)
            if ticket is None:
                raise NotFound(f"There is no ticket #{ticket_id}.", code="no_ticket", params={"ticket": str(ticket_id)})
            if ticket.customer_id is None:
                raise NotFound(f"Ticket #{ticket_id} has no customer.", code="ticket_without_customer",
                               params={"ticket": str(ticket_id)})
            return ticket.customer_id
        if ref.lstrip("#").isdigit():
            return _customer(session, int(ref.lstrip("#"))).id
        found = session.scalar(select(CustomerAddress.customer_id).where(CustomerAddress.address == ref.lower()))
        if found is None:
            raise NotFound(f"No customer writes from {ref!r}.", code="no_customer_address", params={"address": ref})
        return found


# --- writing ------------------------------------------------------------------------


def _clean(field: str, value: str) -> str | None:
    value = value.strip() if field != "notes" else value.strip("\n").rstrip()
    if field == "phone" and value and not any(c.isdigit() for c in value):
        raise InvalidInput(f"The phone {value!r} has no digits.", code="phone_without_digits",
                           params={"phone": value})
    if len(value) > LIMITS[field]:
        raise InvalidInput(f"The {field} is too long: at most {LIMITS[field]} characters.",
                           code="customer_field_too_long", params={"field": field, "limit": str(LIMITS[field])})
    return value or None


def update_record(store: Store, customer_id: int, *, name: str | None = None, phone: str | None = None,
                  company: str | None = None, notes: str | None = None,
                  actor: str | None = None) -> tuple[CustomerRecord, ChangeSet]:
    """Set the fields given (``""`` clears one); the record as it is now, and the tickets whose rows show it."""
    given = {k: v for k, v in (("name", name), ("phone", phone), ("company", company), ("notes", notes))
             if v is not None}
    cleaned = {k: _clean(k, v) for k, v in given.items()}
    with store.session() as session:
        agent = acting_agent(session, actor)
        customer = _customer(session, customer_id)
        before = {k: getattr(customer, k) for k in cleaned}
        changed = {k: v for k, v in cleaned.items() if before[k] != v}
        for k, v in changed.items():
            setattr(customer, k, v)
        ticket_ids = list(session.scalars(select(Ticket.id).where(Ticket.customer_id == customer_id)))
        if changed:
            session.add(Event(actor=agent.name, kind=EDITED_EVENT,
                              data={"customer": customer_id, "before": {k: before[k] for k in changed},
                                    "after": changed}))
        session.flush()
        record = _record(session, customer_id, 200)
    # The queue shows the customer's name: its rows are read again when the name changed.
    return record, ChangeSet.of(tickets=ticket_ids if "name" in changed else ())


def merge(store: Store, keep_id: int, remove_id: int, *, actor: str | None = None) -> Merged:
    """Make ``remove_id`` part of ``keep_id``: its tickets and addresses move, what the kept customer lacks is
    filled from it, the notes are joined; ``remove_id`` is then deleted, its whole record kept in the event."""
    if keep_id == remove_id:
        raise InvalidInput("A customer cannot be merged with themselves.", code="customer_merge_itself")
    with store.session() as session:
        agent = acting_agent(session, actor)
        kept, removed = _customer(session, keep_id), _customer(session, remove_id)
        addresses = tuple(session.scalars(select(CustomerAddress.address).where(
            CustomerAddress.customer_id == remove_id).order_by(CustomerAddress.id)))
        ticket_ids = tuple(session.scalars(select(Ticket.id).where(Ticket.customer_id == remove_id)
                                           .order_by(Ticket.id)))
        lessons = list(session.execute(select(lesson_customers.c.lesson_id, lesson_customers.c.told_at)
                                       .where(lesson_customers.c.customer_id == remove_id)))
        snapshot = {"name": removed.name, "phone": removed.phone, "company": removed.company, "notes": removed.notes,
                    "addresses": list(addresses), "blocked_at": removed.blocked_at.isoformat()
                    if removed.blocked_at else None,
                    "first_contact_at": removed.first_contact_at.isoformat() if removed.first_contact_at else None,
                    "lessons": [lesson for lesson, _ in lessons]}
        session.execute(update(Ticket).where(Ticket.customer_id == remove_id).values(customer_id=keep_id))
        session.execute(update(CustomerAddress).where(CustomerAddress.customer_id == remove_id)
                        .values(customer_id=keep_id))
        already = set(session.scalars(select(lesson_customers.c.lesson_id)
                                      .where(lesson_customers.c.customer_id == keep_id)))
        for lesson_id, told_at in lessons:
            if lesson_id not in already:
                session.execute(insert(lesson_customers).values(lesson_id=lesson_id, customer_id=keep_id,
                                                                told_at=told_at))
        session.execute(delete(lesson_customers).where(lesson_customers.c.customer_id == remove_id))
        for field in ("name", "phone", "company"):
            if not getattr(kept, field) and getattr(removed, field):
                setattr(kept, field, getattr(removed, field))
        if removed.notes and removed.notes != kept.notes:
            kept.notes = f"{kept.notes}\n\n{removed.notes}" if kept.notes else removed.notes
        firsts = [d for d in (kept.first_contact_at, removed.first_contact_at) if d is not None]
        lasts = [d for d in (kept.last_contact_at, removed.last_contact_at) if d is not None]
        kept.first_contact_at = min(firsts) if firsts else None
        kept.last_contact_at = max(lasts) if lasts else None
        kept.is_sample = kept.is_sample and removed.is_sample
        data = {"kept": keep_id, "removed": remove_id, "removed_name": removed.name or "",
                "addresses": list(addresses), "tickets": list(ticket_ids), "record": snapshot}
        session.add(Event(actor=agent.name, kind=MERGED_EVENT, data=data))
        for ticket_id in ticket_ids:
            session.add(Event(ticket_id=ticket_id, actor=agent.name, kind=MERGED_EVENT, data=data))
        session.flush()
        session.expire(removed, ["addresses", "tickets"])
        session.delete(removed)
        others = tuple(session.scalars(select(Ticket.id).where(Ticket.customer_id == keep_id)))
    return Merged(keep_id, remove_id, ticket_ids, addresses, ChangeSet.of(tickets=set(ticket_ids) | set(others)))
