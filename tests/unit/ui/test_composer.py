"""The composer, as an agent uses it: the gate as they type, the resolution panel, approval."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ui.composer.composer import Composer
from ui.composer.outbox_dialog import OutboxDialog
from ui.tasks import Tasks
from workstation.agents import add_agent, set_limit
from workstation.endpoints import Security
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import (
    Account,
    Action,
    ActionStatus,
    Customer,
    CustomerAddress,
    Direction,
    Message,
    Reply,
    ReplyState,
    Role,
    Ticket,
)

APOLOGY = "Lamentamos mucho las molestias. Sus comentarios son muy valiosos y lo revisaremos lo antes posible."
CONCRETE = "Lamentamos las molestias. Hoy le reembolsamos 45,90 € a su tarjeta; lo verá antes del 1 de diciembre."
REFUND = ActionSpec.from_dict({"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"})


def a_ticket(store: Store) -> int:
    with store.session() as session:
        account = Account(name="Soporte", email="soporte@example.com", imap_host="127.0.0.1", imap_port=143,
                          imap_security=Security.PLAIN, smtp_host="127.0.0.1", smtp_port=25,
                          smtp_security=Security.PLAIN, username="soporte@example.com",
                          signature="Marta, atención al cliente")
        customer = Customer(name="Ana Pérez", addresses=[CustomerAddress(address="ana@example.org")])
        session.add_all([account, customer])
        session.flush()
        ticket = Ticket(account_id=account.id, customer_id=customer.id, subject="Cobro duplicado",
                        normalized_subject="cobro duplicado", language="es")
        session.add(ticket)
        session.flush()
        session.add(Message(ticket_id=ticket.id, message_id="<c1@example.org>", from_addr="ana@example.org",
                            from_name="Ana Pérez", subject="Cobro duplicado", direction=Direction.INBOUND,
                            date=datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                            body_text="Me han cobrado dos veces el pedido 77."))
        return ticket.id


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[Tasks]:
    runner = Tasks()
    yield runner
    runner.wait()


def open_composer(qtbot: QtBot, store: Store, tasks: Tasks, ticket_id: int, agent: str | None = None) -> Composer:
    composer = Composer(store, tasks.run, ticket_id, agent=agent)
    qtbot.addWidget(composer)
    composer.show()
    qtbot.waitUntil(composer.editor.isEnabled, timeout=10000)
    return composer


def type_reply(qtbot: QtBot, composer: Composer, text: str) -> None:
    composer.editor.setPlainText(text)
    qtbot.waitUntil(lambda: composer.result is not None and not composer._check_timer.isActive(), timeout=5000)


def test_send_stays_off_with_reasons_for_an_apology_only_reply(qtbot: QtBot, sqlite_store: Store,
                                                               tasks: Tasks) -> None:
    composer = open_composer(qtbot, sqlite_store, tasks, a_ticket(sqlite_store))
    assert "ana@example.org" in composer.header.text()
    assert "Marta, atención al cliente" in composer.editor.toPlainText()  # the inbox's signature
    type_reply(qtbot, composer, APOLOGY)
    assert not composer.send_button.isEnabled()
    verdict = composer.verdict.text()
    assert "Add at least one concrete action" in verdict
    assert "“lo antes posible” is not a date" in verdict
    # The flagged phrases are highlighted where they are in the text.
    flagged = {APOLOGY[f.start:f.end] for f in composer.highlighter.flags}
    assert {"Lamentamos mucho las molestias", "Sus comentarios son muy valiosos", "lo antes posible"} <= flagged
    block = composer.editor.document().firstBlock()
    formats = {APOLOGY[r.start:r.start + r.length] for r in block.layout().formats()}
    assert "lo antes posible" in formats


def test_send_turns_on_once_an_action_is_added_and_stated(qtbot: QtBot, sqlite_store: Store, tasks: Tasks) -> None:
    ticket_id = a_ticket(sqlite_store)
    composer = open_composer(qtbot, sqlite_store, tasks, ticket_id)
    type_reply(qtbot, composer, "Le devolveremos el dinero.")
    composer.panel.add(REFUND)
    qtbot.waitUntil(lambda: not composer._check_timer.isActive(), timeout=5000)
    assert not composer.send_button.isEnabled()
    assert "Say how much in the reply: 45.90 EUR." in composer.verdict.text()

    type_reply(qtbot, composer, CONCRETE)
    assert composer.send_button.isEnabled()
    assert "Ready to send" in composer.verdict.text()
    with qtbot.waitSignal(composer.queued, timeout=10000) as queued:
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert queued.args[1] == "queued"
    with sqlite_store.read() as session:
        reply = session.scalars(select(Reply).where(Reply.state != ReplyState.DRAFT)).one()
        assert reply.body_text.startswith(CONCRETE)
        assert "> Me han cobrado dos veces" in reply.body_text  # the quoted history goes below
        assert session.scalars(select(Reply).where(Reply.state == ReplyState.DRAFT)).all() == []


def test_what_is_typed_survives_as_a_draft(qtbot: QtBot, sqlite_store: Store, tasks: Tasks) -> None:
    ticket_id = a_ticket(sqlite_store)
    composer = open_composer(qtbot, sqlite_store, tasks, ticket_id)
    composer.editor.setPlainText("Hola Ana, estoy revisando el cargo")
    composer.panel.add(REFUND)
    qtbot.waitUntil(lambda: composer._draft_id is not None, timeout=5000)
    composer.close()  # a crash would lose at most the last second

    again = open_composer(qtbot, sqlite_store, tasks, ticket_id)
    assert again.editor.toPlainText() == "Hola Ana, estoy revisando el cargo"
    assert [a.kind for a in again.panel.actions()] == ["refund"]


def test_above_the_agents_limit_a_supervisor_approves(qtbot: QtBot, sqlite_store: Store, tasks: Tasks) -> None:
    ticket_id = a_ticket(sqlite_store)
    add_agent(sqlite_store, "Marta", "marta@example.com", Role.SUPERVISOR)
    add_agent(sqlite_store, "Pablo", "pablo@example.com", Role.AGENT)
    set_limit(sqlite_store, "Pablo", "refund", "30", "EUR", by="Marta")

    composer = open_composer(qtbot, sqlite_store, tasks, ticket_id, agent="Pablo")
    composer.panel.add(REFUND)
    type_reply(qtbot, composer, CONCRETE)
    assert composer.send_button.isEnabled()
    assert composer.send_button.text() == "Send for approval"
    assert "above your limit of 30" in composer.verdict.text()
    with qtbot.waitSignal(composer.queued, timeout=10000) as queued:
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert queued.args[1] == "awaiting_approval"

    outbox = OutboxDialog(sqlite_store, tasks.run)
    qtbot.addWidget(outbox)
    outbox.show()
    qtbot.waitUntil(lambda: outbox.table.rowCount() == 1, timeout=5000)
    outbox.agent_box.setCurrentIndex(outbox.agent_box.findData("Marta"))
    outbox.table.selectRow(0)
    assert outbox.approve_button.isEnabled()
    with qtbot.waitSignal(outbox.changed, timeout=5000):
        qtbot.mouseClick(outbox.approve_button, Qt.MouseButton.LeftButton)
    with sqlite_store.read() as session:
        reply = session.scalars(select(Reply).where(Reply.state != ReplyState.DRAFT)).one()
        assert reply.state is ReplyState.QUEUED
        action = session.scalars(select(Action)).one()
        assert action.status is ActionStatus.PROMISED


def test_marking_a_promise_kept_proposes_the_loop_closing_message(qtbot: QtBot, sqlite_store: Store,
                                                                  tasks: Tasks) -> None:
    from workstation.followups import complete_action
    from workstation.outbox.compose import queue_reply

    ticket_id = a_ticket(sqlite_store)
    queue_reply(sqlite_store, ticket_id, CONCRETE, [REFUND])
    with sqlite_store.read() as session:
        action_id = session.scalars(select(Action.id)).one()
    proposal = complete_action(sqlite_store, action_id, change="un aviso antes de cobrar dos veces")

    composer = Composer(sqlite_store, tasks.run, ticket_id, proposal=proposal)
    qtbot.addWidget(composer)
    composer.show()
    qtbot.waitUntil(lambda: composer.result is not None, timeout=10000)
    text = composer.editor.toPlainText()
    assert "45.90 EUR" in text and "un aviso antes de cobrar dos veces" in text and "1 " in text
    assert [a.action_id for a in composer.panel.actions()] == [action_id]
    assert composer.send_button.isEnabled(), composer.verdict.text()
    with qtbot.waitSignal(composer.queued, timeout=10000):
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    with sqlite_store.read() as session:
        purposes = [r.purpose for r in session.scalars(select(Reply).order_by(Reply.id))]
        assert purposes == ["reply", "close_loop"]
        assert session.get(Action, action_id).status is ActionStatus.DONE  # type: ignore[union-attr]


def test_misspelled_words_are_underlined_where_the_platform_spell_checks(qtbot: QtBot, sqlite_store: Store,
                                                                        tasks: Tasks) -> None:
    from ui.composer.spelling import Speller

    if not Speller("es").available:
        pytest.skip("no Enchant or Spanish dictionary here (apt-get install libenchant-2-2 hunspell-es)")
    composer = open_composer(qtbot, sqlite_store, tasks, a_ticket(sqlite_store))  # a ticket in Spanish
    text = "Hoy le reembolsmos 45,90 € a su tarjeta."
    type_reply(qtbot, composer, text)
    formats = composer.editor.document().firstBlock().layout().formats()
    underlined = {text[r.start:r.start + r.length] for r in formats
                  if r.format.underlineStyle() == r.format.underlineStyle().SpellCheckUnderline}
    assert underlined == {"reembolsmos"}
    assert "reembolsamos" in composer.speller.suggestions("reembolsmos")  # type: ignore[union-attr]


def test_the_conversation_shows_the_reply_in_the_outbox_its_promises_and_timeline(qtbot: QtBot, sqlite_store: Store,
                                                                                  tasks: Tasks) -> None:
    from ui.queue.conversation_pane import ConversationPane
    from workstation.outbox.compose import queue_reply

    ticket_id = a_ticket(sqlite_store)
    queue_reply(sqlite_store, ticket_id, CONCRETE, [REFUND])
    pane = ConversationPane(sqlite_store, tasks.run)
    qtbot.addWidget(pane)
    pane.show_ticket(ticket_id)
    qtbot.waitUntil(lambda: pane.title.text().startswith("#"), timeout=5000)
    shown = pane.browser.toPlainText()
    assert CONCRETE in shown and "Queued" in shown  # not sent yet, and says so
    assert "Refund — promised" in shown and "Mark done…" in shown
    assert "check the promise (Refund)" in shown
    assert "reply queued" in shown
    with qtbot.waitSignal(pane.reply_requested, timeout=2000) as requested:
        qtbot.mouseClick(pane.reply_button, Qt.MouseButton.LeftButton)
    assert requested.args == [ticket_id]
