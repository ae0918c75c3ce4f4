"""The outbox against a real SMTP server (aiosmtpd on loopback) and the Dovecot fixture for Sent.

Each fault is produced by a real server (refusals, a port nobody listens on)
or at the socket (a proxy that cuts after the final dot), never by patching
the code under test.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.integration.test_sync import account_for
from tests.support.dovecot import PASSWORD, Dovecot
from tests.support.mail import mail
from tests.support.smtp import AnswerThenCut, SmtpServer
from workstation.mail.endpoints import Security
from workstation.outbox.compose import ReplyRefused, approve_reply, build_message, queue_reply
from workstation.outbox.sender import flush
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import (
    Account,
    Action,
    ActionStatus,
    Event,
    FollowUp,
    FollowUpKind,
    Reply,
    ReplyState,
    Satisfaction,
    Ticket,
)
from workstation.sync.engine import AccountSync

ROOT = Path(__file__).resolve().parents[2]
CUSTOMER_ID = "<pedido-77@example.org>"
REFUND = {"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"}
BODY = ("Hola, Ana: tiene razón, le cobramos dos veces. Hoy le reembolsamos 45,90 € a su tarjeta; "
        "lo verá antes del 1 de diciembre.")


def later(minutes: int = 5):  # type: ignore[no-untyped-def]
    return lambda: datetime.now(UTC) + timedelta(minutes=minutes)


def ticket_from_customer(store: Store, dovecot: Dovecot, smtp_port: int, *,
                         smtp_security: Security = Security.PLAIN) -> tuple[int, str]:
    """A customer's complaint synced from Dovecot into a ticket; returns (ticket id, mailbox)."""
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Cobro duplicado", message_id=CUSTOMER_ID,
                                  body="Me han cobrado dos veces el pedido 77."))
    name = account_for(store, dovecot, user, smtp_port=smtp_port, smtp_security=smtp_security)
    AccountSync(store, name).run()
    with store.read() as session:
        return session.scalars(select(Ticket.id)).one(), user


def sent_ids(dovecot: Dovecot, user: str) -> list[str]:
    with dovecot.client(user) as imap:
        if not imap.folder_exists("Sent"):
            return []
        imap.select_folder("Sent", readonly=True)
        uids = imap.search(["ALL"])
        fetched = imap.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
        return [data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip()
                for data in fetched.values()]


def reply_state(store: Store, reply_id: int) -> Reply:
    with store.read() as session:
        reply = session.get(Reply, reply_id)
        assert reply is not None
        return reply


def test_delivered_once_with_threading_headers_and_filed_once(store: Store, dovecot: Dovecot,
                                                               smtp: SmtpServer) -> None:
    """On SQLite and PostgreSQL."""
    ticket_id, user = ticket_from_customer(store, dovecot, smtp.port)
    queued = queue_reply(store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
    assert queued.state is ReplyState.QUEUED
    assert smtp.received == []  # written first, nothing on the wire yet

    summary = flush(store)
    assert (summary.sent, summary.filed, summary.errors) == (1, 1, [])
    [received] = smtp.received
    message = received.message
    assert message["Message-ID"] == queued.message_id
    assert message["In-Reply-To"] == CUSTOMER_ID
    assert CUSTOMER_ID in message["References"]
    assert message["Subject"] == "Re: Cobro duplicado"
    assert received.recipients == ["ana@example.org"]
    assert "45,90 €" in message.get_content()
    assert sent_ids(dovecot, user) == [queued.message_id]

    again = flush(store)
    assert (again.sent, again.filed) == (0, 0)
    assert len(smtp.received) == 1 and sent_ids(dovecot, user) == [queued.message_id]
    with store.read() as session:
        reply = session.get(Reply, queued.id)
        assert reply is not None and reply.state is ReplyState.SENT and reply.attempts == 1
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None and ticket.first_response_at is not None
        action = session.scalars(select(Action).where(Action.ticket_id == ticket_id)).one()
        assert (action.status, str(action.amount), action.reply_id) == (ActionStatus.PROMISED, "45.90", queued.id)
        follow_up = session.scalars(select(FollowUp).where(FollowUp.action_id == action.id)).one()
        assert follow_up.kind is FollowUpKind.CHECK_ACTION and follow_up.due_at == action.due_at
        kinds = [e.kind for e in session.scalars(select(Event).where(Event.ticket_id == ticket_id).order_by(Event.id))]
        assert kinds == ["reply_queued", "reply_sent"]


def test_server_down_then_up(sqlite_store: Store, dovecot: Dovecot) -> None:
    server = SmtpServer()  # its port is chosen, nothing listens yet
    ticket_id, _ = ticket_from_customer(sqlite_store, dovecot, server.port)
    queued = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])

    down = flush(sqlite_store)
    assert (down.sent, down.retrying) == (0, 1)
    reply = reply_state(sqlite_store, queued.id)
    assert reply.state is ReplyState.QUEUED and reply.attempts == 1
    assert reply.next_attempt_at is not None and reply.next_attempt_at > datetime.now(UTC)
    assert "Cannot connect to the SMTP server" in (reply.last_error or "")

    server.start()
    try:
        assert flush(sqlite_store).sent == 0  # not before its backoff is over
        up = flush(sqlite_store, now=later())
        assert up.sent == 1
        assert server.message_ids() == [queued.message_id]
    finally:
        server.stop()
    assert reply_state(sqlite_store, queued.id).state is ReplyState.SENT


