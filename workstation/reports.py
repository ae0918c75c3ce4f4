"""The supervisor's figures: how many complaints, of which kind, how fast, what was promised and kept.

:func:`compute` reads a period (and optionally one inbox and one agent) and
returns every figure the dashboard draws, the CSV export writes and
``python -m workstation report --json`` prints, counted by the database.
:func:`drill` lists the tickets behind any one figure, when a chart is clicked.

Definitions (the tests check them on hand-made data):

- volume: tickets opened in the period, per day (UTC) and per category;
- first response: minutes from opening to the first reply, for the tickets
  answered; resolution: minutes from opening to resolved. Median and 90th
  percentile by nearest rank; "within target" compares with the deadline
  the ticket had;
- actions (committed in the period, by kind): kept on time (done by their
  due date), late (done after it), missed (past due and not done), open;
- refused by the gate, per agent: presses of Send (or `reply` commands) the
  gate refused, a ``reply_refused`` event each; closing the composer or
  keeping a draft is not counted (a coaching signal, not a punishment);
- satisfaction: the customers' scores per day, and their comments;
- repeat complainers: customers with three or more tickets in the period.
"""

from __future__ import annotations

import csv
import io
import math
import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from workstation import incidents as incident_figures
from workstation.store.db import Store
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
    lesson_customers,
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

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["since"], data["until"] = self.since.isoformat(), self.until.isoformat()
        for key in ("first_response", "resolution"):
            timing = getattr(self, key)
            data[key]["share_within_target"] = round(timing.share_within_target, 3)
        return data


def _minutes(start: Any, end: Any, dialect: str) -> Any:
    """Minutes from ``start`` to ``end`` (NULL when ``end`` is), in SQL."""
    if dialect == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 1440.0
    return func.extract("epoch", end - start) / 60.0


def _day(column: Any, dialect: str) -> Any:
    """The UTC day of a timestamp as YYYY-MM-DD, in SQL."""
    if dialect == "sqlite":
        return func.date(column)  # stored as UTC text
    return func.to_char(func.timezone("UTC", column), "YYYY-MM-DD")


def period(since: date | None, until: date | None, *, days: int = 30) -> tuple[datetime, datetime]:
    end = datetime.combine(until, time(0), UTC) + timedelta(days=1) if until else datetime.now(UTC)
    start = datetime.combine(since, time(0), UTC) if since else end - timedelta(days=days)
    return start, end


@dataclass(frozen=True)
class Scope:
    """What a report covers: a period, and optionally one inbox and one agent."""

    since: datetime
    until: datetime
    inbox: str | None = None
    agent: str | None = None

    def tickets(self) -> list[Any]:
        where = [Ticket.created_at >= self.since, Ticket.created_at < self.until, Ticket.merged_into_id.is_(None),
                 Ticket.status != TicketStatus.SPAM]
        if self.inbox:
            where.append(Ticket.account_id.in_(select(Account.id).where(Account.name == self.inbox)))
        if self.agent:
            where.append(Ticket.assignee_id.in_(select(Agent.id).where(Agent.name == self.agent)))
        return where

    def actions(self) -> list[Any]:
        where = [Action.created_at >= self.since, Action.created_at < self.until,
                 Action.status.in_([ActionStatus.PROMISED, ActionStatus.DONE, ActionStatus.MISSED])]
        if self.inbox or self.agent:
            where.append(Action.ticket_id.in_(select(Ticket.id).where(*self.tickets())))
        return where


def _outcome(now: datetime) -> Any:
    return case(
        (and_(Action.status == ActionStatus.DONE,
              or_(Action.due_at.is_(None), Action.done_at.is_(None), Action.done_at <= Action.due_at)), "kept"),
        (Action.status == ActionStatus.DONE, "late"),
        (or_(Action.status == ActionStatus.MISSED, Action.due_at < now), "missed"),
        else_="open")


def _answered_ok() -> Any:
    return or_(Ticket.first_response_due.is_(None), Ticket.first_response_at <= Ticket.first_response_due)


def _resolved_ok() -> Any:
    return or_(Ticket.resolution_due.is_(None), Ticket.resolved_at <= Ticket.resolution_due)


