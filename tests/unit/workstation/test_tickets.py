"""Ticket work and the views it feeds: assign, status, tags, snooze, merge, split, undo; filters; SLA."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from workstation import demo
from workstation.agents import add_agent
from workstation.errors import InvalidInput
from workstation.queue import ACTIVE, Context, _save_search, list_rows, parse_query, views
from workstation.sla import BusinessHours, deadlines, parse_setting
from workstation.store.db import Store
from workstation.store.models import Event, Message, Priority, Role, Ticket, TicketStatus
from workstation.tickets import Change, add_note, apply, last_change, merge, split, undo

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def seeded(store: Store) -> list[int]:
    demo.seed(store, 120, now=NOW)
    add_agent(store, "Marta", "marta@example.com", Role.SUPERVISOR)
    with store.read() as session:
        return list(session.scalars(select(Ticket.id).where(Ticket.message_count >= 2, Ticket.status.in_(ACTIVE))
                                    .order_by(Ticket.id)))


def test_bulk_assign_then_undo(store: Store) -> None:
    """On SQLite and PostgreSQL."""
    ids = seeded(store)[:3]
    with store.read() as session:
        before = {t.id: t.assignee_id for t in session.scalars(select(Ticket).where(Ticket.id.in_(ids)))}
    done = apply(store, ids, Change(assignee="me", tags_add=("callback-today",)), actor="Marta")
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Event).where(Event.kind == "ticket_changed")) == 3
        rows = list_rows(session, "mine", context=Context(agent_id=_agent_id(session, "Marta")), limit=50)
        assert {r.id for r in rows} >= set(ids)
        assert all("callback-today" in r.tags for r in rows if r.id in ids)
        assert {r.id for r in list_rows(session, "all", search="tag:callback-today", limit=50)} == set(ids)
    assert last_change(store, actor="Marta") == done.change_id
    restored, skipped = undo(store, done.change_id, actor="Marta")
    assert (restored, skipped) == (sorted(ids), [])
    with store.read() as session:
        after = {t.id: t.assignee_id for t in session.scalars(select(Ticket).where(Ticket.id.in_(ids)))}
        assert after == before
        assert list_rows(session, "all", search="tag:callback-today") == []
    with pytest.raises(InvalidInput, match="already undone"):
        undo(store, done.change_id, actor="Marta")


def _agent_id(session, name: str) -> int:  # type: ignore[no-untyped-def]
    from workstation.agents import find_agent

    return find_agent(session, name).id


def test_undo_leaves_a_ticket_someone_changed_since(sqlite_store: Store) -> None:
    [first, second] = seeded(sqlite_store)[:2]
    done = apply(sqlite_store, [first, second], Change(status=TicketStatus.RESOLVED), actor="Marta")
    apply(sqlite_store, [second], Change(priority=Priority.URGENT), actor="Marta")
    restored, skipped = undo(sqlite_store, done.change_id, actor="Marta")
    assert (restored, skipped) == ([first], [second])


def test_priority_moves_the_deadlines_and_snooze_hides_until_then(sqlite_store: Store) -> None:
    [ticket_id] = seeded(sqlite_store)[:1]
    apply(sqlite_store, [ticket_id], Change(priority=Priority.URGENT), actor="Marta")
    with sqlite_store.read() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        assert ticket.first_response_due == ticket.created_at + timedelta(minutes=60)
    later = datetime.now(UTC) + timedelta(days=2)
    apply(sqlite_store, [ticket_id], Change(snoozed_until=later), actor="Marta")
    with sqlite_store.read() as session:
        assert ticket_id not in {r.id for r in list_rows(session, "open", limit=500)}
        assert ticket_id in {r.id for r in list_rows(session, "snoozed", limit=500)}
        woken = Context(now=later + timedelta(minutes=1))
        assert ticket_id in {r.id for r in list_rows(session, "open", limit=500, context=woken)}


def test_merge_moves_everything_and_undo_puts_it_back(store: Store) -> None:
    """On SQLite and PostgreSQL."""
    source, target = seeded(store)[:2]
    add_note(store, source, "El cliente llamó por teléfono.", actor="Marta")
    with store.read() as session:
        source_messages = set(session.scalars(select(Message.id).where(Message.ticket_id == source)))
    done = merge(store, source, target, actor="Marta")
    with store.read() as session:
        assert source_messages <= set(session.scalars(select(Message.id).where(Message.ticket_id == target)))
        merged = session.get(Ticket, source)
        assert merged is not None and merged.merged_into_id == target and merged.status is TicketStatus.CLOSED
        assert source not in {r.id for r in list_rows(session, "all", limit=500)}
    undo(store, done.change_id, actor="Marta")
    with store.read() as session:
        assert set(session.scalars(select(Message.id).where(Message.ticket_id == source))) == source_messages
        assert session.get(Ticket, source).merged_into_id is None  # type: ignore[union-attr]


def test_split_a_message_into_its_own_ticket(sqlite_store: Store) -> None:
    [ticket_id] = seeded(sqlite_store)[:1]
    with sqlite_store.read() as session:
        message_id = session.scalars(select(Message.id).where(Message.ticket_id == ticket_id)
                                     .order_by(Message.id.desc())).first()
    done = split(sqlite_store, message_id, actor="Marta")  # type: ignore[arg-type]
    new_ticket = done.tickets[1]
    with sqlite_store.read() as session:
        assert session.get(Message, message_id).ticket_id == new_ticket  # type: ignore[union-attr]
    undo(sqlite_store, done.change_id, actor="Marta")
    with sqlite_store.read() as session:
        assert session.get(Message, message_id).ticket_id == ticket_id  # type: ignore[union-attr]


def test_views_due_soon_overdue_and_saved_searches(sqlite_store: Store) -> None:
    seeded(sqlite_store)
    with sqlite_store.session() as session:
        _save_search(session, "Routers", "router status:open")
    context = Context(now=NOW)
    with sqlite_store.read() as session:
        counts = {v.key: c for v, c in views(session, context)}
        overdue = list_rows(session, "overdue", limit=500, context=context)
        soon = list_rows(session, "due_soon", limit=500, context=context)
        assert len(overdue) == counts["overdue"] and all(r.due_at < NOW for r in overdue)  # type: ignore[operator]
        assert len(soon) == counts["due_soon"]
        assert all(NOW <= r.due_at < NOW + timedelta(hours=4) for r in soon)  # type: ignore[operator]
        saved = next(v for v, _ in views(session, context) if v.label == "Routers")
        rows = list_rows(session, saved.key, limit=500)
        assert rows and all(r.status is TicketStatus.OPEN for r in rows)


def test_search_filters_are_parsed_and_checked() -> None:
    query = parse_query('factura from:ana@example.org status:open after:2026-11-01 inbox:"Soporte"')
    assert query.text == "factura"
    assert dict(query.filters) == {"from": "ana@example.org", "status": "open", "after": "2026-11-01",
                                   "inbox": "Soporte"}


def test_service_levels_with_business_hours() -> None:
    levels = parse_setting({}, "first_response.high=120")
    levels = parse_setting(levels, "business_hours=09:00-18:00@Europe/Madrid")
    friday_evening = datetime(2026, 11, 20, 16, 30, tzinfo=UTC)  # 17:30 in Madrid
    first, _ = deadlines(levels, "high", friday_evening)
    assert first == datetime(2026, 11, 23, 9, 30, tzinfo=UTC)  # 10:30 on Monday in Madrid
    assert BusinessHours.parse(None) is None
    with pytest.raises(InvalidInput):
        parse_setting({}, "first_response.soon=5")


def test_ticket_commands(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from workstation.paths import Location
    from workstation.store.db import open_store

    data = tmp_path / "data"
    store = open_store(Location.resolve(data, None))
    ids = seeded(store)[:2]
    store.close()
    first, second = (str(i) for i in ids)
    assert run_cli("--data-dir", str(data), "--agent", "Marta", "ticket", "assign", "me", first, second).returncode == 0
    mine = json.loads(run_cli("--data-dir", str(data), "--agent", "Marta", "queue", "--view", "mine", "--json").stdout)
    assert {row["id"] for row in mine} == set(ids)
    undone = run_cli("--data-dir", str(data), "--agent", "Marta", "ticket", "undo")
    assert undone.returncode == 0 and "Undone on 2 tickets" in undone.stdout
    assert run_cli("--data-dir", str(data), "saved-search", "Urgent", "priority:urgent").returncode == 0
    listed = run_cli("--data-dir", str(data), "queue", "--view", "Urgent", "--json")
    assert listed.returncode == 0 and all(row["priority"] == "urgent" for row in json.loads(listed.stdout))
    bad = run_cli("--data-dir", str(data), "queue", "--search", "before:yesterday")
    assert bad.returncode != 0 and "is not a date" in bad.stderr


def test_each_write_says_what_it_changed_and_the_rows_read_again_follow_it(store: Store) -> None:
    """On SQLite and PostgreSQL: a change-set names the rows to read again, and queue.rows_of reads only those,
    as the view shows them now (a ticket that left the view is not in the answer)."""
    from workstation.queue import rows_of
    from workstation.tickets import add_notes, undo_last

    first, second, third = seeded(store)[:3]
    assert undo_last(store, actor="Marta").found is False
    resolved = apply(store, [first], Change(status=TicketStatus.RESOLVED), actor="Marta")
    assert resolved.changes.tickets == {first} and not resolved.changes.removed
    assert set(rows_of(store, "open", [first, second])) == {second}  # resolved: out of Open
    assert rows_of(store, "resolved", [first])[first].status is TicketStatus.RESOLVED
    merged = merge(store, second, third, actor="Marta")
    assert merged.changes.tickets == {second, third} and merged.changes.removed == {second}
    assert set(rows_of(store, "all", [second, third])) == {third}
    undone = undo_last(store, actor="Marta")
    assert undone.found and undone.changes.tickets == {second, third}
    assert set(rows_of(store, "all", [second, third])) == {second, third}  # the merge undone: both back
    assert add_notes(store, [first, third], "Called back", actor="Marta").tickets == {first, third}
