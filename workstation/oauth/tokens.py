"""Refresh tokens in the keyring, access tokens in memory, one refresh at a time per account.

- The keyring holds one entry per account: its refresh token, nothing else. Windows' credential store
  takes at most 2,560 bytes for a secret (a str is stored as UTF-16, two bytes a character); a longer
  token of plain ASCII (as tokens are) is packed two characters to one, and one that still does not fit
  is refused with a sentence, the entry left as it was, so that a token that works here works everywhere.
- Access tokens live in this process only and are refreshed two minutes (or a quarter of their life, if
  shorter) before they expire.
- At most one refresh per account at a time: a lock per account in this process (the sync and the send
  worker share the token the first one fetched) and a lock file per account in the data folder between
  processes (the window and a script), under which the refresh token is read again, so that a token the
  provider rotated is never used twice.
- ``invalid_grant`` means the provider will not take the refresh token again: :class:`SignInRequired`.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from workstation import secrets
from workstation.oauth import flow
from workstation.oauth.errors import SecretTooLarge, SignInRequired
from workstation.oauth.http import ProviderRefused
from workstation.oauth.providers import Endpoints

KIND = "oauth"  # the keyring entry: account-<id>-oauth
CLIENT_SECRET_KIND = "oauth-client"  # a Google desktop client's secret, when the account has one
MAX_SECRET_BYTES = 2560  # CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512), the Windows limit
_PACKED = "\x01"  # first character of a packed token

_cache: dict[int, flow.Tokens] = {}
_guard = threading.Lock()
_locks: dict[int, threading.Lock] = {}
#: How many refresh requests this process sent, per account (the tests read it; so may a status line).
refresh_count: dict[int, int] = {}


def _stored_size(text: str) -> int:
    return len(text.encode("utf-16-le"))


def pack(token: str) -> str:
    """What goes into the keyring for a refresh token; :class:`SecretTooLarge` when nothing fits."""
    if _stored_size(token) <= MAX_SECRET_BYTES and not token.startswith(_PACKED):
        return token
    if token.isascii() and "\x00" not in token:
        padded = token if len(token) % 2 == 0 else token + "\x00"
        packed = _PACKED + "".join(chr(ord(padded[i]) << 8 | ord(padded[i + 1])) for i in range(0, len(padded), 2))
        if _stored_size(packed) <= MAX_SECRET_BYTES:
            return packed
    raise SecretTooLarge(f"The sign-in server gave a refresh token of {len(token):,} characters, more than a "
                         f"keyring entry holds on every system ({MAX_SECRET_BYTES:,} bytes on Windows); it was "
                         "not stored.", hint="Ask your identity provider's administrator about token size.",
                         code="oauth_token_too_large",
                         params={"length": str(len(token)), "limit": str(MAX_SECRET_BYTES)})


def unpack(stored: str) -> str:
    if not stored.startswith(_PACKED):
        return stored
    chars = []
    for unit in stored[1:]:
        chars.append(chr(ord(unit) >> 8))
        chars.append(chr(ord(unit) & 0xFF))
    return "".join(chars).rstrip("\x00")


def save_refresh_token(account_id: int, token: str) -> None:
    secrets.store_password(account_id, pack(token), kind=KIND)


def load_refresh_token(account_id: int) -> str | None:
    stored = secrets.get_password(account_id, kind=KIND)
    return unpack(stored) if stored else None


def forget(account_id: int | None = None, access_token: str | None = None) -> None:
    """Drop cached access tokens: one account's, the one a server refused, or all."""
    with _guard:
        if account_id is not None:
            _cache.pop(account_id, None)
        elif access_token is not None:
            for key, tokens in list(_cache.items()):
                if tokens.access_token == access_token:
                    del _cache[key]
        else:
            _cache.clear()


def remember(account_id: int, tokens: flow.Tokens) -> None:
    """Keep a fresh sign-in's tokens: the refresh token in the keyring, the access token here."""
    if tokens.refresh_token:
        save_refresh_token(account_id, tokens.refresh_token)
    with _guard:
        _cache[account_id] = tokens


def _fresh(tokens: flow.Tokens | None, now: float) -> bool:
    if tokens is None:
        return False
    margin = min(120.0, max(0.0, (tokens.expires_at - tokens.obtained_at) / 4))
    return tokens.expires_at - margin > now


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+b") as handle:
        if os.name == "nt":  # pragma: no cover - Windows
            import msvcrt

            handle.seek(0)
            while True:
                try:
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    time.sleep(0.1)
            try:
                yield
            finally:
                handle.seek(0)
                msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def access_token(account_id: int, endpoints: Endpoints, lock_dir: Path, *, who: str = "") -> str:
    """A valid access token, refreshed if needed. Never opens a browser: :class:`SignInRequired` instead."""
    with _guard:
        lock = _locks.setdefault(account_id, threading.Lock())
    with lock:
        cached = _cache.get(account_id)
        if _fresh(cached, time.time()):
            assert cached is not None
            return cached.access_token
        with _file_lock(lock_dir / f"oauth-{account_id}.lock"):
            refresh_token = load_refresh_token(account_id)
            if not refresh_token:
                raise SignInRequired(f"{who or 'This account'} has no sign-in kept in the keyring.",
                                     hint="Sign in again.", code="oauth_no_sign_in_kept" if who else
                                     "oauth_no_sign_in_kept_here", params={"account": who} if who else {})
            refresh_count[account_id] = refresh_count.get(account_id, 0) + 1
            try:
                tokens = flow.refresh(endpoints, refresh_token)
            except ProviderRefused as exc:
                if exc.error == "invalid_grant":
                    raise SignInRequired(f"The sign-in of {who or 'this account'} is no longer accepted by "
                                         f"{endpoints.issuer} (revoked or expired).", hint="Sign in again.",
                                         code="oauth_sign_in_expired" if who else "oauth_sign_in_expired_here",
                                         params={"account": who, "issuer": endpoints.issuer} if who else
                                         {"issuer": endpoints.issuer}) from exc
                raise
            if tokens.refresh_token and tokens.refresh_token != refresh_token:
                save_refresh_token(account_id, tokens.refresh_token)  # rotated: the old one is now spent
        with _guard:
            _cache[account_id] = tokens
        return tokens.access_token
