"""Crisis mode: one incident, every affected customer, one honest update at a time.

Declare an incident, link the affected tickets (by selection, by a search,
and new matching tickets as they sync in), and write one status update that
goes to every affected customer, personalised with their name and their own
ticket, each through the resolution gate (what is being done, by when, and
when the next update comes). The figures say how the team did: how fast
every customer heard from us, how many got a concrete action, how many
follow-ups were kept. Afterwards, a short public log for the blog or status page.
"""

from __future__ import annotations

import html
import re
import statistics
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workstation.agents import acting_agent
from workstation.changes import ChangeSet
from workstation.errors import InvalidInput, NotFound
from workstation.outbox.compose import ReplyRefused, queue_reply, reply_context
from workstation.queue import list_rows, parse_query, passing_filters
from workstation.resolution.actions import ActionSpec
from workstation.resolution.gate import check_reply
from workstation.store.db import Store
from workstation.store.models import (
    Action,
    Customer,
    Event,
    FollowUp,
    Incident,
    IncidentStatus,
    Reply,
    ReplyState,
    Ticket,
    TicketStatus,
)
from workstation.store.search import Matcher

PLACEHOLDERS = "{name}, {ticket}, {subject}"

# The counts an incident's replies move (each queued reply sets its ticket waiting and sits in the outbox).
_REPLY_VIEWS = ("incidents", "outbox", "open", "waiting", "mine", "unassigned")


@dataclass(frozen=True)
class Declared:
    id: int

    @property
    def changes(self) -> ChangeSet:
        """A new incident: the incidents list (no ticket is linked yet; the ones a search links come later)."""
        return ChangeSet.of(views=("incidents",))


@dataclass(frozen=True)
class Linked:
    tickets: list[int]  # newly linked

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.of(tickets=self.tickets, views=("incidents",))


def declare(store: Store, title: str, *, service: str | None = None, started_at: datetime | None = None,
            match: str | None = None, actor: str | None = None) -> Declared:
    if not title.strip():
        raise InvalidInput("An incident needs a title.", code="incident_needs_title")
    if match:
        parse_query(match)
    with store.session() as session:
        agent = acting_agent(session, actor)
        incident = Incident(title=title.strip(), service=service, started_at=started_at or datetime.now(UTC),
                            match_query=match or None)
        session.add(incident)
        session.flush()
        session.add(Event(incident_id=incident.id, actor=agent.name, kind="incident_declared",
                          data={"title": incident.title, "service": service, "match": match}))
        return Declared(incident.id)


