"""The one way to run work off the GUI thread.

``Tasks.run(fn, on_done, on_error)`` runs ``fn`` on a worker and calls back
on the GUI thread. Database work is serialised on a single worker thread, so
two writes from the window never race each other; each mail account will get
its own worker with its own connection. Widgets are never touched from a
worker: results travel back by queued signal.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import isValid

from workstation.errors import MostradorError

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits, the slots run here (queued)."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_failed = on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        self._on_done(result)

    @Slot(object)
    def _deliver_failed(self, exc: BaseException) -> None:
        self._on_failed(exc)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except MostradorError as exc:
            self.relay.failed.emit(exc)
        except Exception as exc:  # a bug: keep the traceback for the log
            exc.__mostrador_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


class Tasks(QObject):
    """Runs callables on a worker; errors go to ``error`` unless handled."""

    # An environment problem (MostradorError) or a bug (any other exception).
    error = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # database work, one at a time
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        def finished(result: Any) -> None:
            self._release(relay)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._release(relay)
            if not isinstance(exc, MostradorError):
                log.error("background task failed:\n%s", getattr(exc, "__mostrador_traceback__", exc))
            if on_error is not None:
                on_error(exc)
            else:
                self.error.emit(exc)

        relay = _Relay(finished, failed)
        self._relays.add(relay)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(fn, relay))

    def _release(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays and isValid(self):  # a result may land after the window (and this) went
            self.busy_changed.emit(False)

    def is_busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued work ends (for shutdown and the screenshot mode)."""
        return self._pool.waitForDone(msecs)
