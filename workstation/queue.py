"""The queue: which tickets a view shows, in which order, and how many.

Used by the window's table model and by ``python -m workstation`` alike, so
both show the same rows. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from workstation.errors import InvalidInput
from workstation.store.models import (
    Account,
    Agent,
    Customer,
    CustomerAddress,
    FollowUp,
    FollowUpKind,
    Ticket,
    TicketStatus,
)
from workstation.store.search import search_ticket_ids

ACTIVE = (TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING)


@dataclass(frozen=True)
class View:
    key: str  # "open", "unassigned", "inbox:3"...
    label: str


@dataclass(frozen=True)
class QueueRow:
    id: int
    customer: str
    subject: str
    snippet: str
    inbox: str
    status: TicketStatus
    priority: str
    assignee: str | None
    category: str | None
    created_at: datetime
    due_at: datetime | None  # first response if not yet answered, else resolution
    is_sample: bool


def _promises():  # type: ignore[no-untyped-def]
    """Tickets with a promise to check or a loop to close (an action's follow-up still open)."""
    return Ticket.id.in_(select(FollowUp.ticket_id).where(
        FollowUp.done_at.is_(None), FollowUp.kind.in_((FollowUpKind.CHECK_ACTION, FollowUpKind.CLOSE_LOOP))))


def _filter(view: str) -> list:  # type: ignore[type-arg]
    if view == "promises":
        return [_promises()]
    if view == "open":
        return [Ticket.status.in_(ACTIVE)]
    if view == "unassigned":
        return [Ticket.status.in_(ACTIVE), Ticket.assignee_id.is_(None)]
    if view == "waiting":
        return [Ticket.status == TicketStatus.WAITING]
    if view == "resolved":
        return [Ticket.status.in_((TicketStatus.RESOLVED, TicketStatus.CLOSED))]
    if view == "all":
        return [Ticket.status != TicketStatus.SPAM]
    if view.startswith("inbox:"):
        return [Ticket.account_id == int(view.split(":", 1)[1]), Ticket.status.in_(ACTIVE)]
    raise ValueError(f"unknown view {view!r}")


def _due_column():  # type: ignore[no-untyped-def]
    return case((Ticket.first_response_at.is_(None), Ticket.first_response_due), else_=Ticket.resolution_due)


def rows_query(view: str) -> Select:  # type: ignore[type-arg]
    """The rows of ``view``: what is due first at the top, then newest."""
    address = aliased(CustomerAddress)
    first_address = (
        select(func.min(address.address)).where(address.customer_id == Ticket.customer_id).scalar_subquery()
    )
    due = _due_column()
    active = Ticket.status.in_(ACTIVE)
    return (
        select(
            Ticket.id,
            func.coalesce(Customer.name, first_address, ""),
            Ticket.subject,
            func.coalesce(Ticket.snippet, ""),
            func.coalesce(Account.name, ""),
            Ticket.status,
            Ticket.priority,
            Agent.name,
            Ticket.category,
            Ticket.created_at,
            due,
            Ticket.is_sample,
        )
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Account, Account.id == Ticket.account_id)
        .outerjoin(Agent, Agent.id == Ticket.assignee_id)
        .where(and_(*_filter(view)))
        .order_by(case((active, 0), else_=1), case((active, due)), Ticket.created_at.desc(), Ticket.id.desc())
    )


VIEWS = ("open", "unassigned", "waiting", "promises", "resolved", "all")


def list_rows(session: Session, view: str = "open", *, limit: int = 100, offset: int = 0,
              search: str | None = None) -> list[QueueRow]:
    """A page of the view's rows; with ``search``, only matching tickets, best match first."""
    query = rows_query(view)
    if search and search.strip():
        ranked = search_ticket_ids(session, search, limit=offset + limit)
        if not ranked:
            return []
        position = case({ticket_id: rank for rank, ticket_id in enumerate(ranked)}, value=Ticket.id)
        query = query.where(Ticket.id.in_(ranked)).order_by(None).order_by(position)
    result = session.execute(query.limit(limit).offset(offset))
    return [QueueRow(*row) for row in result]


def resolve_view(session: Session, name: str) -> str:
    """A view key from what a person types: a fixed view, or an inbox by name."""
    if name in VIEWS or name.startswith("inbox:") and name[6:].isdigit():
        return name
    account_id = session.scalar(select(Account.id).where(Account.name == name.removeprefix("inbox:")))
    if account_id is None:
        raise InvalidInput(f"There is no view or inbox called {name!r}.",
                           hint=f"Views: {', '.join(VIEWS)}, or an inbox's name.")
    return f"inbox:{account_id}"


def views(session: Session) -> list[tuple[View, int]]:
    """The sidebar: each view with its live count."""
    counts = session.execute(
        select(
            func.count().filter(Ticket.status.in_(ACTIVE)),
            func.count().filter(and_(Ticket.status.in_(ACTIVE), Ticket.assignee_id.is_(None))),
            func.count().filter(Ticket.status == TicketStatus.WAITING),
            func.count().filter(or_(Ticket.status == TicketStatus.RESOLVED, Ticket.status == TicketStatus.CLOSED)),
            func.count().filter(Ticket.status != TicketStatus.SPAM),
            func.count().filter(_promises()),
        )
    ).one()
    result = [
        (View("open", "Open"), counts[0]),
        (View("unassigned", "Unassigned"), counts[1]),
        (View("waiting", "Waiting on customer"), counts[2]),
        (View("promises", "Promises to keep"), counts[5]),
        (View("resolved", "Resolved"), counts[3]),
        (View("all", "All"), counts[4]),
    ]
    per_inbox = session.execute(
        select(Account.id, Account.name, func.count(Ticket.id).filter(Ticket.status.in_(ACTIVE)))
        .outerjoin(Ticket, Ticket.account_id == Account.id)
        .group_by(Account.id, Account.name)
        .order_by(Account.name)
    )
    result.extend((View(f"inbox:{account_id}", name), count) for account_id, name, count in per_inbox)
    return result
