"""Starting the window: arguments, language, store, and the screenshot mode."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from workstation.agents import AGENT_ENV
from workstation.errors import MostradorError, StoreCorrupt
from workstation.features import wire
from workstation.paths import RESOURCES, Location
from workstation.store.db import open_store
from workstation.workers.arguments import OneLineErrorParser

if TYPE_CHECKING:
    from ui.main_window import MainWindow

LANGUAGES = ("en", "es")
SCREENSHOT_SIZE = (1400, 900)
SHUTDOWN_GRACE_MS = 15000  # after the window closed, for a flush to send the reply it holds


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = OneLineErrorParser(prog="main.py", description="Mostrador, the customer-service workstation.")
    parser.add_argument("--data-dir", help="folder for the database and backups (default: the user's data dir)")
    parser.add_argument("--database", metavar="URL", help="database URL, e.g. postgresql://user@host/db")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: the system's)")
    parser.add_argument("--theme", choices=("system", "light", "dark"),
                        help="colours: follow the system, or force light or dark (default: as in Preferences)")
    parser.add_argument("--agent", metavar="NAME",
                        help="who is working, a first name is enough (default: $MOSTRADOR_AGENT, then the one "
                             "chosen at this desk)")
    parser.add_argument("--reply", type=int, metavar="TICKET", help="open the composer on this ticket")
    parser.add_argument("--ticket", type=int, metavar="TICKET", help="open this ticket in the queue")
    parser.add_argument("--crisis", action="store_true", help="open crisis mode")
    parser.add_argument("--update", type=int, metavar="INCIDENT",
                        help="open crisis mode on the update to this incident: its text and who it goes to")
    parser.add_argument("--view", metavar="VIEW", help="open a view of the queue: open, spam, all...")
    parser.add_argument("--review", metavar="PACK", help="open a review pack (read-only except coaching notes)")
    parser.add_argument("pack", nargs="?", metavar="FILE.mostrador",
                        help="a review pack to open, as with --review (what a double-click on one runs)")
    parser.add_argument("--dashboard", action="store_true", help="open the supervisor's dashboard")
    parser.add_argument("--pdf", metavar="FILE.pdf", help="with --dashboard and --screenshot: also print it to PDF")
    parser.add_argument("--press-send", action="store_true",
                        help="with --reply and --screenshot: press Send once the draft is loaded, to show the "
                             "gate's verdict as the agent sees it")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help=f"render the main window at {SCREENSHOT_SIZE[0]}x{SCREENSHOT_SIZE[1]} (or, with "
                             "--reply, the composer), save it and exit")
    parser.add_argument("--size", metavar="WxH", type=_size,
                        help="with --screenshot: the window's size in logical pixels (default: "
                             f"{SCREENSHOT_SIZE[0]}x{SCREENSHOT_SIZE[1]}); QT_SCALE_FACTOR=1.5 draws it at 150%%")
    parser.add_argument("--preferences", action="store_true", help="open the Preferences dialog")
    parser.add_argument("--identity", action="store_true", help="ask who is at this desk, as on the first run")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (Qt plugin, window, store, keyring, translations, "
                             "spell-checker) offscreen, print what failed and exit")
    return parser.parse_args(argv)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1366x768") from None
    return width, height


def system_language() -> str:
    return "es" if QLocale.system().name().startswith("es") else "en"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Mostrador's own catalogue plus Qt's (standard buttons and dialogs)."""
    translators: list[QTranslator] = []
    # Dates, numbers and amounts (ui/formatting.py) follow the language: the system's own conventions when
    # it speaks that language, the language's usual ones otherwise.
    system = QLocale.system()
    wanted = QLocale.Language.Spanish if lang == "es" else QLocale.Language.English
    QLocale.setDefault(system if system.language() == wanted else QLocale(wanted))
    if lang == "en":
        return translators
    own = QTranslator(app)
    if own.load(str(RESOURCES / "translations" / f"mostrador_{lang}.qm")):
        translators.append(own)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    return translators


