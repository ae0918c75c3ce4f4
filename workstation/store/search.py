"""Full-text search over messages, on SQLite (FTS5) and PostgreSQL (tsvector).

The user's words are reduced to plain terms before they reach either engine,
so no query syntax typed into a search box can break the statement. Every
term must match; the last one also matches as a prefix, for search-as-you-type.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

_TERM = re.compile(r"\w+", re.UNICODE)
#: How many of the newest matching messages are ranked when a search matches more.
RANK_WINDOW = 5000

#: Database objects made by the search migration and not described by the models.
SEARCH_TABLE_PREFIX = "messages_fts"
SEARCH_COLUMNS = {("messages", "search_vector")}


def is_search_object(name: str | None, type_: str, parent_table: str | None = None) -> bool:
    """True for the objects that full-text search adds beside the models."""
    if type_ == "table" and name and name.startswith(SEARCH_TABLE_PREFIX):
        return True
    if type_ == "column" and (parent_table, name) in SEARCH_COLUMNS:
        return True
    return type_ == "index" and name in ("ix_messages_search_vector", "ix_tickets_due")


_GROUP = re.compile(r'"([^"]*)"?|([^"\s]+)')


def terms(query: str) -> list[str]:
    return _TERM.findall(query)


def groups(query: str) -> list[tuple[str, ...]]:
    """The query's words and "quoted phrases" in order, each a tuple of terms (a word: one term)."""
    found: list[tuple[str, ...]] = []
    for match in _GROUP.finditer(query or ""):
        if match.group(1) is not None:
            phrase = tuple(terms(match.group(1)))
            if phrase:
                found.append(phrase)
        else:
            found.extend((word,) for word in terms(match.group(2)))
    return found


def _open_ended(query: str, prefix: bool) -> bool:
    """Whether the last word is still being typed (search-as-you-type): never after a closed phrase."""
    return prefix and not (query or "").rstrip().endswith('"')


def fts5_expression(query: str, *, prefix: bool = True) -> str | None:
    found = groups(query)
    if not found:
        return None
    quoted = ['"' + " ".join(found_group).replace('"', '""') + '"' for found_group in found]
    if _open_ended(query, prefix) and len(found[-1]) == 1:
        quoted[-1] += "*"
    return " ".join(quoted)


def tsquery_expression(query: str, *, prefix: bool = True) -> str | None:
    found = [tuple(w.lower() for w in group) for group in groups(query)]
    if not found:
        return None
    parts = [" <-> ".join(f"'{w}'" for w in group) for group in found]
    parts = [f"({part})" if len(group) > 1 else part for part, group in zip(parts, found, strict=True)]
    if _open_ended(query, prefix) and len(found[-1]) == 1:
        parts[-1] += ":*"
    return " & ".join(parts)


