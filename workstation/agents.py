"""The people who answer: agents and supervisors, and the limits of their authority.

A workstation used by one person needs no setup: the first time someone
acts, an agent named after the computer's user is created as a supervisor
(the owner of a small business answers their own mail). A team adds its
agents and sets each one's limits, e.g. refunds up to 150 EUR.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from workstation.errors import InvalidInput, NotFound
from workstation.store.db import Store
from workstation.store.models import Agent, Event, Role

AGENT_ENV = "MOSTRADOR_AGENT"


@dataclass(frozen=True)
class AgentInfo:
    id: int
    name: str
    email: str | None
    role: str
    limits: dict[str, Any]

    @classmethod
    def of(cls, agent: Agent) -> AgentInfo:
        return cls(agent.id, agent.name, agent.email, agent.role.value, dict(agent.limits or {}))

    @property
    def is_supervisor(self) -> bool:
        return self.role == Role.SUPERVISOR.value


def find_agent(session: Session, who: str) -> Agent:
    agent = session.scalar(select(Agent).where(or_(func.lower(Agent.email) == who.lower(),
                                                   func.lower(Agent.name) == who.lower())))
    if agent is None:
        raise NotFound(f"There is no agent {who!r}.", hint="See `agent list`, or add one with `agent add`.")
    return agent


def acting_agent(session: Session, who: str | None = None) -> Agent:
    """Who is acting: named, from $MOSTRADOR_AGENT, the only agent, or the computer's user on first use. On a
    team's PostgreSQL: the agent the signed-in database role is (workstation.team.identity)."""
    from workstation.team.identity import signed_in_agent

    if (me := signed_in_agent(session, who)) is not None:
        return me
    who = who or os.environ.get(AGENT_ENV) or None
    if who:
        return find_agent(session, who)
    agents = list(session.scalars(select(Agent).where(Agent.active.is_(True)).limit(2)))
    if len(agents) == 1:
        return agents[0]
    if agents:
        raise InvalidInput("Several agents work on this store: say who you are.",
                           hint=f"Use --agent NAME or set {AGENT_ENV}.")
    agent = Agent(name=_os_user(), role=Role.SUPERVISOR, limits={})
    session.add(agent)
    session.flush()
    return agent


def agent_id(session: Session, who: str | None) -> int | None:
    """The id of ``who`` (or of the only agent) for reading: never creates anyone."""
    from workstation.team.identity import signed_in_agent

    if (me := signed_in_agent(session, who)) is not None:
        return me.id
    who = who or os.environ.get(AGENT_ENV) or None
    if who:
        agent = session.scalar(select(Agent.id).where(or_(func.lower(Agent.email) == who.lower(),
                                                          func.lower(Agent.name) == who.lower())))
        return agent
    ids = list(session.scalars(select(Agent.id).where(Agent.active.is_(True)).limit(2)))
    return ids[0] if len(ids) == 1 else None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "me"


def add_agent(store: Store, name: str, email: str | None, role: Role) -> AgentInfo:
    if not name.strip():
        raise InvalidInput("The agent needs a name.")
    with store.session() as session:
        taken = session.scalar(select(Agent.id).where(or_(func.lower(Agent.name) == name.lower(),
                                                          func.lower(Agent.email) == (email or "").lower())))
        if taken is not None:
            raise InvalidInput(f"An agent called {name!r} or with that e-mail already exists.")
        agent = Agent(name=name.strip(), email=email, role=role, limits={})
        session.add(agent)
        session.flush()
        return AgentInfo.of(agent)


def list_agents(store: Store) -> list[AgentInfo]:
    with store.read() as session:
        return [AgentInfo.of(a) for a in session.scalars(select(Agent).order_by(Agent.name))]


def set_limit(store: Store, who: str, kind: str, amount: str | None, currency: str | None, *,
              by: str | None = None) -> AgentInfo:
    """Set (or, with no amount, remove) an agent's limit for a kind of action. Supervisors only."""
    from workstation.resolution.actions import catalogue

    action_kind = catalogue().get(kind)
    if not action_kind.authority:
        raise InvalidInput(f"A {kind} has no amount to limit.")
    with store.session() as session:
        supervisor = acting_agent(session, by)
        if supervisor.role is not Role.SUPERVISOR:
            raise InvalidInput(f"{supervisor.name} is not a supervisor; only supervisors set limits.")
        agent = find_agent(session, who)
        limits = dict(agent.limits or {})
        if amount is None:
            limits.pop(kind, None)
        else:
            try:
                value = Decimal(amount)
            except InvalidOperation:
                raise InvalidInput(f"{amount!r} is not an amount.") from None
            if value < 0:
                raise InvalidInput("A limit cannot be negative.")
            limits[kind] = {"amount": str(value), "currency": (currency or "").upper() or None}
        agent.limits = limits
        session.add(Event(actor=supervisor.name, kind="limit_set",
                          data={"agent": agent.name, "kind": kind, "limit": limits.get(kind)}))
        session.flush()
        return AgentInfo.of(agent)
