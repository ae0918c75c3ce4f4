"""The team's own tables (team mode on PostgreSQL; created on SQLite too, where they stay empty).

Imported at the end of ``workstation.store.models`` so that the one metadata (and Alembic's comparison)
holds them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
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
