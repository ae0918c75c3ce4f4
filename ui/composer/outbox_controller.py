"""Flushing the outbox from the window: a worker process, as for sync.

Sending runs in ``python -m workstation outbox flush --json``, never on the
GUI thread; a process of its own also means that a crash of the window mid-
send is the same as a kill of the flush, which the outbox already survives.
The window flushes right after a reply is queued and then every minute
(retries wait for their backoff in the store, so this costs nothing).
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot

from workstation.paths import ROOT
from workstation.store.db import Store

INTERVAL_MS = 60_000


class OutboxController(QObject):
    # Carries the flush summary (sent, retrying, failed, uncertain, errors...), or {"error": text}.
    flushed = Signal(dict)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._process: QProcess | None = None
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.flush)

    def start(self) -> None:
        self.timer.start()

    def flush(self) -> None:
        if self._process is not None:
            self._again = True  # a reply queued during a flush goes in the next one, right after
            return
        location = self.store.location
        args = ["-m", "workstation", "--data-dir", str(location.data_dir)]
        if not location.is_sqlite:
            args += ["--database", location.database_url]
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments([*args, "outbox", "flush", "--json"])
        process.setWorkingDirectory(str(ROOT))
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process = process
        process.start()

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, _code: int, _status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        output = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        error = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        process.deleteLater()
        summary: dict[str, Any]
        try:
            summary = json.loads(output)
        except json.JSONDecodeError:
            summary = {"error": error.splitlines()[-1] if error else self.tr("The outbox flush stopped.")}
        self.flushed.emit(summary)
        if self._again:
            self._again = False
            self.flush()

    @Slot(QProcess.ProcessError)
    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            process, self._process = self._process, None
            self.flushed.emit({"error": self.tr("The outbox flush could not start (%1).")
                               .replace("%1", process.errorString())})
            process.deleteLater()

    def shutdown(self) -> None:
        self.timer.stop()
        if self._process is not None:
            # A flush marks each reply durably before and after it goes: waiting is short and safe.
            if not self._process.waitForFinished(15000):
                self._process.kill()
                self._process.waitForFinished(5000)
