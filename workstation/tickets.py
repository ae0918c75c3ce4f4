"""Work on tickets: assign, status, priority, category, tags, snooze, spam, notes, merge, split; and undo.

Spam has two more verbs: *not spam* brings a ticket back to the open queue (and
unblocks its sender), *block sender* files the sender's tickets and their
future mail as spam; a blocked sender's mail never reopens a ticket.

Every change is one :class:`Change` over one or more tickets, written in one
transaction with an event per ticket in the timeline. The event keeps the
values before and after, under a change id, so the last change can be
undone: each ticket gets its old values back unless someone changed it again
since (then it is left alone and the undo says so).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.agents import acting_agent, find_agent
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput, NotFound
from workstation.sla import deadlines
from workstation.store.db import Store
from workstation.language import LANGUAGES
from workstation.store.models import (
    Account,
    Action,
    Customer,
    CustomerAddress,
    Direction,
    Event,
    FollowUp,
    Message,
    Note,
    Priority,
    Reply,
    Satisfaction,
    Tag,
    Ticket,
    TicketStatus,
)

# ``Priority`` and ``TicketStatus`` are part of this module's answer (a :class:`Change` names them): the
# window and the command line take them from here, never from the store's models.
__all__ = ["Change", "Done", "Priority", "TicketStatus", "Undone", "add_note", "add_notes", "apply", "block_sender",
           "last_change", "merge", "not_spam", "set_language", "set_languages", "split", "subjects", "undo",
           "undo_last"]

FIELDS = ("assignee_id", "status", "priority", "category", "snoozed_until", "tags")


@dataclass(frozen=True)
class Change:
    """What to set. Only the fields given change; ``tags_add``/``tags_remove`` edit the tag set."""

    assignee: str | None = None  # an agent's name or e-mail, "me", or "" for nobody
    status: TicketStatus | None = None
    priority: Priority | None = None
    category: str | None = None  # "" clears it
    tags_add: tuple[str, ...] = ()
    tags_remove: tuple[str, ...] = ()
    snoozed_until: datetime | None = None
    unsnooze: bool = False

    def describe(self) -> str:
        parts = []
        if self.assignee is not None:
            parts.append(f"assign to {self.assignee or 'nobody'}")
        if self.status is not None:
            parts.append(f"status {self.status.value}")
        if self.priority is not None:
            parts.append(f"priority {self.priority.value}")
        if self.category is not None:
            parts.append(f"category {self.category or 'none'}")
        parts += [f"tag {t}" for t in self.tags_add] + [f"untag {t}" for t in self.tags_remove]
        if self.snoozed_until is not None:
            parts.append(f"snooze until {self.snoozed_until.isoformat()}")
        if self.unsnooze:
            parts.append("wake up")
        return ", ".join(parts) or "nothing"


@dataclass(frozen=True)
class Done:
    """A change made: its id (for undo), the tickets it touched and what it did."""

    change_id: str
    tickets: list[int]
    summary: str
    #: Something a person should know about what was done (e.g. a merge of two customers' tickets).
    warning: str | None = None
    #: What the change touched, for the screens to redraw (a merged ticket leaves every view).
    removed: tuple[int, ...] = ()

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.of(tickets=self.tickets, removed=self.removed)


def _snapshot(ticket: Ticket) -> dict[str, Any]:
    return {
        "assignee_id": ticket.assignee_id, "status": ticket.status.value, "priority": ticket.priority.value,
        "category": ticket.category,
        "snoozed_until": ticket.snoozed_until.isoformat() if ticket.snoozed_until else None,
        "tags": sorted(t.name for t in ticket.tags),
    }


def _tag(session: Session, name: str) -> Tag:
    name = name.strip().lower()
    if not name:
        raise InvalidInput("A tag needs a name.", code="tag_empty")
    tag = session.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        tag = Tag(name=name)
        session.add(tag)
        session.flush()
    return tag


def _restore(session: Session, ticket: Ticket, values: dict[str, Any]) -> None:
    ticket.assignee_id = values["assignee_id"]
    ticket.status = TicketStatus(values["status"])
    _set_priority(session, ticket, Priority(values["priority"]))
    ticket.category = values["category"]
    ticket.snoozed_until = datetime.fromisoformat(values["snoozed_until"]) if values["snoozed_until"] else None
    ticket.tags = [_tag(session, name) for name in values["tags"]]


def _set_priority(session: Session, ticket: Ticket, priority: Priority) -> None:
    """A new priority moves the deadlines to that priority's targets, from when the ticket opened."""
    if ticket.priority is priority:
        return
    ticket.priority = priority
    account = session.get(Account, ticket.account_id) if ticket.account_id else None
    first, resolution = deadlines(account.service_levels if account else None, priority.value, ticket.created_at)
    ticket.first_response_due, ticket.resolution_due = first, resolution


