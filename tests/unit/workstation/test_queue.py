"""The queue's rows and views, shared by the window and `python -m workstation queue`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from workstation import demo
from workstation.paths import Location
from workstation.queue import ACTIVE, list_rows, views
from workstation.store.db import Store, open_store

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_open_view_lists_active_tickets_due_first(store: Store) -> None:
    demo.seed(store, 300, now=NOW)
    with store.read() as session:
        rows = list_rows(session, "open", limit=500)
        counts = {view.key: count for view, count in views(session)}
    assert rows and all(r.status in ACTIVE for r in rows)
    assert len(rows) == counts["open"]
    dues = [r.due_at for r in rows]
    assert dues == sorted(dues)  # what is due first at the top


def test_search_keeps_only_matching_tickets(store: Store) -> None:
    demo.seed(store, 300, now=NOW)
    with store.read() as session:
        found = list_rows(session, "all", search="router", limit=500)
        assert found
        assert all("router" in (r.subject + " " + r.snippet).lower() for r in found[:5])
        assert list_rows(session, "all", search="zzzznotaword") == []


def test_queue_command_prints_the_same_rows(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    store = open_store(Location.resolve(data, None))
    demo.seed(store, 120, now=NOW)
    with store.read() as session:
        expected = [r.id for r in list_rows(session, "unassigned", limit=20)]
    store.close()
    result = run_cli("--data-dir", str(data), "queue", "--view", "unassigned", "--limit", "20", "--json")
    assert result.returncode == 0, result.stderr
    assert [row["id"] for row in json.loads(result.stdout)] == expected
    inbox = run_cli("--data-dir", str(data), "queue", "--view", "Soporte", "--json")
    assert inbox.returncode == 0 and {row["inbox"] for row in json.loads(inbox.stdout)} == {"Soporte"}
