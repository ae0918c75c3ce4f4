"""The old home of :mod:`workstation.mail.imap`, for imports not moved yet."""

from workstation.mail.imap import (
    AuthenticationFailed,
    CertificateRejected,
    ConnectionLost,
    HostUnreachable,
    PasswordMissing,
    PlainTextRefused,
    StartTLSRefused,
    SyncError,
    connect,
    connect_for_sync,
    log_out,
)
from workstation.mail.tls import tls_context

__all__ = ["AuthenticationFailed", "CertificateRejected", "ConnectionLost", "HostUnreachable", "PasswordMissing",
           "PlainTextRefused", "StartTLSRefused", "SyncError", "connect", "connect_for_sync", "log_out",
           "tls_context"]
