"""The Qt binding keeps Python's reference counts right (PySide6 6.12.0 on Python 3.11 did not).

A binding that drops a reference to ``None``, ``True`` or ``False`` on each
signal emitted or each ``data()`` that returns ``None`` aborts the app after
some minutes of use; these counts catch it in a second.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal


class _Emitter(QObject):
    happened = Signal()


class _Model(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> None:
        return None


def test_emitting_signals_keeps_the_count_of_true_and_false() -> None:
    emitter = _Emitter()
    emitter.happened.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    for _ in range(500):
        emitter.happened.emit()
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None)
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)


def test_a_model_returning_none_keeps_the_count_of_none() -> None:
    model = _Model()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(500):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert abs(sys.getrefcount(None) - before) < 50
