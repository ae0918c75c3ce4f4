"""Render the README's screenshots: ``.venv/bin/python docs/screenshots.py``.

Builds a throw-away store with sample tickets plus real-looking tickets (in
English and in Spanish) with drafts in the composer: one refused by the gate
(Send pressed), one accepted (its refund sentence written by the resolution
panel), and one in review (a complete refund the gate does not recognise in
the text: Send pressed, "Send for review" offered). Each picture is rendered
by ``main.py --screenshot`` exactly as a user would start it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from workstation import demo, incidents, playbooks  # noqa: E402
from workstation.agents import add_agent  # noqa: E402
from workstation.outbox.compose import save_draft  # noqa: E402
from workstation.paths import Location  # noqa: E402
from workstation.resolution.actions import ActionSpec  # noqa: E402
from workstation.resolution.phrasing import commitment_sentence  # noqa: E402
from workstation.sla import deadlines  # noqa: E402
from workstation.store.db import Store, open_store  # noqa: E402
from workstation.store.models import (  # noqa: E402
    Account,
    Customer,
    CustomerAddress,
    Direction,
    Message,
    Priority,
    Role,
    Security,
    Ticket,
)

DRAFTS = {
    "en": {
        "subject": "Charged twice for order 5521",
        "customer": ("Emma Collins", "emma@example.net"),
        "complaint": "Hello, I was charged twice (2 x 45.90 EUR) for order 5521. Please fix this.",
        "refused": ("Dear Emma,\n\nWe apologize for any inconvenience. We value your feedback and we are looking "
                    "into it; we will get back to you as soon as possible.\n\nKind regards"),
        "accepted": "Dear Emma,\n\nYou are right, and I am sorry: you were charged twice. {sentence}\n\nKind regards",
        "review": ("Dear Emma,\n\nYou are right, and I am sorry: you were charged twice. Your €45.90 has flown "
                   "home to your Visa this morning.\n\nKind regards"),
    },
    "es": {
        "subject": "Me han cobrado dos veces el pedido 5521",
        "customer": ("Ana Pérez", "ana@example.org"),
        "complaint": "Hola, me han cobrado dos veces (2 x 45,90 €) el pedido 5521. Quiero que lo arreglen.",
        "refused": ("Estimada Ana:\n\nLamentamos las molestias. Sus comentarios son muy valiosos; estamos "
                    "revisando su caso y le responderemos lo antes posible.\n\nUn saludo"),
        "accepted": "Estimada Ana:\n\nTiene razón y lo sentimos: le cobramos dos veces. {sentence}\n\nUn saludo",
        "review": ("Estimada Ana:\n\nTiene razón y lo sentimos: le cobramos dos veces. Hoy le hemos hecho la "
                   "retrocesión de 45,90 € a su Visa.\n\nUn saludo"),
    },
}
REFUND = ActionSpec.from_dict({"kind": "refund", "amount": "45.90", "currency": "EUR", "reference": "RF-5521",
                               "due": "2026-12-01"})


def real_ticket(store: Store, lang: str) -> int:
    text = DRAFTS[lang]
    name, address = text["customer"]
    with store.session() as session:
        account = session.query(Account).filter_by(name="Soporte").one_or_none()
        if account is None:
            account = Account(name="Soporte", email="soporte@example.com", display_name="Tienda Ejemplo",
                              imap_host="imap.example.com", imap_port=993, imap_security=Security.SSL,
                              smtp_host="smtp.example.com", smtp_port=465, smtp_security=Security.SSL,
                              username="soporte@example.com")
            session.add(account)
        known = session.query(CustomerAddress).filter_by(address=address).one_or_none()
        customer = known.customer if known is not None else Customer(
            name=name, addresses=[CustomerAddress(address=address)])
        session.add(customer)
        session.flush()
        opened = datetime.now(UTC) - timedelta(hours=3)
        first_due, resolution_due = deadlines(None, "high", opened)
        ticket = Ticket(account_id=account.id, customer_id=customer.id, subject=text["subject"],
                        normalized_subject=text["subject"].lower(), language=lang, category="billing",
                        created_at=opened, first_response_due=first_due, resolution_due=resolution_due,
                        priority=Priority.HIGH, message_count=1, last_customer_message_at=opened)
        session.add(ticket)
        session.flush()
        session.add(Message(ticket_id=ticket.id, message_id=f"<{lang}-5521@example.org>", from_addr=address,
                            from_name=name, subject=text["subject"], direction=Direction.INBOUND,
                            date=opened, body_text=text["complaint"]))
        return ticket.id


def queue_reply_for_docs(store: Store, ticket_id: int) -> None:
    """What an agent sends first: the guide's "acknowledge" step needs a reply."""
    from workstation.store.models import Reply, ReplyState

    with store.session() as session:
        session.add(Reply(ticket_id=ticket_id, to_addrs=["ana@example.org"], subject="Re: cobro",
                          body_text=DRAFTS["es"]["accepted"].replace("{sentence}", commitment_sentence(REFUND, "es")),
                          state=ReplyState.SENT,
                          queued_at=datetime.now(UTC), sent_at=datetime.now(UTC)))


