"""The window, driven as a person would: first run, sample data, views."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.app import install_translators
from ui.main_window import MainWindow
from ui.queue.model import IdRole, TicketTableModel
from workstation import demo, queue
from workstation.paths import Location
from workstation.store.db import Store, open_store

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def window(qtbot: QtBot, sqlite_store: Store) -> Iterator[MainWindow]:
    win = MainWindow(sqlite_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(win.is_ready, timeout=10000)
    yield win
    win.tasks.wait()


def test_empty_store_shows_the_first_run_page(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.first_run
    assert window.first_run.add_button.isVisible()
    assert window.first_run.sample_button.isVisible()


def test_trying_sample_data_opens_the_queue_marked_as_sample(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.first_run.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workspace, timeout=20000)
    model = window.workspace.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    assert window.workspace.banner.isVisible()
    assert "300" in window.workspace.banner.text.text().replace("\u202f", "")
    assert window.remove_sample_action.isEnabled()
    # The first ticket is selected and its conversation shown.
    qtbot.waitUntil(lambda: window.workspace.conversation.title.text().startswith("#"), timeout=10000)

    # Removing the sample data brings the first-run page back.
    window.remove_sample()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.first_run, timeout=10000)


def test_views_filter_the_queue(qtbot: QtBot, sqlite_store: Store) -> None:
    demo.seed(sqlite_store, 200)
    win = MainWindow(sqlite_store)
    qtbot.addWidget(win)
    win.show()
    model = win.workspace.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)
    status_column = model.COLUMNS.index("status")
    open_statuses = {model.index(r, status_column).data() for r in range(model.rowCount())}
    assert open_statuses <= {"New", "Open", "Waiting on customer"}

    sidebar = win.workspace.sidebar
    resolved = next(sidebar.topLevelItem(i) for i in range(sidebar.topLevelItemCount())
                    if sidebar.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 10) == "resolved")
    with qtbot.waitSignal(model.loaded, timeout=10000):
        sidebar.setCurrentItem(resolved)
    statuses = {model.index(r, status_column).data() for r in range(model.rowCount())}
    assert statuses and statuses <= {"Resolved", "Closed"}
    assert int(resolved.text(1).replace("\u202f", "")) >= model.rowCount()
    win.tasks.wait()


def test_ticket_model_passes_qtmodeltester(qtbot: QtBot, qtmodeltester, sqlite_store: Store) -> None:  # type: ignore[no-untyped-def]
    demo.seed(sqlite_store, 450)  # more than one page
    from ui.tasks import Tasks

    tasks = Tasks()
    model = TicketTableModel(sqlite_store, tasks.run)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_view("all")
    first_page = model.rowCount()
    assert first_page == 200
    qtmodeltester.check(model)  # the tester itself asks for more rows
    if model.canFetchMore():
        model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() > first_page, timeout=10000)
    with sqlite_store.read() as session:
        expected = dict((view.key, count) for view, count in queue.views(session))["all"]
    assert 400 < expected <= 450  # all but spam

    def scrolled_to_the_end() -> bool:
        if model.canFetchMore():
            model.fetchMore()
        return model.rowCount() >= expected and not model.canFetchMore()

    qtbot.waitUntil(scrolled_to_the_end, timeout=10000)
    assert model.rowCount() == expected
    ids = [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)  # no page loaded twice
    qtmodeltester.check(model)
    tasks.wait()


def test_add_inbox_dialog_refuses_plain_text_to_a_remote_host(qtbot: QtBot, sqlite_store: Store) -> None:  # type: ignore[no-untyped-def]
    from ui.account_dialog import AddAccountDialog
    from ui.tasks import Tasks
    from workstation.accounts import list_accounts

    tasks = Tasks()
    dialog = AddAccountDialog(sqlite_store, tasks.run)
    qtbot.addWidget(dialog)
    dialog.name.setText("Soporte")
    dialog.email.setText("soporte@example.com")
    dialog.imap_host.setText("192.0.2.7")  # not this computer (TEST-NET-1), no name to resolve
    dialog.imap_security.setCurrentIndex(dialog.imap_security.findData("plain"))
    dialog.password.setText("clave-secreta")
    with qtbot.waitSignal(dialog.net.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        dialog.buttons.accepted.emit()
    # Plain text to a remote host is refused before any connection, with the reason shown in the dialog.
    assert "Plain (unencrypted) IMAP is allowed only to this computer" in dialog.error.text()
    assert list_accounts(sqlite_store) == []
    dialog.imap_security.setCurrentIndex(dialog.imap_security.findData("ssl"))
    assert dialog.imap_port.value() == 993
    tasks.wait()


def test_spanish_interface(qtbot: QtBot, sqlite_store: Store) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "es")
    try:
        assert translators, "the Spanish catalogue did not load"
        win = MainWindow(sqlite_store)
        qtbot.addWidget(win)
        qtbot.waitUntil(win.is_ready, timeout=10000)
        assert win.first_run.sample_button.text() == "Probar con datos de ejemplo"
        assert win.menuBar().actions()[0].text() == "&Archivo"
        win.tasks.wait()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_screenshot_mode_writes_the_real_window(tmp_path: Path, cli_env: dict[str, str], lang: str) -> None:
    data = tmp_path / "data"
    store = open_store(Location.resolve(data, None))
    demo.seed(store, 60)
    store.close()
    target = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "main.py", "--data-dir", str(data), "--lang", lang,
                             "--screenshot", str(target)], cwd=ROOT, env=cli_env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1400, 900)
    # Not a blank canvas: a real window has many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, 1400, 25) for y in range(0, 900, 25)}
    assert len(colours) > 8


def test_screenshot_of_first_run(tmp_path: Path, cli_env: dict[str, str]) -> None:
    target = tmp_path / "first.png"
    result = subprocess.run([sys.executable, "main.py", "--data-dir", str(tmp_path / "new"),
                             "--screenshot", str(target)], cwd=ROOT, env=cli_env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert QImage(str(target)).size().toTuple() == (1400, 900)


def test_window_start_problems_are_one_line(tmp_path: Path, cli_env: dict[str, str]) -> None:
    env = {k: v for k, v in cli_env.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    no_display = subprocess.run([sys.executable, "main.py", "--data-dir", str(tmp_path)], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
    assert no_display.returncode == 1
    assert no_display.stderr.strip().startswith("mostrador: no display to open the window on")

    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "mostrador.sqlite3").write_bytes(b"\x00garbage" * 1000)
    corrupt = subprocess.run([sys.executable, "main.py", "--data-dir", str(tmp_path / "bad"), "--screenshot",
                              str(tmp_path / "x.png")], cwd=ROOT, env=cli_env, capture_output=True, text=True,
                             timeout=60)
    assert corrupt.returncode == 1
    assert "Traceback" not in corrupt.stderr
    assert [line for line in corrupt.stderr.splitlines() if line.startswith("mostrador:")] == [
        line for line in corrupt.stderr.splitlines() if line.strip() and "INFO" not in line]
    assert "is not a readable Mostrador database" in corrupt.stderr
    assert not (tmp_path / "x.png").exists()


def test_search_box_and_keyboard_navigation(qtbot: QtBot, sqlite_store: Store) -> None:
    demo.seed(sqlite_store, 200)
    win = MainWindow(sqlite_store)
    qtbot.addWidget(win)
    win.show()
    workspace, model = win.workspace, win.workspace.model
    qtbot.waitUntil(lambda: model.rowCount() > 3, timeout=10000)
    table = workspace.table
    table.setFocus()
    table.selectRow(0)
    first = table.currentIndex().data(IdRole)
    qtbot.keyClick(table, Qt.Key.Key_J)
    qtbot.keyClick(table, Qt.Key.Key_J)
    assert table.currentIndex().row() == 2
    qtbot.keyClick(table, Qt.Key.Key_K)
    assert table.currentIndex().row() == 1
    qtbot.waitUntil(lambda: workspace.conversation.title.text().startswith(
        f"#{table.currentIndex().data(IdRole)} "), timeout=10000)
    assert table.currentIndex().data(IdRole) != first

    qtbot.keyClick(table, Qt.Key.Key_Slash)
    assert workspace.search.hasFocus()
    with qtbot.waitSignal(model.loaded, timeout=10000):
        qtbot.keyClicks(workspace.search, "router")  # "j"/"k" typed here would be text, not navigation
    subject = model.COLUMNS.index("subject")
    texts = [model.index(r, subject).data().lower() for r in range(model.rowCount())]
    assert texts and all("router" in t for t in texts)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        qtbot.keyClicks(workspace.search, "zzqj")
    assert model.rowCount() == 0 and "zzqj" in workspace.empty.text()
    win.tasks.wait()


def test_a_pack_given_alone_opens_for_review_as_a_double_click_does(tmp_path: Path, cli_env: dict[str, str]) -> None:
    data = tmp_path / "data"
    store = open_store(Location.resolve(data, None))
    demo.seed(store, 20)
    store.close()
    pack = tmp_path / "semana.mostrador"
    made = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data), "export", "review-pack",
                           str(pack), "--since", "2000-01-01"], cwd=ROOT, env=cli_env, capture_output=True, text=True,
                          timeout=60)
    assert made.returncode == 0, made.stderr
    elsewhere = tmp_path / "never-made"  # the store it would open were the pack ignored
    target = tmp_path / "pack.png"
    result = subprocess.run([sys.executable, "main.py", str(pack), "--data-dir", str(elsewhere),
                             "--screenshot", str(target)], cwd=ROOT, env=cli_env, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert QImage(str(target)).size().toTuple() == (1400, 900)
    assert not elsewhere.exists()
