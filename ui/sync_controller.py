"""Mail sync from the window: one worker thread and one connection per account.

Progress (messages done, total, rate) and errors reach the window by signal;
no widget is touched from a worker. Each account syncs on a timer and on
request; an account whose error waiting cannot fix (wrong password,
untrusted certificate) is not retried until the user asks.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from sqlalchemy import select

from workstation.store.db import Store
from workstation.store.models import Account
from workstation.sync.connection import SyncError
from workstation.sync.engine import AccountSync, SyncProgress

INTERVAL_MS = 120_000
# A sync thread runs Python code too; a short switch interval hands the GIL
# back to the GUI thread often, so the window keeps answering (default 5 ms).
GIL_SWITCH_INTERVAL = 0.001


class _AccountWorker(QObject):
    progress = Signal(str, str, int, int, float)  # account, folder, done, total, rate
    finished = Signal(str, object)  # account, SyncSummary
    failed = Signal(str, object)  # account, exception

    def __init__(self, store: Store, account: str) -> None:
        super().__init__()
        self.store = store
        self.account = account

    @Slot()
    def run(self) -> None:
        def report(p: SyncProgress) -> None:
            self.progress.emit(p.account, p.folder, p.done, p.total, p.rate)

        try:
            summary = AccountSync(self.store, self.account, progress=report).run()
        except Exception as exc:  # typed SyncErrors and bugs alike go to the window
            self.failed.emit(self.account, exc)
        else:
            self.finished.emit(self.account, summary)


class SyncController(QObject):
    """Starts and tracks one sync thread per account."""

    progress = Signal(str, str, int, int, float)
    finished = Signal(str, object)
    failed = Signal(str, object)
    state_changed = Signal(str, str)  # account, one line for the status bar

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._running: dict[str, tuple[QThread, _AccountWorker]] = {}
        self._stopped: set[str] = set()  # errors that waiting will not fix
        sys.setswitchinterval(GIL_SWITCH_INTERVAL)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.sync_all(automatic=True))

    def accounts(self) -> list[str]:
        with self.store.read() as session:
            return list(session.scalars(select(Account.name).where(
                Account.enabled.is_(True), Account.is_sample.is_(False)).order_by(Account.name)))

    def start(self) -> None:
        self.timer.start()
        self.sync_all(automatic=True)

    def sync_all(self, *, automatic: bool = False) -> None:
        for name in self.accounts():
            if automatic and name in self._stopped:
                continue
            self.sync(name)

    def sync(self, account: str) -> None:
        if account in self._running:
            return
        self._stopped.discard(account)
        thread = QThread(self)
        thread.setObjectName(f"sync-{account}")
        worker = _AccountWorker(self.store, account)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._running[account] = (thread, worker)
        self.state_changed.emit(account, self.tr("%1: connecting…").replace("%1", account))
        thread.start()

    def is_running(self) -> bool:
        return bool(self._running)

    def _end(self, account: str) -> None:
        thread, worker = self._running.pop(account)
        thread.quit()
        thread.wait()
        worker.deleteLater()
        thread.deleteLater()

    @Slot(str, str, int, int, float)
    def _on_progress(self, account: str, folder: str, done: int, total: int, rate: float) -> None:
        self.progress.emit(account, folder, done, total, rate)
        self.state_changed.emit(account, self.tr("%1: %2 of %3 messages (%4/s)")
                                .replace("%1", account).replace("%2", f"{done:,}").replace("%3", f"{total:,}")
                                .replace("%4", f"{rate:,.0f}"))

    @Slot(str, object)
    def _on_finished(self, account: str, summary: object) -> None:
        self._end(account)
        new = getattr(summary, "new", 0)
        self.state_changed.emit(account, self.tr("%1: up to date (%2 new)").replace("%1", account)
                                .replace("%2", str(new)))
        self.finished.emit(account, summary)

    @Slot(str, object)
    def _on_failed(self, account: str, exc: object) -> None:
        self._end(account)
        if isinstance(exc, SyncError) and not exc.retry:
            self._stopped.add(account)
        message = str(exc) if isinstance(exc, SyncError) else type(exc).__name__
        self.state_changed.emit(account, self.tr("%1: %2").replace("%1", account).replace("%2", message))
        self.failed.emit(account, exc)

    def shutdown(self) -> None:
        self.timer.stop()
        for thread, _ in list(self._running.values()):
            thread.quit()
            thread.wait(30000)
