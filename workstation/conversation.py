"""One ticket's story: its messages in order, with what was promised."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.errors import NotFound, StoreError
from workstation.store.db import Store
from workstation.store.models import (
    Action,
    Attachment,
    Blob,
    Customer,
    Direction,
    Event,
    FollowUp,
    Message,
    Note,
    Reply,
    ReplyState,
    Satisfaction,
    Ticket,
)


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str  # as sent (shown)
    safe_filename: str  # what a save dialog proposes
    size: int
    mime_type: str


@dataclass(frozen=True)
class Entry:
    sender: str
    date: datetime | None
    outbound: bool
    subject: str
    body: str
    defects: list[str]
    #: For a reply still in the outbox: its state (queued, awaiting_approval, delivery_uncertain...).
    outbox_state: str | None = None
    message_id: int | None = None  # the stored message's id
    from_addr: str | None = None
    html: str | None = None  # sanitized when stored; remote images are loaded only when allowed
    attachments: tuple[AttachmentInfo, ...] = ()


@dataclass(frozen=True)
class PromisedAction:
    id: int
    kind: str
    status: str
    due_at: datetime | None
    amount: str | None
    reference: str | None
    #: The amount and its currency as values, for a window that writes them in its own language.
    value: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True)
class TimelineEvent:
    at: datetime
    actor: str
    kind: str
    data: dict[str, Any]


@dataclass(frozen=True)
class OpenFollowUp:
    kind: str
    due_at: datetime
    action_kind: str | None


@dataclass(frozen=True)
class Conversation:
    ticket_id: int
    subject: str
    customer: str
    status: str
    is_sample: bool
    entries: list[Entry]
    actions: list[PromisedAction]
    #: The customer's scores (1-5) with their comments, newest last.
    scores: list[tuple[int, str | None]] = field(default_factory=list)
    #: Who did what, oldest first: replies queued and sent, approvals, actions done, scores...
    timeline: list[TimelineEvent] = field(default_factory=list)
    followups: list[OpenFollowUp] = field(default_factory=list)
    notes: list[tuple[datetime, str, str]] = field(default_factory=list)  # (when, who, text)
    #: The same customer's other tickets: (id, subject, status, opened).
    other_tickets: list[tuple[int, str, str, datetime]] = field(default_factory=list)
    #: The ticket's customer (their record: ``workstation.customers``), None when the sender was unreadable.
    customer_id: int | None = None


def load(store: Store, ticket_id: int) -> Conversation:
    """The whole conversation of a ticket, read in a session of its own."""
    with store.read() as session:
        return _load(session, ticket_id)


def _load(session: Session, ticket_id: int) -> Conversation:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound(f"There is no ticket #{ticket_id}.", code="no_ticket", params={"ticket": str(ticket_id)})
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    messages = session.scalars(
        select(Message).where(Message.ticket_id == ticket_id).order_by(Message.date, Message.id)
    )
    messages = list(messages)
    attachments: dict[int, list[AttachmentInfo]] = {}
    if messages:
        for a in session.scalars(select(Attachment).where(Attachment.message_id.in_([m.id for m in messages]),
                                                         Attachment.inline.is_(False)).order_by(Attachment.id)):
            attachments.setdefault(a.message_id, []).append(
                AttachmentInfo(a.id, a.filename or a.safe_filename, a.safe_filename, a.size, a.mime_type))
    entries = [
        Entry(
            sender=(m.from_name or m.from_addr or "?") if m.direction is Direction.INBOUND else (m.from_addr or ""),
            date=m.date,
            outbound=m.direction is Direction.OUTBOUND,
            subject=m.subject or "",
            body=m.body_text or "",
            defects=list(m.defects or []),
            message_id=m.id,
            from_addr=m.from_addr,
            html=m.body_html,
            attachments=tuple(attachments.get(m.id, ())),
        )
        for m in messages
    ]
    filed = {m for m in session.scalars(select(Message.message_id).where(Message.ticket_id == ticket_id,
                                                                         Message.message_id.is_not(None)))}
    for reply in session.scalars(select(Reply).where(Reply.ticket_id == ticket_id, Reply.state != ReplyState.DRAFT)
                                 .order_by(Reply.id)):
        if reply.message_id in filed:
            continue  # its copy in Sent is already in the thread
        entries.append(Entry(sender=", ".join(reply.to_addrs), date=reply.sent_at or reply.queued_at, outbound=True,
                             subject=reply.subject, body=reply.body_text, defects=[],
                             outbox_state=reply.state.value))
    actions = [
        PromisedAction(a.id, a.kind, a.status.value, a.due_at, f"{a.amount} {a.currency}" if a.amount is not None else None,
                       a.reference, a.amount, a.currency)
        for a in session.scalars(select(Action).where(Action.ticket_id == ticket_id).order_by(Action.created_at))
    ]
    scores = [(s.score, s.comment) for s in session.scalars(
        select(Satisfaction).where(Satisfaction.ticket_id == ticket_id).order_by(Satisfaction.received_at))]
    timeline = [TimelineEvent(e.created_at, e.actor or "", e.kind, dict(e.data or {})) for e in session.scalars(
        select(Event).where(Event.ticket_id == ticket_id).order_by(Event.created_at, Event.id).limit(500))]
    followups = [OpenFollowUp(f.kind.value, f.due_at, kind) for f, kind in session.execute(
        select(FollowUp, Action.kind).outerjoin(Action, Action.id == FollowUp.action_id)
        .where(FollowUp.ticket_id == ticket_id, FollowUp.done_at.is_(None)).order_by(FollowUp.due_at))]
    notes = [(n.created_at, n.author_name or "", n.body) for n in session.scalars(
        select(Note).where(Note.ticket_id == ticket_id).order_by(Note.created_at))]
    others = [(t.id, t.subject, t.status.value, t.created_at) for t in session.scalars(
        select(Ticket).where(Ticket.customer_id == ticket.customer_id, Ticket.id != ticket_id,
                             Ticket.merged_into_id.is_(None)).order_by(Ticket.created_at.desc()).limit(10))
        ] if ticket.customer_id else []
    return Conversation(ticket.id, ticket.subject, customer.name if customer and customer.name else "",
                        ticket.status.value, ticket.is_sample, entries, actions, scores, timeline, followups,
                        notes, others, ticket.customer_id)


def save_attachment(store: Store, attachment_id: int, target: Path) -> int:
    """Write an attachment's content to ``target`` (a path the user chose); returns the bytes written.

    Written to a temporary file beside it and renamed, so a full disk never
    leaves half a file under the chosen name.
    """
    with store.read() as session:
        data = _attachment_data(session, attachment_id)
    return _write(data, target)


def _attachment_data(session: Session, attachment_id: int) -> bytes:
    attachment = session.get(Attachment, attachment_id)
    blob = session.get(Blob, attachment.blob_sha256) if attachment is not None else None
    if attachment is None or blob is None:
        raise NotFound(f"The attachment #{attachment_id} is not in the store.", code="attachment_not_stored",
                       params={"attachment": str(attachment_id)})
    return blob.data


def save_original(store: Store, message_id: int, target: Path) -> int:
    """Write a message exactly as the server gave it (an .eml) to ``target``: what an unreadable message
    holds can still be opened in another program; returns the bytes written."""
    with store.read() as session:
        data = _original_data(session, message_id)
    return _write(data, target)


def _original_data(session: Session, message_id: int) -> bytes:
    message = session.get(Message, message_id)
    blob = session.get(Blob, message.raw_sha256) if message is not None and message.raw_sha256 else None
    if message is None or blob is None:
        raise NotFound(f"The original of message #{message_id} is not in the store.", code="original_not_stored",
                       params={"message": str(message_id)})
    return blob.data


def _write(data: bytes, target: Path) -> int:
    partial = target.with_name(f".{target.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Cannot save {target.name} in {target.parent}: {exc.strerror}.", code="cannot_save_file",
                         params={"name": target.name, "folder": str(target.parent),
                                 "reason": str(exc.strerror)}) from exc
    return len(data)


@dataclass(frozen=True)
class MessageLine:
    """One message of a ticket, as a list shows it."""

    id: int
    date: datetime | None
    from_addr: str | None
    direction: str
    subject: str | None
    defects: list[str]


def messages(store: Store, ticket_id: int) -> list[MessageLine]:
    """A ticket's messages, oldest first."""
    with store.read() as session:
        return [MessageLine(m.id, m.date, m.from_addr, m.direction.value, m.subject, m.defects)
                for m in session.scalars(select(Message).where(Message.ticket_id == ticket_id)
                                         .order_by(Message.date, Message.id))]
