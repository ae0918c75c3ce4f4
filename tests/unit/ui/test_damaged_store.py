"""A damaged store at start: the window says so and offers the newest backup, which it puts in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.unit.workstation.store.test_health import damage
from ui.app import offer_backup
from workstation import demo
from workstation.errors import StoreCorrupt
from workstation.paths import Location
from workstation.store.db import backup_sqlite, open_store
from workstation.store.models import Ticket


def answer(button: str, seen: dict[str, str]) -> None:
    """Click ``button`` on the damaged-store box once it shows, noting what it said."""
    box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
    if box is None:
        QTimer.singleShot(20, lambda: answer(button, seen))
        return
    seen.update(title=box.windowTitle(), text=box.text(), informative=box.informativeText(),
                buttons=" | ".join(b.text() for b in box.buttons()))
    next(b for b in box.buttons() if b.text() == button).click()


def test_a_damaged_store_is_said_and_its_newest_backup_offered_and_restored(qtbot: QtBot, data_dir: Path) -> None:
    location = Location.resolve(data_dir, None)
    store = open_store(location)
    demo.seed(store, 120)
    with store.read() as session:
        tickets = session.query(Ticket).count()
    store.close()
    backup = backup_sqlite(location.sqlite_path, location.backups_dir / "mostrador-0006-20261120T100000Z.sqlite3")
    damage(location.sqlite_path)
    with pytest.raises(StoreCorrupt) as refused:
        open_store(location)
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: answer("Restore the newest backup", seen))
    assert offer_backup(location, refused.value)
    assert seen["title"] == "The database is damaged" and "is damaged" in seen["text"]
    assert backup.name in seen["informative"] and seen["buttons"] == "Restore the newest backup | Quit"
    restored = open_store(location)
    with restored.read() as session:
        assert session.query(Ticket).count() == tickets
    restored.close()
    assert len(list(location.backups_dir.glob("mostrador-damaged-*.sqlite3"))) == 1


def test_quitting_leaves_the_damaged_store_alone(qtbot: QtBot, data_dir: Path) -> None:
    location = Location.resolve(data_dir, None)
    store = open_store(location)
    demo.seed(store, 60)
    store.close()
    damage(location.sqlite_path)
    before = location.sqlite_path.read_bytes()
    with pytest.raises(StoreCorrupt) as refused:
        open_store(location)
    seen: dict[str, str] = {}
    QTimer.singleShot(0, lambda: answer("Quit", seen))
    assert not offer_backup(location, refused.value)
    assert seen["buttons"] == "Quit"  # no backup to offer
    assert location.sqlite_path.read_bytes() == before
