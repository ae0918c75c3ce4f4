"""Who is on a ticket (team mode): viewing it, or composing a reply, kept alive by a heartbeat.

A desk writes its agent's presence when they open a ticket or a composer and every ``HEARTBEAT`` while it
stays open, and removes it when they leave. A row not refreshed for ``STALE`` (a closed laptop, a killed
window) no longer counts: nobody is locked out by a desk that went away. Writes notify the other desks
(see ``workstation.team.notify``), whose windows read presence again. Times are the database server's, so
desks' clocks do not matter. On SQLite the desk has one person, and there is nobody else to show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert

from workstation.changes import ChangeSet
from workstation.store.bulk import chunks
from workstation.store.db import Store

HEARTBEAT = timedelta(seconds=30)
STALE = timedelta(seconds=90)
VIEWING, COMPOSING = "viewing", "composing"


@dataclass(frozen=True)
class Present:
    ticket_id: int
    agent: str
    activity: str  # viewing, composing
    since: datetime


def _me(session, agent: str | None) -> str:  # type: ignore[no-untyped-def]
    from workstation.team.identity import signed_in_agent

    mapped = signed_in_agent(session, agent)
    if mapped is not None:
        return mapped.name
    if agent:
        return agent
    from workstation.agents import agent_id
    from workstation.store.models import Agent

    found = agent_id(session, None)
    return (session.get(Agent, found).name if found else None) or "?"


def touch(store: Store, ticket_id: int, activity: str, *, agent: str | None = None) -> ChangeSet:
    """This desk's agent is on the ticket (a heartbeat: call again within ``HEARTBEAT``)."""
    from workstation.team.models import Presence

    if store.dialect != "postgresql":
        return ChangeSet()
    with store.session() as session:
        me = _me(session, agent)
        now = func.now()
        statement = pg_insert(Presence).values(ticket_id=ticket_id, agent=me, activity=activity, since=now,
                                               seen_at=now)
        excluded = statement.excluded
        session.execute(statement.on_conflict_do_update(
            index_elements=[Presence.ticket_id, Presence.agent],
            set_={"seen_at": now, "activity": excluded.activity,
                  # A new activity starts its own time; the same one carries on.
                  "since": case((Presence.activity == excluded.activity, Presence.since), else_=now)}))
    return ChangeSet.of(tickets=[ticket_id])


def leave(store: Store, ticket_id: int, *, agent: str | None = None, activity: str | None = None) -> ChangeSet:
    """This desk's agent left the ticket (or stopped ``activity`` on it: composing goes back to viewing)."""
    from workstation.team.models import Presence

    if store.dialect != "postgresql":
        return ChangeSet()
    with store.session() as session:
        me = _me(session, agent)
        mine = and_(Presence.ticket_id == ticket_id, Presence.agent == me)
        if activity is None:
            session.execute(delete(Presence).where(mine))
        else:
            session.execute(delete(Presence).where(mine, Presence.activity == activity))
    return ChangeSet.of(tickets=[ticket_id])


def on_tickets(store: Store, ticket_ids: Iterable[int], *, agent: str | None = None,
               include_me: bool = False) -> dict[int, tuple[Present, ...]]:
    """Who else is on each ticket now (composers first), fresh within ``STALE``."""
    from workstation.team.models import Presence

    ids = sorted(set(ticket_ids))
    if store.dialect != "postgresql" or not ids:
        return {}
    found: dict[int, list[Present]] = {}
    with store.read() as session:
        me = None if include_me else _me(session, agent)
        for chunk in chunks(ids, 500):
            rows = session.execute(
                select(Presence.ticket_id, Presence.agent, Presence.activity, Presence.since)
                .where(Presence.ticket_id.in_(chunk), Presence.seen_at > func.now() - STALE)
                .order_by(Presence.ticket_id, Presence.activity, Presence.since))
            for ticket_id, who, activity, since in rows:
                if who != me:
                    found.setdefault(ticket_id, []).append(Present(ticket_id, who, activity, since))
    return {ticket_id: tuple(people) for ticket_id, people in found.items()}


def composing(store: Store, ticket_id: int, *, agent: str | None = None) -> tuple[Present, ...]:
    """Who else is composing a reply on the ticket now."""
    return tuple(p for p in on_tickets(store, [ticket_id], agent=agent).get(ticket_id, ())
                 if p.activity == COMPOSING)


def record_takeover(store: Store, ticket_id: int, others: Iterable[str], *, agent: str | None = None) -> ChangeSet:
    """The timeline keeps that someone started a reply while others were composing one."""
    from workstation.store.models import Event

    with store.session() as session:
        me = _me(session, agent)
        session.add(Event(ticket_id=ticket_id, actor=me, kind="reply_taken_over",
                          data={"composing": sorted(set(others))}))
    return ChangeSet.of(tickets=[ticket_id])
