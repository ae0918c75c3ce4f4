"""Replies: their purpose (a reply, closing the loop, an incident update) and attachments.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("replies") as batch:
        batch.add_column(sa.Column("purpose", sa.String(length=32), nullable=False, server_default="reply"))
        batch.add_column(sa.Column("attachments", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("replies") as batch:
        batch.drop_column("attachments")
        batch.drop_column("purpose")
