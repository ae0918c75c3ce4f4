"""Replies that wait in the outbox for a person: approval, review, or an uncertain delivery."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from workstation.resolution.gate import Reason
from workstation.store.db import Store
from workstation.store.models import Action, Reply, ReplyState


@dataclass(frozen=True)
class PlannedAction:
    """One action a reply commits to, as the supervisor reads it before approving."""

    kind: str
    amount: Decimal | None = None
    currency: str | None = None
    reference: str | None = None
    owner: str | None = None
    due_at: datetime | None = None
    description: str | None = None
    status: str = ""


@dataclass(frozen=True)
class OutboxRow:
    id: int
    ticket_id: int
    state: str
    to: str
    subject: str
    detail: str
    body: str = ""
    # Sent for review: the gate's reasons (a supervisor decides whether the text says it anyway).
    review: tuple[Reason, ...] = ()
    # The kinds of action the reply commits to (what a learned phrasing can state).
    kinds: tuple[str, ...] = ()
    # What the command line lists besides.
    to_addrs: tuple[str, ...] = ()
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    message_id: str | None = None
    purpose: str | None = None
    for_review: bool = False
    why: str = ""  # for review, the gate's reasons; otherwise why it needs approval
    cc_addrs: tuple[str, ...] = ()
    # The actions the reply commits to, in the order they were added.
    actions: tuple[PlannedAction, ...] = ()
    # Why it waits for approval, reason by reason (code and facts; older records keep only ``detail``'s English).
    approval: tuple[Reason, ...] = ()
    # ``last_error``'s code and facts (:class:`workstation.errors.MostradorError`), for the window's language;
    # None for errors kept before they were recorded (the English ``last_error`` is then all there is).
    error_code: str | None = None
    error_params: dict[str, Any] | None = None


def waiting_replies(store: Store, limit: int = 500, *, sent: bool = False) -> list[OutboxRow]:
    """Every reply neither a draft nor sent (``sent``: sent ones too), newest first, with what a supervisor
    needs to decide on it."""
    hidden = [ReplyState.DRAFT] if sent else [ReplyState.DRAFT, ReplyState.SENT]
    with store.read() as session:
        replies = list(session.scalars(select(Reply).where(Reply.state.not_in(hidden))
                                      .order_by(Reply.id.desc()).limit(limit)))
        kinds: dict[int, list[str]] = {}
        planned: dict[int, list[PlannedAction]] = {}
        for a in session.scalars(select(Action).where(Action.reply_id.in_([r.id for r in replies]))
                                 .order_by(Action.id)):
            kinds.setdefault(a.reply_id, []).append(a.kind)
            planned.setdefault(a.reply_id, []).append(PlannedAction(a.kind, a.amount, a.currency, a.reference,
                                                                    a.owner, a.due_at, a.description,
                                                                    a.status.value))
        rows = []
        for r in replies:
            verdict = r.gate_result or {}
            review = tuple(Reason(d.get("code", ""), d.get("text", ""), dict(d.get("params") or {}))
                           for d in verdict.get("details", [])) if verdict.get("review") else ()
            for_review = bool(verdict.get("review"))
            approval = tuple(Reason(d.get("code", ""), d.get("text", ""), dict(d.get("params") or {}))
                             for d in verdict.get("approval_details", []))
            rows.append(OutboxRow(r.id, r.ticket_id, r.state.value, ", ".join(r.to_addrs), r.subject,
                                  r.last_error or " ".join(verdict.get("approval", [])), r.body_text or "", review,
                                  tuple(dict.fromkeys(kinds.get(r.id, []))), tuple(r.to_addrs), r.attempts,
                                  r.next_attempt_at, r.last_error, r.message_id, r.purpose, for_review,
                                  " ".join(verdict.get("reasons" if for_review else "approval", [])),
                                  tuple(r.cc_addrs or ()), tuple(planned.get(r.id, ())),
                                  approval if not r.last_error else (), r.last_error_code,
                                  dict(r.last_error_params) if r.last_error_params else None))
    return rows
