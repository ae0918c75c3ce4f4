"""Crisis mode end to end: tickets from Dovecot, one update to every affected customer through aiosmtpd."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.integration.test_sync import account_for
from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from tests.support.smtp import SmtpServer
from workstation import incidents
from workstation.outbox.compose import ReplyRefused
from workstation.outbox.sender import flush
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import Ticket
from workstation.sync.engine import AccountSync

CUSTOMERS = [("Ana Pérez", "ana@example.org"), ("Tom Hill", "tom@example.net"), ("Eva Ruiz", "eva@example.com")]
UPDATE = ("Hola {name}: tu caso {ticket} es parte de la caída de hoy. Hemos restablecido el servicio a las 12:40 "
          "y te abonaremos un día de cuota (3,30 €) en la factura del 1 de diciembre.")


def test_an_update_reaches_every_affected_customer_once(sqlite_store: Store, dovecot: Dovecot,
                                                         smtp: SmtpServer) -> None:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        for name, address in CUSTOMERS[:2]:
            imap.append("INBOX", mail("La web no funciona", f"{name} <{address}>", body="No puedo entrar, caída total."))
        imap.append("INBOX", mail("Factura", "Luis <luis@example.org>", body="Una consulta de facturación."))
    name = account_for(sqlite_store, dovecot, user, smtp_port=smtp.port)
    AccountSync(sqlite_store, name).run()
    started = datetime.now(UTC) - timedelta(hours=1)
    incident = incidents.declare(sqlite_store, "Caída de la web", service="web", started_at=started,
                                 match="no funciona").id
    assert len(incidents.link(sqlite_store, incident, search="no funciona").tickets) == 2

    with dovecot.client(user) as imap:  # a third affected customer writes while it is going on
        imap.append("INBOX", mail("Sigue sin funcionar, no funciona nada", f"{CUSTOMERS[2][0]} <{CUSTOMERS[2][1]}>"))
    AccountSync(sqlite_store, name).run()
    with sqlite_store.read() as session:
        assert session.scalar(select(Ticket).where(Ticket.subject.like("Sigue%"))).incident_id == incident  # type: ignore[union-attr]

    with pytest.raises(ReplyRefused):  # an apology-only update goes to nobody
        incidents.update(sqlite_store, incident, "Lamentamos las molestias, {name}. Lo estamos revisando.", [])
    credit = ActionSpec.from_dict({"kind": "credit", "amount": "3.30", "currency": "EUR", "due": "2026-12-01"})
    sent = incidents.update(sqlite_store, incident, UPDATE, [credit])
    assert len(sent.queued) == 3
    again = incidents.update(sqlite_store, incident, UPDATE, [credit], update_id=sent.update_id)
    assert (again.queued, len(again.already)) == ([], 3)
    assert flush(sqlite_store).sent == 3
    received = {r.recipients[0]: r.message.get_content() for r in smtp.received}
    assert set(received) == {address for _, address in CUSTOMERS}
    assert "Hola Ana: tu caso #" in received["ana@example.org"]
    assert "Hola Tom:" in received["tom@example.net"]
    assert all("{name}" not in body for body in received.values())

    with sqlite_store.read() as session:
        figures = incidents.figures(session, incident)
        assert (figures.tickets, figures.acknowledged, figures.with_action) == (3, 3, 3)
        assert figures.share_with_action == 1.0
        assert figures.minutes_to_acknowledge_max is not None and figures.minutes_to_acknowledge_max < 61
        markdown, page = incidents.public_log(session, incident, language="es")
    assert "Caída de la web" in markdown and "Ana" not in markdown and "<script" not in page
