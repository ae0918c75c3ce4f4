"""Every customer message is seen, and every reply reaches the right person (issue 17).

Mail comes from a real Dovecot and replies go to a real aiosmtpd; each test checks what a person sees
(the queue's views, the timeline) and what the SMTP server receives, not what a function returns.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.integration.test_sync import account_for
from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from tests.support.smtp import SmtpServer
from tests.unit.workstation.sync.test_mime import UNUSUAL, corpus, mutations
from workstation import incidents, lessons, tickets
from workstation.followups import propose_loop_close
from workstation.outbox.compose import queue_reply, reply_context
from workstation.outbox.sender import flush
from workstation.queue import list_rows
from workstation.resolution.actions import ActionSpec
from workstation.sla import targets
from workstation.store.db import Store
from workstation.store.models import Action, Blob, Event, Folder, Message, Ticket, TicketStatus
from workstation.sync.engine import AccountSync

WHEN = datetime(2026, 11, 2, 10, 0, tzinfo=UTC)
REFUND = ActionSpec.from_dict({"kind": "refund", "amount": "20.00", "currency": "EUR", "due": "2026-12-01"})
REPLY = ("Hola: tiene razón, le cobramos de más. Hoy le reembolsamos 20,00 € a su tarjeta; lo verá antes del "
         "1 de diciembre.")


def inbox(store: Store, dovecot: Dovecot, *raws: bytes, smtp_port: int = 25) -> tuple[str, str]:
    """A fresh mailbox holding ``raws``, its account, one sync; returns (account name, mailbox)."""
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        for raw in raws:
            imap.append("INBOX", raw)
    name = account_for(store, dovecot, user, name=f"Soporte-{user.split('@')[0]}", smtp_port=smtp_port)
    AccountSync(store, name).run()
    return name, user


def deliver(store: Store, dovecot: Dovecot, name: str, user: str, *raws: bytes) -> None:
    with dovecot.client(user) as imap:
        for raw in raws:
            imap.append("INBOX", raw)
    AccountSync(store, name).run()


def shown(store: Store, view: str) -> dict[int, tuple[str, TicketStatus]]:
    with store.read() as session:
        return {r.id: (r.subject, r.status) for r in list_rows(session, view, limit=10_000)}


def timeline(store: Store, ticket_id: int) -> list[tuple[str, dict[str, object]]]:
    with store.read() as session:
        return [(e.kind, e.data) for e in session.scalars(select(Event).where(Event.ticket_id == ticket_id)
                                                          .order_by(Event.id))]


def only_ticket(store: Store, subject: str) -> int:
    with store.read() as session:
        return session.scalars(select(Ticket.id).where(Ticket.subject == subject)).one()


# --- 1. a customer writing again reopens the ticket -----------------------------------------------


@pytest.mark.parametrize("status", [TicketStatus.CLOSED, TicketStatus.RESOLVED, TicketStatus.SPAM,
                                    TicketStatus.WAITING])
def test_a_customer_answering_a_finished_ticket_brings_it_back_to_the_open_queue(
        sqlite_store: Store, dovecot: Dovecot, status: TicketStatus) -> None:
    name, user = inbox(sqlite_store, dovecot, mail("Router roto", message_id="<router@example.org>"))
    ticket_id = only_ticket(sqlite_store, "Router roto")
    tickets.apply(sqlite_store, [ticket_id], tickets.Change(status=status))
    assert shown(sqlite_store, "all" if status is not TicketStatus.SPAM else "spam")[ticket_id][1] is status
    if status is not TicketStatus.WAITING:  # waiting tickets are in the open queue, waiting
        assert ticket_id not in shown(sqlite_store, "open")

    answered = WHEN + timedelta(days=3)
    deliver(sqlite_store, dovecot, name, user, mail("Re: Router roto", in_reply_to="<router@example.org>",
                                                    body="Sigue sin funcionar.", date=answered))
    open_view = shown(sqlite_store, "open")
    assert ticket_id in open_view
    first, _ = targets(None, "normal")
    with sqlite_store.read() as session:
        [row] = [r for r in list_rows(session, "open") if r.id == ticket_id]
    # Shown as new (open again, for an answer to our question), with the answer due from their message.
    assert open_view[ticket_id][1] is (TicketStatus.OPEN if status is TicketStatus.WAITING else TicketStatus.NEW)
    assert row.due_at == answered + timedelta(minutes=first)
    [(kind, data)] = [(k, d) for k, d in timeline(sqlite_store, ticket_id) if k == "ticket_reopened"]
    assert data["from"] == status.value and data["reason"] == "customer_wrote"


def test_reopening_an_answered_ticket_keeps_its_first_response_and_sets_the_next_answer_due(
        sqlite_store: Store, dovecot: Dovecot) -> None:
    user = dovecot.new_user()
    answered_at = WHEN + timedelta(hours=1)
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Lavadora rota", message_id="<w1@example.org>"))
        imap.append("Sent", mail("Re: Lavadora rota", f"Soporte <{user}>", to="ana@example.org",
                                 in_reply_to="<w1@example.org>", date=answered_at,
                                 body="Un técnico irá el jueves 5 a las 10:00."))
    name = account_for(sqlite_store, dovecot, user)
    AccountSync(sqlite_store, name).run()
    ticket_id = only_ticket(sqlite_store, "Lavadora rota")
    tickets.apply(sqlite_store, [ticket_id], tickets.Change(status=TicketStatus.RESOLVED))
    again = WHEN + timedelta(days=5)
    deliver(sqlite_store, dovecot, name, user, mail("Re: Lavadora rota", in_reply_to="<w1@example.org>",
                                                    body="El técnico no vino.", date=again))
    first, _ = targets(None, "normal")
    with sqlite_store.read() as session:
        [row] = [r for r in list_rows(session, "open") if r.id == ticket_id]
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None and ticket.first_response_at == answered_at  # the figures keep it
    assert (row.status, row.due_at) == (TicketStatus.NEW, again + timedelta(minutes=first))


def test_a_blocked_sender_never_reopens_spam(sqlite_store: Store, dovecot: Dovecot) -> None:
    name, user = inbox(sqlite_store, dovecot, mail("Oferta increíble", "Spammer <spam@example.biz>",
                                                   message_id="<offer@example.biz>"))
    ticket_id = only_ticket(sqlite_store, "Oferta increíble")
    tickets.block_sender(sqlite_store, [ticket_id])
    deliver(sqlite_store, dovecot, name, user,
            mail("Re: Oferta increíble", "Spammer <spam@example.biz>", in_reply_to="<offer@example.biz>"),
            mail("Otra oferta", "Spammer <spam@example.biz>"))
    assert set(shown(sqlite_store, "spam")) >= {ticket_id, only_ticket(sqlite_store, "Otra oferta")}
    assert shown(sqlite_store, "open") == {}


# --- 2. every stored message is in a ticket a person can reach --------------------------------------


def cpython_email_messages() -> list[bytes]:
    """The messages of CPython's own email tests (test.test_email's data), where the interpreter ships them."""
    spec = importlib.util.find_spec("test.test_email")
    if spec is None or not spec.submodule_search_locations:
        return []
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    return [path.read_bytes() for path in sorted(data.glob("msg_*.txt"))]


def every_shape() -> list[bytes]:
    """Every shape of mail the project has met: well-formed, its mangled and unusual corpus, CPython's test
    messages, auto-replies, bounces, nesting a thousand deep, binary garbage."""
    rnd = random.Random(17)
    shapes = corpus() + [mutations(raw, rnd) for raw in corpus() for _ in range(2)] + list(UNUSUAL.values())
    shapes += cpython_email_messages()
    shapes += [
        mail("Fuera de la oficina", headers="Auto-Submitted: auto-replied\r\n"),
        mail("Undelivered Mail Returned to Sender", "MAILER-DAEMON@example.org"),
        (b"From: postmaster@example.net\r\nSubject: Delivery Status Notification (Failure)\r\n"
         b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n\r\nfallo\r\n"
         b"--b\r\nContent-Type: message/delivery-status\r\n\r\nAction: failed\r\n--b--\r\n"),
        b"From: Ana <ana@example.org>\r\nSubject: anidado\r\n" + b"".join(
            b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(1000))
        + b"\r\nhola\r\n",
        bytes(range(1, 256)) * 8,
        b"\x01\x02\xff\xfe garbage \x80\x81\r\n",
    ]
    return shapes


def test_every_shape_of_mail_is_in_a_ticket_reachable_from_a_view(sqlite_store: Store, dovecot: Dovecot,
                                                                  data_dir: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    shapes = every_shape()
    assert len(cpython_email_messages()) > 40 or importlib.util.find_spec("test.test_email") is None
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        for raw in shapes:
            imap.append("INBOX", raw)
    # A 0-byte message: Dovecot refuses to APPEND one, but serves one found in the maildir.
    empty = dovecot.base / "mail" / user / "new" / "1764000000.M1P1.empty"
    empty.write_bytes(b"")
    os.chown(empty, dovecot.mail_uid, dovecot.mail_gid)
    name = account_for(sqlite_store, dovecot, user)
    summary = AccountSync(sqlite_store, name).run()
    assert summary.new == len(shapes) + 1 and summary.errors == []

    listed = run_cli("--data-dir", str(data_dir), "queue", "--view", "all", "--limit", "100000", "--json")
    assert listed.returncode == 0, listed.stderr
    reachable = {row["id"] for row in json.loads(listed.stdout)} | set(shown(sqlite_store, "spam"))
    with sqlite_store.read() as session:
        messages = list(session.scalars(select(Message)))
        assert len(messages) == len(shapes) + 1
        for message in messages:
            ticket = session.get(Ticket, message.ticket_id) if message.ticket_id else None
            while ticket is not None and ticket.merged_into_id is not None:
                ticket = session.get(Ticket, ticket.merged_into_id)
            assert ticket is not None and ticket.id in reachable, (message.defects, message.subject)
            blob = session.get(Blob, message.raw_sha256)
            assert blob is not None and blob.size == message.size  # the raw bytes, to download
        unreadable = session.scalars(select(Ticket).where(Ticket.subject == "(unreadable message)")).all()
        assert unreadable and all(t.status is TicketStatus.NEW for t in unreadable)
        nested = session.scalars(select(Ticket).where(Ticket.subject == "anidado")).one()
        garbage = shapes[-1]
        kept = session.scalars(select(Message).where(Message.content_hash == hashlib.sha256(garbage).hexdigest())).one()
    assert nested.id in shown(sqlite_store, "open")  # its sender and subject were read without the body tree
    listed = run_cli("--data-dir", str(data_dir), "message", "list", str(kept.ticket_id))
    assert f"#{kept.id}" in listed.stdout and "defects" in listed.stdout
    saved = data_dir.parent / "garbage.eml"
    assert run_cli("--data-dir", str(data_dir), "message", "original", str(kept.id), str(saved)).returncode == 0
    assert saved.read_bytes() == garbage  # its raw bytes, downloadable


# --- 3. a folder set aside is an error a person sees and resolves ---------------------------------------


def test_a_folder_set_aside_is_reported_until_it_is_started_afresh(sqlite_store: Store, dovecot: Dovecot,
                                                                    data_dir: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.create_folder("Reclamaciones")
        for i in range(3):
            imap.append("Reclamaciones", mail(f"Reclamación {i}", message_id=f"<r{i}@example.org>"))
    name = account_for(sqlite_store, dovecot, user)
    with sqlite_store.session() as session:
        account_id = session.scalar(select(Folder.account_id))
        session.add(Folder(account_id=account_id, name="Reclamaciones", watch=True))
    AccountSync(sqlite_store, name).run()
    with dovecot.client(user) as imap:  # renumbered, with other mail: it cannot be re-mapped
        imap.delete_folder("Reclamaciones")
        imap.create_folder("Reclamaciones")
        imap.append("Reclamaciones", mail("Algo distinto", message_id="<other@example.org>"))
    AccountSync(sqlite_store, name).run()

    with dovecot.client(user) as imap:
        imap.append("Reclamaciones", mail("Reclamación nueva", "Eva <eva@example.com>"))
    later = AccountSync(sqlite_store, name).run()
    assert [e for e in later.errors if "Reclamaciones is set aside" in e and "account resync" in e]
    assert "Reclamación nueva" not in {s for s, _ in shown(sqlite_store, "open").values()}
    listed = run_cli("--data-dir", str(data_dir), "account", "list")
    assert "set aside: Reclamaciones" in listed.stdout
    watched = run_cli("--data-dir", str(data_dir), "account", "watch", name, "Reclamaciones")
    assert watched.returncode == 0
    assert AccountSync(sqlite_store, name).run().errors  # watching again does not hide it

    resync = run_cli("--data-dir", str(data_dir), "account", "resync", name, "Reclamaciones")
    assert resync.returncode == 0, resync.stderr
    assert "3 messages stored before stay" in resync.stdout
    after = AccountSync(sqlite_store, name).run()
    assert after.errors == [] and after.new == 2
    subjects = {s for s, _ in shown(sqlite_store, "open").values()}
    assert {"Reclamación nueva", "Algo distinto", "Reclamación 0"} <= subjects  # the old ones are kept
    assert "set aside" not in run_cli("--data-dir", str(data_dir), "account", "list").stdout


# --- 4 and 8. replies go to the ticket's customer; split and merge keep everyone reachable ------------------


def test_after_a_merge_replies_and_lessons_go_to_the_tickets_customer(sqlite_store: Store, dovecot: Dovecot,
                                                                       smtp: SmtpServer) -> None:
    name, _ = inbox(sqlite_store, dovecot,
                    mail("No me llega la factura", "Lucía Gómez <lucia@example.org>", message_id="<l1@example.org>",
                         body="No me llega la factura del pedido 344."),
                    mail("Factura", "Pedro Sanz <pedro@example.net>", date=WHEN + timedelta(hours=2),
                         body="Tampoco me llega la factura."),
                    smtp_port=smtp.port)
    lucia, pedro = only_ticket(sqlite_store, "No me llega la factura"), only_ticket(sqlite_store, "Factura")
    done = tickets.merge(sqlite_store, pedro, lucia)
    assert done.warning and "lucia@example.org" in done.warning and "pedro@example.net" in done.warning

    with sqlite_store.read() as session:
        context = reply_context(session, lucia)
    assert context.to == "lucia@example.org"  # not Pedro, who wrote last
    assert [r.address for r in context.candidates] == ["lucia@example.org", "pedro@example.net"]
    queue_reply(sqlite_store, lucia, REPLY, [REFUND])
    queue_reply(sqlite_store, lucia, REPLY, [REFUND], to=["pedro@example.net"], cc=["lucia@example.org"])
    with sqlite_store.session() as session:
        session.get(Ticket, lucia).category = "billing"  # type: ignore[union-attr]
    lesson = lessons.add(sqlite_store, root_cause="Las facturas no salían", change_made="las enviamos al momento",
                         ticket_id=lucia)
    change = ActionSpec.from_dict({"kind": "process_change", "description": "facturas", "due": "2026-12-01"})
    lessons.tell(sqlite_store, lesson.id, "Hola {name}: por tu caso {ticket} hemos cambiado esto: {change}. Desde "
                 "hoy, 1 de diciembre, cada factura sale al momento.", [change])
    assert flush(sqlite_store).sent == 3
    received = [(r.recipients, r.message["To"], r.message.get_content()) for r in smtp.received]
    assert received[0][:2] == (["lucia@example.org"], "lucia@example.org")
    assert received[1][:2] == (["pedro@example.net", "lucia@example.org"], "pedro@example.net")
    assert received[2][0] == ["lucia@example.org"] and f"Hola Lucía: por tu caso #{lucia}" in received[2][2]


def test_a_split_message_belongs_to_its_sender(sqlite_store: Store, dovecot: Dovecot, smtp: SmtpServer) -> None:
    name, _ = inbox(sqlite_store, dovecot,
                    mail("Pedido 88 roto", "Lucía Gómez <lucia@example.org>", message_id="<p88@example.org>"),
                    mail("Re: Pedido 88 roto", "Marta Gil <marta@example.com>", in_reply_to="<p88@example.org>",
                         date=WHEN + timedelta(hours=1), body="Yo también tengo el pedido 90 roto."),
                    smtp_port=smtp.port)
    source = only_ticket(sqlite_store, "Pedido 88 roto")
    with sqlite_store.read() as session:
        marta = session.scalars(select(Message.id).where(Message.from_addr == "marta@example.com")).one()
    split = tickets.split(sqlite_store, marta)
    new = split.tickets[1]
    with sqlite_store.read() as session:
        assert reply_context(session, new).to == "marta@example.com"
        assert reply_context(session, source).to == "lucia@example.org"
    queue_reply(sqlite_store, new, REPLY, [REFUND])
    assert flush(sqlite_store).sent == 1
    assert smtp.received[0].recipients == ["marta@example.com"]


# --- 5. crisis matching by whole words and phrases; the recipients shown before an update --------------------


def test_crisis_links_whole_words_and_phrases_and_sends_only_to_the_confirmed(
        sqlite_store: Store, dovecot: Dovecot, smtp: SmtpServer) -> None:
    user = dovecot.new_user()
    name = account_for(sqlite_store, dovecot, user, smtp_port=smtp.port)
    incident = incidents.declare(sqlite_store, "La app no carga", match='"no carga"',
                                 started_at=WHEN - timedelta(hours=1)).id
    near_misses = ["I can't log in now", "El cargador se calienta", "No sé si la carga del pedido llegó",
                   "Now the charger is fine", "Descarga no disponible", "Los cargadores no cargan",
                   "Nothing loads now", "Cargaron dos veces", "No cargó la página ayer", "Know what? no.",
                   "La carga no termina", "Noviembre: descargas", "sin carga", "Notario", "carga-no"]
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("La app", "Ana <ana@example.org>", body="La app NO CARGA desde ayer."))
        for i, text in enumerate(near_misses):
            imap.append("INBOX", mail(f"Consulta {i}", f"C{i} <c{i}@example.org>", body=text))
    AccountSync(sqlite_store, name).run()
    assert {s for s, _ in shown(sqlite_store, "crisis").values()} == {"La app"}
    assert incidents.link(sqlite_store, incident, search="cargador").tickets == [only_ticket(sqlite_store, "Consulta 1")]
    with sqlite_store.read() as session:  # unquoted: every word, whole, in any order
        assert {r.subject for r in list_rows(session, "all", search="no carga", prefix=False)} == {
            "La app", "Consulta 2", "Consulta 10", "Consulta 14"}
    assert incidents.link(sqlite_store, incident, search='"carga del pedido"').tickets == [
        only_ticket(sqlite_store, "Consulta 2")]

    listed = incidents.recipients(sqlite_store, incident)
    assert [(r.name, r.address) for r in listed] == [("Ana", "ana@example.org"), ("C1", "c1@example.org"),
                                                     ("C2", "c2@example.org")]
    credit = ActionSpec.from_dict({"kind": "credit", "amount": "3.30", "currency": "EUR", "due": "2026-12-01"})
    text = ("Hola {name}: la app vuelve a cargar desde las 12:40; te abonaremos 3,30 € en la factura del "
            "1 de diciembre.")
    sent = incidents.update(sqlite_store, incident, text, [credit], only=[listed[0].ticket_id, listed[2].ticket_id])
    assert len(sent.queued) == 2
    assert flush(sqlite_store).sent == 2
    assert sorted(r.recipients[0] for r in smtp.received) == ["ana@example.org", "c2@example.org"]


def test_a_lesson_tells_only_customers_whose_complaint_says_it(sqlite_store: Store, dovecot: Dovecot,
                                                                smtp: SmtpServer) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    inbox(sqlite_store, dovecot,
          mail("Cobro", "Ana <ana@example.org>", body="Me habéis cobrado dos veces la factura.", date=now),
          mail("Factura", "Tom <tom@example.net>", body="¿Me enviáis la factura de octubre?", date=now),
          mail("Cobro", "Eva <eva@example.com>", body="Un cobro doble en mi tarjeta, cobrado dos veces.", date=now),
          smtp_port=smtp.port)
    lesson = lessons.add(sqlite_store, root_cause="El TPV reintentaba", change_made="el TPV ya no reintenta",
                         match='"cobrado dos veces"')
    assert lesson.customers == 2
    change = ActionSpec.from_dict({"kind": "process_change", "description": "TPV", "due": "2026-12-01"})
    told = lessons.tell(sqlite_store, lesson.id, "Hola {name}: hemos cambiado esto: {change}. Desde hoy, 1 de "
                        "diciembre, no vuelve a pasar.", [change])
    assert len(told.tickets) == 2 and flush(sqlite_store).sent == 2
    assert sorted(r.recipients[0] for r in smtp.received) == ["ana@example.org", "eva@example.com"]


# --- 6. the customer's language ----------------------------------------------------------------------------


def test_language_is_detected_on_sync_and_the_loop_closing_message_follows_it(sqlite_store: Store,
                                                                               dovecot: Dovecot) -> None:
    inbox(sqlite_store, dovecot,
          mail("Pedido", "Ana <ana@example.org>", body="Hola, el pedido todavía no ha llegado y ya es la segunda vez."),
          mail("Re: Su pedido", "Tom <tom@example.net>",
               body="Thanks, but the parcel has not arrived yet.\n\nEl lun, 2 nov 2026, Soporte escribió:\n"
                    "> Hola, su pedido está en camino y llegará el jueves."))
    with sqlite_store.read() as session:
        languages = dict(session.execute(select(Ticket.subject, Ticket.language)).all())
    assert languages == {"Pedido": "es", "Re: Su pedido": "en"}
    spanish = only_ticket(sqlite_store, "Pedido")
    with sqlite_store.session() as session:
        action = Action(ticket_id=spanish, kind="replacement", description="un pedido nuevo")
        session.add(action)
        session.flush()
        assert "¿" in propose_loop_close(session, action).body
    tickets.set_language(sqlite_store, spanish, "en")
    with sqlite_store.session() as session:
        action = session.scalars(select(Action).where(Action.ticket_id == spanish)).one()
        assert "¿" not in propose_loop_close(session, action).body
        assert reply_context(session, spanish).language == "en"


# --- 7. spam --------------------------------------------------------------------------------------------


def test_server_spam_headers_file_to_the_spam_view_and_not_spam_restores(sqlite_store: Store,
                                                                          dovecot: Dovecot) -> None:
    name, user = inbox(sqlite_store, dovecot,
                       mail("Gana dinero", "X <x@example.biz>", headers="X-Spam-Flag: YES\r\n"),
                       mail("Viagra", "Y <y@example.biz>", headers="X-Spam-Status: Yes, score=9.1 required=5.0\r\n"),
                       mail("Mi pedido", "Ana <ana@example.org>", headers="X-Spam-Status: No, score=0.1\r\n"))
    assert {s for s, _ in shown(sqlite_store, "open").values()} == {"Mi pedido"}
    assert {s for s, _ in shown(sqlite_store, "spam").values()} == {"Gana dinero", "Viagra"}
    flagged = only_ticket(sqlite_store, "Gana dinero")
    assert [k for k, _ in timeline(sqlite_store, flagged)] == ["filed_as_spam"]
    tickets.not_spam(sqlite_store, [flagged])
    assert "Gana dinero" in {s for s, _ in shown(sqlite_store, "open").values()}

    tickets.block_sender(sqlite_store, [only_ticket(sqlite_store, "Viagra")])
    deliver(sqlite_store, dovecot, name, user, mail("Otra vez", "Y <y@example.biz>"))
    assert {s for s, _ in shown(sqlite_store, "spam").values()} == {"Viagra", "Otra vez"}
    with sqlite_store.read() as session:
        assert session.scalar(select(Message.id).where(Message.subject == "Otra vez")) is not None  # never deleted


def test_starting_a_folder_afresh_downloads_no_second_copy_of_what_it_still_holds(
        sqlite_store: Store, dovecot: Dovecot, data_dir: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    user = dovecot.new_user()
    kept_mail = [mail(f"Reclamación {i}", message_id=f"<r{i}@example.org>") for i in range(4)]
    with dovecot.client(user) as imap:
        imap.create_folder("Reclamaciones")
        for raw in kept_mail:
            imap.append("Reclamaciones", raw)
    name = account_for(sqlite_store, dovecot, user)
    with sqlite_store.session() as session:
        session.add(Folder(account_id=session.scalar(select(Folder.account_id)), name="Reclamaciones", watch=True))
    AccountSync(sqlite_store, name).run()
    with dovecot.client(user) as imap:  # renumbered; only one of the four is still there, with two new ones
        imap.delete_folder("Reclamaciones")
        imap.create_folder("Reclamaciones")
        imap.append("Reclamaciones", kept_mail[0])
        imap.append("Reclamaciones", mail("Algo distinto", message_id="<other@example.org>"))
        imap.append("Reclamaciones", mail("Otra cosa", message_id="<another@example.org>"))
    assert AccountSync(sqlite_store, name).run().errors  # set aside: too little of it can be matched

    assert run_cli("--data-dir", str(data_dir), "account", "resync", name, "Reclamaciones").returncode == 0
    after = AccountSync(sqlite_store, name).run()
    assert after.errors == [] and after.new == 2  # the two new ones; the one still there is re-mapped
    with sqlite_store.read() as session:
        copies = session.scalars(select(Message.message_id).where(Message.message_id == "<r0@example.org>")).all()
        live = session.scalars(select(Message.message_id).where(Message.expunged_at.is_(None),
                                                                Message.folder_id != None)).all()  # noqa: E711
    assert copies == ["<r0@example.org>"]  # one copy, not two
    assert {"<r0@example.org>", "<other@example.org>", "<another@example.org>"} <= set(live)
    subjects = {s for s, _ in shown(sqlite_store, "open").values()}
    assert {"Reclamación 1", "Reclamación 2", "Reclamación 3"} <= subjects  # local copies kept, with their tickets
