"""A connection opened ahead of the engine, against a real Dovecot: taken when it fits, never a second
login when it does not work."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from imapclient import IMAPClient
from sqlalchemy import func, select, update

from tests.integration.test_sync import account_for
from tests.support.dovecot import PASSWORD, Dovecot
from tests.support.mail import mail
from tests.support.proxy import CuttingProxy
from workstation.mail.endpoints import Security
from workstation.store.db import Store
from workstation.store.models import Account, Message
from workstation.sync import head_start as head_start_module
from workstation.mail.imap import AuthenticationFailed
from workstation.sync.engine import AccountSync
from workstation.sync.head_start import HeadStart


@pytest.fixture
def mailbox(dovecot: Dovecot) -> str:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        for i in range(3):
            imap.append("INBOX", mail(f"Pedido {i} sin llegar", f"C{i} <c{i}@example.org>"))
    return user


@pytest.fixture
def imap(dovecot: Dovecot, mailbox: str) -> Iterator[IMAPClient]:
    with dovecot.client(mailbox) as client:
        yield client


@pytest.fixture
def proxy(dovecot: Dovecot) -> Iterator[CuttingProxy]:
    """Counts the connections made to Dovecot (it never cuts)."""
    counting = CuttingProxy(dovecot.port)
    yield counting
    counting.close()


@pytest.fixture
def begin(sqlite_store: Store) -> Iterator[Callable[[], HeadStart]]:
    """Begins a head start for the store's accounts as the process entry point does; what nobody took is
    logged out at the end."""
    begun: list[HeadStart] = []

    def start() -> HeadStart:
        begun.append(HeadStart(sqlite_store.location))
        begun[-1].start()
        return begun[-1]

    yield start
    for head_start in begun:
        head_start.close()


def _account(store: Store, dovecot: Dovecot, user: str, proxy: CuttingProxy, password: str = PASSWORD) -> str:
    return account_for(store, dovecot, user, port=proxy.port, security=Security.PLAIN, ca=False, password=password)


def test_the_engine_takes_the_connection_opened_ahead(sqlite_store: Store, dovecot: Dovecot, mailbox: str,
                                                     proxy: CuttingProxy, imap: IMAPClient,
                                                     begin: Callable[[], HeadStart]) -> None:
    name = _account(sqlite_store, dovecot, mailbox, proxy)
    head_start = begin()
    summary = AccountSync(sqlite_store, name, head_start=head_start).run()
    assert (summary.new, summary.errors) == (3, [])
    assert proxy.connections == 1  # the engine logged in no second time
    with sqlite_store.read() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 3
    imap.append("INBOX", mail("Pedido 3 sin llegar", "C3 <c3@example.org>"))
    # The next pass connects by itself (the head start is spent) and sees what came since.
    assert AccountSync(sqlite_store, name, head_start=head_start).run().new == 1
    assert proxy.connections == 2


def test_a_wrong_password_is_tried_once(sqlite_store: Store, dovecot: Dovecot, mailbox: str,
                                        proxy: CuttingProxy, begin: Callable[[], HeadStart]) -> None:
    name = _account(sqlite_store, dovecot, mailbox, proxy, password="not-the-password")
    head_start = begin()
    with pytest.raises(AuthenticationFailed, match="refused the user name or password") as caught:
        AccountSync(sqlite_store, name, head_start=head_start).run()
    assert proxy.connections == 1
    with sqlite_store.read() as session:  # recorded as the engine's own error is
        assert session.scalar(select(Account.last_error)) == str(caught.value)


def test_an_account_changed_meanwhile_gets_a_connection_of_its_own(sqlite_store: Store, dovecot: Dovecot,
                                                                    mailbox: str, proxy: CuttingProxy,
                                                                    begin: Callable[[], HeadStart]) -> None:
    name = _account(sqlite_store, dovecot, mailbox, proxy)
    head_start = begin()
    with sqlite_store.session() as session:  # straight to Dovecot now, no longer through the proxy
        session.execute(update(Account).values(imap_port=dovecot.port))
    engine = AccountSync(sqlite_store, name, head_start=head_start)
    try:
        assert engine.run(keep_open=True).new == 3
        assert engine.client is not None and engine.client.port == dovecot.port
    finally:
        engine.close()
    assert proxy.connections == 1  # the head start's, left unused


def test_a_stale_connection_is_not_taken(sqlite_store: Store, dovecot: Dovecot, mailbox: str,
                                         proxy: CuttingProxy, begin: Callable[[], HeadStart],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(head_start_module, "FRESH_SECONDS", 0.0)
    name = _account(sqlite_store, dovecot, mailbox, proxy)
    head_start = begin()
    assert AccountSync(sqlite_store, name, head_start=head_start).run().new == 3
    assert proxy.connections == 2
