"""The supervisor's figures: how many complaints, of which kind, how fast, what was promised and kept.

One function, :func:`compute`, reads a period (and optionally one inbox and
one agent) and returns every figure the dashboard draws, the CSV export
writes and ``python -m workstation report --json`` prints. Each figure keeps
the ticket ids behind it, so a chart drills down to the tickets.

Definitions (the tests check them on hand-made data):

- volume: tickets opened in the period, per day (UTC) and per category;
- first response: minutes from opening to the first reply, for the tickets
  answered; resolution: minutes from opening to resolved. Median and 90th
  percentile by nearest rank; "within target" compares with the deadline
  the ticket had;
- actions (committed in the period, by kind): kept on time (done by their
  due date), late (done after it), missed (past due and not done), open;
- refused by the gate, per agent: replies the gate refused (a coaching
  signal, not a punishment);
- satisfaction: the customers' scores per day, and their comments;
- repeat complainers: customers with three or more tickets in the period.
"""

from __future__ import annotations

import csv
import io
import math
import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from workstation import incidents as incident_figures
from workstation.store.models import (
    Account,
    Action,
    ActionStatus,
    Agent,
    Customer,
    Event,
    Incident,
    Lesson,
    Satisfaction,
    Ticket,
    TicketStatus,
)

REPEAT_AT = 3