def _incident(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(f"There is no incident #{incident_id}.", code="no_incident",
                       params={"incident": str(incident_id)})
    return incident


def link(store: Store, incident_id: int, *, tickets: list[int] | None = None, search: str | None = None,
         actor: str | None = None) -> Linked:
    """Link tickets to the incident (by id, or every ticket a search finds); returns the newly linked ones."""
    with store.session() as session:
        agent = acting_agent(session, actor)
        _incident(session, incident_id)
        ids = set(tickets or [])
        if search:  # whole words, as auto-linking: "carga" never links "cargador"
            ids |= {r.id for r in list_rows(session, "all", search=search, limit=5000, prefix=False)}
        linked = []
        for ticket in session.scalars(select(Ticket).where(Ticket.id.in_(sorted(ids)))):
            if ticket.incident_id != incident_id:
                ticket.incident_id = incident_id
                linked.append(ticket.id)
                session.add(Event(ticket_id=ticket.id, incident_id=incident_id, actor=agent.name,
                                  kind="incident_linked", data={"incident": incident_id}))
        return Linked(sorted(linked))


def link_new(session: Session, tickets: list[tuple[int, str]]) -> int:
    """During a sync: link tickets whose new message matches an open incident's query: its words and "phrases"
    (whole words, accents folded) and its filters, as search reads them."""
    open_incidents = list(session.scalars(select(Incident).where(Incident.status != IncidentStatus.RESOLVED,
                                                                 Incident.match_query.is_not(None))))
    if not open_incidents or not tickets:
        return 0
    linked = 0
    for incident in open_incidents:
        query = parse_query(incident.match_query or "")
        matches = Matcher(query.text)
        if not matches and not query.filters:
            continue
        found = [ticket_id for ticket_id, text in tickets if not matches or matches(text)]
        for ticket_id in sorted(passing_filters(session, found, query.filters)):
            ticket = session.get(Ticket, ticket_id)
            if ticket is not None and ticket.incident_id is None:
                ticket.incident_id = incident.id
                session.add(Event(ticket_id=ticket_id, incident_id=incident.id, actor="mostrador",
                                  kind="incident_linked", data={"incident": incident.id, "automatic": True}))
                linked += 1
    return linked


def personalise(template: str, session: Session, ticket: Ticket) -> str:
    customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
    first = (customer.name or "").split(" ")[0] if customer and customer.name else ""
    return template.replace("{name}", first).replace("{ticket}", f"#{ticket.id}") \
        .replace("{subject}", ticket.subject or "").replace(" ,", ",").replace("  ", " ")


@dataclass(frozen=True)
class Recipient:
    """One customer an update goes to: the ticket's customer, at the address a reply would use."""

    ticket_id: int
    name: str | None
    address: str | None
    subject: str
    already: bool  # had this update already (``update_id`` given)


def _linked(session: Session, incident_id: int) -> list[Ticket]:
    return list(session.scalars(select(Ticket).where(
        Ticket.incident_id == incident_id, Ticket.status.not_in([TicketStatus.SPAM, TicketStatus.CLOSED]),
        Ticket.merged_into_id.is_(None)).order_by(Ticket.id)))


def _sent_before(session: Session, incident_id: int, update_id: str | None) -> set[int]:
    if update_id is None:
        return set()
    return {e.ticket_id for e in session.scalars(select(Event).where(
        Event.incident_id == incident_id, Event.kind == "incident_update_queued"))
        if e.data.get("update") == update_id}


def recipients(store: Store, incident_id: int, *, update_id: str | None = None) -> list[Recipient]:
    """Exactly who an update would go to now, for a person to confirm or trim before it goes out."""
    with store.read() as session:
        _incident(session, incident_id)
        before = _sent_before(session, incident_id, update_id)
        found = []
        for ticket in _linked(session, incident_id):
            context = reply_context(session, ticket.id)
            customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
            name = customer.name if customer is not None else None
            found.append(Recipient(ticket.id, name, context.to, ticket.subject or "", ticket.id in before))
        return found


@dataclass(frozen=True)
class Broadcast:
    update_id: str
    queued: list[int]  # tickets
    already: list[int]  # tickets that had this update already
    replies: list[int] = field(default_factory=list)  # the replies queued

    @property
    def changes(self) -> ChangeSet:
        return ChangeSet.of(tickets=self.queued, replies=self.replies, views=_REPLY_VIEWS)


def update(store: Store, incident_id: int, template: str, actions: list[ActionSpec], *,
           actor: str | None = None, final: bool = False, update_id: str | None = None,
           only: list[int] | None = None) -> Broadcast:
    """One status update to every linked customer, each through the gate; run again, nobody gets it twice.
    ``only``: the tickets a person confirmed in the list of recipients (the others are left out)."""
    update_id = update_id or uuid.uuid4().hex
    with store.read() as session:
        incident = _incident(session, incident_id)
        if incident.status is IncidentStatus.RESOLVED and not final:
            raise InvalidInput(f"Incident #{incident_id} is resolved; send the resolution instead.",
                               code="incident_resolved", params={"incident": str(incident_id)})
        tickets = _linked(session, incident_id)
        if only is not None:
            unknown = set(only) - {t.id for t in tickets}
            if unknown:
                raise InvalidInput(f"Ticket #{min(unknown)} is not an open ticket of incident #{incident_id}.",
                                   hint="`incident recipients` lists who the update goes to.",
                                   code="not_an_incident_ticket",
                                   params={"ticket": str(min(unknown)), "incident": str(incident_id)})
            tickets = [t for t in tickets if t.id in set(only)]
        if not tickets:
            raise InvalidInput(f"No open ticket is linked to incident #{incident_id} yet.",
                               code="incident_without_tickets", params={"incident": str(incident_id)})
        sample = personalise(template, session, tickets[0])
        sent_before = _sent_before(session, incident_id, update_id)
        bodies = {t.id: personalise(template, session, t) for t in tickets}
    verdict = check_reply(sample, actions, extra_dirs=(store.location.data_dir,))
    if not verdict.accepted:
        raise ReplyRefused(verdict)  # checked once, before anyone gets anything
    queued, already, replies = [], [], []
    for ticket_id, body in bodies.items():
        if ticket_id in sent_before:
            already.append(ticket_id)
            continue
        reply = queue_reply(store, ticket_id, body, actions, author=actor,
                            purpose="incident_resolved" if final else "incident_update")
        with store.session() as session:
            session.add(Event(ticket_id=ticket_id, incident_id=incident_id, actor=actor or "agent",
                              kind="incident_update_queued",
                              data={"update": update_id, "reply_id": reply.id, "final": final}))
        queued.append(ticket_id)
        replies.append(reply.id)
    with store.session() as session:
        agent = acting_agent(session, actor)
        session.add(Event(incident_id=incident_id, actor=agent.name, kind="incident_update",
                          data={"update": update_id, "template": template, "tickets": queued, "final": final}))
    return Broadcast(update_id, queued, already, replies)


def resolve(store: Store, incident_id: int, *, summary: str | None = None, actor: str | None = None) -> ChangeSet:
    """The incident is over; what changed: its linked tickets' rows and the incidents list."""
    with store.session() as session:
        agent = acting_agent(session, actor)
        incident = _incident(session, incident_id)
        incident.status = IncidentStatus.RESOLVED
        incident.resolved_at = datetime.now(UTC)
        if summary:
            incident.public_summary = summary
        session.add(Event(incident_id=incident_id, actor=agent.name, kind="incident_resolved",
                          data={"summary": summary}))
        linked = session.scalars(select(Ticket.id).where(Ticket.incident_id == incident_id))
        return ChangeSet.of(tickets=linked, views=("incidents",))


# --- figures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    tickets: int
    acknowledged: int
    minutes_to_acknowledge_median: float | None
    minutes_to_acknowledge_max: float | None
    with_action: int
    followups_due: int
    followups_kept: int

    @property
    def share_with_action(self) -> float:
        return self.with_action / self.tickets if self.tickets else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"tickets": self.tickets, "acknowledged": self.acknowledged,
                "minutes_to_acknowledge_median": self.minutes_to_acknowledge_median,
                "minutes_to_acknowledge_max": self.minutes_to_acknowledge_max, "with_action": self.with_action,
                "share_with_action": round(self.share_with_action, 3), "followups_due": self.followups_due,
                "followups_kept": self.followups_kept}


