"""Each figure of the dashboard on a small hand-made data set with known answers, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from workstation.mail.endpoints import Security
from workstation.reports import compute, drill, nearest_rank, to_csv
from workstation.store.db import Store
from workstation.store.models import (
    Account,
    Action,
    ActionStatus,
    Customer,
    Event,
    Satisfaction,
    Ticket,
    TicketStatus,
)

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
SINCE, UNTIL = datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 20, tzinfo=UTC)


def at(day: int, hour: int = 10, minutes: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=UTC) + timedelta(minutes=minutes)


def hand_made(store: Store) -> dict[str, int]:
    with store.session() as session:
        account = Account(name="Soporte", email="s@example.com", imap_host="h", imap_port=993,
                          imap_security=Security.SSL, smtp_host="h", smtp_port=465, smtp_security=Security.SSL,
                          username="s@example.com")
        ana, tom = Customer(name="Ana Pérez"), Customer(name="Tom Hill")
        session.add_all([account, ana, tom])
        session.flush()

        def ticket(created: datetime, customer: Customer, category: str | None, answered: int | None,
                   resolved_days: int | None) -> Ticket:
            t = Ticket(account_id=account.id, customer_id=customer.id, subject="x", normalized_subject="x",
                       category=category, created_at=created, first_response_due=created + timedelta(minutes=60),
                       resolution_due=created + timedelta(days=3),
                       first_response_at=created + timedelta(minutes=answered) if answered is not None else None,
                       resolved_at=created + timedelta(days=resolved_days) if resolved_days else None,
                       status=TicketStatus.RESOLVED if resolved_days else TicketStatus.OPEN)
            session.add(t)
            return t

        t1 = ticket(at(10), ana, "billing", 30, 2)
        t2 = ticket(at(10, 12), ana, "billing", 120, 5)
        t3 = ticket(at(11, 9), ana, "delivery", 60, None)
        t4 = ticket(at(12), tom, None, None, None)
        ticket(at(25), tom, "billing", 5, None)  # outside the period
        session.flush()
        session.add_all([
            Action(ticket_id=t1.id, kind="refund", amount=Decimal("10"), currency="EUR", status=ActionStatus.DONE,
                   due_at=at(12), done_at=at(11), created_at=at(10, 11)),
            Action(ticket_id=t2.id, kind="refund", amount=Decimal("20"), currency="EUR", status=ActionStatus.DONE,
                   due_at=at(12), done_at=at(14), created_at=at(10, 14)),
            Action(ticket_id=t3.id, kind="replacement", status=ActionStatus.MISSED, due_at=at(13),
                   created_at=at(11, 10)),
            Action(ticket_id=t4.id, kind="replacement", status=ActionStatus.PROMISED,
                   due_at=datetime(2026, 12, 30, tzinfo=UTC), created_at=at(12, 11)),
            Satisfaction(ticket_id=t1.id, score=5, comment="Great, thanks", received_at=at(15)),
            Satisfaction(ticket_id=t2.id, score=2, received_at=at(15, 16)),
            Event(ticket_id=t4.id, actor="Pablo", kind="reply_refused", created_at=at(12, 12)),
            Event(ticket_id=t4.id, actor="Pablo", kind="reply_refused", created_at=at(12, 13)),
            Event(ticket_id=t3.id, actor="Marta", kind="reply_refused", created_at=at(11, 12)),
        ])
        return {"t1": t1.id, "t2": t2.id, "t3": t3.id, "t4": t4.id}


def test_every_figure_on_known_data(store: Store) -> None:
    """On SQLite and PostgreSQL."""
    ids = hand_made(store)
    report = compute(store, SINCE, UNTIL, now=NOW)
    assert report.tickets == 4
    assert report.per_day == {"2026-11-10": 2, "2026-11-11": 1, "2026-11-12": 1}
    assert report.per_category == {"billing": 2, "delivery": 1, "uncategorised": 1}
    # First response: 30, 120, 60 minutes; deadlines at 60.
    assert (report.first_response.count, report.first_response.median_minutes,
            report.first_response.p90_minutes) == (3, 60.0, 120.0)
    assert report.first_response.within_target == 2
    # Resolution: 2 and 5 days; deadline 3 days.
    assert (report.resolution.count, report.resolution.median_minutes, report.resolution.p90_minutes) == \
        (2, 5040.0, 7200.0)
    assert report.resolution.share_within_target == 0.5
    refund, replacement = report.actions["refund"], report.actions["replacement"]
    assert (refund.promised, refund.kept, refund.late, refund.missed) == (2, 1, 1, 0)
    assert (replacement.promised, replacement.missed, replacement.open) == (2, 1, 1)
    assert drill(store, "first_response:late", SINCE, UNTIL, now=NOW) == [ids["t2"]]
    assert drill(store, "resolution:late", SINCE, UNTIL, now=NOW) == [ids["t2"]]
    assert drill(store, "action:refund:late", SINCE, UNTIL, now=NOW) == [ids["t2"]]
    assert drill(store, "day:2026-11-10", SINCE, UNTIL, now=NOW) == sorted([ids["t1"], ids["t2"]])
    assert drill(store, "category:uncategorised", SINCE, UNTIL, now=NOW) == [ids["t4"]]
    assert drill(store, "refused:Pablo", SINCE, UNTIL, now=NOW) == [ids["t4"]]
    assert drill(store, "repeat", SINCE, UNTIL, now=NOW) == sorted([ids["t1"], ids["t2"], ids["t3"]])
    assert drill(store, "satisfaction:2026-11-15", SINCE, UNTIL, now=NOW) == sorted([ids["t1"], ids["t2"]])
    assert report.refused_by_agent == {"Pablo": 2, "Marta": 1}
    assert report.satisfaction_per_day == {"2026-11-15": 3.5} and report.satisfaction_average == 3.5
    assert report.comments == [(ids["t1"], 5, "Great, thanks")]
    assert report.repeat_customers == [("Ana Pérez", 3)]


def test_filters_by_inbox_and_agent(store: Store) -> None:
    hand_made(store)
    assert compute(store, SINCE, UNTIL, inbox="Soporte", now=NOW).tickets == 4
    assert compute(store, SINCE, UNTIL, inbox="Otra", now=NOW).tickets == 0
    only_pablo = compute(store, SINCE, UNTIL, agent="Pablo", now=NOW)
    assert only_pablo.refused_by_agent == {"Pablo": 2}


def test_nearest_rank_percentile() -> None:
    assert nearest_rank([], 0.9) is None
    assert nearest_rank([5.0], 0.9) == 5.0
    assert nearest_rank([float(i) for i in range(1, 11)], 0.9) == 9.0
    assert nearest_rank([float(i) for i in range(1, 101)], 0.5) == 50.0


def test_report_command_and_csv(run_cli, tmp_path: Path, sqlite_store: Store) -> None:  # type: ignore[no-untyped-def]
    hand_made(sqlite_store)
    csv_text = to_csv(compute(sqlite_store, SINCE, UNTIL, now=NOW))
    assert "first_response,p90_minutes,120.0" in csv_text
    data = str(sqlite_store.location.data_dir)
    result = run_cli("--data-dir", data, "report", "--since", "2026-11-01", "--until", "2026-11-19", "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["tickets"] == 4 and figures["first_response"]["median_minutes"] == 60.0


def test_categories_are_suggested_and_lessons_tell_the_customers(sqlite_store: Store) -> None:
    from sqlalchemy import select

    from tests.unit.ui.composer.test_composer import a_ticket
    from workstation import lessons
    from workstation.categories import suggest
    from workstation.resolution.actions import ActionSpec
    from workstation.store.models import Reply

    assert suggest("Me han cobrado dos veces la factura") == "billing"
    assert suggest("The courier left my parcel at the wrong address") == "delivery"
    assert suggest("Quiero cambiar la contraseña de mi cuenta") == "account"
    ticket_id = a_ticket(sqlite_store)
    with sqlite_store.session() as session:
        session.get(Ticket, ticket_id).category = "billing"  # type: ignore[union-attr]
    lesson = lessons.add(sqlite_store, root_cause="The payment page retried on a timeout",
                         change_made="the payment page now checks for an earlier charge first", category="billing").id
    change = ActionSpec.from_dict({"kind": "process_change", "description": "no double charges", "due": "2026-12-01"})
    told = lessons.tell(sqlite_store, lesson, "Hola {name}: gracias a tu queja hemos cambiado esto: {change}. "
                        "Desde hoy, 1 de diciembre, ya no puede volver a pasar.", [change])
    assert told.tickets == [ticket_id]
    assert lessons.tell(sqlite_store, lesson, "x {change}", [change]).tickets == []  # nobody is told twice
    with sqlite_store.read() as session:
        reply = session.scalars(select(Reply)).one()
        assert "checks for an earlier charge first" in reply.body_text and reply.purpose == "lesson"
    [logged] = compute(sqlite_store, datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)).lessons
    assert (logged["category"], logged["customers"], logged["told"]) == ("billing", 1, 1)