def test_temporary_refusal_then_success_keeps_the_message_id(sqlite_store: Store, dovecot: Dovecot,
                                                             smtp: SmtpServer) -> None:
    smtp.recorder.answers.append("451 4.3.0 Mailbox busy, try again later")
    ticket_id, _ = ticket_from_customer(sqlite_store, dovecot, smtp.port)
    queued = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])

    first = flush(sqlite_store)
    assert (first.sent, first.retrying) == (0, 1)
    assert "451 4.3.0 Mailbox busy" in (reply_state(sqlite_store, queued.id).last_error or "")
    second = flush(sqlite_store, now=later())
    assert second.sent == 1
    assert smtp.message_ids() == [queued.message_id]
    assert reply_state(sqlite_store, queued.id).attempts == 2


def test_permanent_refusal_stops_with_the_servers_words(sqlite_store: Store, dovecot: Dovecot,
                                                        smtp: SmtpServer) -> None:
    smtp.recorder.answers.append("554 5.7.1 Message rejected as spam")
    ticket_id, _ = ticket_from_customer(sqlite_store, dovecot, smtp.port)
    queued = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])

    summary = flush(sqlite_store)
    assert (summary.sent, summary.failed) == (0, 1)
    reply = reply_state(sqlite_store, queued.id)
    assert reply.state is ReplyState.FAILED
    assert "554 5.7.1 Message rejected as spam" in (reply.last_error or "")
    assert flush(sqlite_store, now=later(60)).sent == 0
    assert smtp.received == []


def test_connection_cut_after_data_is_uncertain_and_never_resent(sqlite_store: Store, dovecot: Dovecot,
                                                                 smtp: SmtpServer) -> None:
    proxy = AnswerThenCut(smtp.port)
    ticket_id, user = ticket_from_customer(sqlite_store, dovecot, proxy.port)
    queued = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
    try:
        summary = flush(sqlite_store)
    finally:
        proxy.close()
    assert (summary.sent, summary.uncertain) == (0, 1)
    assert smtp.message_ids() == [queued.message_id]  # the server did get it
    reply = reply_state(sqlite_store, queued.id)
    assert reply.state is ReplyState.DELIVERY_UNCERTAIN
    assert "after the whole message was handed over" in (reply.last_error or "")

    with sqlite_store.session() as session:  # the server is reachable again, directly
        session.execute(update(Account).values(smtp_port=smtp.port))
    flush(sqlite_store, now=later(120))
    assert len(smtp.received) == 1
    assert reply_state(sqlite_store, queued.id).state is ReplyState.DELIVERY_UNCERTAIN

    # The provider filed what it relayed: the next flush finds it in Sent and settles the reply.
    with dovecot.client(user) as imap, sqlite_store.read() as session:
        reply = session.get(Reply, queued.id)
        assert reply is not None
        imap.create_folder("Sent") if not imap.folder_exists("Sent") else None
        imap.append("Sent", build_message(session, reply))
    found = flush(sqlite_store)
    assert found.found_in_sent == 1
    assert reply_state(sqlite_store, queued.id).state is ReplyState.SENT
    assert len(smtp.received) == 1 and sent_ids(dovecot, user) == [queued.message_id]


