"""Timers the windows share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def debouncer(parent: QObject, milliseconds: int, action: Callable[[], object]) -> QTimer:
    """A single-shot timer that runs ``action`` once its (re)starts stop for ``milliseconds``:
    start() it on every keystroke and the action runs when typing pauses."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(milliseconds)
    timer.timeout.connect(action)
    return timer
