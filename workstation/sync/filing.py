"""Filing messages into the right ticket, and customers into their history.

Order of evidence: the same Message-ID already filed (a copy delivered to two
inboxes), then In-Reply-To/References, then the same customer writing with
the same normalized subject within a window. Otherwise a customer message
opens a ticket. Auto-replies and bounces never open a ticket and never touch
the timers; the agents' own messages join their ticket and count as the
first response.

A whole sync batch is filed at once: everything the decisions need is read
in a handful of queries up front, so filing costs no query per message, and
what changed is written in a few executemany statements (plain rows rather
than ORM objects, whose loading and flushing cost more than the filing).
:func:`store_batch` is the one step that stores a parsed batch: contents,
tickets and customers, messages, attachments, then the features' hooks on
the new customer mail (:mod:`workstation.sync.hooks`).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, TypeVar

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from workstation.store.bulk import allocate_ids, bulk_insert, chunks
from workstation.store.models import (
    Account,
    Attachment,
    Blob,
    Customer,
    CustomerAddress,
    Direction,
    Event,
    Folder,
    Message,
    Priority,
    Reply,
    Ticket,
    TicketStatus,
)
from workstation.sla import deadlines, targets
from workstation.sync import hooks
from workstation.sync.parse import ParsedMessage, normalize_subject

SUBJECT_WINDOW = timedelta(days=14)
CLOSED = (TicketStatus.CLOSED, TicketStatus.SPAM)
#: A customer writing to a ticket in one of these states brings it back to the open queue.
REOPENED_FROM = (TicketStatus.RESOLVED, TicketStatus.CLOSED, TicketStatus.SPAM)
UNREADABLE_SUBJECT = "(unreadable message)"
_IN_CHUNK = 500


@dataclass
class FilingResult:
    tickets_created: set[int] = field(default_factory=set)
    tickets_updated: set[int] = field(default_factory=set)


class _Stored:
    """A row already stored, as filing reads it; ``changes`` says what filing changed of ``FIELDS``."""

    FIELDS: ClassVar[tuple[str, ...]]  # two or more
    _values: ClassVar[Callable[[Any], tuple[object, ...]]]  # the FIELDS' values, read in C
    id: int

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._values = operator.attrgetter(*cls.FIELDS)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        self.original = self._values(self)

    def changes(self) -> dict[str, object] | None:
        """The row's new values (``b_id`` its id), or None when filing changed nothing."""
        values = self._values(self)
        if values == self.original:
            return None
        return {"b_id": self.id, **dict(zip(self.FIELDS, values, strict=True))}


@dataclass(eq=False)
class KnownCustomer(_Stored):
    """A customer already stored, as filing reads and changes it."""

    FIELDS: ClassVar[tuple[str, ...]] = ("name", "first_contact_at", "last_contact_at")

    id: int
    name: str | None
    first_contact_at: datetime | None
    last_contact_at: datetime | None
    blocked_at: datetime | None = None  # read, never written by filing


@dataclass(eq=False)
class KnownTicket(_Stored):
    """A ticket already stored, as filing reads and changes it (the attribute names of Ticket)."""

    FIELDS: ClassVar[tuple[str, ...]] = ("status", "snippet", "first_response_at", "last_customer_message_at",
                                         "message_count", "first_response_due", "resolution_due", "resolved_at",
                                         "language")

    id: int
    customer_id: int | None
    merged_into_id: int | None
    created_at: datetime
    normalized_subject: str
    status: TicketStatus
    snippet: str | None
    first_response_at: datetime | None
    last_customer_message_at: datetime | None
    message_count: int
    first_response_due: datetime | None
    resolution_due: datetime | None
    resolved_at: datetime | None
    language: str | None
    priority: Priority = Priority.NORMAL  # read, never written by filing


_Row = TypeVar("_Row", bound=_Stored)