AGAIN = {"en": "It happened again: this month's invoice charged me twice as well.",
         "es": "Ha vuelto a pasar: este mes también me habéis cobrado la factura dos veces."}


def reopened_ticket(store: Store, lang: str) -> int:
    """A closed ticket the customer answers: filed as a sync files it, it is back in the open queue as new."""
    from email.utils import format_datetime

    from workstation import tickets
    from workstation.store.models import TicketStatus
    from workstation.sync.filing import BatchFiler, Incoming
    from workstation.sync.parse import parse

    ticket_id = real_ticket(store, lang)
    tickets.apply(store, [ticket_id], tickets.Change(status=TicketStatus.CLOSED), actor="Marta")
    name, address = DRAFTS[lang]["customer"]
    raw = (f"From: {name} <{address}>\r\nTo: soporte@example.com\r\nSubject: Re: {DRAFTS[lang]['subject']}\r\n"
           f"Message-ID: <{lang}-again@example.org>\r\nIn-Reply-To: <{lang}-5521@example.org>\r\n"
           f"Date: {format_datetime(datetime.now(UTC) - timedelta(minutes=20))}\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n" + AGAIN[lang] + "\r\n").encode()
    parsed = parse(raw)
    with store.session() as session:
        account = session.query(Account).filter_by(name="Soporte").one()
        item = Incoming(parsed, Direction.INBOUND, None)
        BatchFiler(session, account).file([item])
        assert item.ticket is not None and item.ticket.id == ticket_id
        session.add(Message(ticket_id=ticket_id, message_id=parsed.message_id, in_reply_to=parsed.in_reply_to,
                            from_addr=parsed.from_addr, from_name=parsed.from_name, subject=parsed.subject,
                            direction=Direction.INBOUND, date=parsed.date, body_text=parsed.body_text))
    return ticket_id


SPAM = (("Gana 5.000 € al mes desde casa", "Oportunidad <ofertas@ganadinero.biz>", "X-Spam-Flag: YES"),
        ("Your parcel is waiting: confirm your card", "Delivery <no-reply@parcel-track.top>",
         "X-Spam-Status: Yes, score=12.4 required=5.0"))


def server_spam(store: Store) -> None:
    """Mail the server's spam filter marked, filed as a sync files it: to the Spam view, never deleted."""
    from email.utils import format_datetime

    from workstation.sync.filing import BatchFiler, Incoming
    from workstation.sync.parse import parse

    for index, (subject, sender, header) in enumerate(SPAM):
        raw = (f"From: {sender}\r\nTo: soporte@example.com\r\nSubject: {subject}\r\n{header}\r\n"
               f"Message-ID: <spam{index}@example.biz>\r\nDate: {format_datetime(datetime.now(UTC))}\r\n"
               "Content-Type: text/plain; charset=utf-8\r\n\r\nClick here.\r\n").encode()
        parsed = parse(raw)
        with store.session() as session:
            account = session.query(Account).filter_by(name="Soporte").one()
            item = Incoming(parsed, Direction.INBOUND, None)
            BatchFiler(session, account).file([item])
            assert item.ticket is not None
            session.add(Message(ticket_id=item.ticket.id, message_id=parsed.message_id, from_addr=parsed.from_addr,
                                from_name=parsed.from_name, subject=parsed.subject, direction=Direction.INBOUND,
                                date=parsed.date, body_text=parsed.body_text))


