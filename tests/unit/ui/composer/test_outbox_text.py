"""The outbox shows the supervisor what they approve: the whole text, the recipients and the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.unit.ui.composer.test_composer import a_ticket, outbox_as_supervisor, tasks  # noqa: F401 - fixture
from tests.unit.ui.test_formatting import spanish  # noqa: F401 - fixture
from ui.tasks import Tasks
from workstation.agents import add_agent, set_limit
from workstation.outbox.compose import queue_reply
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import Reply, ReplyState, Role

TEXT = ("Hola, Ana: hoy le reembolsamos 45,90 € a su tarjeta (ref. RF-2044); lo verá antes del 1 de diciembre.\n"
        "<b>Esto no es negrita</b> y <a href='https://example.com'>esto no es un enlace</a>.\n\nUn saludo.")


def _over_pablos_limit(store: Store, **extra):  # type: ignore[no-untyped-def]
    """Pablo, an agent with a 30 EUR refund limit under Marta, queues a 45.90 EUR refund: it waits for approval."""
    ticket_id = a_ticket(store)
    add_agent(store, "Marta", "marta@example.com", Role.SUPERVISOR)
    add_agent(store, "Pablo", "pablo@example.com", Role.AGENT)
    set_limit(store, "Pablo", "refund", "30", "EUR", by="Marta")
    refund = ActionSpec.from_dict({"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01",
                                   "reference": "RF-2044"})
    return queue_reply(store, ticket_id, TEXT, [refund], author="Pablo", **extra)


def test_the_reply_awaiting_approval_shows_its_text_recipients_and_actions(qtbot: QtBot, sqlite_store: Store,
                                                                          tasks: Tasks) -> None:  # noqa: F811
    queued = _over_pablos_limit(sqlite_store, cc=["contabilidad@example.org"])
    assert queued.state == "awaiting_approval"

    outbox = outbox_as_supervisor(qtbot, sqlite_store, tasks, "Marta")
    qtbot.waitUntil(lambda: outbox.preview.isVisible(), timeout=5000)
    with sqlite_store.read() as session:
        stored = session.scalars(select(Reply).where(Reply.state == ReplyState.AWAITING_APPROVAL)).one().body_text
    assert outbox.preview.toPlainText() == stored  # the whole text, tags and all, as plain text
    assert TEXT in stored and outbox.preview.isReadOnly()
    assert "esto no es un enlace" in outbox.preview.toPlainText() and "<a href" in outbox.preview.toPlainText()
    envelope = outbox.envelope.text()
    assert "ana@example.org" in envelope and "contabilidad@example.org" in envelope
    assert "Subject:" in envelope and "Cobro duplicado" in envelope
    shown = outbox.envelope.grab()  # drawn, with the action in words
    assert not shown.isNull()
    assert "Refund · €45.90 · ref. RF-2044 · by 1 Dec 2026" in envelope
    assert outbox.approve_button.isEnabled()
    with qtbot.waitSignal(outbox.changed, timeout=5000):
        qtbot.mouseClick(outbox.approve_button, Qt.MouseButton.LeftButton)
    with sqlite_store.read() as session:
        assert session.scalars(select(Reply.state).where(Reply.state != ReplyState.DRAFT)).one() is ReplyState.QUEUED


def test_the_envelope_escapes_what_it_shows() -> None:
    from ui.composer.outbox_dialog import envelope_html
    from workstation.outbox.waiting import OutboxRow, PlannedAction

    row = OutboxRow(1, 2, "awaiting_approval", "x@example.org", "<img src=x onerror=alert(1)>", "", "text",
                    to_addrs=("x@example.org",), actions=(PlannedAction("escalation", owner="<b>Ops</b>"),))
    shown = envelope_html(row)
    assert "<img" not in shown and "&lt;img src=x onerror=alert(1)&gt;" in shown
    assert "owner: &lt;b&gt;Ops&lt;/b&gt;" in shown


def test_why_it_waits_is_said_in_the_supervisors_language(qtbot: QtBot, sqlite_store: Store, tasks: Tasks,  # noqa: F811
                                                          spanish: None) -> None:
    _over_pablos_limit(sqlite_store)

    outbox = outbox_as_supervisor(qtbot, sqlite_store, tasks, "Marta")
    qtbot.waitUntil(lambda: outbox.preview.isVisible(), timeout=5000)
    why = outbox.why.text()
    assert "«reembolso» de 45,90 € supera tu límite de 30; debe aprobarla un supervisor" in why, why
    assert "above your limit" not in why and "above your limit" not in outbox.table.item(0, 4).text()
