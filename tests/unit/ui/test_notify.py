"""Notifications: mail from a real Dovecot, synced by the real engine, told to the agent whose ticket it is;
a supervisor's decision on their reply; a promise due today; each kind switched off in Preferences."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.integration.test_sync import account_for
from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from ui.main_window import MainWindow
from ui.notify import Notifier, SyncStatus, tray_icon
from ui.settings import Settings
from ui.tasks import Tasks
from workstation import tickets
from workstation.agents import add_agent, set_limit
from workstation.outbox.compose import approve_reply, queue_reply, return_reply
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import Action, ActionStatus, Role, Ticket, TicketStatus
from workstation.sync.engine import AccountSync

REFUND = ActionSpec.from_dict({"kind": "refund", "amount": "20.00", "currency": "EUR", "due": "2026-12-01"})
REPLY = ("Hola: tiene razón, le cobramos de más. Hoy le reembolsamos 20,00 € a su tarjeta; lo verá antes del "
         "1 de diciembre.")


@pytest.fixture
def desk(sqlite_store: Store, dovecot: Dovecot) -> Iterator[tuple[Store, Dovecot, str, str, int]]:
    """Carmen's ticket from Ana, synced from Dovecot; Lucía supervises."""
    add_agent(sqlite_store, "Lucía Fernández", None, Role.SUPERVISOR)
    add_agent(sqlite_store, "Carmen Ortega", None, Role.AGENT)
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Cobro duplicado", message_id="<cobro@example.org>"))
    name = account_for(sqlite_store, dovecot, user)
    AccountSync(sqlite_store, name).run()
    with sqlite_store.read() as session:
        ticket_id = session.query(Ticket.id).one()[0]
    tickets.apply(sqlite_store, [ticket_id], tickets.Change(assignee="Carmen Ortega"), actor="Lucía Fernández")
    yield sqlite_store, dovecot, name, user, ticket_id


def started(qtbot: QtBot, store: Store, agent: str, tasks: Tasks) -> Notifier:
    notifier = Notifier(store, tasks.run, Settings(), lambda: agent)
    notifier.start()
    qtbot.waitUntil(lambda: notifier._mark is not None and not tasks.is_busy(), timeout=5000)
    return notifier


def look(qtbot: QtBot, notifier: Notifier, tasks: Tasks) -> list[tuple[str, str, str]]:
    before = len(notifier.shown)
    notifier.check()
    qtbot.waitUntil(lambda: not notifier._checking, timeout=5000)
    tasks.wait()
    return notifier.shown[before:]


def test_a_customer_writing_on_my_ticket_and_on_a_closed_one(qtbot: QtBot, desk: tuple) -> None:  # type: ignore[type-arg]
    store, dovecot, name, user, ticket_id = desk
    tasks = Tasks()
    carmen = started(qtbot, store, "Carmen Ortega", tasks)
    lucia = started(qtbot, store, "Lucía Fernández", tasks)
    assert look(qtbot, carmen, tasks) == []  # what was there before the window opened is not news

    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Re: Cobro duplicado", in_reply_to="<cobro@example.org>",
                                  body="¿Alguna novedad?"))
    AccountSync(store, name).run()
    said = look(qtbot, carmen, tasks)
    assert said == [("new_message", "Ana Pérez wrote", f"On your ticket #{ticket_id}: Cobro duplicado")]
    assert look(qtbot, lucia, tasks) == []  # not Lucía's ticket
    assert look(qtbot, carmen, tasks) == []  # said once

    tickets.apply(store, [ticket_id], tickets.Change(status=TicketStatus.CLOSED), actor="Carmen Ortega")
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Re: Cobro duplicado", in_reply_to="<cobro@example.org>",
                                  body="Sigue sin arreglarse."))
    AccountSync(store, name).run()
    said = look(qtbot, carmen, tasks)
    assert said == [("reopened", "A closed ticket is open again", f"Ana Pérez wrote on #{ticket_id}: Cobro duplicado")]
    tasks.wait()


