"""What deserves a desktop notification for one agent, since a mark: plain data for the window to say.

- ``new_message``: a customer wrote on a ticket assigned to the agent;
- ``reopened``: a customer wrote on a closed, resolved or spam ticket (the agent's, or no one's);
- ``reply_returned`` / ``reply_approved``: a supervisor decided on one of the agent's replies;
- ``promise_due``: actions on the agent's tickets due today and still promised (once a day).

The mark is the newest message and event ids already looked at: nothing from before the window opened is
news, and a notice is never given twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, or_, select

from workstation.agents import agent_id
from workstation.store.db import Store
from workstation.store.models import (
    Action,
    ActionStatus,
    Customer,
    Direction,
    Event,
    Message,
    Reply,
    Ticket,
)

KINDS = ("new_message", "reopened", "reply_returned", "reply_approved", "promise_due")
#: At most this many notices of one kind per look; more become one notice that says how many.
BURST = 3


@dataclass(frozen=True)
class Mark:
    message_id: int = 0
    event_id: int = 0


@dataclass(frozen=True)
class Notice:
    kind: str
    ticket_id: int | None
    #: Facts the sentence names: customer, subject, who (a supervisor), reason, count.
    params: dict[str, str] = field(default_factory=dict)


def mark(store: Store) -> Mark:
    """Where news starts: everything stored so far counts as seen."""
    with store.read() as session:
        return Mark(session.scalar(select(func.max(Message.id))) or 0, session.scalar(select(func.max(Event.id))) or 0)


def since(store: Store, agent: str | None, seen: Mark) -> tuple[list[Notice], Mark]:
    """Notices for ``agent`` about what arrived after ``seen``, and the new mark."""
    notices: list[Notice] = []
    with store.read() as session:
        me = agent_id(session, agent)
        newest_message = session.scalar(select(func.max(Message.id))) or seen.message_id
        newest_event = session.scalar(select(func.max(Event.id))) or seen.event_id
        reopened = {ticket_id: data for ticket_id, data in session.execute(
            select(Event.ticket_id, Event.data).where(Event.id > seen.event_id, Event.id <= newest_event,
                                                      Event.kind == "ticket_reopened"))}
        if me is not None:
            rows = session.execute(
                select(Message.ticket_id, func.coalesce(Customer.name, Message.from_addr, ""), Ticket.subject)
                .join(Ticket, Ticket.id == Message.ticket_id)
                .outerjoin(Customer, Customer.id == Ticket.customer_id)
                .where(Message.id > seen.message_id, Message.id <= newest_message,
                       Message.direction == Direction.INBOUND, Ticket.assignee_id == me)
                .order_by(Message.id))
            for ticket_id, customer, subject in _once_per_ticket(rows):
                if ticket_id not in reopened:  # said as a reopening instead
                    notices.append(Notice("new_message", ticket_id, {"customer": customer, "subject": subject}))
        if reopened:
            for ticket_id, customer, subject in session.execute(
                    select(Ticket.id, func.coalesce(Customer.name, ""), Ticket.subject)
                    .outerjoin(Customer, Customer.id == Ticket.customer_id)
                    .where(Ticket.id.in_(reopened), or_(Ticket.assignee_id.is_(None), Ticket.assignee_id == me))
                    .order_by(Ticket.id)):
                notices.append(Notice("reopened", ticket_id, {"customer": customer, "subject": subject}))
        if me is not None:
            decided = session.execute(
                select(Event.kind, Event.ticket_id, Event.actor, Event.data, Ticket.subject)
                .join(Ticket, Ticket.id == Event.ticket_id)
                .where(Event.id > seen.event_id, Event.id <= newest_event,
                       Event.kind.in_(("reply_returned", "reply_approved")))
                .order_by(Event.id))
            for kind, ticket_id, actor, data, subject in decided:
                if not _same_reply(data, session, me):
                    continue
                notices.append(Notice(kind, ticket_id, {"who": actor or "", "subject": subject,
                                                        "reason": str((data or {}).get("reason", ""))}))
    return _bursts(_unique(notices)), Mark(newest_message, newest_event)


def promises_due(store: Store, agent: str | None, day: date) -> list[Notice]:
    """The agent's promises due on ``day`` (in the computer's time zone) and not yet kept: one notice."""
    start = datetime.combine(day, time.min).astimezone().astimezone(UTC)
    end = start + timedelta(days=1)
    with store.read() as session:
        me = agent_id(session, agent)
        if me is None:
            return []
        due = list(session.execute(
            select(Action.ticket_id, Ticket.subject)
            .join(Ticket, Ticket.id == Action.ticket_id)
            .where(Action.status == ActionStatus.PROMISED, Action.due_at >= start, Action.due_at < end,
                   or_(Ticket.assignee_id == me, Action.created_by_id == me))
            .order_by(Action.due_at)))
    if not due:
        return []
    return [Notice("promise_due", due[0][0] if len(due) == 1 else None,
                   {"count": str(len(due)), "subject": due[0][1]})]


def _once_per_ticket(rows: object) -> list[tuple[int, str, str]]:
    seen: dict[int, tuple[int, str, str]] = {}
    for ticket_id, customer, subject in rows:  # type: ignore[attr-defined]
        seen.setdefault(ticket_id, (ticket_id, customer, subject))
    return list(seen.values())


def _same_reply(data: dict[str, object] | None, session: object, me: int) -> bool:
    """The event's reply is the agent's (a ticket may hold replies of several agents)."""
    reply_id = (data or {}).get("reply_id")
    if reply_id is None:
        return False
    reply = session.get(Reply, reply_id)  # type: ignore[attr-defined]
    return reply is not None and reply.author_id == me


def _unique(notices: list[Notice]) -> list[Notice]:
    result: list[Notice] = []
    keys: set[tuple[str, int | None]] = set()
    for notice in notices:
        if (notice.kind, notice.ticket_id) not in keys:
            keys.add((notice.kind, notice.ticket_id))
            result.append(notice)
    return result


def _bursts(notices: list[Notice]) -> list[Notice]:
    """Many of one kind at once (a first sync, a morning's mail) become one notice with their count."""
    result: list[Notice] = []
    for kind in KINDS:
        same = [n for n in notices if n.kind == kind]
        if len(same) > BURST:
            result.append(Notice(kind, None, {"count": str(len(same))}))
        else:
            result.extend(same)
    return result
