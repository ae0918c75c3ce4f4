"""Opening the window selects the queue's first row by itself: nobody read it yet, so it stays unseen (bold)
until the agent picks it, or until it was in front of them for a moment."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.unit.ui.composer.test_composer import a_ticket
from ui.main_window import MainWindow
from ui.queue import workspace
from ui.queue.model import TicketTableModel
from workstation import queue
from workstation.agents import add_agent
from workstation.store.db import Store
from workstation.store.models import Role


def unseen(store: Store) -> dict[int, bool]:
    return {row.id: row.unseen for row in queue.page(store, "open", agent="Marta")}


@pytest.fixture
def window(qtbot: QtBot, sqlite_store: Store) -> Iterator[MainWindow]:
    a_ticket(sqlite_store)
    a_ticket(sqlite_store, "en")
    add_agent(sqlite_store, "Marta", "marta@example.com", Role.AGENT)
    assert set(unseen(sqlite_store).values()) == {True}
    win = MainWindow(sqlite_store, agent="Marta")
    qtbot.addWidget(win)
    shown: list[int] = []
    win.workspace.conversation.shown.connect(lambda conv: shown.append(conv.ticket_id))
    win.show()
    qtbot.waitUntil(win.is_ready, timeout=10000)
    first = win.workspace.model.row_at(0)
    assert first is not None
    qtbot.waitUntil(lambda: win.workspace.table.current_id() == first.id, timeout=10000)
    qtbot.waitUntil(lambda: first.id in shown and not win.tasks.is_busy(), timeout=10000)
    yield win
    win.close()
    win.tasks.wait()


def test_the_row_the_queue_selected_is_not_seen_until_the_agent_clicks_it(qtbot: QtBot, window: MainWindow,
                                                                          sqlite_store: Store) -> None:
    first = window.workspace.table.current_id()
    assert first is not None
    qtbot.wait(300)
    assert unseen(sqlite_store)[first] is True  # shown, but nobody chose to read it
    table, model = window.workspace.table, window.workspace.model
    rect = table.visualRect(model.index(0, TicketTableModel.COLUMNS.index("customer")))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: unseen(sqlite_store)[first] is False, timeout=5000)
    assert list(unseen(sqlite_store).values()).count(True) == 1  # the other one is still unseen


def test_the_row_the_queue_selected_is_seen_after_a_moment_in_front_of_the_agent(
        qtbot: QtBot, window: MainWindow, sqlite_store: Store) -> None:
    first = window.workspace.table.current_id()
    assert first is not None and unseen(sqlite_store)[first] is True
    qtbot.waitUntil(lambda: unseen(sqlite_store)[first] is False, timeout=workspace.SEEN_AFTER_MS + 3000)


def test_a_row_the_agent_moves_to_is_seen_at_once(qtbot: QtBot, window: MainWindow, sqlite_store: Store) -> None:
    first = window.workspace.table.current_id()
    window.workspace.table.setFocus()
    qtbot.keyClick(window.workspace.table, Qt.Key.Key_J)
    second = window.workspace.table.current_id()
    assert second is not None and second != first
    qtbot.waitUntil(lambda: unseen(sqlite_store)[second] is False, timeout=2000)
    assert unseen(sqlite_store)[first] is True  # passed over before a moment went by: still unseen
