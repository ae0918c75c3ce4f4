"""File › Inboxes…: every support inbox with its state, and what fixes one: edit its settings, test the
logins, sign in again (OAuth) or change the password, pause or resume syncing, remove it (its tickets stay).

Database work goes through the window's worker; logins and the browser sign-in through a worker of the
dialog's own. Each write hands its ChangeSet to ``changed`` (the window applies it).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.account_dialog import DEFAULT_PORTS, RED, _message, check_html
from ui.errors import stored_error_text
from ui.tasks import Tasks
from workstation import accounts
from workstation.accounts import AccountSettings, LoginCheck
from workstation.changes import ChangeSet


class InboxesDialog(QDialog):
    changed = Signal(object)  # a ChangeSet

    def __init__(self, store: Any, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inboxes"))
        self.resize(820, 420)
        self._store = store
        self._run = run
        self.net = Tasks(self)
        self._cancel = threading.Event()
        self._rows: list[dict[str, Any]] = []
        self._message: str | None = None

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Inbox"), self.tr("Address"), self.tr("Sign-in"),
                                              self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel()
        self.status.setObjectName("inboxStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.test_button = QPushButton(self.tr("Test"))
        self.sign_in_button = QPushButton(self.tr("Sign in again…"))
        self.pause_button = QPushButton(self.tr("Pause syncing"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.edit_button.clicked.connect(self.edit)
        self.test_button.clicked.connect(self.test)
        self.sign_in_button.clicked.connect(self.sign_in_again)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.remove_button.clicked.connect(self.remove)
        side = QVBoxLayout()
        for button in (self.edit_button, self.test_button, self.sign_in_button, self.pause_button,
                       self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.reload()

    # --- the list -----------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        store = self._store
        self._run(lambda: accounts.list_accounts(store), lambda rows: self._show(rows, select))

    def _show(self, rows: list[dict[str, Any]], select: str | None) -> None:
        current = select or self.selected_name()
        self._rows = [r for r in rows if not r["sample"]]
        self.table.setRowCount(len(self._rows))
        states = {"ok": self.tr("syncing"), "paused": self.tr("paused"), "sign in again": self.tr("sign in again"),
                  "error": self.tr("error")}
        for row, account in enumerate(self._rows):
            how = self.tr("password") if account["auth"] == "password" else self.tr("OAuth (%1)").replace(
                "%1", str(account["provider"]))
            cells = [account["name"], account["email"], how, states.get(account["state"], account["state"])]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if column == 3 and account["state"] in ("sign in again", "error"):
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, column, item)
            if account["name"] == current:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        if self._rows and not self.table.selectedItems():
            self.table.selectRow(0)
        self._selection_changed()
        if self._message:
            self.status.setText(html.escape(self._message))
            self._message = None

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows and rows[0].row() < len(self._rows) else None

    def selected_name(self) -> str | None:
        account = self.selected()
        return account["name"] if account else None

    def _selection_changed(self) -> None:
        account = self.selected()
        for button in (self.edit_button, self.test_button, self.sign_in_button, self.pause_button,
                       self.remove_button):
            button.setEnabled(account is not None)
        if account is None:
            self.status.setText(self.tr("No inbox yet: File › Add a support inbox…"))
            return
        oauth = account["auth"] == "oauth2"
        self.sign_in_button.setText(self.tr("Sign in again…") if oauth else self.tr("Change password…"))
        self.pause_button.setText(self.tr("Resume syncing") if account["state"] == "paused"
                                  else self.tr("Pause syncing"))
        if account["state"] == "sign in again":
            self.status.setText(f"<span style='color:{RED}'>" + html.escape(
                self.tr("%1 must be signed in again: its sign-in was withdrawn or has expired. Nothing syncs or "
                        "sends from it until then.").replace("%1", account["name"])) + "</span>")
        elif account["last_error"]:
            said = stored_error_text(account["last_error"], account.get("last_error_code"),
                                     account.get("last_error_params"))
            self.status.setText(f"<span style='color:{RED}'>{html.escape(said)}</span>")
        else:
            self.status.setText(html.escape(self.tr("IMAP %1 · SMTP %2").replace("%1", account["imap"])
                                            .replace("%2", account["smtp"])))

    def _done(self, changes: ChangeSet, message: str, select: str | None = None) -> None:
        self.changed.emit(changes)
        self._message = message  # said once the list is read again (which redraws the status line)
        self.reload(select)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(f"<span style='color:{RED}'>{html.escape(_message(exc))}</span>")

    def _set_busy(self, busy: bool) -> None:
        for button in (self.edit_button, self.test_button, self.sign_in_button, self.pause_button,
                       self.remove_button):
            button.setEnabled(not busy)

    # --- what fixes an inbox --------------------------------------------------------------------------

    def edit(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        store = self._store
        self._run(lambda: accounts.get_settings(store, name), self._open_editor, self._failed)

    def _open_editor(self, settings: AccountSettings) -> None:
        editor = EditAccountDialog(settings, self)
        if not editor.exec():
            return
        store, name, new_name, fields = self._store, settings.name, editor.new_name(), editor.changes()
        self._run(lambda: accounts.update_settings(store, name, new_name=new_name, **fields),
                  lambda result: self._done(result[1], self.tr("Saved. Test it to check the new settings."),
                                            result[0].name), self._failed)

    def test(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        self._set_busy(True)
        self.status.setText(html.escape(self.tr("Logging in to both servers…")))
        store = self._store
        self.net.run(lambda: accounts.test_account(store, name), self.show_check, self._failed)

    def show_check(self, check: LoginCheck) -> None:
        self._set_busy(False)
        self._selection_changed()
        self.status.setText(check_html(check, self.tr("%1: signed in, it works."), self.tr("%1 did not work: %2")))

    def sign_in_again(self) -> None:
        account = self.selected()
        if account is None:
            return
        name, store = account["name"], self._store
        if account["auth"] != "oauth2":
            password, ok = QInputDialog.getText(self, self.tr("Change password"),
                                                self.tr("New password for %1:").replace("%1", name),
                                                QLineEdit.EchoMode.Password)
            if ok and password:
                self._run(lambda: accounts.change_password(store, name, password),
                          lambda changes: self._done(changes, self.tr("Password changed; it is in your keyring.")),
                          self._failed)
            return
        self._set_busy(True)
        self._cancel.clear()
        cancelled = self._cancel
        self.status.setText(html.escape(self.tr("Waiting for sign-in in your browser…")))
        self.net.run(lambda: accounts.sign_in_again(store, name, cancelled=cancelled),
                     lambda changes: (self._set_busy(False),
                                      self._done(changes, self.tr("Signed in again; %1 syncs and sends as before.")
                                                 .replace("%1", name))), self._failed)

    def toggle_pause(self) -> None:
        account = self.selected()
        if account is None:
            return
        name, store, pause = account["name"], self._store, account["state"] != "paused"
        message = (self.tr("%1 is paused: nothing syncs until you resume it.") if pause
                   else self.tr("%1 syncs again.")).replace("%1", name)
        self._run(lambda: accounts.set_paused(store, name, pause), lambda changes: self._done(changes, message),
                  self._failed)

    def remove(self) -> None:
        account = self.selected()
        if account is None:
            return
        name, store = account["name"], self._store
        answer = QMessageBox.question(self, self.tr("Remove inbox"), self.tr(
            "Remove %1? Its %2 tickets stay in the queue, marked as from a removed inbox; its password or "
            "sign-in is deleted from the keyring.").replace("%1", name).replace("%2", str(account["tickets"])))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: accounts.remove(store, name),
                  lambda removed: self._done(removed.changes, self.tr("%1 removed; its tickets stay.")
                                             .replace("%1", name)), self._failed)

    def done(self, result: int) -> None:
        self._cancel.set()
        self.net.wait()
        super().done(result)


class EditAccountDialog(QDialog):
    """An inbox's settings; the name and address too. Saved as a new account would be checked."""

    def __init__(self, settings: AccountSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit %1").replace("%1", settings.name))
        self.settings = settings
        self.name = QLineEdit(settings.name)
        self.email = QLineEdit(settings.email)
        self.imap_host = QLineEdit(settings.imap_host)
        self.imap_port = QSpinBox()
        self.smtp_host = QLineEdit(settings.smtp_host)
        self.smtp_port = QSpinBox()
        self.imap_security = QComboBox()
        self.smtp_security = QComboBox()
        for port, value, security, current in ((self.imap_port, settings.imap_port, self.imap_security,
                                                settings.imap_security.value),
                                               (self.smtp_port, settings.smtp_port, self.smtp_security,
                                                settings.smtp_security.value)):
            port.setRange(1, 65535)
            port.setValue(value)
            security.addItem(self.tr("SSL/TLS"), "ssl")
            security.addItem(self.tr("STARTTLS"), "starttls")
            security.addItem(self.tr("None (this computer only)"), "plain")
            security.setCurrentIndex(security.findData(current))
        for kind, port, security in (("imap", self.imap_port, self.imap_security),
                                     ("smtp", self.smtp_port, self.smtp_security)):
            # A new security moves the port to its usual one, as in the new-account dialog.
            security.currentIndexChanged.connect(
                lambda _i, k=kind, p=port, s=security: p.setValue(DEFAULT_PORTS[k][s.currentData()]))
        self.username = QLineEdit(settings.username)
        self.client_id = QLineEdit(settings.oauth_client_id or "")
        self.tenant = QLineEdit(settings.oauth_tenant or "")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("E-mail address"), self.email)
        form.addRow(self.tr("IMAP server"), self.imap_host)
        form.addRow(self.tr("IMAP port"), self.imap_port)
        form.addRow(self.tr("IMAP security"), self.imap_security)
        form.addRow(self.tr("SMTP server"), self.smtp_host)
        form.addRow(self.tr("SMTP port"), self.smtp_port)
        form.addRow(self.tr("SMTP security"), self.smtp_security)
        form.addRow(self.tr("User name"), self.username)
        if settings.auth == "oauth2":
            form.addRow(self.tr("Client ID"), self.client_id)
            form.addRow(self.tr("Tenant"), self.tenant)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def new_name(self) -> str | None:
        name = self.name.text().strip()
        return name if name and name != self.settings.name else None

    def changes(self) -> dict[str, Any]:
        fields: dict[str, Any] = {
            "email": self.email.text().strip(), "imap_host": self.imap_host.text().strip(),
            "imap_port": self.imap_port.value(), "imap_security": self.imap_security.currentData(),
            "smtp_host": self.smtp_host.text().strip(), "smtp_port": self.smtp_port.value(),
            "smtp_security": self.smtp_security.currentData(), "username": self.username.text().strip()}
        if self.settings.auth == "oauth2":
            fields["oauth_client_id"] = self.client_id.text().strip() or None
            fields["oauth_tenant"] = self.tenant.text().strip() or None
        current = {"email": self.settings.email, "imap_host": self.settings.imap_host,
                   "imap_port": self.settings.imap_port, "imap_security": self.settings.imap_security.value,
                   "smtp_host": self.settings.smtp_host, "smtp_port": self.settings.smtp_port,
                   "smtp_security": self.settings.smtp_security.value, "username": self.settings.username,
                   "oauth_client_id": self.settings.oauth_client_id, "oauth_tenant": self.settings.oauth_tenant}
        return {k: v for k, v in fields.items() if v != current.get(k) and v not in ("",)}
