"""Our FETCH reader against a real Dovecot: exactly what IMAPClient.fetch gives, read faster."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from workstation.sync.fetching import _read, fetch_messages, uid_sets

FULL = [b"FLAGS", b"INTERNALDATE", b"RFC822.SIZE", b"BODY.PEEK[]"]


@pytest.fixture
def arranged(dovecot: Dovecot) -> str:
    user = dovecot.new_user()
    with dovecot.client(user) as client:
        madrid = timezone(timedelta(hours=1))
        client.append("INBOX", mail("Sin leer"), msg_time=datetime(2026, 11, 2, 10, 0, tzinfo=madrid))
        client.append("INBOX", mail("Leído"), flags=[b"\\Seen", b"$Forwarded"],
                      msg_time=datetime(2026, 1, 5, tzinfo=UTC))
        client.append("INBOX", b"Subject: casi nada\r\n\r\n")
        client.append("INBOX", mail("Grande", body="x" * 300_000))
        client.append("INBOX", mail("Borrado"))
        client.select_folder("INBOX")
        client.delete_messages(client.search(["SUBJECT", "Borrado"]))
        client.expunge()
    return user


@pytest.mark.parametrize("condstore", [False, True])
@pytest.mark.parametrize("normalise", [False, True])
def test_same_answer_as_imapclient(dovecot: Dovecot, arranged: str, condstore: bool, normalise: bool) -> None:
    with dovecot.client(arranged) as client:
        client.normalise_times = normalise
        if condstore:
            client.enable("CONDSTORE")  # Dovecot then adds MODSEQ to every FETCH answer
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["ALL"]))
        assert len(uids) == 4
        asked = [*uids, max(uids) + 1]  # the expunged one: absent from both answers
        ours = fetch_messages(client, asked)
        assert ours == client.fetch(asked, FULL)
        assert [ours[uid][b"BODY[]"] for uid in uids][2] == b"Subject: casi nada\r\n\r\n"
        if not normalise:
            assert ours[uids[0]][b"INTERNALDATE"] == datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
        assert ours[uids[1]][b"FLAGS"] == (b"\\Seen", b"$Forwarded")
        assert client.search(["UNSEEN"]) == [uids[0], uids[2], uids[3]]  # fetching marked nothing as read
        assert fetch_messages(client, asked, max_set_length=3) == ours  # one command a UID or two


def test_other_untagged_answers_are_filed_as_imaplib_files_them(dovecot: Dovecot, arranged: str) -> None:
    with dovecot.client(arranged) as client, dovecot.client(arranged) as other:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["ALL"]))
        other.append("INBOX", mail("Llega durante el FETCH"))
        ours = fetch_messages(client, uids)  # Dovecot tells of the new message in the same answer
        assert sorted(ours) == uids
        assert client._imap.untagged_responses["EXISTS"][-1] == b"5"
        assert client.noop()[0].startswith(b"NOOP")  # the connection reads on from the right place


def test_a_refused_fetch_names_the_cause(dovecot: Dovecot, arranged: str) -> None:
    from imapclient.exceptions import IMAPClientError

    with dovecot.client(arranged) as client:  # no folder selected: the server answers BAD
        with pytest.raises(IMAPClientError, match="fetch failed: .*"):
            fetch_messages(client, [1])
        assert client.noop()[0].startswith(b"NOOP")


def test_uid_sets_name_exactly_the_uids_in_short_lines() -> None:
    assert uid_sets([9, 1, 2, 3, 5, 7, 8, 20, 3]) == ["1:3,5,7:9,20"]
    assert uid_sets([]) == []
    rnd = random.Random(5)
    for _ in range(300):
        uids = sorted(rnd.sample(range(1, 100_000), rnd.randint(1, 2000)))
        limit = rnd.randint(12, 9000)
        named = []
        for uid_set in uid_sets(uids, limit):
            assert len(uid_set) <= limit
            for part in uid_set.split(","):
                first, _, last = part.partition(":")
                named.extend(range(int(first), int(last or first) + 1))
        assert named == uids


@pytest.mark.parametrize("data", [
    [(b'1 (UID 1 FLAGS () INTERNALDATE "24-Nov-2026 16:18:35 +0000" RFC822.SIZE 2 BODY[] {2}', b"hi"),
     b" X-GM-LABELS ())"],  # an item after the literal
    [b'3 (FLAGS (\\Seen) UID 9)'],  # an unsolicited answer without a body
    [(b'1 (FLAGS () UID 1 INTERNALDATE "24-Nov-2026 16:18:35 +0000" RFC822.SIZE 2 BODY[] {2}', b"hi"), b")"],
    [(b'1 (UID 1 FLAGS () INTERNALDATE "24-Nov-2026 16:18:35 +0000" RFC822.SIZE 3 BODY[] {3}', b"hi"), b")"],
])
def test_other_shapes_go_to_imapclients_parser(data: list[object]) -> None:
    assert _read(data, normalise=False) is None
