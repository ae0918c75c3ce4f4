"""Other desks' changes, in team mode: the listener's ChangeSets (workstation.team.notify) as a Qt signal.

The listener calls back on its own thread; a signal emitted there reaches the window's slots on the GUI
thread (a queued connection), where ``MainWindow.apply_changes`` takes them like any other change. On
SQLite nothing listens and the signal never fires.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from workstation.store.db import Store
from workstation.team.notify import listen


class LiveUpdates(QObject):
    changed = Signal(object)  # a workstation.changes.ChangeSet: rows written and presence
    written = Signal(object)  # the part of it that rows written made (a note, a tag...), presence left out

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listener = listen(store, self.changed.emit, self.written.emit)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