def compute(store: Store, since: datetime, until: datetime, *, inbox: str | None = None,
            agent: str | None = None, now: datetime | None = None) -> Report:
    """Every figure, counted by the database; :func:`drill` lists the tickets behind one when asked."""
    with store.read() as session:
        return _compute(session, since, until, inbox=inbox, agent=agent, now=now)


def _compute(session: Session, since: datetime, until: datetime, *, inbox: str | None = None,
             agent: str | None = None, now: datetime | None = None) -> Report:
    now = now or datetime.now(UTC)
    scope = Scope(since, until, inbox, agent)
    where = scope.tickets()
    dialect = session.get_bind().dialect.name
    day = _day(Ticket.created_at, dialect)
    per_day: Counter[str] = Counter()
    per_category: Counter[str] = Counter()
    for d, category, n in session.execute(select(day, Ticket.category, func.count()).where(*where)
                                          .group_by(day, Ticket.category)):  # one pass for both
        per_day[d] += n
        per_category[category or "uncategorised"] += n
    first, resolution = Timing(), Timing()
    waits: list[float] = []
    fixes: list[float] = []
    for wait, wait_ok, fix, fix_ok in session.execute(select(
            _minutes(Ticket.created_at, Ticket.first_response_at, dialect), case((_answered_ok(), 1), else_=0),
            _minutes(Ticket.created_at, Ticket.resolved_at, dialect), case((_resolved_ok(), 1), else_=0))
            .where(*where, or_(Ticket.first_response_at.is_not(None), Ticket.resolved_at.is_not(None)))):
        if wait is not None:
            waits.append(float(wait))
            first.within_target += wait_ok
        if fix is not None:
            fixes.append(float(fix))
            resolution.within_target += fix_ok
    for timing, values in ((first, waits), (resolution, fixes)):
        timing.count = len(values)
        timing.median_minutes = round(statistics.median(values), 1) if values else None
        timing.p90_minutes = round(nearest_rank(values, 0.9), 1) if values else None  # type: ignore[arg-type]

    actions: dict[str, ActionCounts] = defaultdict(ActionCounts)
    outcome = _outcome(now)
    for kind, result, n in session.execute(select(Action.kind, outcome, func.count()).where(*scope.actions())
                                           .group_by(Action.kind, outcome)):
        counts = actions[kind]
        counts.promised += n
        setattr(counts, result, getattr(counts, result) + n)

    refused = Counter(dict(session.execute(select(Event.actor, func.count()).where(
        Event.kind == "reply_refused", Event.created_at >= since, Event.created_at < until,
        *([Event.actor == agent] if agent else [])).group_by(Event.actor)).all()))

    score_where = [Satisfaction.received_at >= since, Satisfaction.received_at < until]
    if inbox or agent:
        score_where.append(Satisfaction.ticket_id.in_(select(Ticket.id).where(*where)))
    scores_by_day: dict[str, list[int]] = defaultdict(list)
    comments = []
    for ticket_id, score, comment, received in session.execute(select(
            Satisfaction.ticket_id, Satisfaction.score, Satisfaction.comment, Satisfaction.received_at)
            .where(*score_where).order_by(Satisfaction.received_at)):
        scores_by_day[received.astimezone(UTC).date().isoformat()].append(score)
        if comment:
            comments.append((ticket_id, score, comment))
    all_scores = [s for day_scores in scores_by_day.values() for s in day_scores]

    repeaters = dict(session.execute(select(Ticket.customer_id, func.count()).where(*where, Ticket.customer_id
                                                                                     .is_not(None))
                                     .group_by(Ticket.customer_id).having(func.count() >= REPEAT_AT)).all())
    names = dict(session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(sorted(repeaters)))).all()) \
        if repeaters else {}
    repeat = sorted(((names.get(cid) or f"#{cid}", n) for cid, n in repeaters.items()), key=lambda x: (-x[1], x[0]))

    incident_rows = [{"id": i.id, "title": i.title, "status": i.status.value,
                      **incident_figures.figures(session, i.id, now).as_dict()}
                     for i in session.scalars(select(Incident).where(Incident.started_at >= since,
                                                                     Incident.started_at < until))]
    told = dict(session.execute(select(lesson_customers.c.lesson_id, func.count(lesson_customers.c.told_at))
                                .group_by(lesson_customers.c.lesson_id)).all())
    lesson_rows = [{"id": lesson.id, "category": lesson.category, "root_cause": lesson.root_cause,
                    "change_made": lesson.change_made, "customers": len(lesson.customers),
                    "told": told.get(lesson.id, 0), "created_at": lesson.created_at.isoformat()}
                   for lesson in session.scalars(select(Lesson).where(Lesson.created_at >= since,
                                                                      Lesson.created_at < until))]
    return Report(
        since=since, until=until, inbox=inbox, agent=agent, tickets=sum(per_day.values()),
        per_day=dict(sorted(per_day.items())), per_category=dict(per_category.most_common()), first_response=first, resolution=resolution, actions=dict(actions),
        refused_by_agent=dict(refused.most_common()),
        satisfaction_per_day={d: round(sum(v) / len(v), 2) for d, v in sorted(scores_by_day.items())},
        satisfaction_count=len(all_scores),
        satisfaction_average=round(sum(all_scores) / len(all_scores), 2) if all_scores else None,
        comments=comments, repeat_customers=repeat, incidents=incident_rows, lessons=lesson_rows)


