"""The customer record and the review-pack export, driven from the window as a person would."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from ui.customer_dialog import CustomerDialog, MergePicker
from ui.main_window import MainWindow
from workstation import customers, demo
from workstation.store.db import Store
from workstation.store.models import Agent, Customer, Event, Ticket

AGENT = "Lucía Fernández"  # the sample's supervisor


@pytest.fixture
def window(qtbot: QtBot, sqlite_store: Store) -> Iterator[MainWindow]:
    demo.seed(sqlite_store, 80)
    win = MainWindow(sqlite_store, agent=AGENT)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.workspace.conversation.title.text().startswith("#"), timeout=15000)
    yield win
    win.tasks.wait()


def _open_record(qtbot: QtBot, window: MainWindow) -> CustomerDialog:
    pane = window.workspace.conversation
    qtbot.waitUntil(lambda: pane._conv is not None, timeout=10000)
    customer_id = pane._conv.customer_id
    assert f"mostrador-customer:{customer_id}" in pane.browser.toHtml()  # the name is a link
    pane.browser.anchorClicked.emit(QUrl(f"mostrador-customer:{customer_id}"))
    dialog = window.places.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10000)
    return dialog


def test_customer_name_opens_the_record_with_tickets_and_promises(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_record(qtbot, window)
    record = dialog.record
    with window.store.read() as session:
        tickets = set(session.scalars(select(Ticket.id).where(Ticket.customer_id == record.id,
                                                              Ticket.merged_into_id.is_(None))))
        name = session.get(Customer, record.id).name
    shown = {int(dialog.tickets.item(r, 0).text().lstrip("#")) for r in range(dialog.tickets.rowCount())}
    assert shown == tickets
    assert name in dialog.heading.text() and dialog.name.text() == name
    assert dialog.tickets_box.title() == f"Tickets ({record.open_count} open, {record.closed_count} closed)"
    assert dialog.promises.rowCount() == len(record.promises)
    # Opening it again raises the same window.
    window.workspace.conversation.browser.anchorClicked.emit(QUrl(f"mostrador-customer:{record.id}"))
    assert window.places.dialogs == [dialog]
    # A ticket in the record opens in the queue.
    other = max(tickets)
    row = next(r for r in range(dialog.tickets.rowCount()) if dialog.tickets.item(r, 0).text() == f"#{other}")
    dialog.tickets.cellDoubleClicked.emit(row, 1)
    qtbot.waitUntil(lambda: window.workspace.conversation.shown_ticket() == other, timeout=10000)


def test_edit_phone_company_notes_from_the_record(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_record(qtbot, window)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "+34 600 12 34 56")
    qtbot.keyClicks(dialog.company, "Nube Informatica SL")  # QTest types ASCII only
    dialog.notes.insertPlainText("Prefiere que le llamen por la mañana.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Saved.", timeout=10000)
    with window.store.read() as session:
        customer = session.get(Customer, dialog.customer_id)
        assert (customer.phone, customer.notes) == ("+34 600 12 34 56", "Prefiere que le llamen por la mañana.")
        assert customer.company == "Nube Informatica SL"
    dialog.phone.setText("mañana")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "has no digits" in dialog.message.text(), timeout=10000)
    assert customers.show(window.store, dialog.customer_id).phone == "+34 600 12 34 56"


def test_merge_another_customer_into_the_record(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_record(qtbot, window)
    keep = dialog.customer_id
    store = window.store
    with store.read() as session:
        other = session.scalar(select(Customer.id).where(Customer.id != keep).order_by(Customer.id).limit(1))
        address = customers.show(store, other).addresses[0]
        expected = session.scalar(select(func.count()).select_from(Ticket).where(
            Ticket.customer_id.in_((keep, other)), Ticket.merged_into_id.is_(None)))
    picker = MergePicker(store, window.tasks.run, keep, dialog)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, address)
    qtbot.waitUntil(lambda: picker.results.count() == 1, timeout=10000)
    assert picker.merge_button.isEnabled()
    picker._accept()
    assert picker.chosen is not None and picker.chosen.id == other
    dialog.merge(picker.chosen, confirm=False)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Merged:"), timeout=10000)
    qtbot.waitUntil(lambda: dialog.tickets.rowCount() == expected, timeout=10000)
    assert address in dialog.addresses.text()
    assert "Merged in:" in dialog.heading.text()
    # The merge is in the timeline of the tickets that moved, naming who was merged in.
    pane = window.workspace.conversation
    with store.read() as session:
        moved = session.scalars(select(Event.ticket_id).where(Event.kind == customers.MERGED_EVENT,
                                                              Event.ticket_id.is_not(None))).first()
    window.open_ticket(moved)
    qtbot.waitUntil(lambda: pane._conv is not None and pane._conv.ticket_id == moved, timeout=10000)
    assert "customer merged with another (same person)" in pane.browser.toPlainText()
    assert f"<{address}>" in pane.browser.toPlainText()
    with store.read() as session:
        assert session.get(Customer, other) is None
        assert session.scalar(select(func.count()).select_from(Ticket).where(Ticket.customer_id == keep)) >= expected


def test_export_review_pack_from_the_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    assert window.places.export_action in window.supervise_menu.actions()
    dialog = window.places.export_review_pack()
    qtbot.waitUntil(lambda: dialog.agents.count() > 0, timeout=10000)
    assert dialog.reviewer.currentText() == AGENT
    dialog.from_box.setChecked(False)
    dialog.until_box.setChecked(False)
    dialog.all_agents.setChecked(False)
    carmen = next(i for i in range(dialog.agents.count()) if dialog.agents.item(i).text().startswith("Carmen"))
    dialog.agents.item(carmen).setCheckState(Qt.CheckState.Checked)
    target = tmp_path / "semana.mostrador"
    dialog.target.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(target) in dialog.message.text(), timeout=20000)
    with window.store.read() as session:
        carmen_id = session.scalar(select(Agent.id).where(Agent.name.startswith("Carmen")))
        expected = set(session.scalars(select(Ticket.id).where(Ticket.assignee_id == carmen_id)))
    assert expected
    with sqlite3.connect(target) as pack:
        assert {row[0] for row in pack.execute("SELECT id FROM tickets")} == expected
    assert f"{len(expected)} tickets" in dialog.message.text()
    assert str(target) in window.message.text()
    # Again to the same file: refused, said in the dialog, the pack untouched.
    size = target.stat().st_size
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already exists" in dialog.message.text(), timeout=10000)
    assert target.stat().st_size == size


def test_ticket_menu_opens_the_selected_tickets_customer_in_spanish(qtbot: QtBot, sqlite_store: Store) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from ui.app import install_translators

    demo.seed(sqlite_store, 40)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "es")
    try:
        win = MainWindow(sqlite_store, agent=AGENT)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.workspace.model.rowCount() > 0, timeout=15000)
        win.workspace.table.selectRow(2)
        ticket = win.workspace.table.selected_ids()[0]
        assert win.places.customer_action in win.ticket_menu.actions()
        assert win.places.customer_action.text() == "Ficha del &cliente…"
        win.places.customer_action.trigger()
        qtbot.waitUntil(lambda: bool(win.places.dialogs) and win.places.dialogs[-1].record is not None,
                        timeout=10000)
        dialog = win.places.dialogs[-1]
        record = dialog.record
        assert ticket in [t.id for t in record.tickets]
        assert dialog.windowTitle().startswith("Ficha del cliente: ")
        assert dialog.tickets_box.title() == f"Casos ({record.open_count} abiertos, {record.closed_count} cerrados)"
        assert dialog.merge_button.text() == "&Fusionar otro cliente con este…"
        dialog.close()
        win.tasks.wait()
        win.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
