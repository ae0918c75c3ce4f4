"""Team mode: a change log, so that a desk that lost its live-updates connection reads what it missed.

On PostgreSQL, triggers write one row in ``change_log`` for each row written in the tables another desk
shows (tickets, their notes, events, actions, tags, follow-ups, satisfaction, playbook runs, replies,
incidents, accounts, and customers and their addresses, as each of their tickets), in the writing transaction, and notify ``mostrador_changes`` once per transaction with
the id of its first row. They replace 0010's per-row notifications for those tables; presence, which is
refreshed every 30 s and stale after 90 s, keeps its direct notification and no log. Rows older than a day
are removed as new ones are written. On SQLite the table is created and stays empty.

Revision ID: 0012
Revises: 0011c
Create Date: 2026-11-26
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011c"
branch_labels = None
depends_on = None

#: How long entries are kept (workstation/team/notify.py's RETENTION says the same to the desks).
RETENTION = "1 day"
#: Every this many entries, the one writing it removes those older than RETENTION.
PRUNE_EVERY = 10000

CHANGE = f"""
CREATE FUNCTION mostrador_change(tbl text, rid text, operation text, ticket integer, reply integer, acct text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    entry bigint;
BEGIN
    INSERT INTO change_log (at, xact, pid, table_name, row_id, op, ticket_id, reply_id, account)
    VALUES (now(), pg_current_xact_id()::text::bigint, pg_backend_pid(), tbl, rid, operation, ticket, reply, acct)
    RETURNING id INTO entry;
    -- One notification per transaction (identical payloads would merge, distinct ids would not).
    IF coalesce(current_setting('mostrador.notified', true), '') = '' THEN
        PERFORM set_config('mostrador.notified', entry::text, true);
        PERFORM pg_notify('mostrador_changes', entry::text);
    END IF;
    IF entry % {PRUNE_EVERY} = 0 THEN
        DELETE FROM change_log WHERE at < now() - interval '{RETENTION}';
    END IF;
END
$$
"""

# Each trigger function: what its table's written row says (the ticket, the reply, the account it is about).
LOG_FUNCTIONS = {
    "mostrador_log_ticket": "PERFORM mostrador_change(TG_TABLE_NAME, row.id::text, op, row.id, NULL, NULL);",
    "mostrador_log_ticket_of": "IF row.ticket_id IS NOT NULL THEN "
                               "PERFORM mostrador_change(TG_TABLE_NAME, row.id::text, op, row.ticket_id, NULL, NULL); "
                               "END IF;",
    "mostrador_log_ticket_tag": "PERFORM mostrador_change(TG_TABLE_NAME, row.ticket_id || '/' || row.tag_id, op, "
                                "row.ticket_id, NULL, NULL);",
    "mostrador_log_reply": "PERFORM mostrador_change(TG_TABLE_NAME, row.id::text, op, row.ticket_id, row.id, NULL);",
    "mostrador_log_account": "PERFORM mostrador_change(TG_TABLE_NAME, row.id::text, op, NULL, NULL, row.name);",
    "mostrador_log_row": "PERFORM mostrador_change(TG_TABLE_NAME, row.id::text, op, NULL, NULL, NULL);",
    # A customer's name, phone or addresses show on every one of their tickets.
    "mostrador_log_customer": "PERFORM mostrador_change(TG_TABLE_NAME, row.id::text, op, t.id, NULL, NULL) "
                              "FROM tickets t WHERE t.customer_id = row.id;",
    "mostrador_log_customer_of": "PERFORM mostrador_change(TG_TABLE_NAME, row.id::text, op, t.id, NULL, NULL) "
                                 "FROM tickets t WHERE t.customer_id = row.customer_id;",
}
LOGGED = {"tickets": "mostrador_log_ticket", "notes": "mostrador_log_ticket_of", "events": "mostrador_log_ticket_of",
          "actions": "mostrador_log_ticket_of", "followups": "mostrador_log_ticket_of",
          "satisfaction": "mostrador_log_ticket_of", "playbook_runs": "mostrador_log_ticket_of",
          "ticket_tags": "mostrador_log_ticket_tag", "replies": "mostrador_log_reply",
          "accounts": "mostrador_log_account", "incidents": "mostrador_log_row",
          "customers": "mostrador_log_customer", "customer_addresses": "mostrador_log_customer_of"}
# 0010's notifying triggers that the log's replace (presence keeps its own).
NOTIFIED_BEFORE = {"tickets": "mostrador_notify_ticket", "notes": "mostrador_notify_ticket_of",
                   "events": "mostrador_notify_ticket_of", "actions": "mostrador_notify_ticket_of",
                   "replies": "mostrador_notify_reply", "accounts": "mostrador_notify_account"}


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("xact", sa.BigInteger(), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_id", sa.String(length=200), nullable=False),
        sa.Column("op", sa.String(length=1), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("reply_id", sa.Integer(), nullable=True),
        sa.Column("account", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index(op.f("ix_change_log_xact"), "change_log", ["xact"])
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(CHANGE)
    for function, body in LOG_FUNCTIONS.items():
        op.execute(f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE row record; "
                   "op text := left(TG_OP, 1); "
                   f"BEGIN IF TG_OP = 'DELETE' THEN row := OLD; ELSE row := NEW; END IF; {body} RETURN NULL; "
                   "END $$")
    for table in NOTIFIED_BEFORE:
        op.execute(f"DROP TRIGGER {table}_notify ON {table}")
    for table, function in LOGGED.items():
        op.execute(f"CREATE TRIGGER {table}_log AFTER INSERT OR UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {function}()")
    # Every agent's role writes the log (its triggers run as the writer): the team's group role gets it
    # here, whoever upgrades, not only through the default privileges of whoever ran `team init`.
    bind = op.get_bind()
    database = bind.execute(sa.text("SELECT current_database()")).scalar_one()
    group = f"mostrador_team_{re.sub(r'[^a-z0-9_]', '_', database.lower())}"[:63]  # workstation/team/roles.py
    if bind.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).first() is not None:
        quoted = bind.dialect.identifier_preparer.quote_identifier(group)
        op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON change_log TO {quoted}")
        op.execute(f"GRANT USAGE, SELECT ON SEQUENCE change_log_id_seq TO {quoted}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in LOGGED:
            op.execute(f"DROP TRIGGER {table}_log ON {table}")
        for function in LOG_FUNCTIONS:
            op.execute(f"DROP FUNCTION {function}()")
        op.execute("DROP FUNCTION mostrador_change(text, text, text, integer, integer, text)")
        for table, function in NOTIFIED_BEFORE.items():
            op.execute(f"CREATE TRIGGER {table}_notify AFTER INSERT OR UPDATE OR DELETE ON {table} "
                       f"FOR EACH ROW EXECUTE FUNCTION {function}()")
    op.drop_index(op.f("ix_change_log_xact"), table_name="change_log")
    op.drop_table("change_log")
