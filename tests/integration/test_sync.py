"""The sync engine against a real Dovecot on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from imapclient import IMAPClient
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from tests.support.dovecot import PASSWORD, Dovecot
from tests.support.mail import mail
from tests.support.proxy import CuttingProxy
from workstation.accounts import AccountSpec, add_account
from workstation.mail.endpoints import Security
from workstation.queue import list_rows
from workstation.store.db import Store
from workstation.store.models import Account, Attachment, Customer, Folder, Message, Ticket, TicketStatus
from workstation.mail.imap import (
    AuthenticationFailed,
    CertificateRejected,
    ConnectionLost,
    StartTLSRefused,
)
from workstation.sync.engine import AccountSync

def account_for(store: Store, dovecot: Dovecot, user: str, *, name: str = "Soporte",
                security: Security = Security.STARTTLS, port: int | None = None, ca: bool = True,
                password: str = PASSWORD, smtp_port: int = 25, smtp_security: Security = Security.PLAIN) -> str:
    add_account(store, AccountSpec(
        name=name, email=user, imap_host="127.0.0.1",
        imap_port=port or (dovecot.ssl_port if security is Security.SSL else dovecot.port),
        imap_security=security, smtp_host="127.0.0.1", smtp_port=smtp_port, smtp_security=smtp_security,
        username=user, ca_file=dovecot.ca_file if ca else None), password)
    return name


def snapshot(store: Store) -> dict[str, object]:
    """What a sync decides, without ids that depend on insertion order."""
    with store.read() as session:
        messages = sorted(
            (m.uid, m.uidvalidity, m.message_id, m.subject, m.flags, m.expunged_at is not None, m.content_hash,
             (session.get(Ticket, m.ticket_id).subject if m.ticket_id else None))
            for m in session.scalars(select(Message)))
        tickets = sorted((t.subject, t.status.value, t.message_count) for t in session.scalars(select(Ticket)))
        folders = sorted((f.name, f.uidvalidity, f.uidnext) for f in session.scalars(select(Folder)))
        return {"messages": messages, "tickets": tickets, "folders": folders}


@pytest.fixture
def mailbox(dovecot: Dovecot) -> str:
    return dovecot.new_user()


@pytest.fixture
def imap(dovecot: Dovecot, mailbox: str) -> Iterator[IMAPClient]:
    """The test's own connection to the mailbox, to arrange mail as a sender or another client would."""
    with dovecot.client(mailbox) as client:
        yield client


def test_first_and_incremental_sync(store: Store, dovecot: Dovecot, mailbox: str, imap: IMAPClient) -> None:
    """On SQLite and on a team's PostgreSQL."""
    imap.append("INBOX", mail("Cobro duplicado", message_id="<a1@example.org>"))
    imap.append("INBOX", mail("Pedido PED-1 no ha llegado", "Tom <tom@example.net>", message_id="<b1@x.net>"))
    imap.append("INBOX", mail("Re: Cobro duplicado", in_reply_to="<a1@example.org>", body="¿Alguna novedad?"))
    name = account_for(store, dovecot, mailbox)

    first = AccountSync(store, name).run()
    assert (first.new, first.tickets_created, first.expunged) == (3, 2, 0)
    with store.read() as session:
        tickets = {t.subject: t for t in session.scalars(select(Ticket))}
        assert tickets["Cobro duplicado"].message_count == 2
        assert tickets["Cobro duplicado"].status is TicketStatus.NEW
        assert session.scalar(select(func.count()).select_from(Customer)) == 2
        account = session.scalar(select(Account))
        assert account is not None and account.last_error is None and account.last_sync_at is not None
    # BODY.PEEK: nothing was marked as read on the server.
    imap.select_folder("INBOX")
    assert all(b"\\Seen" not in data[b"FLAGS"] for data in imap.fetch(imap.search(["ALL"]), ["FLAGS"]).values())

    imap.append("INBOX", mail("Re: Pedido PED-1 no ha llegado", "Tom <tom@example.net>", in_reply_to="<b1@x.net>"))
    imap.append("INBOX", mail("Router roto", "Eva <eva@example.com>"))
    second = AccountSync(store, name).run()
    assert (second.new, second.tickets_created) == (2, 1)
    before = snapshot(store)
    third = AccountSync(store, name).run()
    assert (third.new, third.updated, third.expunged, third.tickets_created) == (0, 0, 0, 0)
    assert snapshot(store) == before


