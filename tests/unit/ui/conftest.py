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