def _tickets(session: Session, ids: Iterable[int]) -> list[Ticket]:
    wanted = sorted(set(ids))
    if not wanted:
        raise InvalidInput("Select at least one ticket.", code="select_ticket")
    tickets = list(session.scalars(select(Ticket).where(Ticket.id.in_(wanted))))
    missing = set(wanted) - {t.id for t in tickets}
    if missing:
        raise NotFound(f"There is no ticket #{min(missing)}.", code="no_ticket",
                       params={"ticket": str(min(missing))})
    return tickets


def apply(store: Store, ticket_ids: Iterable[int], change: Change, *, actor: str | None = None) -> Done:
    """Make ``change`` on every ticket, as one undoable step."""
    change_id = uuid.uuid4().hex
    with store.session() as session:
        agent = acting_agent(session, actor)
        tickets = _tickets(session, ticket_ids)
        assignee_id: int | None = None
        if change.assignee is not None and change.assignee != "":
            assignee_id = agent.id if change.assignee == "me" else find_agent(session, change.assignee).id
        now = datetime.now(UTC)
        for ticket in tickets:
            before = _snapshot(ticket)
            if change.assignee is not None:
                ticket.assignee_id = assignee_id
            if change.status is not None:
                ticket.status = change.status
                if change.status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
                    ticket.resolved_at = ticket.resolved_at or now
                elif change.status in (TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING):
                    ticket.resolved_at = None
            if change.priority is not None:
                _set_priority(session, ticket, change.priority)
            if change.category is not None:
                ticket.category = change.category or None
            if change.tags_add or change.tags_remove:
                names = ({t.name for t in ticket.tags} | {n.strip().lower() for n in change.tags_add}) \
                    - {n.strip().lower() for n in change.tags_remove}
                ticket.tags = [_tag(session, name) for name in sorted(names)]
            if change.snoozed_until is not None:
                ticket.snoozed_until = change.snoozed_until
            if change.unsnooze:
                ticket.snoozed_until = None
            ticket.updated_at = now
            session.add(Event(ticket_id=ticket.id, actor=agent.name, kind="ticket_changed", data={
                "change": change_id, "what": change.describe(), "before": before, "after": _snapshot(ticket)}))
        return Done(change_id, [t.id for t in tickets], change.describe())


def last_change(store: Store, *, actor: str | None = None) -> str | None:
    """The id of the acting agent's last undoable change, if any."""
    with store.session() as session:
        agent = acting_agent(session, actor)
        event = session.scalars(select(Event).where(Event.actor == agent.name,
                                                    Event.kind.in_(("ticket_changed", "tickets_merged",
                                                                    "ticket_split")))
                                .order_by(Event.id.desc()).limit(1)).first()
        if event is None or event.data.get("undone"):
            return None
        return str(event.data.get("change"))


def undo(store: Store, change_id: str, *, actor: str | None = None) -> tuple[list[int], list[int]]:
    """Undo one change: returns (tickets restored, tickets left alone because they changed since)."""
    with store.session() as session:
        agent = acting_agent(session, actor)
        events = list(session.scalars(select(Event).where(Event.kind.in_(("ticket_changed", "tickets_merged",
                                                                          "ticket_split")))
                                      .order_by(Event.id.desc()).limit(5000)))
        mine = [e for e in events if e.data.get("change") == change_id]
        if not mine:
            raise NotFound("There is nothing to undo.", code="nothing_to_undo")
        if any(e.data.get("undone") for e in mine):
            raise InvalidInput("That change was already undone.", code="already_undone")
        restored, skipped = [], []
        for event in mine:
            if event.kind == "tickets_merged":
                _unmerge(session, event.data)
                restored += [event.data["source"], event.data["target"]]
            elif event.kind == "ticket_split":
                _unsplit(session, event.data)
                restored += [event.data["source"], event.data["new"]]
            else:
                ticket = session.get(Ticket, event.ticket_id)
                if ticket is None or _snapshot(ticket) != event.data["after"]:
                    skipped.append(event.ticket_id)
                    continue
                _restore(session, ticket, event.data["before"])
                restored.append(ticket.id)
            event.data = {**event.data, "undone": True}
        for ticket_id in sorted(set(restored)):
            session.add(Event(ticket_id=ticket_id, actor=agent.name, kind="change_undone",
                              data={"change": change_id}))
        return sorted(set(restored)), skipped


