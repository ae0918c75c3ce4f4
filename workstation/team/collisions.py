"""The send-time check: what happened on a ticket since its composer opened.

When the composer opens it takes a mark (the ticket's newest message and reply); when Send is pressed it
asks what came after: a new customer message, another agent's reply. The composer shows them and asks
before sending; nothing is locked, and nothing is sent without the person knowing. Works on any store
(two windows on one desk meet the same way), and matters most with a team.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from workstation.store.db import Store


@dataclass(frozen=True)
class Mark:
    ticket_id: int
    message_id: int  # the newest message's id when the composer opened (0: none)
    reply_id: int  # the newest reply's id (0: none)


@dataclass(frozen=True)
class Meanwhile:
    kind: str  # "message": the customer (or someone) wrote; "reply": another agent replied
    who: str
    at: datetime | None
    text: str  # the first line or so


def mark(store: Store, ticket_id: int) -> Mark:
    from workstation.store.models import Message, Reply

    with store.read() as session:
        message = session.scalar(select(func.max(Message.id)).where(Message.ticket_id == ticket_id)) or 0
        reply = session.scalar(select(func.max(Reply.id)).where(Reply.ticket_id == ticket_id)) or 0
    return Mark(ticket_id, message, reply)


def since(store: Store, seen: Mark, *, agent: str | None = None, draft_id: int | None = None) -> list[Meanwhile]:
    """What happened on the ticket after ``seen``: messages that arrived, and replies other than this
    composer's own draft that left the draft state, oldest first."""
    from workstation.store.models import Agent, Direction, Message, Reply, ReplyState

    found: list[Meanwhile] = []
    with store.read() as session:
        for sender, name, when, subject, snippet, direction in session.execute(
                select(Message.from_addr, Message.from_name, Message.date, Message.subject, Message.snippet,
                       Message.direction)
                .where(Message.ticket_id == seen.ticket_id, Message.id > seen.message_id).order_by(Message.id)):
            if direction is Direction.INBOUND:
                found.append(Meanwhile("message", name or sender or "?", when, " ".join((snippet or subject or "")
                                                                                       .split())[:200]))
        rows = session.execute(
            select(Reply.id, Agent.name, Reply.created_at, Reply.body_text).outerjoin(Agent, Agent.id == Reply.author_id)
            .where(Reply.ticket_id == seen.ticket_id, Reply.id > seen.reply_id, Reply.state != ReplyState.DRAFT)
            .order_by(Reply.id))
        for reply_id, author, when, body in rows:
            if reply_id != draft_id:
                found.append(Meanwhile("reply", author or "?", when, " ".join((body or "").split())[:200]))
    found.sort(key=lambda m: (m.at is None, m.at))
    return found
