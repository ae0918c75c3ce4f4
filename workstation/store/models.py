"""The store's tables, as SQLAlchemy 2 typed models.

The same models run on SQLite (one file per workstation) and PostgreSQL (a
team's shared queue). Times are stored in UTC and come back timezone-aware.
Full-text search is not modelled here: it lives in the migrations (FTS5 on
SQLite, a tsvector column on PostgreSQL) and in :mod:`workstation.store.search`.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    false,
    JSON,
    BigInteger,
    Column,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from workstation.mail.endpoints import Security

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always returned timezone-aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UtcDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


def _enum(cls: type[enum.Enum]) -> Enum:
    # Values, not names, go to the database; no native enum so that adding a
    # member needs no ALTER TYPE on PostgreSQL.
    return Enum(cls, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e],
                validate_strings=True)


class TicketStatus(enum.StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING = "waiting"  # waiting on the customer
    RESOLVED = "resolved"
    CLOSED = "closed"
    SPAM = "spam"


class Priority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class Direction(enum.StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class ActionStatus(enum.StrEnum):
    PROPOSED = "proposed"  # in a draft, not yet committed to the customer
    AWAITING_APPROVAL = "awaiting_approval"
    PROMISED = "promised"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


class ReplyState(enum.StrEnum):
    DRAFT = "draft"
    AWAITING_APPROVAL = "awaiting_approval"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    SENT_NOT_FILED = "sent_not_filed"
    DELIVERY_UNCERTAIN = "delivery_uncertain"
    FAILED = "failed"


class FollowUpKind(enum.StrEnum):
    CHECK_ACTION = "check_action"
    CLOSE_LOOP = "close_loop"
    SATISFACTION = "satisfaction"
    CUSTOM = "custom"


class IncidentStatus(enum.StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    RESOLVED = "resolved"


class Role(enum.StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"


# --- people -----------------------------------------------------------------


class Agent(Base):
    """A person who answers customers; supervisors also set authority limits."""

    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.AGENT)
    #: Authority limits, e.g. {"refund": {"amount": "150", "currency": "EUR"}}.
    limits: Mapped[dict[str, Any]] = mapped_column(default=dict)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str | None] = mapped_column(String(300))
    first_contact_at: Mapped[datetime | None]
    last_contact_at: Mapped[datetime | None]
    #: Set when a person blocked the sender: their mail is filed as spam and never reopens a ticket.
    blocked_at: Mapped[datetime | None]
    #: What the agents keep about the customer (the customer record, migration 0011c).
    phone: Mapped[str | None] = mapped_column(String(100))
    company: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    is_sample: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    addresses: Mapped[list[CustomerAddress]] = relationship(back_populates="customer", cascade="all, delete-orphan")
    tickets: Mapped[list[Ticket]] = relationship(back_populates="customer")


class CustomerAddress(Base):
    """One e-mail address of a customer, stored lower-cased."""

    __tablename__ = "customer_addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320), unique=True)

    customer: Mapped[Customer] = relationship(back_populates="addresses")


# --- mail -------------------------------------------------------------------


class Account(Base):
    """A support inbox: where mail comes in (IMAP) and goes out (SMTP).

    The password is not here: it lives in the keyring, keyed by ``id``.
    """

    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    email: Mapped[str] = mapped_column(String(320))
    display_name: Mapped[str | None] = mapped_column(String(200))
    imap_host: Mapped[str] = mapped_column(String(255))
    imap_port: Mapped[int]
    imap_security: Mapped[Security] = mapped_column(_enum(Security))
    smtp_host: Mapped[str] = mapped_column(String(255))
    smtp_port: Mapped[int]
    smtp_security: Mapped[Security] = mapped_column(_enum(Security))
    username: Mapped[str] = mapped_column(String(320))
    ca_file: Mapped[str | None] = mapped_column(String(1024))
    #: "password" (in the keyring) or "oauth2" (the refresh token in the keyring; the provider below).
    auth: Mapped[str] = mapped_column(String(16), default="password", server_default="password")
    #: "google", "microsoft" or "issuer" (an identity provider read through OpenID discovery).
    oauth_provider: Mapped[str | None] = mapped_column(String(32))
    oauth_issuer: Mapped[str | None] = mapped_column(String(1000))
    oauth_client_id: Mapped[str | None] = mapped_column(String(500))
    oauth_tenant: Mapped[str | None] = mapped_column(String(200))
    #: The provider refused the refresh token (revoked, expired): nothing syncs until a person signs in again.
    sign_in_needed: Mapped[bool] = mapped_column(default=False, server_default=false())
    signature: Mapped[str | None] = mapped_column(Text)
    #: First-response and resolution targets, minutes per priority.
    service_levels: Mapped[dict[str, Any]] = mapped_column(default=dict)
    enabled: Mapped[bool] = mapped_column(default=True)
    is_sample: Mapped[bool] = mapped_column(default=False)
    #: Last environment error in one sentence (wrong password, bad certificate...).
    last_error: Mapped[str | None] = mapped_column(Text)
    #: The same error's code and facts (:class:`workstation.errors.MostradorError`), for the window's language.
    last_error_code: Mapped[str | None] = mapped_column(String(64))
    last_error_params: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    last_error_at: Mapped[datetime | None]
    last_sync_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    folders: Mapped[list[Folder]] = relationship(back_populates="account", cascade="all, delete-orphan")


class Folder(Base):
    __tablename__ = "folders"
    __table_args__ = (UniqueConstraint("account_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(500))
    special_use: Mapped[str | None] = mapped_column(String(32))  # "\\Inbox", "\\Sent"...
    watch: Mapped[bool] = mapped_column(default=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uidnext: Mapped[int | None] = mapped_column(BigInteger)
    highestmodseq: Mapped[int | None] = mapped_column(BigInteger)
    #: Set when the server's UIDVALIDITY changed and local mail could not be re-mapped.
    set_aside_reason: Mapped[str | None] = mapped_column(Text)
    #: A person started the folder afresh: the next sync re-maps whatever it can match, however little.
    resync_requested: Mapped[bool] = mapped_column(default=False, server_default=false())
    last_synced_at: Mapped[datetime | None]

    account: Mapped[Account] = relationship(back_populates="folders")


class Blob(Base):
    """Content stored once by SHA-256: raw messages and attachments."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("folder_id", "uidvalidity", "uid", name="uq_messages_folder_uid"),
        Index("ix_messages_ticket_date", "ticket_id", "date"),
        # The live messages of a folder, counted by every sync (migration 0005).
        Index("ix_messages_live", "folder_id", "uidvalidity", sqlite_where=text("expunged_at IS NULL"),
              postgresql_where=text("expunged_at IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    folder_id: Mapped[int | None] = mapped_column(ForeignKey("folders.id", ondelete="SET NULL"))
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    from_addr: Mapped[str | None] = mapped_column(String(320))
    from_name: Mapped[str | None] = mapped_column(String(300))
    to_addrs: Mapped[list[Any]] = mapped_column(default=list)
    cc_addrs: Mapped[list[Any]] = mapped_column(default=list)
    subject: Mapped[str | None] = mapped_column(Text)
    date: Mapped[datetime | None]
    internal_date: Mapped[datetime | None]
    size: Mapped[int | None]
    flags: Mapped[list[Any]] = mapped_column(default=list)
    body_text: Mapped[str | None] = mapped_column(Text)
    body_html: Mapped[str | None] = mapped_column(Text)  # sanitized (nh3), never raw
    snippet: Mapped[str | None] = mapped_column(String(300))
    defects: Mapped[list[Any]] = mapped_column(default=list)
    raw_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    content_hash: Mapped[str | None] = mapped_column(String(64))
    direction: Mapped[Direction] = mapped_column(_enum(Direction), default=Direction.INBOUND)
    is_auto: Mapped[bool] = mapped_column(default=False)  # auto-reply or bounce
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    expunged_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    ticket: Mapped[Ticket | None] = relationship(back_populates="messages")
    attachments: Mapped[list[Attachment]] = relationship(back_populates="message", cascade="all, delete-orphan")


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str | None] = mapped_column(String(1000))  # as sent
    safe_filename: Mapped[str] = mapped_column(String(255))  # safe to write to disk
    mime_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(BigInteger)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    content_id: Mapped[str | None] = mapped_column(String(998))
    inline: Mapped[bool] = mapped_column(default=False)

    message: Mapped[Message] = relationship(back_populates="attachments")


# --- tickets and the work on them --------------------------------------------

ticket_tags = Table(
    "ticket_tags",
    Base.metadata,
    Column("ticket_id", ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Ticket(Base):
    """A conversation with one customer about one problem."""

    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_status_updated", "status", "updated_at"),
        Index("ix_tickets_account_status", "account_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"), index=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    normalized_subject: Mapped[str] = mapped_column(String(500), default="", index=True)
    snippet: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[TicketStatus] = mapped_column(_enum(TicketStatus), default=TicketStatus.NEW)
    priority: Mapped[Priority] = mapped_column(_enum(Priority), default=Priority.NORMAL)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"), index=True)
    category: Mapped[str | None] = mapped_column(String(100), index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    first_response_due: Mapped[datetime | None] = mapped_column(index=True)
    resolution_due: Mapped[datetime | None] = mapped_column(index=True)
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]
    snoozed_until: Mapped[datetime | None]
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id", ondelete="SET NULL"), index=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    last_customer_message_at: Mapped[datetime | None]
    message_count: Mapped[int] = mapped_column(default=0)
    is_sample: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    customer: Mapped[Customer | None] = relationship(back_populates="tickets")
    messages: Mapped[list[Message]] = relationship(back_populates="ticket", order_by="Message.date")
    tags: Mapped[list[Tag]] = relationship(secondary=ticket_tags)
    actions: Mapped[list[Action]] = relationship(back_populates="ticket", cascade="all, delete-orphan")


class Action(Base):
    """A concrete resolution committed to the customer: refund, replacement..."""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    reply_id: Mapped[int | None] = mapped_column(ForeignKey("replies.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(50))  # a key of the catalogue in resources/
    description: Mapped[str | None] = mapped_column(Text)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    reference: Mapped[str | None] = mapped_column(String(200))
    owner: Mapped[str | None] = mapped_column(String(200))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    due_at: Mapped[datetime | None] = mapped_column(index=True)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.PROPOSED)
    evidence: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None]

    ticket: Mapped[Ticket] = relationship(back_populates="actions")


class Reply(Base):
    """A reply in the outbox; written before any network traffic."""

    __tablename__ = "replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    to_addrs: Mapped[list[Any]] = mapped_column(default=list)
    cc_addrs: Mapped[list[Any]] = mapped_column(default=list)
    subject: Mapped[str] = mapped_column(Text, default="")
    body_text: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str | None] = mapped_column(String(998), unique=True)  # fixed when queued
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    references: Mapped[str | None] = mapped_column(Text)
    state: Mapped[ReplyState] = mapped_column(_enum(ReplyState), default=ReplyState.DRAFT, index=True)
    #: reply, close_loop (tells the customer what was done and asks for a score), incident_update...
    purpose: Mapped[str] = mapped_column(String(32), default="reply")
    #: [{"filename", "sha256", "mime_type", "size"}]; the content is in ``blobs``.
    attachments: Mapped[list[Any]] = mapped_column(default=list)
    gate_result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    #: The same error's code and facts (:class:`workstation.errors.MostradorError`), for the window's language.
    last_error_code: Mapped[str | None] = mapped_column(String(64))
    last_error_params: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    queued_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]


class FollowUp(Base):
    __tablename__ = "followups"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    action_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"))
    kind: Mapped[FollowUpKind] = mapped_column(_enum(FollowUpKind))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    due_at: Mapped[datetime] = mapped_column(index=True)
    done_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Note(Base):
    """An internal note, never sent to the customer."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    author_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32), default="note")  # note, coaching, flag
    body: Mapped[str] = mapped_column(Text)
    #: Stable id of a note made elsewhere (a review pack), so importing twice adds nothing.
    origin_uid: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Event(Base):
    """The audit trail: who did what, when. Every change lands here."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_ticket_created", "ticket_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    actor: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Satisfaction(Base):
    __tablename__ = "satisfaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    score: Mapped[int]
    comment: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    service: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[IncidentStatus] = mapped_column(_enum(IncidentStatus), default=IncidentStatus.OPEN)
    match_query: Mapped[str | None] = mapped_column(Text)  # links new matching tickets as they sync in
    started_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    public_summary: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PlaybookRun(Base):
    __tablename__ = "playbook_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    playbook_key: Mapped[str] = mapped_column(String(100))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    #: Per step: {"state": "done"|"skipped", "at": iso time, "reason": str}.
    steps: Mapped[dict[str, Any]] = mapped_column(default=dict)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None]


lesson_customers = Table(
    "lesson_customers",
    Base.metadata,
    Column("lesson_id", ForeignKey("lessons.id", ondelete="CASCADE"), primary_key=True),
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("told_at", UtcDateTime(), nullable=True),
)


class Lesson(Base):
    """What a complaint taught: root cause, the change made, who was told."""

    __tablename__ = "lessons"

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str | None] = mapped_column(String(100), index=True)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    root_cause: Mapped[str] = mapped_column(Text)
    change_made: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    customers: Mapped[list[Customer]] = relationship(secondary=lesson_customers)


class SavedSearch(Base):
    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class TicketSeen(Base):
    """How far an agent has read a ticket: the newest message of it shown to them (migration 0011). A ticket
    whose latest customer message is newer is unseen for that agent, shown bold in their queue; each agent
    has their own (on a team, Marta reading a ticket leaves it unseen for Luis)."""

    __tablename__ = "ticket_seen"

    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"), primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True)
    message_id: Mapped[int] = mapped_column(default=0)  # messages.id only grows: all up to it are seen


# The team tables share this metadata (see workstation/team/models.py).
from workstation.team import models as _team_models  # noqa: E402,F401
