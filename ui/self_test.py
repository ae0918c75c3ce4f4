"""``mostrador --self-test``: does this installation work, and if not, what is missing?

It checks what a bundle or a package can lose on the way to a user's machine: the Qt platform plugin
(and the system libraries it needs), the main window (opened offscreen, never on screen), a fresh store
with every migration, the OS keyring (an entry written, read back and deleted under a throw-away service
name), the translations, and the spell-checker. One line per check; exit 0 when all pass, 1 otherwise.
"""

from __future__ import annotations

import os
import secrets as tokens
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLibraryInfo, QPluginLoader, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from workstation.errors import MostradorError
from workstation.paths import RESOURCES, Location
from workstation.store.db import HEAD_REVISION, open_store

WINDOW_TIMEOUT_MS = 30_000
DESKTOP_PLATFORMS = {"win32": "windows", "darwin": "cocoa"}


class CheckFailed(Exception):
    """A check's one-sentence reason."""


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str


def desktop_platform() -> str:
    """The Qt platform plugin the window would use here: QT_QPA_PLATFORM's, else the desktop's."""
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0]
    if chosen:
        return chosen
    if sys.platform in DESKTOP_PLATFORMS:
        return DESKTOP_PLATFORMS[sys.platform]
    if os.environ.get("WAYLAND_DISPLAY") and os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return "wayland"
    return "xcb" if os.environ.get("DISPLAY") else "offscreen"


def check_platform_plugin(platform: str) -> str:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    found = sorted(folder.glob(f"*q{platform}*"))
    if not found:
        raise CheckFailed(f"there is no '{platform}' platform plugin in {folder}")
    loader = QPluginLoader(str(found[0]))
    if not loader.load():  # names the missing system library, e.g. libxcb-cursor.so.0
        raise CheckFailed(f"the '{platform}' platform plugin does not load: {loader.errorString()}")
    return f"{platform} ({found[0].name})"


def check_store(folder: Path) -> str:
    store = open_store(Location.resolve(folder, None))
    try:
        revision = store.revision()
    finally:
        store.close()
    if revision != HEAD_REVISION:
        raise CheckFailed(f"a fresh store stopped at schema {revision}, not {HEAD_REVISION}")
    return f"a fresh SQLite store migrated to schema {revision}"


def check_main_window(app: QApplication, folder: Path) -> str:
    from ui.main_window import MainWindow

    store = open_store(Location.resolve(folder, None))
    window = MainWindow(store)
    try:
        window.resize(1000, 700)
        window.show()
        if not window.is_ready():
            loop = QEventLoop()
            window.ready.connect(loop.quit)
            QTimer.singleShot(WINDOW_TIMEOUT_MS, loop.quit)
            loop.exec()
        if not window.is_ready():
            raise CheckFailed(f"the main window did not finish loading in {WINDOW_TIMEOUT_MS // 1000} s")
        image = window.grab()
        if image.isNull() or image.width() == 0:
            raise CheckFailed("the main window opened but drew nothing")
        return f"opened offscreen on the '{app.platformName()}' platform and drawn ({image.width()}x{image.height()})"
    finally:
        window.close()
        window.tasks.wait()
        window.deleteLater()
        store.close()


def check_keyring() -> str:
    import keyring

    from workstation.secrets import check_backend

    backend = check_backend()  # SecretStoreUnavailable names the fix when no backend works
    service = f"mostrador-self-test-{tokens.token_hex(4)}"
    secret = tokens.token_urlsafe(16)
    keyring.set_password(service, "probe", secret)
    try:
        if keyring.get_password(service, "probe") != secret:
            raise CheckFailed(f"the keyring ({backend}) gave back another value than the one written")
    finally:
        keyring.delete_password(service, "probe")
    if keyring.get_password(service, "probe") is not None:
        raise CheckFailed(f"the keyring ({backend}) kept an entry after deleting it")
    return f"wrote, read back and deleted an entry ({backend})"


def check_translations() -> str:
    own = QTranslator()
    catalogue = RESOURCES / "translations" / "mostrador_es.qm"
    if not own.load(str(catalogue)):
        raise CheckFailed(f"the Spanish catalogue {catalogue} does not load")
    if own.translate("MainWindow", "&File") != "&Archivo":
        raise CheckFailed(f"the Spanish catalogue {catalogue} does not translate the main window's menus")
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not qt.load("qtbase_es", qt_folder):
        raise CheckFailed(f"Qt's own Spanish catalogue (qtbase_es.qm) is not in {qt_folder}")
    return "Spanish: Mostrador's catalogue and Qt's (qtbase_es.qm)"


def check_spelling() -> str:
    try:
        import enchant  # type: ignore[import-untyped]
    except (ImportError, OSError) as exc:
        raise CheckFailed(f"the Enchant library does not load ({exc})") from exc
    from ui.composer.spelling import DICTIONARIES, Speller

    found = []
    for language, sample, wrong in (("en", "Thank you for your pacience", "pacience"),
                                    ("es", "Gracias por su pacienzia", "pacienzia")):
        speller = Speller(language)
        if not speller.available:
            raise CheckFailed(f"Enchant ({enchant.get_enchant_version()}) has no dictionary for "
                              f"{' or '.join(DICTIONARIES[language])}")
        spans = speller.misspelled(sample)
        if [sample[start:end] for start, end in spans] != [wrong]:
            raise CheckFailed(f"the {language} dictionary did not catch '{wrong}' in '{sample}'")
        found.append(language)
    return f"Enchant {enchant.get_enchant_version()}, dictionaries for {' and '.join(found)}"


def run_checks(app: QApplication, platform: str, folder: Path) -> list[Result]:
    checks: list[tuple[str, Callable[[], str]]] = [
        ("Qt platform plugin", lambda: check_platform_plugin(platform)),
        ("store and migrations", lambda: check_store(folder / "store")),
        ("main window", lambda: check_main_window(app, folder / "window")),
        ("keyring", check_keyring),
        ("translations", check_translations),
        ("spell-checker", check_spelling),
    ]
    results = []
    for name, check in checks:
        try:
            results.append(Result(name, True, check()))
        except (CheckFailed, MostradorError) as exc:  # the cause in a sentence, and for ours what to do
            results.append(Result(name, False, str(exc)))
        except Exception as exc:  # noqa: BLE001 - any failure is this check's, named, and the others still run
            results.append(Result(name, False, f"{type(exc).__name__}: {exc}"))
    return results


def main() -> int:
    platform = desktop_platform()  # before the window's own platform is set to offscreen
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="mostrador-self-test-") as folder:
        results = run_checks(app, platform, Path(folder))
    for result in results:
        print(f"{'ok    ' if result.ok else 'FAILED'} {result.name}: {result.detail}")
    failed = [result.name for result in results if not result.ok]
    if failed:
        print(f"mostrador: self-test failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    print(f"mostrador: self-test passed ({len(results)} checks)")
    return 0
