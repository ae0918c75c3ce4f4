"""The upgrade notice, as the agent reads it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.upgrade_notice import show_upgrade
from workstation.upgrades import Upgrade


def test_the_notice_names_both_versions_the_changes_and_the_backup(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    box = show_upgrade(parent, Upgrade("0.1.0", "0.2.0", ["Faster sync.", "A new report."],
                                       "/data/backups/mostrador-0006-20261126T090000Z.sqlite3"))
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "Mostrador was updated"
    assert box.text() == "Mostrador 0.2.0 replaces 0.1.0; your data folder was kept as it was."
    assert box.informativeText() == ("What changed:\n• Faster sync.\n• A new report.\n\n"
                                     "Before upgrading the database, a copy was saved to "
                                     "/data/backups/mostrador-0006-20261126T090000Z.sqlite3.")
    box.accept()
