"""The interactive sign-in (RFC 8252): the system browser, a loopback redirect, PKCE S256.

Only a person's action calls :func:`sign_in` (the account dialog, ``account add``, ``account sign-in``);
the sync and send workers refresh tokens and, when that fails, ask for a sign-in; they never come here.
"""

from __future__ import annotations

import base64
import hashlib
import html
import secrets
import threading
import time
import urllib.parse
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from workstation.oauth.errors import OAuthError, SignInCancelled, SignInRejected
from workstation.oauth.http import post_form
from workstation.oauth.providers import Endpoints

TIMEOUT = 300.0  # five minutes for a person to sign in


@dataclass(frozen=True)
class Tokens:
    access_token: str
    refresh_token: str | None
    expires_at: float  # time.time()
    obtained_at: float = 0.0


def pkce_pair() -> tuple[str, str]:
    """(verifier, S256 challenge), RFC 7636 4.1-4.2."""
    verifier = base64.urlsafe_b64encode(secrets.token_bytes(48)).rstrip(b"=").decode()
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def tokens_from(answer: dict[str, object], where: str) -> Tokens:
    access = answer.get("access_token")
    if not isinstance(access, str) or not access:
        raise OAuthError(f"The sign-in server {where} answered without an access token.", code="oauth_no_access_token",
                         params={"host": where})
    refresh = answer.get("refresh_token")
    try:
        lifetime = float(answer.get("expires_in", 3600))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        lifetime = 3600.0
    now = time.time()
    return Tokens(access, refresh if isinstance(refresh, str) and refresh else None, now + lifetime, now)


_PAGE = ("<!doctype html><meta charset=utf-8><title>Mostrador</title>"
         "<body style='font-family:sans-serif;margin:3em'><h2>{title}</h2><p>{text}</p></body>")


class _Catcher(BaseHTTPRequestHandler):
    server: _LoopbackServer

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        parts = urllib.parse.urlsplit(self.path)
        if parts.path not in ("", "/"):
            self.send_error(404)
            return
        query = {k: v[0] for k, v in urllib.parse.parse_qs(parts.query).items()}
        if query.get("state") != self.server.state:
            # Not our sign-in (another tab, a forged link): say so and keep waiting for ours.
            self._page(400, "This sign-in is not the one Mostrador started.", "Go back to Mostrador and try again.")
            self.server.stray += 1
            return
        self.server.answer = query
        if "error" in query:
            self._page(200, "Sign-in not finished.", "You can close this tab and go back to Mostrador.")
        else:
            self._page(200, "Signed in.", "You can close this tab and go back to Mostrador.")
        self.server.done.set()

    def _page(self, status: int, title: str, text: str) -> None:
        body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the code would land in stderr
        pass


class _LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, state: str) -> None:
        super().__init__(("127.0.0.1", 0), _Catcher)
        self.state = state
        self.answer: dict[str, str] | None = None
        self.stray = 0
        self.done = threading.Event()


def sign_in(endpoints: Endpoints, login_hint: str, *, timeout: float = TIMEOUT,
            cancelled: threading.Event | None = None,
            open_browser: Callable[[str], bool] = webbrowser.open) -> Tokens:
    """Open the provider's page in the system browser and wait for the redirect to 127.0.0.1.

    ``state`` binds the answer to this request, PKCE binds the code to this process, and an ``iss`` in the
    answer (RFC 9207) must be the issuer the account names."""
    state = secrets.token_urlsafe(24)
    verifier, challenge = pkce_pair()
    server = _LoopbackServer(state)
    # The loopback IP literal, any port, no path (RFC 8252 7.3): what Google and Microsoft match for desktop apps.
    redirect_uri = f"http://127.0.0.1:{server.server_address[1]}"
    params = {"response_type": "code", "client_id": endpoints.client_id, "redirect_uri": redirect_uri,
              "scope": " ".join(endpoints.scopes), "state": state, "code_challenge": challenge,
              "code_challenge_method": "S256", "login_hint": login_hint, **dict(endpoints.extra_authorize)}
    url = f"{endpoints.authorize_url}{'&' if '?' in endpoints.authorize_url else '?'}{urllib.parse.urlencode(params)}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True,
                              name="oauth-loopback")
    thread.start()
    try:
        if not open_browser(url):
            raise SignInCancelled("No web browser could be opened for the sign-in.",
                                  hint=f"Open this address yourself: {url}", code="oauth_no_browser",
                                  params={"url": url})
        deadline = time.monotonic() + timeout
        while not server.done.wait(0.2):
            if cancelled is not None and cancelled.is_set():
                raise SignInCancelled("The sign-in was cancelled.", code="oauth_cancelled")
            if time.monotonic() > deadline:
                raise SignInCancelled(f"Nobody finished the sign-in in the browser within {timeout / 60:.0f} "
                                      "minutes.", hint="Try again.", code="oauth_timed_out",
                                      params={"minutes": f"{timeout / 60:.0f}"})
    finally:
        server.shutdown()
        server.server_close()
    answer = server.answer or {}
    if "error" in answer:
        words = answer.get("error_description") or answer["error"]
        raise SignInCancelled(f"The sign-in was not finished: {words}.", code="oauth_not_finished",
                              params={"answer": str(words)})
    issuer = answer.get("iss")
    if issuer is not None and not endpoints.issuer_varies and issuer.rstrip("/") != endpoints.issuer.rstrip("/"):
        raise SignInRejected(f"The sign-in answer came from {issuer}, not from {endpoints.issuer}; it was refused.",
                             code="oauth_wrong_issuer", params={"issuer": str(issuer), "expected": endpoints.issuer})
    code = answer.get("code")
    if not code:
        raise SignInRejected("The sign-in answer carried no authorization code.", code="oauth_no_code")
    host = urllib.parse.urlsplit(endpoints.token_url).netloc
    fields = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
              "client_id": endpoints.client_id, "code_verifier": verifier}
    if endpoints.client_secret:
        fields["client_secret"] = endpoints.client_secret
    tokens = tokens_from(post_form(endpoints.token_url, fields), host)
    if tokens.refresh_token is None:
        raise OAuthError(f"The sign-in server {host} gave no refresh token, so Mostrador would have to ask you to "
                         "sign in every hour.", hint="Check that the client may ask for offline access.",
                         code="oauth_no_refresh_token", params={"host": host})
    return tokens


def refresh(endpoints: Endpoints, refresh_token: str) -> Tokens:
    host = urllib.parse.urlsplit(endpoints.token_url).netloc
    fields = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": endpoints.client_id}
    if endpoints.client_secret:
        fields["client_secret"] = endpoints.client_secret
    if endpoints.provider == "microsoft":
        fields["scope"] = " ".join(endpoints.scopes)
    return tokens_from(post_form(endpoints.token_url, fields), host)
