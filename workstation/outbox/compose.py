"""Writing a reply into the outbox: through the gate, before any network traffic.

A reply becomes a row in ``replies`` with its Message-ID fixed for good,
its threading headers, and the actions it commits to (each with a
follow-up on its due date), all in one durable transaction. Sending is
:mod:`workstation.outbox.sender`'s job, later and separately.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import errors as email_errors
from email import policy
from email.message import EmailMessage
from email.utils import formataddr, format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workstation.agents import acting_agent
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput, NotFound, Refused
from workstation.resolution.actions import ActionSpec, catalogue
from workstation.resolution.gate import GateResult, check_reply, learn_phrase
from workstation.store.db import Store
from workstation.store.models import (
    Account,
    Action,
    ActionStatus,
    Agent,
    Blob,
    Customer,
    CustomerAddress,
    Direction,
    Event,
    FollowUp,
    FollowUpKind,
    Message,
    Reply,
    ReplyState,
    Role,
    Ticket,
    TicketStatus,
)
from workstation.sync.parse import CONTROLS

MAX_ATTACHMENT = 25 * 1024 * 1024
MAX_REFERENCES = 20
#: CRLF line ends and 7-bit transfer encodings: every SMTP server takes it, with or without 8BITMIME.
WIRE_POLICY = policy.SMTP.clone(cte_type="7bit")
#: For a reply to an internationalised address (RFC 6532): its headers in UTF-8, sent with SMTPUTF8.
WIRE_POLICY_UTF8 = WIRE_POLICY.clone(utf8=True)
#: One mailbox Mostrador sends to: local part, one @, a domain; no blanks, controls or RFC 5322 specials.
_SENDABLE = re.compile(r"[^\s<>()\[\],;:\\\"@]+@[^\s<>()\[\],;:\\\"@]+")
#: What writing a message may raise for what it holds (rather than for a bug).
BUILD_ERRORS = (ValueError, TypeError, LookupError, UnicodeError, email_errors.MessageError)


def header_text(value: str | None) -> str:
    """A header value fit for the wire: control characters (CR, LF, NUL...) become spaces."""
    return " ".join(CONTROLS.sub(" ", value or "").split())


def unsendable(address: str) -> str | None:
    """Why a reply cannot be sent to ``address`` (one sentence), or None when it can."""
    why = _unsendable(address)
    return None if why is None else why["text"]


def _unsendable(address: str) -> dict[str, Any] | None:
    """Why a reply cannot be sent to ``address`` as a fact of another error (its sentence, code and facts)."""
    if CONTROLS.search(address):
        return {"text": f"the address {address!r} holds a control character (a line break, say)",
                "code": "address_control_character", "params": {"address": repr(address)[1:-1]}}
    if len(address) > 254 or _SENDABLE.fullmatch(address) is None:
        return {"text": f"{address!r} is not one email address", "code": "address_not_one",
                "params": {"address": address}}
    return None


class ReplyRefused(Refused):
    """The gate refused the reply: nothing was queued."""

    def __init__(self, result: GateResult) -> None:
        super().__init__("The reply was not queued: " + " ".join(result.reasons), result.as_dict())
        self.result = result


@dataclass(frozen=True)
class QueuedReply:
    id: int
    state: ReplyState
    message_id: str
    result: GateResult
    ticket_id: int | None = None

    @property
    def changes(self) -> ChangeSet:
        """The ticket's row (a reply moves it to waiting and answers its first response) and the outbox."""
        return ChangeSet.of(tickets=() if self.ticket_id is None else (self.ticket_id,), replies=(self.id,),
                            views=("outbox",))


@dataclass(frozen=True)
class Recipient:
    """Someone a reply to the ticket can go to: its customer, or another person who wrote in it."""

    address: str
    name: str | None
    is_ticket_customer: bool

    def label(self) -> str:
        return f"{self.name} <{self.address}>" if self.name else self.address


@dataclass(frozen=True)
class ReplyContext:
    """What a reply to this ticket starts from: who it goes to, threading, signature."""

    ticket_id: int
    to: str | None
    subject: str
    in_reply_to: str | None
    references: list[str]
    signature: str | None
    quoted: str
    language: str
    #: Everyone who wrote in the ticket, its customer first; more than one (after a merge, or a colleague
    #: writing in the thread) and the composer asks which of them to answer.
    candidates: tuple[Recipient, ...] = ()