def test_a_copy_the_provider_filed_is_not_filed_again(sqlite_store: Store, dovecot: Dovecot,
                                                      smtp: SmtpServer) -> None:
    ticket_id, user = ticket_from_customer(sqlite_store, dovecot, smtp.port)
    queued = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
    with dovecot.client(user) as imap, sqlite_store.read() as session:
        reply = session.get(Reply, queued.id)
        assert reply is not None
        if not imap.folder_exists("Sent"):
            imap.create_folder("Sent")
        imap.append("Sent", build_message(session, reply))
    summary = flush(sqlite_store)
    assert (summary.sent, summary.filed) == (1, 1)
    assert sent_ids(dovecot, user) == [queued.message_id]


def test_smtp_without_starttls_is_refused_not_sent_in_plain_text(sqlite_store: Store, dovecot: Dovecot,
                                                                 smtp: SmtpServer) -> None:
    ticket_id, _ = ticket_from_customer(sqlite_store, dovecot, smtp.port, smtp_security=Security.STARTTLS)
    queued = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
    summary = flush(sqlite_store)
    assert (summary.sent, summary.retrying) == (0, 1)
    assert "does not offer STARTTLS" in summary.errors[0]
    assert smtp.received == []
    assert reply_state(sqlite_store, queued.id).state is ReplyState.QUEUED


def test_refused_reply_writes_nothing(sqlite_store: Store, dovecot: Dovecot, smtp: SmtpServer) -> None:
    ticket_id, _ = ticket_from_customer(sqlite_store, dovecot, smtp.port)
    with pytest.raises(ReplyRefused) as refused:
        queue_reply(sqlite_store, ticket_id, "Lamentamos las molestias. Lo revisaremos lo antes posible.", [])
    assert not refused.value.result.accepted
    assert any("“lo antes posible”" in reason for reason in refused.value.result.reasons)
    with sqlite_store.read() as session:
        assert session.scalars(select(Reply)).all() == []
        assert session.scalars(select(Action)).all() == []


def test_above_the_agents_limit_waits_for_a_supervisor(sqlite_store: Store, dovecot: Dovecot,
                                                       smtp: SmtpServer) -> None:
    from workstation.agents import add_agent, set_limit
    from workstation.store.models import Role

    ticket_id, _ = ticket_from_customer(sqlite_store, dovecot, smtp.port)
    add_agent(sqlite_store, "Marta", "marta@example.com", Role.SUPERVISOR)
    add_agent(sqlite_store, "Pablo", "pablo@example.com", Role.AGENT)
    set_limit(sqlite_store, "Pablo", "refund", "30", "EUR", by="Marta")

    queued = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)], author="Pablo")
    assert queued.state is ReplyState.AWAITING_APPROVAL
    assert "above your limit of 30" in queued.result.approval[0].text
    assert flush(sqlite_store).sent == 0 and smtp.received == []
    with pytest.raises(Exception, match="not a supervisor"):
        approve_reply(sqlite_store, queued.id, supervisor="Pablo")

    approve_reply(sqlite_store, queued.id, supervisor="Marta")
    assert flush(sqlite_store).sent == 1
    with sqlite_store.read() as session:
        action = session.scalars(select(Action)).one()
        assert action.status is ActionStatus.PROMISED and action.approved_by_id is not None
        events = [(e.kind, e.actor) for e in session.scalars(select(Event).where(Event.ticket_id == ticket_id)
                                                             .order_by(Event.id))]
    assert events[:2] == [("reply_awaiting_approval", "Pablo"), ("reply_approved", "Marta")]


