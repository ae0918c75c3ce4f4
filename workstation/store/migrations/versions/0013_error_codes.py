"""Errors kept beside a reply or an inbox carry their code and facts, so a window says them in its language.

``last_error`` stays the English sentence (the command line prints it, and it is what a window shows for a
code it does not know, such as every row written before this revision).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLES = ("replies", "accounts")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("last_error_code", sa.String(64), nullable=True))
            batch.add_column(sa.Column("last_error_params", sa.JSON(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("last_error_params")
            batch.drop_column("last_error_code")
