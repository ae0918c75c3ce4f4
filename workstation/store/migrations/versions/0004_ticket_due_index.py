"""An index on each ticket's next deadline: the queue's open views sort on it.

The deadline is first-response until the first reply, then resolution; the
index is on that same expression, so "what is due first" reads the top of
an index instead of sorting every open ticket. Not described by the models
(SQLAlchemy's autogenerate cannot compare expression indexes): see
``workstation.store.search.is_search_object``.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DUE = "(CASE WHEN first_response_at IS NULL THEN first_response_due ELSE resolution_due END)"


def upgrade() -> None:
    op.execute(f"CREATE INDEX ix_tickets_due ON tickets ({DUE})")
    op.execute("ANALYZE")  # statistics, so the planner knows when to use it


def downgrade() -> None:
    op.execute("DROP INDEX ix_tickets_due")
