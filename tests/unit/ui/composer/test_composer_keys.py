"""The composer from the keyboard: Ctrl+Enter sends, Tab leaves the text, and Reply on another ticket opens
that ticket's reply (the first one's draft kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.unit.ui.composer.test_composer import CONCRETE, REFUND, a_ticket, open_composer, type_reply
from ui.main_window import MainWindow
from ui.tasks import Tasks
from workstation.agents import add_agent
from workstation.outbox.compose import load_draft
from workstation.store.db import Store
from workstation.store.models import Reply, ReplyState, Role


def test_ctrl_enter_sends_and_tab_leaves_the_text(qtbot: QtBot, sqlite_store: Store) -> None:
    add_agent(sqlite_store, "Marta", None, Role.SUPERVISOR)
    tasks = Tasks()
    composer = open_composer(qtbot, sqlite_store, tasks, a_ticket(sqlite_store))
    composer.panel.set_actions([REFUND])
    type_reply(qtbot, composer, CONCRETE)
    assert composer.editor.hasFocus()
    qtbot.keyClick(composer.editor, Qt.Key.Key_Tab)
    assert not composer.editor.hasFocus() and "\t" not in composer.editor.toPlainText()
    composer.editor.setFocus()
    with qtbot.waitSignal(composer.queued, timeout=10000) as queued:
        qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert queued.args[1] == "queued"
    with sqlite_store.read() as session:
        assert session.scalars(select(Reply.state).where(Reply.state != ReplyState.DRAFT)).one() is ReplyState.QUEUED
    tasks.wait()



def test_reply_on_another_ticket_opens_that_ticket(qtbot: QtBot, sqlite_store: Store) -> None:
    add_agent(sqlite_store, "Marta", None, Role.SUPERVISOR)
    first, second = a_ticket(sqlite_store), a_ticket(sqlite_store, "en")
    win = MainWindow(sqlite_store, agent="Marta")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.is_ready() and not win.tasks.is_busy(), timeout=10000)
    win.reply_to(first)
    assert win.composer is not None
    qtbot.waitUntil(win.composer.editor.isEnabled, timeout=10000)
    win.composer.editor.setPlainText("Borrador para Ana")
    win.reply_to(second)
    assert win.composer.ticket_id == second and win.composer.isVisible()
    qtbot.waitUntil(lambda: not win.tasks.is_busy(), timeout=5000)
    draft = load_draft(sqlite_store, first, author="Marta")
    assert draft is not None and draft.body == "Borrador para Ana"  # the first ticket's words are kept
    win.close()
