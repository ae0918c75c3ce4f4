"""Add a support inbox: the address first, the settings found from it, both logins tried, then saved.

Network work (finding settings, the browser sign-in, the logins) runs on a worker of the dialog's own, never
on the GUI thread and never on the window's database worker (a sign-in can wait minutes for a person). The
password goes straight to the keyring; for OAuth, only the refresh token does.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.errors import error_text
from ui.tasks import Tasks
from workstation import accounts
from workstation.accounts import AccountSpec, LoginCheck, NewAccount, Plan, add_account
from workstation.mail.endpoints import Security
from workstation.errors import MostradorError

DEFAULT_PORTS = {"imap": {"ssl": 993, "starttls": 143, "plain": 143}, "smtp": {"ssl": 465, "starttls": 587, "plain": 25}}
GREEN, RED = "#2e7d32", "#b71c1c"


def current_language() -> str:
    """The interface's language, as the translators installed it ("es" when the Spanish catalogue is in).
    Read from the installed catalogue rather than the default locale, which outlives a removed translator."""
    return "es" if QCoreApplication.translate("MainWindow", "&File") == "&Archivo" else "en"


class AddAccountDialog(QDialog):
    def __init__(self, store: Any, run: Callable[..., None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a support inbox"))
        self.setMinimumWidth(620)
        self._store = store
        self._run = run  # the window's database worker
        self.net = Tasks(self)  # discovery, sign-in and logins: a worker of its own
        self._cancel = threading.Event()
        self._tokens: Any = None  # a finished OAuth sign-in, kept for "Save anyway"
        self._tested: AccountSpec | None = None

        self.email = QLineEdit()
        self.email.setPlaceholderText("soporte@example.com")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Support"))
        self.find_button = QPushButton(self.tr("Find settings"))
        self.find_button.clicked.connect(self.find_settings)
        self.email.returnPressed.connect(self.find_settings)
        self.found = QLabel()
        self.found.setObjectName("accountFound")
        self.found.setWordWrap(True)

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
        self.auth = QComboBox()
        self.auth.addItem(self.tr("Password"), "password")
        self.auth.addItem(self.tr("Sign in with Google"), "google")
        self.auth.addItem(self.tr("Sign in with Microsoft"), "microsoft")
        self.auth.addItem(self.tr("Sign in with your organisation's identity provider"), "issuer")
        self.auth.currentIndexChanged.connect(self._auth_changed)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.app_password = QLabel()
        self.app_password.setObjectName("appPassword")
        self.app_password.setWordWrap(True)
        self.client_id = QLineEdit()
        self.client_id.setPlaceholderText(self.tr("from your organisation's app registration"))
        self.client_secret = QLineEdit()
        self.client_secret.setPlaceholderText(self.tr("Google gives desktop clients one; kept in your keyring"))
        self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.tenant = QLineEdit()
        self.tenant.setPlaceholderText(self.tr("common, or your directory's ID or domain"))
        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText("https://login.example.com")

        self.results = QLabel()
        self.results.setObjectName("accountTestResults")
        self.results.setWordWrap(True)
        self.waiting = QLabel()
        self.waiting.setObjectName("signInWaiting")
        self.waiting.setWordWrap(True)
        self.cancel_sign_in = QPushButton(self.tr("Cancel sign-in"))
        self.cancel_sign_in.clicked.connect(self._cancel.set)
        self.cancel_sign_in.hide()
        self.error = QLabel()
        self.error.setObjectName("accountError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {RED}")

        top = QFormLayout()
        address = QHBoxLayout()
        address.addWidget(self.email, 1)
        address.addWidget(self.find_button)
        top.addRow(self.tr("E-mail address"), address)
        top.addRow(self.tr("Name"), self.name)
        self.form = form = QFormLayout()
        form.addRow(self.tr("IMAP server"), self.imap_host)
        form.addRow(self.tr("IMAP port"), self.imap_port)
        form.addRow(self.tr("IMAP security"), self.imap_security)
        form.addRow(self.tr("SMTP server"), self.smtp_host)
        form.addRow(self.tr("SMTP port"), self.smtp_port)
        form.addRow(self.tr("SMTP security"), self.smtp_security)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Sign-in"), self.auth)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.app_password)
        form.addRow(self.tr("Client ID"), self.client_id)
        form.addRow(self.tr("Client secret"), self.client_secret)
        form.addRow(self.tr("Tenant"), self.tenant)
        form.addRow(self.tr("Issuer URL"), self.issuer)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Test and save"))
        self.save_anyway = self.buttons.addButton(self.tr("Save anyway"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_anyway.hide()
        self.save_anyway.clicked.connect(self._save_untested)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self._close)
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(self.waiting, 1)
        waiting_row.addWidget(self.cancel_sign_in)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.found)
        layout.addLayout(form)
        layout.addWidget(self.results)
        layout.addLayout(waiting_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._auth_changed()

    # --- finding settings ---------------------------------------------------------------------------

    def find_settings(self) -> None:
        email = self.email.text().strip()
        if not email:
            self.error.setText(self.tr("Type the inbox's e-mail address first."))
            return
        self.error.clear()
        self.found.setText(self.tr("Looking for %1's settings…").replace("%1", email))
        self.find_button.setEnabled(False)
        request = NewAccount(self.name.text().strip() or email, email)
        self.net.run(lambda: accounts.plan(request), self.show_plan, self._find_failed)

    def show_plan(self, plan: Plan) -> None:
        """Fill the form with what was found, and say where it came from."""
        self.find_button.setEnabled(True)
        spec = plan.spec
        self.imap_host.setText(spec.imap_host)
        self.imap_security.setCurrentIndex(self.imap_security.findData(spec.imap_security.value))
        self.imap_port.setValue(spec.imap_port)
        self.smtp_host.setText(spec.smtp_host)
        self.smtp_security.setCurrentIndex(self.smtp_security.findData(spec.smtp_security.value))
        self.smtp_port.setValue(spec.smtp_port)
        self.username.setText(spec.username if spec.username != spec.email else "")
        provider = plan.provider
        how = {"provider": self.tr("from the settings Mostrador knows for %1").replace(
                   "%1", provider.name if provider else ""),
               "dns-srv": self.tr("from the domain's DNS records (SRV)"),
               "guess": self.tr("guessed from the usual server names: the test says whether they work")}.get(
            plan.source or "", "")
        self.found.setText(self.tr("Found: IMAP %1, SMTP %2, %3.")
                           .replace("%1", f"{spec.imap_host}:{spec.imap_port}")
                           .replace("%2", f"{spec.smtp_host}:{spec.smtp_port}").replace("%3", how))
        oauth = provider.oauth if provider else None
        self._app_password_text = provider.app_password_in(current_language()) if provider else None
        self.auth.setCurrentIndex(self.auth.findData(oauth or "password"))
        self._auth_changed()

    def _find_failed(self, exc: BaseException) -> None:
        self.find_button.setEnabled(True)
        self.found.setText(self.tr("No settings were found: type the servers below."))
        self.error.setText(_message(exc))

    def _auth_changed(self) -> None:
        kind = self.auth.currentData()
        oauth = kind != "password"
        for widget, visible in ((self.password, not oauth), (self.client_id, oauth),
                                (self.client_secret, kind in ("google", "issuer")),
                                (self.tenant, kind == "microsoft"), (self.issuer, kind == "issuer")):
            self.form.setRowVisible(widget, visible)
        text = getattr(self, "_app_password_text", None)
        self.app_password.setText(text or "")
        self.form.setRowVisible(self.app_password, bool(text) and not oauth)

    # --- testing and saving -------------------------------------------------------------------------

    def spec(self) -> AccountSpec:
        email = self.email.text().strip()
        imap_host = self.imap_host.text().strip()
        kind = self.auth.currentData()
        oauth = kind != "password"
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
            auth="oauth2" if oauth else "password",
            oauth_provider=kind if oauth else None,
            oauth_issuer=self.issuer.text().strip() or None if kind == "issuer" else None,
            oauth_client_id=self.client_id.text().strip() or None if oauth else None,
            oauth_tenant=self.tenant.text().strip() or None if kind == "microsoft" else None,
            oauth_client_secret=self.client_secret.text().strip() or None if oauth else None,
        )

    def _save(self) -> None:
        if not self.imap_host.text().strip():
            self.error.setText(self.tr("Give the IMAP server's name, or find the settings from the address."))
            return
        spec, password = self.spec(), self.password.text()
        self.buttons.setEnabled(False)
        self.save_anyway.hide()
        self.error.clear()
        self.results.clear()
        self._tokens = None
        if spec.auth == "oauth2":
            self.show_waiting()
            self._cancel.clear()
            cancelled = self._cancel
            self.net.run(lambda: (spec.validate(), accounts.sign_in(spec, cancelled=cancelled))[1],
                         lambda fresh: self._signed_in(spec, fresh), self._failed)
        else:
            self.results.setText(self.tr("Logging in to both servers…"))
            self.net.run(lambda: (spec.validate(), accounts.check_login(spec, password))[1],
                         lambda check: self._checked(spec, check), self._failed)

    def show_waiting(self) -> None:
        self.waiting.setText(self.tr("Waiting for sign-in in your browser… Finish signing in there; this window "
                                     "goes on by itself."))
        self.cancel_sign_in.show()
        self.buttons.setEnabled(False)

    def _signed_in(self, spec: AccountSpec, fresh: Any) -> None:
        self.waiting.clear()
        self.cancel_sign_in.hide()
        self._tokens = fresh
        self.results.setText(self.tr("Signed in. Logging in to both servers…"))
        self.net.run(lambda: accounts.check_login(spec, fresh.access_token),
                     lambda check: self._checked(spec, check), self._failed)

    def show_check(self, check: LoginCheck) -> None:
        self.results.setText(check_html(check, self.tr("%1: signed in, it works."), self.tr("%1 did not work: %2")))

    def _checked(self, spec: AccountSpec, check: LoginCheck) -> None:
        self.show_check(check)
        self._tested = spec
        if check.ok:
            self._store_account(spec)
            return
        self.buttons.setEnabled(True)
        self.save_anyway.show()
        self.error.setText(self.tr("Not saved yet: fix what did not work and test again, or save it as it is."))

    def _save_untested(self) -> None:
        spec = self._tested or self.spec()
        if spec.auth == "oauth2" and self._tokens is None:
            self.error.setText(self.tr("Sign in first: press Test and save."))
            return
        self._store_account(spec)

    def _store_account(self, spec: AccountSpec) -> None:
        password, fresh, store = self.password.text(), self._tokens, self._store
        self.buttons.setEnabled(False)
        self._run(lambda: add_account(store, spec, password if fresh is None else None, tokens=fresh),
                  self._saved, self._failed)

    def _saved(self, _account: Any) -> None:
        self.password.clear()
        self._tokens = None
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.waiting.clear()
        self.cancel_sign_in.hide()
        self.buttons.setEnabled(True)
        self.error.setText(_message(exc))

    def _close(self) -> None:
        self._cancel.set()  # a sign-in still waiting stops
        self.reject()

    def done(self, result: int) -> None:
        self._cancel.set()
        self.net.wait()
        super().done(result)


def _message(exc: BaseException) -> str:
    if isinstance(exc, MostradorError):
        return error_text(exc)  # in the window's language when it carries a code
    return QCoreApplication.translate("AddAccountDialog", "Unexpected error: %1").replace("%1", repr(exc))


def check_html(check: LoginCheck, works: str, failed: str) -> str:
    """One line per server: what worked, or why not (the server's reason); ``works`` and ``failed`` are the
    caller's translated sentences, with %1 for the server and %2 for the reason."""
    lines = []
    for label, ok, sentence in (("IMAP", check.imap_ok, check.imap), ("SMTP", check.smtp_ok, check.smtp)):
        why = sentence.split(": ", 1)[1] if ": " in sentence else sentence
        if ok:
            lines.append(f"<span style='color:{GREEN}'>✓ {html.escape(works.replace('%1', label))}</span>")
        else:
            text = failed.replace("%1", label).replace("%2", why)
            lines.append(f"<span style='color:{RED}'>✗ {html.escape(text)}</span>")
    return "<br>".join(lines)
