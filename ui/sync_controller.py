"""Mail sync from the window: one worker process and one connection per account.

Each account has a child process (``python -m workstation sync --events
--watch``) that syncs, then waits for the server to report new mail (IMAP
IDLE, polling where the server has no IDLE) and syncs again, reporting
progress and each pass's outcome as JSON lines; the controller turns them
into signals. Parsing and storing thousands of messages in a process of its
own never competes with the GUI thread for Python's interpreter lock, so the
window stays responsive. "Sync now" asks a running process for a pass at
once (a line on its standard input); a timer restarts processes that ended.
An account whose error waiting cannot fix (wrong password, untrusted
certificate) is not retried until the user asks.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot

from workstation.accounts import syncable_accounts
from workstation.errors import MostradorError
from workstation.paths import ROOT
from workstation.store.db import Store

INTERVAL_MS = 120_000  # how often processes that ended are started again


@dataclass(frozen=True)
class SyncOutcome:
    """What a finished sync reports (the fields of SyncSummary.as_dict())."""

    account: str
    new: int
    updated: int
    expunged: int
    tickets_created: int
    errors: list[str]
    seconds: float


class SyncFailed(MostradorError):
    """A sync that failed in its worker process; ``retry`` says whether waiting may help."""

    def __init__(self, message: str, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


class SyncController(QObject):
    """Starts and tracks one sync process per account."""

    progress = Signal(str, str, int, int, float)  # account, folder, done, total, rate
    finished = Signal(str, object)  # account, SyncOutcome
    failed = Signal(str, object)  # account, SyncFailed
    state_changed = Signal(str, str)  # account, one line for the status bar

    def __init__(self, store: Store, run: Callable[..., None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._run = run  # Tasks.run: the account list is read on the database worker
        self._running: dict[str, QProcess] = {}
        self._buffers: dict[str, bytes] = {}
        self._busy: set[str] = set()  # accounts with a pass under way
        self._last: dict[str, str] = {}  # the kind of each process's last event
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

    def _command(self, account: str) -> list[str]:
        location = self.store.location
        args = ["-m", "workstation", "--data-dir", str(location.data_dir)]
        if not location.is_sqlite:
            args += ["--database", location.database_url]
        return [*args, "sync", "--events", "--watch", "--account", account]

    def sync(self, account: str) -> None:
        """A pass now: the account's process is asked for one, or started."""
        self._stopped.discard(account)
        self._busy.add(account)
        running = self._running.get(account)
        if running is not None:
            running.write(b"sync\n")
            return
        process = QProcess(self)
        process.setProgram(sys.executable)
        process.setArguments(self._command(account))
        process.setWorkingDirectory(str(ROOT))
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.setProperty("account", account)
        # Bound methods, not lambdas: Qt disconnects them when the controller goes.
        process.readyReadStandardOutput.connect(self._on_output)
        process.finished.connect(self._on_process_finished)
        process.errorOccurred.connect(self._on_process_error)
        self._running[account] = process
        self._buffers[account] = b""
        self._last.pop(account, None)
        self.state_changed.emit(account, self.tr("%1: connecting…").replace("%1", account))
        process.start()

    def is_running(self) -> bool:
        """Whether a pass is under way (watching processes wait between passes)."""
        return bool(self._busy)

    def _sender_account(self) -> str | None:
        sender = self.sender()
        return sender.property("account") if isinstance(sender, QProcess) else None

    @Slot()
    def _on_output(self) -> None:
        account = self._sender_account()
        if account is not None:
            self._read(account)

    @Slot(int, QProcess.ExitStatus)
    def _on_process_finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        account = self._sender_account()
        if account is not None:
            self._ended(account, code)

    @Slot(QProcess.ProcessError)
    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        account = self._sender_account()
        if account is not None:
            self._process_error(account, error)

    def _read(self, account: str, process: QProcess | None = None, *, final: bool = False) -> None:
        """Handle the complete JSON lines the child wrote; at the end, the last one too."""
        process = process or self._running.get(account)
        if process is None:
            return
        self._buffers[account] += bytes(process.readAllStandardOutput().data()) + (b"\n" if final else b"")
        *lines, self._buffers[account] = self._buffers[account].split(b"\n")
        for line in lines:
            if line.strip():
                self._event(account, json.loads(line))

    def _event(self, account: str, event: dict[str, Any]) -> None:
        kind = event.get("event")
        self._last[account] = str(kind)
        if kind == "progress":
            self._busy.add(account)
            done, total, rate = int(event["done"]), int(event["total"]), float(event["rate"])
            self.progress.emit(account, str(event["folder"]), done, total, rate)
            self.state_changed.emit(account, self.tr("%1: %2 of %3 messages (%4/s)")
                                    .replace("%1", account).replace("%2", f"{done:,}")
                                    .replace("%3", f"{total:,}").replace("%4", f"{rate:,.0f}"))
        elif kind == "finished":
            self._busy.discard(account)
            outcome = SyncOutcome(account, event["new"], event["updated"], event["expunged"],
                                  event["tickets_created"], list(event["errors"]), event["seconds"])
            self.state_changed.emit(account, self.tr("%1: up to date (%2 new)").replace("%1", account)
                                    .replace("%2", str(outcome.new)))
            self.finished.emit(account, outcome)
        elif kind == "failed":
            self._busy.discard(account)
            self._fail(account, SyncFailed(str(event["error"]), bool(event.get("retry"))))

    def _fail(self, account: str, error: SyncFailed) -> None:
        if not error.retry:
            self._stopped.add(account)
        self.state_changed.emit(account, self.tr("%1: %2").replace("%1", account).replace("%2", str(error)))
        self.failed.emit(account, error)

    def _ended(self, account: str, code: int) -> None:
        process = self._running.pop(account, None)
        if process is None:
            return
        self._read(account, process, final=True)
        self._busy.discard(account)
        if not self._shutting_down and self._last.get(account) != "failed":  # a failure it reported ends it
            detail = bytes(process.readAllStandardError().data()).decode("utf-8", "replace").strip()
            last = detail.splitlines()[-1] if detail else f"exit code {code}"
            self._fail(account, SyncFailed(self.tr("The sync stopped unexpectedly (%1).").replace("%1", last),
                                           retry=True))
        process.deleteLater()

    def _process_error(self, account: str, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and account in self._running:
            process = self._running.pop(account)
            self._busy.discard(account)
            self._fail(account, SyncFailed(self.tr("The sync could not start (%1).")
                                           .replace("%1", process.errorString()), retry=True))
            process.deleteLater()

    def shutdown(self) -> None:
        self._shutting_down = True
        self.timer.stop()
        for process in list(self._running.values()):
            process.terminate()  # each batch is its own transaction: stopping loses nothing
            if not process.waitForFinished(10000):
                process.kill()
                process.waitForFinished(5000)