def figures(session: Session, incident_id: int, now: datetime | None = None) -> Figures:
    """Per affected ticket: minutes from the customer's message (or the incident's start, if later) to our
    first reply; whether a concrete action was committed; follow-ups due so far and kept on time."""
    now = now or datetime.now(UTC)
    incident = _incident(session, incident_id)
    tickets = list(session.scalars(select(Ticket).where(Ticket.incident_id == incident_id)))
    ids = [t.id for t in tickets]
    first_reply: dict[int, datetime] = {}
    for reply in session.scalars(select(Reply).where(Reply.ticket_id.in_(ids), Reply.state.not_in(
            [ReplyState.DRAFT, ReplyState.FAILED, ReplyState.AWAITING_APPROVAL]))):
        when = reply.sent_at or reply.queued_at
        if when is not None and (reply.ticket_id not in first_reply or when < first_reply[reply.ticket_id]):
            first_reply[reply.ticket_id] = when
    waits = []
    for ticket in tickets:
        reply_at = first_reply.get(ticket.id)
        if ticket.first_response_at and (reply_at is None or ticket.first_response_at < reply_at):
            reply_at = ticket.first_response_at
        if reply_at is not None:
            since = max(ticket.created_at, incident.started_at)
            waits.append(max((reply_at - since).total_seconds() / 60, 0.0))
    with_action = len(set(session.scalars(select(Action.ticket_id).where(Action.ticket_id.in_(ids),
                                                                         Action.reply_id.is_not(None)))))
    due = [f for f in session.scalars(select(FollowUp).where(FollowUp.ticket_id.in_(ids), FollowUp.due_at <= now))]
    kept = [f for f in due if f.done_at is not None and f.done_at <= f.due_at]
    return Figures(len(tickets), len(waits), round(statistics.median(waits), 1) if waits else None,
                   round(max(waits), 1) if waits else None, with_action, len(due), len(kept))


# --- the public log -------------------------------------------------------------------------