@dataclass(frozen=True)
class Undone:
    """The acting agent's last change undone: the tickets restored, and those left alone (changed since)."""

    restored: list[int]
    skipped: list[int]
    #: False when there was nothing to undo.
    found: bool = True

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.of(tickets=self.restored)


def undo_last(store: Store, *, actor: str | None = None) -> Undone:
    """Undo the acting agent's last undoable change, if there is one (Ctrl+Z, ``ticket undo``)."""
    change = last_change(store, actor=actor)
    if change is None:
        return Undone([], [], found=False)
    restored, skipped = undo(store, change, actor=actor)
    return Undone(restored, skipped)


# --- notes, merge, split ---------------------------------------------------------------------


def add_notes(store: Store, ticket_ids: Iterable[int], body: str, *, actor: str | None = None,
              kind: str = "note") -> ChangeSet:
    """The same internal note (or coaching note, or flag) on each ticket."""
    ids = list(ticket_ids)
    for ticket_id in ids:
        add_note(store, ticket_id, body, actor=actor, kind=kind)
    return ChangeSet.of(tickets=ids)


def add_note(store: Store, ticket_id: int, body: str, *, actor: str | None = None, kind: str = "note") -> int:
    if not body.strip():
        raise InvalidInput("The note is empty.", code="note_empty")
    with store.session() as session:
        agent = acting_agent(session, actor)
        _tickets(session, [ticket_id])
        # A stable id: a note written in a review pack is imported once, however often the pack is imported.
        note = Note(ticket_id=ticket_id, author_id=agent.id, author_name=agent.name, kind=kind, body=body.strip(),
                    origin_uid=uuid.uuid4().hex)
        session.add(note)
        session.flush()
        session.add(Event(ticket_id=ticket_id, actor=agent.name, kind="note_added", data={"note_id": note.id}))
        return note.id


_MOVABLE = (Message, Note, Action, FollowUp, Reply, Satisfaction)


def merge(store: Store, source_id: int, target_id: int, *, actor: str | None = None) -> Done:
    """Move everything of ``source`` into ``target``; the source stays, closed, pointing at the target."""
    if source_id == target_id:
        raise InvalidInput("A ticket cannot be merged into itself.", code="merge_into_itself")
    change_id = uuid.uuid4().hex
    with store.session() as session:
        agent = acting_agent(session, actor)
        source, target = (session.get(Ticket, source_id), session.get(Ticket, target_id))
        if source is None or target is None:
            missing = source_id if source is None else target_id
            raise NotFound(f"There is no ticket #{missing}.", code="no_ticket", params={"ticket": str(missing)})
        if target.merged_into_id is not None:
            raise InvalidInput(f"Ticket #{target_id} was itself merged into #{target.merged_into_id}; merge there.",
                               code="merge_there",
                               params={"ticket": str(target_id), "target": str(target.merged_into_id)})
        moved = {model.__tablename__: list(session.scalars(select(model.id).where(model.ticket_id == source_id)))
                 for model in _MOVABLE}
        for model in _MOVABLE:
            session.execute(update(model).where(model.ticket_id == source_id).values(ticket_id=target_id))
        before = {"status": source.status.value, "message_count": source.message_count,
                  "target_message_count": target.message_count}
        target.message_count = (target.message_count or 0) + (source.message_count or 0)
        source.message_count = 0
        source.merged_into_id = target_id
        source.status = TicketStatus.CLOSED
        if source.created_at < target.created_at:  # the clock starts at the customer's first message
            target.created_at = source.created_at
        data = {"change": change_id, "source": source_id, "target": target_id, "moved": moved, "before": before}
        warning = None
        if source.customer_id is not None and source.customer_id != target.customer_id:
            names = [_customer_label(session, source.customer_id), _customer_label(session, target.customer_id)]
            data["customers"] = [source.customer_id, target.customer_id]
            warning = (f"#{source_id} and #{target_id} are from different customers ({names[0]} and {names[1]}); "
                       "both stay reachable, and a reply asks which of them to answer.")
        session.add(Event(ticket_id=target_id, actor=agent.name, kind="tickets_merged", data=data))
        session.add(Event(ticket_id=source_id, actor=agent.name, kind="merged_into", data={"target": target_id}))
        return Done(change_id, [source_id, target_id], f"merge #{source_id} into #{target_id}", warning,
                    removed=(source_id,))


