"""Bold for unseen customer messages, as a mail client shows unread mail: each agent's own, gone when the
conversation shows the ticket, back with "Mark as unread" and when the customer writes again (synced from
Dovecot by the window's watching worker)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.integration.test_sync import account_for
from tests.integration.test_sync_window import shared_keyring  # noqa: F401 - the fixture, used by name
from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from ui.main_window import MainWindow
from ui.queue.model import TicketTableModel
from workstation import queue
from workstation.agents import add_agent
from workstation.store.db import Store
from workstation.store.models import Role


def shown(window: MainWindow) -> dict[str, tuple[bool, str | None]]:
    """Each row as the queue shows it: whether its subject is drawn bold, and what a screen reader is told."""
    model = window.workspace.model
    subject = TicketTableModel.COLUMNS.index("subject")
    rows = {}
    for row in range(model.rowCount()):
        index = model.index(row, subject)
        font = model.data(index, Qt.ItemDataRole.FontRole)
        rows[model.row_at(row).subject] = (font is not None and font.bold(),
                                           model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole))
    return rows


def bold(window: MainWindow) -> set[str]:
    return {subject for subject, (is_bold, _said) in shown(window).items() if is_bold}


def open_ticket(qtbot: QtBot, window: MainWindow, subject: str) -> None:
    """A click on the ticket's row, as the agent does."""
    model, table = window.workspace.model, window.workspace.table
    row = next(r for r in range(model.rowCount()) if model.row_at(r).subject == subject)
    rect = table.visualRect(model.index(row, TicketTableModel.COLUMNS.index("customer")))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.current_id() == model.row_at(row).id


@pytest.mark.usefixtures("shared_keyring")
def test_unseen_customer_messages_are_bold_until_opened_and_again_when_the_customer_writes(
        qtbot: QtBot, sqlite_store: Store, dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Cobro duplicado", "Ana <ana@example.org>", message_id="<a1@example.org>"))
        imap.append("INBOX", mail("Pedido sin llegar", "Tom <tom@example.net>", message_id="<b1@example.net>"))
        imap.append("INBOX", mail("Router roto", "Eva <eva@example.com>", message_id="<c1@example.com>"))
    account_for(sqlite_store, dovecot, user)
    add_agent(sqlite_store, "Marta Gil", None, Role.AGENT)
    add_agent(sqlite_store, "Luis Ramos", None, Role.AGENT)
    window = MainWindow(sqlite_store, agent="Marta Gil")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        window.sync.sync_all()
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() == 3, timeout=10000)
    # New mail, nothing opened yet: every row is bold, and a screen reader hears "Unread" for each.
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=10000)
    assert shown(window) == {"Cobro duplicado": (True, "Unread"), "Pedido sin llegar": (True, "Unread"),
                             "Router roto": (True, "Unread")}

    open_ticket(qtbot, window, "Pedido sin llegar")
    qtbot.waitUntil(lambda: "Pedido sin llegar" not in bold(window), timeout=10000)
    assert bold(window) == {"Cobro duplicado", "Router roto"}
    assert shown(window)["Pedido sin llegar"] == (False, None)

    # Seen is Marta's own: Luis's queue still shows every ticket unseen.
    luis = {row.subject: row.unseen for row in queue.page(sqlite_store, "open", agent="Luis Ramos")}
    assert luis == {"Cobro duplicado": True, "Pedido sin llegar": True, "Router roto": True}

    # Mark as unread (the ticket's context menu): bold again, though its conversation is still shown.
    with qtbot.waitSignal(window.workspace.actions.changed, timeout=10000):
        window.workspace.actions.unread.trigger()
    qtbot.waitUntil(lambda: "Pedido sin llegar" in bold(window), timeout=10000)
    qtbot.wait(300)  # the conversation is redrawn after the change: that does not make it seen again
    assert "Pedido sin llegar" in bold(window)
    assert window.message.text() == "Marked as unread."
    open_ticket(qtbot, window, "Router roto")
    qtbot.waitUntil(lambda: bold(window) == {"Cobro duplicado", "Pedido sin llegar"}, timeout=10000)
    open_ticket(qtbot, window, "Pedido sin llegar")  # opened again: seen again
    qtbot.waitUntil(lambda: bold(window) == {"Cobro duplicado"}, timeout=10000)

    # Reading another ticket, the customer writes again on this one: the watching worker syncs it in, and
    # the row is bold again; the ticket being read is not.
    open_ticket(qtbot, window, "Router roto")
    qtbot.waitUntil(lambda: bold(window) == {"Cobro duplicado"}, timeout=10000)
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        with dovecot.client(user) as imap:
            imap.append("INBOX", mail("Re: Pedido sin llegar", "Tom <tom@example.net>", in_reply_to="<b1@example.net>",
                                      body="Sigue sin llegar."))
    qtbot.waitUntil(lambda: bold(window) == {"Cobro duplicado", "Pedido sin llegar"}, timeout=10000)
    assert "Router roto" not in bold(window)
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=10000)
    window.close()
