"""The queue: which tickets a view shows, in which order, and how many.

Used by the window's table model and by ``python -m workstation`` alike, so
both show the same rows. Sorting and filtering happen in SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from datetime import UTC, date, datetime, time

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from workstation.agents import acting_agent, agent_id
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput
from workstation.store.db import Store
from workstation.store.models import (
    Account,
    Agent,
    Customer,
    CustomerAddress,
    FollowUp,
    FollowUpKind,
    Message,
    SavedSearch,
    Tag,
    Ticket,
    TicketStatus,
    ticket_tags,
)
from workstation.seen import unseen_among
from workstation.sla import DUE_SOON
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
    tags: tuple[str, ...] = ()
    incident_id: int | None = None
    flagged: bool = False  # a message of it is flagged (\\Flagged) on the mail server
    on_server: bool = True  # False when every message synced into it was deleted on the server (kept here)
    unseen: bool = False  # the agent looking has not seen its latest customer message (bold, workstation.seen)
    snoozed_until: datetime | None = None  # put aside until then (the Snoozed view says when it wakes)


def _promises():  # type: ignore[no-untyped-def]
    """Tickets with a promise to check or a loop to close (an action's follow-up still open)."""
    return Ticket.id.in_(select(FollowUp.ticket_id).where(
        FollowUp.done_at.is_(None), FollowUp.kind.in_((FollowUpKind.CHECK_ACTION, FollowUpKind.CLOSE_LOOP))))


@dataclass(frozen=True)
class Context:
    """What some views and filters depend on: the time and who is looking."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    agent_id: int | None = None


def _awake(now: datetime):  # type: ignore[no-untyped-def]
    return or_(Ticket.snoozed_until.is_(None), Ticket.snoozed_until <= now)


def _filter(view: str, context: Context) -> list:  # type: ignore[type-arg]
    now = context.now
    active = [Ticket.status.in_(ACTIVE), Ticket.merged_into_id.is_(None)]
    due = _due_column()
    if view == "promises":
        return [_promises()]
    if view == "open":
        return [*active, _awake(now)]
    if view == "mine":
        return [*active, Ticket.assignee_id == (context.agent_id or -1)]
    if view == "unassigned":
        return [*active, _awake(now), Ticket.assignee_id.is_(None)]
    if view == "due_soon":
        return [*active, _awake(now), due >= now, due < now + DUE_SOON]
    if view == "overdue":
        return [*active, due < now]
    if view == "crisis":
        return [*active, Ticket.incident_id.is_not(None)]
    if view == "snoozed":
        return [*active, Ticket.snoozed_until > now]
    if view == "waiting":
        return [Ticket.status == TicketStatus.WAITING, Ticket.merged_into_id.is_(None)]
    if view == "resolved":
        return [Ticket.status.in_((TicketStatus.RESOLVED, TicketStatus.CLOSED)), Ticket.merged_into_id.is_(None)]
    if view == "spam":
        return [Ticket.status == TicketStatus.SPAM]
    if view == "all":
        return [Ticket.status != TicketStatus.SPAM, Ticket.merged_into_id.is_(None)]
    if view.startswith("inbox:"):
        return [Ticket.account_id == int(view.split(":", 1)[1]), *active]
    raise ValueError(f"unknown view {view!r}")


# --- the search box: words plus filters ---------------------------------------------------

_FILTER = re.compile(r'(?<!\S)(from|inbox|status|tag|assignee|priority|category|before|after):("[^"]*"|\S+)',
                     re.IGNORECASE)


@dataclass(frozen=True)
class Query:
    """``text`` goes to full-text search; ``filters`` narrow the tickets in SQL."""

    text: str
    filters: tuple[tuple[str, str], ...]


def parse_query(raw: str) -> Query:
    """``factura from:ana@x.org status:open after:2026-11-01`` -> words and filters."""
    filters = tuple((m.group(1).lower(), m.group(2).strip('"')) for m in _FILTER.finditer(raw or ""))
    return Query(_FILTER.sub(" ", raw or "").strip(), filters)


def _day(value: str, key: str) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(value), time(0, 0), UTC)
    except ValueError:
        raise InvalidInput(f"{key}:{value} is not a date; use YYYY-MM-DD.", code="search_not_a_date",
                           params={"filter": f"{key}:{value}"}) from None


def _query_filters(filters: tuple[tuple[str, str], ...], context: Context) -> list:  # type: ignore[type-arg]
    clauses = []
    for key, value in filters:
        low = value.lower()
        if key == "from":
            clauses.append(or_(
                Ticket.customer_id.in_(select(CustomerAddress.customer_id)
                                       .where(CustomerAddress.address.contains(low))),
                Ticket.customer_id.in_(select(Customer.id).where(func.lower(Customer.name).contains(low)))))
        elif key == "inbox":
            clauses.append(Ticket.account_id.in_(select(Account.id).where(func.lower(Account.name) == low)))
        elif key == "status":
            try:
                clauses.append(Ticket.status == TicketStatus(low))
            except ValueError:
                statuses = ", ".join(s.value for s in TicketStatus)
                raise InvalidInput(f"status:{value}: use one of {statuses}.", code="search_status_unknown",
                                   params={"filter": f"status:{value}", "statuses": statuses}) from None
        elif key == "tag":
            clauses.append(Ticket.id.in_(select(ticket_tags.c.ticket_id).join(Tag, Tag.id == ticket_tags.c.tag_id)
                                         .where(Tag.name == low)))
        elif key == "assignee":
            if low in ("none", "nobody", "unassigned"):
                clauses.append(Ticket.assignee_id.is_(None))
            elif low == "me":
                clauses.append(Ticket.assignee_id == (context.agent_id or -1))
            else:
                clauses.append(Ticket.assignee_id.in_(select(Agent.id).where(or_(
                    func.lower(Agent.name).contains(low), func.lower(Agent.email) == low))))
        elif key == "priority":
            clauses.append(Ticket.priority == low)
        elif key == "category":
            clauses.append(Ticket.category == low)
        elif key == "before":
            clauses.append(Ticket.created_at < _day(value, key))
        elif key == "after":
            clauses.append(Ticket.created_at >= _day(value, key))
    return clauses


def passing_filters(session: Session, ticket_ids: list[int], filters: tuple[tuple[str, str], ...],
                    context: Context | None = None) -> set[int]:
    """Which of these tickets pass a query's filters (``from:`` ``category:``...), as the search box applies them."""
    if not filters or not ticket_ids:
        return set(ticket_ids)
    return set(session.scalars(select(Ticket.id).where(Ticket.id.in_(ticket_ids),
                                                       *_query_filters(filters, context or Context()))))


def _due_column():  # type: ignore[no-untyped-def]
    return case((Ticket.first_response_at.is_(None), Ticket.first_response_due), else_=Ticket.resolution_due)


def rows_query(view: str, context: Context | None = None) -> Select:  # type: ignore[type-arg]
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
            Ticket.incident_id,
            Ticket.snoozed_until,
        )
        .outerjoin(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Account, Account.id == Ticket.account_id)
        .outerjoin(Agent, Agent.id == Ticket.assignee_id)
        .where(and_(*_filter(view, context or Context())))
        .order_by(*_order(view, active, due))
    )


