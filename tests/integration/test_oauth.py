"""OAuth 2.0 sign-in, end to end and offline: the tests' own authorization server on loopback, Dovecot with
its oauth2 passdb checking tokens there (XOAUTH2, OAUTHBEARER), aiosmtpd with an XOAUTH2 handler, and the
system browser replaced (through the BROWSER variable Python's webbrowser reads) by a client that follows the
redirects as a signed-in person's browser does."""

from __future__ import annotations

import threading
from dataclasses import replace
import time
from datetime import UTC, datetime, timedelta
import webbrowser
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.support import browser
from tests.support.dovecot import Dovecot
from tests.support.mail import mail
from tests.support.oauth_server import AuthorizationServer
from tests.support.smtp import SmtpServer
from workstation import accounts, credentials
from workstation.accounts import AccountSpec, add_account
from workstation.mail.endpoints import Security
from workstation.oauth import tokens
from workstation.oauth.errors import OAuthError, SecretTooLarge, SignInCancelled, SignInRejected
from workstation.outbox.compose import queue_reply
from workstation.outbox.sender import flush
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import Account, Reply, ReplyState, Ticket
from workstation.mail.imap import AuthenticationFailed
from workstation.sync.engine import AccountSync

REFUND = {"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"}
BODY = ("Hola, Ana: tiene razón, le cobramos dos veces. Hoy le reembolsamos 45,90 € a su tarjeta; "
        "lo verá antes del 1 de diciembre.")


@pytest.fixture
def auth(authorization_server: AuthorizationServer) -> Iterator[AuthorizationServer]:
    authorization_server.reset()
    tokens.forget()
    tokens.refresh_count.clear()
    yield authorization_server
    tokens.forget()


@pytest.fixture
def browser_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The BROWSER variable points at the tests' browser; each address it opened is a line of the log."""
    log = tmp_path / "browser.log"
    monkeypatch.setenv("BROWSER", str(browser.install(tmp_path)))
    monkeypatch.setenv("MOSTRADOR_TEST_BROWSER_LOG", str(log))
    monkeypatch.setattr(webbrowser, "_tryorder", None)  # webbrowser reads BROWSER again
    return log


@pytest.fixture
def oauth_smtp(auth: AuthorizationServer) -> Iterator[SmtpServer]:
    server = SmtpServer(oauth_user_of=auth.user_of).start()
    yield server
    server.stop()


