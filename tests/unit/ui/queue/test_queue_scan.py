"""The queue, easy to scan: sort by a header, lateness by degree, columns fitted to what they show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow
from ui.queue.model import TicketTableModel
from ui.theme import colour
from workstation import demo, queue
from workstation.queue import QueueRow
from workstation.store.db import Store
from workstation.store.models import TicketStatus


def open_window(qtbot: QtBot, store: Store) -> MainWindow:
    win = MainWindow(store, agent="Tom Becker")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.is_ready() and win.workspace.model.rowCount() > 0 and not win.tasks.is_busy(),
                    timeout=15000)
    return win


def column(model: TicketTableModel, name: str) -> list[object]:
    c = model.COLUMNS.index(name)
    return [model.index(r, c).data(Qt.ItemDataRole.UserRole + 1) for r in range(model.rowCount())]


def test_a_click_on_a_header_sorts_the_whole_view(qtbot: QtBot, sqlite_store: Store) -> None:
    demo.seed(sqlite_store, 150)
    win = open_window(qtbot, sqlite_store)
    model, table = win.workspace.model, win.workspace.table
    header = table.horizontalHeader()
    age = model.COLUMNS.index("age")
    with qtbot.waitSignal(model.loaded, timeout=10000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(age) + 10, header.height() // 2))
    assert model.sort_order() is not None and model.sort_order()[0] == "age"
    created = column(model, "age")
    ascending = created == sorted(created, reverse=True)  # youngest first is age ascending
    descending = created == sorted(created)
    assert ascending or descending
    with qtbot.waitSignal(model.loaded, timeout=10000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(header.sectionViewportPosition(age) + 10, header.height() // 2))
    flipped = column(model, "age")
    assert flipped == list(reversed(created)) or flipped == sorted(created, reverse=not ascending)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        table.default_order()
    assert model.sort_order() is None
    with sqlite_store.read() as session:
        assert model.ids() == [r.id for r in queue.list_rows(session, "open", limit=200)]
    win.close()


def test_sorting_in_sql_puts_urgent_first_and_empty_last(sqlite_store: Store) -> None:
    demo.seed(sqlite_store, 150)
    with sqlite_store.read() as session:
        rows = queue.list_rows(session, "all", limit=500, sort="priority", descending=True)
        ranks = [("low", "normal", "high", "urgent").index(r.priority) for r in rows]
        assert ranks == sorted(ranks, reverse=True)
        rows = queue.list_rows(session, "all", limit=500, sort="assignee")
        names = [r.assignee for r in rows]
        assigned = [n for n in names if n is not None]
        assert assigned == sorted(assigned) and names[len(assigned):] == [None] * (len(names) - len(assigned))


def row(due: datetime | None) -> QueueRow:
    return QueueRow(1, "Ana", "Cobro", "", "Soporte", TicketStatus.OPEN, "normal", None, None,
                    datetime(2026, 11, 1, tzinfo=UTC), due, False)


def test_lateness_is_told_by_degree_not_by_one_red(qtbot: QtBot, sqlite_store: Store) -> None:
    model = TicketTableModel(sqlite_store, lambda *a, **k: None)
    now = datetime.now(UTC)
    model._now = now
    assert model.lateness(row(now + timedelta(hours=2))) is None
    assert model.lateness(row(now - timedelta(hours=3))) == "late_hours"
    assert model.lateness(row(now - timedelta(days=3))) == "late_days"
    assert model.lateness(row(now - timedelta(days=20))) == "late_weeks"
    model._rows = [row(now - timedelta(hours=3)), row(now - timedelta(days=20))]
    due = model.COLUMNS.index("due")
    hours = model.index(0, due)
    weeks = model.index(1, due)
    assert hours.data(Qt.ItemDataRole.ForegroundRole).color().name() == colour("late_hours")
    assert weeks.data(Qt.ItemDataRole.ForegroundRole).color().name() == colour("late_weeks")
    assert hours.data(Qt.ItemDataRole.FontRole) is None
    font = weeks.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert hours.data() == "overdue 3 h" and weeks.data() == "overdue 20 d"


def test_the_subject_gets_the_room_at_1366(qtbot: QtBot, sqlite_store: Store) -> None:
    demo.seed(sqlite_store, 150)
    win = open_window(qtbot, sqlite_store)
    win.resize(800, 600)  # the offscreen screen's size; the subject must still get the widest column
    qtbot.waitUntil(lambda: win.workspace.table.fitted, timeout=5000)
    table, model = win.workspace.table, win.workspace.model
    widths = {name: table.columnWidth(i) for i, name in enumerate(model.COLUMNS)}
    assert table.fitted
    assert widths["priority"] <= 90 and widths["age"] <= 80
    win.resize(1366, 768)
    qtbot.wait(50)
    widths = {name: table.columnWidth(i) for i, name in enumerate(model.COLUMNS)}
    assert widths["subject"] == max(widths.values()), widths
    win.close()
