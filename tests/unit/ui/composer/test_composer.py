"""The composer, as an agent uses it: the gate as they type, the resolution panel, approval."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.unit.workstation.resolution.test_phrasing import DESCRIPTIONS
from ui.composer.composer import Composer, state_text
from ui.composer.outbox_dialog import OutboxDialog
from ui.composer.resolution_panel import ActionDialog
from ui.tasks import Tasks
from workstation.agents import add_agent, set_limit
from workstation.mail.endpoints import Security
from workstation.resolution.actions import ActionSpec, catalogue
from workstation.resolution.gate import format_day
from workstation.resolution.phrasing import commitment_sentence
from workstation.store.db import Store
from workstation.store.models import (
    Account,
    Action,
    ActionStatus,
    Customer,
    CustomerAddress,
    Direction,
    Event,
    Message,
    Reply,
    ReplyState,
    Role,
    Ticket,
)

APOLOGY = "Lamentamos mucho las molestias. Sus comentarios son muy valiosos y lo revisaremos lo antes posible."
#: Spanish banking usage ("retrocesión": a charge sent back to the card) the shipped lexicons do not know.
UNRECOGNISED = "Hola, Ana: hoy le hemos hecho la retrocesión a su Visa."
CONCRETE = "Lamentamos las molestias. Hoy le reembolsamos 45,90 € a su tarjeta; lo verá antes del 1 de diciembre."
REFUND = ActionSpec.from_dict({"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"})


def a_ticket(store: Store, language: str = "es") -> int:
    with store.session() as session:
        account = session.query(Account).one_or_none() or Account(
            name="Soporte", email="soporte@example.com", imap_host="127.0.0.1", imap_port=143,
            imap_security=Security.PLAIN, smtp_host="127.0.0.1", smtp_port=25, smtp_security=Security.PLAIN,
            username="soporte@example.com", signature="Marta, atención al cliente")
        address = "ana@example.org" if language == "es" else "emma@example.net"
        customer = Customer(name="Ana Pérez" if language == "es" else "Emma Collins",
                            addresses=[CustomerAddress(address=address)])
        session.add_all([account, customer])
        session.flush()
        ticket = Ticket(account_id=account.id, customer_id=customer.id, subject="Cobro duplicado",
                        normalized_subject="cobro duplicado", language=language)
        session.add(ticket)
        session.flush()
        session.add(Message(ticket_id=ticket.id, message_id=f"<c{ticket.id}@example.org>", from_addr=address,
                            from_name=customer.name, subject="Cobro duplicado", direction=Direction.INBOUND,
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


def outbox_as_supervisor(qtbot: QtBot, store: Store, tasks: Tasks, supervisor: str) -> OutboxDialog:
    """The outbox, acting as ``supervisor``, with its one waiting reply selected."""
    outbox = OutboxDialog(store, tasks.run)
    qtbot.addWidget(outbox)
    outbox.show()
    qtbot.waitUntil(lambda: outbox.table.rowCount() == 1, timeout=5000)
    outbox.agent_box.setCurrentIndex(outbox.agent_box.findData(supervisor))
    outbox.table.selectRow(0)
    return outbox


def type_reply(qtbot: QtBot, composer: Composer, text: str) -> None:
    composer.editor.setPlainText(text)
    qtbot.waitUntil(lambda: composer.result is not None and not composer._check_timer.isActive(), timeout=5000)


def refusals(store: Store) -> list[Event]:
    with store.read() as session:
        return list(session.scalars(select(Event).where(Event.kind == "reply_refused")))


def test_reasons_wait_for_a_pause_and_never_show_on_an_untouched_composer(qtbot: QtBot, sqlite_store: Store,
                                                                          tasks: Tasks) -> None:
    composer = open_composer(qtbot, sqlite_store, tasks, a_ticket(sqlite_store))
    assert composer.recipients.to.text() == "ana@example.org" and composer.recipients.which.isHidden()
    assert "Marta, atención al cliente" in composer.editor.toPlainText()  # the inbox's signature
    assert composer.result is not None and not composer.result.accepted  # the gate has read it...
    assert composer.verdict.text() == ""  # ...but says nothing in red to someone who has not written yet
    assert composer.send_button.isEnabled() and not composer.review_button.isVisible()

    composer.editor.setPlainText(APOLOGY)
    qtbot.wait(300)  # typing, not a pause: still nothing
    assert composer.verdict.text() == "" and composer.highlighter.flags == []
    qtbot.waitUntil(lambda: composer.verdict.text() != "", timeout=5000)  # the pause
    verdict = composer.verdict.text()
    assert "Before you send, the reply needs:" in verdict and "#b00020" not in verdict  # not red: a hint
    assert "Add at least one concrete action" in verdict
    assert "“lo antes posible” is not a date" in verdict
    assert composer.send_button.isEnabled()
    # The flagged phrases are highlighted where they are in the text.
    flagged = {APOLOGY[f.start:f.end] for f in composer.highlighter.flags}
    assert {"Lamentamos mucho las molestias", "Sus comentarios son muy valiosos", "lo antes posible"} <= flagged
    block = composer.editor.document().firstBlock()
    formats = {APOLOGY[r.start:r.start + r.length] for r in block.layout().formats()}
    assert "lo antes posible" in formats


def test_pressing_send_on_a_refused_reply_shows_why_and_records_one_refusal(qtbot: QtBot, sqlite_store: Store,
                                                                            tasks: Tasks) -> None:
    ticket_id = a_ticket(sqlite_store)
    composer = open_composer(qtbot, sqlite_store, tasks, ticket_id)
    composer.editor.setPlainText(APOLOGY)
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)  # at once, before any pause
    verdict = composer.verdict.text()
    assert "Not sent. The reply still needs:" in verdict and "#b00020" in verdict
    assert "Add at least one concrete action" in verdict
    assert not composer.review_button.isVisible()  # no structured action: nothing a supervisor could approve
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)  # again, the same reply: not news
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=5000)
    events = refusals(sqlite_store)
    assert [(e.ticket_id, e.data["codes"][0], e.data["source"]) for e in events] == [
        (ticket_id, "no_structured_action", "composer")]

    composer.editor.setPlainText(APOLOGY + " Gracias por su paciencia.")  # changed, and refused again
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(refusals(sqlite_store)) == 2, timeout=5000)
    with sqlite_store.read() as session:
        assert session.scalars(select(Reply).where(Reply.state != ReplyState.DRAFT)).all() == []  # nothing queued


def test_closing_a_refused_draft_records_no_refusal(qtbot: QtBot, sqlite_store: Store, tasks: Tasks) -> None:
    ticket_id = a_ticket(sqlite_store)
    composer = open_composer(qtbot, sqlite_store, tasks, ticket_id)
    type_reply(qtbot, composer, APOLOGY)
    assert composer.result is not None and not composer.result.accepted
    composer.reject()  # "Close (draft kept)"
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=5000)
    assert refusals(sqlite_store) == []

    again = open_composer(qtbot, sqlite_store, tasks, ticket_id)
    assert again.editor.toPlainText() == APOLOGY  # kept as a draft
    assert again.verdict.text() == ""  # reopened, untouched: no reasons yet
    again.close()
    qtbot.waitUntil(lambda: not tasks.is_busy(), timeout=5000)
    assert refusals(sqlite_store) == []


def add_through_dialog(qtbot: QtBot, composer: Composer, kind: str, language: str) -> str:
    """Click "Add action…", fill in what the kind asks for, keep "Write this in the reply" on, press OK.
    Returns the sentence the dialog showed."""
    shown: list[str] = []
    problems: list[BaseException] = []

    def fill() -> None:
        dialog = next(d for d in composer.panel.findChildren(ActionDialog) if d.isVisible())
        try:
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            entry = catalogue().get(kind)
            if "amount" in entry.fields:
                dialog.amount.setValue(29.90)
                dialog.currency.setCurrentText("EUR")
            if "reference" in entry.fields:
                dialog.reference.setText("RF-1001")
            if "owner" in entry.fields:
                dialog.owner.setText("Lucía Fernández")
            if "description" in entry.fields:
                dialog.description.setText(DESCRIPTIONS[language][kind])
            dialog.due.setDate(QDate.currentDate().addDays(8))
            assert dialog.write_sentence.isChecked()
            shown.append(dialog.preview.text())
            qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                             Qt.MouseButton.LeftButton)
        except BaseException as exc:  # noqa: BLE001 - reported below, after the dialog is closed
            problems.append(exc)
            dialog.reject()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(composer.panel.add_button, Qt.MouseButton.LeftButton)
    if problems:
        raise problems[0]
    return shown[0]


@pytest.mark.parametrize("language", ["es", "en"])
@pytest.mark.parametrize("kind", list(catalogue().kinds))
def test_the_sentence_written_for_an_added_action_passes_the_gate(qtbot: QtBot, sqlite_store: Store, tasks: Tasks,
                                                                 kind: str, language: str) -> None:
    composer = open_composer(qtbot, sqlite_store, tasks, a_ticket(sqlite_store, language))
    sentence = add_through_dialog(qtbot, composer, kind, language)
    [spec] = composer.panel.actions()
    assert sentence == commitment_sentence(spec, language)
    if spec.due is not None and kind != "answer":
        assert format_day(spec.due, language) in sentence  # the date typed once, in the panel
    text = composer.editor.toPlainText()
    assert text.startswith(sentence)  # at the cursor: above the signature
    assert text.endswith("Marta, atención al cliente")
    result = composer.check()
    assert result is not None and result.accepted, (sentence, [r.text for r in result.details])


def test_an_added_refund_is_written_once_and_the_reply_goes(qtbot: QtBot, sqlite_store: Store, tasks: Tasks) -> None:
    composer = open_composer(qtbot, sqlite_store, tasks, a_ticket(sqlite_store))
    composer.editor.setPlainText("Hola, Ana: tiene razón, le cobramos dos veces. ")
    cursor = composer.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    composer.editor.setTextCursor(cursor)
    sentence = add_through_dialog(qtbot, composer, "refund", "es")
    assert "29,90 €" in sentence and "(ref. RF-1001)" in sentence
    assert composer.editor.toPlainText() == "Hola, Ana: tiene razón, le cobramos dos veces. " + sentence
    composer.editor.insertPlainText(" Un saludo.")  # the sentence is text like any other: edited, added to
    qtbot.waitUntil(lambda: "Ready to send" in composer.verdict.text(), timeout=5000)
    with qtbot.waitSignal(composer.queued, timeout=10000) as queued:
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert queued.args[1] == "queued"
    with sqlite_store.read() as session:
        reply = session.scalars(select(Reply).where(Reply.state != ReplyState.DRAFT)).one()
        assert reply.body_text.startswith("Hola, Ana: tiene razón, le cobramos dos veces. " + sentence + " Un saludo.")
        assert "> Me han cobrado dos veces" in reply.body_text  # the quoted history goes below
        assert session.scalars(select(Reply).where(Reply.state == ReplyState.DRAFT)).all() == []
        assert session.scalars(select(Action.amount)).one() == Decimal("29.90")
    assert refusals(sqlite_store) == []


def test_reasons_name_the_next_step_with_the_actions_amount(qtbot: QtBot, sqlite_store: Store, tasks: Tasks) -> None:
    composer = open_composer(qtbot, sqlite_store, tasks, a_ticket(sqlite_store))
    composer.panel.add(REFUND)
    type_reply(qtbot, composer, "Le devolveremos el dinero.")
    verdict = composer.verdict.text()
    assert "Add the amount: the refund is 45,90 €." in verdict  # the customer's format: what to write
    assert composer.send_button.isEnabled()


def test_send_for_review_only_with_a_complete_action_and_a_supervisor_teaches_the_phrasing(
        qtbot: QtBot, sqlite_store: Store, tasks: Tasks) -> None:
    ticket_id = a_ticket(sqlite_store)
    add_agent(sqlite_store, "Marta", "marta@example.com", Role.SUPERVISOR)
    add_agent(sqlite_store, "Pablo", "pablo@example.com", Role.AGENT)
    composer = open_composer(qtbot, sqlite_store, tasks, ticket_id, agent="Pablo")
    composer.editor.setPlainText(UNRECOGNISED)
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert not composer.review_button.isVisible()  # no structured action
    composer.panel.add(ActionSpec(kind="refund"))  # incomplete: no amount
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert "needs: amount, currency" in composer.verdict.text()
    assert not composer.review_button.isVisible()
    composer.panel.set_actions([REFUND])  # complete; the text says it in words the gate does not know
    qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert "does not tell the customer about the refund" in composer.verdict.text()
    assert composer.review_button.isVisible() and composer.review_button.text() == "Send for review"
    with qtbot.waitSignal(composer.queued, timeout=10000) as queued:
        qtbot.mouseClick(composer.review_button, Qt.MouseButton.LeftButton)
    assert queued.args[1] == "awaiting_approval"
    assert "waits for a supervisor" in state_text(queued.args[1])

    outbox = outbox_as_supervisor(qtbot, sqlite_store, tasks, "Marta")
    assert outbox.preview.toPlainText().startswith(UNRECOGNISED)  # what is being approved
    assert "Sent for review" in outbox.why.text() and "does not tell the customer about the refund" in outbox.why.text()
    assert outbox.learn_row.isVisible() and outbox.learn_kind.currentData() == "refund"
    start = UNRECOGNISED.index("hecho la retrocesión")
    cursor = outbox.preview.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("hecho la retrocesión"), cursor.MoveMode.KeepAnchor)
    outbox.preview.setTextCursor(cursor)  # the supervisor selects the words
    assert outbox.learn_phrase.text() == "hecho la retrocesión"
    with qtbot.waitSignal(outbox.changed, timeout=5000):
        qtbot.mouseClick(outbox.approve_button, Qt.MouseButton.LeftButton)
    with sqlite_store.read() as session:
        reply = session.scalars(select(Reply).where(Reply.state != ReplyState.DRAFT)).one()
        assert reply.state is ReplyState.QUEUED and reply.approved_by_id is not None
        kinds = [e.kind for e in session.scalars(select(Event).order_by(Event.id)) if e.kind.startswith("reply_")]
    assert kinds == ["reply_refused", "reply_refused", "reply_refused", "reply_sent_for_review", "reply_approved"]

    # The same phrasing now passes in the composer, for everyone on this site.
    again = open_composer(qtbot, sqlite_store, tasks, ticket_id, agent="Pablo")
    again.panel.add(REFUND)
    type_reply(qtbot, again, "Ana, le hemos hecho la retrocesión de 45,90 € esta mañana.")
    assert again.result is not None and again.result.accepted, again.verdict.text()
    assert not again.review_button.isVisible()


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

    outbox = outbox_as_supervisor(qtbot, sqlite_store, tasks, "Marta")
    assert outbox.approve_button.isEnabled()
    with qtbot.waitSignal(outbox.changed, timeout=5000) as approved:
        qtbot.mouseClick(outbox.approve_button, Qt.MouseButton.LeftButton)
    with sqlite_store.read() as session:
        reply = session.scalars(select(Reply).where(Reply.state != ReplyState.DRAFT)).one()
        assert reply.state is ReplyState.QUEUED
        action = session.scalars(select(Action)).one()
        assert action.status is ActionStatus.PROMISED
    # What the window redraws: this ticket's row and this reply, not everything.
    assert approved.args[0].tickets == {ticket_id} and approved.args[0].replies == {reply.id}


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
    text = "Hoy le reembolsmos 45,90 € a su tarjeta (ref. RF-1001)."  # "ref." as the panel writes it: not a typo
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


def test_a_lexicon_a_supervisor_broke_is_one_sentence_in_the_composer(qtbot: QtBot, sqlite_store: Store,
                                                                      tasks: Tasks) -> None:
    lexicons = sqlite_store.location.data_dir / "lexicons"
    lexicons.mkdir(parents=True, exist_ok=True)
    (lexicons / "mine.yaml").write_text('apology:\n  - !!python/object/apply:os.system ["touch pwned"]\n',
                                        encoding="utf-8")
    composer = Composer(sqlite_store, tasks.run, a_ticket(sqlite_store))
    qtbot.addWidget(composer)
    composer.show()
    qtbot.waitUntil(lambda: "cannot be read" in composer.header.text(), timeout=10000)
    header = composer.header.text()
    assert "mine.yaml" in header and "line 2" in header and "Traceback" not in header
    assert not composer.editor.isEnabled()  # nothing can be judged, so nothing can be sent