def opened(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def spec_for(auth: AuthorizationServer, dovecot: Dovecot, user: str, smtp_port: int, name: str = "Soporte") \
        -> AccountSpec:
    return AccountSpec(name=name, email=user, imap_host="127.0.0.1", imap_port=dovecot.port,
                       imap_security=Security.STARTTLS, smtp_host="127.0.0.1", smtp_port=smtp_port,
                       smtp_security=Security.PLAIN, username=user, ca_file=dovecot.ca_file, auth="oauth2",
                       oauth_provider="issuer", oauth_issuer=auth.issuer, oauth_client_id=auth.client_id)


def signed_in_account(store: Store, auth: AuthorizationServer, dovecot: Dovecot, smtp_port: int,
                      name: str = "Soporte") -> tuple[str, int]:
    user = dovecot.new_user()
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Cobro duplicado", to=user, body="Me han cobrado dos veces el pedido 77."))
    spec = spec_for(auth, dovecot, user, smtp_port, name)
    account = add_account(store, spec, tokens=accounts.sign_in(spec))
    return user, account.id


def ticket_subjects(store: Store) -> list[str]:
    with store.read() as session:
        return sorted(session.scalars(select(Ticket.subject)))


def account_row(store: Store, name: str = "Soporte") -> Account:
    with store.read() as session:
        account = session.scalar(select(Account).where(Account.name == name))
        assert account is not None
        session.expunge(account)
        return account


@pytest.mark.dovecot
def test_first_sign_in_then_sync_and_send(sqlite_store: Store, auth: AuthorizationServer, oauth_dovecot: Dovecot,
                                          oauth_smtp: SmtpServer, browser_log: Path,
                                          test_keyring: object) -> None:
    user, account_id = signed_in_account(sqlite_store, auth, oauth_dovecot, oauth_smtp.port)

    [url] = opened(browser_log)  # the browser was opened once, on the authorization server, with PKCE S256
    assert url.startswith(f"{auth.issuer}/authorize?") and "code_challenge_method=S256" in url
    assert auth.grants == {"authorization_code": 1}
    # Only the refresh token is kept, in the keyring, one entry for the account; nothing else was stored.
    assert test_keyring.secrets == {("mostrador", f"account-{account_id}-oauth"):  # type: ignore[attr-defined]
                                    auth.live_refresh_tokens(user)[0]}

    AccountSync(sqlite_store, "Soporte").run()
    assert ticket_subjects(sqlite_store) == ["Cobro duplicado"]
    assert auth.introspections >= 1  # Dovecot checked the token at the authorization server

    with sqlite_store.read() as session:
        ticket_id = session.scalars(select(Ticket.id)).one()
    queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
    summary = flush(sqlite_store)
    assert summary.sent == 1, summary.errors
    assert oauth_smtp.recorder.mechanisms == ["XOAUTH2"]  # the only one this server offers
    assert oauth_smtp.recorder.logins == [user]
    assert oauth_smtp.received[0].recipients == ["ana@example.org"]
    assert auth.grants == {"authorization_code": 1}  # the access token of the sign-in served both
    assert opened(browser_log) == [url]  # neither worker opened the browser


@pytest.mark.dovecot
def test_oauthbearer_where_the_server_offers_it(sqlite_store: Store, auth: AuthorizationServer,
                                                oauth_dovecot: Dovecot, browser_log: Path) -> None:
    smtp = SmtpServer(oauth_user_of=auth.user_of, oauthbearer=True).start()
    try:
        user, _ = signed_in_account(sqlite_store, auth, oauth_dovecot, smtp.port)
        check = accounts.test_account(sqlite_store, "Soporte")
        assert check.ok, check.sentences()
        assert smtp.recorder.mechanisms == ["OAUTHBEARER"]  # preferred over XOAUTH2 when both are offered
    finally:
        smtp.stop()
    # Dovecot offers both too: its log names the mechanism our IMAP login used.
    log = (oauth_dovecot.base / "log" / "dovecot.log").read_text()
    assert f"Login: user=<{user}>, method=OAUTHBEARER" in log


@pytest.mark.dovecot
def test_expiry_during_a_long_sync_refreshes_and_saves_the_rotated_token(
        sqlite_store: Store, auth: AuthorizationServer, oauth_dovecot: Dovecot, oauth_smtp: SmtpServer,
        browser_log: Path) -> None:
    auth.access_lifetime = 2
    user, account_id = signed_in_account(sqlite_store, auth, oauth_dovecot, oauth_smtp.port)
    first_refresh = tokens.load_refresh_token(account_id)
    engine = AccountSync(sqlite_store, "Soporte")
    engine.run(keep_open=True)  # watching: the connection stays open past the token's life
    time.sleep(2.2)
    with oauth_dovecot.client(user) as imap:
        imap.append("INBOX", mail("Sigo sin el reembolso", to=user))
    engine.run(keep_open=True)  # the open connection needs no new token
    assert auth.grants["refresh_token"] == 0
    engine.close()  # the connection drops (a network change): the next pass logs in again
    engine.run()
    assert ticket_subjects(sqlite_store) == ["Cobro duplicado", "Sigo sin el reembolso"]
    assert auth.grants["refresh_token"] == 1
    # The server rotated the refresh token: the keyring holds the new one, the spent one is refused.
    saved = tokens.load_refresh_token(account_id)
    assert saved != first_refresh and auth.live_refresh_tokens(user) == [saved]
    assert len(opened(browser_log)) == 1


@pytest.mark.dovecot
def test_revoked_sign_in_asks_once_and_one_sign_in_mends_it(
        sqlite_store: Store, auth: AuthorizationServer, oauth_dovecot: Dovecot, oauth_smtp: SmtpServer,
        browser_log: Path) -> None:
    user, account_id = signed_in_account(sqlite_store, auth, oauth_dovecot, oauth_smtp.port)
    AccountSync(sqlite_store, "Soporte").run()
    with sqlite_store.read() as session:
        ticket_id = session.scalars(select(Ticket.id)).one()
    reply = queue_reply(sqlite_store, ticket_id, BODY, [ActionSpec.from_dict(REFUND)])
    auth.revoke(user)  # a password change at the provider: every token of theirs is refused
    tokens.forget()  # a new process: no access token in memory

    with pytest.raises(credentials.SignInNeeded, match="no longer accepted"):
        AccountSync(sqlite_store, "Soporte").run()
    assert auth.grants["refresh_token"] == 1
    row = account_row(sqlite_store)
    assert row.sign_in_needed and "no longer accepted" in (row.last_error or "")
    assert [a["state"] for a in accounts.list_accounts(sqlite_store)] == ["sign in again"]

    # Until someone signs in, nothing asks the provider again, and the reply waits queued.
    with pytest.raises(credentials.SignInNeeded, match="must be signed in again"):
        AccountSync(sqlite_store, "Soporte").run()
    summary = flush(sqlite_store)
    assert summary.sent == 0 and "signed in again" in summary.errors[0]
    with sqlite_store.read() as session:
        assert session.get(Reply, reply.id).state is ReplyState.QUEUED  # type: ignore[union-attr]
    assert auth.grants["refresh_token"] == 1 and oauth_smtp.received == []
    assert len(opened(browser_log)) == 1  # no worker opened the browser

    changes = accounts.sign_in_again(sqlite_store, "Soporte")
    assert "Soporte" in changes.accounts
    assert len(opened(browser_log)) == 2
    assert not account_row(sqlite_store).sign_in_needed
    with oauth_dovecot.client(user) as imap:
        imap.append("INBOX", mail("Otra cosa", to=user))
    AccountSync(sqlite_store, "Soporte").run()
    assert "Otra cosa" in ticket_subjects(sqlite_store)
    # The reply waited for a retry time: it goes at the next flush after it.
    assert flush(sqlite_store, now=lambda: datetime.now(UTC) + timedelta(hours=2)).sent == 1
    assert len(oauth_smtp.received) == 1
    assert [a["state"] for a in accounts.list_accounts(sqlite_store)] == ["ok"]


@pytest.mark.dovecot
def test_a_refused_token_is_renewed_at_the_next_attempt(
        sqlite_store: Store, auth: AuthorizationServer, oauth_dovecot: Dovecot, oauth_smtp: SmtpServer,
        browser_log: Path) -> None:
    user, account_id = signed_in_account(sqlite_store, auth, oauth_dovecot, oauth_smtp.port)
    auth.expire_access_tokens()  # the server stops taking the access token before its announced expiry

    with pytest.raises(AuthenticationFailed, match="refused the sign-in token"):
        AccountSync(sqlite_store, "Soporte").run()
    assert "refused the sign-in token" in (account_row(sqlite_store).last_error or "")
    assert not account_row(sqlite_store).sign_in_needed  # the refresh token is still good
    AccountSync(sqlite_store, "Soporte").run()
    assert ticket_subjects(sqlite_store) == ["Cobro duplicado"]
    assert auth.grants["refresh_token"] == 1
    assert len(opened(browser_log)) == 1


@pytest.mark.dovecot
def test_two_workers_refreshing_at_once_send_one_request(
        sqlite_store: Store, auth: AuthorizationServer, oauth_dovecot: Dovecot, oauth_smtp: SmtpServer,
        browser_log: Path) -> None:
    user, account_id = signed_in_account(sqlite_store, auth, oauth_dovecot, oauth_smtp.port)
    tokens.forget()
    auth.refresh_delay = 0.5  # both are waiting while the first refresh is under way
    got: list[str] = []
    barrier = threading.Barrier(2)

    def worker() -> None:
        barrier.wait()
        got.append(credentials.secret(sqlite_store, account_id) or "")

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert auth.grants["refresh_token"] == 1
    assert len(got) == 2 and got[0] == got[1] and auth.user_of(got[0]) == user


@pytest.mark.dovecot
def test_a_client_secret_goes_with_every_token_request_and_stays_in_the_keyring(
        sqlite_store: Store, auth: AuthorizationServer, oauth_dovecot: Dovecot, oauth_smtp: SmtpServer,
        browser_log: Path, test_keyring: object) -> None:
    auth.client_secret = "GOCSPX-desktop-client"  # as Google's token endpoint asks of desktop clients
    user = oauth_dovecot.new_user()
    spec = spec_for(auth, oauth_dovecot, user, oauth_smtp.port)
    with pytest.raises(OAuthError, match="client_secret is missing"):
        accounts.sign_in(spec)
    spec = replace(spec, oauth_client_secret="GOCSPX-desktop-client")
    account = add_account(sqlite_store, spec, tokens=accounts.sign_in(spec))
    assert test_keyring.secrets[("mostrador", f"account-{account.id}-oauth-client")] == "GOCSPX-desktop-client"  # type: ignore[attr-defined]
    tokens.forget()
    AccountSync(sqlite_store, "Soporte").run()  # the refresh carried it too
    assert auth.grants == {"authorization_code": 2, "refresh_token": 1}
    accounts.remove(sqlite_store, "Soporte")
    assert test_keyring.secrets == {}  # type: ignore[attr-defined]


def test_sign_in_refuses_a_wrong_issuer_and_a_refusal(sqlite_store: Store, auth: AuthorizationServer,
                                                       browser_log: Path) -> None:
    spec = AccountSpec(name="X", email="ana@example.com", imap_host="127.0.0.1", imap_port=1,
                       imap_security=Security.PLAIN, smtp_host="127.0.0.1", smtp_port=1,
                       smtp_security=Security.PLAIN, username="ana@example.com", auth="oauth2",
                       oauth_provider="issuer", oauth_issuer=auth.issuer, oauth_client_id=auth.client_id)
    auth.answer_iss = "http://127.0.0.1:1"  # a mix-up: the answer names another issuer (RFC 9207)
    with pytest.raises(SignInRejected, match="not from"):
        accounts.sign_in(spec)
    auth.answer_iss, auth.deny = None, True
    with pytest.raises(SignInCancelled, match="access_denied"):
        accounts.sign_in(spec)
    assert auth.grants["authorization_code"] == 0  # no code was spent on either
    assert len(opened(browser_log)) == 2


def test_secret_size_guard(auth: AuthorizationServer, browser_log: Path, sqlite_store: Store,
                           test_keyring: object) -> None:
    # A token longer than 1,280 characters does not fit Windows' 2,560 bytes as UTF-16: it is packed, and
    # read back the same.
    long_token = "rt-" + "x" * 2000
    packed = tokens.pack(long_token)
    assert len(packed.encode("utf-16-le")) <= tokens.MAX_SECRET_BYTES < len(long_token.encode("utf-16-le"))
    tokens.save_refresh_token(7, long_token)
    assert tokens.load_refresh_token(7) == long_token
    # One that does not fit even packed is refused, and the entry keeps the token it had.
    with pytest.raises(SecretTooLarge, match="5,003 characters"):
        tokens.save_refresh_token(7, "rt-" + "y" * 5000)
    assert tokens.load_refresh_token(7) == long_token

    # Through the whole sign-in: a provider sending such a token leaves no account behind.
    auth.refresh_token_size = 4000
    spec = AccountSpec(name="Grande", email="ana@example.com", imap_host="127.0.0.1", imap_port=1,
                       imap_security=Security.PLAIN, smtp_host="127.0.0.1", smtp_port=1,
                       smtp_security=Security.PLAIN, username="ana@example.com", auth="oauth2",
                       oauth_provider="issuer", oauth_issuer=auth.issuer, oauth_client_id=auth.client_id)
    with pytest.raises(SecretTooLarge):
        add_account(sqlite_store, spec, tokens=accounts.sign_in(spec))
    assert accounts.list_accounts(sqlite_store) == []
    assert ("mostrador", "account-1-oauth") not in test_keyring.secrets  # type: ignore[attr-defined]
