"""The TLS context every mail connection uses: the system's CAs, plus an account's own CA file."""

from __future__ import annotations

import ssl

from workstation.mail.errors import CertificateRejected


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if ca_file:
        try:
            context.load_verify_locations(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise CertificateRejected(f"The CA file {ca_file} cannot be read: {exc}.") from exc
    return context
