"""Render what the desk draws to tell the agent what happened: ``.venv/bin/python docs/notify_screenshots.py``.

Qt's offscreen platform has no system tray and no notification server, so the desktop notification itself (a
``QSystemTrayIcon.showMessage`` bubble, drawn by the desktop) cannot be pictured here; the tray has no menu (a
click brings the window forward). What Mostrador draws itself is pictured instead, on sample data:

- ``sync-progress-en.png``: the window at 1366x768 with the status area while two inboxes sync (one bar, one line);
- ``sync-error-es-dark.png``: the same in Spanish and dark, one inbox refused: the line that says so, and the
  details opened by a click on it (the whole error), grabbed as the window and the box;
- ``notices-{en,es}.png``: the tray icon Mostrador paints (its count on a badge) beside the title and sentence of
  each notification kind, as the notifier hands them to the desktop (read back from ``Notifier.shown``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QMessageBox, QVBoxLayout, QWidget  # noqa: E402

from ui.app import apply_theme, install_translators  # noqa: E402
from ui.errors import error_text  # noqa: E402
from ui.notify import tray_icon  # noqa: E402
from ui.settings import Settings, use_folder  # noqa: E402
from workstation import demo  # noqa: E402
from workstation.features import wire  # noqa: E402
from workstation.notices import Notice  # noqa: E402
from workstation.paths import Location  # noqa: E402
from workstation.store.db import open_store  # noqa: E402
from workstation.workers.protocol import Failed  # noqa: E402

AGENT = "Carmen Ortega"
#: The sentence the IMAP layer raises for a refused password (workstation/mail/imap.py), as a worker reports it.
REFUSED = Failed("Facturación", "The server imap.example.com:993 refused the user name or password for "
                 "facturacion@tienda-ejemplo.es. Check them and try again.", "AuthenticationFailed", False,
                 "login_refused", {"where": "imap.example.com:993", "user": "facturacion@tienda-ejemplo.es"})


def settle(app: QApplication, window: QWidget) -> None:
    for _ in range(200):
        app.processEvents()
        window.tasks.wait()  # type: ignore[attr-defined]
        app.processEvents()
        if window.is_ready() and not window.tasks.is_busy():  # type: ignore[attr-defined]
            return


def save(widget: QWidget, name: str) -> None:
    image = widget.grab()
    image.save(str(HERE / name))
    print(f"wrote {HERE / name} ({image.width()}x{image.height()})")


def notices_sheet(notifier: object, waiting: int) -> QWidget:
    """The tray icon as painted, and each notification's title and sentence as handed to the desktop."""
    sheet = QWidget()
    sheet.setObjectName("noticesSheet")
    outer = QHBoxLayout(sheet)
    icon = QLabel()
    icon.setPixmap(tray_icon(waiting).pixmap(64, 64))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    outer.addWidget(icon)
    column = QVBoxLayout()
    outer.addLayout(column, 1)
    for _kind, title, text in notifier.shown:  # type: ignore[attr-defined]
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        lines = QVBoxLayout(card)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        lines.addWidget(heading)
        lines.addWidget(body)
        column.addWidget(card)
    sheet.setFixedWidth(560)
    return sheet


RUNS = {"en": ("light", "sync-progress-en.png"), "es": ("dark", "sync-error-es-dark.png")}


def main(lang: str) -> int:
    """One language's pictures, in a process of its own (the translators go in before the window's modules)."""
    theme, name = RUNS[lang]
    wire()
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Mostrador")
    app.setOrganizationName("Mostrador")
    folder = Path(tempfile.mkdtemp(prefix="mostrador-notify-"))
    use_folder(folder / "settings")
    store = open_store(Location.resolve(folder / "data", None))
    demo.seed(store, 300)
    install_translators(app, lang)
    apply_theme(app, theme)
    from ui.main_window import MainWindow  # after the translators, as ui/app.py does

    window = MainWindow(store, agent=AGENT, settings=Settings())
    window.resize(1366, 768)
    window.show()
    settle(app, window)
    status = window.sync_status
    status.set_progress("Soporte", "INBOX", 12480, 48210, 310.0)
    if lang == "es":
        status.set_failed(REFUSED.account, error_text(REFUSED.as_error()))
    else:
        status.set_progress("Support", "INBOX", 830, 2100, 95.0)
    app.processEvents()
    save(window, name)
    if lang == "es":
        status.button.click()
        app.processEvents()
        box = window.findChild(QMessageBox, "syncDetails")
        assert box is not None and box.isVisible(), "a click on the status area opens the details"
        save(box, "sync-error-details-es-dark.png")
        box.close()
    spanish = lang == "es"
    window.notifier.say([
        Notice("new_message", 4127, {"customer": "Ana Pérez" if spanish else "Emma Collins",
                                     "subject": "Me han cobrado dos veces el pedido 5521" if spanish
                                     else "Charged twice for order 5521"}),
        Notice("reopened", 3980, {"customer": "Javier Gómez" if spanish else "Oliver Brown",
                                  "subject": "Pedido retrasado" if spanish else "Late delivery"}),
        Notice("reply_returned", 4090, {"who": "Lucía Fernández",
                                        "reason": "Falta la fecha del reembolso." if spanish
                                        else "The refund has no date."}),
        Notice("reply_approved", 4102, {"who": "Lucía Fernández",
                                        "subject": "Factura incorrecta" if spanish else "Wrong invoice"}),
        Notice("promise_due", None, {"count": "3"}),
    ])
    sheet = notices_sheet(window.notifier, 12)
    sheet.show()
    app.processEvents()
    save(sheet, f"notices-{lang}.png")
    window.close()
    window.tasks.wait()
    store.close()
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1:
        sys.exit(main(sys.argv[1]))
    for language in RUNS:
        subprocess.run([sys.executable, __file__, language], check=True)
