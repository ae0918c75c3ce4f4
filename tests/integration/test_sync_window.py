"""Sync from the window: a watching worker process per account, progress and errors by signal."""

from __future__ import annotations

import keyring
import pytest
from pytestqt.qtbot import QtBot

from tests.integration.test_sync import account_for
from tests.support.dovecot import Dovecot
from tests.support.keyring_backend import FileKeyring
from tests.support.mail import mail
from ui.main_window import MainWindow
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
