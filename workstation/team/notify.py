"""Live updates between desks (team mode): PostgreSQL's LISTEN/NOTIFY and change log, turned into ChangeSets.

Triggers (migration 0012) write a row in ``change_log`` for each row written in the tables a window shows
(the ticket, reply or account it is about; its table, row and operation; the writing transaction and
session) and notify the channel ``mostrador_changes`` once per transaction, with the id of its first row.
Presence (migration 0010) notifies ``t<id>`` directly and keeps no log: it is refreshed every 30 s anyway.
PostgreSQL delivers notifications when the transaction commits, and only then.

``ChangeListener`` keeps its own connection (psycopg 3, autocommit, keepalives), on a thread of its own. A
notification wakes it; it reads the log entries it has not applied yet and hands them to ``deliver`` as one
ChangeSet (``workstation.changes``), leaving out those of this desk's own sessions (the window applied its
own changes already). When the connection is lost it connects again and reads the log the same way: what
was written meanwhile arrives as it would have, notes and tags included, with no full refresh.

Which entries are not read yet: the log's ids come from a sequence, taken when a row is written, so a
transaction that took id 100 may commit after one that took 101; "everything after the last id" would
miss 100. Each read is one statement, one snapshot, which also returns the highest id it sees and the
transactions it sees running (``pg_snapshot_xip``). An entry that read could not see was either written by
one of those transactions, whatever its id, or written later, with a higher id (ids written before the
snapshot by transactions already finished are visible to it). So the next read asks for ids above that
highest one and for entries of those transactions: each entry once, none missed. A desk away longer than
the log is kept (``RETENTION``, rows pruned by the triggers) reads everything again. On SQLite
there is nobody else to hear from, and nothing starts.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from workstation.changes import NOTHING, ChangeSet
from workstation.store.db import Store

log = logging.getLogger(__name__)

CHANNEL = "mostrador_changes"
#: Notifications arriving within this long of the first are one ChangeSet (a sync batch's hundreds of tickets).
GATHER_SECONDS = 0.05
#: How long the log keeps an entry (migration 0012 prunes older ones); a desk that last read the log longer
#: ago than this, less an hour's margin, may have missed entries and reads everything again.
RETENTION = timedelta(days=1)
#: Log entries of these tables change these views' counts beyond their tickets'.
VIEWS_OF = {"replies": ("outbox",), "accounts": ("accounts",), "incidents": ("incidents",), "actions": ("actions",)}
RECONNECT_SECONDS = (0.5, 1, 2, 5, 10)


def parse(payloads: list[str]) -> ChangeSet:
    """The ChangeSet of a burst of notification payloads ("t12", "r7", "aSoporte"); others are ignored."""
    tickets: set[int] = set()
    replies: set[int] = set()
    accounts: set[str] = set()
    for payload in payloads:
        kind, value = payload[:1], payload[1:]
        if kind == "t" and value.isdigit():
            tickets.add(int(value))
        elif kind == "r" and value.isdigit():
            replies.add(int(value))
        elif kind == "a" and value:
            accounts.add(value)
    views = ("outbox",) if replies else ()
    return ChangeSet.of(tickets=tickets, replies=replies, accounts=accounts,
                        views=(*views, *(("accounts",) if accounts else ())))


def from_log(entries: list[tuple[Any, ...]]) -> ChangeSet:
    """The ChangeSet of change-log entries (table_name, ticket_id, reply_id, account)."""
    tickets: set[int] = set()
    replies: set[int] = set()
    accounts: set[str] = set()
    views: set[str] = set()
    for table, ticket, reply, account in entries:
        if ticket is not None:
            tickets.add(ticket)
        if reply is not None:
            replies.add(reply)
        if account:
            accounts.add(account)
        views.update(VIEWS_OF.get(table, ()))
    return ChangeSet.of(tickets=tickets, replies=replies, accounts=accounts, views=views)


class ChangeListener:
    """Listens on its own connection and thread; ``deliver`` is called on that thread (re-emit it as a Qt
    signal for a window: ``ui.live_updates``). ``written``, if given, is called after it with the part that
    rows written made (presence left out), for what only a real change should redraw."""

    def __init__(self, store: Store, deliver: Callable[[ChangeSet], None],
                 written: Callable[[ChangeSet], None] | None = None) -> None:
        self.store = store
        self._deliver = deliver
        self._written = written
        self._stop = threading.Event()
        self._conn = None
        # Where the change log was read last: the highest id the read saw, and the transactions it saw running
        # (their entries may have lower ids); when the connection was last known alive (time.time(): the
        # wall clock goes on while a laptop sleeps, the monotonic one may not).
        self._top: int | None = None
        self._running: list[int] = []
        self._alive_at = 0.0
        self.connected = threading.Event()
        # This desk's own sessions: what they write the window has applied already, so their notifications
        # are not news (a desk hearing its own presence heartbeat would redraw for nothing).
        self.own_pids: set[int] = set()
        from sqlalchemy import event

        event.listen(store.engine, "connect", self._own_session)
        store.engine.pool.dispose()  # the sessions pooled before this: replaced by ones it knows
        self._thread = threading.Thread(target=self._run, name="team-changes", daemon=True)

    def _own_session(self, dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        pid = getattr(getattr(dbapi_conn, "info", None), "backend_pid", None)
        if pid:
            self.own_pids.add(pid)

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)

    def _connect(self):  # type: ignore[no-untyped-def]
        import psycopg

        from workstation.team.synclock import KEEPALIVE_COUNT, KEEPALIVE_IDLE, KEEPALIVE_INTERVAL, conninfo

        conn = psycopg.connect(conninfo(self.store), autocommit=True, connect_timeout=10,
                               application_name="mostrador live updates", keepalives=1,
                               keepalives_idle=KEEPALIVE_IDLE, keepalives_interval=KEEPALIVE_INTERVAL,
                               keepalives_count=KEEPALIVE_COUNT)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        import psycopg

        failures = 0
        while not self._stop.is_set():
            try:
                conn = self._conn = self._connect()
            except psycopg.Error as exc:
                pause = RECONNECT_SECONDS[min(failures, len(RECONNECT_SECONDS) - 1)]
                log.info("live updates: cannot connect (%s); again in %s s", exc, pause)
                failures += 1
                self._stop.wait(pause)
                continue
            try:
                if self._top is None:  # the first connection: the window has just read everything
                    self._read_log(conn)
                else:  # a reconnect: what was written while nobody listened, read as it would have been heard
                    missed = self._read_log(conn, catching_up=True)
                    present = self._present(conn)  # who is on which ticket now: presence keeps no log
                    if missed or present:
                        self._send(missed, present)
                failures = 0
                self.connected.set()
                self._listen(conn)
            except psycopg.Error as exc:
                log.info("live updates: connection lost (%s); connecting again", exc)
            finally:
                self.connected.clear()
                self._conn = None
                try:
                    conn.close()
                except psycopg.Error:
                    pass

    def _listen(self, conn) -> None:  # type: ignore[no-untyped-def]
        while not self._stop.is_set():
            mine = self.own_pids
            payloads = [n.payload for n in conn.notifies(timeout=0.5, stop_after=1) if n.pid not in mine]
            if not payloads:
                conn.execute("SELECT 1")  # a dead connection shows itself here, not after TCP gives up
                self._alive_at = time.time()
                continue
            deadline = time.monotonic() + GATHER_SECONDS
            while (left := deadline - time.monotonic()) > 0:
                payloads.extend(n.payload for n in conn.notifies(timeout=left) if n.pid not in mine)
            present = parse(payloads)  # presence, which has no log
            written = self._read_log(conn) if any(p.isdigit() for p in payloads) else NOTHING
            if written or present:
                self._send(written, present)

    def _send(self, written: ChangeSet, present: ChangeSet) -> None:
        self._deliver(written | present)
        if written and self._written is not None:
            self._written(written)

    @staticmethod
    def _present(conn) -> ChangeSet:  # type: ignore[no-untyped-def]
        return ChangeSet.of(tickets=(r[0] for r in conn.execute("SELECT DISTINCT ticket_id FROM presence")))

    def _read_log(self, conn, catching_up: bool = False) -> ChangeSet:  # type: ignore[no-untyped-def]
        """The ChangeSet of the log entries not read yet (see the module's docstring), others' only; on the
        first call, nothing: where to start from."""
        # One statement, one snapshot; the entries' distinct subjects only, others' only (a sync batch writes
        # thousands of entries about a few hundred tickets).
        rows = conn.execute(
            "WITH s AS (SELECT (SELECT max(id) FROM change_log) AS top, ARRAY(SELECT x::text::bigint "
            "FROM pg_snapshot_xip(pg_current_snapshot()) AS x) AS running), "
            "c AS (SELECT DISTINCT table_name, ticket_id, reply_id, account FROM change_log "
            "WHERE (id > %(top)s OR xact = ANY(%(running)s)) AND pid <> ALL(%(mine)s)) "
            "SELECT s.top, s.running, c.table_name, c.ticket_id, c.reply_id, c.account FROM s LEFT JOIN c ON true",
            {"top": self._top if self._top is not None else 2**62, "running": self._running,
             "mine": sorted(self.own_pids)}).fetchall()
        stale = catching_up and time.time() - self._alive_at > (RETENTION - timedelta(hours=1)).total_seconds()
        # All this statement saw is read; what it could not see is either newer (a higher id) or written by a
        # transaction it saw running.
        self._top, self._running, self._alive_at = rows[0][0] or 0, list(rows[0][1]), time.time()
        if stale:
            log.info("live updates: away longer than the change log is kept; reading everything again")
            return ChangeSet.all()
        return from_log([r[2:] for r in rows if r[2] is not None])

    def drop_connection(self) -> None:
        """Close the connection from outside, as a network cut would (tests, and a desk going to sleep)."""
        conn = self._conn
        if conn is not None:
            try:
                conn.pgconn.finish()  # the socket goes; the thread notices and connects again
            except Exception:  # noqa: BLE001 - already gone
                pass


def listen(store: Store, deliver: Callable[[ChangeSet], None],
           written: Callable[[ChangeSet], None] | None = None) -> ChangeListener | None:
    """A started listener in team mode; None on SQLite."""
    return ChangeListener(store, deliver, written).start() if store.dialect == "postgresql" else None
