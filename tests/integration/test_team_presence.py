"""Presence and collisions between desks on one PostgreSQL: another process is on a ticket, or replied."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.integration.test_team_sync import team_url
from tests.unit.ui.composer.test_composer import a_ticket, add_through_dialog, open_composer, tasks  # noqa: F401
from ui.tasks import Tasks
from workstation.agents import add_agent
from workstation.paths import Location
from workstation.store.db import Store, open_store
from workstation.store.models import Reply, ReplyState, Role

pytestmark = [pytest.mark.postgres]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def team_store(postgres_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = open_store(Location.resolve(tmp_path / "desk", team_url(postgres_url)))
    add_agent(store, "Luis", "luis@example.com", Role.SUPERVISOR)
    add_agent(store, "Marta", "marta@example.com", Role.SUPERVISOR)
    yield store
    store.close()


def other_desk(cli_env: dict[str, str], store: Store, code: str) -> None:
    """Run ``code`` in a process of its own against the same team database (``store`` is its store)."""
    script = ("from workstation.paths import Location\nfrom workstation.store.db import open_store\n"
              f"store = open_store(Location.resolve('/tmp', {store.location.database_url!r}))\n{code}\nstore.close()\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=cli_env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr


def test_someone_composing_on_another_desk_shows_in_this_window_within_a_second(qtbot: QtBot, team_store: Store,  # type: ignore[no-untyped-def]
                                                                                 cli_env, monkeypatch) -> None:
    from ui.main_window import MainWindow

    ticket_id = a_ticket(team_store)
    window = MainWindow(team_store, agent="Luis")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.is_ready, timeout=10000)
    model = window.workspace.model
    qtbot.waitUntil(lambda: model.ids() == [ticket_id], timeout=10000)
    window.workspace.show_ticket_anywhere(ticket_id)
    qtbot.waitUntil(lambda: window.live.listener is not None and window.live.listener.connected.is_set(),
                    timeout=10000)
    column = model.COLUMNS.index("subject")

    other_desk(cli_env, team_store, "from workstation.team import presence\n"
                                    f"presence.touch(store, {ticket_id}, 'composing', agent='Marta')")
    # Within a second of the other desk's write: in the queue's row and over the conversation.
    qtbot.waitUntil(lambda: str(model.data(model.index(0, column))).startswith("✎ Marta · Cobro duplicado")
                    and window.workspace.conversation.presence.text() == "Marta is replying", timeout=1000)
    assert window.workspace.conversation.presence.isVisible()
    assert str(model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)).startswith("Marta is replying")

    # Starting a reply here asks first; saying yes records the take-over in the timeline.
    from PySide6.QtWidgets import QMessageBox

    answers: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        answers.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)  # the person's click on the question
    window.reply_to(ticket_id)
    qtbot.waitUntil(lambda: window.composer is not None and window.composer.isVisible(), timeout=5000)
    assert answers == ["Marta is writing a reply to this ticket. Write one too?"]
    from workstation.store.models import Event

    def taken_over() -> list[dict[str, object]]:
        with team_store.read() as session:
            return [e.data for e in session.scalars(select(Event).where(Event.kind == "reply_taken_over"))]

    qtbot.waitUntil(lambda: taken_over() == [{"composing": ["Marta"]}], timeout=5000)
    window.composer.reject()
    # Marta's desk goes away without a word: 90 s later nobody is shown (made stale here by the server's clock).
    other_desk(cli_env, team_store, "from sqlalchemy import text\nwith store.session() as s:\n"
                                    "    s.execute(text(\"UPDATE presence SET seen_at = now() - interval '91 seconds' "
                                    "WHERE agent = 'Marta'\"))")
    qtbot.waitUntil(lambda: str(model.data(model.index(0, column))).startswith("Cobro duplicado"), timeout=5000)
    window.close()


def test_the_send_time_check_catches_a_reply_written_meanwhile(qtbot: QtBot, team_store: Store, tasks: Tasks,  # noqa: F811  # type: ignore[no-untyped-def]
                                                               run_cli, tmp_path: Path) -> None:
    ticket_id = a_ticket(team_store)
    composer = open_composer(qtbot, team_store, tasks, ticket_id, agent="Luis")
    qtbot.waitUntil(lambda: composer.send_check.mark is not None, timeout=5000)
    # Meanwhile, on Marta's desk: a reply to the same customer, queued.
    body, actions = tmp_path / "marta.txt", tmp_path / "marta.json"
    body.write_text("Hola, Ana: tiene razón. Hoy le reembolsamos 45,90 € a su tarjeta; lo verá antes del "
                    "1 de diciembre.", encoding="utf-8")
    actions.write_text(json.dumps([{"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"}]))
    marta = run_cli("--database", team_store.location.database_url, "--agent", "Marta", "reply", str(ticket_id),
                    "--body-file", str(body), "--actions-file", str(actions))
    assert marta.returncode == 0, marta.stderr

    composer.editor.setPlainText("Hola, Ana: tiene razón, le cobramos dos veces. ")
    cursor = composer.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    composer.editor.setTextCursor(cursor)
    add_through_dialog(qtbot, composer, "refund", "es")
    qtbot.waitUntil(lambda: "Ready to send" in composer.verdict.text(), timeout=5000)
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.send_check.box is not None and composer.send_check.box.isVisible(), timeout=5000)
    box = composer.send_check.box
    assert box.text() == "Since you opened this reply:"
    assert "Marta replied at " in box.informativeText() and "Hoy le reembolsamos 45,90 €" in box.informativeText()
    go_back = next(b for b in box.buttons() if b.text() == "Go back")
    qtbot.mouseClick(go_back, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: composer.send_check.box is None, timeout=5000)

    def sent() -> list[str]:
        with team_store.read() as session:
            return sorted(r.body_text.split(".")[0] for r in session.scalars(
                select(Reply).where(Reply.state != ReplyState.DRAFT)))

    assert sent() == ["Hola, Ana: tiene razón"]  # only Marta's: nothing went without the person knowing
    # Seen: the next press sends (nothing new happened since).
    with qtbot.waitSignal(composer.queued, timeout=10000):
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert sent() == ["Hola, Ana: tiene razón", "Hola, Ana: tiene razón, le cobramos dos veces"]
