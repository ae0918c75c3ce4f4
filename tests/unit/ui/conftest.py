"""Every window test keeps its settings in its own folder, never the user's, and starts in English
(numbers and dates as en_US writes them, whatever the machine's locale or an earlier test chose)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from ui.settings import use_folder


@pytest.fixture(autouse=True)
def settings_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "settings"
    use_folder(folder)
    return folder


@pytest.fixture(autouse=True)
def english_numbers() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def keys_let_go(qtbot):  # type: ignore[no-untyped-def]
    """QTest leaves a modifier of its last key click (Ctrl+Z, Ctrl+Enter) down in the application's state;
    a later selectRow() would then toggle instead of select. Each test starts and ends with none held."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    def let_go() -> None:
        widget = QWidget()
        for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt):
            qtbot.keyRelease(widget, key)
        widget.deleteLater()

    let_go()
    yield
    let_go()
