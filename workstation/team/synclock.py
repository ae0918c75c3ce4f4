"""One syncer per inbox, decided by the database (team mode on PostgreSQL).

A desk syncs an inbox only while it holds that inbox's advisory lock, taken with ``pg_try_advisory_lock``
on a connection of its own, outside SQLAlchemy's pool, so that no pooled connection's reset or recycling
drops it. PostgreSQL releases the lock when that session ends: at once when the holder's process dies
(its socket closes), and within about half a minute when its machine vanishes (a closed laptop, a lost
network), through TCP keepalives set on both ends of the connection. The other desks try again every
``RETRY_SECONDS`` and so take over within a minute.

A desk that holds no password for an inbox never takes its lock and never writes the account's state
(its last error would read as failing for everybody); it says who syncs it instead. Whoever holds the
lock writes its name in ``sync_holders``; the row is believed only while PostgreSQL says the lock is held.
On SQLite there is one desk and none of this applies.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.engine import make_url

from workstation.store.db import Store
from workstation.mail.imap import SyncError

log = logging.getLogger(__name__)

#: The first key of every inbox's advisory lock ("MOST"); the second is the account's id.
LOCK_CLASS = 0x4D4F5354
#: How often a desk that does not hold an inbox's lock tries to take it.
RETRY_SECONDS = 10.0
#: TCP keepalives on the lock's connection, on both ends: a silent peer is given up after about
#: IDLE + INTERVAL * COUNT seconds (25 s).
KEEPALIVE_IDLE, KEEPALIVE_INTERVAL, KEEPALIVE_COUNT = 10, 5, 3


class SyncedElsewhere(SyncError):
    """This desk does not sync the inbox now: another desk holds its lock, or this one has no password."""

    retry = True
    retry_in = RETRY_SECONDS


def conninfo(store: Store) -> str:
    """The libpq connection string of the store's URL (psycopg's own, password included)."""
    url = make_url(store.location.database_url)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def _label(agent: str) -> str:
    return f"{agent}'s desk"


def holder(store: Store, account_id: int) -> str | None:
    """Who syncs the inbox now ("Marta's desk"), or None when nobody holds its lock."""
    from workstation.team.models import SyncHolder

    if store.dialect != "postgresql":
        return None
    with store.read() as session:
        held = session.execute(text(
            "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = CAST(:k AS oid) "
            "AND objid = CAST(:a AS oid) AND objsubid = 2 AND granted "
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
            {"k": LOCK_CLASS, "a": account_id}).first() is not None
        if not held:
            return None
        agent = session.scalar(select(SyncHolder.agent).where(SyncHolder.account_id == account_id))
    return _label(agent) if agent else "another desk"


class InboxLocks:
    """This desk's turn at syncing inboxes: one lock connection, holding the locks of the inboxes it syncs."""

    def __init__(self, store: Store, agent: str) -> None:
        self.store = store
        self.agent = agent
        self._conn: Any = None
        self._held: set[int] = set()

    def _connection(self) -> Any:
        import psycopg

        if self._conn is not None and not self._conn.closed:
            try:
                self._conn.execute("SELECT 1")
                return self._conn
            except psycopg.Error:  # the session is gone, and with it every lock it held
                log.warning("the sync lock's connection was lost; the inboxes' locks are gone with it")
                self._drop()
        options = (f"-c tcp_keepalives_idle={KEEPALIVE_IDLE} -c tcp_keepalives_interval={KEEPALIVE_INTERVAL} "
                   f"-c tcp_keepalives_count={KEEPALIVE_COUNT}")
        self._conn = psycopg.connect(
            conninfo(self.store), autocommit=True, connect_timeout=10, application_name=f"mostrador sync: "
            f"{_label(self.agent)}"[:63], keepalives=1, keepalives_idle=KEEPALIVE_IDLE,
            keepalives_interval=KEEPALIVE_INTERVAL, keepalives_count=KEEPALIVE_COUNT, options=options)
        return self._conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        self._held.clear()
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 - a connection already broken
                pass

    def take(self, account_id: int, account_name: str, password: Callable[[], str | None]) -> None:
        """Hold the inbox's lock from here on, or raise SyncedElsewhere saying who syncs it."""
        import psycopg

        if not password():
            who = holder(self.store, account_id)
            raise SyncedElsewhere(
                f"Synced by {who}." if who else f"This desk has no password for {account_name}, and no desk "
                "is syncing it now.", hint="" if who else f"Add {account_name} again on this desk (its password "
                "goes to this computer's keyring), or start the desk that has it.",
                code="team_synced_by" if who else "team_no_password_here",
                params={"who": who} if who else {"account": account_name})
        try:
            conn = self._connection()
            if account_id not in self._held:
                if not conn.execute("SELECT pg_try_advisory_lock(%s, %s)", (LOCK_CLASS, account_id)).fetchone()[0]:
                    who = holder(self.store, account_id)
                    raise SyncedElsewhere(f"Synced by {who or 'another desk'}.",
                                          code="team_synced_by" if who else "team_synced_elsewhere",
                                          params={"who": who} if who else {})
                self._held.add(account_id)
                self._record(account_id)
                log.info("%s: this desk now syncs it", account_name)
        except psycopg.OperationalError as exc:
            self._drop()
            raise SyncError(f"Cannot reach the team's database to take {account_name}'s sync lock ({exc}).",
                            code="team_lock_unreachable", params={"account": account_name, "reason": str(exc)}) from exc

    def _record(self, account_id: int) -> None:
        from workstation.team.models import SyncHolder

        with self.store.session() as session:
            session.execute(delete(SyncHolder).where(SyncHolder.account_id == account_id))
            session.add(SyncHolder(account_id=account_id, agent=self.agent, host=socket.gethostname()[:255],
                                   pid=os.getpid(), since=datetime.now(UTC)))

    def release(self, account_id: int) -> None:
        if account_id not in self._held:
            return
        self._held.discard(account_id)
        try:
            self._conn.execute("SELECT pg_advisory_unlock(%s, %s)", (LOCK_CLASS, account_id))
        except Exception:  # noqa: BLE001 - the session is gone: so is the lock
            self._drop()
        if not self._held:
            self._drop()

    def close(self) -> None:
        self._drop()


def locks_for(store: Store, agent: Callable[[], str]) -> InboxLocks | None:
    """The desk's sync locks in team mode; None on SQLite."""
    return InboxLocks(store, agent()) if store.dialect == "postgresql" else None