def test_sent_for_review_goes_out_only_once_a_supervisor_approves(sqlite_store: Store, dovecot: Dovecot,
                                                                  smtp: SmtpServer) -> None:
    from workstation.agents import add_agent
    from workstation.store.models import Role

    ticket_id, _ = ticket_from_customer(sqlite_store, dovecot, smtp.port)
    add_agent(sqlite_store, "Marta", "marta@example.com", Role.SUPERVISOR)
    add_agent(sqlite_store, "Pablo", "pablo@example.com", Role.AGENT)
    body = "Hola, Ana: hoy le hemos hecho la retrocesión a su Visa."  # words the gate does not know
    with pytest.raises(ReplyRefused):
        queue_reply(sqlite_store, ticket_id, body, [ActionSpec.from_dict(REFUND)], author="Pablo")
    with pytest.raises(ReplyRefused):  # no structured action: never, not even for review
        queue_reply(sqlite_store, ticket_id, body, [], author="Pablo", for_review=True)

    queued = queue_reply(sqlite_store, ticket_id, body, [ActionSpec.from_dict(REFUND)], author="Pablo",
                         for_review=True)
    assert queued.state is ReplyState.AWAITING_APPROVAL and not queued.result.accepted
    assert flush(sqlite_store).sent == 0 and smtp.received == []
    approve_reply(sqlite_store, queued.id, supervisor="Marta", learn=("hecho la retrocesión", "refund"))
    assert flush(sqlite_store).sent == 1
    assert smtp.message_ids() == [queued.message_id]
    # Taught: the next reply that says it so goes straight out.
    again = queue_reply(sqlite_store, ticket_id, "Le hemos hecho la retrocesión de 45,90 € hoy.",
                        [ActionSpec.from_dict(REFUND)], author="Pablo")
    assert again.state is ReplyState.QUEUED


def test_closing_the_loop_and_the_customers_score(sqlite_store: Store, dovecot: Dovecot, smtp: SmtpServer) -> None:
    from workstation.followups import complete_action

    ticket_id, user = ticket_from_customer(sqlite_store, dovecot, smtp.port)
    queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
    flush(sqlite_store)
    with sqlite_store.read() as session:
        action_id = session.scalars(select(Action.id)).one()

    proposal = complete_action(sqlite_store, action_id, evidence="TRF-991", change="a duplicate-charge check at checkout")
    assert "45.90 EUR" in proposal.body and "duplicate-charge check" in proposal.body
    closing = queue_reply(sqlite_store, ticket_id, proposal.body, [proposal.action], purpose="close_loop")
    assert flush(sqlite_store).sent == 1
    assert smtp.message_ids()[-1] == closing.message_id
    with sqlite_store.read() as session:
        kinds = {(f.kind, f.done_at is None) for f in session.scalars(select(FollowUp))}
    assert (FollowUpKind.SATISFACTION, True) in kinds and (FollowUpKind.CLOSE_LOOP, False) in kinds

    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Re: Cobro duplicado", in_reply_to=closing.message_id,
                                  body="5. Muy bien resuelto, gracias.\n\n> One question, so we know..."))
    AccountSync(sqlite_store, "Soporte").run()
    with sqlite_store.read() as session:
        [score] = session.scalars(select(Satisfaction)).all()
        assert (score.ticket_id, score.score, score.comment) == (ticket_id, 5, "Muy bien resuelto, gracias.")
        assert all(f.done_at is not None for f in session.scalars(select(FollowUp).where(
            FollowUp.kind == FollowUpKind.SATISFACTION)))


