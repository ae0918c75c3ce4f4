"""Small JSON-over-HTTPS calls to an identity provider, with a timeout and a sentence for each failure.

Plain http is refused except to this computer (the tests' own authorization server listens on loopback).
"""

from __future__ import annotations

import json
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from workstation.mail.endpoints import is_loopback
from workstation.oauth.errors import OAuthError

TIMEOUT = 20.0


class ProviderRefused(OAuthError):
    """The provider answered with an OAuth error (``error`` holds its code, such as ``invalid_grant``)."""

    def __init__(self, message: str, *, error: str, hint: str | None = None, code: str | None = None,
                 params: dict[str, str] | None = None) -> None:
        super().__init__(message, hint=hint, code=code, params=params)
        self.error = error


def check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return url
    raise OAuthError(f"{url} is not an https address, so Mostrador will not send a sign-in through it.",
                     code="oauth_not_https", params={"url": url})


def _call(request: urllib.request.Request) -> dict[str, Any]:
    host = urllib.parse.urlsplit(request.full_url).netloc
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT, context=ssl.create_default_context()) as response:
            body = response.read(1_000_000)
    except urllib.error.HTTPError as exc:
        body = exc.read(100_000)
        try:
            data = json.loads(body)
        except ValueError:
            data = {}
        if isinstance(data, dict) and isinstance(data.get("error"), str):
            described = data.get("error_description") or data["error"]
            raise ProviderRefused(f"The sign-in server {host} refused: {described} ({data['error']}).",
                                  error=data["error"], code="oauth_refused",
                                  params={"host": host, "answer": str(described), "error": data["error"]}) from exc
        raise OAuthError(f"The sign-in server {host} answered HTTP {exc.code} ({exc.reason}).", code="oauth_http",
                         params={"host": host, "status": str(exc.code), "reason": str(exc.reason)}) from exc
    except ssl.SSLCertVerificationError as exc:
        raise OAuthError(f"The certificate of the sign-in server {host} is not trusted ({exc.verify_message}).",
                         code="oauth_certificate_untrusted",
                         params={"host": host, "reason": str(exc.verify_message)}) from exc
    except (TimeoutError, socket.timeout) as exc:
        raise OAuthError(f"The sign-in server {host} did not answer within {TIMEOUT:.0f} s.", code="oauth_no_answer",
                         params={"host": host, "seconds": f"{TIMEOUT:.0f}"}) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise OAuthError(f"Cannot reach the sign-in server {host} ({reason}).", code="oauth_unreachable",
                         params={"host": host, "reason": str(reason)}) from exc
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise OAuthError(f"The sign-in server {host} answered something that is not JSON.", code="oauth_not_json",
                         params={"host": host}) from exc
    if not isinstance(data, dict):
        raise OAuthError(f"The sign-in server {host} answered something that is not a JSON object.",
                         code="oauth_not_json", params={"host": host})
    return data


def get_json(url: str) -> dict[str, Any]:
    return _call(urllib.request.Request(check_url(url), headers={"Accept": "application/json"}))


def post_form(url: str, fields: dict[str, str]) -> dict[str, Any]:
    body = urllib.parse.urlencode(fields).encode()
    return _call(urllib.request.Request(check_url(url), data=body, method="POST", headers={
        "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"}))
