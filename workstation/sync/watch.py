"""Keep watching: a sync pass, then IMAP IDLE on INBOX (or polling), again.

Each account gets its own thread and connection. A failure that waiting may
fix (server down, connection lost) is retried with capped exponential
backoff; one that it cannot fix (wrong password, untrusted certificate) stops
that account's watch with the reason, so there is no retry storm.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import select

from workstation.store.db import Store
from workstation.store.models import Account
from workstation.sync.connection import SyncError
from workstation.sync.engine import AccountSync, Progress

log = logging.getLogger(__name__)

IDLE_SECONDS = 300  # re-issue IDLE before servers' 30-minute limit, and resync at least this often
POLL_SECONDS = 60
BACKOFF_START, BACKOFF_MAX = 5.0, 900.0


def _watch_account(store: Store, name: str, stop: threading.Event, progress: Progress | None,
                   report: Callable[[str], None]) -> None:
    backoff = BACKOFF_START
    engine = AccountSync(store, name, progress=progress)  # one connection, kept between passes
    try:
        while not stop.is_set():
            try:
                summary = engine.run(keep_open=True)
                report(f"{name}: {summary.new} new, {summary.updated} updated, {summary.expunged} expunged")
                backoff = BACKOFF_START
                engine.wait_for_change(IDLE_SECONDS, POLL_SECONDS, stop)
            except SyncError as exc:
                engine.close()
                if not exc.retry:
                    report(f"{name}: stopped: {exc}")
                    return
                report(f"{name}: {exc} Retrying in {backoff:.0f} s.")
                stop.wait(backoff)
                backoff = min(backoff * 2, BACKOFF_MAX)
    finally:
        engine.close()


def watch(store: Store, names: list[str] | None, *, progress: Progress | None = None,
          report: Callable[[str], None] = print, stop: threading.Event | None = None) -> int:
    stop = stop or threading.Event()
    with store.read() as session:
        available = list(session.scalars(select(Account.name).where(Account.enabled.is_(True),
                                                                    Account.is_sample.is_(False))))
    threads = [threading.Thread(target=_watch_account, args=(store, name, stop, progress, report),
                                name=f"sync-{name}", daemon=True) for name in (names or available)]
    for thread in threads:
        thread.start()
    try:
        while any(t.is_alive() for t in threads):
            time.sleep(0.5)
    except KeyboardInterrupt:
        stop.set()
    return 0