def _customer_label(session: Session, customer_id: int | None) -> str:
    customer = session.get(Customer, customer_id) if customer_id is not None else None
    if customer is None:
        return "no customer"
    address = session.scalar(select(CustomerAddress.address).where(CustomerAddress.customer_id == customer_id)
                             .order_by(CustomerAddress.id).limit(1))
    return f"{customer.name} <{address}>" if customer.name and address else (customer.name or address or "?")


def customer_for_address(session: Session, address: str | None, name: str | None = None) -> int | None:
    """The customer who writes from ``address``, made on first sight (as syncing makes them)."""
    if not address:
        return None
    address = address.lower()
    found = session.scalar(select(CustomerAddress.customer_id).where(CustomerAddress.address == address))
    if found is not None:
        return found
    now = datetime.now(UTC)
    customer = Customer(name=name, first_contact_at=now, last_contact_at=now)
    customer.addresses.append(CustomerAddress(address=address))
    session.add(customer)
    session.flush()
    return customer.id


def _unmerge(session: Session, data: dict[str, Any]) -> None:
    source = session.get(Ticket, data["source"])
    target = session.get(Ticket, data["target"])
    assert source is not None and target is not None
    for model in _MOVABLE:
        ids = data["moved"].get(model.__tablename__) or []
        if ids:
            session.execute(update(model).where(model.id.in_(ids)).values(ticket_id=source.id))
    source.merged_into_id = None
    source.status = TicketStatus(data["before"]["status"])
    source.message_count = data["before"]["message_count"]
    target.message_count = data["before"]["target_message_count"]


def split(store: Store, message_id: int, *, actor: str | None = None) -> Done:
    """Move one message out of its ticket into a new ticket of its own (same customer and inbox)."""
    change_id = uuid.uuid4().hex
    with store.session() as session:
        agent = acting_agent(session, actor)
        message = session.get(Message, message_id)
        if message is None or message.ticket_id is None:
            raise NotFound(f"There is no filed message #{message_id}.", code="no_filed_message",
                           params={"message": str(message_id)})
        source = session.get(Ticket, message.ticket_id)
        assert source is not None
        if (source.message_count or 0) <= 1:
            raise InvalidInput("The ticket has only this message; there is nothing to split it from.",
                               code="split_single_message")
        opened = message.date or message.internal_date or datetime.now(UTC)
        first, resolution = deadlines(None, source.priority.value, opened)
        account = session.get(Account, source.account_id) if source.account_id else None
        if account is not None:
            first, resolution = deadlines(account.service_levels, source.priority.value, opened)
        # The new ticket belongs to whoever wrote the message split out (a colleague in copy, another
        # customer answering in the same thread), not to the source ticket's customer.
        sender = (customer_for_address(session, message.from_addr, message.from_name)
                  if message.direction is Direction.INBOUND else None)
        ticket = Ticket(account_id=source.account_id, customer_id=sender or source.customer_id,
                        subject=message.subject or source.subject, normalized_subject=source.normalized_subject,
                        snippet=message.snippet, status=TicketStatus.OPEN, priority=source.priority,
                        language=source.language, created_at=opened, first_response_due=first,
                        resolution_due=resolution, last_customer_message_at=opened, message_count=1,
                        is_sample=source.is_sample)
        session.add(ticket)
        session.flush()
        message.ticket_id = ticket.id
        source.message_count = (source.message_count or 1) - 1
        data = {"change": change_id, "source": source.id, "new": ticket.id, "message": message_id}
        session.add(Event(ticket_id=source.id, actor=agent.name, kind="ticket_split", data=data))
        session.add(Event(ticket_id=ticket.id, actor=agent.name, kind="split_from", data={"source": source.id}))
        return Done(change_id, [source.id, ticket.id], f"split message #{message_id} into #{ticket.id}")


