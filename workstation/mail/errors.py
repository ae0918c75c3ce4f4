"""A mail server's problems, each one sentence a person can act on; ``retry`` says whether waiting helps.

Raised when an IMAP connection is opened (:mod:`workstation.mail.imap`) or a TLS context is made
(:mod:`workstation.mail.tls`), for the sync and for the outbox's Sent copies alike.
"""

from __future__ import annotations

from workstation.errors import MostradorError


class SyncError(MostradorError):
    """A mail server problem, in one sentence. ``retry`` says whether waiting may help."""

    retry = True


class AuthenticationFailed(SyncError):
    retry = False


class HostUnreachable(SyncError):
    pass


class CertificateRejected(SyncError):
    retry = False


class StartTLSRefused(SyncError):
    retry = False


class PlainTextRefused(SyncError):
    retry = False


class ConnectionLost(SyncError):
    pass


class PasswordMissing(SyncError):
    retry = False