def test_killed_between_acceptance_and_the_database_update(run_cli, cli_env: dict[str, str], tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           dovecot: Dovecot, smtp: SmtpServer) -> None:
    """The CLI end to end: reply (refused, then accepted), flush killed at the worst moment, flush again."""
    data = str(tmp_path / "data")
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Cobro duplicado", message_id=CUSTOMER_ID))
    added = run_cli("--data-dir", data, "account", "add", "Soporte", "--email", user, "--imap-host", "127.0.0.1",
                    "--imap-port", str(dovecot.port), "--imap-security", "starttls", "--ca-file", dovecot.ca_file,
                    "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp.port), "--smtp-security", "plain",
                    "--password-stdin", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert run_cli("--data-dir", data, "sync").returncode == 0
    ticket = json.loads(run_cli("--data-dir", data, "queue", "--json").stdout)[0]["id"]

    apology = tmp_path / "apology.txt"
    apology.write_text("We apologize for any inconvenience and value your feedback.", encoding="utf-8")
    refused = run_cli("--data-dir", data, "reply", str(ticket), "--body-file", str(apology))
    assert refused.returncode == 3
    assert json.loads(refused.stdout)["accepted"] is False

    body, actions = tmp_path / "body.txt", tmp_path / "actions.json"
    body.write_text(BODY, encoding="utf-8")
    actions.write_text(json.dumps([REFUND]), encoding="utf-8")
    queued = run_cli("--data-dir", data, "reply", str(ticket), "--body-file", str(body), "--actions-file",
                     str(actions), "--json")
    assert queued.returncode == 0, queued.stderr
    message_id = json.loads(queued.stdout)["message_id"]

    flusher = subprocess.Popen([sys.executable, "-m", "workstation", "--data-dir", data, "outbox", "flush"],
                               cwd=ROOT, env=cli_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    smtp.recorder.on_accept = lambda: os.kill(flusher.pid, signal.SIGKILL)
    assert flusher.wait(timeout=60) == -signal.SIGKILL
    smtp.recorder.on_accept = None
    assert smtp.message_ids() == [message_id]

    again = run_cli("--data-dir", data, "outbox", "flush", "--json")
    assert again.returncode == 1  # something needs a person
    assert json.loads(again.stdout)["sent"] == 0
    assert smtp.message_ids() == [message_id]
    listed = json.loads(run_cli("--data-dir", data, "outbox", "list", "--json").stdout)
    assert [(r["message_id"], r["state"]) for r in listed] == [(message_id, "delivery_uncertain")]
    assert json.loads(run_cli("--data-dir", data, "outbox", "flush", "--json").stdout)["sent"] == 0
    assert smtp.message_ids() == [message_id]


def test_smtp_over_tls_is_verified(sqlite_store: Store, dovecot: Dovecot) -> None:
    server = SmtpServer(tls_dir=dovecot.base / "tls").start()
    try:
        ticket_id, _ = ticket_from_customer(sqlite_store, dovecot, server.port, smtp_security=Security.SSL)
        with sqlite_store.session() as session:  # this workstation does not know the private CA yet
            session.execute(update(Account).values(ca_file=None))
        queued = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
        refused = flush(sqlite_store)
        assert refused.sent == 0 and "is not trusted" in refused.errors[0]
        assert server.received == []

        with sqlite_store.session() as session:
            session.execute(update(Account).values(ca_file=dovecot.ca_file))
        assert flush(sqlite_store, now=later()).sent == 1
        assert server.message_ids() == [queued.message_id]
    finally:
        server.stop()


def test_an_answer_to_our_reply_joins_its_ticket_before_sent_has_synced(sqlite_store: Store, dovecot: Dovecot,
                                                                         smtp: SmtpServer) -> None:
    ticket_id, user = ticket_from_customer(sqlite_store, dovecot, smtp.port)
    queued = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Una pregunta más", in_reply_to=queued.message_id, body="¿Y el envío?"))
    AccountSync(sqlite_store, "Soporte").run()
    with sqlite_store.read() as session:
        assert session.scalars(select(Ticket.id)).all() == [ticket_id]


def test_attachments_go_out_with_the_reply(sqlite_store: Store, dovecot: Dovecot, smtp: SmtpServer,
                                           tmp_path: Path) -> None:
    ticket_id, _ = ticket_from_customer(sqlite_store, dovecot, smtp.port)
    label = tmp_path / "etiqueta devolución.pdf"
    label.write_bytes(b"%PDF-1.4 return label\n" * 200)
    queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)], attachments=[label])
    label.unlink()  # the store has its own copy: nothing depends on the file after queuing
    assert flush(sqlite_store).sent == 1
    [part] = list(smtp.received[0].message.iter_attachments())
    assert part.get_filename() == "etiqueta devolución.pdf"
    assert part.get_content_type() == "application/pdf"
    assert part.get_content() == b"%PDF-1.4 return label\n" * 200
