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
    if agent is None:  # a first name alone, when only one active agent has it
        active = list(session.scalars(select(Agent).where(Agent.active.is_(True)).order_by(Agent.name)))
        found = _matching(active, who)
        if len(found) == 1:
            return found[0]
        raise NotFound(f"There is no agent {who!r}.", hint="See `agent list`, or add one with `agent add`.",
                       code="agent_unknown" if active else "no_agents",
                       params={"who": who, "agents": ", ".join(a.name for a in active)})
    return agent


def _matching(agents: list[Agent], who: str) -> list[Agent]:
    """``who`` as a person types it: the whole name or e-mail, else the first name alone ("Carmen" for
    "Carmen López"), case and accents as written."""
    wanted = who.strip().lower()
    whole = [a for a in agents if a.name.lower() == wanted or (a.email or "").lower() == wanted]
    if whole:
        return whole
    return [a for a in agents if a.name.lower().split()[:1] == [wanted]]


def resolve_agent(store: Store, who: str) -> AgentInfo:
    """The agent ``who`` names (whole name, e-mail or first name alone). Otherwise a NotFound (code
    ``agent_unknown``) or InvalidInput (``agent_ambiguous``) that names the agents there are."""
    with store.read() as session:
        agents = list(session.scalars(select(Agent).where(Agent.active.is_(True)).order_by(Agent.name)))
        found = _matching(agents, who)
        if len(found) == 1:
            return AgentInfo.of(found[0])
        names = ", ".join(a.name for a in (found or agents))
        if found:
            raise InvalidInput(f"Several agents are called {who!r}: {names}. Give the whole name.",
                               code="agent_ambiguous", params={"who": who, "agents": names})
        if not agents:
            raise NotFound(f"There is no agent {who!r}: this store has no agents yet.",
                           hint="Add one with `agent add`.", code="no_agents", params={"who": who})
        raise NotFound(f"There is no agent {who!r}. The agents are: {names}.", code="agent_unknown",
                       params={"who": who, "agents": names})


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
                           hint=f"Use --agent NAME or set {AGENT_ENV}.", code="agent_needed")
    agent = Agent(name=_os_user(), role=Role.SUPERVISOR, limits={})
    session.add(agent)
    session.flush()
    return agent


def acting_name(store: Store, who: str | None = None) -> str:
    """:func:`acting_agent`'s name, in a session of its own (the computer's user is added on first use)."""
    with store.session() as session:
        return acting_agent(session, who).name


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
        raise InvalidInput("The agent needs a name.", code="agent_needs_name")
    with store.session() as session:
        taken = session.scalar(select(Agent.id).where(or_(func.lower(Agent.name) == name.lower(),
                                                          func.lower(Agent.email) == (email or "").lower())))
        if taken is not None:
            raise InvalidInput(f"An agent called {name!r} or with that e-mail already exists.", code="agent_exists",
                               params={"who": name})
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
        raise InvalidInput(f"A {kind} has no amount to limit.", code="limit_without_amount", params={"kind": kind})
    with store.session() as session:
        supervisor = acting_agent(session, by)
        if supervisor.role is not Role.SUPERVISOR:
            raise InvalidInput(f"{supervisor.name} is not a supervisor; only supervisors set limits.",
                               code="limits_need_supervisor", params={"agent": supervisor.name})
        agent = find_agent(session, who)
        limits = dict(agent.limits or {})
        if amount is None:
            limits.pop(kind, None)
        else:
            try:
                value = Decimal(amount)
            except InvalidOperation:
                raise InvalidInput(f"{amount!r} is not an amount.", code="not_an_amount",
                                   params={"amount": amount}) from None
            if value < 0:
                raise InvalidInput("A limit cannot be negative.", code="limit_negative")
            limits[kind] = {"amount": str(value), "currency": (currency or "").upper() or None}
        agent.limits = limits
        session.add(Event(actor=supervisor.name, kind="limit_set",
                          data={"agent": agent.name, "kind": kind, "limit": limits.get(kind)}))
        session.flush()
        return AgentInfo.of(agent)


def join(store: Store, name: str) -> AgentInfo:
    """Who is at this desk: the agent ``name`` reads as (see :func:`resolve_agent`), or a new agent by that
    name. The first agent of a store is its supervisor (the owner answering their own mail)."""
    try:
        return resolve_agent(store, name)
    except NotFound:
        pass
    with store.read() as session:
        anyone = session.scalar(select(Agent.id).limit(1)) is not None
    return add_agent(store, name, None, Role.AGENT if anyone else Role.SUPERVISOR)


# --- who acts at a desk (SQLite: the desk has one owner) -----------------------------------------

SWITCH_KIND = "acting_agent_switched"


@dataclass(frozen=True)
class Switch:
    """One change of the acting agent at a desk, as the timeline keeps it."""
    at: Any
    by: str | None
    from_agent: str | None
    to_agent: str
    owner: str | None


