"""Keep watching: a sync pass, then IMAP IDLE on INBOX (or polling), again.

Each account gets its own thread and connection, kept between passes. A
failure that waiting may fix (server down, connection lost) is retried with
capped exponential backoff; one that it cannot fix (wrong password,
untrusted certificate) stops that account's watch with the reason, so there
is no retry storm. ``sync_now`` wakes every account for a pass at once.
While waiting, the full-text index's segments are merged a step at a time
(see ``store.search.merge_step``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from workstation.accounts import syncable_accounts
from workstation.errors import MostradorError, NotFound
from workstation.store.db import Store, describe, translate_error
from workstation.store.search import merge_step
from workstation.mail.imap import SyncError
from workstation.sync.engine import BATCH_SIZE, AccountSync, Progress, SyncSummary
from workstation.sync.head_start import HeadStart

log = logging.getLogger(__name__)

IDLE_SECONDS = 300  # re-issue IDLE before servers' 30-minute limit, and resync at least this often
POLL_SECONDS = 60
BACKOFF_START, BACKOFF_MAX = 5.0, 900.0

#: (account, summary) after each pass.
Passed = Callable[[str, SyncSummary], None]
#: (account, error, seconds until the next try, or None when the account's watch stops).
Failed = Callable[[str, MostradorError, float | None], None]


class Watcher:
    """One thread per account, each syncing, then waiting for the server to report a change."""

    def __init__(self, store: Store, names: list[str] | None, *, passed: Passed, failed: Failed,
                 progress: Progress | None = None, batch_size: int = BATCH_SIZE,
                 head_start: HeadStart | None = None) -> None:
        names = names or syncable_accounts(store)
        self.store = store
        self._passed, self._failed, self._progress, self._batch_size = passed, failed, progress, batch_size
        self._head_start = head_start
        self._stop = threading.Event()
        self._merging = threading.Lock()  # one account's thread at a time merges the shared index
        self._wakes = {name: threading.Event() for name in names}
        self._threads = [threading.Thread(target=self._watch, args=(name,), name=f"sync-{name}", daemon=True)
                         for name in names]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def sync_now(self) -> None:
        for wake in self._wakes.values():
            wake.set()

    def stop(self) -> None:
        self._stop.set()
        self.sync_now()  # out of IDLE and backoff waits

    def wait(self) -> None:
        """Until every account's watch has stopped (Ctrl+C stops them)."""
        try:
            while any(thread.is_alive() for thread in self._threads):
                for thread in self._threads:
                    thread.join(0.5)
        except KeyboardInterrupt:
            self.stop()

    def _watch(self, name: str) -> None:
        wake = self._wakes[name]
        backoff = BACKOFF_START
        engine = AccountSync(self.store, name, progress=self._progress, batch_size=self._batch_size,
                             head_start=self._head_start)
        try:
            while not self._stop.is_set():
                wake.clear()
                try:
                    self._passed(name, engine.run(keep_open=True))
                    backoff = BACKOFF_START
                    engine.wait_for_change(IDLE_SECONDS, POLL_SECONDS, wake, chore=self._merge_index)
                except Exception as exc:  # the server's, or the store's (locked, disk full), or no account
                    engine.close()
                    error = exc if isinstance(exc, MostradorError) else translate_error(
                        exc, describe(self.store.location.database_url))
                    if error is None:
                        raise  # a bug: the thread ends with its traceback
                    # The server's errors say whether waiting helps; the store's do (locked, full) unless
                    # the account itself is gone.
                    waiting_helps = error.retry if isinstance(error, SyncError) else not isinstance(error, NotFound)
                    if not waiting_helps:
                        self._failed(name, error, None)
                        return
                    pause = getattr(error, "retry_in", None) or backoff  # another desk syncs it: try again soon
                    self._failed(name, error, pause)
                    wake.wait(pause)
                    backoff = backoff if pause != backoff else min(backoff * 2, BACKOFF_MAX)
        finally:
            engine.close()

    def _merge_index(self) -> bool:
        """One short step of merging the search index's segments, which the syncs leave to the wait for
        mail; False when nothing is left or another account's thread is at it."""
        if not self._merging.acquire(blocking=False):
            return False
        try:
            with self.store.session() as session:
                return merge_step(session)
        finally:
            self._merging.release()


def watch(store: Store, names: list[str] | None, *, progress: Progress | None = None,
          report: Callable[[str], None] = print, batch_size: int = BATCH_SIZE,
          head_start: HeadStart | None = None) -> int:
    """The CLI's ``sync --watch``: one line a pass or error, until Ctrl+C."""

    def passed(name: str, summary: SyncSummary) -> None:
        report(f"{name}: {summary.new} new, {summary.updated} updated, {summary.expunged} expunged")

    def failed(name: str, exc: MostradorError, retry_in: float | None) -> None:
        report(f"{name}: stopped: {exc}" if retry_in is None else f"{name}: {exc} Retrying in {retry_in:.0f} s.")

    watcher = Watcher(store, names, passed=passed, failed=failed, progress=progress, batch_size=batch_size,
                      head_start=head_start)
    watcher.start()
    watcher.wait()
    return 0
