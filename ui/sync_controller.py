"""Mail sync from the window: one worker process and one connection per account.

Each account has a child process (``python -m workstation sync --events
--watch``) that syncs, then waits for the server to report new mail (IMAP
IDLE, polling where the server has no IDLE) and syncs again, reporting
progress and each pass's outcome as events of the worker protocol
(:mod:`workstation.workers`); the controller turns them into signals, and
a finished pass carries the :class:`~workstation.changes.ChangeSet` the
window applies. Parsing and storing thousands of messages in a process of
its own never competes with the GUI thread for Python's interpreter lock,
so the window stays responsive. "Sync now" asks a running process for a
pass at once (a line on its standard input); a timer restarts processes
that ended. An account whose error waiting cannot fix (wrong password,
untrusted certificate) is not retried until the user asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ui.errors import error_text
from ui.worker_process import WorkerProcess, worker_arguments
from workstation.accounts import syncable_accounts
from workstation.store.db import Store
from workstation.workers import Event, Failed, Progress, SyncFinished, WorkerFailed

INTERVAL_MS = 120_000  # how often processes that ended are started again


class SyncController(QObject):
    """Starts and tracks one sync process per account."""

    progress = Signal(str, str, int, int, float)  # account, folder, done, total, rate
    finished = Signal(str, object)  # account, workstation.workers.SyncFinished (its .changes for the window)
    failed = Signal(str, object)  # account, workstation.workers.WorkerFailed (.retry: whether waiting helps)
    state_changed = Signal(str, str)  # account, one line for the status bar

    def __init__(self, store: Store, run: Callable[..., None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._run = run  # Tasks.run: the account list is read on the database worker
        self._running: dict[str, WorkerProcess] = {}
        self._busy: set[str] = set()  # accounts with a pass under way
        self._stopped: set[str] = set()  # errors that waiting will not fix
        self._shutting_down = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.sync_all(automatic=True))

    def accounts(self) -> list[str]:
        return syncable_accounts(self.store)

    def start(self) -> None:
        self.timer.start()
        self.sync_all(automatic=True)

    def sync_all(self, *, automatic: bool = False) -> None:
        def start(names: list[str]) -> None:
            for name in names:
                # The timer starts what is not running; a watching process needs no nudge.
                if not (automatic and (name in self._stopped or name in self._running)):
                    self.sync(name)

        self._run(self.accounts, start)

    def sync(self, account: str) -> None:
        """A pass now: the account's process is asked for one, or started."""
        self._stopped.discard(account)
        self._busy.add(account)
        running = self._running.get(account)
        if running is not None:
            running.send("sync")
            return
        worker = self._new_worker(account)
        worker.event.connect(self._on_event)
        worker.ended.connect(self._on_ended)
        worker.not_started.connect(self._on_not_started)
        self._running[account] = worker
        self.state_changed.emit(account, self.tr("%1: connecting…").replace("%1", account))
        worker.start()

    def _new_worker(self, account: str) -> WorkerProcess:
        return WorkerProcess(worker_arguments(self.store.location, "sync", "--events", "--watch", "--account",
                                              account), name=account, parent=self)

    def is_running(self) -> bool:
        """Whether a pass is under way (watching processes wait between passes)."""
        return bool(self._busy)

    def _worker(self) -> WorkerProcess | None:
        sender = self.sender()
        return sender if isinstance(sender, WorkerProcess) else None

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        worker = self._worker()
        if worker is None:
            return
        account = worker.name
        if isinstance(event, Progress):
            self._busy.add(account)
            self.progress.emit(account, event.folder, event.done, event.total, event.rate)
            self.state_changed.emit(account, self.tr("%1: %2 of %3 messages (%4/s)")
                                    .replace("%1", account).replace("%2", f"{event.done:,}")
                                    .replace("%3", f"{event.total:,}").replace("%4", f"{event.rate:,.0f}"))
        elif isinstance(event, SyncFinished):
            self._busy.discard(account)
            self.state_changed.emit(account, self.tr("%1: up to date (%2 new)").replace("%1", account)
                                    .replace("%2", str(event.new)))
            self.finished.emit(account, event)
        elif isinstance(event, Failed):
            self._busy.discard(account)
            self._fail(account, event.as_error())

    def _fail(self, account: str, error: WorkerFailed) -> None:
        if not error.retry:
            self._stopped.add(account)
        self.state_changed.emit(account, self.tr("%1: %2").replace("%1", account).replace("%2", error_text(error)))
        self.failed.emit(account, error)

    @Slot(int, str)
    def _on_ended(self, code: int, detail: str) -> None:
        worker = self._worker()
        if worker is None or self._running.get(worker.name) is not worker:
            return
        account = worker.name
        del self._running[account]
        self._busy.discard(account)
        if not self._shutting_down and not isinstance(worker.last, Failed):  # a failure it reported ends it
            self._fail(account, WorkerFailed(self.tr("The sync stopped unexpectedly (%1).").replace(
                "%1", detail or f"exit code {code}"), kind="WorkerStopped", retry=True))

    @Slot(str)
    def _on_not_started(self, why: str) -> None:
        worker = self._worker()
        if worker is None or self._running.get(worker.name) is not worker:
            return
        account = worker.name
        del self._running[account]
        self._busy.discard(account)
        self._fail(account, WorkerFailed(self.tr("The sync could not start (%1).").replace("%1", why),
                                         kind="WorkerNotStarted", retry=True))

    def shutdown(self) -> None:
        self._shutting_down = True
        self.timer.stop()
        for worker in list(self._running.values()):
            # Not waited for: each batch commits with the folder's UID cursor, so a pass stopped anywhere resumes
            # at the next start to the store an uninterrupted one gives.
            worker.stop_in_background(terminate=True)