def switch_acting_agent(store: Store, owner: str | None, current: str | None, to: str) -> AgentInfo:
    """Work as ``to`` at a desk owned by ``owner`` where ``current`` acts now. Choosing the first agent of a
    desk, or the owner themselves, needs nobody's leave; switching to anyone else is a supervisor's choice:
    the owner or ``current`` must be one (InvalidInput, code ``switch_needs_supervisor``, otherwise). Every
    switch is recorded as an ``acting_agent_switched`` event on no ticket."""
    if not current:
        return join(store, to)
    try:
        target = resolve_agent(store, to).name
    except NotFound:
        target = to.strip()  # a new colleague, added by the supervisor who lets them in
    if target == current:
        return resolve_agent(store, target)
    with store.read() as session:
        deciders = [a for a in (_named(session, owner), _named(session, current)) if a is not None]
        supervisor = next((a.name for a in deciders if a.role is Role.SUPERVISOR), None)
        names = " or ".join(dict.fromkeys(a.name for a in deciders)) or current
    if supervisor is None and target != owner:
        raise InvalidInput(f"Only a supervisor may switch this desk to another agent, and {names} is not one.",
                           code="switch_needs_supervisor", params={"who": names, "to": target})
    info = join(store, target)
    with store.session() as session:
        session.add(Event(actor=supervisor or current, kind=SWITCH_KIND,
                          data={"from": current, "to": info.name, "owner": owner}))
    return info


def _named(session: Session, name: str | None) -> Agent | None:
    if not name:
        return None
    return session.scalar(select(Agent).where(func.lower(Agent.name) == name.lower()))


def acting_switches(store: Store, limit: int = 50) -> list[Switch]:
    """The latest switches of the acting agent, newest first."""
    with store.read() as session:
        events = session.scalars(select(Event).where(Event.kind == SWITCH_KIND)
                                 .order_by(Event.created_at.desc(), Event.id.desc()).limit(limit))
        return [Switch(e.created_at, e.actor, (e.data or {}).get("from"), (e.data or {}).get("to", ""),
                       (e.data or {}).get("owner")) for e in events]


#: The desk's owner, recorded once in the timeline (SQLite), so that the command line knows it too.
OWNER_KIND = "desk_owner_chosen"


@dataclass(frozen=True)
class DeskIdentity:
    """Who owns a SQLite desk and who acts at it now, as its timeline says; both None where nobody chose
    (a store only the command line used, a team's PostgreSQL, where roles say who acts)."""
    owner: str | None
    acting: str | None


def desk_identity(store: Store) -> DeskIdentity:
    """The owner recorded by :func:`record_owner` and whoever the latest switch since made act."""
    if store.dialect != "sqlite":
        return DeskIdentity(None, None)
    with store.read() as session:
        latest = list(session.execute(select(Event.kind, Event.actor, Event.data)
                                      .where(Event.kind.in_((OWNER_KIND, SWITCH_KIND))).order_by(Event.id.desc())))
        owner = next((actor for kind, actor, _ in latest if kind == OWNER_KIND), None)
        if owner is None or not latest:
            return DeskIdentity(None, None)
        kind, actor, data = latest[0]
        return DeskIdentity(owner, (data or {}).get("acting" if kind == OWNER_KIND else "to") or owner)


def record_owner(store: Store, name: str, acting: str | None = None) -> bool:
    """Record ``name`` as the SQLite desk's owner, once (the window's first agent, or the owner it kept in
    its own settings before the timeline held it, with whoever acts at the desk then). True if recorded."""
    if store.dialect != "sqlite" or not name:
        return False
    with store.session() as session:
        if session.scalar(select(Event.id).where(Event.kind == OWNER_KIND).limit(1)) is not None:
            return False
        session.add(Event(actor=name, kind=OWNER_KIND, data={"owner": name, "acting": acting or name}))
    return True


def desk_acting_agent(store: Store, named: str | None) -> str | None:
    """Who a command acts as at a SQLite desk with an owner: whoever acts there now (the owner, or the
    agent a supervisor switched the desk to). Naming someone else is refused (InvalidInput, code
    ``desk_owned``): it takes a supervisor's switch, recorded in the timeline. Elsewhere ``named``."""
    identity = desk_identity(store)
    if identity.acting is None:
        return named
    if not named:
        return identity.acting
    try:
        name = resolve_agent(store, named).name
    except NotFound:
        name = named
    if name.lower() != identity.acting.lower():
        raise InvalidInput(
            f"This desk is {identity.owner}'s and {identity.acting} acts at it now; {named} may act here only "
            "after a supervisor switches the desk to them.",
            hint="A supervisor switches it with `agent switch NAME` or the window's Working as… button; "
                 "`agent log` lists the switches.",
            code="desk_owned", params={"owner": identity.owner or "", "acting": identity.acting, "who": named})
    return identity.acting


def replying_agents(store: Store) -> list[AgentInfo]:
    """Whom a reply may be signed by at this desk: on a team's PostgreSQL only the agent the signed-in
    database role is (nobody signs as a colleague); on SQLite, or signed in as the team's administrator
    (a role mapped to nobody, acting as named), every agent of the store."""
    from workstation.team.identity import signed_in_agent

    with store.read() as session:
        if (me := signed_in_agent(session)) is not None:
            return [AgentInfo.of(me)]
        return [AgentInfo.of(a) for a in session.scalars(select(Agent).order_by(Agent.name))]
