"""A small OAuth 2.0 authorization server of the tests' own, on 127.0.0.1 (RFC 6749, 7636, 7662, 9207).

- ``/.well-known/openid-configuration``: its endpoints (the client reads them as for any issuer);
- ``/authorize``: signs in the ``login_hint`` user at once (no page to click) and redirects with a code,
  ``state`` and ``iss``; ``deny`` or ``answer_iss`` make it answer otherwise;
- ``/token``: the code against its PKCE S256 challenge and redirect URI; refresh tokens, rotated on every
  use when ``rotate`` (the spent one is refused with ``invalid_grant`` afterwards), ``invalid_grant`` on
  demand (``revoke``), an optional delay so that two refreshes would overlap;
- ``/introspect``: RFC 7662 for Dovecot's oauth2 passdb and for aiosmtpd's XOAUTH2 handler.

Everything it did is counted in ``grants`` and ``introspections``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class _Code:
    user: str
    client_id: str
    redirect_uri: str
    challenge: str


class AuthorizationServer:
    def __init__(self, *, client_id: str = "mostrador-test") -> None:
        self.client_id = client_id
        self.client_secret: str | None = None  # when set, the token endpoint asks for it (as Google's does)
        self.access_lifetime = 3600
        self.rotate = True
        self.refresh_delay = 0.0
        self.deny = False
        self.answer_iss: str | None = None  # an issuer to put in the redirect instead of ours
        self.grants: Counter[str] = Counter()
        self.introspections = 0
        self.lock = threading.Lock()
        self._codes: dict[str, _Code] = {}
        self._refresh: dict[str, str] = {}  # live refresh token -> user
        self._access: dict[str, tuple[str, float]] = {}  # access token -> (user, expiry)
        self.refresh_token_size = 40  # bytes of randomness in a refresh token (the size-guard test grows it)
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._http.daemon_threads = True
        self.port = self._http.server_address[1]
        self.issuer = f"http://127.0.0.1:{self.port}"
        self.introspection_url = f"{self.issuer}/introspect"

    def reset(self) -> None:
        """Back to its defaults, counters at zero, every token forgotten (one test's state is not the next's)."""
        with self.lock:
            self.access_lifetime, self.rotate, self.refresh_delay, self.deny = 3600, True, 0.0, False
            self.answer_iss, self.refresh_token_size, self.introspections = None, 40, 0
            self.client_secret = None
            self.grants.clear()
            self._codes.clear()
            self._refresh.clear()
            self._access.clear()

    def start(self) -> AuthorizationServer:
        threading.Thread(target=self._http.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
        return self

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()

    # --- what a test does to it -------------------------------------------------------------------

    def revoke(self, user: str) -> None:
        """The user's sign-in is withdrawn (a password change, an admin): every token of theirs is refused."""
        with self.lock:
            self._refresh = {t: u for t, u in self._refresh.items() if u != user}
            self._access = {t: v for t, v in self._access.items() if v[0] != user}

    def expire_access_tokens(self) -> None:
        with self.lock:
            self._access = {t: (u, 0.0) for t, (u, _) in self._access.items()}

    def live_refresh_tokens(self, user: str) -> list[str]:
        with self.lock:
            return [t for t, u in self._refresh.items() if u == user]

    def user_of(self, access_token: str) -> str | None:
        """Introspection: the user of a live access token, or None."""
        with self.lock:
            self.introspections += 1
            found = self._access.get(access_token)
        if found is None or found[1] < time.time():
            return None
        return found[0]

    # --- the endpoints ---------------------------------------------------------------------------

    def _issue(self, user: str) -> dict[str, object]:
        access = "at-" + secrets.token_urlsafe(24)
        refresh = "rt-" + secrets.token_urlsafe(self.refresh_token_size)
        with self.lock:
            self._access[access] = (user, time.time() + self.access_lifetime)
            self._refresh[refresh] = user
        return {"access_token": access, "token_type": "Bearer", "expires_in": self.access_lifetime,
                "refresh_token": refresh, "scope": "openid email offline_access"}

    def _token(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        grant = form.get("grant_type", "")
        with self.lock:
            self.grants[grant] += 1
        if form.get("client_id") != self.client_id:
            return 401, {"error": "invalid_client", "error_description": "Unknown client."}
        if self.client_secret is not None and form.get("client_secret") != self.client_secret:
            return 400, {"error": "invalid_request", "error_description": "client_secret is missing."}
        if grant == "authorization_code":
            with self.lock:
                code = self._codes.pop(form.get("code", ""), None)
            if code is None or code.redirect_uri != form.get("redirect_uri"):
                return 400, {"error": "invalid_grant", "error_description": "Unknown code or redirect URI."}
            verifier = form.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if digest != code.challenge:
                return 400, {"error": "invalid_grant", "error_description": "PKCE verification failed."}
            return 200, self._issue(code.user)
        if grant == "refresh_token":
            if self.refresh_delay:
                time.sleep(self.refresh_delay)
            token = form.get("refresh_token", "")
            with self.lock:
                user = self._refresh.get(token)
                if user is not None and self.rotate:
                    del self._refresh[token]
            if user is None:
                return 400, {"error": "invalid_grant", "error_description": "The refresh token is not valid."}
            answer = self._issue(user)
            if not self.rotate:
                with self.lock:
                    del self._refresh[str(answer["refresh_token"])]
                answer.pop("refresh_token")
            return 200, answer
        return 400, {"error": "unsupported_grant_type"}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def _json(self, status: int, data: dict[str, object]) -> None:
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _form(self) -> dict[str, str]:
                length = int(self.headers.get("Content-Length") or 0)
                return {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}

            def do_GET(self) -> None:  # noqa: N802
                parts = urllib.parse.urlsplit(self.path)
                query = {k: v[0] for k, v in urllib.parse.parse_qs(parts.query).items()}
                if parts.path == "/.well-known/openid-configuration":
                    self._json(200, {"issuer": server.issuer,
                                     "authorization_endpoint": f"{server.issuer}/authorize",
                                     "token_endpoint": f"{server.issuer}/token",
                                     "introspection_endpoint": server.introspection_url,
                                     "scopes_supported": ["openid", "email", "offline_access"],
                                     "code_challenge_methods_supported": ["S256"],
                                     "authorization_response_iss_parameter_supported": True})
                elif parts.path == "/authorize":
                    self._authorize(query)
                else:
                    self._json(404, {"error": "not_found"})

            def _authorize(self, query: dict[str, str]) -> None:
                redirect = query.get("redirect_uri", "")
                host = urllib.parse.urlsplit(redirect).hostname
                if query.get("client_id") != server.client_id or host not in {"127.0.0.1", "localhost"}:
                    self._json(400, {"error": "invalid_request", "error_description": "Bad client or redirect."})
                    return
                answer = {"state": query.get("state", ""), "iss": server.answer_iss or server.issuer}
                if server.deny:
                    answer["error"] = "access_denied"
                elif query.get("code_challenge_method") != "S256" or not query.get("code_challenge"):
                    answer["error"] = "invalid_request"
                    answer["error_description"] = "PKCE S256 is required."
                else:
                    code = secrets.token_urlsafe(16)
                    with server.lock:
                        server._codes[code] = _Code(query.get("login_hint", ""), query["client_id"], redirect,
                                                    query["code_challenge"])
                    answer["code"] = code
                self.send_response(302)
                self.send_header("Location", f"{redirect}?{urllib.parse.urlencode(answer)}")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_POST(self) -> None:  # noqa: N802
                path = urllib.parse.urlsplit(self.path).path
                if path == "/token":
                    status, data = server._token(self._form())
                    self._json(status, data)
                elif path == "/introspect":
                    form = self._form()
                    token = form.get("token") or (self.headers.get("Authorization") or "").removeprefix("Bearer ")
                    user = server.user_of(token)
                    self._json(200, {"active": True, "username": user, "email": user} if user else {"active": False})
                else:
                    self._json(404, {"error": "not_found"})

        return Handler
