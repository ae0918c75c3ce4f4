"""Live updates between desks (team mode): PostgreSQL's LISTEN/NOTIFY, turned into ChangeSets.

Triggers (migration 0010) notify the channel ``mostrador_changes`` for each row written in the tables a
window shows: ``t<id>`` for a ticket (its own row, or a note, event or reply on it), ``r<id>`` for a reply in
the outbox, ``a<name>`` for an account whose state changed. PostgreSQL delivers them when the transaction
commits, and only then; identical ones within a transaction arrive once.

``ChangeListener`` keeps its own connection (psycopg 3, autocommit, keepalives), on a thread of its own,
and hands each burst of notifications to ``deliver`` as one ChangeSet (``workstation.changes``), leaving out
those of this desk's own sessions (the window applied its own changes already). When the
connection is lost it connects again, and first delivers what changed meanwhile: the tickets and replies
whose ``updated_at`` is after the last notification it received (less a margin for desks' clocks), and
every account. On SQLite there is nobody else to hear from, and nothing starts.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from workstation.changes import ChangeSet
from workstation.store.db import Store

log = logging.getLogger(__name__)

CHANNEL = "mostrador_changes"
#: Notifications arriving within this long of the first are one ChangeSet (a sync batch's hundreds of tickets).
GATHER_SECONDS = 0.05
#: How far before the last change seen a catch-up after a reconnect reads (other desks' clocks may differ).
CATCH_UP_MARGIN = timedelta(minutes=2)
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


class ChangeListener:
    """Listens on its own connection and thread; ``deliver`` is called on that thread (re-emit it as a Qt
    signal for a window: ``ui.live_updates``)."""

    def __init__(self, store: Store, deliver: Callable[[ChangeSet], None]) -> None:
        self.store = store
        self._deliver = deliver
        self._stop = threading.Event()
        self._conn = None
        self._last_seen: datetime | None = None  # the server's clock at the last notification received
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
                if self._last_seen is not None:  # a reconnect: what changed while nobody listened
                    missed = self._catch_up(conn, self._last_seen - CATCH_UP_MARGIN)
                    if missed:
                        self._deliver(missed)
                self._last_seen = self._now(conn)
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
                continue
            deadline = time.monotonic() + GATHER_SECONDS
            while (left := deadline - time.monotonic()) > 0:
                payloads.extend(n.payload for n in conn.notifies(timeout=left) if n.pid not in mine)
            self._last_seen = self._now(conn)
            changes = parse(payloads)
            if changes:
                self._deliver(changes)

    @staticmethod
    def _now(conn) -> datetime:  # type: ignore[no-untyped-def]
        return conn.execute("SELECT now()").fetchone()[0]

    @staticmethod
    def _catch_up(conn, since: datetime) -> ChangeSet:  # type: ignore[no-untyped-def]
        tickets = [r[0] for r in conn.execute("SELECT id FROM tickets WHERE updated_at >= %s", (since,))]
        replies = [r[0] for r in conn.execute("SELECT id FROM replies WHERE updated_at >= %s", (since,))]
        accounts = [r[0] for r in conn.execute("SELECT name FROM accounts")]
        return ChangeSet.of(tickets=tickets, replies=replies, accounts=accounts,
                            views=("outbox", "accounts") if replies else ("accounts",))

    def drop_connection(self) -> None:
        """Close the connection from outside, as a network cut would (tests, and a desk going to sleep)."""
        conn = self._conn
        if conn is not None:
            try:
                conn.pgconn.finish()  # the socket goes; the thread notices and connects again
            except Exception:  # noqa: BLE001 - already gone
                pass


def listen(store: Store, deliver: Callable[[ChangeSet], None]) -> ChangeListener | None:
    """A started listener in team mode; None on SQLite."""
    return ChangeListener(store, deliver).start() if store.dialect == "postgresql" else None
