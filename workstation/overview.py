"""How much the store holds: the window's sidebar and banners, and ``python -m workstation info``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation import queue
from workstation.accounts import SetAside, set_aside_folders
from workstation.agents import agent_id
from workstation.store.db import Store
from workstation.store.models import Account, Customer, Message, Ticket


@dataclass(frozen=True)
class Counts:
    accounts: int
    tickets: int
    sample_tickets: int
    messages: int | None = None  # counted only when asked (a full count of a large store's messages)
    customers: int | None = None


@dataclass(frozen=True)
class Overview:
    accounts: int
    tickets: int
    sample_tickets: int
    views: list[tuple[queue.View, int]]
    #: Folders the sync set aside (the server renumbered them): an error until a person starts them afresh.
    set_aside: tuple[SetAside, ...] = ()


def _counts(session: Session, *, everything: bool = False) -> Counts:
    def count(model: type, *where: object) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    return Counts(count(Account), count(Ticket), count(Ticket, Ticket.is_sample.is_(True)),
                  count(Message) if everything else None, count(Customer) if everything else None)


def store_counts(store: Store) -> Counts:
    """Accounts, tickets, sample tickets, messages and customers."""
    with store.read() as session:
        return _counts(session, everything=True)


def load_overview(store: Store, agent: str | None = None) -> Overview:
    """What the window shows around the queue: the counts that decide first run or queue, the sample
    banner, each view with its live count ("My queue" counted for ``agent``, who is at the desk), and the
    folders the sync set aside."""
    with store.read() as session:
        found = _counts(session)
        views = queue.views(session, queue.Context(agent_id=agent_id(session, agent)))
    return Overview(found.accounts, found.tickets, found.sample_tickets, views, tuple(set_aside_folders(store)))
