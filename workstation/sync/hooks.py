"""What features do with new mail, without the sync knowing the features.

The sync stores mail and files it into tickets; what else a customer's new
message means (a satisfaction score answered, an incident it belongs to)
belongs to the features that care. They register here, once, when the
application starts (:func:`workstation.features.wire`); the filing step
calls them inside the batch's transaction, so what they write commits, or
is rolled back, with the mail itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class NewMail:
    """A customer's message just filed into a ticket (inbound, not an auto-reply)."""

    message_id: int  # the stored message's primary key
    ticket_id: int
    subject: str | None
    body_text: str | None


#: Called with the batch's session and its new customer mail; what it returns is ignored.
NewMailHook = Callable[["Session", list[NewMail]], object]

_new_mail: list[NewMailHook] = []


def on_new_mail(callback: NewMailHook) -> NewMailHook:
    """Call ``callback`` for each batch of new customer mail, after the hooks registered before it.
    Registering the same callback twice keeps one."""
    if callback not in _new_mail:
        _new_mail.append(callback)
    return callback


def registered() -> tuple[NewMailHook, ...]:
    return tuple(_new_mail)


def clear() -> None:
    """Forget every hook (tests that sync without features)."""
    _new_mail.clear()


def new_mail(session: Session, mail: list[NewMail]) -> None:
    """Run the hooks on a batch (nothing to do for an empty one)."""
    if not mail:
        return
    for callback in list(_new_mail):
        callback(session, mail)