def _known(cache: dict[int, _Row], kind: type[_Row], row: Sequence[Any]) -> _Row:
    """The one object for a stored row (its id first), made on first sight."""
    found = cache.get(row[0])
    if found is None:
        found = cache[row[0]] = kind(*row)
    return found


_TICKET_COLUMNS = (Ticket.id, Ticket.customer_id, Ticket.merged_into_id, Ticket.created_at, Ticket.normalized_subject,
                   Ticket.status, Ticket.snippet, Ticket.first_response_at, Ticket.last_customer_message_at,
                   Ticket.message_count, Ticket.first_response_due, Ticket.resolution_due, Ticket.resolved_at,
                   Ticket.language, Ticket.priority)


@dataclass(eq=False)
class NewCustomer:
    """A customer first seen in this batch; written with the batch in one executemany."""

    address: str
    name: str | None
    first_contact_at: datetime
    last_contact_at: datetime
    id: int | None = None


@dataclass(eq=False)
class NewTicket:
    """A ticket opened in this batch; same attribute names as Ticket where filing touches them."""

    customer: NewCustomer | KnownCustomer | None  # None: a message with no readable sender
    subject: str
    normalized_subject: str
    snippet: str
    created_at: datetime
    first_response_due: datetime
    resolution_due: datetime
    status: TicketStatus = TicketStatus.NEW
    last_customer_message_at: datetime | None = None
    first_response_at: datetime | None = None
    message_count: int = 0
    category: str | None = None
    language: str | None = None
    resolved_at: datetime | None = None
    id: int | None = None


@dataclass
class Incoming:
    """One message of the batch on its way to the store."""

    parsed: ParsedMessage
    direction: Direction
    internal_date: datetime | None
    ticket: KnownTicket | NewTicket | None = None


