"""One worker process of the window (``python -m workstation ... --events``) and the events it writes.

The sync and the outbox controllers each run theirs through a
:class:`WorkerProcess`: it starts the command on this store, reads its
standard output as it comes, decodes it with the worker protocol
(:mod:`workstation.workers`) and hands each typed event over by signal; at
the end it says how the process ended and the last line it wrote on
standard error. What an ending means (a failure to report, a restart) is
the controller's to decide.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QProcess, Signal, Slot

from workstation.paths import ROOT, Location
from workstation.workers import Decoder, Event, ProtocolError

log = logging.getLogger(__name__)

# Workers told to stop when the window closed, finishing behind it (see WorkerProcess.stop_in_background).
_stopping: set[WorkerProcess] = set()


def worker_arguments(location: Location, *command: str) -> list[str]:
    """The interpreter's arguments for ``python -m workstation COMMAND`` on the store at ``location``."""
    args = ["-m", "workstation", "--data-dir", str(location.data_dir)]
    if not location.is_sqlite:
        args += ["--database", location.database_url]
    return [*args, *command]


class WorkerProcess(QObject):
    """A worker process, its output decoded into events. Start it once; ``stop`` ends it."""

    event = Signal(object)  # a workstation.workers event, in the order the worker wrote them
    ended = Signal(int, str)  # exit code, the last line on standard error ("" when none); after the last event
    not_started = Signal(str)  # why the process could not start (Qt's words)

    def __init__(self, arguments: list[str], *, name: str = "", parent: QObject | None = None) -> None:
        """``arguments``: the interpreter's (see :func:`worker_arguments`)."""
        super().__init__(parent)
        self.name = name  # what the controller runs it for (an account's name)
        self.last: Event | None = None  # the last event it wrote
        self._decoder = Decoder()
        self._over = False
        self.process = QProcess(self)
        self.process.setProgram(sys.executable)
        self.process.setArguments(arguments)
        self.process.setWorkingDirectory(str(ROOT))
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        # Bound methods, not lambdas: Qt disconnects them when this object goes.
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)

    def start(self) -> None:
        self.process.start()

    def send(self, line: str) -> None:
        """A line on the worker's standard input (``sync`` asks a watching worker for a pass)."""
        self.process.write(line.encode("utf-8") + b"\n")

    def is_running(self) -> bool:
        return not self._over

    def stop_in_background(self, *, terminate: bool) -> None:
        """End it without waiting (the window closes at once): ask it to stop (SIGTERM) when ``terminate``, else
        let it finish what it is doing. It no longer belongs to the window, so closing that does not kill it;
        :func:`finish_stopping` gives the stragglers a last grace when the application ends."""
        if self._over or self.process.state() == QProcess.ProcessState.NotRunning:
            return
        _stopping.add(self)
        self.setParent(QCoreApplication.instance())
        if terminate:
            self.process.terminate()

    @Slot()
    def _read(self) -> None:
        self._deliver(self._decoder.feed(bytes(self.process.readAllStandardOutput().data())))

    def _deliver(self, events: list[Event | ProtocolError]) -> None:
        for event in events:
            if isinstance(event, ProtocolError):  # stray output: logged, the rest still counts
                log.warning("worker %s: %s", " ".join(self.process.arguments()[-4:]), event)
                continue
            self.last = event
            self.event.emit(event)

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        if self._over:
            return
        self._over = True
        _stopping.discard(self)
        self._deliver(self._decoder.feed(bytes(self.process.readAllStandardOutput().data())))
        self._deliver(self._decoder.finish())
        detail = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        self.ended.emit(code, detail.splitlines()[-1] if detail else "")
        self.deleteLater()

    @Slot(QProcess.ProcessError)
    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._over:
            self._over = True
            self.not_started.emit(self.process.errorString())
            self.deleteLater()


def finish_stopping(grace_ms: int) -> None:
    """At the application's end, after the window has gone: wait at most ``grace_ms`` in all for the workers
    still finishing (a sync stops at once; a flush sends the reply it holds), then kill the rest. A kill
    loses nothing: a sync batch commits with its UID cursor, and a reply cut mid-send becomes
    delivery-uncertain, never sent again by itself."""
    deadline = QDeadlineTimer(grace_ms)
    for worker in list(_stopping):
        if not worker.process.waitForFinished(max(0, deadline.remainingTime())):
            worker.process.kill()
            worker.process.waitForFinished(2000)
        _stopping.discard(worker)
