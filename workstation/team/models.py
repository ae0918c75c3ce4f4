"""The team's own tables (team mode on PostgreSQL; created on SQLite too, where they stay empty).

Imported at the end of ``workstation.store.models`` so that the one metadata (and Alembic's comparison)
holds them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from workstation.store.models import Base, utcnow


class SyncHolder(Base):
    """Who holds an inbox's sync lock, as the holder wrote it when it took the lock. Only a row whose lock
    PostgreSQL says is held is believed (see ``workstation.team.synclock``)."""

    __tablename__ = "sync_holders"

    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    agent: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int]
    since: Mapped[datetime] = mapped_column(default=utcnow)


class AgentRole(Base):
    """A database role an agent signs in as (team mode): what ``current_user`` says is who is acting."""

    __tablename__ = "agent_roles"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id", ondelete="CASCADE"), unique=True)


class Presence(Base):
    """Someone viewing or composing a reply on a ticket (team mode), kept alive by a heartbeat: a row not
    seen for ``workstation.team.presence.STALE`` is ignored, and the next heartbeat of anyone replaces it."""

    __tablename__ = "presence"

    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), primary_key=True)
    agent: Mapped[str] = mapped_column(String(200), primary_key=True)
    activity: Mapped[str] = mapped_column(String(16))  # viewing, composing
    since: Mapped[datetime] = mapped_column(default=utcnow)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChangeLogEntry(Base):
    """A row another desk must show was written (team mode): one entry per written row, by triggers on
    PostgreSQL (migration 0012), kept a day (``workstation.team.notify.RETENTION``). ``xact`` is the writing
    transaction's id, which tells a desk reading the log which entries may still be committing; ``pid`` the
    writing session's backend, which tells a desk its own writes. On SQLite nothing writes here."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True)
    at: Mapped[datetime]
    xact: Mapped[int] = mapped_column(BigInteger, index=True)
    pid: Mapped[int]
    table_name: Mapped[str] = mapped_column(String(63))
    row_id: Mapped[str] = mapped_column(String(200))
    op: Mapped[str] = mapped_column(String(1))  # I, U, D
    ticket_id: Mapped[int | None]  # no foreign key: the log outlives a deleted ticket
    reply_id: Mapped[int | None]
    account: Mapped[str | None] = mapped_column(String(200))
