"""After an upgrade, once: which version replaced which, that the data stayed, what changed, and the copy
the store took before migrating (workstation.upgrades decides when)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from workstation.upgrades import Upgrade


def show_upgrade(parent: QWidget, upgrade: Upgrade) -> QMessageBox:
    translate = QCoreApplication.translate
    box = QMessageBox(QMessageBox.Icon.Information, translate("UpgradeNotice", "Mostrador was updated"), "",
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("upgradeNotice")
    if upgrade.previous is None:
        text = translate("UpgradeNotice", "Mostrador %1 upgraded your data folder; everything in it was kept.")
    else:
        text = translate("UpgradeNotice", "Mostrador %1 replaces %2; your data folder was kept as it was.")
    box.setText(text.replace("%1", upgrade.current).replace("%2", upgrade.previous or ""))
    details = []
    if upgrade.changes:
        details.append("\n".join([translate("UpgradeNotice", "What changed:"),
                                  *(f"• {line}" for line in upgrade.changes)]))
    if upgrade.backup:
        details.append(translate("UpgradeNotice", "Before upgrading the database, a copy was saved to %1.")
                       .replace("%1", upgrade.backup))
    box.setInformativeText("\n\n".join(details))
    box.open()  # window-modal, not blocking: the queue keeps loading behind it
    return box
