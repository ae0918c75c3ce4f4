"""The desk an agent lives in: who is at it, what it remembers between runs, Preferences."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.app import install_translators
from ui.composer.composer import Composer
from ui.desk import first_geometry
from ui.main_window import MainWindow
from ui.preferences import IdentityDialog, PreferencesDialog
from ui.queue.panels import ViewKeyRole
from ui.settings import Settings
from ui.tasks import Tasks
from workstation import demo, queue
from workstation.agents import acting_switches, list_agents
from workstation.paths import Location
from workstation.store.db import Store, open_store

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def seeded(sqlite_store: Store) -> Store:
    demo.seed(sqlite_store, 120)  # five agents, most tickets assigned to one of them
    return sqlite_store


def open_window(qtbot: QtBot, store: Store, agent: str | None = None) -> MainWindow:
    win = MainWindow(store, agent=agent)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.is_ready() and not win.tasks.is_busy(), timeout=15000)
    return win


def sidebar_count(win: MainWindow, key: str) -> int:
    sidebar = win.workspace.sidebar
    for i in range(sidebar.topLevelItemCount()):
        item = sidebar.topLevelItem(i)
        if item.data(0, ViewKeyRole) == key:
            return int(item.text(1).replace("\u202f", "") or -1)
    raise AssertionError(f"no view {key}")


def test_my_queue_counts_the_tickets_of_who_is_at_the_desk(qtbot: QtBot, seeded: Store) -> None:
    win = open_window(qtbot, seeded, agent="Carmen Ortega")
    count = sidebar_count(win, "mine")
    assert count > 0, "My queue counted without the agent (always 0)"
    win.show_view("mine")
    qtbot.waitUntil(lambda: win.workspace.model.view() == "mine" and not win.tasks.is_busy(), timeout=10000)
    assignee = win.workspace.model.COLUMNS.index("assignee")
    shown = {win.workspace.model.index(r, assignee).data() for r in range(win.workspace.model.rowCount())}
    assert shown == {"Carmen Ortega"}
    assert win.workspace.model.rowCount() == min(count, 200)
    win.close()


def test_the_first_run_asks_who_is_at_the_desk_and_remembers(qtbot: QtBot, seeded: Store) -> None:
    win = open_window(qtbot, seeded)
    assert win.desk.agent_button.text() == "Who are you? Choose…"
    win.desk.ask_identity()
    qtbot.waitUntil(lambda: win.desk.identity is not None and win.desk.identity.isVisible(), timeout=5000)
    dialog = win.desk.identity
    assert dialog is not None
    assert dialog.chooser.count() == 5
    dialog.chooser.setEditText("carmen")  # a first name, as a person types it
    dialog.accept()
    qtbot.waitUntil(lambda: win.agent == "Carmen Ortega", timeout=5000)
    assert win.desk.agent_button.text() == "Working as Carmen Ortega"
    qtbot.waitUntil(lambda: sidebar_count(win, "mine") > 0, timeout=5000)
    assert Settings().agent == "Carmen Ortega"
    assert Settings().owner == "Carmen Ortega", "the first agent chosen owns the desk"
    win.close()

    again = open_window(qtbot, seeded, agent=Settings().agent)
    assert again.desk.agent_button.text() == "Working as Carmen Ortega"
    again.close()


def test_a_new_name_joins_the_store_as_an_agent(qtbot: QtBot, seeded: Store) -> None:
    win = open_window(qtbot, seeded)
    win.desk.choose("Paula Nieto")
    qtbot.waitUntil(lambda: win.agent == "Paula Nieto", timeout=5000)
    assert "Paula Nieto" in [a.name for a in list_agents(seeded)]
    win.close()


def test_single_keys_without_an_agent_answer_in_the_windows_language(qtbot: QtBot, seeded: Store) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "es")
    try:
        win = open_window(qtbot, seeded)
        qtbot.waitUntil(lambda: win.workspace.model.rowCount() > 0, timeout=10000)
        win.workspace.table.selectRow(0)
        win.workspace.table.setFocus()
        win.workspace.actions.assign_me.trigger()  # "a"
        qtbot.waitUntil(lambda: bool(win.message.text()), timeout=5000)
        text = win.message.text()
        assert "Varios agentes" in text and "--agent" not in text, text
        qtbot.waitUntil(lambda: win.desk.identity is not None and win.desk.identity.isVisible(), timeout=5000)
        assert win.desk.identity.windowTitle() == "¿Quién está en este puesto?"
        win.desk.identity.reject()
        win.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_the_composer_never_signs_as_someone_nobody_chose(qtbot: QtBot, seeded: Store) -> None:
    tasks = Tasks()
    ticket = queue_first(seeded)
    composer = Composer(seeded, tasks.run, ticket)
    qtbot.addWidget(composer)
    qtbot.waitUntil(lambda: composer.editor.isEnabled(), timeout=10000)
    assert composer.agent_box.currentIndex() == -1, "replying as the first agent alphabetically"
    assert composer.agent_box.placeholderText() == "Choose who is replying"
    composer.editor.setPlainText("Hoy le reembolsamos 45,90 € a su tarjeta; lo verá antes del 1 de diciembre.")
    composer.send()
    assert "Choose who is replying" in composer.verdict.text()
    assert not composer._sending
    tasks.wait()


def queue_first(store: Store) -> int:
    with store.read() as session:
        return queue.list_rows(session, "open", limit=1)[0].id


def test_an_unknown_agent_on_the_command_line_names_the_agents(tmp_path: Path, cli_env: dict[str, str]) -> None:
    data = tmp_path / "data"
    store = open_store(Location.resolve(data, None))
    demo.seed(store, 10)
    store.close()
    env = {**cli_env, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / "out.png"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--agent", "Nadie",
                           "--screenshot", str(out)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 4
    assert "There is no agent 'Nadie'. The agents are: Aisha Khan, Carmen Ortega, Lucía Fernández" in done.stderr
    assert not out.exists()
    first_name = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--agent",
                                 "Carmen", "--screenshot", str(out)], capture_output=True, text=True, env=env,
                                timeout=120)
    assert first_name.returncode == 0, first_name.stderr
    assert out.exists()


def test_the_layout_and_the_last_view_come_back_after_a_restart(qtbot: QtBot, seeded: Store) -> None:
    win = open_window(qtbot, seeded, agent="Tom Becker")
    win.resize(760, 560)  # the offscreen screen is 800x600: a size that fits it
    win.workspace.splitters["main"].setSizes([240, 500])
    header = win.workspace.table.horizontalHeader()
    header.resizeSection(0, 231)
    win.show_view("overdue")
    qtbot.waitUntil(lambda: win.workspace.model.view() == "overdue" and not win.tasks.is_busy(), timeout=10000)
    win.close()

    again = open_window(qtbot, seeded, agent="Tom Becker")
    assert (again.width(), again.height()) == (760, 560)
    assert again.workspace.splitters["main"].sizes()[0] == 240
    assert again.workspace.table.horizontalHeader().sectionSize(0) == 231
    assert again.workspace.sidebar.current_key() == "overdue"
    assert again.workspace.model.view() == "overdue"
    again.close()

    other = open_window(qtbot, seeded, agent="Aisha Khan")  # the last view is each agent's own
    assert other.workspace.sidebar.current_key() == "open"
    other.close()


@pytest.mark.parametrize(("screen", "fits"), [((0, 0, 1366, 738), (1366, 738)), ((0, 0, 1280, 690), (1280, 690)),
                                              ((0, 0, 2560, 1400), (1400, 900))])
def test_the_first_window_fits_the_screen(screen: tuple[int, int, int, int], fits: tuple[int, int]) -> None:
    """1366x768 at 100% and 1920x1080 at 150% (1280x720 logical) leave less than 1400x900 free."""
    rect = first_geometry(QRect(*screen))
    assert (rect.width(), rect.height()) == fits
    assert QRect(*screen).contains(rect)


def test_preferences_are_written_and_read_back(qtbot: QtBot, seeded: Store) -> None:
    settings = Settings()
    dialog = PreferencesDialog(settings, list_agents(seeded), "Tom Becker")
    qtbot.addWidget(dialog)
    assert dialog.agent.currentText() == "Tom Becker"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.quote_style.setCurrentIndex(dialog.quote_style.findData("muted"))
    dialog.kinds["promise_due"].setChecked(False)
    dialog.sounds.setChecked(True)
    dialog.accept()

    fresh = Settings(QSettings(settings.q.fileName(), QSettings.Format.IniFormat))  # what the file holds
    assert (fresh.language, fresh.theme, fresh.quote_style, fresh.sounds) == ("es", "dark", "muted", True)
    assert not fresh.notify("promise_due") and fresh.notify("new_message")
    # Every field is reachable by its label's key and has a name a screen reader reads.
    buddies = {label.buddy() for label in dialog.findChildren(QLabel)}
    for field in (dialog.agent, dialog.language, dialog.theme, dialog.quote_style):
        assert field in buddies and field.accessibleName()


def test_preferences_change_the_agent_at_the_desk(qtbot: QtBot, seeded: Store) -> None:
    Settings().owner = "Lucía Fernández"  # a supervisor's desk: she lets Tom, then Aisha, work at it
    win = open_window(qtbot, seeded, agent="Tom Becker")
    win.desk.show_preferences()
    qtbot.waitUntil(lambda: win.desk.preferences is not None and win.desk.preferences.isVisible(), timeout=5000)
    dialog = win.desk.preferences
    assert dialog is not None
    dialog.agent.setCurrentIndex(dialog.agent.findData("Aisha Khan"))
    dialog.accept()
    qtbot.waitUntil(lambda: win.agent == "Aisha Khan", timeout=5000)
    assert win.desk.agent_button.text() == "Working as Aisha Khan"
    win.close()


def test_the_identity_dialog_has_a_buddy_for_its_field(qtbot: QtBot) -> None:
    dialog = IdentityDialog([], None)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.chooser.setEditText("Ana")
    assert dialog.ok.isEnabled()
    assert any(label.buddy() is dialog.chooser for label in dialog.findChildren(QLabel))


def test_a_composer_for_an_unknown_agent_says_so_in_plain_words(qtbot: QtBot, seeded: Store) -> None:
    tasks = Tasks()
    composer = Composer(seeded, tasks.run, queue_first(seeded), agent="O'Brien")
    qtbot.addWidget(composer)
    composer.show()
    qtbot.waitUntil(lambda: "O'Brien" in composer.header.text() or composer.editor.isEnabled(), timeout=10000)
    tasks.wait()
    assert "There is no agent “O'Brien”. The agents are: Aisha Khan" in composer.header.text()
    assert "&#x27;" not in composer.header.text()


def test_single_keys_with_an_agent_say_what_they_did_in_spanish(qtbot: QtBot, seeded: Store) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "es")
    try:
        win = open_window(qtbot, seeded, agent="Carmen Ortega")
        qtbot.waitUntil(lambda: win.workspace.model.rowCount() > 0, timeout=10000)
        win.workspace.table.selectRow(0)
        win.workspace.actions.assign_me.trigger()  # "a"
        qtbot.waitUntil(lambda: "Carmen Ortega" in win.message.text(), timeout=5000)
        assert win.message.text().startswith("Asignado a Carmen Ortega"), win.message.text()
        qtbot.waitUntil(lambda: not win.tasks.is_busy(), timeout=5000)
        win.workspace.table.selectRow(0)
        win.workspace.actions.resolve.trigger()  # "e"
        qtbot.waitUntil(lambda: "Resuelto" in win.message.text(), timeout=5000)
        assert win.message.text().startswith("Estado Resuelto"), win.message.text()
        win.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_newest_first_is_a_preference_the_conversation_follows(qtbot: QtBot, seeded: Store) -> None:
    win = open_window(qtbot, seeded, agent="Tom Becker")
    pane = win.workspace.conversation
    qtbot.waitUntil(lambda: pane.browser.toPlainText().count("Customer ·") >= 2, timeout=10000)
    oldest_first = pane.browser.toPlainText()
    win.desk.show_preferences()
    qtbot.waitUntil(lambda: win.desk.preferences is not None and win.desk.preferences.isVisible(), timeout=5000)
    win.desk.preferences.newest_first.setChecked(True)
    win.desk.preferences.accept()
    qtbot.waitUntil(lambda: pane.browser.toPlainText() != oldest_first, timeout=5000)
    dates = [line for line in pane.browser.toPlainText().splitlines() if line.startswith(("Customer ·", "Agent ·"))]
    first = [line for line in oldest_first.splitlines() if line.startswith(("Customer ·", "Agent ·"))]
    assert dates == list(reversed(first))
    assert Settings().newest_first
    win.close()


def test_an_agent_cannot_switch_the_desk_to_someone_else(qtbot: QtBot, seeded: Store) -> None:
    Settings().owner = "Tom Becker"  # an agent, not a supervisor
    win = open_window(qtbot, seeded, agent="Tom Becker")
    win.desk.choose("Aisha Khan")
    qtbot.waitUntil(lambda: "supervisor" in win.message.text(), timeout=5000)
    assert win.message.text() == ("Only a supervisor may switch this desk to another agent, "
                                  "and Tom Becker is not one.")
    assert win.agent == "Tom Becker" and Settings().agent != "Aisha Khan"
    assert acting_switches(seeded) == []
    win.close()


def test_a_supervisors_switch_is_kept_in_the_timeline(qtbot: QtBot, seeded: Store, data_dir: Path,
                                                     cli_env: dict[str, str]) -> None:
    Settings().owner = "Lucía Fernández"
    win = open_window(qtbot, seeded, agent="Lucía Fernández")
    win.desk.choose("Aisha")
    qtbot.waitUntil(lambda: win.agent == "Aisha Khan", timeout=5000)
    win.desk.choose("Lucía Fernández")  # back to the owner: always allowed
    qtbot.waitUntil(lambda: win.agent == "Lucía Fernández", timeout=5000)
    win.close()
    assert Settings().owner == "Lucía Fernández", "the owner stays while others act at the desk"
    switches = acting_switches(seeded)
    assert [(s.from_agent, s.to_agent, s.by) for s in switches] == [
        ("Aisha Khan", "Lucía Fernández", "Lucía Fernández"), ("Lucía Fernández", "Aisha Khan", "Lucía Fernández")]
    done = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data_dir), "agent", "log"],
                          capture_output=True, text=True, env=cli_env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Lucía Fernández → Aisha Khan  (by Lucía Fernández)" in done.stdout


def test_the_refusal_is_said_in_spanish(qtbot: QtBot, seeded: Store) -> None:
    Settings().owner = "Tom Becker"
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "es")
    try:
        win = open_window(qtbot, seeded, agent="Tom Becker")
        win.desk.choose("Aisha Khan")
        qtbot.waitUntil(lambda: "Tom Becker" in win.message.text(), timeout=5000)
        assert "supervisor" in win.message.text() and "Only" not in win.message.text()
        win.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_replying_as_someone_else_is_the_same_switch(qtbot: QtBot, seeded: Store) -> None:
    Settings().owner = "Tom Becker"  # an agent's desk: picking Aisha in "Replying as" does not sign as her
    win = open_window(qtbot, seeded, agent="Tom Becker")
    win._open_composer(queue_first(seeded), None)
    composer = win.composer
    assert composer is not None
    qtbot.waitUntil(lambda: composer.editor.isEnabled(), timeout=10000)
    assert composer.agent_box.currentData() == "Tom Becker"
    composer.agent_box.setCurrentIndex(composer.agent_box.findData("Aisha Khan"))
    qtbot.waitUntil(lambda: "supervisor" in win.message.text(), timeout=5000)
    qtbot.waitUntil(lambda: composer.agent_box.currentData() == "Tom Becker", timeout=5000)
    assert win.agent == "Tom Becker" and acting_switches(seeded) == []
    composer.close()
    win.close()


def _cli(data_dir: Path, cli_env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=cli_env, timeout=60)


def _note_authors(data_dir: Path, ticket: int) -> list[tuple[str, str]]:
    import sqlite3

    with sqlite3.connect(data_dir / "mostrador.sqlite3") as conn:
        return list(conn.execute("SELECT author_name, body FROM notes WHERE ticket_id = ? ORDER BY id", (ticket,)))


def test_the_command_line_acts_as_the_desks_owner(qtbot: QtBot, seeded: Store, data_dir: Path,
                                                  cli_env: dict[str, str]) -> None:
    """The owner the window keeps is in the store: `--agent` naming someone else is refused at Tom's desk
    (nothing written), and a command naming nobody is signed by Tom."""
    from workstation.agents import desk_identity

    Settings().owner = "Tom Becker"  # an agent's desk
    win = open_window(qtbot, seeded, agent="Tom Becker")
    qtbot.waitUntil(lambda: desk_identity(seeded).owner == "Tom Becker", timeout=5000)
    win.close()
    ticket = queue_first(seeded)

    refused = _cli(data_dir, cli_env, "--agent", "Aisha", "ticket", "note", str(ticket), "Soy Aisha.")
    assert refused.returncode == 2
    assert "This desk is Tom Becker's" in refused.stderr and "supervisor" in refused.stderr
    from_environment = _cli(data_dir, {**cli_env, "MOSTRADOR_AGENT": "Aisha Khan"}, "ticket", "note", str(ticket),
                            "Por el entorno.")
    assert from_environment.returncode == 2
    switch = _cli(data_dir, cli_env, "agent", "switch", "Aisha")
    assert switch.returncode == 2 and "supervisor" in switch.stderr  # Tom is not one
    assert _cli(data_dir, cli_env, "ticket", "note", str(ticket), "Llamé yo.").returncode == 0
    assert _cli(data_dir, cli_env, "--agent", "Tom", "ticket", "note", str(ticket), "Y otra vez.").returncode == 0
    assert _note_authors(data_dir, ticket)[-2:] == [("Tom Becker", "Llamé yo."), ("Tom Becker", "Y otra vez.")]
    assert not any(body in ("Soy Aisha.", "Por el entorno.") for _, body in _note_authors(data_dir, ticket))


def test_after_a_supervisors_switch_the_command_line_acts_as_the_agent_switched_to(
        qtbot: QtBot, seeded: Store, data_dir: Path, cli_env: dict[str, str]) -> None:
    from workstation.agents import desk_identity

    Settings().owner = "Lucía Fernández"  # a supervisor's desk
    win = open_window(qtbot, seeded, agent="Lucía Fernández")
    qtbot.waitUntil(lambda: desk_identity(seeded).owner == "Lucía Fernández", timeout=5000)
    win.desk.choose("Aisha")  # recorded in the timeline
    qtbot.waitUntil(lambda: win.agent == "Aisha Khan", timeout=5000)
    win.close()
    ticket = queue_first(seeded)
    assert _cli(data_dir, cli_env, "ticket", "note", str(ticket), "Desde la consola.").returncode == 0
    assert _note_authors(data_dir, ticket)[-1] == ("Aisha Khan", "Desde la consola.")
    assert _cli(data_dir, cli_env, "--agent", "Carmen", "ticket", "note", str(ticket), "No.").returncode == 2
    # The owner, a supervisor, switches back from the command line; recorded like the window's switch.
    back = _cli(data_dir, cli_env, "agent", "switch", "Lucía Fernández")
    assert back.returncode == 0, back.stderr
    log = _cli(data_dir, cli_env, "agent", "log")
    assert "This desk is Lucía Fernández's; Lucía Fernández acts at it now." in log.stdout
    assert "Aisha Khan → Lucía Fernández" in log.stdout and "Lucía Fernández → Aisha Khan" in log.stdout
