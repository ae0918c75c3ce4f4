"""The new-account dialog and File › Inboxes… from the user's side, against the real servers on loopback."""

from __future__ import annotations

import webbrowser
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support import browser
from tests.support.dovecot import PASSWORD, Dovecot
from tests.support.mail import mail
from tests.support.oauth_server import AuthorizationServer
from tests.support.smtp import SmtpServer
from ui.account_dialog import AddAccountDialog
from ui.accounts_dialog import InboxesDialog
from ui.tasks import Tasks
from workstation import accounts
from workstation.oauth import tokens
from workstation.store.db import Store
from workstation.store.models import Event
from workstation.sync.engine import AccountSync


@pytest.fixture
def auth(authorization_server: AuthorizationServer) -> Iterator[AuthorizationServer]:
    authorization_server.reset()
    tokens.forget()
    yield authorization_server
    tokens.forget()


@pytest.fixture
def browser_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    log = tmp_path / "browser.log"
    monkeypatch.setenv("BROWSER", str(browser.install(tmp_path)))
    monkeypatch.setenv("MOSTRADOR_TEST_BROWSER_LOG", str(log))
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    return log


def fill_servers(dialog: AddAccountDialog, dovecot: Dovecot, user: str, smtp_port: int) -> None:
    dialog.email.setText(user)
    dialog.name.setText("Soporte")
    dialog.imap_host.setText("127.0.0.1")
    dialog.imap_security.setCurrentIndex(dialog.imap_security.findData("plain"))  # loopback: the dialog has no CA field
    dialog.imap_port.setValue(dovecot.port)
    dialog.smtp_host.setText("127.0.0.1")
    dialog.smtp_security.setCurrentIndex(dialog.smtp_security.findData("plain"))
    dialog.smtp_port.setValue(smtp_port)


def test_found_settings_and_the_app_password_words(qtbot: QtBot, sqlite_store: Store) -> None:
    tasks = Tasks()
    dialog = AddAccountDialog(sqlite_store, tasks.run)
    qtbot.addWidget(dialog)
    dialog.email.setText("tienda.ana@gmail.com")
    dialog.find_button.click()
    qtbot.waitUntil(lambda: dialog.found.text().startswith("Found:"), timeout=5000)
    assert dialog.found.text() == ("Found: IMAP imap.gmail.com:993, SMTP smtp.gmail.com:465, from the settings "
                                   "Mostrador knows for Gmail / Google Workspace.")
    assert dialog.auth.currentData() == "google"  # Google signs in with OAuth: no password row
    assert not dialog.form.isRowVisible(dialog.password) and dialog.form.isRowVisible(dialog.client_id)
    dialog.auth.setCurrentIndex(dialog.auth.findData("password"))
    assert dialog.form.isRowVisible(dialog.password) and dialog.form.isRowVisible(dialog.app_password)
    assert "App passwords" in dialog.app_password.text()
    tasks.wait()


@pytest.mark.dovecot
def test_password_inbox_tested_then_saved(qtbot: QtBot, sqlite_store: Store, dovecot: Dovecot, smtp: SmtpServer,
                                          test_keyring: object) -> None:
    tasks = Tasks()
    dialog = AddAccountDialog(sqlite_store, tasks.run)
    qtbot.addWidget(dialog)
    user = dovecot.new_user()
    fill_servers(dialog, dovecot, user, smtp.port)
    dialog.password.setText("no-es-esta")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.save_anyway.isHidden(), timeout=10000)
    assert dialog.results.text().count("✗") == 2 and "refused the user name or password" in dialog.results.text()
    assert accounts.list_accounts(sqlite_store) == []  # nothing saved

    dialog.password.setText(PASSWORD)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.result() == 1 or bool(dialog.error.text()), timeout=15000)
    assert (dialog.result(), dialog.error.text()) == (1, ""), dialog.results.text()
    assert dialog.results.text().count("✓") == 2
    [account] = accounts.list_accounts(sqlite_store)
    assert (account["name"], account["auth"]) == ("Soporte", "password")
    assert list(test_keyring.secrets.values()) == [PASSWORD]  # type: ignore[attr-defined]
    tasks.wait()