#: Views of finished or mixed tickets: newest first (what Help Scout and FreeScout show there).
NEWEST_FIRST = ("resolved", "spam", "all")


def _order(view: str, active: Any, due: Any) -> list[Any]:
    """What is due first for views of open work (the tickets' due-date index serves it), newest first
    for finished ones, and open work before finished in the mixed ones."""
    newest = [Ticket.created_at.desc(), Ticket.id.desc()]
    if view in NEWEST_FIRST or view.startswith("saved:"):
        return newest
    if view == "promises":
        return [case((active, 0), else_=1), case((active, due)), *newest]
    return [due, *newest]


VIEWS = ("open", "mine", "unassigned", "due_soon", "overdue", "waiting", "promises", "crisis", "snoozed",
         "resolved", "spam", "all")


#: The columns a queue can be sorted by (a click on the window's header), each with what it sorts on.
SORTABLE = ("customer", "subject", "inbox", "status", "priority", "assignee", "category", "age", "due")


def _sort_key(column: str, query: Select) -> Any:  # type: ignore[type-arg]
    """The expression ``column`` sorts on, taken from the rows query's own columns (customer's name or
    address, the due date as the queue computes it)."""
    if column == "priority":
        return case({"low": 0, "normal": 1, "high": 2, "urgent": 3}, value=Ticket.priority, else_=1)
    selected = {"customer": 1, "subject": 2, "inbox": 4, "status": 5, "assignee": 7, "category": 8, "age": 9,
                "due": 10}
    return list(query.selected_columns)[selected[column]]