def _unsplit(session: Session, data: dict[str, Any]) -> None:
    message = session.get(Message, data["message"])
    source = session.get(Ticket, data["source"])
    new = session.get(Ticket, data["new"])
    assert source is not None
    if message is not None:
        message.ticket_id = source.id
    source.message_count = (source.message_count or 0) + 1
    if new is not None:
        new.message_count = 0
        new.status = TicketStatus.CLOSED
        new.merged_into_id = source.id


# --- spam, blocked senders, language ------------------------------------------------------------


def not_spam(store: Store, ticket_ids: Iterable[int], *, actor: str | None = None) -> Done:
    """Back to the open queue; the senders, if blocked, are unblocked."""
    done = apply(store, ticket_ids, Change(status=TicketStatus.OPEN), actor=actor)
    with store.session() as session:
        customers = set(session.scalars(select(Ticket.customer_id).where(Ticket.id.in_(done.tickets),
                                                                         Ticket.customer_id.is_not(None))))
        if customers:
            session.execute(update(Customer).where(Customer.id.in_(customers)).values(blocked_at=None))
    return Done(done.change_id, done.tickets, "not spam")


def block_sender(store: Store, ticket_ids: Iterable[int], *, actor: str | None = None) -> Done:
    """Block the senders of these tickets: these and every open ticket of theirs go to Spam, and so does
    their future mail (filed as spam, never reopening anything); finished tickets stay as they are.
    ``not_spam`` undoes it."""
    with store.session() as session:
        customers = {t.customer_id for t in _tickets(session, ticket_ids) if t.customer_id is not None}
        if not customers:
            raise InvalidInput("These tickets have no sender to block.", code="block_without_sender")
        session.execute(update(Customer).where(Customer.id.in_(customers)).values(blocked_at=datetime.now(UTC)))
        theirs = set(session.scalars(select(Ticket.id).where(
            Ticket.customer_id.in_(customers),
            Ticket.status.in_((TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING)))))
    done = apply(store, theirs | set(ticket_ids), Change(status=TicketStatus.SPAM), actor=actor)
    return Done(done.change_id, done.tickets, f"block {len(customers)} sender{'s' if len(customers) > 1 else ''}")


def set_languages(store: Store, ticket_ids: Iterable[int], language: str, *, actor: str | None = None) -> ChangeSet:
    """Answer these tickets in ``language``: templates and saved replies follow it."""
    ids = list(ticket_ids)
    for ticket_id in ids:
        set_language(store, ticket_id, language, actor=actor)
    return ChangeSet.of(tickets=ids)


def set_language(store: Store, ticket_id: int, language: str, *, actor: str | None = None) -> None:
    """The language replies, templates and saved replies on this ticket use (detected on sync)."""
    if language not in LANGUAGES:
        raise InvalidInput(f"{language!r} is not a language Mostrador writes; use one of {', '.join(LANGUAGES)}.",
                           code="language_unknown", params={"language": language, "languages": ", ".join(LANGUAGES)})
    with store.session() as session:
        agent = acting_agent(session, actor)
        ticket = _tickets(session, [ticket_id])[0]
        before, ticket.language = ticket.language, language
        session.add(Event(ticket_id=ticket_id, actor=agent.name, kind="language_set",
                          data={"before": before, "after": language}))


def subjects(store: Store, ticket_ids: Iterable[int], *, limit: int = 2000) -> list[tuple[int, str]]:
    """(id, subject) of these tickets, by number: a list a person picks one from."""
    wanted = list(ticket_ids)[:limit]
    if not wanted:
        return []
    with store.read() as session:
        return [(row[0], row[1]) for row in session.execute(select(Ticket.id, Ticket.subject)
                                                            .where(Ticket.id.in_(wanted)).order_by(Ticket.id))]
