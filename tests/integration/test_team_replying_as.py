"""Team mode: the composer's "Replying as" offers only the agent this desk signed in as."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.integration.test_team_identity import as_role, team  # noqa: F401  (the fixture)
from ui.composer.composer import Composer
from ui.tasks import Tasks
from workstation.paths import Location
from workstation.store.db import open_store

pytestmark = [pytest.mark.postgres]


def test_replying_as_offers_only_the_signed_in_agent(qtbot: QtBot, team, tmp_path: Path) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    store = open_store(Location.resolve(tmp_path / "pablo", as_role(team["admin"], "pablo")))
    tasks = Tasks()
    try:
        # The window thinks Marta is at the desk; the database role says Pablo, and only Pablo may sign.
        composer = Composer(store, tasks.run, int(team["ticket"]), agent="Marta")
        qtbot.addWidget(composer)
        qtbot.waitUntil(lambda: composer.editor.isEnabled(), timeout=10000)
        offered = [composer.agent_box.itemText(i) for i in range(composer.agent_box.count())]
        assert offered == ["Pablo"]
        assert composer.agent_box.currentData() == "Pablo"
        composer.close()
        tasks.wait()
    finally:
        store.close()
