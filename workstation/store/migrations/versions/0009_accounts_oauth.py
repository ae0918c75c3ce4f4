"""Accounts: how they sign in (password or OAuth 2.0 with its provider), and whether they must sign in again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("auth", sa.String(16), nullable=False, server_default="password"))
        batch.add_column(sa.Column("oauth_issuer", sa.String(1000), nullable=True))
        batch.add_column(sa.Column("oauth_client_id", sa.String(500), nullable=True))
        batch.add_column(sa.Column("oauth_tenant", sa.String(200), nullable=True))
        batch.add_column(sa.Column("oauth_provider", sa.String(32), nullable=True))
        batch.add_column(sa.Column("sign_in_needed", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        for column in ("sign_in_needed", "oauth_provider", "oauth_tenant", "oauth_client_id", "oauth_issuer",
                       "auth"):
            batch.drop_column(column)
