"""Every window test keeps its settings in its own folder, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.settings import use_folder


@pytest.fixture(autouse=True)
def settings_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "settings"
    use_folder(folder)
    return folder
