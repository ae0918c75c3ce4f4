"""Every window test starts in English (numbers and dates as en_US writes them, whatever the machine's
locale or an earlier test chose) with no key modifier held; its settings folder is tests/conftest.py's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale


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
