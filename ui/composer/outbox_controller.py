"""Flushing the outbox from the window: a worker process, as for sync.

Sending runs in ``python -m workstation outbox flush --events``, never on
the GUI thread; a process of its own also means that a crash of the window
mid-send is the same as a kill of the flush, which the outbox already
survives. The flush reports one event of the worker protocol
(:mod:`workstation.workers`): what it did, with the replies and tickets it
changed, or why it failed. The window flushes right after a reply is
queued and then every minute (retries wait for their backoff in the store,
so this costs nothing).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ui.worker_process import WorkerProcess, worker_arguments
from workstation.store.db import Store
from workstation.workers import Event, Failed, FlushFinished, WorkerFailed

INTERVAL_MS = 60_000


class OutboxController(QObject):
    flushed = Signal(object)  # workstation.workers.FlushFinished (its .changes for the window)
    failed = Signal(object)  # workstation.workers.WorkerFailed

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._worker: WorkerProcess | None = None
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.flush)

    def start(self) -> None:
        self.timer.start()

    def flush(self) -> None:
        if self._worker is not None:
            self._again = True  # a reply queued during a flush goes in the next one, right after
            return
        worker = self._new_worker()
        worker.event.connect(self._on_event)
        worker.ended.connect(self._on_ended)
        worker.not_started.connect(self._on_not_started)
        self._worker = worker
        worker.start()

    def _new_worker(self) -> WorkerProcess:
        return WorkerProcess(worker_arguments(self.store.location, "outbox", "flush", "--events"), parent=self)

    @Slot(object)
    def _on_event(self, event: Event) -> None:
        if isinstance(event, FlushFinished):
            self.flushed.emit(event)
        elif isinstance(event, Failed):
            self.failed.emit(event.as_error())

    @Slot(int, str)
    def _on_ended(self, _code: int, detail: str) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        if not isinstance(worker.last, (FlushFinished, Failed)):  # it ended without saying how it went
            self.failed.emit(WorkerFailed(detail or self.tr("The outbox flush stopped."), kind="WorkerStopped"))
        if self._again:
            self._again = False
            self.flush()

    @Slot(str)
    def _on_not_started(self, why: str) -> None:
        self._worker = None
        self.failed.emit(WorkerFailed(self.tr("The outbox flush could not start (%1).").replace("%1", why),
                                      kind="WorkerNotStarted"))

    def shutdown(self) -> None:
        self.timer.stop()
        if self._worker is not None:
            # Not waited for: it finishes behind the closed window (ui.worker_process.finish_stopping). A flush
            # marks each reply durably before and after it goes, so even a kill never sends one twice.
            self._worker.stop_in_background(terminate=False)
