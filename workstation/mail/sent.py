"""Finding an account's Sent folder: the agents' replies sync in from it, the outbox files copies in it."""

from __future__ import annotations

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

#: Where servers without SPECIAL-USE keep sent mail, in the order they are tried.
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "INBOX.Sent", "Enviados", "Elementos enviados")


def find_sent_folder(client: IMAPClient) -> str | None:
    """The folder the server marks ``\\Sent`` (RFC 6154), else the first of :data:`SENT_NAMES` it has."""
    try:
        name = client.find_special_folder(b"\\Sent")
    except IMAPClientError:
        name = None
    if name is not None:
        return str(name)
    existing = {_text(entry[2]) for entry in client.list_folders()}
    return next((candidate for candidate in SENT_NAMES if candidate in existing), None)


def _text(value: object) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
