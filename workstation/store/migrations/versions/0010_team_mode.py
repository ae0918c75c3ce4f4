"""Team mode: who holds each inbox's sync lock, and which database role is which agent.

Revision ID: 0010
Revises: 0008
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
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


def downgrade() -> None:
    op.drop_table("agent_roles")
    op.drop_table("sync_holders")
