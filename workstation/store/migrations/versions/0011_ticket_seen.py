"""Unseen customer messages: how far each agent has read each ticket (bold rows in their queue).

What the store held before this revision counts as seen by every agent it knew, so that upgrading does not
turn years of tickets bold; mail stored from now on is unseen until the agent opens its ticket.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket_seen",
        sa.Column("agent_id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agent_id"], ["agents.id"], name=op.f("fk_ticket_seen_agent_id_agents"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"], name=op.f("fk_ticket_seen_ticket_id_tickets"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("agent_id", "ticket_id", name=op.f("pk_ticket_seen")),
    )
    op.execute(
        "INSERT INTO ticket_seen (agent_id, ticket_id, message_id) "
        "SELECT agents.id, messages.ticket_id, MAX(messages.id) FROM agents CROSS JOIN messages "
        "WHERE messages.ticket_id IS NOT NULL GROUP BY agents.id, messages.ticket_id")


def downgrade() -> None:
    op.drop_table("ticket_seen")