def test_a_supervisor_returning_or_approving_my_reply(qtbot: QtBot, desk: tuple) -> None:  # type: ignore[type-arg]
    store, _dovecot, _name, _user, ticket_id = desk
    set_limit(store, "Carmen Ortega", "refund", "10", "EUR", by="Lucía Fernández")
    tasks = Tasks()
    carmen = started(qtbot, store, "Carmen Ortega", tasks)
    waiting = queue_reply(store, ticket_id, REPLY, [REFUND], author="Carmen Ortega")
    assert waiting.state.value == "awaiting_approval"
    return_reply(store, waiting.id, "Pon la referencia del reembolso.", supervisor="Lucía Fernández")
    said = look(qtbot, carmen, tasks)
    assert said == [("reply_returned", "Lucía Fernández returned your reply",
                     f"On #{ticket_id}: Pon la referencia del reembolso.")]
    again = queue_reply(store, ticket_id, REPLY, [REFUND], author="Carmen Ortega")
    approve_reply(store, again.id, supervisor="Lucía Fernández")
    said = look(qtbot, carmen, tasks)
    assert said == [("reply_approved", "Lucía Fernández approved your reply",
                     f"On #{ticket_id} (Cobro duplicado): it goes out now.")]
    tasks.wait()


def test_a_promise_due_today_is_said_once_a_day_and_each_kind_can_be_switched_off(
        qtbot: QtBot, desk: tuple) -> None:  # type: ignore[type-arg]
    store, _dovecot, _name, _user, ticket_id = desk
    with store.session() as session:
        session.add(Action(ticket_id=ticket_id, kind="refund", status=ActionStatus.PROMISED,
                           due_at=datetime.now(UTC) + timedelta(minutes=5)))
    tasks = Tasks()
    carmen = started(qtbot, store, "Carmen Ortega", tasks)  # the first look, at start, tells today's promises
    tasks.wait()
    assert [kind for kind, _t, _x in carmen.shown] == ["promise_due"]
    assert carmen.shown[0][2] == f"#{ticket_id}: Cobro duplicado"
    assert look(qtbot, carmen, tasks) == []  # once a day

    Settings().set_notify("promise_due", False)
    quiet = started(qtbot, store, "Carmen Ortega", tasks)
    tasks.wait()
    assert quiet.shown == []
    tasks.wait()


def test_the_tray_badge_and_one_status_area_for_every_inbox(qtbot: QtBot, sqlite_store: Store) -> None:
    icon = tray_icon(14).pixmap(64, 64).toImage()
    badge = icon.pixelColor(33, 17)
    assert badge.name() == "#b00020"  # the count's badge is painted
    assert tray_icon(0).pixmap(64, 64).toImage().pixelColor(33, 17).name() != "#b00020"

    status = SyncStatus()
    qtbot.addWidget(status)
    status.set_progress("Soporte", "INBOX", 12480, 48210, 2900.4)
    status.set_state("Soporte", "Soporte: 12,480 of 48,210 messages (2,900/s)")  # the controller's own line
    assert status.button.text() == "Soporte: 12,480 of 48,210 messages (2,900/s)"
    assert status.bar.isVisibleTo(status) and status.bar.value() == 12480
    error = ("Support: the server refused the user name or password (LOGIN failed: authentication failed for "
             "support@shop-example.com)")
    status.set_state("Support", error)
    status.set_failed("Support", error)
    assert status.button.text() == "Support: could not sync. Click for the details."
    assert error in status.details()  # the whole error, not cut by the status bar
    status.show_details()
    box = status.findChild(QMessageBox, "syncDetails")
    assert box is not None and box.isVisible() and error in box.text()
    box.close()


def test_the_window_counts_what_waits_for_me(qtbot: QtBot, sqlite_store: Store) -> None:
    from workstation import demo

    demo.seed(sqlite_store, 80)
    win = MainWindow(sqlite_store, agent="Carmen Ortega")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.is_ready() and not win.tasks.is_busy(), timeout=15000)
    mine = next(int(win.workspace.sidebar.topLevelItem(i).text(1))
                for i in range(win.workspace.sidebar.topLevelItemCount())
                if win.workspace.sidebar.topLevelItem(i).data(0, 256 + 10) == "mine")
    assert win.notifier.waiting == mine > 0
    win.close()
