"""Handing a message to an SMTP server, knowing exactly how far it got.

Three outcomes matter for a reply that must go out once:

- :class:`TemporaryFailure`: the server never had the whole message (down,
  4xx, cut before the final dot). Trying again later is safe.
- :class:`PermanentFailure`: a 5xx answer. Trying again would fail again;
  the server's words are kept for the agent.
- :class:`DeliveryUncertain`: the whole message went out, and the answer
  never came back. The server may have it; sending again could double it.

TLS is verified; STARTTLS that the server does not offer is an error, never
a fall-back to plain text; plain only to loopback; every socket has a timeout.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from dataclasses import dataclass

from workstation.mail.endpoints import Security, is_loopback
from workstation.errors import MostradorError
from workstation.mail.tls import tls_context

TIMEOUT = 30.0


class SendError(MostradorError):
    """Why a message did not (certainly) go out, in one sentence. ``connection_usable``: the server refused
    this message only (a 4xx or 5xx to it), and the connection can carry the next one."""

    connection_usable = False


class TemporaryFailure(SendError):
    pass


class PermanentFailure(SendError):
    pass


class DeliveryUncertain(SendError):
    pass


class AccountProblem(TemporaryFailure):
    """Wrong password, untrusted certificate, no STARTTLS: every reply of the account waits for a fix."""


@dataclass(frozen=True)
class SmtpEndpoint:
    host: str
    port: int
    security: Security
    username: str
    ca_file: str | None = None
    auth: str = "password"  # or "oauth2": the secret is then an access token (XOAUTH2 / OAUTHBEARER)

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"


def _words(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {' '.join(text.split())}"


class SmtpSession:
    """One logged-in SMTP connection; ``send`` classifies every failure."""

    def __init__(self, endpoint: SmtpEndpoint, password: str | None, *, timeout: float = TIMEOUT) -> None:
        self.endpoint = endpoint
        where = endpoint.where
        if endpoint.security is Security.PLAIN and not is_loopback(endpoint.host):
            raise AccountProblem(f"Plain (unencrypted) SMTP to {endpoint.host} is refused; use ssl or starttls.",
                                 code="smtp_plain_refused", params={"host": endpoint.host})
        context = tls_context(endpoint.ca_file)
        try:
            if endpoint.security is Security.SSL:
                self.smtp: smtplib.SMTP = smtplib.SMTP_SSL(endpoint.host, endpoint.port, timeout=timeout,
                                                            context=context)
            else:
                self.smtp = smtplib.SMTP(endpoint.host, endpoint.port, timeout=timeout)
        except ssl.SSLCertVerificationError as exc:
            raise AccountProblem(f"The certificate of the SMTP server {where} is not trusted "
                                 f"({exc.verify_message}).", code="smtp_certificate_untrusted",
                                 params={"where": where, "reason": str(exc.verify_message)}) from exc
        except socket.gaierror as exc:
            raise TemporaryFailure(f"The SMTP server name {endpoint.host} is unknown ({exc.strerror}).",
                                   code="smtp_host_unknown",
                                   params={"host": endpoint.host, "reason": str(exc.strerror)}) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryFailure(f"Cannot connect to the SMTP server {where}: {_reason(exc)}.",
                                   code="smtp_cannot_connect", params={"where": where, "reason": _reason(exc)}) from exc
        try:
            self.smtp.ehlo()
            if endpoint.security is Security.STARTTLS:
                if not self.smtp.has_extn("starttls"):
                    raise AccountProblem(f"The SMTP server {where} does not offer STARTTLS; Mostrador will not "
                                         "send in plain text.", hint="Use ssl, or ask the provider to enable TLS.",
                                         code="smtp_starttls_missing", params={"where": where})
                try:
                    code, message = self.smtp.starttls(context=context)
                except ssl.SSLCertVerificationError as exc:
                    raise AccountProblem(f"The certificate of the SMTP server {where} is not trusted "
                                         f"({exc.verify_message}).", code="smtp_certificate_untrusted",
                                         params={"where": where, "reason": str(exc.verify_message)}) from exc
                except smtplib.SMTPResponseException as exc:
                    said = _words(exc.smtp_code, exc.smtp_error)
                    raise AccountProblem(f"The SMTP server {where} refused STARTTLS ({said}); Mostrador will not "
                                         "send in plain text.", code="smtp_starttls_refused",
                                         params={"where": where, "answer": said}) from exc
                self.smtp.ehlo()
            if self.smtp.has_extn("auth"):
                if not password:
                    raise AccountProblem(f"The SMTP server {where} asks for a password and the keyring has none.",
                                         hint="Add the account again to store it.", code="smtp_password_missing",
                                         params={"where": where})
                try:
                    if endpoint.auth == "oauth2":
                        self._oauth_login(password)
                    else:
                        self.smtp.login(endpoint.username, password)
                except smtplib.SMTPAuthenticationError as exc:
                    said = _words(exc.smtp_code, exc.smtp_error)
                    facts = {"where": where, "user": endpoint.username, "answer": said}
                    if endpoint.auth == "oauth2":
                        from workstation.oauth import tokens

                        tokens.forget(access_token=password)  # the next attempt renews it
                        raise AccountProblem(f"The SMTP server {where} refused the sign-in token for "
                                             f"{endpoint.username} ({said}).",
                                             hint="It is renewed at the next attempt; if that fails too, sign in "
                                                  "again.", code="smtp_token_refused", params=facts) from exc
                    raise AccountProblem(f"The SMTP server {where} refused the user name or password for "
                                         f"{endpoint.username} ({said}).", code="smtp_login_refused",
                                         params=facts) from exc
        except SendError:
            self.close()
            raise
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise TemporaryFailure(f"The SMTP server {where} dropped the connection while greeting "
                                   f"({_reason(exc)}).", code="smtp_dropped_greeting",
                                   params={"where": where, "reason": _reason(exc)}) from exc

    def _oauth_login(self, access_token: str) -> None:
        """AUTH OAUTHBEARER where offered, else XOAUTH2. A refused token comes back as a 334 carrying the
        server's JSON reason, answered with an empty line, then the 5xx (smtplib raises it)."""
        from workstation.oauth import sasl

        offered = (self.smtp.esmtp_features.get("auth") or "").upper().split()
        host, port, user = self.endpoint.host, self.endpoint.port, self.endpoint.username
        if "OAUTHBEARER" in offered:
            mechanism, first = "OAUTHBEARER", sasl.oauthbearer(user, access_token, host, port)
        elif "XOAUTH2" in offered:
            mechanism, first = "XOAUTH2", sasl.xoauth2(user, access_token)
        else:
            raise AccountProblem(f"The SMTP server {self.endpoint.where} does not take OAuth sign-ins (no XOAUTH2 "
                                 "or OAUTHBEARER).", hint="Use a password for this account, or check the server.",
                                 code="smtp_oauth_unsupported", params={"where": self.endpoint.where})

        def answer(challenge: bytes | None = None) -> str:
            return first if challenge is None else ""

        self.smtp.auth(mechanism, answer, initial_response_ok=True)

    def send(self, sender: str, recipients: list[str], data: bytes) -> str:
        """Hand the message over; returns the server's acceptance in its own words."""
        where = self.endpoint.where
        smtp = self.smtp
        options = []
        if not all(address.isascii() for address in [sender, *recipients]):
            if not smtp.has_extn("smtputf8"):
                international = next(a for a in [sender, *recipients] if not a.isascii())
                failure = PermanentFailure(f"The SMTP server {where} does not take internationalised addresses "
                                           f"(SMTPUTF8), so {international} cannot be reached through it.",
                                           code="smtp_no_smtputf8", params={"where": where, "address": international})
                failure.connection_usable = True
                raise failure
            options = ["SMTPUTF8", *(["BODY=8BITMIME"] if smtp.has_extn("8bitmime") else [])]
        try:
            code, message = smtp.mail(sender, options)
            if code != 250:
                raise self._refused(code, message, f"The SMTP server {where} refused the sender {sender}",
                                    {"where": where, "sender": sender},
                                    code="smtp_sender_refused", code_for_now="smtp_sender_deferred")
            refused = []
            for rcpt in recipients:
                code, message = smtp.rcpt(rcpt)
                if code not in (250, 251):
                    refused.append((rcpt, code, message))
            if refused:
                rcpt, code, message = refused[0]
                raise self._refused(code, message, f"The SMTP server {where} refused the recipient {rcpt}",
                                    {"where": where, "recipient": rcpt},
                                    code="smtp_recipient_refused", code_for_now="smtp_recipient_deferred")
            code, message = smtp.docmd("data")
            if code != 354:
                raise self._refused(code, message, f"The SMTP server {where} refused the message", {"where": where},
                                    code="smtp_message_refused", code_for_now="smtp_message_deferred")
        except SendError:
            raise
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryFailure(f"The connection to the SMTP server {where} was lost before the message was "
                                   f"sent ({_reason(exc)}).", code="smtp_lost_before_data",
                                   params={"where": where, "reason": _reason(exc)}) from exc
        payload = re.sub(rb"(?m)^\.", b"..", data)
        if not payload.endswith(b"\r\n"):
            payload += b"\r\n"
        try:
            smtp.send(payload + b".\r\n")
        except (OSError, smtplib.SMTPException) as exc:
            # The final dot did not leave: the server drops an unfinished message.
            raise TemporaryFailure(f"The connection to the SMTP server {where} was lost while sending "
                                   f"({_reason(exc)}).", code="smtp_lost_while_sending",
                                   params={"where": where, "reason": _reason(exc)}) from exc
        try:
            code, message = smtp.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryUncertain(f"The connection to the SMTP server {where} was lost after the whole message "
                                    f"was handed over ({_reason(exc)}); the server may have sent it.",
                                    code="smtp_lost_after_data", params={"where": where, "reason": _reason(exc)}) \
                from exc
        if code != 250:
            raise self._refused(code, message, f"The SMTP server {where} refused the message", {"where": where},
                                code="smtp_message_refused", code_for_now="smtp_message_deferred", reset=False)
        return _words(code, message)

    def _refused(self, status: int, message: bytes | str, what: str, facts: dict[str, str], *, code: str,
                 code_for_now: str, reset: bool = True) -> SendError:
        """The server refused this message (``status``, its words ``message``): the session is reset (RSET)
        for the next one, which it does not concern. After the final dot the server has already ended the
        transaction. ``code`` names a 5xx refusal, ``code_for_now`` a 4xx one (tried again later); ``facts``
        name the server and what it refused, beside the server's ``answer``."""
        refusal = _refusal(status, message, what, facts, code, code_for_now)
        try:
            if reset:
                self.smtp.rset()
            refusal.connection_usable = True
        except (OSError, smtplib.SMTPException):
            pass
        return refusal

    def close(self) -> None:
        try:
            self.smtp.quit()
        except (OSError, smtplib.SMTPException):
            self.smtp.close()


def _refusal(status: int, message: bytes | str, what: str, facts: dict[str, str], code: str,
             code_for_now: str) -> SendError:
    words = _words(status, message)
    facts = {**facts, "answer": words}
    if 500 <= status < 600:
        return PermanentFailure(f"{what}: “{words}”.", code=code, params=facts)
    return TemporaryFailure(f"{what} for now: “{words}”; it will be tried again.", code=code_for_now, params=facts)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return _words(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