def drill(store: Store, key: str, since: datetime, until: datetime, *, inbox: str | None = None,
          agent: str | None = None, now: datetime | None = None, limit: int = 2000) -> list[int]:
    """The tickets behind one figure: ``day:2026-11-20``, ``category:billing``, ``first_response:late``,
    ``resolution:late``, ``action:refund:late``, ``refused:Pablo``, ``satisfaction:2026-11-15``, ``repeat``."""
    with store.read() as session:
        return _drill(session, key, since, until, inbox=inbox, agent=agent, now=now, limit=limit)


def _drill(session: Session, key: str, since: datetime, until: datetime, *, inbox: str | None = None,
           agent: str | None = None, now: datetime | None = None, limit: int = 2000) -> list[int]:
    now = now or datetime.now(UTC)
    scope = Scope(since, until, inbox, agent)
    where = scope.tickets()
    dialect = session.get_bind().dialect.name
    kind, _, rest = key.partition(":")
    if kind == "day":
        query = select(Ticket.id).where(*where, _day(Ticket.created_at, dialect) == rest)
    elif kind == "category":
        query = select(Ticket.id).where(*where, Ticket.category.is_(None) if rest == "uncategorised"
                                        else Ticket.category == rest)
    elif key == "first_response:late":
        query = select(Ticket.id).where(*where, Ticket.first_response_at.is_not(None), ~_answered_ok())
    elif key == "resolution:late":
        query = select(Ticket.id).where(*where, Ticket.resolved_at.is_not(None), ~_resolved_ok())
    elif kind == "action":
        action_kind, _, result = rest.partition(":")
        query = select(Action.ticket_id).where(*scope.actions(), Action.kind == action_kind,
                                               _outcome(now) == result).distinct()
    elif kind == "refused":
        query = select(Event.ticket_id).where(Event.kind == "reply_refused", Event.actor == rest,
                                              Event.created_at >= since, Event.created_at < until,
                                              Event.ticket_id.is_not(None)).distinct()
    elif kind == "satisfaction":
        query = select(Satisfaction.ticket_id).where(Satisfaction.received_at >= since,
                                                     Satisfaction.received_at < until,
                                                     _day(Satisfaction.received_at, dialect) == rest).distinct()
    elif key == "repeat":
        repeaters = select(Ticket.customer_id).where(*where).group_by(Ticket.customer_id) \
            .having(func.count() >= REPEAT_AT)
        query = select(Ticket.id).where(*where, Ticket.customer_id.in_(repeaters))
    else:
        raise ValueError(f"unknown figure {key!r}")
    return sorted(session.scalars(query.limit(limit)))


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


def scopes(store: Store) -> tuple[list[str], list[str]]:
    """What the figures can be narrowed to: the inboxes' names and the agents' names, in order."""
    with store.read() as session:
        return (list(session.scalars(select(Account.name).order_by(Account.name))),
                list(session.scalars(select(Agent.name).order_by(Agent.name))))