def nearest_rank(values: list[float], share: float) -> float | None:
    """The value below which ``share`` of ``values`` fall (nearest rank), or None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)) - 1, 0)]


@dataclass
class Timing:
    count: int = 0
    median_minutes: float | None = None
    p90_minutes: float | None = None
    within_target: int = 0
    tickets: list[int] = field(default_factory=list)  # answered (or resolved) late: the drill-down

    @property
    def share_within_target(self) -> float:
        return self.within_target / self.count if self.count else 0.0


@dataclass
class ActionCounts:
    promised: int = 0
    kept: int = 0
    late: int = 0
    missed: int = 0
    open: int = 0


@dataclass
class Report:
    since: datetime
    until: datetime
    inbox: str | None
    agent: str | None
    tickets: int
    per_day: dict[str, int]
    per_category: dict[str, int]
    first_response: Timing
    resolution: Timing
    actions: dict[str, ActionCounts]
    refused_by_agent: dict[str, int]
    satisfaction_per_day: dict[str, float]
    satisfaction_count: int
    satisfaction_average: float | None
    comments: list[tuple[int, int, str]]  # (ticket, score, comment)
    repeat_customers: list[tuple[str, int]]  # (customer, tickets)
    incidents: list[dict[str, Any]]
    lessons: list[dict[str, Any]]
    drill: dict[str, list[int]]  # "day:2026-11-20", "category:billing", "action:refund:late" -> tickets

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["since"], data["until"] = self.since.isoformat(), self.until.isoformat()
        for key in ("first_response", "resolution"):
            timing = getattr(self, key)
            data[key]["share_within_target"] = round(timing.share_within_target, 3)
            data[key].pop("tickets")
        data.pop("drill")
        return data


def period(since: date | None, until: date | None, *, days: int = 30) -> tuple[datetime, datetime]:
    end = datetime.combine(until, time(0), UTC) + timedelta(days=1) if until else datetime.now(UTC)
    start = datetime.combine(since, time(0), UTC) if since else end - timedelta(days=days)
    return start, end


def compute(session: Session, since: datetime, until: datetime, *, inbox: str | None = None,
            agent: str | None = None, now: datetime | None = None) -> Report:
    now = now or datetime.now(UTC)
    where = [Ticket.created_at >= since, Ticket.created_at < until, Ticket.merged_into_id.is_(None),
             Ticket.status != TicketStatus.SPAM]
    if inbox:
        where.append(Ticket.account_id.in_(select(Account.id).where(Account.name == inbox)))
    if agent:
        where.append(Ticket.assignee_id.in_(select(Agent.id).where(Agent.name == agent)))
    rows = session.execute(select(
        Ticket.id, Ticket.created_at, Ticket.category, Ticket.first_response_at, Ticket.first_response_due,
        Ticket.resolved_at, Ticket.resolution_due, Ticket.customer_id).where(and_(*where))).all()
    ids = [r[0] for r in rows]
    drill: dict[str, list[int]] = defaultdict(list)
    per_day: Counter[str] = Counter()
    per_category: Counter[str] = Counter()
    first = Timing()
    resolution = Timing()
    waits, fixes = [], []
    customers: Counter[int] = Counter()
    for ticket_id, created, category, answered, answer_due, resolved, resolve_due, customer_id in rows:
        day = created.astimezone(UTC).date().isoformat()
        per_day[day] += 1
        drill[f"day:{day}"].append(ticket_id)
        per_category[category or "uncategorised"] += 1
        drill[f"category:{category or 'uncategorised'}"].append(ticket_id)
        if answered is not None:
            waits.append((answered - created).total_seconds() / 60)
            if answer_due is None or answered <= answer_due:
                first.within_target += 1
            else:
                first.tickets.append(ticket_id)
        if resolved is not None:
            fixes.append((resolved - created).total_seconds() / 60)
            if resolve_due is None or resolved <= resolve_due:
                resolution.within_target += 1
            else:
                resolution.tickets.append(ticket_id)
        if customer_id is not None:
            customers[customer_id] += 1
    for timing, values in ((first, waits), (resolution, fixes)):
        timing.count = len(values)
        timing.median_minutes = round(statistics.median(values), 1) if values else None
        timing.p90_minutes = round(nearest_rank(values, 0.9), 1) if values else None  # type: ignore[arg-type]
    drill["first_response:late"] = first.tickets
    drill["resolution:late"] = resolution.tickets

    actions: dict[str, ActionCounts] = defaultdict(ActionCounts)
    action_where = [Action.created_at >= since, Action.created_at < until,
                    Action.status.in_([ActionStatus.PROMISED, ActionStatus.DONE, ActionStatus.MISSED])]
    if inbox or agent:
        action_where.append(Action.ticket_id.in_(ids or [-1]))
    for ticket_id, kind, status, due, done in session.execute(select(
            Action.ticket_id, Action.kind, Action.status, Action.due_at, Action.done_at).where(*action_where)):
        counts = actions[kind]
        counts.promised += 1
        if status is ActionStatus.DONE:
            outcome = "kept" if due is None or done is None or done <= due else "late"
        elif status is ActionStatus.MISSED or (due is not None and due < now):
            outcome = "missed"
        else:
            outcome = "open"
        setattr(counts, outcome, getattr(counts, outcome) + 1)
        drill[f"action:{kind}:{outcome}"].append(ticket_id)

    refused: Counter[str] = Counter()
    for actor, ticket_id in session.execute(select(Event.actor, Event.ticket_id).where(
            Event.kind == "reply_refused", Event.created_at >= since, Event.created_at < until)):
        if agent and actor != agent:
            continue
        refused[actor or "?"] += 1
        if ticket_id is not None:
            drill[f"refused:{actor}"].append(ticket_id)

    scores_by_day: dict[str, list[int]] = defaultdict(list)
    comments = []
    score_where = [Satisfaction.received_at >= since, Satisfaction.received_at < until]
    if inbox or agent:
        score_where.append(Satisfaction.ticket_id.in_(ids or [-1]))
    for ticket_id, score, comment, received in session.execute(select(
            Satisfaction.ticket_id, Satisfaction.score, Satisfaction.comment, Satisfaction.received_at)
            .where(*score_where).order_by(Satisfaction.received_at)):
        day = received.astimezone(UTC).date().isoformat()
        scores_by_day[day].append(score)
        drill[f"satisfaction:{day}"].append(ticket_id)
        if comment:
            comments.append((ticket_id, score, comment))
    all_scores = [s for day in scores_by_day.values() for s in day]

    repeat_ids = [cid for cid, n in customers.items() if n >= REPEAT_AT]
    names = dict(session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(repeat_ids or [-1]))).all())
    repeat = sorted(((names.get(cid) or f"#{cid}", customers[cid]) for cid in repeat_ids), key=lambda x: -x[1])
    for ticket_id, _c, _cat, _a, _ad, _r, _rd, customer_id in rows:
        if customer_id in repeat_ids:
            drill["repeat"].append(ticket_id)

    incident_rows = [{"id": i.id, "title": i.title, "status": i.status.value,
                      **incident_figures.figures(session, i.id, now).as_dict()}
                     for i in session.scalars(select(Incident).where(Incident.started_at >= since,
                                                                     Incident.started_at < until))]
    lesson_rows = [{"id": lesson.id, "category": lesson.category, "root_cause": lesson.root_cause,
                    "change_made": lesson.change_made, "customers": len(lesson.customers),
                    "created_at": lesson.created_at.isoformat()}
                   for lesson in session.scalars(select(Lesson).where(Lesson.created_at >= since,
                                                                      Lesson.created_at < until))]
    return Report(
        since=since, until=until, inbox=inbox, agent=agent, tickets=len(rows), per_day=dict(sorted(per_day.items())),
        per_category=dict(per_category.most_common()), first_response=first, resolution=resolution,
        actions=dict(actions), refused_by_agent=dict(refused.most_common()),
        satisfaction_per_day={d: round(sum(v) / len(v), 2) for d, v in sorted(scores_by_day.items())},
        satisfaction_count=len(all_scores),
        satisfaction_average=round(sum(all_scores) / len(all_scores), 2) if all_scores else None,
        comments=comments, repeat_customers=repeat, incidents=incident_rows, lessons=lesson_rows, drill=dict(drill))


def to_csv(report: Report) -> str:
    """The figures as CSV: one row per figure (section, key, value)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "key", "value"])
    writer.writerow(["period", "since", report.since.isoformat()])
    writer.writerow(["period", "until", report.until.isoformat()])
    writer.writerow(["volume", "tickets", report.tickets])
    for day, n in report.per_day.items():
        writer.writerow(["volume per day", day, n])
    for category, n in report.per_category.items():
        writer.writerow(["volume per category", category, n])
    for name in ("first_response", "resolution"):
        timing: Timing = getattr(report, name)
        writer.writerow([name, "count", timing.count])
        writer.writerow([name, "median_minutes", timing.median_minutes])
        writer.writerow([name, "p90_minutes", timing.p90_minutes])
        writer.writerow([name, "share_within_target", round(timing.share_within_target, 3)])
    for kind, counts in report.actions.items():
        for outcome, n in asdict(counts).items():
            writer.writerow(["actions", f"{kind}:{outcome}", n])
    for agent, n in report.refused_by_agent.items():
        writer.writerow(["refused by the gate", agent, n])
    for day, average in report.satisfaction_per_day.items():
        writer.writerow(["satisfaction per day", day, average])
    for customer, n in report.repeat_customers:
        writer.writerow(["repeat complainers", customer, n])
    return out.getvalue()
