"""A review pack cut by period and by agent holds exactly those tickets (SQLite, and a team's PostgreSQL)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from workstation import demo, review_pack
from workstation.errors import InvalidInput, NotFound
from workstation.store.db import Store
from workstation.store.models import Agent, Ticket

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_pack_of_a_period_and_two_agents(store: Store, tmp_path: Path) -> None:
    demo.seed(store, 120, now=NOW)
    since, until = NOW - timedelta(days=20), NOW - timedelta(days=3)
    with store.read() as session:
        agents = {a.name: a.id for a in session.scalars(select(Agent).where(Agent.name.in_(
            ("Carmen Ortega", "Marcos Ruiz"))))}
        expected = set(session.scalars(select(Ticket.id).where(
            Ticket.created_at >= since, Ticket.created_at < until, Ticket.assignee_id.in_(agents.values()))))
        everyone = set(session.scalars(select(Ticket.id).where(Ticket.created_at >= since,
                                                               Ticket.created_at < until)))
    assert expected and everyone - expected  # the cut leaves something out
    target = tmp_path / "semana.mostrador"
    info = review_pack.export(store, target, since=since, until=until, assignees=sorted(agents),
                              author="Lucía Fernández")
    with sqlite3.connect(target) as pack:
        assert {row[0] for row in pack.execute("SELECT id FROM tickets")} == expected
    assert info.tickets == len(expected)

    with pytest.raises(InvalidInput, match="ends before it starts"):
        review_pack.export(store, tmp_path / "back.mostrador", since=until, until=since)
    with pytest.raises(NotFound):
        review_pack.export(store, tmp_path / "nobody.mostrador", assignees=["Nadie Conocido"])
    assert not (tmp_path / "back.mostrador").exists() and not (tmp_path / "nobody.mostrador").exists()


def test_cli_pack_by_assignee_and_until(run_cli, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    base = ("--data-dir", str(data_dir), "--agent", "Lucía Fernández")
    assert run_cli(*base, "demo", "seed", "60").returncode == 0
    target = tmp_path / "carmen.mostrador"
    result = run_cli(*base, "export", "review-pack", str(target), "--assignee", "Carmen Ortega",
                     "--until", "2999-01-01")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(data_dir / "mostrador.sqlite3") as live, sqlite3.connect(target) as pack:
        carmen = live.execute("SELECT id FROM agents WHERE name = 'Carmen Ortega'").fetchone()[0]
        expected = {r[0] for r in live.execute("SELECT id FROM tickets WHERE assignee_id = ?", (carmen,))}
        assert {r[0] for r in pack.execute("SELECT id FROM tickets")} == expected
    assert f"{len(expected)} tickets" in result.stdout
    bad = run_cli(*base, "export", "review-pack", str(tmp_path / "x.mostrador"), "--until", "soon")
    assert bad.returncode == 2 and "--until soon: use YYYY-MM-DD." in bad.stderr
