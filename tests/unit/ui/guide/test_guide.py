"""The guided panel, the crisis view and the playbook editor, as people use them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.unit.ui.composer.test_composer import CONCRETE, REFUND, a_ticket
from ui.guide.crisis import CrisisDialog, UpdateDialog
from ui.guide.playbook_editor import PlaybookEditor
from ui.guide.playbook_panel import PlaybookPanel
from ui.tasks import Tasks
from workstation import incidents, playbooks
from workstation.outbox.compose import queue_reply
from workstation.store.db import Store
from workstation.store.models import Event, Reply


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[Tasks]:
    runner = Tasks()
    yield runner
    runner.wait()


def test_the_guide_suggests_starts_and_refuses_a_step_without_its_requirement(
        qtbot: QtBot, sqlite_store: Store, tasks: Tasks) -> None:
    ticket_id = a_ticket(sqlite_store)  # "Me han cobrado dos veces el pedido 77"
    panel = PlaybookPanel(sqlite_store, tasks.run, lambda: None)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_ticket(ticket_id)
    qtbot.waitUntil(lambda: panel.findChild(type(panel.done_button), "startPlaybook-billing_error") is not None,
                    timeout=5000)
    with qtbot.waitSignal(panel.changed, timeout=5000):
        panel.findChild(type(panel.done_button), "startPlaybook-billing_error").click()
    qtbot.waitUntil(lambda: panel.steps.count() == 7, timeout=5000)

    panel.steps.setCurrentRow(3)  # "Commit to a concrete action"
    assert "concrete action" in panel.guidance.text()
    with qtbot.waitSignal(panel.message, timeout=5000) as refused:
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert refused.args[1] is True and "needs a reply that commits to a concrete action" in refused.args[0]

    queue_reply(sqlite_store, ticket_id, CONCRETE, [REFUND])
    with qtbot.waitSignal(panel.changed, timeout=5000):
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.steps.item(3).text().startswith("✓"), timeout=5000)
    with sqlite_store.read() as session:
        assert "playbook_step_done" in {e.kind for e in session.scalars(select(Event))}


def test_the_crisis_view_declares_links_and_updates_everyone(qtbot: QtBot, sqlite_store: Store, tasks: Tasks,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    ticket_id = a_ticket(sqlite_store)
    answers = iter([("Cobros duplicados", True), ("cobrado dos veces", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))  # what the supervisor types
    dialog = CrisisDialog(sqlite_store, tasks.run, lambda: [ticket_id], lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible()
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        qtbot.mouseClick(dialog.declare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        dialog.link_button.click()
    qtbot.waitUntil(lambda: dialog.table.item(0, 4).text() == "1", timeout=5000)

    update = UpdateDialog(sqlite_store, dialog.current().figures.tickets, False,  # type: ignore[union-attr]
                          catalogue=dialog.catalogue)
    qtbot.addWidget(update)
    update.text.setPlainText("Lamentamos las molestias, {name}.")
    update.check()
    assert not update.send.isEnabled()
    update.text.setPlainText("Hola {name}: hoy le reembolsamos 45,90 € del cobro duplicado; lo verá el 1 de diciembre.")
    update.panel.add(REFUND)
    update.check()
    assert update.send.isEnabled()
    sent = incidents.update(sqlite_store, dialog.current().id, update.text.toPlainText(),  # type: ignore[union-attr]
                            update.panel.actions())
    assert sent.queued == [ticket_id]
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.table.item(0, 5).text() == "1 / 1", timeout=5000)
    dialog.table.selectRow(0)
    qtbot.waitUntil(lambda: dialog.timeline.count() >= 2, timeout=5000)  # declared, then the update
    assert "incident declared" in dialog.timeline.item(0).text()
    with sqlite_store.read() as session:
        assert session.scalars(select(Reply.purpose)).all() == ["incident_update"]


def test_the_playbook_editor_validates_as_you_type_and_saves(qtbot: QtBot, tmp_path, tasks: Tasks) -> None:  # type: ignore[no-untyped-def]
    editor = PlaybookEditor(tmp_path, tasks.run)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.chooser.count() == 9, timeout=5000)  # "new" and the eight shipped ones
    assert editor.save_button.isEnabled()
    editor.editor.setPlainText(editor.editor.toPlainText().replace("requires: action", "requires: hope"))
    editor.validate()
    assert not editor.save_button.isEnabled()
    assert "Line 18" in editor.problems.item(0).text() and "'hope'" in editor.problems.item(0).text()
    editor.editor.setPlainText(editor.editor.toPlainText().replace("requires: hope", "requires: action"))
    editor.validate()
    with qtbot.waitSignal(editor.saved, timeout=2000):
        editor.save_button.click()
    assert "my_playbook" in playbooks.load(tmp_path).playbooks
