"""Errors kept beside a reply or an inbox reach a Spanish window in Spanish, and still do after a restart.

A real SMTP server (aiosmtpd on loopback) refuses a recipient or defers one; a real Dovecot refuses a
password. What the Outbox dialog and the Inboxes dialog say is read from the widgets, as a person reads it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from tests.integration.test_sync import account_for
from tests.support.dovecot import PASSWORD, Dovecot
from tests.support.smtp import SmtpServer
from tests.unit.ui.composer.test_composer import a_ticket
from tests.unit.ui.test_formatting import spanish  # noqa: F401 - fixture
from ui.accounts_dialog import InboxesDialog
from ui.composer.outbox_dialog import OutboxDialog
from ui.queue.conversation_pane import ConversationPane
from ui.tasks import Tasks
from workstation.mail.errors import SyncError
from workstation.outbox.compose import queue_reply
from workstation.outbox.sender import GIVE_UP_AFTER, flush
from workstation.paths import Location
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store, open_store
from workstation.store.models import Account, Reply, ReplyState
from workstation.sync.engine import AccountSync

BODY = ("Hola, Ana: tiene razón, le cobramos dos veces. Hoy le reembolsamos 45,90 € a su tarjeta; "
        "lo verá antes del 1 de diciembre.")
REFUND = {"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"}
UNKNOWN_USER = "550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown"


@pytest.fixture
def location(tmp_path: Path) -> Location:
    return Location.resolve(tmp_path / "data", None)


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[Tasks]:
    runner = Tasks()
    yield runner
    runner.wait()


def a_reply_through(store: Store, smtp: SmtpServer) -> int:
    """A reply queued to Ana on a ticket whose inbox sends through ``smtp``; returns the reply's id."""
    ticket_id = a_ticket(store)
    with store.session() as session:
        session.execute(update(Account).values(smtp_port=smtp.port))
    return queue_reply(store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)]).id


def the_outbox(qtbot: QtBot, store: Store, tasks: Tasks) -> OutboxDialog:
    outbox = OutboxDialog(store, tasks.run)
    qtbot.addWidget(outbox)
    outbox.show()
    qtbot.waitUntil(lambda: outbox.table.rowCount() == 1, timeout=5000)
    outbox.table.selectRow(0)
    return outbox


def test_a_refused_recipient_is_said_in_spanish_in_the_outbox_and_after_a_restart(
        qtbot: QtBot, location: Location, smtp: SmtpServer, tasks: Tasks, spanish: None) -> None:  # noqa: F811
    smtp.recorder.rcpt_answers["ana@example.org"] = UNKNOWN_USER
    store = open_store(location)
    try:
        reply_id = a_reply_through(store, smtp)
        summary = flush(store, password=lambda _account: PASSWORD)
        assert (summary.sent, summary.failed) == (0, 1) and smtp.received == []
        assert "refused the recipient ana@example.org" in summary.errors[0]  # the command line's English stays
    finally:
        store.close()

    expected = (f"El servidor SMTP 127.0.0.1:{smtp.port} rechazó el destinatario ana@example.org: «{UNKNOWN_USER}».")
    for _opening in range(2):  # the window opened after the flush, then again on a store opened afresh
        store = open_store(location)
        try:
            outbox = the_outbox(qtbot, store, tasks)
            assert outbox.table.item(0, 1).text() == "Fallida"  # the state in Spanish as well
            assert outbox.table.item(0, 4).text() == expected
            assert outbox.why.isVisible() and outbox.why.text() == f"Último intento: {expected}"
            assert outbox.resend_button.isEnabled()
            outbox.close()
            tasks.wait()
        finally:
            store.close()
    store = open_store(location)
    try:  # the ticket's timeline says it too
        pane = ConversationPane(store, tasks.run)
        qtbot.addWidget(pane)
        with store.read() as session:
            ticket_id = session.scalars(select(Reply.ticket_id)).one()
        pane.show_ticket(ticket_id)
        qtbot.waitUntil(lambda: "rechazó el destinatario" in pane.browser.toPlainText(), timeout=10000)
        assert expected in pane.browser.toPlainText() and "refused the recipient" not in pane.browser.toPlainText()
        tasks.wait()
    finally:
        store.close()
    store = open_store(location)
    try:
        with store.read() as session:  # what is kept: the English, and the code with its facts
            reply = session.get(Reply, reply_id)
            assert reply is not None and reply.state is ReplyState.FAILED
            assert reply.last_error == (f"The SMTP server 127.0.0.1:{smtp.port} refused the recipient "
                                        f"ana@example.org: “{UNKNOWN_USER}”.")
            assert reply.last_error_code == "smtp_recipient_refused"
            assert reply.last_error_params == {"where": f"127.0.0.1:{smtp.port}", "recipient": "ana@example.org",
                                               "answer": UNKNOWN_USER}
    finally:
        store.close()


