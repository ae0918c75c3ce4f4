"""What can go wrong with OAuth, each in one sentence a person can act on."""

from __future__ import annotations

from workstation.errors import MostradorError


class OAuthError(MostradorError):
    """The identity provider could not be reached or answered something unusable."""


class SignInCancelled(OAuthError):
    """The browser sign-in was not finished (closed, timed out, refused by the person)."""


class SignInRejected(OAuthError):
    """The answer that came back to the loopback address cannot be trusted (wrong state or issuer)."""


class SignInRequired(OAuthError):
    """The provider no longer accepts the refresh token (revoked, expired, password changed): a person
    must sign in again in the browser. Workers raise it; they never open a browser themselves."""


class SecretTooLarge(OAuthError):
    """The refresh token does not fit in one keyring entry on every system (Windows allows 2,560 bytes)."""
