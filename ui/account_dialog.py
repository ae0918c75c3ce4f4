"""Add a support inbox. The password goes straight to the keyring."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workstation.accounts import AccountSpec, add_account
from workstation.endpoints import Security
from workstation.errors import MostradorError
from workstation.store.db import Store

DEFAULT_PORTS = {"imap": {"ssl": 993, "starttls": 143, "plain": 143}, "smtp": {"ssl": 465, "starttls": 587, "plain": 25}}


class AddAccountDialog(QDialog):
    def __init__(self, store: Store, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a support inbox"))
        self._store = store
        self._run = run
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Support"))
        self.email = QLineEdit()
        self.email.setPlaceholderText("support@example.com")
        self.imap_host = QLineEdit()
        self.imap_port = QSpinBox()
        self.imap_security = QComboBox()
        self.smtp_host = QLineEdit()
        self.smtp_port = QSpinBox()
        self.smtp_security = QComboBox()
        for kind, port, security in (("imap", self.imap_port, self.imap_security),
                                     ("smtp", self.smtp_port, self.smtp_security)):
            port.setRange(1, 65535)
            security.addItem(self.tr("SSL/TLS"), "ssl")
            security.addItem(self.tr("STARTTLS"), "starttls")
            security.addItem(self.tr("None (this computer only)"), "plain")
            security.currentIndexChanged.connect(
                lambda _i, k=kind, p=port, s=security: p.setValue(DEFAULT_PORTS[k][s.currentData()]))
            port.setValue(DEFAULT_PORTS[kind]["ssl"])
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("the e-mail address, if empty"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("accountError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c")

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
        form.addRow(self.tr("Password"), self.password)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def spec(self) -> AccountSpec:
        email = self.email.text().strip()
        imap_host = self.imap_host.text().strip()
        return AccountSpec(
            name=self.name.text().strip() or email,
            email=email,
            imap_host=imap_host,
            imap_port=self.imap_port.value(),
            imap_security=Security(self.imap_security.currentData()),
            smtp_host=self.smtp_host.text().strip() or imap_host,
            smtp_port=self.smtp_port.value(),
            smtp_security=Security(self.smtp_security.currentData()),
            username=self.username.text().strip() or email,
        )

    def _save(self) -> None:
        if not self.imap_host.text().strip():
            self.error.setText(self.tr("Give the IMAP server's name."))
            return
        spec, password, store = self.spec(), self.password.text(), self._store
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Saving…"))
        self._run(lambda: add_account(store, spec, password), self._saved, self._failed)

    def _saved(self, _account: Any) -> None:
        self.password.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        message = str(exc) if isinstance(exc, MostradorError) else self.tr("Unexpected error: %1").replace("%1", repr(exc))
        self.error.setText(message)
