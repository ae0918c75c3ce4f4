"""Customers: a phone, a company and notes the agents keep (the customer record).

Revision ID: 0011c
Revises: 0010
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0011c"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(sa.Column("phone", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("company", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("notes", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("notes")
        batch.drop_column("company")
        batch.drop_column("phone")