def public_log(session: Session, incident_id: int, *, language: str = "en") -> tuple[str, str]:
    """(Markdown, standalone HTML): what went wrong, what we did, what changed. No customer's data."""
    incident = _incident(session, incident_id)
    updates = list(session.scalars(select(Event).where(Event.incident_id == incident_id,
                                                       Event.kind == "incident_update").order_by(Event.created_at)))
    es = language == "es"
    heading = {"what": "Qué pasó" if es else "What happened", "updates": "Lo que fuimos contando" if es else
               "What we told customers", "changed": "Qué hemos cambiado" if es else "What we changed",
               "open": "en curso" if es else "ongoing"}
    period = f"{incident.started_at.astimezone():%Y-%m-%d %H:%M} – " + (
        f"{incident.resolved_at.astimezone():%Y-%m-%d %H:%M}" if incident.resolved_at else heading["open"])
    summary = incident.public_summary or ""

    def clean(text: str) -> str:
        """The update as every customer got it, without what was personal to each."""
        text = " ".join(text.replace("{name}", "").replace("{ticket}", "").replace("{subject}", "").split())
        return re.sub(r"\s+([,:;.])", r"\1", text)

    lines = [f"# {incident.title}", "", f"*{incident.service or ''}{' · ' if incident.service else ''}{period}*", ""]
    if summary:
        lines += [f"## {heading['what']}", "", summary, ""]
    if updates:
        lines += [f"## {heading['updates']}", ""]
        lines += [f"- **{e.created_at.astimezone():%Y-%m-%d %H:%M}** — {clean(e.data.get('template', ''))}"
                  for e in updates]
        lines.append("")
    markdown = "\n".join(lines)
    body = [f"<h1>{html.escape(incident.title)}</h1>",
            f"<p class='when'>{html.escape((incident.service or '') + (' · ' if incident.service else '') + period)}"
            "</p>"]
    if summary:
        body += [f"<h2>{html.escape(heading['what'])}</h2>",
                 "".join(f"<p>{html.escape(p)}</p>" for p in summary.split("\n\n"))]
    if updates:
        body += [f"<h2>{html.escape(heading['updates'])}</h2><ul>"]
        body += [f"<li><b>{e.created_at.astimezone():%Y-%m-%d %H:%M}</b> — {html.escape(clean(e.data.get('template', '')))}"
                 "</li>" for e in updates]
        body.append("</ul>")
    page = ("<!doctype html>\n<html lang='" + language + "'><head><meta charset='utf-8'>"
            f"<title>{html.escape(incident.title)}</title><style>body{{font-family:system-ui,sans-serif;"
            "max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}.when{color:#666}"
            "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}</style></head><body>"
            + "".join(body) + "</body></html>\n")
    return markdown, page


def write_public_log(store: Store, incident_id: int, markdown_path: Path | None, html_path: Path | None,
                     *, language: str = "en") -> None:
    with store.read() as session:
        markdown, page = public_log(session, incident_id, language=language)
    for path, content in ((markdown_path, markdown), (html_path, page)):
        if path is not None:
            try:
                path.write_text(content, encoding="utf-8")
            except OSError as exc:
                raise InvalidInput(f"Cannot write {path}: {exc.strerror}.", code="cannot_write_file",
                                   params={"path": str(path), "reason": str(exc.strerror)}) from exc


# --- reading, for the window and the command line -------------------------------------------


@dataclass(frozen=True)
class IncidentSummary:
    id: int
    title: str
    service: str | None
    status: str
    started_at: datetime
    figures: Figures


def list_incidents(store: Store, *, limit: int | None = None) -> list[IncidentSummary]:
    """Incidents, the latest started first, each with its figures."""
    with store.read() as session:
        query = select(Incident).order_by(Incident.started_at.desc())
        if limit is not None:
            query = query.limit(limit)
        return [IncidentSummary(i.id, i.title, i.service, i.status.value, i.started_at, figures(session, i.id))
                for i in session.scalars(query)]


@dataclass(frozen=True)
class TimelineEntry:
    """Something done on the incident itself (declared, an update sent, resolved), not on one ticket."""

    created_at: datetime
    actor: str | None
    kind: str
    title: str | None  # the incident's title or summary the event carries
    tickets: int | None  # an update: how many tickets it went to


def timeline(store: Store, incident_id: int) -> list[TimelineEntry]:
    with store.read() as session:
        return [TimelineEntry(e.created_at, e.actor, e.kind, e.data.get("title") or e.data.get("summary") or None,
                              len(e.data.get("tickets", [])) if e.kind == "incident_update" else None)
                for e in session.scalars(select(Event).where(Event.incident_id == incident_id,
                                                             Event.ticket_id.is_(None)).order_by(Event.created_at))]