def read_reply_context(store: Store, ticket_id: int, *, answer: str | None = None) -> ReplyContext:
    """:func:`reply_context` in a session of its own: whom a reply to this ticket goes to, and with what."""
    with store.read() as session:
        return reply_context(session, ticket_id, answer=answer)


def reply_context(session: Session, ticket_id: int, *, answer: str | None = None) -> ReplyContext:
    """The reply's recipient is the ticket's customer (or ``answer``, one of ``candidates``), never merely
    whoever wrote last: after a merge or with a third person in the thread, the last writer is someone else."""
    ticket = session.get(Ticket, ticket_id)
    if ticket is None:
        raise NotFound(f"There is no ticket #{ticket_id}.", code="no_ticket", params={"ticket": str(ticket_id)})
    last = session.scalars(select(Message).where(Message.ticket_id == ticket_id, Message.message_id.is_not(None))
                           .order_by(Message.date.desc(), Message.id.desc()).limit(1)).first()
    inbound = list(session.scalars(
        select(Message).where(Message.ticket_id == ticket_id, Message.direction == Direction.INBOUND,
                              Message.is_auto.is_(False), Message.from_addr.is_not(None))
        .order_by(Message.date.desc(), Message.id.desc()).limit(500)))
    own = [a.lower() for a in session.scalars(select(CustomerAddress.address).where(
        CustomerAddress.customer_id == ticket.customer_id).order_by(CustomerAddress.id))] \
        if ticket.customer_id is not None else []
    candidates: dict[str, Recipient] = {}
    for message in inbound:  # the customer's addresses first, each as they last wrote from it
        if message.from_addr in own and message.from_addr not in candidates:
            candidates[message.from_addr] = Recipient(message.from_addr, message.from_name, True)
    if own and not candidates:
        customer = session.get(Customer, ticket.customer_id)
        candidates[own[0]] = Recipient(own[0], customer.name if customer else None, True)
    for message in inbound:
        if message.from_addr not in candidates:
            candidates[message.from_addr] = Recipient(message.from_addr, message.from_name, False)
    to = answer.lower() if answer else next(iter(candidates), None)
    last_inbound = next((m for m in inbound if m.from_addr == to), inbound[0] if inbound else None)
    references = (last.references or "").split() + [last.message_id] if last is not None and last.message_id else []
    subject = (last_inbound.subject if last_inbound is not None and last_inbound.subject else ticket.subject) or ""
    if not subject.lower().startswith(("re:", "aw:", "sv:")):
        subject = f"Re: {subject}".strip()
    account = session.get(Account, ticket.account_id) if ticket.account_id else None
    quoted = ""
    if last_inbound is not None and last_inbound.body_text:
        when = f"{last_inbound.date.astimezone():%Y-%m-%d %H:%M}" if last_inbound.date else ""
        who = last_inbound.from_name or last_inbound.from_addr or ""
        lines = "\n".join(f"> {line}" if line else ">" for line in last_inbound.body_text.strip().splitlines())
        quoted = f"{when}, {who}:\n{lines}".strip(", ")
    return ReplyContext(ticket_id, to, subject, last.message_id if last is not None else None,
                        references[-MAX_REFERENCES:], account.signature if account is not None else None, quoted,
                        ticket.language or "en", tuple(candidates.values()))


def recipient_list(values: list[str] | None) -> list[str]:
    """Addresses as typed in a To or Cc field (commas or semicolons), checked one by one."""
    found = []
    for value in values or []:
        for part in value.replace(";", ",").split(","):
            address = part.strip()
            if not address:
                continue
            if "<" in address and address.endswith(">"):
                address = address.rpartition("<")[2][:-1].strip()
            local, at, domain = address.partition("@")
            if not (local and at and "." in domain) or any(c.isspace() for c in address):
                raise InvalidInput(f"{part.strip()!r} is not an e-mail address.", code="not_an_address",
                                   params={"address": part.strip()})
            if address.lower() not in (a.lower() for a in found):
                found.append(address)
    return found


