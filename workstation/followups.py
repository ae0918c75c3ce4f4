"""Keeping promises: follow-ups on due actions, closing the loop, and the customer's score.

Every promised action with a due date has a follow-up in its agent's queue;
past the date without being done, it is overdue. Marking the action done
proposes the loop-closing message (what was done, what changed because they
complained, one question of satisfaction). The customer's answer, a number
from 1 to 5, is recognised when it syncs in and stored with the ticket.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.agents import acting_agent
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput, NotFound
from workstation.paths import RESOURCES
from workstation.resolution.actions import ActionSpec
from workstation.store.db import Store
from workstation.store.models import (
    Action,
    ActionStatus,
    Agent,
    Customer,
    Event,
    FollowUp,
    FollowUpKind,
    Satisfaction,
    Ticket,
)


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    ticket_id: int
    kind: str
    due_at: datetime
    overdue: bool
    action_id: int | None
    action_kind: str | None
    assignee: str | None
    subject: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "ticket": self.ticket_id, "kind": self.kind, "due_at": self.due_at.isoformat(),
                "overdue": self.overdue, "action": self.action_id, "action_kind": self.action_kind,
                "assignee": self.assignee, "subject": self.subject}


def open_followups(store: Store, *, agent: str | None = None, mine: bool = False, overdue_only: bool = False,
                   now: datetime | None = None) -> list[FollowUpRow]:
    """Follow-ups not done yet, the soonest due first; ``mine``: only those of the acting ``agent``."""
    with store.session() as session:
        agent_id = acting_agent(session, agent).id if mine else None
        return _open_followups(session, agent_id=agent_id, now=now, overdue_only=overdue_only)


def _open_followups(session: Session, *, agent_id: int | None = None, now: datetime | None = None,
                    overdue_only: bool = False) -> list[FollowUpRow]:
    now = now or datetime.now(UTC)
    query = (select(FollowUp, Action.kind, Agent.name, Ticket.subject)
             .join(Ticket, Ticket.id == FollowUp.ticket_id)
             .outerjoin(Action, Action.id == FollowUp.action_id)
             .outerjoin(Agent, Agent.id == FollowUp.assignee_id)
             .where(FollowUp.done_at.is_(None)).order_by(FollowUp.due_at))
    if agent_id is not None:
        query = query.where(FollowUp.assignee_id == agent_id)
    if overdue_only:
        query = query.where(FollowUp.due_at < now)
    return [FollowUpRow(f.id, f.ticket_id, f.kind.value, f.due_at, f.due_at < now, f.action_id, kind, name, subject)
            for f, kind, name, subject in session.execute(query)]


@lru_cache(maxsize=1)
def _templates() -> dict[str, Any]:
    return yaml.safe_load((RESOURCES / "templates" / "close_loop.yaml").read_text(encoding="utf-8"))


def _money(amount: Decimal | None, currency: str | None) -> str:
    return f"{amount} {currency or ''}".strip() if amount is not None else ""


@dataclass(frozen=True)
class LoopProposal:
    """The loop-closing message proposed when an action is done; it still goes through the gate."""

    ticket_id: int
    action_id: int
    body: str
    action: ActionSpec

    @property
    def changes(self) -> ChangeSet:
        """The action done: its ticket's promises, and the Promises to keep view's count."""
        return ChangeSet.of(tickets=(self.ticket_id,), views=("actions",))


def loop_close_action(store: Store, ticket_id: int, action_id: int) -> ActionSpec:
    """The action a loop-closing reply on ``ticket_id`` commits to, for one of its actions that was done."""
    with store.read() as session:
        action = session.get(Action, action_id)
        if action is None or action.ticket_id != ticket_id:
            raise InvalidInput(f"Action #{action_id} is not an action of ticket #{ticket_id}.",
                               code="action_of_another_ticket",
                               params={"action": str(action_id), "ticket": str(ticket_id)})
        return propose_loop_close(session, action).action


def propose_loop_close(session: Session, action: Action, *, change: str | None = None,
                       language: str | None = None) -> LoopProposal:
    ticket = session.get(Ticket, action.ticket_id)
    assert ticket is not None
    lang = language or (ticket.language if ticket.language in ("en", "es") else "en")
    text = _templates()[lang]
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    first_name = (customer.name or "").split(" ")[0] if customer and customer.name else ""
    done_at = action.done_at or datetime.now(UTC)
    facts = {"name": first_name, "amount": _money(action.amount, action.currency),
             "reference": action.reference or f"#{ticket.id}", "owner": action.owner or "",
             "description": action.description or "", "done_date": f"{done_at.astimezone():%Y-%m-%d}"}
    template = text["done"].get(action.kind, text["done"]["default"])
    done_line = template.format(**facts).replace(" ()", "")
    greeting = text["greeting"].format(**facts) if first_name else text["greeting_anonymous"]
    changed = text["changed"].format(change=change or text["changed_placeholder"])
    body = f"{greeting}\n\n{done_line}\n\n{changed}\n\n{text['question']}\n"
    spec = ActionSpec(kind=action.kind, amount=action.amount, currency=action.currency,
                      reference=action.reference, owner=action.owner, due=done_at,
                      description=action.description, action_id=action.id)
    return LoopProposal(ticket.id, action.id, body, spec)


def complete_action(store: Store, action_id: int, *, evidence: str | None = None, change: str | None = None,
                    actor: str | None = None, now: datetime | None = None) -> LoopProposal:
    """Mark a promised action done: its follow-up closes, a loop-closing one opens, a message is proposed."""
    now = now or datetime.now(UTC)
    with store.session() as session:
        agent = acting_agent(session, actor)
        action = session.get(Action, action_id)
        if action is None:
            raise NotFound(f"There is no action #{action_id}.", code="no_action", params={"action": str(action_id)})
        if action.status not in (ActionStatus.PROMISED, ActionStatus.MISSED):
            raise InvalidInput(f"Action #{action_id} is {action.status.value.replace('_', ' ')}, not promised; "
                               "only a promise can be kept.", code="action_not_promised",
                               params={"action": str(action_id), "status": action.status.value})
        late = action.due_at is not None and action.due_at < now
        action.status = ActionStatus.DONE
        action.done_at = now
        action.evidence = evidence
        for follow_up in session.scalars(select(FollowUp).where(FollowUp.action_id == action_id,
                                                                FollowUp.done_at.is_(None))):
            follow_up.done_at = now
        session.add(FollowUp(ticket_id=action.ticket_id, action_id=action_id, kind=FollowUpKind.CLOSE_LOOP,
                             assignee_id=agent.id, due_at=now, note="Tell the customer it is done."))
        session.add(Event(ticket_id=action.ticket_id, actor=agent.name, kind="action_done",
                          data={"action_id": action_id, "kind": action.kind, "late": late, "evidence": evidence}))
        session.flush()
        return propose_loop_close(session, action, change=change)


@dataclass(frozen=True)
class Overdue:
    tickets: list[int]  # one per promise that became missed (a ticket may hold several)

    @property
    def count(self) -> int:
        return len(self.tickets)

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.of(tickets=self.tickets, views=("actions",)) if self.tickets else ChangeSet()


def mark_overdue(store: Store, now: datetime | None = None) -> Overdue:
    """The periodic pass (the window runs it every minute, ``followups`` on every call)."""
    with store.session() as session:
        return Overdue(mark_missed(session, now or datetime.now(UTC)))


def mark_missed(session: Session, now: datetime) -> list[int]:
    """Promises past their due date become missed (still keepable); returns their tickets, one per promise."""
    missed: list[int] = []
    for action in session.scalars(select(Action).where(Action.status == ActionStatus.PROMISED,
                                                       Action.due_at < now)):
        action.status = ActionStatus.MISSED
        session.add(Event(ticket_id=action.ticket_id, actor="mostrador", kind="action_overdue",
                          data={"action_id": action.id, "kind": action.kind,
                                "due_at": action.due_at.isoformat() if action.due_at else None}))
        missed.append(action.ticket_id)
    return missed


# --- the customer's score ----------------------------------------------------------------

_SCORE = re.compile(
    r"^\s*(?:(?:un|una|a|my score is|mi nota es|le doy un|i give (?:you |it )?(?:a )?)\s*)?([1-5])"
    r"(?:\s*(?:/\s*5|de 5|out of 5|sobre 5|estrellas|stars?))?(?=$|[\s.,;:!)-])(.*)$",
    re.IGNORECASE)


def read_score(text: str) -> tuple[int, str | None] | None:
    """The score in a customer's answer (its first own line), and the rest as a comment."""
    own = []
    for line in (text or "").splitlines():
        stripped = line.strip()
        if stripped.startswith(">") or re.match(r"^(?:on .+ wrote:|el .+ escribió:)$", stripped, re.IGNORECASE):
            break
        if stripped:
            own.append(stripped)
    if not own:
        return None
    match = _SCORE.match(own[0])
    if match is None:
        return None
    comment = " ".join([match.group(2).lstrip(" .,;:-")] + own[1:]).strip() or None
    return int(match.group(1)), comment


def record_scores(session: Session, messages: list[tuple[int, int, str | None]]) -> int:
    """For inbound (message id, ticket id, text) just filed: store the score where one was asked for."""
    if not messages:
        return 0
    waiting = {f.ticket_id: f for f in session.scalars(select(FollowUp).where(
        FollowUp.kind == FollowUpKind.SATISFACTION, FollowUp.done_at.is_(None),
        FollowUp.ticket_id.in_({ticket for _, ticket, _ in messages})))}
    stored = 0
    for message_id, ticket_id, text in messages:
        follow_up = waiting.get(ticket_id)
        score = read_score(text or "") if follow_up is not None else None
        if follow_up is None or score is None:
            continue
        value, comment = score
        now = datetime.now(UTC)
        session.add(Satisfaction(ticket_id=ticket_id, score=value, comment=comment, message_id=message_id,
                                 received_at=now))
        follow_up.done_at = now
        session.add(Event(ticket_id=ticket_id, actor="customer", kind="satisfaction_received",
                          data={"score": value, "comment": comment}))
        del waiting[ticket_id]
        stored += 1
    return stored