def issue_17(data: Path, store: Store, incident: int) -> None:
    """A reopened ticket, the recipients of an incident update, and the Spam view; in English and Spanish."""
    reopened = {lang: reopened_ticket(store, lang) for lang in ("en", "es")}
    server_spam(store)
    store.close()
    for lang in ("en", "es"):
        shoot(data, lang, HERE / f"reopened-{lang}.png", "--ticket", str(reopened[lang]), "--agent", "Marta")
        shoot(data, lang, HERE / f"update-recipients-{lang}.png", "--update", str(incident), "--agent", "Marta")
        shoot(data, lang, HERE / f"spam-{lang}.png", "--view", "spam", "--agent", "Marta")


def shoot(data: Path, lang: str, out: Path, *extra: str) -> None:
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "--lang", lang,
                    "--screenshot", str(out), *extra], check=True, cwd=ROOT,
                   env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(data)})


def dashboard_pdf(data: Path, target: Path) -> None:
    """The dashboard printed to PDF by the app itself, and its first page as PNG (pdftoppm) to look at."""
    shoot(data, "en", target.with_name("dashboard-en.png"), "--dashboard", "--pdf", str(target), "--agent", "Marta")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(target), str(target.with_suffix(""))],
                   check=True)


def main(only_composer: bool = False) -> None:
    """Every picture; with ``only_composer`` (``screenshots.py composer``), the composer's six and the reply in
    place (refused and accepted, English and Spanish, at 1366x768 and 1920x1080)."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        store = open_store(Location.resolve(data, None))
        demo.seed(store, 300)
        add_agent(store, "Marta", "marta@example.com", Role.SUPERVISOR)
        for lang in ("en", "es"):
            for verdict in ("refused", "accepted", "review"):
                ticket = real_ticket(store, lang)
                actions = [REFUND] if verdict != "refused" else []
                text = DRAFTS[lang][verdict].replace("{sentence}", commitment_sentence(REFUND, lang))
                save_draft(store, ticket, text, actions, author="Marta")
                press = ("--press-send",) if verdict != "accepted" else ()
                shoot(data, lang, HERE / f"composer-{verdict}-{lang}.png", "--reply", str(ticket), "--agent", "Marta",
                      *press)
                if verdict == "review":
                    continue
                for size in ("1366x768", "1920x1080"):  # the reply in place, at a laptop's size and a desktop's
                    shoot(data, lang, HERE / f"reply-{verdict}-{lang}-{size}.png", "--reply", str(ticket),
                          "--agent", "Marta", "--size", size, *press)
        if only_composer:
            store.close()
            return
        guided = real_ticket(store, "es")
        run = playbooks.start(store, guided, "billing_error", actor="Marta")
        queue_reply_for_docs(store, guided)
        playbooks.complete_step(store, run, "acknowledge", actor="Marta")
        playbooks.complete_step(store, run, "restate", actor="Marta",
                                evidence="«Me habéis cobrado dos veces el pedido 5521 y nadie me contesta.»")
        incident = incidents.declare(store, "Cobros duplicados del 23 de noviembre", service="pagos",
                                     match="cobrado dos veces", actor="Marta")
        incidents.link(store, incident, search="cobrado dos veces", actor="Marta")
        issue_17(data, store, incident)
        shoot(data, "en", HERE / "guide-en.png", "--ticket", str(guided), "--agent", "Marta")
        shoot(data, "es", HERE / "guide-es.png", "--ticket", str(guided), "--agent", "Marta")
        shoot(data, "en", HERE / "crisis-en.png", "--crisis", "--agent", "Marta")
        for lang in ("en", "es"):
            shoot(data, lang, HERE / f"queue-{lang}.png")
        shoot(data, "en", HERE / "queue-dark.png", "--theme", "dark")
        dashboard_pdf(data, HERE / "dashboard.pdf")
        pack = Path(tmp) / "review.mostrador"
        subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(data), "export", "review-pack",
                        str(pack)], check=True, cwd=ROOT, capture_output=True)
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--review", str(pack), "--agent", "Marta",
                        "--screenshot", str(HERE / "review-pack.png")], check=True, cwd=ROOT,
                       env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(data)})


if __name__ == "__main__":
    main(only_composer=sys.argv[1:] == ["composer"])
