"""Hostile mail from the user's side: what the queue shows, which ticket a message joins, what the SMTP
server receives. Mail arrives through the real Dovecot; replies go to the real aiosmtpd."""

from __future__ import annotations

from sqlalchemy import select

from tests.integration.test_outbox import BODY, REFUND
from tests.integration.test_sync import account_for
from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from tests.support.smtp import SmtpServer
from pathlib import Path

from workstation import conversation
from workstation.outbox.compose import queue_reply
from workstation.outbox.sender import flush
from workstation.queue import list_rows
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import Attachment, CustomerAddress, Message, Ticket
from workstation.sync.engine import AccountSync

FORGED = "=?utf-8?q?Victor_Victim_=3Cvictim=40bank=2Eexample=3E=2C?= <attacker@evil.example>"
FORGED_BCC = "=?utf-8?q?Victor_Victim_=3Cvictim=40bank=2Eexample=3E=0D=0ABcc=3A_thief=40evil=2Eexample?= " \
             "<attacker@evil.example>"


def synced(store: Store, dovecot: Dovecot, smtp_port: int, *messages: bytes) -> None:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        for raw in messages:
            imap.append("INBOX", raw)
    AccountSync(store, account_for(store, dovecot, user, smtp_port=smtp_port)).run()


def ticket_of(store: Store, message_id: str) -> int:
    with store.read() as session:
        ticket_id = session.scalar(select(Message.ticket_id).where(Message.message_id == message_id))
        assert ticket_id is not None
        return ticket_id


def test_a_forged_display_name_never_lands_in_the_customers_ticket(sqlite_store: Store, dovecot: Dovecot) -> None:
    synced(sqlite_store, dovecot, 25,
           mail("Devolución", sender="Victor Victim <victim@bank.example>", message_id="<v1@bank.example>"),
           mail("Devolución", sender=FORGED, message_id="<f1@evil.example>",
                body="Send the refund to IBAN XX00 EVIL instead."))
    victims, forged = ticket_of(sqlite_store, "<v1@bank.example>"), ticket_of(sqlite_store, "<f1@evil.example>")
    assert victims != forged
    with sqlite_store.read() as session:
        addresses = {t.id: set(session.scalars(select(CustomerAddress.address)
                                               .where(CustomerAddress.customer_id == t.customer_id)))
                     for t in session.scalars(select(Ticket))}
        assert addresses == {victims: {"victim@bank.example"}, forged: {"attacker@evil.example"}}
        shown = {row.id: row.customer for row in list_rows(session, "all")}
        entry = conversation.load(sqlite_store, forged).entries[0]
    label = "‘victim@bank.example’ via attacker@evil.example"
    assert shown == {victims: "Victor Victim", forged: label}
    assert (entry.sender, entry.from_addr) == (label, "attacker@evil.example")
    assert any("shows another address" in defect for defect in entry.defects)


def test_a_reply_to_an_encoded_line_break_and_bcc_goes_to_the_real_sender_only(sqlite_store: Store,
                                                                               dovecot: Dovecot,
                                                                               smtp: SmtpServer) -> None:
    synced(sqlite_store, dovecot, smtp.port, mail("Cobro duplicado", sender=FORGED_BCC, message_id="<f2@evil.example>"))
    ticket_id = ticket_of(sqlite_store, "<f2@evil.example>")
    queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
    summary = flush(sqlite_store)
    assert (summary.sent, summary.errors) == (1, [])
    [received] = smtp.received
    assert received.recipients == ["attacker@evil.example"]
    assert received.message["To"] == "attacker@evil.example"
    assert b"thief" not in received.data and b"Bcc" not in received.data


def test_attachments_named_after_devices_or_too_long_are_saved(sqlite_store: Store, dovecot: Dovecot,
                                                               tmp_path: Path) -> None:
    raw = ("From: Ana <ana@example.org>\r\nSubject: Adjuntos\r\nMessage-ID: <adj@example.org>\r\n"
           'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
           "Content-Type: text/plain\r\n\r\nhola\r\n--b\r\nContent-Type: application/octet-stream\r\n"
           'Content-Disposition: attachment; filename="CON"\r\n\r\nuno\r\n--b\r\nContent-Type: application/pdf\r\n'
           f"Content-Disposition: attachment; filename*=utf-8''{'%C3%B1' * 300}.pdf\r\n\r\ndos\r\n--b--\r\n"
           ).encode()
    synced(sqlite_store, dovecot, 25, raw)
    with sqlite_store.read() as session:
        attachments = list(session.scalars(select(Attachment).order_by(Attachment.id)))
        assert [a.filename for a in attachments] == ["CON", "ñ" * 300 + ".pdf"]
        names = [a.safe_filename for a in attachments]
        assert names[0] == "_CON" and names[1].endswith(".pdf") and len(names[1].encode()) <= 200
        saved = tmp_path / "saved"
        saved.mkdir()
        for attachment in attachments:
            conversation.save_attachment(sqlite_store, attachment.id, saved / attachment.safe_filename)
    assert sorted(p.name for p in saved.iterdir()) == sorted(names)
    assert (saved / "_CON").read_bytes().strip() == b"uno"


def test_a_message_over_the_parsing_deadline_is_stored_as_received(sqlite_store: Store, dovecot: Dovecot) -> None:
    from benchmarks.hostile_parse_bench import deeply_nested

    # 1.4 MB of multiparts nested 20,000 deep: about 1.5 s to parse on the lab machine, against under 5 ms for a
    # normal message. (The 12.9 MB encoded Subject used before parses in 0.13-0.17 s since the Subject is capped, too
    # close to any deadline a normal message under load keeps clear of.)
    big = deeply_nested(20_000)
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", big)
        imap.append("INBOX", mail("Pedido 77", message_id="<normal@example.org>"))
    name = account_for(sqlite_store, dovecot, user)
    # Parsed in the pool of processes, each message with a deadline far below what the big one takes and far above what
    # a normal one takes, even with every core busy (the parsers run at a lower priority).
    AccountSync(sqlite_store, name, pool_threshold=1, parse_deadline=0.3).run()
    with sqlite_store.read() as session:
        stored = {m.size: m for m in session.scalars(select(Message))}
        slow = stored[max(stored)]
        normal = stored[min(stored)]
        assert slow.size == len(big)
        assert slow.defects == ["parsing took longer than 0.3 s; the message is stored as received"]
        from workstation.store.models import Blob

        assert session.get(Blob, slow.raw_sha256).data == big  # nothing lost
        assert normal.message_id == "<normal@example.org>" and normal.ticket_id is not None
