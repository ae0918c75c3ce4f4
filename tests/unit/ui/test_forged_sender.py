"""A sender whose display name shows another address: the queue keeps the address it came from in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tests.integration.test_hostile_mail import FORGED, synced
from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from ui.queue.model import TicketTableModel
from ui.queue.panels import QueueTable
from workstation.store.db import Store


def test_the_queue_shows_a_forged_sender_with_the_real_address_in_view(qtbot: QtBot, sqlite_store: Store,
                                                                       dovecot: Dovecot) -> None:
    from ui.tasks import Tasks

    synced(sqlite_store, dovecot, 25, mail("Devolución", sender="Victor Victim <victim@bank.example>"),
           mail("Devolución", sender=FORGED))
    tasks = Tasks()
    model = TicketTableModel(sqlite_store, tasks.run)
    table = QueueTable(model)
    qtbot.addWidget(table)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_view("all")
    column = model.COLUMNS.index("customer")
    shown = {}
    for row in range(model.rowCount()):
        index = model.index(row, column)
        option = QStyleOptionViewItem()
        table.itemDelegateForColumn(column).initStyleOption(option, index)
        shown[option.text] = (option.textElideMode, model.data(index, Qt.ItemDataRole.ToolTipRole))
    label = "‘victim@bank.example’ via attacker@evil.example"
    assert shown[label] == (Qt.TextElideMode.ElideLeft, label)  # cut at its start; whole in the tooltip
    assert shown["Victor Victim"][0] != Qt.TextElideMode.ElideLeft and len(shown) == 2
    tasks.wait()