def test_giving_up_on_a_deferred_recipient_says_both_sentences_in_spanish(
        qtbot: QtBot, sqlite_store: Store, smtp: SmtpServer, tasks: Tasks, spanish: None) -> None:  # noqa: F811
    smtp.recorder.rcpt_answers["ana@example.org"] = "450 4.2.0 Greylisted, try again later"
    reply_id = a_reply_through(sqlite_store, smtp)
    first = flush(sqlite_store, password=lambda _account: PASSWORD)
    assert first.retrying == 1
    with sqlite_store.read() as session:
        queued_at = session.scalars(select(Reply.queued_at).where(Reply.id == reply_id)).one()
    assert queued_at is not None
    days_later = queued_at + GIVE_UP_AFTER + timedelta(hours=1)
    last = flush(sqlite_store, password=lambda _account: PASSWORD, now=lambda: days_later)
    assert last.failed == 1 and smtp.received == []

    outbox = the_outbox(qtbot, sqlite_store, tasks)
    assert outbox.table.item(0, 4).text() == (
        f"Se dejó de intentar tras 3 días: El servidor SMTP 127.0.0.1:{smtp.port} rechazó por ahora el "
        "destinatario ana@example.org: «450 4.2.0 Greylisted, try again later»; se volverá a intentar.")


def test_a_reply_failed_before_the_codes_keeps_its_english(qtbot: QtBot, sqlite_store: Store, smtp: SmtpServer,
                                                           tasks: Tasks, spanish: None) -> None:  # noqa: F811
    """A row written by an older Mostrador has only the English sentence: that is what is shown."""
    reply_id = a_reply_through(sqlite_store, smtp)
    old = "The SMTP server smtp.example.com:465 refused the message: “554 5.7.1 Rejected”."
    with sqlite_store.session() as session:
        session.execute(update(Reply).where(Reply.id == reply_id).values(state=ReplyState.FAILED, last_error=old))
    outbox = the_outbox(qtbot, sqlite_store, tasks)
    assert outbox.table.item(0, 4).text() == old


def test_an_inbox_whose_password_was_refused_says_so_in_spanish_after_a_restart(
        qtbot: QtBot, location: Location, dovecot: Dovecot, tasks: Tasks, spanish: None) -> None:  # noqa: F811
    user = dovecot.new_user()
    store = open_store(location)
    try:
        account_for(store, dovecot, user, password="not the password")
        with pytest.raises(SyncError):
            AccountSync(store, "Soporte").run()
    finally:
        store.close()

    store = open_store(location)
    try:
        inboxes = InboxesDialog(store, tasks.run)
        qtbot.addWidget(inboxes)
        qtbot.waitUntil(lambda: inboxes.table.rowCount() == 1, timeout=5000)
        qtbot.waitUntil(lambda: "rechazado" in inboxes.status.text(), timeout=5000)
        said = inboxes.status.text()
        assert f"ha rechazado el usuario o la contraseña de {user}" in said, said
        assert "refused" not in said
        inboxes.close()
        tasks.wait()
        # A sync that works clears the error and its code together.
        from workstation import secrets

        with store.read() as session:
            account_id = session.scalars(select(Account.id)).one()
        secrets.store_password(account_id, PASSWORD)
        AccountSync(store, "Soporte").run()
        with store.read() as session:
            account = session.scalars(select(Account)).one()
            assert (account.last_error, account.last_error_code, account.last_error_params) == (None, None, None)
    finally:
        store.close()


def test_a_reply_whose_address_cannot_take_mail_is_said_in_spanish_in_the_outbox(
        qtbot: QtBot, sqlite_store: Store, smtp: SmtpServer, tasks: Tasks, spanish: None) -> None:  # noqa: F811
    """A queued reply whose recipient holds a control character (written by an older Mostrador, say) is failed
    before anything goes out; the Outbox says why in Spanish, the reason inside the sentence too."""
    reply_id = a_reply_through(sqlite_store, smtp)
    with sqlite_store.session() as session:
        session.execute(update(Reply).where(Reply.id == reply_id).values(to_addrs=["ana\x07@example.org"]))
    summary = flush(sqlite_store, password=lambda _account: PASSWORD)
    assert summary.failed == 1 and smtp.received == []
    outbox = the_outbox(qtbot, sqlite_store, tasks)
    assert outbox.table.item(0, 4).text() == (
        f"La respuesta #{reply_id} no se puede enviar: la dirección «ana\\x07@example.org» contiene un carácter de "
        "control (un salto de línea, por ejemplo).")
    with sqlite_store.read() as session:
        reply = session.get(Reply, reply_id)
        assert reply is not None and reply.last_error_code == "reply_unsendable"
        assert reply.last_error == (f"Reply #{reply_id} cannot be sent: the address 'ana\\x07@example.org' holds a "
                                    "control character (a line break, say).")