def list_rows(session: Session, view: str = "open", *, limit: int = 100, offset: int = 0,
              search: str | None = None, context: Context | None = None, prefix: bool = True,
              sort: str | None = None, descending: bool = False) -> list[QueueRow]:
    """A page of the view's rows; with ``search`` (words, "phrases" and filters), only matching tickets, best
    match first. ``prefix``: the last word may be unfinished (search-as-you-type); off for crisis linking.
    ``sort``: one of :data:`SORTABLE` instead of the view's own order (``age`` ascending is youngest first)."""
    if sort is not None and sort not in SORTABLE:
        raise InvalidInput(f"The queue cannot be sorted by {sort!r}.")
    context = context or Context()
    if view.startswith("saved:"):
        saved = session.get(SavedSearch, int(view.split(":", 1)[1]))
        if saved is None:
            raise InvalidInput("That saved search no longer exists.", code="saved_search_gone")
        view, search = "all", f"{saved.query} {search or ''}".strip()
    query = rows_query(view, context)
    parsed = parse_query(search or "")
    query = query.where(*_query_filters(parsed.filters, context))
    if parsed.text:
        ranked = search_ticket_ids(session, parsed.text, limit=max(offset + limit, 200) * 2, prefix=prefix)
        if not ranked:
            return []
        position = case({ticket_id: rank for rank, ticket_id in enumerate(ranked)}, value=Ticket.id)
        query = query.where(Ticket.id.in_(ranked)).order_by(None).order_by(position)
    if sort is not None:
        key = _sort_key(sort, query)
        falling = not descending if sort == "age" else descending  # age grows as created_at falls
        query = query.order_by(None).order_by(key.is_(None), key.desc() if falling else key.asc(),
                                              Ticket.id.desc())
    return _queue_rows(session, query.limit(limit).offset(offset), context)


def _queue_rows(session: Session, query: Select, context: Context) -> list[QueueRow]:  # type: ignore[type-arg]
    rows = [list(row) for row in session.execute(query)]
    tags: dict[int, list[str]] = {}
    if rows:
        for ticket_id, name in session.execute(
                select(ticket_tags.c.ticket_id, Tag.name).join(Tag, Tag.id == ticket_tags.c.tag_id)
                .where(ticket_tags.c.ticket_id.in_([r[0] for r in rows])).order_by(Tag.name)):
            tags.setdefault(ticket_id, []).append(name)
    flagged, gone = _on_the_server(session, [r[0] for r in rows])
    unseen = unseen_among(session, context.agent_id, [r[0] for r in rows])
    return [QueueRow(*row[:12], tags=tuple(tags.get(row[0], ())), incident_id=row[12], flagged=row[0] in flagged,
                     on_server=row[0] not in gone, unseen=row[0] in unseen, snoozed_until=row[13]) for row in rows]


def _on_the_server(session: Session, ticket_ids: list[int]) -> tuple[set[int], set[int]]:
    """Of these tickets: those with a message flagged on the server, and those whose every synced message
    was deleted there (expunged: the store keeps them)."""
    flagged: set[int] = set()
    live: set[int] = set()
    synced: set[int] = set()
    if ticket_ids:
        for ticket_id, flags, expunged in session.execute(
                select(Message.ticket_id, Message.flags, Message.expunged_at.is_not(None))
                .where(Message.ticket_id.in_(ticket_ids), Message.folder_id.is_not(None))):
            synced.add(ticket_id)
            if not expunged:
                live.add(ticket_id)
                if "\\Flagged" in (flags or ()):
                    flagged.add(ticket_id)
    return flagged, synced - live


def save_search(store: Store, name: str, query: str) -> ChangeSet:
    """Keep a search as a view of the sidebar (the same name again replaces its query)."""
    with store.session() as session:
        _save_search(session, name, query)
    return ChangeSet.of(views=("saved",))


def _save_search(session: Session, name: str, query: str) -> SavedSearch:
    if not name.strip() or not query.strip():
        raise InvalidInput("A saved search needs a name and a query.", code="saved_search_incomplete")
    parse_query(query)  # a bad filter is refused now, not each time the view opens
    existing = session.scalar(select(SavedSearch).where(SavedSearch.name == name.strip()))
    if existing is not None:
        existing.query = query.strip()
        return existing
    saved = SavedSearch(name=name.strip(), query=query.strip())
    session.add(saved)
    session.flush()
    return saved


