"""File › Team database…: the window's short path to ``team init``."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from tests.integration.test_team_sync import team_url
from ui.main_window import MainWindow
from ui.team_setup import TeamSetupDialog
from ui.tasks import Tasks
from workstation.store.db import Store


def test_the_file_menu_opens_the_team_setup(qtbot: QtBot, sqlite_store: Store) -> None:
    win = MainWindow(sqlite_store)
    qtbot.addWidget(win)
    file_menu = win.menuBar().actions()[0].menu()
    assert "&Team database…" in [a.text() for a in file_menu.actions()]
    win.team_action.trigger()
    qtbot.waitUntil(lambda: win.team_setup.isVisible(), timeout=5000)
    assert any("agent add NAME --role" in label.text() for label in win.team_setup.findChildren(QLabel))
    win.team_setup.close()
    win.close()


def test_a_url_that_is_not_postgresql_is_refused_in_one_sentence(qtbot: QtBot, tmp_path: Path) -> None:
    tasks = Tasks()
    dialog = TeamSetupDialog(tasks.run)
    qtbot.addWidget(dialog)
    dialog.url.setText(f"sqlite:///{tmp_path / 'team.db'}")
    dialog.create.click()
    qtbot.waitUntil(lambda: dialog.create.isEnabled() and "PostgreSQL" in dialog.result_label.text(), timeout=10000)
    assert dialog.result_label.text().startswith(str(tmp_path / "team.db") + " is not a PostgreSQL URL")
    assert not (tmp_path / "team.db").exists()
    tasks.wait()


@pytest.mark.postgres
def test_the_dialog_creates_the_team_database_on_the_worker(qtbot: QtBot, postgres_url: str) -> None:
    admin = team_url(postgres_url)
    name = f"team_{uuid.uuid4().hex[:8]}"
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    tasks = Tasks()
    dialog = TeamSetupDialog(tasks.run)
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.create.click()
    assert not dialog.create.isEnabled(), "the button waits while the worker sets the database up"
    qtbot.waitUntil(lambda: dialog.create.isEnabled(), timeout=60000)
    text = dialog.result_label.text()
    assert text.startswith("The team database "), text
    assert text.endswith("is ready; add each person with their own role (step 2)."), text
    maintenance = make_url(admin).set(database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(maintenance, autocommit=True) as conn:
        assert conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM agents").fetchone() == (0,)
    tasks.wait()
