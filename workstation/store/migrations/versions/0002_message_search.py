"""Full-text search over messages: subject, sender and body.

SQLite: an external-content FTS5 table kept in step with ``messages`` by
triggers (accents folded, so "facturacion" finds "facturación").
PostgreSQL: a generated ``tsvector`` column with a GIN index, 'simple'
configuration since one queue mixes Spanish and English.
Existing messages are indexed as part of the upgrade.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
    """
    CREATE VIRTUAL TABLE messages_fts USING fts5(
        subject, from_name, from_addr, body_text,
        content='messages', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER messages_fts_ai AFTER INSERT ON messages BEGIN
        INSERT INTO messages_fts(rowid, subject, from_name, from_addr, body_text)
        VALUES (new.id, new.subject, new.from_name, new.from_addr, new.body_text);
    END
    """,
    """
    CREATE TRIGGER messages_fts_ad AFTER DELETE ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, subject, from_name, from_addr, body_text)
        VALUES ('delete', old.id, old.subject, old.from_name, old.from_addr, old.body_text);
    END
    """,
    """
    CREATE TRIGGER messages_fts_au AFTER UPDATE OF subject, from_name, from_addr, body_text ON messages BEGIN
        INSERT INTO messages_fts(messages_fts, rowid, subject, from_name, from_addr, body_text)
        VALUES ('delete', old.id, old.subject, old.from_name, old.from_addr, old.body_text);
        INSERT INTO messages_fts(rowid, subject, from_name, from_addr, body_text)
        VALUES (new.id, new.subject, new.from_name, new.from_addr, new.body_text);
    END
    """,
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS messages_fts_au",
    "DROP TRIGGER IF EXISTS messages_fts_ad",
    "DROP TRIGGER IF EXISTS messages_fts_ai",
    "DROP TABLE IF EXISTS messages_fts",
]

POSTGRES_UP = [
    # Punctuation becomes a space before parsing, so words split as they do in
    # SQLite's unicode61 tokenizer and in search.terms(): "PED-4411" is
    # "ped" and "4411", an address is its parts.
    """
    ALTER TABLE messages ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', regexp_replace(coalesce(subject, ''), '[^[:alnum:]_]+', ' ', 'g')), 'A') ||
        setweight(to_tsvector('simple', regexp_replace(coalesce(from_name, '') || ' ' || coalesce(from_addr, ''),
                                                        '[^[:alnum:]_]+', ' ', 'g')), 'B') ||
        setweight(to_tsvector('simple', regexp_replace(coalesce(left(body_text, 200000), ''),
                                                        '[^[:alnum:]_]+', ' ', 'g')), 'C')
    ) STORED
    """,
    "CREATE INDEX ix_messages_search_vector ON messages USING gin (search_vector)",
]

POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_messages_search_vector",
    "ALTER TABLE messages DROP COLUMN IF EXISTS search_vector",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(POSTGRES_DOWN)
