"""An environment error met by the store reaches the window as its one-sentence cause, in the window's
language: the sentence the command line prints, not "something went wrong"."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.app import install_translators
from ui.main_window import MainWindow
from workstation import demo
from workstation.agents import Role, add_agent
from workstation.paths import Location
from workstation.store.db import Store, open_store


@pytest.fixture
def quick_store(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("MOSTRADOR_SQLITE_BUSY_TIMEOUT_MS", "200")  # a writer gives up after 0.2 s
    store = open_store(Location.resolve(data_dir, None))
    demo.seed(store, 20)
    add_agent(store, "Marta", "marta@example.com", Role.SUPERVISOR)
    yield store
    store.close()


def select_first(table) -> None:  # type: ignore[no-untyped-def]
    """Select the first row, whatever modifier keys an earlier test's key click left behind."""
    selection = table.selectionModel()
    flags = selection.SelectionFlag
    selection.clearSelection()
    selection.select(table.model().index(0, 0), flags.Select | flags.Rows)
    selection.setCurrentIndex(table.model().index(0, 0), flags.NoUpdate)


EXPECTED = {
    "en": "The database {where} is locked by another program. Close the other Mostrador window or command that uses "
          "it and try again.",
    "es": "La base de datos {where} está bloqueada por otro programa. Cierra la otra ventana u orden de Mostrador que "
          "la usa y vuelve a intentarlo.",
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_locked_database_is_said_as_its_cause(qtbot: QtBot, quick_store: Store, data_dir: Path, lang: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, lang)
    try:
        win = MainWindow(quick_store, agent="Marta")
        qtbot.addWidget(win)
        win.show()
        qtbot.waitUntil(lambda: win.is_ready() and win.workspace.model.rowCount() > 0, timeout=10000)
        qtbot.waitUntil(lambda: not win.tasks.is_busy(), timeout=10000)  # the first screenful is all read
        table = win.workspace.table
        table.setFocus()
        select_first(table)
        assert table.selected_ids()
        database = quick_store.location.sqlite_path
        assert database is not None
        holder = sqlite3.connect(database, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
        try:
            with qtbot.waitSignal(win.workspace.actions.failed, timeout=5000):
                qtbot.keyClick(table, Qt.Key.Key_A)  # assign to me: a write
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        assert win.message.text() == EXPECTED[lang].format(where=database)
        win.tasks.wait()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
