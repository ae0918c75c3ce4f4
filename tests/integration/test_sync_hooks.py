"""What features do with new mail runs through the hooks the application wires at start
(workstation.features): with them, a sync records the customer's score and links new mail to an open
incident as it always did; without them, it still files every message and reopens the ticket, and
touches no feature."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.integration.test_sync import account_for
from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from workstation import incidents
from workstation.features import link_incidents, record_satisfaction, wire
from workstation.store.db import Store
from workstation.store.models import Event, FollowUp, FollowUpKind, Satisfaction, Ticket, TicketStatus
from workstation.sync import hooks
from workstation.sync.engine import AccountSync


def test_wiring_registers_each_feature_once_in_the_order_the_sync_ran_them() -> None:
    hooks.clear()
    wire()
    wire()
    assert hooks.registered() == (record_satisfaction, link_incidents)


@pytest.mark.parametrize("wired", [True, False], ids=["wired", "not-wired"])
def test_new_mail_reaches_the_features_only_through_their_hooks(sqlite_store: Store, dovecot: Dovecot,
                                                                wired: bool) -> None:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Pedido 7 tarde", "Ana Pérez <ana@example.org>", message_id="<p7@example.org>"))
    account_for(sqlite_store, dovecot, user)
    AccountSync(sqlite_store, "Soporte").run()
    with sqlite_store.session() as session:  # resolved, and the customer asked how satisfied she is
        ticket = session.scalars(select(Ticket)).one()
        ticket.status, ticket.resolved_at = TicketStatus.RESOLVED, datetime.now(UTC)
        session.add(FollowUp(ticket_id=ticket.id, kind=FollowUpKind.SATISFACTION,
                             due_at=datetime.now(UTC) + timedelta(days=7)))
        first = ticket.id
    incident = incidents.declare(sqlite_store, "Caída de la web", match="no funciona").id
    if not wired:
        hooks.clear()  # the conftest wires them again for the next test

    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Re: Pedido 7 tarde", "Ana Pérez <ana@example.org>", in_reply_to="<p7@example.org>",
                                  body="5\nTodo resuelto, gracias."))
        imap.append("INBOX", mail("La web no funciona", "Tom Hill <tom@example.net>", body="No puedo entrar."))
    summary = AccountSync(sqlite_store, "Soporte").run()

    assert (summary.new, summary.tickets_created) == (2, 1)  # filed either way
    with sqlite_store.read() as session:
        reopened = session.get(Ticket, first)
        assert reopened is not None and reopened.status is TicketStatus.NEW  # the sync's own: a customer wrote
        scores = [(s.ticket_id, s.score, s.comment) for s in session.scalars(select(Satisfaction))]
        web = session.scalar(select(Ticket).where(Ticket.subject == "La web no funciona"))
        assert web is not None
        linked = session.scalars(select(Event.ticket_id).where(Event.kind == "incident_linked")).all()
        waiting = session.scalar(select(FollowUp.done_at).where(FollowUp.kind == FollowUpKind.SATISFACTION))
    if wired:
        assert scores == [(first, 5, "Todo resuelto, gracias.")] and waiting is not None
        assert web.incident_id == incident and linked == [web.id]
    else:
        assert scores == [] and waiting is None
        assert web.incident_id is None and linked == []