def test_flag_change_and_expunge_keep_the_ticket(sqlite_store: Store, dovecot: Dovecot, mailbox: str, imap: IMAPClient) -> None:
    imap.append("INBOX", mail("Factura incorrecta"))
    imap.append("INBOX", mail("Otra consulta", "Luis <luis@example.org>"))
    name = account_for(sqlite_store, dovecot, mailbox)
    AccountSync(sqlite_store, name).run()

    imap.select_folder("INBOX")
    uids = sorted(imap.search(["ALL"]))
    imap.add_flags(uids[0], [b"\\Flagged", b"\\Seen"])
    changed = AccountSync(sqlite_store, name).run()
    assert changed.updated == 1
    with sqlite_store.read() as session:
        flagged = session.scalar(select(Message).where(Message.uid == uids[0]))
        assert flagged is not None and flagged.flags == ["\\Flagged", "\\Seen"]

    imap.delete_messages(uids[1])
    imap.expunge()
    gone = AccountSync(sqlite_store, name).run()
    assert gone.expunged == 1
    with sqlite_store.read() as session:
        kept = session.scalar(select(Message).where(Message.uid == uids[1]))
        assert kept is not None and kept.expunged_at is not None
        assert kept.ticket_id is not None and session.get(Ticket, kept.ticket_id) is not None
    assert AccountSync(sqlite_store, name).run().expunged == 0  # counted once


def test_uidvalidity_change_remaps_without_downloading_again(sqlite_store: Store, dovecot: Dovecot,
                                                             mailbox: str, imap: IMAPClient) -> None:
    imap.create_folder("Reclamaciones")
    originals = [mail(f"Reclamación {i}", message_id=f"<r{i}@example.org>") for i in range(4)]
    for raw in originals:
        imap.append("Reclamaciones", raw)
    name = account_for(sqlite_store, dovecot, mailbox)
    with sqlite_store.session() as session:
        account_id = session.scalar(select(Account.id))
        session.add(Folder(account_id=account_id, name="Reclamaciones", watch=True))
    AccountSync(sqlite_store, name).run()
    with sqlite_store.read() as session:
        old_validity = session.scalar(select(Folder.uidvalidity).where(Folder.name == "Reclamaciones"))

    # The server renumbers the folder: same messages, new UIDVALIDITY, plus one new message.
    imap.delete_folder("Reclamaciones")
    imap.create_folder("Reclamaciones")
    for raw in reversed(originals):
        imap.append("Reclamaciones", raw)
    imap.append("Reclamaciones", mail("Reclamación nueva", message_id="<r-new@example.org>"))
    result = AccountSync(sqlite_store, name).run()
    assert result.remapped == 4
    assert result.new == 1  # only the new one was downloaded
    with sqlite_store.read() as session:
        folder = session.scalar(select(Folder).where(Folder.name == "Reclamaciones"))
        assert folder is not None and folder.uidvalidity != old_validity and folder.set_aside_reason is None
        live = session.scalars(select(Message).where(Message.folder_id == folder.id)).all()
        assert len(live) == 5 and {m.uidvalidity for m in live} == {folder.uidvalidity}
        assert session.scalar(select(func.count()).select_from(Ticket)) == 5

    # Renumbered again, now with other messages: set aside, nothing local lost.
    imap.delete_folder("Reclamaciones")
    imap.create_folder("Reclamaciones")
    imap.append("Reclamaciones", mail("Algo distinto"))
    result = AccountSync(sqlite_store, name).run()
    assert any("set aside" in error for error in result.errors)
    with sqlite_store.read() as session:
        folder = session.scalar(select(Folder).where(Folder.name == "Reclamaciones"))
        assert folder is not None and folder.set_aside_reason
        assert session.scalar(select(func.count()).select_from(Message).where(Message.folder_id == folder.id)) == 5