class BatchFiler:
    """Files one batch of one account's messages inside the batch's transaction."""

    def __init__(self, session: Session, account: Account) -> None:
        self.session = session
        self.account = account
        self.own_addresses = {account.email.lower(), account.username.lower()}
        first, resolution = targets(account.service_levels, Priority.NORMAL.value)
        self._targets = (timedelta(minutes=first), timedelta(minutes=resolution))
        # One object a stored row, however it was found; what filing changed in them is written at the end.
        self._known_tickets: dict[int, KnownTicket] = {}
        self._known_customers: dict[int, KnownCustomer] = {}
        self._events: list[tuple[KnownTicket | NewTicket, str, dict[str, object]]] = []

    def direction(self, parsed: ParsedMessage, folder_special_use: str | None) -> Direction:
        if folder_special_use == "\\Sent" or (parsed.from_addr and parsed.from_addr in self.own_addresses):
            return Direction.OUTBOUND
        return Direction.INBOUND

    # --- what the batch needs, read up front ------------------------------------------

    def _threads(self, batch: list[Incoming]) -> dict[str, KnownTicket]:
        ids = sorted({mid for item in batch for mid in self._thread_ids(item.parsed)})
        found: dict[str, int] = {}
        for chunk in chunks(ids, _IN_CHUNK):
            # Our own replies thread too before their copy in Sent has synced.
            found.update(self.session.execute(
                select(Reply.message_id, Reply.ticket_id).where(Reply.message_id.in_(chunk))).all())
            found.update(self.session.execute(
                select(Message.message_id, Message.ticket_id)
                .where(Message.message_id.in_(chunk), Message.ticket_id.is_not(None))).all())
        tickets = self._tickets(set(found.values()))
        return {mid: tickets[tid] for mid, tid in found.items() if tid in tickets}

    def _load(self, rows: Iterable[Any]) -> list[KnownTicket]:
        return [_known(self._known_tickets, KnownTicket, row) for row in rows]

    def _tickets(self, ids: set[int]) -> dict[int, KnownTicket]:
        tickets: dict[int, KnownTicket] = {}
        pending = sorted(ids)
        while pending:  # follow merges to the ticket that lives on
            for chunk in chunks(pending, _IN_CHUNK):
                tickets.update((t.id, t) for t in self._load(self.session.execute(
                    select(*_TICKET_COLUMNS).where(Ticket.id.in_(chunk)))))
            pending = sorted({t.merged_into_id for t in tickets.values()
                              if t.merged_into_id is not None and t.merged_into_id not in tickets})
        resolved: dict[int, KnownTicket] = {}
        for ticket_id, ticket in tickets.items():
            seen = set()
            while ticket.merged_into_id is not None and ticket.merged_into_id in tickets and ticket.id not in seen:
                seen.add(ticket.id)
                ticket = tickets[ticket.merged_into_id]
            resolved[ticket_id] = ticket
        return resolved

    def _customers(self, batch: list[Incoming]) -> dict[str, KnownCustomer]:
        addresses = sorted({i.parsed.from_addr for i in batch
                            if i.parsed.from_addr and i.direction is Direction.INBOUND})
        customers: dict[str, KnownCustomer] = {}
        for chunk in chunks(addresses, _IN_CHUNK):
            for address, *row in self.session.execute(
                    select(CustomerAddress.address, Customer.id, Customer.name, Customer.first_contact_at,
                           Customer.last_contact_at, Customer.blocked_at).join(Customer).where(CustomerAddress.address.in_(chunk))):
                customers[address] = _known(self._known_customers, KnownCustomer, row)
        return customers

    def _recent_by_subject(self, customers: Iterable[KnownCustomer],
                           earliest: datetime) -> dict[tuple[int, str], KnownTicket]:
        ids = sorted({c.id for c in customers})
        found: dict[tuple[int, str], KnownTicket] = {}
        for chunk in chunks(ids, _IN_CHUNK):
            for ticket in self._load(self.session.execute(
                    select(*_TICKET_COLUMNS).where(Ticket.customer_id.in_(chunk), Ticket.status.not_in(CLOSED),
                                                   Ticket.merged_into_id.is_(None), Ticket.created_at >= earliest)
                    .order_by(Ticket.created_at))):
                found[(id(self._known_customers[ticket.customer_id]), ticket.normalized_subject)] = ticket
        return found

    @staticmethod
    def _thread_ids(parsed: ParsedMessage) -> list[str]:
        ids = list(parsed.references)
        if parsed.in_reply_to:
            ids.append(parsed.in_reply_to)
        if parsed.message_id:
            ids.append(parsed.message_id)
        return ids

    # --- filing -------------------------------------------------------------------------------

    def file(self, batch: list[Incoming]) -> FilingResult:
        """Decide each message's ticket (``item.ticket``), creating tickets and customers as needed."""
        threads = self._threads(batch)
        customers = self._customers(batch)
        whens = [self._when(item) for item in batch]
        by_subject = self._recent_by_subject(customers.values(), min(whens, default=datetime.now(UTC))
                                             - SUBJECT_WINDOW)
        created: list[NewTicket] = []
        new_customers: list[NewCustomer] = []
        touched: dict[int, KnownTicket | NewTicket] = {}
        for item, when in zip(batch, whens, strict=True):
            parsed = item.parsed
            ticket = threads.get(parsed.message_id) if parsed.message_id else None
            if ticket is None:  # the nearest known ancestor
                ancestors = parsed.references + ([parsed.in_reply_to] if parsed.in_reply_to else [])
                ticket = next((threads[mid] for mid in reversed(ancestors) if mid in threads), None)
            if item.direction is Direction.OUTBOUND:
                if ticket is not None and (ticket.first_response_at is None or when < ticket.first_response_at):
                    ticket.first_response_at = when
                elif ticket is None:  # written from another mail program, to no ticket: kept for the record
                    ticket = self._open(None, parsed, normalize_subject(parsed.subject), when)
                    created.append(ticket)
                    ticket.status, ticket.resolved_at, ticket.first_response_at = TicketStatus.CLOSED, when, when
                    self._event(ticket, "filed_for_the_record", {"reason": "sent_elsewhere"})
            elif not parsed.is_auto and parsed.from_addr:
                customer: KnownCustomer | NewCustomer | None = customers.get(parsed.from_addr)
                if customer is None:
                    customer = NewCustomer(parsed.from_addr, parsed.from_name, when, when)
                    customers[parsed.from_addr] = customer
                    new_customers.append(customer)
                else:
                    customer.name = customer.name or parsed.from_name
                    customer.last_contact_at = max(filter(None, (customer.last_contact_at, when)))
                    customer.first_contact_at = min(filter(None, (customer.first_contact_at, when)))
                blocked = isinstance(customer, KnownCustomer) and customer.blocked_at is not None
                normalized = normalize_subject(parsed.subject)
                key = (id(customer), normalized)
                if ticket is None and normalized and not (parsed.is_spam or blocked):
                    candidate = by_subject.get(key)
                    if candidate is not None and candidate.created_at >= when - SUBJECT_WINDOW:
                        ticket = candidate
                if ticket is None:
                    ticket = self._open(customer, parsed, normalized, when)
                    created.append(ticket)
                    if parsed.is_spam or blocked:
                        ticket.status = TicketStatus.SPAM
                        self._event(ticket, "filed_as_spam", {
                            "reason": "sender_blocked" if blocked else "server_spam_headers"})
                    else:
                        by_subject[key] = ticket
                if ticket.language is None and parsed.language:
                    ticket.language = parsed.language
                if ticket.last_customer_message_at is None or when >= ticket.last_customer_message_at:
                    ticket.last_customer_message_at = when
                    ticket.snippet = parsed.snippet[:300] or ticket.snippet
                    if ticket not in created:
                        self._customer_wrote(ticket, parsed, when, spam=parsed.is_spam or blocked)
            elif ticket is None:  # an auto-reply, a bounce or an unreadable message with no thread to join
                ticket = self._open(None, parsed, normalize_subject(parsed.subject), when)
                created.append(ticket)
                if parsed.is_auto:  # kept for the record, never waiting for an answer
                    ticket.status, ticket.resolved_at = TicketStatus.CLOSED, when
                    self._event(ticket, "filed_for_the_record", {"reason": "automatic_message"})
                else:
                    ticket.last_customer_message_at = when
                    self._event(ticket, "filed_for_the_record", {"reason": "unreadable_sender",
                                                                  "defects": parsed.defects[:5]})
            if ticket is not None:  # auto-replies join a thread they belong to, touching no timer
                ticket.message_count = (ticket.message_count or 0) + 1
                item.ticket = ticket
                touched[id(ticket)] = ticket
                for mid in ([parsed.message_id] if parsed.message_id else []):
                    threads.setdefault(mid, ticket)
        self._insert(new_customers, created)
        self._update()
        self._write_events()
        result = FilingResult()
        result.tickets_created = {t.id for t in created if t.id is not None}
        result.tickets_updated = {t.id for t in touched.values() if t.id is not None} - result.tickets_created
        return result

    def _event(self, ticket: KnownTicket | NewTicket, kind: str, data: dict[str, object]) -> None:
        self._events.append((ticket, kind, data))

    def _customer_wrote(self, ticket: KnownTicket | NewTicket, parsed: ParsedMessage, when: datetime, *,
                        spam: bool) -> None:
        """The customer wrote again: a waiting ticket is open again; a resolved, closed or spam one (spam
        only when the sender is not blocked and the server did not call it spam) is reopened as new, with
        the response timer started again from this message (the deadline the queue shows: the first
        response's if none was given yet, else the resolution's, set to the first-response target so the
        next answer is due as soon as a first one; the first response given is kept for the figures), and
        the timeline says why."""
        status = ticket.status
        if status is not TicketStatus.WAITING and (status not in REOPENED_FROM or (spam and status is TicketStatus.SPAM)):
            return
        before = ticket.resolution_due if ticket.first_response_at is not None else ticket.first_response_due
        # Waiting on the customer, they answered: open again, and the answer is owed from now.
        ticket.status = TicketStatus.OPEN if status is TicketStatus.WAITING else TicketStatus.NEW
        ticket.resolved_at = None
        priority = ticket.priority if isinstance(ticket, KnownTicket) else Priority.NORMAL
        due, _ = self._deadlines(when, priority)
        if ticket.first_response_at is None:
            ticket.first_response_due = due
        else:
            ticket.resolution_due = due
        self._event(ticket, "ticket_reopened", {"from": status.value, "reason": "customer_wrote",
                                                "sender": parsed.from_addr, "message_id": parsed.message_id,
                                                "subject": parsed.subject[:200],
                                                "due_before": before.isoformat() if before else None})

    def _write_events(self) -> None:
        now = datetime.now(UTC)
        bulk_insert(self.session, Event.__table__, [
            {"ticket_id": ticket.id, "incident_id": None, "actor": "mostrador", "kind": kind, "data": data,
             "created_at": now} for ticket, kind, data in self._events if ticket.id is not None])
        self._events.clear()

    def _insert(self, customers: list[NewCustomer], tickets: list[NewTicket]) -> None:
        """Write the batch's new customers and tickets in a few executemany calls."""
        now = datetime.now(UTC)
        for customer, customer_id in zip(customers, allocate_ids(self.session, Customer.__table__, len(customers)),
                                         strict=True):
            customer.id = customer_id
        bulk_insert(self.session, Customer.__table__, [
            {"id": c.id, "name": c.name, "first_contact_at": c.first_contact_at, "last_contact_at": c.last_contact_at,
             "is_sample": False, "created_at": now} for c in customers])
        bulk_insert(self.session, CustomerAddress.__table__, [
            {"customer_id": c.id, "address": c.address} for c in customers])
        for ticket, ticket_id in zip(tickets, allocate_ids(self.session, Ticket.__table__, len(tickets)), strict=True):
            ticket.id = ticket_id
        bulk_insert(self.session, Ticket.__table__, [{
            "id": t.id, "account_id": self.account.id, "customer_id": t.customer.id if t.customer else None,
            "subject": t.subject,
            "normalized_subject": t.normalized_subject, "snippet": t.snippet, "status": t.status,
            "priority": Priority.NORMAL, "created_at": t.created_at, "updated_at": t.last_customer_message_at
            or t.created_at, "first_response_due": t.first_response_due, "resolution_due": t.resolution_due,
            "first_response_at": t.first_response_at, "last_customer_message_at": t.last_customer_message_at,
            "message_count": t.message_count, "is_sample": False, "category": t.category,
            "language": t.language, "resolved_at": t.resolved_at,
        } for t in tickets])

    def _update(self) -> None:
        """Write what this batch changed in tickets and customers already stored, an executemany each."""
        now = datetime.now(UTC)
        self._write(Ticket.__table__, (*KnownTicket.FIELDS, "updated_at"),
                    [dict(changes, updated_at=now) for t in self._known_tickets.values()
                     if (changes := t.changes())])
        self._write(Customer.__table__, KnownCustomer.FIELDS,
                    [changes for c in self._known_customers.values() if (changes := c.changes())])

    def _write(self, table: Any, fields: tuple[str, ...], rows: list[dict[str, object]]) -> None:
        if rows:
            self.session.execute(update(table).where(table.c.id == bindparam("b_id"))
                                 .values({name: bindparam(name) for name in fields}), rows)

    @staticmethod
    def _when(item: Incoming) -> datetime:
        return item.parsed.date or item.internal_date or datetime.now(UTC)

    def _open(self, customer: KnownCustomer | NewCustomer | None, parsed: ParsedMessage, normalized: str,
              when: datetime) -> NewTicket:
        first_due, resolution_due = self._deadlines(when)
        subject = parsed.subject or (UNREADABLE_SUBJECT if customer is None and not parsed.is_auto else "(no subject)")
        return NewTicket(
            customer=customer, subject=subject, normalized_subject=normalized, language=parsed.language,
            snippet=parsed.snippet[:300], created_at=when, first_response_due=first_due,
            resolution_due=resolution_due,
            category=parsed.category,
        )

    def _deadlines(self, when: datetime, priority: Priority = Priority.NORMAL) -> tuple[datetime, datetime]:
        levels = self.account.service_levels or {}
        if not levels.get("business_hours") and priority is Priority.NORMAL:  # the common case, parsing nothing
            first, resolution = self._targets
            return when + first, when + resolution
        return deadlines(levels, priority.value, when)