def _store_attachment(session: Session, path: Path) -> dict[str, Any]:
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT:
            raise InvalidInput(f"{path.name} is {size // (1024 * 1024)} MB; attachments are limited to "
                               f"{MAX_ATTACHMENT // (1024 * 1024)} MB, which most mail servers accept.",
                               code="attachment_too_big",
                               params={"name": path.name, "size": str(size // (1024 * 1024)),
                                       "limit": str(MAX_ATTACHMENT // (1024 * 1024))})
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read the attachment {path}: {exc.strerror}.", code="attachment_unreadable",
                           params={"path": str(path), "reason": str(exc.strerror)}) from exc
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
    mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return {"filename": path.name, "sha256": digest, "mime_type": mime_type, "size": len(data)}


def _action_row(spec: ActionSpec, ticket_id: int, reply_id: int | None, author: Agent,
                status: ActionStatus) -> Action:
    return Action(ticket_id=ticket_id, reply_id=reply_id, kind=spec.kind, description=spec.description,
                  amount=spec.amount, currency=spec.currency, reference=spec.reference, owner=spec.owner,
                  due_at=spec.due, status=status, created_by_id=author.id, details=spec.extra)


def queue_reply(store: Store, ticket_id: int, body: str, actions: list[ActionSpec], *, author: str | None = None,
                attachments: list[Path] | tuple[Path, ...] = (), purpose: str = "reply",
                draft_id: int | None = None, cc: list[str] | None = None, quote: str = "",
                for_review: bool = False, to: list[str] | None = None) -> QueuedReply:
    """Check the reply with the gate and write it, with its actions and follow-ups, to the outbox.

    Refused replies raise :class:`ReplyRefused` and write nothing. Replies
    above the author's authority wait for a supervisor (``awaiting_approval``).
    ``quote`` (the customer's message, quoted) goes below the text, unjudged.

    ``for_review``: when the gate is wrong, a person decides. A refused reply
    whose structured actions are all complete (``GateResult.review``) waits
    for a supervisor with the gate's verdict beside it, instead of being
    refused; one without a structured action, or with an incomplete one, is
    still refused. An accepted reply is queued as usual.
    ``to`` replaces the ticket's customer as recipient (the composer shows it, editable).
    """
    if not body.strip():
        raise InvalidInput("The reply is empty.", code="reply_empty")
    try:
        return _queue(store, ticket_id, body, actions, author=author, attachments=attachments, purpose=purpose,
                      draft_id=draft_id, cc=cc, quote=quote, for_review=for_review, to=to)
    except ReplyRefused as refused:
        record_refusal(store, ticket_id, author, [r.code for r in refused.result.details], purpose)
        raise


def record_refusal(store: Store, ticket_id: int | None, author: str | None, codes: list[str], source: str) -> None:
    """A reply the gate refused when its author asked to send it, for the supervisor's coaching figures (never
    the text itself). Closing the composer, or keeping a draft, is not a refusal."""
    with store.session() as session:
        session.add(Event(ticket_id=ticket_id, actor=acting_agent(session, author).name, kind="reply_refused",
                          data={"codes": codes, "source": source}))


def _queue(store: Store, ticket_id: int, body: str, actions: list[ActionSpec], *, author: str | None,
           attachments: list[Path] | tuple[Path, ...], purpose: str, draft_id: int | None, cc: list[str] | None,
           quote: str, for_review: bool = False, to: list[str] | None = None) -> QueuedReply:
    with store.session(durable=True) as session:
        agent = acting_agent(session, author)
        context = reply_context(session, ticket_id)
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        account = session.get(Account, ticket.account_id) if ticket.account_id else None
        if account is None:
            raise InvalidInput(f"Ticket #{ticket_id} has no inbox to reply from.",
                               hint="Its inbox was removed; add it again.", code="ticket_without_inbox",
                               params={"ticket": str(ticket_id)})
        if account.is_sample:
            raise InvalidInput("This is a sample ticket: its inbox is not real, so nothing can be sent.",
                               hint="Add a real inbox to answer customers.", code="sample_ticket")
        recipients = recipient_list(to) if to is not None else ([context.to] if context.to else [])
        copies = recipient_list(cc)
        if not recipients:
            raise InvalidInput(f"Ticket #{ticket_id} has no customer address to reply to.",
                               code="ticket_without_address", params={"ticket": str(ticket_id)})
        for address in [*recipients, *copies]:
            why = _unsendable(address)
            if why is not None:
                raise InvalidInput(f"The reply cannot be sent to {address!r}: {why['text']}.",
                                   hint="Correct the address; nothing was queued.", code="reply_unsendable_to",
                                   params={"address": why["params"]["address"], "why": why})
        result = check_reply(body, actions, limits=dict(agent.limits or {}),
                             extra_dirs=(store.location.data_dir,), language=context.language)
        review = for_review and not result.accepted and result.review
        if not result.accepted and not review:
            raise ReplyRefused(result)
        for spec in actions:
            if spec.action_id is not None and session.get(Action, spec.action_id) is None:
                raise NotFound(f"There is no action #{spec.action_id}.", code="no_action",
                               params={"action": str(spec.action_id)})
        # A reply sent for review waits for a supervisor whoever wrote it: the gate refused it.
        needs_approval = review or (result.needs_approval and agent.role is not Role.SUPERVISOR)
        now = datetime.now(UTC)
        domain = account.email.rpartition("@")[2] or "mostrador.invalid"
        reply = Reply(
            ticket_id=ticket_id, account_id=account.id, author_id=agent.id, to_addrs=recipients,
            cc_addrs=copies, subject=header_text(context.subject),
            body_text=f"{body.rstrip()}\n\n{quote.rstrip()}\n" if quote.strip() else body,
            message_id=make_msgid(domain=domain), in_reply_to=context.in_reply_to,
            references=" ".join(context.references) or None,
            state=ReplyState.AWAITING_APPROVAL if needs_approval else ReplyState.QUEUED, purpose=purpose,
            attachments=[_store_attachment(session, Path(p)) for p in attachments],
            gate_result={**(_review_record(result) if review else result.as_record()),
                         "own_body": body} if needs_approval else
            (_review_record(result) if review else result.as_record()), queued_at=now, created_at=now,
        )
        session.add(reply)
        session.flush()
        try:  # whatever can fail in writing it fails now, with the reason, not in the outbox
            build_message(session, reply)
        except BUILD_ERRORS as exc:
            raise InvalidInput(f"The reply cannot be written as an email ({exc}); nothing was queued.",
                               code="reply_unwritable", params={"reason": str(exc)}) from exc
        status = ActionStatus.AWAITING_APPROVAL if needs_approval else ActionStatus.PROMISED
        stored = []
        for spec in actions:
            if spec.action_id is not None:
                continue
            action = _action_row(spec, ticket_id, reply.id, agent, status)
            if result.needs_approval and not needs_approval and not review:
                action.approved_by_id = agent.id  # a supervisor within their own authority
            session.add(action)
            stored.append(action)
        session.flush()
        for action in stored:
            if action.due_at is not None:
                session.add(FollowUp(ticket_id=ticket_id, action_id=action.id, kind=FollowUpKind.CHECK_ACTION,
                                     assignee_id=agent.id, due_at=action.due_at))
        if draft_id is not None:
            _discard_draft(session, draft_id)
        if ticket.assignee_id is None:
            ticket.assignee_id = agent.id
        if ticket.status in (TicketStatus.NEW, TicketStatus.OPEN) and not needs_approval:
            ticket.status = TicketStatus.WAITING
        kind = "reply_sent_for_review" if review else \
            "reply_awaiting_approval" if needs_approval else "reply_queued"
        data = {"reply_id": reply.id, "purpose": purpose, "actions": [s.as_dict() for s in actions],
                "approval": [r.text for r in result.approval]}
        if review:
            data["codes"] = [r.code for r in result.details]
        session.add(Event(ticket_id=ticket_id, actor=agent.name, kind=kind, data=data))
        return QueuedReply(reply.id, reply.state, reply.message_id or "", result, ticket_id)


def _review_record(result: GateResult) -> dict[str, Any]:
    """The verdict of a reply sent for review: what the gate missed, with the facts each reason names (so the
    outbox can say it in the supervisor's language)."""
    return {**result.as_record(), "review": True,
            "details": [{"code": r.code, "text": r.text, "params": dict(r.params)} for r in result.details]}


def _awaiting(session: Session, reply_id: int, supervisor: str | None) -> tuple[Agent, Reply]:
    """The supervisor deciding, and the reply waiting for their decision."""
    agent = acting_agent(session, supervisor)
    if agent.role is not Role.SUPERVISOR:
        raise InvalidInput(f"{agent.name} is not a supervisor; only supervisors approve or return replies.",
                           code="not_supervisor", params={"agent": agent.name})
    reply = session.get(Reply, reply_id)
    if reply is None or reply.state is not ReplyState.AWAITING_APPROVAL:
        raise InvalidInput(f"Reply #{reply_id} is not waiting for approval.", code="reply_not_awaiting",
                           params={"reply": str(reply_id)})
    if reply.author_id == agent.id and session.get_bind().dialect.name == "postgresql":  # a team: someone else
        raise InvalidInput(f"{agent.name} wrote reply #{reply_id}: another supervisor approves or returns it.",
                           code="approve_own_reply", params={"agent": agent.name, "reply": str(reply_id)})
    return agent, reply


def approve_reply(store: Store, reply_id: int, *, supervisor: str | None = None,
                  learn: tuple[str, str] | None = None) -> ChangeSet:
    """A supervisor approves a reply waiting for them (above an agent's authority, or sent for review); it is
    then queued.

    ``learn`` is ``(phrase, kind)``: the phrasing the gate did not recognise,
    added to the site's lexicon in the same step, so the next reply that
    says it that way passes.
    """
    with store.session(durable=True) as session:
        agent, reply = _awaiting(session, reply_id, supervisor)
        learned = None
        if learn is not None:
            phrase, kind = learn
            catalogue((store.location.data_dir,)).get(kind)  # a kind of action the gate knows, or one sentence
            try:
                learn_phrase(store.location.data_dir, phrase, kind)
            except ValueError as exc:
                raise InvalidInput(str(exc)) from exc
            learned = {"phrase": " ".join(phrase.split()), "kind": kind}
        reply.state = ReplyState.QUEUED
        reply.approved_by_id = agent.id
        reply.queued_at = datetime.now(UTC)
        for action in session.scalars(select(Action).where(Action.reply_id == reply_id)):
            action.status = ActionStatus.PROMISED
            action.approved_by_id = agent.id
        ticket = session.get(Ticket, reply.ticket_id)
        if ticket is not None and ticket.status in (TicketStatus.NEW, TicketStatus.OPEN):
            ticket.status = TicketStatus.WAITING
        data: dict[str, Any] = {"reply_id": reply_id, "approval": reply.gate_result.get("approval", [])}
        if reply.gate_result.get("review"):
            data["review"] = reply.gate_result.get("reasons", [])
        if learned is not None:
            data["learned"] = learned
        session.add(Event(ticket_id=reply.ticket_id, actor=agent.name, kind="reply_approved", data=data))
        return _reply_changed(reply)


def _reply_changed(reply: Reply) -> ChangeSet:
    """A reply whose state a person moved: its outbox row, its ticket's row and the counts a reply moves."""
    return ChangeSet.of(tickets=() if reply.ticket_id is None else (reply.ticket_id,), replies=(reply.id,),
                        views=("outbox", "open", "waiting", "mine", "unassigned"))


def return_reply(store: Store, reply_id: int, reason: str, *, supervisor: str | None = None) -> ChangeSet:
    """A supervisor declines a reply waiting for approval: it goes back to its author as a draft."""
    if not reason.strip():
        raise InvalidInput("Say why the reply goes back, so its author knows what to change.",
                           code="return_needs_reason")
    with store.session(durable=True) as session:
        agent, reply = _awaiting(session, reply_id, supervisor)
        reply.state = ReplyState.DRAFT
        reply.message_id = None
        # Back in the author's composer as it was written: their text (without the quote sent below it) and
        # the actions they had picked, which are committed again only when the reply is queued again.
        actions = list(session.scalars(select(Action).where(Action.reply_id == reply_id)))
        drafted = [ActionSpec(kind=a.kind, amount=a.amount, currency=a.currency, reference=a.reference,
                              owner=a.owner, due=a.due_at, description=a.description).as_dict() for a in actions]
        reply.body_text = (reply.gate_result or {}).get("own_body", reply.body_text)
        reply.gate_result = {**(reply.gate_result or {}), "draft_actions": drafted, "returned": reason}
        session.execute(delete(FollowUp).where(FollowUp.action_id.in_([a.id for a in actions])))
        for action in actions:
            session.delete(action)
        session.add(Event(ticket_id=reply.ticket_id, actor=agent.name, kind="reply_returned",
                          data={"reply_id": reply_id, "reason": reason}))
        return _reply_changed(reply)


# --- drafts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    id: int
    body: str
    actions: list[ActionSpec]
    updated_at: datetime


def save_draft(store: Store, ticket_id: int, body: str, actions: list[ActionSpec], *,
               author: str | None = None, draft_id: int | None = None) -> int:
    """Keep what the agent typed (and the actions picked) so a crash loses nothing."""
    with store.session() as session:
        agent = acting_agent(session, author)
        reply = session.get(Reply, draft_id) if draft_id is not None else None
        if reply is None or reply.state is not ReplyState.DRAFT:
            reply = Reply(ticket_id=ticket_id, author_id=agent.id, state=ReplyState.DRAFT)
            session.add(reply)
        reply.body_text = body
        reply.gate_result = {"draft_actions": [a.as_dict() for a in actions]}
        reply.updated_at = datetime.now(UTC)
        session.flush()
        return reply.id


def load_draft(store: Store, ticket_id: int, *, author: str | None = None) -> Draft | None:
    with store.session() as session:
        agent = acting_agent(session, author)
        reply = session.scalars(select(Reply).where(Reply.ticket_id == ticket_id, Reply.author_id == agent.id,
                                                    Reply.state == ReplyState.DRAFT)
                                .order_by(Reply.updated_at.desc()).limit(1)).first()
        if reply is None:
            return None
        actions = [ActionSpec.from_dict(a) for a in reply.gate_result.get("draft_actions", [])]
        return Draft(reply.id, reply.body_text, actions, reply.updated_at)


def _discard_draft(session: Session, draft_id: int) -> None:
    draft = session.get(Reply, draft_id)
    if draft is not None and draft.state is ReplyState.DRAFT:
        session.delete(draft)


# --- the message itself ----------------------------------------------------------------------


def build_message(session: Session, reply: Reply) -> bytes:
    """The reply as it goes on the wire; the same bytes on every attempt."""
    account = session.get(Account, reply.account_id) if reply.account_id else None
    if account is None:
        raise InvalidInput(f"Reply #{reply.id} has no inbox to send from.", code="reply_without_inbox",
                           params={"reply": str(reply.id)})
    addresses = [account.email, *reply.to_addrs, *reply.cc_addrs]
    for address in addresses:
        why = _unsendable(address)
        if why is not None:
            raise InvalidInput(f"Reply #{reply.id} cannot be sent: {why['text']}.", code="reply_unsendable",
                               params={"reply": str(reply.id), "why": why})
    international = not all(address.isascii() for address in addresses)
    message = EmailMessage(policy=WIRE_POLICY_UTF8 if international else WIRE_POLICY)
    message["From"] = formataddr((header_text(account.display_name), account.email))
    message["To"] = ", ".join(reply.to_addrs)
    if reply.cc_addrs:
        message["Cc"] = ", ".join(reply.cc_addrs)
    _set_text_header(message, "Subject", reply.subject)
    message["Date"] = format_datetime(reply.queued_at or reply.created_at)
    message["Message-ID"] = header_text(reply.message_id)
    if reply.in_reply_to:
        message["In-Reply-To"] = header_text(reply.in_reply_to)
    if reply.references:
        message["References"] = header_text(reply.references)
    message["Auto-Submitted"] = "no"
    message.set_content(reply.body_text)
    for item in reply.attachments or []:
        blob = session.get(Blob, item["sha256"])
        if blob is None:
            raise InvalidInput(f"The attachment {item['filename']} of reply #{reply.id} is missing from the store.",
                               code="attachment_missing", params={"name": item["filename"], "reply": str(reply.id)})
        maintype, _, subtype = (item.get("mime_type") or "application/octet-stream").partition("/")
        message.add_attachment(blob.data, maintype=maintype, subtype=subtype or "octet-stream",
                               filename=header_text(item["filename"]) or "attachment")
    return message.as_bytes()


def _set_text_header(message: EmailMessage, name: str, value: str | None) -> None:
    """Set a free-text header so that what it says is ``value`` without control characters. The email
    package reads encoded words in the text it is given ("=?utf-8?q?=00?=" becomes a NUL): what it reads is
    cleaned and given again, until nothing changes."""
    text = header_text(value)
    for _ in range(4):
        message[name] = text
        shown = str(message[name])
        if shown == header_text(shown):
            return
        del message[name]
        text = header_text(shown)
    raise InvalidInput(f"The {name} cannot be written without control characters.", code="header_controls",
                       params={"header": name})


def backoff(attempts: int) -> timedelta:
    """Wait before the next try of a temporary failure: 1, 2, 4... minutes, at most 30."""
    return timedelta(seconds=min(60 * 2 ** max(attempts - 1, 0), 1800))
