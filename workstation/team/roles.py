"""Database roles for a team: one login role per agent, all members of the team's group role.

The group role holds the privileges on Mostrador's tables (read and write, never alter), so the roles
an administrator adds later need only membership. Roles belong to the whole PostgreSQL server; the
group's name carries the database's so that two teams' databases on one server stay apart.
"""

from __future__ import annotations

import re

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from workstation.errors import InvalidInput
from workstation.store.db import Store

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def group_role(session: Session) -> str:
    database = session.execute(text("SELECT current_database()")).scalar_one()
    return f"mostrador_team_{re.sub(r'[^a-z0-9_]', '_', database.lower())}"[:63]


def _quote(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)


def role_for(name: str) -> str:
    """A role name for an agent: their name in lower case, letters, digits and _ only."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9_]+", "_", folded).strip("_")[:63] or "agent"


def ensure_group(session: Session) -> str:
    """The team's group role, with read and write on every table and sequence of the schema, now and in
    the migrations the administrator runs later."""
    group = group_role(session)
    quoted = _quote(session, group)
    exists = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).first()
    if exists is None:
        session.execute(text(f"CREATE ROLE {quoted} NOLOGIN"))
    database = _quote(session, session.execute(text("SELECT current_database()")).scalar_one())
    session.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {quoted}"))
    session.execute(text(f"GRANT USAGE ON SCHEMA public TO {quoted}"))
    session.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {quoted}"))
    session.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {quoted}"))
    session.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES "
                         f"TO {quoted}"))
    session.execute(text(f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {quoted}"))
    return group


def map_role(store: Store, agent_name: str, role: str, password: str | None = None) -> str:
    """Create (or reuse) the login role ``role`` for the agent, in the team's group, and map it to them."""
    from workstation.agents import find_agent
    from workstation.team.models import AgentRole

    if store.dialect != "postgresql":
        raise InvalidInput("Database roles are for a team's PostgreSQL database; this desk's store is SQLite.",
                           hint="Point --database at the team's database (see `team init`).")
    if not _ROLE_NAME.match(role):
        raise InvalidInput(f"{role!r} cannot be a database role: use lower-case letters, digits and _.")
    with store.session() as session:
        agent = find_agent(session, agent_name)
        taken = session.scalar(select(AgentRole.agent_id).where(AgentRole.role_name == role))
        if taken is not None and taken != agent.id:
            raise InvalidInput(f"The database role {role} is already another agent's.")
        group = ensure_group(session)
        quoted = _quote(session, role)
        if session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is None:
            session.execute(text(f"CREATE ROLE {quoted} LOGIN"))
        if password:
            # Hashed here (SCRAM, libpq's PQencryptPasswordConn): the password itself never reaches the server,
            # nor its logs.
            pgconn = session.connection().connection.dbapi_connection.pgconn  # type: ignore[union-attr]
            hashed = pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()
            session.execute(text(f"ALTER ROLE {quoted} PASSWORD '{hashed}'"))
        session.execute(text(f"GRANT {_quote(session, group)} TO {quoted}"))
        session.query(AgentRole).filter(AgentRole.agent_id == agent.id).delete()
        session.add(AgentRole(role_name=role, agent_id=agent.id))
    return role