def test_sent_folder_replies_join_their_ticket(sqlite_store: Store, dovecot: Dovecot, mailbox: str, imap: IMAPClient) -> None:
    imap.append("INBOX", mail("Lavadora rota", message_id="<w1@example.org>"))
    imap.append("Sent", mail("Re: Lavadora rota", f"Soporte <{mailbox}>", to="ana@example.org",
                             in_reply_to="<w1@example.org>", body="Un técnico irá el jueves 14 a las 10:00.",
                             date=datetime(2026, 11, 2, 11, 0, tzinfo=UTC)))
    name = account_for(sqlite_store, dovecot, mailbox)
    summary = AccountSync(sqlite_store, name).run()
    assert summary.new == 2 and summary.tickets_created == 1
    with sqlite_store.read() as session:
        ticket = session.scalar(select(Ticket))
        assert ticket is not None and ticket.message_count == 2
        assert ticket.first_response_at == datetime(2026, 11, 2, 11, 0, tzinfo=UTC)
        assert session.scalar(select(Folder.special_use).where(Folder.name == "Sent")) == "\\Sent"


def test_auto_replies_and_bounces_wait_for_no_one(sqlite_store: Store, dovecot: Dovecot, mailbox: str,
                                                  imap: IMAPClient) -> None:
    """With no thread to join they are filed, closed, for the record: never in the open queue, no customer."""
    imap.append("INBOX", mail("Fuera de la oficina", headers="Auto-Submitted: auto-replied\r\n"))
    imap.append("INBOX", mail("Undelivered Mail", "MAILER-DAEMON@example.org"))
    imap.append("INBOX", mail("Out of office", headers="X-Autoreply: yes\r\n"))
    name = account_for(sqlite_store, dovecot, mailbox)
    summary = AccountSync(sqlite_store, name).run()
    assert summary.new == 3
    with sqlite_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Message).where(Message.is_auto.is_(True))) == 3
        assert list_rows(session, "open") == []
        assert sorted((r.subject, r.status) for r in list_rows(session, "all")) == [
            ("Fuera de la oficina", TicketStatus.CLOSED), ("Out of office", TicketStatus.CLOSED),
            ("Undelivered Mail", TicketStatus.CLOSED)]
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_one_email_in_two_inboxes_makes_one_ticket(sqlite_store: Store, dovecot: Dovecot) -> None:
    first, second = dovecot.new_user(), dovecot.new_user()
    raw = mail("Cobro duplicado", to=f"{first}, {second}", message_id="<both@example.org>")
    for user in (first, second):
        with dovecot.client(user) as client:
            client.append("INBOX", raw)
    a = account_for(sqlite_store, dovecot, first, name="Soporte")
    b = account_for(sqlite_store, dovecot, second, name="Facturación")
    AccountSync(sqlite_store, a).run()
    AccountSync(sqlite_store, b).run()
    with sqlite_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 2
        assert session.scalar(select(func.count()).select_from(Ticket)) == 1


