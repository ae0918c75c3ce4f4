"""Setting up a team: ``team init``, moving a desk in, review packs from the team database."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.integration.test_team_sync import team_url
from workstation import review_pack
from workstation.paths import Location
from workstation.store.db import open_store
from workstation.tickets import add_note

pytestmark = [pytest.mark.postgres]

TABLES = ("tickets", "messages", "customers", "customer_addresses", "events", "agents", "accounts", "notes",
          "actions", "replies")


def counts(url: str) -> dict[str, int]:
    with psycopg.connect(url, autocommit=True) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_team_init_creates_the_database_and_moves_a_desk_in_once(run_cli, postgres_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = team_url(postgres_server.url(f"team_{tmp_path.name[-12:].lower().replace('-', '_')}"))
    made = run_cli("team", "init", url)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"The team database {url} is ready")
    assert run_cli("team", "init", url).returncode == 0  # again: nothing to do, no error

    desk = tmp_path / "desk"
    assert run_cli("--data-dir", str(desk), "demo", "seed", "60").returncode == 0
    store = open_store(Location.resolve(desk, None))
    with store.read() as session:
        from sqlalchemy import select

        from workstation.store.models import Agent, Ticket
        ticket_id = session.scalars(select(Ticket.id).order_by(Ticket.id)).first()
        agent = session.scalars(select(Agent.name).order_by(Agent.id)).first()
    add_note(store, ticket_id, "Llamar el lunes.", actor=agent)  # type: ignore[arg-type]
    store.close()
    import sqlite3

    with sqlite3.connect(desk / "mostrador.sqlite3") as conn:
        expected = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    assert expected["tickets"] == 60 and expected["notes"] == 1

    moved = run_cli("--data-dir", str(desk), "team", "move", url)
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.splitlines()[0] == f"Moved this desk into {url}; every table's rows counted on both sides:"
    assert f"  tickets              {60:>9,}" in moved.stdout.splitlines()
    after = counts(url)
    assert {t: after[t] - (1 if t == "events" else 0) for t in TABLES} == expected  # and the move's own record
    again = run_cli("--data-dir", str(desk), "team", "move", url)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == f"This desk was already moved into {url}; the counts still match:"
    assert counts(url) == after
    # The team database goes on from there: new rows get new ids.
    assert run_cli("--database", url, "--agent", agent, "ticket", "note", str(ticket_id), "Hecho.").returncode == 0
    assert counts(url)["notes"] == 2

    other = tmp_path / "other"
    assert run_cli("--data-dir", str(other), "demo", "seed", "5").returncode == 0
    refused = run_cli("--data-dir", str(other), "team", "move", url)
    assert refused.returncode != 0
    assert "already holds data" in refused.stderr and "a desk moves only into an empty one" in refused.stderr


def test_review_pack_from_the_team_database_and_its_notes_back_once(run_cli, postgres_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = team_url(postgres_url)
    assert run_cli("--database", url, "demo", "seed", "40").returncode == 0
    with psycopg.connect(url, autocommit=True) as conn:
        [reviewer] = conn.execute("SELECT name FROM agents WHERE role = 'supervisor' ORDER BY id LIMIT 1").fetchone()
    pack_path = tmp_path / "semana.mostrador"
    made = run_cli("--database", url, "--agent", reviewer, "export", "review-pack", str(pack_path),
                   "--since", "2000-01-01")
    assert made.returncode == 0, made.stderr
    pack = review_pack.open_pack(pack_path)
    try:
        with pack.read() as session:
            from sqlalchemy import func, select

            from workstation.store.models import Message, Ticket
            assert session.scalar(select(func.count()).select_from(Ticket)) == 40
            assert session.scalar(select(func.count()).select_from(Message)) == counts(url)["messages"]
            ticket_id = session.scalars(select(Ticket.id).order_by(Ticket.id)).first()
        add_note(pack, ticket_id, "Buena respuesta: di también la fecha.", kind="coaching",  # type
                 actor=reviewer)  # type: ignore[arg-type]
    finally:
        pack.close()
    first = run_cli("--database", url, "import", "review-notes", str(pack_path))
    second = run_cli("--database", url, "import", "review-notes", str(pack_path))
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert "Imported 1" in first.stdout and "Imported 0" in second.stdout
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT ticket_id, body FROM notes WHERE kind = 'coaching'").fetchall() == [
            (ticket_id, "Buena respuesta: di también la fecha.")]
