"""Team mode: who holds each inbox's sync lock, which database role is which agent, who is on which ticket.

On PostgreSQL, triggers keep authority where it belongs whatever program writes: a reply waiting for
approval leaves that state only approved (or returned as a draft), approval is given by a supervisor, never
by the reply's author, and by a desk signed in as a mapped role only in that
agent's own name; a signed-in agent who is not a supervisor cannot change anyone's role or limits. Rows written in the tables a window
shows notify the other desks (LISTEN/NOTIFY, see workstation/team/notify.py).

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_holders",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("agent", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], name=op.f("fk_sync_holders_account_id_accounts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_sync_holders")),
    )
    op.create_table(
        "agent_roles",
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_agent_roles_agent_id_agents"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_agent_roles")),
        sa.UniqueConstraint("agent_id", name=op.f("uq_agent_roles_agent_id")),
    )

    op.create_table(
        "presence",
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("agent", sa.String(length=200), nullable=False),
        sa.Column("activity", sa.String(length=16), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_presence_ticket_id_tickets"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("ticket_id", "agent", name=op.f("pk_presence")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPROVAL_CHECK)
        op.execute("CREATE TRIGGER replies_approval_check BEFORE INSERT OR UPDATE ON replies "
                   "FOR EACH ROW EXECUTE FUNCTION mostrador_approval_check()")
        op.execute(AUTHORITY_CHECK)
        op.execute("CREATE TRIGGER agents_authority_check BEFORE UPDATE OF role, limits ON agents "
                   "FOR EACH ROW EXECUTE FUNCTION mostrador_authority_check()")
        for function, body in NOTIFY_FUNCTIONS.items():
            op.execute(f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE row record; "
                       f"BEGIN IF TG_OP = 'DELETE' THEN row := OLD; ELSE row := NEW; END IF; {body} RETURN NULL; "
                       "END $$")
        for table, function in NOTIFIED.items():
            op.execute(f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION {function}()")


# Live updates (workstation/team/notify.py): what each written row tells the other desks' windows.
NOTIFY_FUNCTIONS = {
    "mostrador_notify_ticket": "PERFORM pg_notify('mostrador_changes', 't' || row.id);",
    "mostrador_notify_ticket_of": "IF row.ticket_id IS NOT NULL THEN "
                                  "PERFORM pg_notify('mostrador_changes', 't' || row.ticket_id); END IF;",
    "mostrador_notify_reply": "PERFORM pg_notify('mostrador_changes', 'r' || row.id); "
                              "PERFORM pg_notify('mostrador_changes', 't' || row.ticket_id);",
    "mostrador_notify_account": "PERFORM pg_notify('mostrador_changes', 'a' || row.name);",
}
NOTIFIED = {"tickets": "mostrador_notify_ticket", "presence": "mostrador_notify_ticket_of", "notes": "mostrador_notify_ticket_of",
            "events": "mostrador_notify_ticket_of", "actions": "mostrador_notify_ticket_of",
            "replies": "mostrador_notify_reply", "accounts": "mostrador_notify_account"}


APPROVAL_CHECK = """
CREATE FUNCTION mostrador_approval_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    me integer;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.state = 'awaiting_approval' AND NEW.state NOT IN ('awaiting_approval', 'draft')
            AND NEW.approved_by_id IS NULL THEN
        RAISE EXCEPTION 'mostrador: a reply waiting for approval leaves only approved by a supervisor (reply %)',
            NEW.id USING ERRCODE = '42501';
    END IF;
    IF NEW.approved_by_id IS NULL OR (TG_OP = 'UPDATE' AND NEW.approved_by_id IS NOT DISTINCT FROM OLD.approved_by_id) THEN
        RETURN NEW;
    END IF;
    IF NEW.approved_by_id = NEW.author_id THEN
        RAISE EXCEPTION 'mostrador: an agent cannot approve their own reply (reply %)', NEW.id
            USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM agents WHERE id = NEW.approved_by_id AND role = 'supervisor') THEN
        RAISE EXCEPTION 'mostrador: only a supervisor approves a reply (reply %)', NEW.id USING ERRCODE = '42501';
    END IF;
    SELECT agent_id INTO me FROM agent_roles WHERE role_name = current_user;
    IF me IS NOT NULL AND me <> NEW.approved_by_id THEN
        RAISE EXCEPTION 'mostrador: % cannot approve in another agent''s name (reply %)', current_user, NEW.id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$
"""

AUTHORITY_CHECK = """
CREATE FUNCTION mostrador_authority_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    my_role text;
BEGIN
    SELECT a.role INTO my_role FROM agent_roles r JOIN agents a ON a.id = r.agent_id WHERE r.role_name = current_user;
    IF my_role IS NOT NULL AND my_role <> 'supervisor' THEN
        RAISE EXCEPTION 'mostrador: only a supervisor changes roles and limits' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$
"""


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in NOTIFIED:
            op.execute(f"DROP TRIGGER {table}_notify ON {table}")
        for function in NOTIFY_FUNCTIONS:
            op.execute(f"DROP FUNCTION {function}()")
        op.execute("DROP TRIGGER agents_authority_check ON agents")
        op.execute("DROP FUNCTION mostrador_authority_check()")
        op.execute("DROP TRIGGER replies_approval_check ON replies")
        op.execute("DROP FUNCTION mostrador_approval_check()")
    op.drop_table("presence")
    op.drop_table("agent_roles")
    op.drop_table("sync_holders")
