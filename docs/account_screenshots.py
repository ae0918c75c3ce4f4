"""Render the new-account dialog's pictures: ``.venv/bin/python docs/account_screenshots.py [en|es]``.

Three states, each from the dialog's own code paths: settings found for a Microsoft 365 address with both
logins tested; waiting for the browser sign-in (Google); and a Yahoo address with a password, the provider's
words on where to create an app password, and the IMAP login refused. The login sentences are the ones
``accounts.check_login`` writes; the servers named are the providers' own (nothing is contacted).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from ui.account_dialog import AddAccountDialog  # noqa: E402
from ui.accounts_dialog import InboxesDialog  # noqa: E402
from ui.app import install_translators  # noqa: E402
from ui.tasks import Tasks  # noqa: E402
from workstation import accounts  # noqa: E402
from workstation.accounts import LoginCheck, NewAccount  # noqa: E402
from workstation.paths import Location  # noqa: E402
from workstation.store.db import open_store  # noqa: E402
from workstation.mail.endpoints import Security  # noqa: E402
from workstation.store.models import Account  # noqa: E402


def main(lang: str) -> None:
    app = QApplication([])
    app.setStyle("Fusion")
    install_translators(app, lang)
    store = open_store(Location.resolve(tempfile.mkdtemp(), None))

    def dialog() -> AddAccountDialog:
        d = AddAccountDialog(store, lambda *a: None)
        d.resize(660, 10)
        return d

    found = dialog()
    found.email.setText("soporte@outlook.com")
    found.name.setText("Soporte")
    found.show_plan(accounts.plan(NewAccount("Soporte", "soporte@outlook.com", client_id="0c1f…", auth="oauth2")))
    found.client_id.setText("0c1f5e2a-8d7b-4a3e-9f61-2b4c7d9e1a05")
    found.show_check(LoginCheck(True, "IMAP outlook.office365.com:993 (ssl): signed in as soporte@outlook.com with "
                                      "the sign-in token.",
                                True, "SMTP smtp-mail.outlook.com:587 (starttls): signed in as soporte@outlook.com "
                                      "with the sign-in token."))
    waiting = dialog()
    waiting.email.setText("ayuda@gmail.com")
    waiting.show_plan(accounts.plan(NewAccount("Ayuda", "ayuda@gmail.com", client_id="123-abc.apps.googleusercontent"
                                                                                  ".com", auth="oauth2")))
    waiting.client_id.setText("123456789-abc.apps.googleusercontent.com")
    waiting.show_waiting()
    yahoo = dialog()
    yahoo.email.setText("tienda.luna@yahoo.com")
    yahoo.show_plan(accounts.plan(NewAccount("Tienda", "tienda.luna@yahoo.com")))
    yahoo.password.setText("••••••••")
    yahoo.show_check(LoginCheck(False, "IMAP imap.mail.yahoo.com:993 (ssl): The server imap.mail.yahoo.com:993 "
                                       "refused the user name or password for tienda.luna@yahoo.com. Check them "
                                       "and try again.",
                                True, "SMTP smtp.mail.yahoo.com:465 (ssl): signed in as tienda.luna@yahoo.com with "
                                      "the password."))
    yahoo.save_anyway.show()
    for name, d in (("found", found), ("signin", waiting), ("password", yahoo)):
        d.show()
        d.adjustSize()
        app.processEvents()
        d.grab().save(str(HERE / f"account-{name}-{lang}.png"))

    # File › Inboxes…: three inboxes, one of them waiting for a new sign-in, one paused.
    for name, email, auth in (("Soporte", "soporte@empresa.es", "oauth2"), ("Ventas", "ventas@empresa.es", "password"),
                              ("Garantías", "garantias@empresa.es", "password")):
        spec = accounts.plan(NewAccount(name, email, imap_host="outlook.office365.com", smtp_host="smtp.office365.com",
                                        smtp_port=587, smtp_security=Security.STARTTLS, auth=auth, provider="microsoft", client_id="0c1f5e2a",
                                        tenant="empresa.es")).spec
        with store.session() as session:
            session.add(Account(name=spec.name, email=spec.email, imap_host=spec.imap_host, imap_port=spec.imap_port,
                                imap_security=spec.imap_security, smtp_host=spec.smtp_host,
                                smtp_port=spec.smtp_port, smtp_security=spec.smtp_security, username=spec.username,
                                auth=spec.auth, oauth_provider=spec.oauth_provider,
                                oauth_client_id=spec.oauth_client_id, oauth_tenant=spec.oauth_tenant,
                                sign_in_needed=name == "Soporte", enabled=name != "Garantías"))
    tasks = Tasks()
    inboxes = InboxesDialog(store, tasks.run)
    inboxes.show()
    tasks.wait()
    for _ in range(5):
        app.processEvents()
    inboxes.table.selectRow(1)  # the one waiting for a new sign-in
    app.processEvents()
    inboxes.grab().save(str(HERE / f"account-inboxes-{lang}.png"))
    store.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")
