"""Every control of the main window has a name a screen reader says, and Tab walks it as the eye does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from workstation import demo
from workstation.store.db import Store


def named(widget: QWidget, buddies: set[QWidget]) -> bool:
    if widget.accessibleName():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().strip():
        return True
    return widget in buddies


def test_every_focusable_control_has_a_name_and_tab_follows_the_eye(qtbot: QtBot, sqlite_store: Store) -> None:
    demo.seed(sqlite_store, 40)
    win = MainWindow(sqlite_store, agent="Tom Becker")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.is_ready() and win.workspace.model.rowCount() > 0 and not win.tasks.is_busy(),
                    timeout=15000)
    buddies = {label.buddy() for label in win.findChildren(QLabel) if label.buddy() is not None}
    focusable = [w for w in win.findChildren(QWidget)
                 if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.parent() is not None]
    assert len(focusable) >= 7  # views, search, save, table, reply, conversation, the guide's buttons...
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in focusable if not named(w, buddies)]
    assert unnamed == []
    workspace = win.workspace
    walk = [workspace.sidebar]
    for _ in range(4):
        walk.append(walk[-1].nextInFocusChain())
        while not (walk[-1].focusPolicy() & Qt.FocusPolicy.TabFocus) or not walk[-1].isVisible():
            walk[-1] = walk[-1].nextInFocusChain()
    assert walk[1] is workspace.search
    assert workspace.table in walk[2:4]
    assert workspace.sidebar.accessibleName() == "Views"
    assert workspace.table.accessibleName() == "Tickets"
    win.close()
