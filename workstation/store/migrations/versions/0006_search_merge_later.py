"""The full-text index merges its segments when the watch is idle, not inside a sync.

SQLite's FTS5 merges the index's segments as part of the write that adds one
(automerge): one commit in four of 100 new messages took 140-600 ms instead
of 2 ms on a 100,000-message store, in the transaction that stores new mail.
With automerge off, each commit only adds its segment (FTS5 still merges at
once when sixteen pile up on one level), and the watch merges the rest while
it waits for mail (``search.merge_step``). Searches read the extra segments
at no measurable cost. PostgreSQL's GIN index has nothing like it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _automerge(value: int) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"INSERT INTO messages_fts(messages_fts, rank) VALUES ('automerge', {value})")


def upgrade() -> None:
    _automerge(0)


def downgrade() -> None:
    _automerge(4)  # FTS5's default