def apply_theme(app: QApplication, theme: str) -> None:
    """Follow the system's light or dark scheme (Qt does, through the platform theme); or force one."""
    if theme == "system":
        return
    from ui.theme import OutlinedIndicators

    # Fusion: a style that draws both schemes the same way on every platform (its check boxes outlined so
    # that a dark window shows them).
    app.setStyle(OutlinedIndicators("Fusion"))
    app.styleHints().setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    if theme == "light":
        from ui.theme import light_palette

        app.setPalette(light_palette())
    if theme == "dark" and app.palette().color(QPalette.ColorRole.Window).lightness() > 128:
        # The platform theme did not switch (offscreen, some desktops): a dark palette of our own.
        from ui.theme import dark_palette

        app.setPalette(dark_palette())


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    args.review = args.review or args.pack
    if args.self_test:
        from ui.self_test import main as self_test

        return self_test()
    if not has_display():
        if not args.screenshot:
            print("mostrador: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
                  "Start it from a desktop session, or use `python -m workstation` without one.", file=sys.stderr)
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    wire()  # what features do with new mail, wherever this process files it (workstation.features)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Mostrador")
    app.setOrganizationName("Mostrador")
    from ui.settings import Settings, use_folder

    if args.screenshot:  # a picture shows the defaults, and leaves this desk's settings alone
        import atexit
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="mostrador-settings-"))
        atexit.register(shutil.rmtree, folder, True)
        use_folder(folder)
    settings = Settings()
    language = args.lang or settings.language or system_language()
    install_translators(app, language)
    apply_theme(app, args.theme or settings.theme)

    try:
        if args.review:
            from workstation.review_pack import open_pack

            store = open_pack(Path(args.review).expanduser().resolve())
        else:
            location = Location.resolve(args.data_dir, args.database)
            try:
                store = open_store(location)
            except StoreCorrupt as exc:
                if args.screenshot or not offer_backup(location, exc):
                    raise
                store = open_store(location)
    except MostradorError as exc:
        print(f"mostrador: {exc}", file=sys.stderr)
        return exc.exit_code

    from ui.main_window import MainWindow  # after the translators, so tr() sees them
    from ui.worker_process import finish_stopping

    named = args.agent or os.environ.get(AGENT_ENV) or None
    agent = named or settings.agent
    if not args.review:
        from workstation.agents import desk_acting_agent

        try:  # a SQLite desk with an owner: whoever acts at it now; naming anyone else is refused
            agent = desk_acting_agent(store, named) or agent
        except MostradorError as exc:
            print(f"mostrador: {exc}", file=sys.stderr)
            store.close()
            return exc.exit_code
    if agent and not args.review:
        from workstation.agents import resolve_agent

        try:
            agent = resolve_agent(store, agent).name  # "Carmen" is Carmen López, when only she is called so
        except MostradorError as exc:
            if named:  # said on the command line or in the environment: say which agents there are
                print(f"mostrador: {exc}", file=sys.stderr)
                store.close()
                return exc.exit_code
            agent = None  # the agent remembered here is gone: ask again
    window = MainWindow(store, agent=agent, settings=settings,
                        review=Path(args.review).expanduser().resolve() if args.review else None)
    if args.identity or (agent is None and not args.review and not args.screenshot):
        window.ready.connect(lambda: window.desk.ask_identity())  # the first time: who is at this desk?
    if args.preferences:
        window.ready.connect(window.desk.show_preferences)
    if args.reply is not None:
        window.ready.connect(lambda: window.reply_to(args.reply))
    if args.ticket is not None:
        window.ready.connect(lambda: window.open_ticket(args.ticket))
    if args.crisis or args.update is not None:
        window.ready.connect(lambda: window.show_crisis(update=args.update))
    if args.view:
        window.ready.connect(lambda: window.show_view(args.view))
    if args.dashboard:
        window.ready.connect(window.show_dashboard)
    if not args.review:
        from workstation.upgrades import note_opening

        upgrade = note_opening(store, language)
        if upgrade is not None:
            from ui.upgrade_notice import show_upgrade

            window.ready.connect(lambda: show_upgrade(window, upgrade))
    if args.screenshot:
        return screenshot(app, window, Path(args.screenshot), pdf=Path(args.pdf) if args.pdf else None,
                          press_send=args.press_send, size=args.size or SCREENSHOT_SIZE)
    window.show()
    if not args.review:
        window.start_background()
    code = app.exec()
    window.tasks.wait()
    finish_stopping(SHUTDOWN_GRACE_MS)  # the window is gone already: workers told to stop finish behind it
    store.close()
    return code


def offer_backup(location: Location, damage: StoreCorrupt) -> bool:
    """The store is damaged: say so, and offer its newest backup. True when the backup was put in place."""
    from ui.errors import error_text
    from workstation.store import health

    backup = health.newest_backup(location) if location.sqlite_path is not None else None
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("Start", "The database is damaged"),
                      error_text(damage))
    restore = None
    if backup is not None:
        box.setInformativeText(QApplication.translate("Start", "The newest backup is {0}. Restoring it keeps the "
                                                                "damaged file in the backups folder.")
                               .format(backup.name))
        restore = box.addButton(QApplication.translate("Start", "Restore the newest backup"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("Start", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setObjectName("damaged-store")
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False
    assert backup is not None
    health.restore_backup(location, backup)
    return True


def screenshot(app: QApplication, window: MainWindow, target: Path, timeout_ms: int = 30000, *,
               pdf: Path | None = None, press_send: bool = False,
               size: tuple[int, int] = SCREENSHOT_SIZE) -> int:
    """Wait until the window shows real data and nothing is still being read, then write the window (or the
    dialog it opened: composer, crisis mode, dashboard) as a PNG; with ``pdf``, the dashboard as a PDF too.
    ``press_send``: the composer's Send is pressed first (a refused reply then shows why)."""
    window.resize(*size)
    window.show()
    result = {"code": 1}
    pending = {"send": press_send}

    def grab() -> None:
        app.processEvents()
        if window.tasks.is_busy():
            QTimer.singleShot(100, grab)  # the queue, the conversation or a dialog is still reading
            return
        dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
        shown = dialogs[-1] if dialogs else window
        if pending["send"] and window.composer is not None and window.composer.isVisible():
            pending["send"] = False
            window.composer.send()
            QTimer.singleShot(100, grab)  # what pressing Send did (a refusal is recorded on a worker)
            return
        if pdf is not None and hasattr(shown, "save_pdf"):
            shown.save_pdf(str(pdf))
        image = shown.grab()
        target.parent.mkdir(parents=True, exist_ok=True)
        if image.save(str(target), "PNG"):
            result["code"] = 0
            print(f"wrote {target} ({image.width()}x{image.height()})")
        else:
            print(f"mostrador: could not write {target}", file=sys.stderr)
        app.quit()

    def timed_out() -> None:
        print("mostrador: the window did not finish loading in time; nothing written", file=sys.stderr)
        app.quit()

    if window.is_ready():
        QTimer.singleShot(100, grab)
    else:
        window.ready.connect(lambda: QTimer.singleShot(100, grab))
    QTimer.singleShot(timeout_ms, timed_out)
    app.exec()
    window.tasks.wait()
    window.store.close()
    return result["code"]
