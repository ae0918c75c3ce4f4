"""Places the window lacked: the Snoozed view, waking a ticket, a snooze date of one's choosing, removing a tag."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from tests.unit.ui.test_desk import open_window, sidebar_count
from ui.formatting import soon_text
from workstation import demo
from workstation.store.db import Store
from workstation.tickets import Change


def test_a_snoozed_ticket_is_in_the_snoozed_view_until_woken(qtbot: QtBot, sqlite_store: Store) -> None:
    demo.seed(sqlite_store, 60)
    win = open_window(qtbot, sqlite_store, agent="Tom Becker")
    before = sidebar_count(win, "snoozed")
    ticket = win.workspace.model.ids()[0]
    win.workspace.table.selectRow(0)
    actions = win.workspace.actions

    def pick() -> None:
        dialog = actions.moment_dialog
        field = dialog.findChild(QDateTimeEdit, "snoozeUntil")
        field.setDateTime(QDateTime.currentDateTime().addDays(5))
        dialog.accept()

    QTimer.singleShot(100, pick)
    until = actions.ask_moment()
    assert until is not None and timedelta(days=4) < until - datetime.now().astimezone() < timedelta(days=6)
    actions.change(Change(snoozed_until=until))
    qtbot.waitUntil(lambda: sidebar_count(win, "snoozed") == before + 1, timeout=5000)
    qtbot.waitUntil(lambda: ticket not in win.workspace.model.ids(), timeout=5000)  # out of Open until then
    win.show_view("snoozed")
    qtbot.waitUntil(lambda: win.workspace.model.view() == "snoozed" and ticket in win.workspace.model.ids(),
                    timeout=5000)
    # The view says when each ticket comes back, where the deadline would be (not "overdue" in red).
    model = win.workspace.model
    column = model.COLUMNS.index("due")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Comes back"
    due = model.index(model.ids().index(ticket), column)
    assert due.data() == soon_text(until) and until.strftime("%H:%M") in due.data()
    assert due.data(Qt.ItemDataRole.ForegroundRole) is None
    win.workspace.table.selectRow(win.workspace.model.ids().index(ticket))
    actions.wake.trigger()
    qtbot.waitUntil(lambda: sidebar_count(win, "snoozed") == before, timeout=5000)
    assert "Woken up" in win.message.text()
    win.close()


def test_a_tag_comes_off(qtbot: QtBot, sqlite_store: Store) -> None:
    demo.seed(sqlite_store, 30)
    win = open_window(qtbot, sqlite_store, agent="Tom Becker")
    win.workspace.table.selectRow(0)
    category = win.workspace.model.COLUMNS.index("category")
    win.workspace.actions.change(Change(tags_add=("vip",)))
    qtbot.waitUntil(lambda: "vip" in (win.workspace.model.index(0, category).data() or ""), timeout=5000)
    win.workspace.table.selectRow(0)
    win.workspace.actions.change(Change(tags_remove=("vip",)))
    qtbot.waitUntil(lambda: "Tag vip removed" in win.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: "vip" not in (win.workspace.model.index(0, category).data() or ""), timeout=5000)
    win.close()
