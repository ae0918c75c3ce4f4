"""A real SMTP server on loopback (aiosmtpd) that records what it accepts.

``answers`` lets a test script the server's replies to DATA, one per
message ("451 4.3.0 Try again later", "554 5.7.1 Rejected"); after them it
accepts with 250. ``on_accept`` runs when a message is accepted, before the
250 goes back (the kill test uses it).
"""

from __future__ import annotations

import email
import logging
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from email.policy import default
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.support.servers import free_port

# aiosmtpd 1.4 logs a deprecation of its own on every successful login.
logging.getLogger("mail.log").setLevel(logging.ERROR)


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> Message:
        return email.message_from_bytes(self.data, policy=default)


@dataclass
class Recorder:
    received: list[Received] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    on_accept: Callable[[], None] | None = None
    #: The answer to RCPT TO for some recipients ("450 4.2.0 Greylisted"); others are accepted.
    rcpt_answers: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,  # noqa: N802
                          rcpt_options: list[str]) -> str:
        answer = self.rcpt_answers.get(address)
        if answer is not None:
            return answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        with self.lock:
            if self.answers:
                return self.answers.pop(0)
            self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos),
                                          bytes(envelope.original_content or envelope.content or b"")))
        if self.on_accept is not None:
            self.on_accept()
        return "250 2.0.0 Ok: queued"


def password_check(password: str) -> Callable[..., AuthResult]:
    """A submission server's login: any user name of the test mailboxes, their one password."""

    def check(server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: object) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.password == password.encode()
        return AuthResult(success=ok, handled=False)

    return check


@dataclass
class OAuthRecorder(Recorder):
    """A :class:`Recorder` that also takes AUTH XOAUTH2: the bearer token is checked at the tests'
    authorization server (``user_of``, its introspection), and must belong to the user it names.
    A refused token gets Google's answer: a 334 with a JSON reason, the client's empty line, then 535."""

    user_of: Callable[[str], str | None] | None = None
    logins: list[str] = field(default_factory=list)
    mechanisms: list[str] = field(default_factory=list)

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:  # noqa: N802 - aiosmtpd's name
        return await self._bearer(server, args, "XOAUTH2")

    async def auth_OAUTHBEARER(self, server: SMTP, args: list[str]) -> AuthResult:  # noqa: N802
        return await self._bearer(server, args, "OAUTHBEARER")

    async def _bearer(self, server: SMTP, args: list[str], mechanism: str) -> AuthResult:
        if len(args) == 1:
            blob = await server.challenge_auth("")
            if blob is MISSING:
                return AuthResult(success=False)
        else:
            import base64

            blob = base64.b64decode(args[1])
        assert isinstance(blob, bytes)
        text = blob.decode()
        if mechanism == "OAUTHBEARER":  # "n,a=user,\x01host=...\x01auth=Bearer token\x01\x01"
            header, _, text = text.partition("\x01")
            user = next((p[2:] for p in header.split(",") if p.startswith("a=")), "").replace("=2C", ",") \
                .replace("=3D", "=")
        fields = dict(part.split("=", 1) for part in text.split("\x01") if "=" in part)
        if mechanism == "XOAUTH2":
            user = fields.get("user", "")
        token = fields.get("auth", "").removeprefix("Bearer ")
        assert self.user_of is not None
        if user and self.user_of(token) == user:
            self.logins.append(user)
            self.mechanisms.append(mechanism)
            return AuthResult(success=True, auth_data=user)
        await server.challenge_auth('{"status":"invalid_token","schemes":"bearer","scope":"https://mail.example/"}')
        return AuthResult(success=False, handled=False)


class SmtpServer:
    """Submission with AUTH (plain text is allowed here only because it is loopback)."""

    def __init__(self, *, tls_dir: Path | None = None, smtputf8: bool = False,
                 oauth_user_of: Callable[[str], str | None] | None = None, oauthbearer: bool = False) -> None:
        """``tls_dir`` (cert.pem and key.pem) makes it SMTPS: implicit TLS, as on port 465; ``smtputf8``
        offers SMTPUTF8 (internationalised addresses); ``oauth_user_of`` also offers XOAUTH2, tokens checked
        with it, and with ``oauthbearer`` OAUTHBEARER (RFC 7628) as well."""
        from tests.support.dovecot import PASSWORD

        self.recorder = OAuthRecorder(user_of=oauth_user_of) if oauth_user_of else Recorder()
        self.port = free_port()
        context = None
        if tls_dir is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(tls_dir / "cert.pem", tls_dir / "key.pem")
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port,
                                     authenticator=password_check(PASSWORD), auth_require_tls=False,
                                     decode_data=False, ready_timeout=10, ssl_context=context,
                                     enable_SMTPUTF8=smtputf8,
                                     auth_exclude_mechanism=[] if oauthbearer else ["OAUTHBEARER"])

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.recorder.received

    def message_ids(self) -> list[str]:
        return [r.message["Message-ID"] for r in self.received]


class AnswerThenCut:
    """A proxy in front of the SMTP server that forwards the whole message, final dot included, and then
    cuts the connection before the server's answer reaches the client: delivery uncertain."""

    def __init__(self, target_port: int) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.target_port = target_port
        self.cut = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        try:
            client, _ = self._listener.accept()
        except OSError:
            return
        server = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
        in_data = threading.Event()

        def upstream() -> None:
            tail = b""
            try:
                while data := client.recv(65536):
                    tail = (tail + data)[-5:]
                    last = in_data.is_set() and tail.endswith(b"\r\n.\r\n")
                    if last:
                        self.cut.set()  # before the server can answer
                    server.sendall(data)
                    if last:
                        return
            except OSError:
                return

        def downstream() -> None:
            try:
                while data := server.recv(65536):
                    if self.cut.is_set():
                        return
                    if data.startswith(b"354"):
                        in_data.set()
                    client.sendall(data)
            except OSError:
                return

        up = threading.Thread(target=upstream, daemon=True)
        down = threading.Thread(target=downstream, daemon=True)
        up.start()
        down.start()
        up.join(20)
        # The whole message reached the server; let it answer, then drop both sides unheard.
        self.cut.wait(20)
        for sock in (client, server):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        down.join(5)
        for sock in (client, server):
            sock.close()

    def close(self) -> None:
        self._listener.close()
