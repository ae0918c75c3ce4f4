"""Opening an IMAP connection the safe way, with errors a person can act on (the sync reads mail
through it, the outbox files sent copies through it).

TLS is verified with the system's CAs (plus an optional CA file per account).
STARTTLS that the server does not offer, or refuses, is an error: never a
fall-back to plain text. Plain text is allowed only to a loopback address.
Every socket has a timeout.
"""

from __future__ import annotations

import imaplib
import socket
import ssl

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientError, LoginError

from workstation.mail.endpoints import Endpoint, Security, is_loopback
from workstation.mail.errors import (
    AuthenticationFailed,
    CertificateRejected,
    ConnectionLost,
    HostUnreachable,
    PasswordMissing,
    PlainTextRefused,
    StartTLSRefused,
    SyncError,
)
from workstation.mail.tls import tls_context

CONNECT_TIMEOUT = 20.0
READ_TIMEOUT = 120.0

__all__ = ["AuthenticationFailed", "CertificateRejected", "ConnectionLost", "HostUnreachable", "PasswordMissing",
           "PlainTextRefused", "StartTLSRefused", "SyncError", "connect", "connect_for_sync", "log_out"]


def connect(endpoint: Endpoint, password: str, *, timeout: float = READ_TIMEOUT) -> IMAPClient:
    """A logged-in IMAPClient, or a typed :class:`SyncError`."""
    where = f"{endpoint.host}:{endpoint.port}"
    if endpoint.security is Security.PLAIN and not is_loopback(endpoint.host):
        raise PlainTextRefused(f"Plain (unencrypted) IMAP to {endpoint.host} is refused; use ssl or starttls.",
                               code="plain_refused", params={"host": endpoint.host})
    # Plain text (loopback only) needs no context: loading the system's CAs takes a few dozen ms.
    context = None if endpoint.security is Security.PLAIN else tls_context(endpoint.ca_file)
    try:
        client = IMAPClient(endpoint.host, port=endpoint.port, ssl=endpoint.security is Security.SSL,
                            ssl_context=context, timeout=SocketTimeout(connect=CONNECT_TIMEOUT, read=timeout))
    except ssl.SSLCertVerificationError as exc:
        raise _untrusted(where, exc) from exc
    except ssl.SSLError as exc:
        raise CertificateRejected(f"The TLS handshake with {where} failed ({exc.reason}).", code="tls_failed",
                                  params={"where": where, "reason": str(exc.reason)}) from exc
    except socket.gaierror as exc:
        raise HostUnreachable(f"The mail server name {endpoint.host} is unknown ({exc.strerror}).",
                              code="host_unknown", params={"host": endpoint.host}) from exc
    except (TimeoutError, socket.timeout) as exc:
        raise HostUnreachable(f"The mail server {where} did not answer within {CONNECT_TIMEOUT:.0f} s.",
                              code="no_answer", params={"where": where, "seconds": f"{CONNECT_TIMEOUT:.0f}"}) from exc
    except OSError as exc:
        raise HostUnreachable(f"Cannot connect to the mail server {where}: {exc.strerror or exc}.",
                              code="cannot_connect", params={"where": where, "reason": str(exc.strerror or exc)}) from exc
    try:
        if endpoint.security is Security.STARTTLS:
            if not client.has_capability("STARTTLS"):
                raise StartTLSRefused(f"The server {where} does not offer STARTTLS; Mostrador will not continue "
                                      "in plain text.", hint="Use ssl, or ask the provider to enable TLS.",
                                      code="starttls_missing", params={"where": where})
            try:
                client.starttls(context)
            except ssl.SSLCertVerificationError as exc:
                raise _untrusted(where, exc) from exc
            except (IMAPClientError, ssl.SSLError) as exc:
                raise StartTLSRefused(f"The server {where} refused STARTTLS ({exc}); Mostrador will not continue "
                                      "in plain text.", code="starttls_refused", params={"where": where}) from exc
        if endpoint.auth == "oauth2":
            _oauth_login(client, endpoint, password, where)
        else:
            try:
                client.login(endpoint.username, password)
            except LoginError as exc:
                raise AuthenticationFailed(f"The server {where} refused the user name or password for "
                                           f"{endpoint.username}.", hint="Check them and try again.",
                                           code="login_refused",
                                           params={"where": where, "user": endpoint.username}) from exc
    except BaseException:
        _close_quietly(client)
        raise
    client.normalise_times = False  # INTERNALDATE with its offset, not naive local time read as UTC later
    return client


def _oauth_login(client: IMAPClient, endpoint: Endpoint, access_token: str, where: str) -> None:
    """SASL OAUTHBEARER (RFC 7628) where the server offers it, else XOAUTH2 (Google's, Microsoft's).

    A refused token comes back as a challenge carrying the server's JSON reason, which the client must
    answer (OAUTHBEARER: with a lone 0x01; XOAUTH2: with an empty line) before the server says NO. (imapclient's
    own oauth logins answer it with the token again, and Dovecot then waits seconds before it answers.)"""
    from workstation.oauth import sasl

    if client.has_capability("AUTH=OAUTHBEARER"):
        mechanism = "OAUTHBEARER"
        first, after_error = sasl.oauthbearer(endpoint.username, access_token, endpoint.host, endpoint.port), "\x01"
    elif client.has_capability("AUTH=XOAUTH2"):
        mechanism, first, after_error = "XOAUTH2", sasl.xoauth2(endpoint.username, access_token), ""
    else:
        raise AuthenticationFailed(f"The server {where} does not take OAuth sign-ins (no XOAUTH2 or OAUTHBEARER).",
                                   hint="Use a password for this account, or check the server.",
                                   code="oauth_unsupported", params={"where": where})
    answers = iter([first])

    def answer(_challenge: bytes) -> str:
        return next(answers, after_error)

    try:
        client._imap.authenticate(mechanism, answer)
    except imaplib.IMAP4.error as exc:
        from workstation.oauth import tokens

        tokens.forget(access_token=access_token)  # the next attempt refreshes it
        raise AuthenticationFailed(f"The server {where} refused the sign-in token for {endpoint.username}.",
                                   hint="It is renewed at the next attempt; if that fails too, sign in again.",
                                   code="token_refused", params={"where": where, "user": endpoint.username}) \
            from exc


def connect_for_sync(endpoint: Endpoint, password: str) -> IMAPClient:
    """:func:`connect`, with CONDSTORE enabled where the server offers it (HIGHESTMODSEQ on SELECT,
    CHANGEDSINCE on FETCH). ENABLE is allowed only before a folder is selected."""
    client = connect(endpoint, password)
    try:
        if client.has_capability("CONDSTORE"):
            client.enable("CONDSTORE")
    except BaseException:
        _close_quietly(client)
        raise
    return client


def log_out(client: IMAPClient) -> None:
    """LOGOUT, or, where the connection is gone already, just free the socket."""
    try:
        client.logout()
    except Exception:
        _close_quietly(client)


def _untrusted(where: str, exc: ssl.SSLCertVerificationError) -> CertificateRejected:
    return CertificateRejected(f"The certificate of {where} is not trusted ({exc.verify_message}).",
                               hint="If the server uses a private CA, give its certificate with --ca-file.",
                               code="certificate_untrusted",
                               params={"where": where, "reason": str(exc.verify_message)})


def _close_quietly(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except Exception:  # closing a broken connection: nothing more to learn
        pass