def test_difficult_messages_all_arrive_with_their_defects(store: Store, dovecot: Dovecot,
                                                           mailbox: str, imap: IMAPClient) -> None:
    no_date = b"From: a@example.org\r\nSubject: Sin fecha\r\nMessage-ID: <nd@example.org>\r\n\r\nhola\r\n"
    dup1 = mail("Primero", message_id="<dup@example.org>", body="uno")
    dup2 = mail("Segundo", "Otro <otro@example.org>", message_id="<dup@example.org>", body="dos")
    encoded = (b"From: =?utf-8?q?Mar=C3=ADa_Pe=C3=B1a?= <maria@example.org>\r\n"
               b"Subject: =?utf-8?b?wqFGYWN0dXJhIGR1cGxpY2FkYSE=?=\r\nMessage-ID: <enc@example.org>\r\n"
               b"Date: Mon, 2 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
               b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
               b"Adjunto la factura.\r\n--XX\r\nContent-Type: application/pdf\r\n"
               b"Content-Disposition: attachment; filename*=utf-8''factura_%C3%B1and%C3%BA.pdf\r\n"
               b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--XX--\r\n")
    broken = (b"From: b@example.org\r\nSubject: Roto\r\nMessage-ID: <broken@example.org>\r\nMIME-Version: 1.0\r\n"
              b"Content-Type: multipart/mixed; boundary=\"never-closed\"\r\n\r\n--never-closed\r\n"
              b"Content-Type: text/plain; charset=x-unknown-charset\r\n\r\ncaf\xe9\r\n")
    for raw in (no_date, dup1, dup2, encoded, broken):
        imap.append("INBOX", raw)
    name = account_for(store, dovecot, mailbox)
    summary = AccountSync(store, name).run()
    assert summary.new == 5
    with store.read() as session:
        by_subject = {m.subject: m for m in session.scalars(select(Message))}
        assert "missing Date header" in by_subject["Sin fecha"].defects
        assert by_subject["Sin fecha"].ticket_id is not None
        assert by_subject["Primero"].message_id == by_subject["Segundo"].message_id == "<dup@example.org>"
        assert by_subject["Primero"].id != by_subject["Segundo"].id
        assert by_subject["¡Factura duplicada!"].from_name == "María Peña"
        [attachment] = session.scalars(select(Attachment)).all()
        assert attachment.filename == "factura_ñandú.pdf" and attachment.safe_filename == "factura_ñandú.pdf"
        assert attachment.size == 9
        roto = by_subject["Roto"]
        assert roto.defects and "caf" in (roto.body_text or "")
        assert all(m.raw_sha256 for m in by_subject.values())


def test_starttls_refused_is_an_error_not_plain_text(sqlite_store: Store, dovecot_without_tls: Dovecot) -> None:
    user = dovecot_without_tls.new_user()
    name = account_for(sqlite_store, dovecot_without_tls, user, ca=False)
    with pytest.raises(StartTLSRefused, match="does not offer STARTTLS"):
        AccountSync(sqlite_store, name).run()
    with sqlite_store.read() as session:
        account = session.scalar(select(Account))
        assert account is not None and "STARTTLS" in (account.last_error or "")
        assert session.scalar(select(func.count()).select_from(Message)) == 0


def test_untrusted_certificate_is_refused(sqlite_store: Store, dovecot: Dovecot, mailbox: str, imap: IMAPClient) -> None:
    imap.append("INBOX", mail())
    name = account_for(sqlite_store, dovecot, mailbox, security=Security.SSL, ca=False)
    with pytest.raises(CertificateRejected, match="not trusted"):
        AccountSync(sqlite_store, name).run()
    with sqlite_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 0


def test_implicit_tls_with_the_accounts_ca_works(sqlite_store: Store, dovecot: Dovecot, mailbox: str, imap: IMAPClient) -> None:
    imap.append("INBOX", mail())
    name = account_for(sqlite_store, dovecot, mailbox, security=Security.SSL)
    assert AccountSync(sqlite_store, name).run().new == 1


def test_wrong_password_sets_a_visible_error(sqlite_store: Store, dovecot: Dovecot, mailbox: str, imap: IMAPClient) -> None:
    name = account_for(sqlite_store, dovecot, mailbox, password="not-the-password")
    with pytest.raises(AuthenticationFailed, match="refused the user name or password") as caught:
        AccountSync(sqlite_store, name).run()
    assert caught.value.retry is False  # the watcher stops instead of hammering the server
    with sqlite_store.read() as session:
        account = session.scalar(select(Account))
        assert account is not None and account.last_error == str(caught.value)
        assert "not-the-password" not in account.last_error


@pytest.mark.parametrize("pool_threshold", [10_000, 0], ids=["parse-in-process", "parse-in-pool"])
def test_connection_cut_mid_fetch_resumes_with_nothing_lost_or_doubled(sqlite_store: Store, dovecot: Dovecot,
                                                                      mailbox: str, imap: IMAPClient,
                                                                      pool_threshold: int) -> None:
    for i in range(30):
        imap.append("INBOX", mail(f"Caso {i}", f"C{i} <c{i}@example.org>", body="x" * 2000))
    proxy = CuttingProxy(dovecot.port, cut_after=30_000)  # inside the second batch's FETCH
    try:
        name = account_for(sqlite_store, dovecot, mailbox, port=proxy.port, security=Security.PLAIN, ca=False)
        with pytest.raises(ConnectionLost):
            AccountSync(sqlite_store, name, batch_size=10, pool_threshold=pool_threshold).run()
        assert proxy.cuts == 1
        with sqlite_store.read() as session:
            partial = session.scalar(select(func.count()).select_from(Message))
            assert partial is not None and 0 < partial < 30  # whole batches only
            assert session.scalar(select(Account.last_error)) is not None
        resumed = AccountSync(sqlite_store, name, batch_size=10, pool_threshold=pool_threshold).run()
        assert resumed.new == 30 - partial
    finally:
        proxy.close()
    with sqlite_store.read() as session:
        uids = list(session.scalars(select(Message.uid)))
        assert sorted(uids) == sorted(set(uids)) and len(uids) == 30
        assert session.scalar(select(func.count()).select_from(Ticket)) == 30


def test_full_disk_mid_sync_keeps_whole_batches_and_resumes(sqlite_store: Store, dovecot: Dovecot,
                                                             mailbox: str, imap: IMAPClient) -> None:
    """SQLite's own limit on the file's size gives a real "database or disk is full" in the middle."""
    for i in range(30):
        imap.append("INBOX", mail(f"Caso {i}", f"C{i} <c{i}@example.org>", body="x" * 20_000))
    name = account_for(sqlite_store, dovecot, mailbox, security=Security.PLAIN, ca=False)
    with sqlite_store.read() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar_one()
        page_size = session.connection().exec_driver_sql("PRAGMA page_size").scalar_one()
    limit = {"pages": pages + 600_000 // page_size}  # room for about one batch of ten 20 kB messages, not three

    @event.listens_for(sqlite_store.engine, "connect")
    def _cap(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA max_page_count = {limit['pages']}")

    sqlite_store.engine.dispose()
    with pytest.raises(OperationalError, match="full"):
        AccountSync(sqlite_store, name, batch_size=10).run()
    with sqlite_store.read() as session:
        partial = session.scalar(select(func.count()).select_from(Message))
        cursor = session.scalar(select(Folder.uidnext).where(Folder.name == "INBOX"))
        assert partial is not None and 0 < partial < 30 and partial % 10 == 0  # whole batches only
        assert cursor == max(session.scalars(select(Message.uid))) + 1
    limit["pages"] = 1_000_000
    sqlite_store.engine.dispose()
    resumed = AccountSync(sqlite_store, name, batch_size=10).run()
    assert resumed.new == 30 - partial
    with sqlite_store.read() as session:
        uids = list(session.scalars(select(Message.uid)))
        assert sorted(uids) == sorted(set(uids)) and len(uids) == 30


def test_idle_wakes_up_on_new_mail_and_the_next_pass_reuses_the_connection(
        sqlite_store: Store, dovecot: Dovecot, mailbox: str, imap: IMAPClient) -> None:
    import threading
    import time

    imap.append("INBOX", mail("Primero"))
    imap.append("INBOX", mail("Se borrará"))
    name = account_for(sqlite_store, dovecot, mailbox)
    engine = AccountSync(sqlite_store, name)
    assert engine.run(keep_open=True).new == 2
    connection = engine.client

    def another_client() -> None:
        imap.select_folder("INBOX")
        imap.add_flags(imap.search(["SUBJECT", "Primero"]), [b"\\Flagged"])
        imap.delete_messages(imap.search(["SUBJECT", "borrar"]))
        imap.expunge()
        imap.append("INBOX", mail("Llega durante IDLE"))

    stop = threading.Event()
    timer = threading.Timer(0.5, another_client)
    timer.start()
    started = time.monotonic()
    try:
        engine.wait_for_change(idle_seconds=20, poll_seconds=20, stop=stop)
        assert time.monotonic() - started < 10  # woken by the server, not by the 20 s limit
        timer.join()
        second = engine.run(keep_open=True)  # the folder is still selected: NOOP and STATUS, no SELECT
        assert engine.client is connection
        assert (second.new, second.updated, second.expunged) == (1, 1, 1)
    finally:
        timer.join()
        engine.close()
    with sqlite_store.read() as session:
        flags = {m.subject: (m.flags, m.expunged_at is not None) for m in session.scalars(select(Message))}
    assert flags == {"Primero": (["\\Flagged"], False), "Se borrará": ([], True), "Llega durante IDLE": ([], False)}
    assert AccountSync(sqlite_store, name).run().new == 0  # a fresh connection agrees


def test_mail_that_arrives_between_a_pass_and_idle_wakes_the_watch_at_once(
        sqlite_store: Store, dovecot: Dovecot, mailbox: str, imap: IMAPClient) -> None:
    """Dovecot's IDLE reports only changes made after it starts (its own check comes 30 s later):
    what arrived while the pass was storing must not wait for that."""
    import threading
    import time

    imap.append("INBOX", mail("Primero"))
    name = account_for(sqlite_store, dovecot, mailbox)
    engine = AccountSync(sqlite_store, name)
    try:
        assert engine.run(keep_open=True).new == 1
        imap.append("INBOX", mail("Llega mientras se guardaba"))
        started = time.monotonic()
        engine.wait_for_change(idle_seconds=20, poll_seconds=20, stop=threading.Event())
        assert time.monotonic() - started < 5
        assert engine.run(keep_open=True).new == 1
    finally:
        engine.close()


def test_chores_while_waiting_do_not_hide_new_mail(sqlite_store: Store, dovecot: Dovecot, mailbox: str,
                                                    imap: IMAPClient) -> None:
    import threading
    import time

    imap.append("INBOX", mail("Primero"))
    name = account_for(sqlite_store, dovecot, mailbox)
    engine = AccountSync(sqlite_store, name)
    steps: list[float] = []

    def chore() -> bool:  # endless work, a short step at a time
        steps.append(time.monotonic())
        time.sleep(0.05)
        return True

    try:
        assert engine.run(keep_open=True).new == 1
        timer = threading.Timer(0.5, lambda: imap.append("INBOX", mail("Llega mientras se ordena")))
        timer.start()
        started = time.monotonic()
        engine.wait_for_change(idle_seconds=20, poll_seconds=20, stop=threading.Event(), chore=chore)
        timer.join()
        assert time.monotonic() - started < 5 and len(steps) > 5
        assert engine.run(keep_open=True).new == 1
    finally:
        engine.close()


def _index_merge_pending(store: Store) -> bool:
    """Whether the full-text index has segments to merge: one merge step, rolled back."""
    from sqlalchemy.orm import Session

    from workstation.store.search import merge_step

    with store.engine.connect() as connection, Session(bind=connection) as session:
        pending = merge_step(session, pages=1)
        session.rollback()
    return pending


def test_the_watch_merges_the_search_index_while_it_waits(sqlite_store: Store, dovecot: Dovecot, mailbox: str,
                                                          imap: IMAPClient) -> None:
    import threading
    import time

    from workstation.sync.watch import Watcher

    for i in range(12):
        imap.append("INBOX", mail(f"Caso {i}", f"C{i} <c{i}@example.org>"))
    name = account_for(sqlite_store, dovecot, mailbox)
    assert AccountSync(sqlite_store, name, batch_size=1).run().new == 12  # twelve commits, a segment each
    assert _index_merge_pending(sqlite_store)
    passes = threading.Event()
    watcher = Watcher(sqlite_store, [name], passed=lambda *_: passes.set(), failed=lambda *_: None)
    watcher.start()
    try:
        assert passes.wait(20)
        deadline = time.monotonic() + 10
        while _index_merge_pending(sqlite_store) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _index_merge_pending(sqlite_store)
    finally:
        watcher.stop()
        watcher.wait()


def test_watched_folders_beyond_inbox(sqlite_store: Store, dovecot: Dovecot, mailbox: str, imap: IMAPClient) -> None:
    from workstation.accounts import set_watched

    imap.create_folder("Garantías")
    imap.append("Garantías", mail("Garantía de la lavadora"))
    imap.append("INBOX", mail("Otra cosa"))
    name = account_for(sqlite_store, dovecot, mailbox)
    assert AccountSync(sqlite_store, name).run().new == 1  # INBOX (and Sent) only
    set_watched(sqlite_store, name, ["Garantías"], watch=True)
    assert AccountSync(sqlite_store, name).run().new == 1
    set_watched(sqlite_store, name, ["Garantías"], watch=False)
    imap.append("Garantías", mail("No se sigue"))
    assert AccountSync(sqlite_store, name).run().new == 0
