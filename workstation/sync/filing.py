"""Filing a message into the right ticket, and the customer into their history.

Order of evidence: the same Message-ID already filed (a copy delivered to two
inboxes), then In-Reply-To/References, then the same customer writing with
the same normalized subject within a window. Otherwise a customer message
opens a ticket. Auto-replies and bounces never open a ticket and never touch
the timers; the agents' own messages join their ticket and count as the
first response.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.store.models import (
    Account,
    Customer,
    CustomerAddress,
    Direction,
    Message,
    Priority,
    Ticket,
    TicketStatus,
)
from workstation.sync.parse import ParsedMessage, normalize_subject

SUBJECT_WINDOW = timedelta(days=14)
DEFAULT_FIRST_RESPONSE = {"urgent": 60, "high": 240, "normal": 480, "low": 1440}  # minutes
DEFAULT_RESOLUTION = {"urgent": 1440, "high": 2880, "normal": 4320, "low": 7200}
CLOSED = (TicketStatus.CLOSED, TicketStatus.SPAM)


@dataclass
class FilingResult:
    tickets_created: set[int] = field(default_factory=set)
    tickets_updated: set[int] = field(default_factory=set)


class Filer:
    """Files messages for one account inside one transaction (a sync batch)."""

    def __init__(self, session: Session, account: Account, result: FilingResult) -> None:
        self.session = session
        self.account = account
        self.own_addresses = {account.email.lower(), account.username.lower()}
        self.result = result
        self._by_message_id: dict[str, int] = {}  # filed in this batch, not yet visible to queries

    def direction(self, parsed: ParsedMessage, folder_special_use: str | None) -> Direction:
        if folder_special_use == "\\Sent" or (parsed.from_addr and parsed.from_addr in self.own_addresses):
            return Direction.OUTBOUND
        return Direction.INBOUND

    def _ticket_by_message_ids(self, ids: list[str]) -> Ticket | None:
        for message_id in reversed(ids):  # the nearest ancestor first
            if message_id in self._by_message_id:
                return self.session.get(Ticket, self._by_message_id[message_id])
        if not ids:
            return None
        rows = self.session.execute(
            select(Message.message_id, Message.ticket_id)
            .where(Message.message_id.in_(ids), Message.ticket_id.is_not(None))
        ).all()
        found = {mid: tid for mid, tid in rows}
        for message_id in reversed(ids):
            if message_id in found:
                return self._live(self.session.get(Ticket, found[message_id]))
        return None

    def _live(self, ticket: Ticket | None) -> Ticket | None:
        """Follow merges to the ticket that lives on."""
        seen = set()
        while ticket is not None and ticket.merged_into_id is not None and ticket.id not in seen:
            seen.add(ticket.id)
            ticket = self.session.get(Ticket, ticket.merged_into_id)
        return ticket

    def customer_for(self, address: str, name: str | None, when: datetime) -> Customer:
        customer = self.session.scalar(
            select(Customer).join(CustomerAddress).where(CustomerAddress.address == address))
        if customer is None:
            customer = Customer(name=name, first_contact_at=when, last_contact_at=when)
            customer.addresses.append(CustomerAddress(address=address))
            self.session.add(customer)
            self.session.flush()
        else:
            if name and not customer.name:
                customer.name = name
            if customer.last_contact_at is None or when > customer.last_contact_at:
                customer.last_contact_at = when
            if customer.first_contact_at is None or when < customer.first_contact_at:
                customer.first_contact_at = when
        return customer

    def file(self, message: Message, parsed: ParsedMessage) -> None:
        """Set ``message.ticket_id`` (or leave it None) and update the ticket."""
        when = parsed.date or message.internal_date or datetime.now(UTC)
        ticket: Ticket | None = None
        if parsed.message_id:
            ticket = self._ticket_by_message_ids([parsed.message_id])
        if ticket is None:
            ticket = self._ticket_by_message_ids(parsed.references + ([parsed.in_reply_to] if parsed.in_reply_to
                                                                     else []))
        if message.direction is Direction.OUTBOUND:
            if ticket is not None:
                self._attach(message, ticket)
                if ticket.first_response_at is None or when < ticket.first_response_at:
                    ticket.first_response_at = when
            return
        if parsed.is_auto or not parsed.from_addr:
            if ticket is not None:  # joins the thread, changes no timer
                self._attach(message, ticket)
            return
        customer = self.customer_for(parsed.from_addr, parsed.from_name, when)
        normalized = normalize_subject(parsed.subject)
        if ticket is None and normalized:
            ticket = self._live(self.session.scalar(
                select(Ticket)
                .where(Ticket.customer_id == customer.id, Ticket.normalized_subject == normalized,
                       Ticket.status.not_in(CLOSED), Ticket.merged_into_id.is_(None),
                       Ticket.created_at >= when - SUBJECT_WINDOW)
                .order_by(Ticket.created_at.desc()).limit(1)))
        if ticket is None:
            ticket = self._open(customer, parsed, normalized, when)
        self._attach(message, ticket)
        if ticket.last_customer_message_at is None or when >= ticket.last_customer_message_at:
            ticket.last_customer_message_at = when
            ticket.snippet = parsed.snippet[:300] or ticket.snippet
            if ticket.status in (TicketStatus.WAITING, TicketStatus.RESOLVED) and ticket.id not in \
                    self.result.tickets_created:
                ticket.status = TicketStatus.OPEN  # the customer wrote again

    def _open(self, customer: Customer, parsed: ParsedMessage, normalized: str, when: datetime) -> Ticket:
        levels = self.account.service_levels or {}
        priority = Priority.NORMAL
        first = levels.get("first_response", DEFAULT_FIRST_RESPONSE).get(priority.value, 480)
        resolution = levels.get("resolution", DEFAULT_RESOLUTION).get(priority.value, 4320)
        ticket = Ticket(
            account_id=self.account.id, customer_id=customer.id, subject=parsed.subject or "(no subject)",
            normalized_subject=normalized, snippet=parsed.snippet[:300], status=TicketStatus.NEW,
            priority=priority, created_at=when, updated_at=when,
            first_response_due=when + timedelta(minutes=first), resolution_due=when + timedelta(minutes=resolution),
        )
        self.session.add(ticket)
        self.session.flush()
        self.result.tickets_created.add(ticket.id)
        return ticket

    def _attach(self, message: Message, ticket: Ticket) -> None:
        message.ticket_id = ticket.id
        ticket.message_count = (ticket.message_count or 0) + 1
        if message.message_id:
            self._by_message_id[message.message_id] = ticket.id
        if ticket.id not in self.result.tickets_created:
            self.result.tickets_updated.add(ticket.id)
