"""Where the application wires what its features do when mail arrives: one place, called at start by
the command line (:func:`workstation.cli.main`, which also runs the window's sync worker) and by the
window (:func:`ui.app.main`). The sync itself imports no feature (see :mod:`workstation.sync.hooks`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.sync.hooks import NewMail, on_new_mail

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def record_satisfaction(session: Session, mail: list[NewMail]) -> None:
    """A customer answering "how satisfied, 1 to 5": the score is stored with the ticket."""
    from workstation.followups import record_scores

    record_scores(session, [(m.message_id, m.ticket_id, m.body_text) for m in mail])


def link_incidents(session: Session, mail: list[NewMail]) -> None:
    """New mail matching an open incident's words is linked to it."""
    from workstation.incidents import link_new

    link_new(session, [(m.ticket_id, f"{m.subject or ''} {m.body_text or ''}") for m in mail])


def wire() -> None:
    """Register the features' hooks, in the order the sync ran them before hooks existed; twice is once."""
    on_new_mail(record_satisfaction)
    on_new_mail(link_incidents)
