"""Who this desk is, in team mode: the agent its database role is mapped to (see ``agent add --role``)."""

from __future__ import annotations

import getpass
import os

from sqlalchemy import func, select

from workstation.store.db import Store


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
