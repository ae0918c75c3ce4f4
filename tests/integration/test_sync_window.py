"""Sync from the window: a watching worker process per account, progress and errors by signal."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.integration.test_sync import account_for
from tests.support.dovecot import Dovecot
from tests.support.keyring_backend import FileKeyring
from tests.support.mail import mail
from ui.main_window import MainWindow
from ui.queue.model import FLAG, TicketTableModel
from workstation.store.db import Store


@pytest.fixture
def shared_keyring(monkeypatch: pytest.MonkeyPatch, cli_env: dict[str, str]) -> None:
    """One keyring for this process and the sync processes it starts."""
    for key in ("PYTHONPATH", "PYTHON_KEYRING_BACKEND", "MOSTRADOR_TEST_KEYRING_FILE"):
        monkeypatch.setenv(key, cli_env[key])
    keyring.set_keyring(FileKeyring())


@pytest.mark.usefixtures("shared_keyring")
def test_window_syncs_in_a_worker_process_and_shows_the_tickets(qtbot: QtBot, sqlite_store: Store,
                                                                 dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        for i in range(5):
            imap.append("INBOX", mail(f"Pedido {i} sin llegar", f"C{i} <c{i}@example.org>"))
    account_for(sqlite_store, dovecot, user)
    window = MainWindow(sqlite_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    progress: list[tuple[int, int]] = []
    window.sync.progress.connect(lambda _a, _f, done, total, _r: progress.append((done, total)))
    with qtbot.waitSignal(window.sync.finished, timeout=30000) as finished:
        window.sync.sync_all()
    assert finished.args[0] == "Soporte" and finished.args[1].new == 5
    assert progress and progress[-1] == (5, 5)
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() == 5, timeout=10000)
    assert window._sync_labels["Soporte"].text() == "Soporte: up to date (5 new)"
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=10000)

    # New mail while the agent reads a ticket: the server tells the watching process (IDLE), nobody
    # asks; the queue grows in place and the agent keeps their place.
    table = window.workspace.table
    selection = table.selectionModel()
    selection.setCurrentIndex(table.model().index(2, 0), selection.SelectionFlag.ClearAndSelect
                              | selection.SelectionFlag.Rows)
    reading = table.current_id()
    watching = window.sync._running["Soporte"]
    with qtbot.waitSignal(window.sync.finished, timeout=30000) as pushed:
        with dovecot.client(user) as imap:
            for i in range(5, 8):
                imap.append("INBOX", mail(f"Factura {i} duplicada", f"C{i} <c{i}@example.org>"))
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() == 8, timeout=10000)
    assert pushed.args[1].new >= 1  # one pass or more, as the server reported the messages
    assert table.current_id() == reading and table.selected_ids() == [reading]

    # "Sync now" asks the same process for a pass.
    with qtbot.waitSignal(window.sync.finished, timeout=30000) as asked:
        window.sync.sync_all()
    assert asked.args[1].new == 0 and window.sync._running["Soporte"] is watching
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=10000)
    window.close()


@pytest.mark.usefixtures("shared_keyring")
def test_wrong_password_is_shown_and_not_retried_automatically(qtbot: QtBot, sqlite_store: Store,
                                                                dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    account_for(sqlite_store, dovecot, user, password="wrong")
    window = MainWindow(sqlite_store)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sync.failed, timeout=30000) as failed:
        window.sync.sync_all()
    assert failed.args[1].retry is False
    assert "refused the user name or password" in window._sync_labels["Soporte"].text()
    assert "refused the user name or password" in window.message.text()
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=10000)
    window.sync.sync_all(automatic=True)  # the timer's call: skipped until the user acts
    qtbot.waitUntil(lambda: not window.tasks.is_busy(), timeout=10000)  # the account list was read
    assert not window.sync.is_running()
    window.close()


@pytest.mark.usefixtures("shared_keyring")
def test_a_flag_and_an_expunge_on_the_server_redraw_their_rows_in_the_open_window(
        qtbot: QtBot, sqlite_store: Store, dovecot: Dovecot) -> None:
    """No new mail: the pass only changed flags and expunged a message, and the queue shows both."""
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Pedido 1 sin llegar", "Ana <ana@example.org>"))
        imap.append("INBOX", mail("Factura duplicada", "Luis <luis@example.org>"))
        imap.append("INBOX", mail("Cambio de dirección", "Eva <eva@example.org>"))
    account_for(sqlite_store, dovecot, user)
    window = MainWindow(sqlite_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        window.sync.sync_all()
    model = window.workspace.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=10000)
    subject = TicketTableModel.COLUMNS.index("subject")

    def shown() -> dict[str, tuple[str, str | None, str]]:
        """Each row as the queue shows it: the subject column's text, its colour, its tooltip's last line."""
        rows = {}
        for row in range(model.rowCount()):
            index = model.index(row, subject)
            colour = model.data(index, Qt.ItemDataRole.ForegroundRole)
            rows[model.row_at(row).subject] = (model.data(index), colour.color().name() if colour else None,  # type: ignore[union-attr]
                                               model.data(index, Qt.ItemDataRole.ToolTipRole).split("\n\n")[-1])
        return rows

    before = shown()
    assert not any(text.startswith(FLAG) or colour for text, colour, _ in before.values())
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=10000)
    passes: list[object] = []
    window.sync.finished.connect(lambda _account, event: passes.append(event))

    with dovecot.client(user) as imap:  # someone flags one message in webmail and deletes another
        imap.select_folder("INBOX")
        by_subject = {data[b"ENVELOPE"].subject.decode(): uid
                      for uid, data in imap.fetch(imap.search(["ALL"]), ["ENVELOPE"]).items()}
        imap.add_flags([by_subject["Pedido 1 sin llegar"]], [b"\\Flagged"])
        imap.delete_messages([by_subject["Factura duplicada"]])
        imap.expunge()
    window.sync.sync_all()  # F5, or the server's IDLE news: the watching worker's next pass either way

    def redrawn() -> bool:
        rows = shown()
        return rows["Pedido 1 sin llegar"][0].startswith(FLAG) and rows["Factura duplicada"][1] is not None

    qtbot.waitUntil(redrawn, timeout=30000)
    after = shown()
    assert after["Pedido 1 sin llegar"][0] == f"{FLAG} {before['Pedido 1 sin llegar'][0]}"
    assert after["Pedido 1 sin llegar"][2] == "Flagged on the mail server."
    assert after["Factura duplicada"][1] == "#8a8a8a"
    assert after["Factura duplicada"][2] == "Deleted on the mail server; kept here with its ticket."
    assert after["Cambio de dirección"] == before["Cambio de dirección"]
    assert model.rowCount() == 3  # the ticket of the deleted message stays
    assert all(getattr(p, "new", None) == 0 for p in passes)  # nothing new came: flags and expunges did it
    assert sum(getattr(p, "updated", 0) for p in passes) == 1 and sum(getattr(p, "expunged", 0) for p in passes) == 1
    qtbot.waitUntil(lambda: not window.sync.is_running(), timeout=10000)
    window.close()