def fold(text: str) -> str:
    """Lower case without accents, as the full-text index folds them (café, CAFE and cafe are one word)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class Matcher:
    """Whether a text matches the words and phrases of a query, as search would find it, in Python: whole
    words only ("no" does not match "now", "carga" not "cargador"), accents folded, every word present,
    each "quoted phrase" in order. For crisis auto-linking and lessons, where a near miss writes to a
    customer who never had the problem."""

    def __init__(self, query: str) -> None:
        self.groups = [tuple(fold(w) for w in group) for group in groups(query)]

    def __bool__(self) -> bool:
        return bool(self.groups)

    def __call__(self, text: str) -> bool:
        if not self.groups:
            return False
        words = terms(fold(text))
        present = set(words)
        for group in self.groups:
            if len(group) == 1:
                if group[0] not in present:
                    return False
            elif not any(tuple(words[i:i + len(group)]) == group for i, w in enumerate(words) if w == group[0]):
                return False
        return True


@dataclass(frozen=True)
class Hit:
    message_id: int
    ticket_id: int | None
    rank: float  # lower is better


def search_messages(session: Session, query: str, *, limit: int = 200, prefix: bool = True) -> list[Hit]:
    """Messages matching every term of ``query``, best first; ``prefix``: the last word may be unfinished."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        expression = fts5_expression(query, prefix=prefix)
        if expression is None:
            return []
        # A very common word matches most of the store; ranking all of it costs a few hundred ms at
        # 500k messages. Beyond RANK_WINDOW matches, only the newest RANK_WINDOW are ranked.
        floor = session.execute(
            text("SELECT rowid FROM messages_fts WHERE messages_fts MATCH :q ORDER BY rowid DESC "
                 "LIMIT 1 OFFSET :window"),
            {"q": expression, "window": RANK_WINDOW},
        ).scalar() or 0
        rows = session.execute(
            text(
                "SELECT m.id, m.ticket_id, bm25(messages_fts, 10.0, 5.0, 5.0, 1.0) AS rank "
                "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
                "WHERE messages_fts MATCH :q AND messages_fts.rowid > :floor ORDER BY rank LIMIT :n"
            ),
            {"q": expression, "n": limit, "floor": floor},
        )
    elif dialect == "postgresql":
        expression = tsquery_expression(query, prefix=prefix)
        if expression is None:
            return []
        rows = session.execute(
            text(
                "SELECT m.id, m.ticket_id, -ts_rank(m.search_vector, q) AS rank "
                "FROM messages m, to_tsquery('simple', :q) q "
                "WHERE m.search_vector @@ q ORDER BY rank, m.id LIMIT :n"
            ),
            {"q": expression, "n": limit},
        )
    else:  # pragma: no cover - only the two supported engines
        raise NotImplementedError(f"no full-text search for {dialect}")
    return [Hit(int(r[0]), r[1], float(r[2])) for r in rows]


def search_ticket_ids(session: Session, query: str, *, limit: int = 200, prefix: bool = True) -> list[int]:
    """Tickets whose messages match, ordered by their best-matching message."""
    seen: dict[int, None] = {}
    for hit in search_messages(session, query, limit=limit * 5, prefix=prefix):
        if hit.ticket_id is not None and hit.ticket_id not in seen:
            seen[hit.ticket_id] = None
            if len(seen) >= limit:
                break
    return list(seen)


@contextmanager
def deferred_indexing(session: Session) -> Iterator[None]:
    """Index messages inserted inside the block in one pass at its end.

    SQLite's per-row FTS5 trigger costs tens of microseconds a row; a bulk
    load (sample data, a large sync batch) indexes its new rows with one
    INSERT ... SELECT instead, about ten times faster. The trigger is dropped
    and re-created inside the caller's transaction, so other connections
    never see the store without it. On PostgreSQL the generated column needs
    nothing: the block runs as is.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    trigger_sql = session.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'messages_fts_ai'")
    ).scalar_one()
    first_new = (session.execute(text("SELECT max(id) FROM messages")).scalar() or 0) + 1
    session.execute(text("DROP TRIGGER messages_fts_ai"))
    yield
    session.execute(
        text(
            "INSERT INTO messages_fts(rowid, subject, from_name, from_addr, body_text) "
            "SELECT id, subject, from_name, from_addr, body_text FROM messages WHERE id >= :first"
        ),
        {"first": first_new},
    )
    session.execute(text(trigger_sql))


#: Leaf pages one merge step may write: about a tenth of a second, the longest other writers wait.
MERGE_PAGES = 200


def merge_step(session: Session, pages: int = MERGE_PAGES) -> bool:
    """Merge some of the full-text index's segments (which a sync leaves to the watch's idle time, see
    migration 0006); True while more remains. Nothing to do on PostgreSQL."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    connection = session.connection().connection.driver_connection
    before = connection.total_changes
    session.execute(text("INSERT INTO messages_fts(messages_fts, rank) VALUES ('merge', :pages)"),
                    {"pages": pages})
    return connection.total_changes - before >= 2  # FTS5's own sign that work remains
