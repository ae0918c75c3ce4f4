"""What the window shows for issue 17: who a reply goes to, who an update goes to, the Spam view, and a folder
set aside with its way out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.unit.ui.composer.test_composer import a_ticket, open_composer, type_reply
from tests.unit.ui.queue.test_queue_work import choose_view, select_rows, window  # noqa: F401 - the fixture
from ui.guide.crisis import UpdateDialog
from ui.main_window import MainWindow
from ui.tasks import Tasks
from workstation import incidents
from workstation.resolution.actions import ActionSpec
from workstation.resolution.gate import preload
from workstation.store.db import Store
from workstation.store.models import Account, Direction, Folder, Message, Reply, Ticket, TicketStatus

REFUND = ActionSpec.from_dict({"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"})
CONCRETE = "Hola Pedro: hoy le reembolsamos 45,90 € del cobro duplicado; lo verá el 1 de diciembre."


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[Tasks]:
    runner = Tasks()
    yield runner
    runner.wait()


def second_writer(store: Store, ticket_id: int) -> None:
    """Pedro writes last in Ana's ticket (as after a merge)."""
    with store.session() as session:
        session.add(Message(ticket_id=ticket_id, message_id="<p1@example.net>", from_addr="pedro@example.net",
                            from_name="Pedro Sanz", subject="Re: Cobro duplicado", direction=Direction.INBOUND,
                            date=datetime(2026, 11, 21, 9, 0, tzinfo=UTC), body_text="A mí también."))


def test_the_composer_answers_the_tickets_customer_and_asks_when_there_are_two(qtbot: QtBot, sqlite_store: Store,
                                                                               tasks: Tasks) -> None:
    ticket_id = a_ticket(sqlite_store)
    second_writer(sqlite_store, ticket_id)
    composer = open_composer(qtbot, sqlite_store, tasks, ticket_id)
    area = composer.recipients
    assert area.to.text() == "ana@example.org"  # the ticket's customer, not Pedro who wrote last
    assert not area.which.isHidden() and area.which.count() == 2
    assert "ticket's customer" in area.which.itemText(0)
    area.which.setCurrentIndex(1)
    area.which.activated.emit(1)
    assert area.to.text() == "pedro@example.net"
    area.cc.setText("ana@example.org; jefa@example.com")
    type_reply(qtbot, composer, CONCRETE)
    composer.panel.add(REFUND)
    qtbot.waitUntil(lambda: composer.send_button.isEnabled(), timeout=5000)
    with qtbot.waitSignal(composer.queued, timeout=5000):
        composer.send_button.click()
    with sqlite_store.read() as session:
        reply = session.scalars(select(Reply).where(Reply.state != "draft")).one()
        assert (reply.to_addrs, reply.cc_addrs) == (["pedro@example.net"], ["ana@example.org", "jefa@example.com"])


def test_an_update_shows_exactly_who_gets_it_and_can_be_trimmed(qtbot: QtBot, sqlite_store: Store) -> None:
    first = a_ticket(sqlite_store)
    with sqlite_store.session() as session:
        source = session.get(Ticket, first)
        assert source is not None
        copy = Ticket(account_id=source.account_id, customer_id=source.customer_id, subject="Otra caída")
        session.add(copy)
        session.flush()
        second = copy.id
    incident = incidents.declare(sqlite_store, "Caída").id
    incidents.link(sqlite_store, incident, tickets=[first, second])
    found = incidents.recipients(sqlite_store, incident)
    dialog = UpdateDialog(sqlite_store, len(found), False, catalogue=preload(()), recipients=found)
    qtbot.addWidget(dialog)
    dialog.show()
    listed = [dialog.recipients.item(i).text() for i in range(dialog.recipients.count())]
    assert listed == [f"#{first} · Ana Pérez <ana@example.org> · Cobro duplicado",
                      f"#{second} · Ana Pérez <ana@example.org> · Otra caída"]
    dialog.text.setPlainText(CONCRETE)
    dialog.panel.add(REFUND)
    dialog.check()
    assert dialog.send.text() == "Send to 2 customers" and dialog.send.isEnabled()
    dialog.recipients.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == [first] and dialog.send.text() == "Send to 1 customers"


def test_the_spam_view_lists_spam_and_not_spam_brings_it_back(qtbot: QtBot, window: MainWindow,
                                                              sqlite_store: Store) -> None:
    with sqlite_store.session() as session:
        spam = session.scalars(select(Ticket).order_by(Ticket.id).limit(2)).all()
        for ticket in spam:
            ticket.status = TicketStatus.SPAM
        session.flush()
        ids = sorted(session.scalars(select(Ticket.id).where(Ticket.status == TicketStatus.SPAM)))
    window.refresh()
    choose_view(qtbot, window, "spam")
    model = window.workspace.model
    qtbot.waitUntil(lambda: sorted(model.ids()) == ids, timeout=5000)  # every spam ticket, and only those
    select_rows(window.workspace.table, [0])
    chosen = window.workspace.table.current_id()
    with qtbot.waitSignal(window.workspace.actions.changed, timeout=5000):
        window.workspace.actions.not_spam.trigger()
    qtbot.waitUntil(lambda: chosen not in model.ids(), timeout=5000)
    with sqlite_store.read() as session:
        assert session.get(Ticket, chosen).status is TicketStatus.OPEN  # type: ignore[union-attr]


def test_a_folder_set_aside_shows_and_can_be_started_afresh(qtbot: QtBot, window: MainWindow, sqlite_store: Store,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with sqlite_store.session() as session:
        account = session.scalar(select(Account))
        assert account is not None
        session.add(Folder(account_id=account.id, name="Reclamaciones", watch=True, uidvalidity=7,
                           set_aside_reason="The server renumbered Reclamaciones."))
        name = account.name
    window.refresh()
    banner = window.workspace.set_aside
    qtbot.waitUntil(lambda: not banner.isHidden(), timeout=5000)
    assert "Reclamaciones" in banner.text.text() and name in banner.text.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    asked: list[str] = []
    monkeypatch.setattr(window.sync, "sync", asked.append)  # no server here: the pass it asks for is recorded
    banner.button.click()
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=5000)
    assert asked == [name]
    with sqlite_store.read() as session:
        folder = session.scalar(select(Folder).where(Folder.name == "Reclamaciones"))
        # Started afresh: the next pass re-maps what the server still holds (0ec887a), not a second copy.
        assert folder is not None and folder.set_aside_reason is None and folder.resync_requested