@pytest.mark.dovecot
def test_oauth_inbox_signed_in_tested_saved_then_fixed_from_the_window(
        qtbot: QtBot, sqlite_store: Store, auth: AuthorizationServer, oauth_dovecot: Dovecot, browser_log: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    smtp = SmtpServer(oauth_user_of=auth.user_of).start()
    try:
        tasks = Tasks()
        dialog = AddAccountDialog(sqlite_store, tasks.run)
        qtbot.addWidget(dialog)
        user = oauth_dovecot.new_user()
        with oauth_dovecot.client(user) as imap:
            imap.append("INBOX", mail("Pedido roto", to=user))
        fill_servers(dialog, oauth_dovecot, user, smtp.port)
        dialog.auth.setCurrentIndex(dialog.auth.findData("issuer"))
        assert not dialog.form.isRowVisible(dialog.password)
        dialog.issuer.setText(auth.issuer)
        dialog.client_id.setText(auth.client_id)
        waited: list[str] = []
        dialog.net.busy_changed.connect(lambda busy: waited.append(dialog.waiting.text()) if busy else None)
        with qtbot.waitSignal(dialog.accepted, timeout=20000):
            dialog.buttons.accepted.emit()
        assert waited[0].startswith("Waiting for sign-in in your browser")
        assert dialog.results.text().count("✓") == 2
        assert len(browser_log.read_text().splitlines()) == 1
        [account] = accounts.list_accounts(sqlite_store)
        assert (account["auth"], account["provider"], account["state"]) == ("oauth2", auth.issuer, "ok")
        AccountSync(sqlite_store, "Soporte").run()

        # The sign-in is withdrawn: the sync asks for a new one, the Inboxes dialog says so and mends it.
        auth.revoke(user)
        tokens.forget()
        with pytest.raises(Exception, match="no longer accepted"):
            AccountSync(sqlite_store, "Soporte").run()
        inboxes = InboxesDialog(sqlite_store, tasks.run)
        qtbot.addWidget(inboxes)
        qtbot.waitUntil(lambda: inboxes.table.rowCount() == 1, timeout=5000)
        assert inboxes.table.item(0, 3).text() == "sign in again"
        assert "must be signed in again" in inboxes.status.text()
        assert inboxes.sign_in_button.text() == "Sign in again…"
        changes: list[object] = []
        inboxes.changed.connect(changes.append)
        inboxes.sign_in_button.click()
        qtbot.waitUntil(lambda: inboxes.table.item(0, 3).text() == "syncing", timeout=20000)
        assert len(browser_log.read_text().splitlines()) == 2 and changes
        inboxes.test_button.click()
        qtbot.waitUntil(lambda: inboxes.status.text().count("✓") == 2, timeout=10000)

        inboxes.pause_button.click()
        qtbot.waitUntil(lambda: inboxes.table.item(0, 3).text() == "paused", timeout=5000)
        assert accounts.syncable_accounts(sqlite_store) == []
        assert inboxes.pause_button.text() == "Resume syncing"

        from PySide6.QtWidgets import QMessageBox

        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        inboxes.remove_button.click()
        qtbot.waitUntil(lambda: inboxes.table.rowCount() == 0, timeout=5000)
        with sqlite_store.read() as session:
            marks = list(session.scalars(select(Event.data).where(Event.kind == "inbox_removed")))
        assert marks == [{"inbox": "Soporte", "email": user}]  # its one ticket stays, marked
        inboxes.close()
        tasks.wait()
    finally:
        smtp.stop()


def test_edit_an_inbox_from_the_window(qtbot: QtBot, sqlite_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.accounts_dialog import EditAccountDialog

    accounts.add_account(sqlite_store, accounts.plan(accounts.NewAccount(
        "Ventas", "ventas@empresa.es", imap_host="mail.empresa.es", auth="password")).spec, "clave")
    tasks = Tasks()
    inboxes = InboxesDialog(sqlite_store, tasks.run)
    qtbot.addWidget(inboxes)
    qtbot.waitUntil(lambda: inboxes.table.rowCount() == 1, timeout=5000)
    assert inboxes.sign_in_button.text() == "Change password…"

    def person_edits(editor: EditAccountDialog) -> int:
        assert editor.imap_port.value() == 993  # the current settings, shown to change
        editor.name.setText("Ventas España")
        editor.imap_port.setValue(1993)
        editor.smtp_security.setCurrentIndex(editor.smtp_security.findData("starttls"))
        return 1

    monkeypatch.setattr(EditAccountDialog, "exec", person_edits)
    changes: list[object] = []
    inboxes.changed.connect(changes.append)
    inboxes.edit_button.click()
    qtbot.waitUntil(lambda: inboxes.table.item(0, 0).text() == "Ventas España", timeout=5000)
    [account] = accounts.list_accounts(sqlite_store)
    assert (account["imap"], account["smtp"]) == ("mail.empresa.es:1993 (ssl)", "mail.empresa.es:587 (starttls)")
    assert changes and "Saved" in inboxes.status.text()
    inboxes.close()
    tasks.wait()