def resolve_view(session: Session, name: str) -> str:
    """A view key from what a person types: a fixed view, or an inbox by name."""
    if name in VIEWS or name.split(":")[0] in ("inbox", "saved") and name.split(":")[-1].isdigit():
        return name
    saved = session.scalar(select(SavedSearch.id).where(SavedSearch.name == name.removeprefix("saved:")))
    if saved is not None:
        return f"saved:{saved}"
    account_id = session.scalar(select(Account.id).where(Account.name == name.removeprefix("inbox:")))
    if account_id is None:
        raise InvalidInput(f"There is no view or inbox called {name!r}.",
                           hint=f"Views: {', '.join(VIEWS)}, or an inbox's name.", code="no_view",
                           params={"view": name})
    return f"inbox:{account_id}"


def views(session: Session, context: Context | None = None) -> list[tuple[View, int]]:
    """The sidebar: each view with its live count, then one per inbox and per saved search."""
    context = context or Context()
    keys = ("open", "mine", "unassigned", "due_soon", "overdue", "waiting", "promises", "crisis", "snoozed",
            "resolved", "all", "spam")
    labels = {"open": "Open", "mine": "My queue", "unassigned": "Unassigned", "due_soon": "Due soon",
              "overdue": "Overdue", "waiting": "Waiting on customer", "promises": "Promises to keep",
              "crisis": "Crisis", "snoozed": "Snoozed", "resolved": "Resolved", "all": "All", "spam": "Spam"}
    counts = session.execute(select(*[func.count().filter(and_(*_filter(key, context))) for key in keys])).one()
    result = [(View(key, labels[key]), count) for key, count in zip(keys, counts, strict=True)]
    per_inbox = session.execute(
        select(Account.id, Account.name,
               func.count(Ticket.id).filter(Ticket.status.in_(ACTIVE), Ticket.merged_into_id.is_(None)))
        .outerjoin(Ticket, Ticket.account_id == Account.id)
        .group_by(Account.id, Account.name)
        .order_by(Account.name)
    )
    result.extend((View(f"inbox:{account_id}", name), count) for account_id, name, count in per_inbox)
    for saved in session.scalars(select(SavedSearch).order_by(SavedSearch.name)):
        result.append((View(f"saved:{saved.id}", saved.name), -1))  # counted on demand: a search can be slow
    return result


# --- the services: each opens its own session ------------------------------------------------


def page(store: Store, view: str = "open", *, agent: str | None = None, limit: int = 100, offset: int = 0,
         search: str | None = None, sort: str | None = None, descending: bool = False) -> list[QueueRow]:
    """One page of a view as ``agent`` sees it ("My queue" and ``assignee:me`` are theirs): the window's table,
    in the view's own order or sorted by a column (``sort``, see :data:`SORTABLE`)."""
    with store.read() as session:
        context = Context(agent_id=agent_id(session, agent))
        return list_rows(session, view, limit=limit, offset=offset, search=search, context=context, sort=sort,
                         descending=descending)


def rows_of(store: Store, view: str, ticket_ids: Iterable[int], *, agent: str | None = None) -> dict[int, QueueRow]:
    """These tickets' rows as ``view`` shows them now; a ticket no longer in the view is not in the answer
    (a change-set's rows, read again without reading the whole view)."""
    wanted = sorted(set(ticket_ids))
    if not wanted:
        return {}
    with store.read() as session:
        context = Context(agent_id=agent_id(session, agent))
        return {row.id: row for row in _queue_rows(session, rows_query(view, context).where(Ticket.id.in_(wanted)),
                                                   context)}


def find(store: Store, view: str, *, agent: str | None = None, limit: int = 100,
         search: str | None = None) -> list[QueueRow]:
    """A view named as a person types it (a fixed view, an inbox or a saved search by name), for the
    command line: "mine" and ``assignee:me`` name the acting agent (made on first use, as every command)."""
    context = Context()
    if view == "mine" or "assignee:me" in (search or ""):
        with store.session() as session:
            context = Context(agent_id=acting_agent(session, agent).id)
    with store.read() as session:
        return list_rows(session, resolve_view(session, view), limit=limit, search=search, context=context)
