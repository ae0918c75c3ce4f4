"""Which tickets hold a customer message an agent has not yet seen (shown bold in their queue, as a mail
client shows unread mail).

Seen is each agent's own: a row of ``ticket_seen`` says how far they have read a ticket, as the id of the
newest message shown to them (message ids only grow, so every message up to it was there). A ticket is
unseen for them when a customer wrote a message after that (an auto-reply or a bounce does not count). A
new customer message stored by the sync makes the ticket unseen again without anyone writing here.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from workstation.agents import agent_id
from workstation.changes import NOTHING, ChangeSet
from workstation.store.db import Store
from workstation.store.models import Direction, Message, TicketSeen


def unseen_among(session: Session, agent: int | None, ticket_ids: Iterable[int]) -> set[int]:
    """Of these tickets, those whose latest customer message ``agent`` (an agent's id) has not seen; none
    when nobody is looking. One query per page of the queue, over the messages' ticket index."""
    wanted = list(ticket_ids)
    if agent is None or not wanted:
        return set()
    latest = dict(session.execute(
        select(Message.ticket_id, func.max(Message.id))
        .where(Message.ticket_id.in_(wanted), Message.direction == Direction.INBOUND, Message.is_auto.is_(False))
        .group_by(Message.ticket_id)).all())
    if not latest:
        return set()
    seen = dict(session.execute(
        select(TicketSeen.ticket_id, TicketSeen.message_id)
        .where(TicketSeen.agent_id == agent, TicketSeen.ticket_id.in_(list(latest)))).all())
    return {ticket for ticket, newest in latest.items() if newest > seen.get(ticket, 0)}


def mark_seen(store: Store, ticket_id: int, up_to: int, *, agent: str | None) -> ChangeSet:
    """``agent`` has been shown ``ticket_id`` with its messages up to the id ``up_to``. Seen never goes back
    (a conversation read again before a newer one arrives); nothing is written for nobody, or when nothing
    changes."""
    with store.session() as session:
        who = agent_id(session, agent)
        if who is None:
            return NOTHING
        row = session.get(TicketSeen, (who, ticket_id))
        if row is None:
            session.add(TicketSeen(agent_id=who, ticket_id=ticket_id, message_id=up_to))
        elif row.message_id < up_to:
            row.message_id = up_to
        else:
            return NOTHING
    return ChangeSet.of(tickets=(ticket_id,))


def mark_unseen(store: Store, ticket_ids: Iterable[int], *, agent: str | None) -> ChangeSet:
    """"Mark as unread": these tickets' customer messages are unseen again for ``agent`` (bold until they
    open the ticket again)."""
    ids = sorted(set(ticket_ids))
    with store.session() as session:
        who = agent_id(session, agent)
        if who is None or not ids:
            return NOTHING
        session.execute(delete(TicketSeen).where(TicketSeen.agent_id == who, TicketSeen.ticket_id.in_(ids)))
    return ChangeSet.of(tickets=ids)