@dataclass
class Arrived:
    """One message fetched from a folder, parsed, on its way to the store."""

    uid: int
    raw: bytes
    flags: list[str]
    size: int
    internal_date: datetime | None
    parsed: ParsedMessage


def store_batch(session: Session, account: Account, folder: Folder, uidvalidity: int,
                batch: list[Arrived]) -> FilingResult:
    """Store one parsed batch of ``folder`` in the caller's transaction: contents (once by hash), the
    tickets and customers it is filed into, its messages and attachments; then the hooks on new mail."""
    blobs: dict[str, bytes] = {}
    for item in batch:  # content first: messages and attachments point at it
        blobs[item.parsed.content_hash] = item.raw
        blobs.update((a.sha256, a.data) for a in item.parsed.attachments)
    _add_blobs(session, blobs)

    filer = BatchFiler(session, account)
    incoming = [Incoming(item.parsed, filer.direction(item.parsed, folder.special_use), item.internal_date)
                for item in batch]
    filing = filer.file(incoming)
    ids = allocate_ids(session, Message.__table__, len(batch))
    now = datetime.now(UTC)
    rows, attachments = [], []
    for message_pk, item, filed in zip(ids, batch, incoming, strict=True):
        message = item.parsed
        rows.append({
            "id": message_pk, "folder_id": folder.id, "uidvalidity": uidvalidity, "uid": item.uid,
            "message_id": message.message_id, "in_reply_to": message.in_reply_to,
            "references": " ".join(message.references) or None, "from_addr": message.from_addr,
            "from_name": message.from_name, "to_addrs": message.to_addrs, "cc_addrs": message.cc_addrs,
            "subject": message.subject, "date": message.date, "internal_date": filed.internal_date,
            "size": item.size, "flags": item.flags,
            "body_text": message.body_text, "body_html": message.body_html, "snippet": message.snippet,
            "defects": message.defects, "raw_sha256": message.content_hash,
            "content_hash": message.content_hash, "direction": filed.direction, "is_auto": message.is_auto,
            "ticket_id": filed.ticket.id if filed.ticket is not None else None, "expunged_at": None,
            "created_at": now,
        })
        attachments.extend({
            "message_id": message_pk, "filename": a.filename, "safe_filename": a.safe_filename,
            "mime_type": a.mime_type, "size": len(a.data), "blob_sha256": a.sha256,
            "content_id": a.content_id, "inline": a.inline,
        } for a in message.attachments)
    bulk_insert(session, Message.__table__, rows)
    bulk_insert(session, Attachment.__table__, attachments)
    hooks.new_mail(session, [hooks.NewMail(row["id"], row["ticket_id"], row["subject"], row["body_text"])
                             for row in rows if row["ticket_id"] is not None
                             and row["direction"] is Direction.INBOUND and not row["is_auto"]])
    return filing


def _add_blobs(session: Session, blobs: dict[str, bytes]) -> None:
    """Content not stored yet, in one executemany (contents are stored once by hash)."""
    stored: set[str] = set()
    for chunk in chunks(list(blobs), 500):
        stored.update(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(chunk))))
    bulk_insert(session, Blob.__table__, [{"sha256": sha, "size": len(data), "data": data}
                                          for sha, data in blobs.items() if sha not in stored])
