"""Lessons: what a complaint taught, and telling the customers who complained what changed.

A lesson records a category's (or a ticket's) root cause and the change made,
and links the customers who complained about it. Telling them goes through
the composer's path and its gate: each customer gets, on their latest ticket
of that kind, a message saying what changed because they complained.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from workstation.agents import acting_agent
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput, NotFound
from workstation.incidents import Recipient, personalise
from workstation.outbox.compose import queue_reply, reply_context
from workstation.queue import list_rows, parse_query
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import Customer, Event, Lesson, Ticket, TicketStatus, lesson_customers

LOOK_BACK = timedelta(days=90)


@dataclass(frozen=True)
class Recorded:
    id: int
    customers: int  # how many customers complained about it, to be told
    ticket_id: int | None = None  # the ticket it was recorded from (its timeline shows it)

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.of(tickets=() if self.ticket_id is None else (self.ticket_id,))


@dataclass(frozen=True)
class Told:
    tickets: list[int]  # written to
    replies: list[int] = field(default_factory=list)  # the replies queued

    @property
    def changes(self) -> ChangeSet:
        """Each reply sets its ticket waiting and sits in the outbox."""
        return ChangeSet.of(tickets=self.tickets, replies=self.replies,
                            views=("outbox", "open", "waiting", "mine", "unassigned"))


def complained(session: Session, *, match: str | None = None, category: str | None = None,
               ticket_id: int | None = None) -> dict[int, int]:
    """Who complained about it: customer -> their latest ticket that says so. With ``match`` (words and
    "phrases", the search box's language, whole words only), the tickets of the look-back window whose
    messages say it (of ``category``, when given); otherwise only ``ticket_id``'s customer, or with a category
    alone every customer of that category. Spam is never a complaint."""
    since = datetime.now(UTC) - LOOK_BACK
    found: dict[int, tuple[datetime, int]] = {}
    query = select(Ticket).where(Ticket.customer_id.is_not(None), Ticket.status != TicketStatus.SPAM,
                                 Ticket.merged_into_id.is_(None))
    if match and match.strip():
        filters = f" category:{category}" if category else ""
        ids = [r.id for r in list_rows(session, "all", search=f"{match} after:{since.date().isoformat()}{filters}",
                                       limit=5000, prefix=False)]
        query = query.where(Ticket.id.in_(ids))
    elif category and not ticket_id:
        query = query.where(Ticket.category == category, Ticket.created_at >= since)
    else:
        query = query.where(Ticket.id == ticket_id)
    tickets = list(session.scalars(query))
    if ticket_id and all(t.id != ticket_id for t in tickets):
        tickets += list(session.scalars(select(Ticket).where(Ticket.id == ticket_id, Ticket.customer_id.is_not(None))))
    for ticket in tickets:
        assert ticket.customer_id is not None
        latest = found.get(ticket.customer_id)
        if latest is None or ticket.created_at > latest[0]:
            found[ticket.customer_id] = (ticket.created_at, ticket.id)
    return {customer: ticket for customer, (_, ticket) in sorted(found.items())}


def add(store: Store, *, root_cause: str, change_made: str, category: str | None = None,
        ticket_id: int | None = None, actor: str | None = None, match: str | None = None) -> Recorded:
    if not root_cause.strip() or not change_made.strip():
        raise InvalidInput("A lesson needs its root cause and the change made.", code="lesson_incomplete")
    if match:
        parse_query(match)
    with store.session() as session:
        agent = acting_agent(session, actor)
        ticket = session.get(Ticket, ticket_id) if ticket_id else None
        if ticket_id and ticket is None:
            raise NotFound(f"There is no ticket #{ticket_id}.", code="no_ticket", params={"ticket": str(ticket_id)})
        who = complained(session, match=match, category=category, ticket_id=ticket_id)
        category = category or (ticket.category if ticket else None)
        lesson = Lesson(category=category, ticket_id=ticket_id, root_cause=root_cause.strip(),
                        change_made=change_made.strip())
        session.add(lesson)
        session.flush()
        customers = sorted(who)
        if customers:
            session.execute(lesson_customers.insert(), [{"lesson_id": lesson.id, "customer_id": c, "told_at": None}
                                                         for c in customers])
        session.add(Event(ticket_id=ticket_id, actor=agent.name, kind="lesson_recorded",
                          data={"lesson": lesson.id, "category": category, "customers": len(customers),
                                "match": match or None, "tickets": {str(c): t for c, t in who.items()}}))
        return Recorded(lesson.id, len(customers), ticket_id)


def recipients(store: Store, lesson_id: int) -> list[Recipient]:
    """Exactly who ``tell`` writes to (not told yet), at the address a reply to their ticket uses."""
    with store.read() as session:
        found = []
        for _, ticket_id, _ in _targets(session, lesson_id, "{change}"):
            ticket = session.get(Ticket, ticket_id)
            assert ticket is not None
            customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
            found.append(Recipient(ticket_id, customer.name if customer else None,
                                   reply_context(session, ticket_id).to, ticket.subject or "", False))
        return found


def tell(store: Store, lesson_id: int, template: str, actions: list[ActionSpec], *,
         actor: str | None = None, only: list[int] | None = None) -> Told:
    """A message to each linked customer not told yet, on their latest ticket; returns the tickets written to.
    ``only``: the tickets a person kept in the list of recipients."""
    with store.read() as session:
        targets = [t for t in _targets(session, lesson_id, template) if only is None or t[1] in only]
    told, replies = [], []
    for customer_id, ticket_id, body in targets:
        replies.append(queue_reply(store, ticket_id, body, actions, author=actor, purpose="lesson").id)
        with store.session() as session:
            session.execute(update(lesson_customers).where(lesson_customers.c.lesson_id == lesson_id,
                                                           lesson_customers.c.customer_id == customer_id)
                            .values(told_at=datetime.now(UTC)))
        told.append(ticket_id)
    return Told(told, replies)


def _targets(session: Session, lesson_id: int, template: str) -> list[tuple[int, int, str]]:
    """(customer, ticket, personalised text) for each customer not told yet."""
    lesson = session.get(Lesson, lesson_id)
    if lesson is None:
        raise NotFound(f"There is no lesson #{lesson_id}.", code="no_lesson", params={"lesson": str(lesson_id)})
    pending = list(session.scalars(select(lesson_customers.c.customer_id).where(
        lesson_customers.c.lesson_id == lesson_id, lesson_customers.c.told_at.is_(None))))
    recorded = session.scalars(select(Event).where(Event.kind == "lesson_recorded")
                               .order_by(Event.id.desc())).all()
    which = next((e.data.get("tickets") or {} for e in recorded if e.data.get("lesson") == lesson_id), {})
    targets = []
    for customer_id in pending:
        ticket = session.get(Ticket, which[str(customer_id)]) if str(customer_id) in which else None
        if ticket is None:  # a lesson recorded before the tickets were kept with it
            query = select(Ticket).where(Ticket.customer_id == customer_id).order_by(Ticket.created_at.desc())
            if lesson.category:
                query = query.where(Ticket.category == lesson.category)
            ticket = session.scalars(query.limit(1)).first()
        if ticket is not None:
            targets.append((customer_id, ticket.id, personalise(template.replace("{change}", lesson.change_made),
                                                                session, ticket)))
    return targets
