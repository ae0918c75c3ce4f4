"""How a mail server is reached: the transport security, an IMAP endpoint, and what counts as loopback.

Kept free of SQLAlchemy and the models, so that a connection can be opened
before they are imported (see :mod:`workstation.sync.head_start`).
"""

from __future__ import annotations

import enum
import ipaddress
import socket
from dataclasses import dataclass


class Security(enum.StrEnum):
    SSL = "ssl"
    STARTTLS = "starttls"
    PLAIN = "plain"


@dataclass(frozen=True)
class Endpoint:
    """An IMAP server as one account reaches it (the password is in the keyring)."""

    host: str
    port: int
    security: Security
    username: str
    ca_file: str | None = None


def is_loopback(host: str) -> bool:
    """True only for a loopback address or a name that resolves only to loopback."""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0]).is_loopback for info in infos)
