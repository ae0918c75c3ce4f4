"""Customer mail as a sender's client would write it, for arranging mailboxes in tests."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from email.utils import format_datetime

_ids = itertools.count(1)


def mail(subject: str = "Mi pedido no ha llegado", sender: str = "Ana Pérez <ana@example.org>", *,
         message_id: str | None = None, in_reply_to: str | None = None, body: str = "Hola, sigo esperando.",
         to: str = "soporte@example.com", headers: str = "", date: datetime | None = None) -> bytes:
    message_id = message_id or f"<m{next(_ids)}@example.org>"
    date_line = f"Date: {format_datetime(date or datetime(2026, 11, 2, 10, 0, tzinfo=UTC))}\r\n"
    thread = f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n" if in_reply_to else ""
    return (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n{date_line}{thread}"
            f"{headers}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n").encode()
