"""A reply that cannot go out fails alone, with its reason, and never holds the others back.

Against the real aiosmtpd (with and without SMTPUTF8, refusing one recipient for now) and mail synced from
the real Dovecot. A row written by an older Mostrador (an address holding a line feed) is arranged in the
database, as such a store would hold it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select, update

from tests.integration.test_outbox import BODY, REFUND
from tests.integration.test_sync import account_for
from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from tests.support.smtp import SmtpServer
from workstation.accounts import remove_account
from workstation.errors import InvalidInput
from workstation.outbox.compose import queue_reply
from workstation.outbox.sender import flush
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import Message, Reply, ReplyState
from workstation.sync.engine import AccountSync


@pytest.fixture
def smtputf8() -> Iterator[SmtpServer]:
    server = SmtpServer(smtputf8=True).start()
    yield server
    server.stop()


def tickets_from(store: Store, dovecot: Dovecot, smtp_port: int, *senders: str, name: str = "Soporte",
                 subject: str = "Cobro duplicado") -> dict[str, int]:
    """One ticket for each sender, synced from Dovecot; by the address the store read."""
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        for sender in senders:
            imap.append("INBOX", mail(subject, sender=sender))
    AccountSync(store, account_for(store, dovecot, user, smtp_port=smtp_port, name=name)).run()
    with store.read() as session:
        return dict(session.execute(select(Message.from_addr, Message.ticket_id)).all())


def reply(store: Store, ticket_id: int, **kwargs: object) -> int:
    return queue_reply(store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)], **kwargs).id  # type: ignore[arg-type]


def states(store: Store) -> dict[int, tuple[ReplyState, str | None]]:
    with store.read() as session:
        return {r.id: (r.state, r.last_error) for r in session.scalars(select(Reply))}


def test_an_internationalised_address_fails_alone_where_the_server_lacks_smtputf8(
        sqlite_store: Store, dovecot: Dovecot, smtp: SmtpServer) -> None:
    tickets = tickets_from(sqlite_store, dovecot, smtp.port, "José <jose@bücher.example>", "Ana <ana@example.org>")
    jose, ana = reply(sqlite_store, tickets["jose@bücher.example"]), reply(sqlite_store, tickets["ana@example.org"])
    summary = flush(sqlite_store)
    assert (summary.sent, summary.failed, summary.uncertain) == (1, 1, 0)
    assert [r.recipients for r in smtp.received] == [["ana@example.org"]]
    state, error = states(sqlite_store)[jose]
    assert state is ReplyState.FAILED and "SMTPUTF8" in (error or "") and "jose@bücher.example" in (error or "")
    assert states(sqlite_store)[ana][0] is ReplyState.SENT
    assert flush(sqlite_store).sent == 0  # nothing stuck, nothing resent


def test_an_internationalised_address_goes_out_with_smtputf8(sqlite_store: Store, dovecot: Dovecot,
                                                             smtputf8: SmtpServer) -> None:
    tickets = tickets_from(sqlite_store, dovecot, smtputf8.port, "José <jose@bücher.example>")
    jose = reply(sqlite_store, tickets["jose@bücher.example"])
    summary = flush(sqlite_store)
    assert (summary.sent, summary.failed, summary.errors) == (1, 0, [])
    [received] = smtputf8.received
    assert received.recipients == ["jose@bücher.example"]
    assert received.message["To"] == "jose@bücher.example"
    assert states(sqlite_store)[jose][0] is ReplyState.SENT


def test_an_address_with_a_line_feed_is_refused_before_it_is_queued(sqlite_store: Store, dovecot: Dovecot,
                                                                   smtp: SmtpServer) -> None:
    tickets = tickets_from(sqlite_store, dovecot, smtp.port, "Ana <ana@example.org>")
    with pytest.raises(InvalidInput, match="jefa@example.org"):  # not one address: refused, said why
        reply(sqlite_store, tickets["ana@example.org"], cc=["jefa@example.org\nBcc: thief@evil.example"])
    assert states(sqlite_store) == {}


def test_a_queued_reply_that_cannot_be_written_fails_alone(sqlite_store: Store, dovecot: Dovecot,
                                                           smtp: SmtpServer) -> None:
    tickets = tickets_from(sqlite_store, dovecot, smtp.port, "Ana <ana@example.org>", "Eva <eva@example.org>")
    poisoned, fine = reply(sqlite_store, tickets["ana@example.org"]), reply(sqlite_store, tickets["eva@example.org"])
    with sqlite_store.session() as session:  # as an older Mostrador could have stored it
        session.execute(update(Reply).where(Reply.id == poisoned)
                        .values(to_addrs=["ana@example.org\nBcc: thief@evil.example"]))
    summary = flush(sqlite_store)
    assert (summary.sent, summary.failed, summary.uncertain) == (1, 1, 0)
    assert [r.recipients for r in smtp.received] == [["eva@example.org"]]
    state, error = states(sqlite_store)[poisoned]
    assert state is ReplyState.FAILED and "control character" in (error or "")
    assert states(sqlite_store)[fine][0] is ReplyState.SENT
    again = flush(sqlite_store)
    assert (again.sent, again.failed, again.errors) == (0, 0, [])


def test_a_temporary_refusal_of_one_recipient_defers_that_reply_only(sqlite_store: Store, dovecot: Dovecot,
                                                                     smtp: SmtpServer) -> None:
    tickets = tickets_from(sqlite_store, dovecot, smtp.port, "Ana <ana@example.org>", "Eva <eva@example.org>",
                           "Luz <luz@example.org>")
    smtp.recorder.rcpt_answers["ana@example.org"] = "450 4.2.0 Greylisted, try again later"
    ana, eva, luz = (reply(sqlite_store, tickets[f"{who}@example.org"]) for who in ("ana", "eva", "luz"))
    summary = flush(sqlite_store)
    assert (summary.sent, summary.retrying) == (2, 1)
    assert sorted(r.recipients[0] for r in smtp.received) == ["eva@example.org", "luz@example.org"]
    found = states(sqlite_store)
    assert found[ana][0] is ReplyState.QUEUED and "Greylisted" in (found[ana][1] or "")
    assert found[eva][0] is found[luz][0] is ReplyState.SENT
    assert not any("connection was lost" in error for error in summary.errors)


def test_a_reply_whose_inbox_was_removed_fails_and_the_rest_go(sqlite_store: Store, dovecot: Dovecot,
                                                               smtp: SmtpServer) -> None:
    gone = tickets_from(sqlite_store, dovecot, smtp.port, "Ana <ana@example.org>", name="Antigua")
    kept = tickets_from(sqlite_store, dovecot, smtp.port, "Eva <eva@example.org>", name="Soporte")
    orphan, fine = reply(sqlite_store, gone["ana@example.org"]), reply(sqlite_store, kept["eva@example.org"])
    remove_account(sqlite_store, "Antigua")
    summary = flush(sqlite_store)
    assert (summary.sent, summary.failed) == (1, 1)
    assert [r.recipients for r in smtp.received] == [["eva@example.org"]]
    state, error = states(sqlite_store)[orphan]
    assert state is ReplyState.FAILED and "inbox" in (error or "")
    assert states(sqlite_store)[fine][0] is ReplyState.SENT


def test_a_control_character_in_the_customers_subject_never_reaches_the_wire(sqlite_store: Store,
                                                                              dovecot: Dovecot,
                                                                              smtp: SmtpServer) -> None:
    tickets = tickets_from(sqlite_store, dovecot, smtp.port, "Ana <ana@example.org>",
                           subject="=?utf-8?q?Pedido=0077=0D=0ABcc:_thief=40evil.example?=")
    reply(sqlite_store, tickets["ana@example.org"])
    assert flush(sqlite_store).sent == 1
    [received] = smtp.received
    head = received.data.split(b"\r\n\r\n", 1)[0]
    assert b"\x00" not in head
    assert received.message["Subject"] == "Re: Pedido 77 Bcc: thief@evil.example"  # one line, no header of its own
    assert received.recipients == ["ana@example.org"] and received.message["Bcc"] is None
