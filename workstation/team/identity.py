"""Who this desk is, in team mode: the agent its database role is mapped to (see ``agent add --role``)."""

from __future__ import annotations

import getpass
import os

from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workstation.store.db import Store

if TYPE_CHECKING:
    from workstation.store.models import Agent


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def desk_agent(store: Store, named: str | None = None) -> str:
    """The name to show for this desk: the agent mapped to the database role it signed in as, else the
    agent it was told it is (``--agent``, $MOSTRADOR_AGENT), else the computer's user."""
    from workstation.agents import AGENT_ENV
    from workstation.store.models import Agent
    from workstation.team.models import AgentRole

    if store.dialect == "postgresql":
        with store.read() as session:
            mapped = session.scalar(select(Agent.name).join(AgentRole, AgentRole.agent_id == Agent.id)
                                    .where(AgentRole.role_name == func.current_user()))
        if mapped:
            return mapped
    return named or os.environ.get(AGENT_ENV) or _os_user()


def signed_in_agent(session: Session, who: str | None = None) -> Agent | None:
    """Team mode: the agent mapped to the database role this desk signed in as (``current_user``), or None
    on SQLite or for a role mapped to nobody (the team's administrator). ``who`` (``--agent``,
    $MOSTRADOR_AGENT) naming anyone else is refused: on a team database nobody acts under another's name."""
    from workstation.agents import AGENT_ENV
    from workstation.errors import InvalidInput
    from workstation.store.models import Agent
    from workstation.team.models import AgentRole

    if session.get_bind().dialect.name != "postgresql":
        return None
    row = session.execute(select(Agent, func.current_user()).outerjoin(
        AgentRole, (AgentRole.agent_id == Agent.id)).where(AgentRole.role_name == func.current_user())).first()
    if row is None:
        return None
    agent, role = row
    who = who or os.environ.get(AGENT_ENV) or None
    if who and who.lower() not in {agent.name.lower(), (agent.email or "").lower()}:
        raise InvalidInput(
            f"You are signed in to the team database as {role}, which is {agent.name}; you cannot act as {who}.",
            hint=f"Leave out --agent (and {AGENT_ENV}), or sign in with {who}'s own database role.",
            code="team_not_you", params={"role": str(role), "agent": agent.name, "who": who})
    return agent
