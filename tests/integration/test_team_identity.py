"""Team mode: each desk signs in to PostgreSQL as its agent's own role; authority follows the role."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.integration.test_team_sync import team_url
from workstation.mail.endpoints import Security
from workstation.paths import Location
from workstation.store.db import open_store
from workstation.store.models import Account, Customer, CustomerAddress, Ticket

pytestmark = [pytest.mark.postgres]

REFUND = {"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"}
BODY = ("Hola, Ana: tiene razón, le cobramos dos veces. Hoy le reembolsamos 45,90 € a su tarjeta; "
        "lo verá antes del 1 de diciembre.")


def as_role(url: str, role: str) -> str:
    return make_url(url).set(username=role).render_as_string(hide_password=False)


@pytest.fixture
def team(run_cli, postgres_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A team database made by its administrator: Marta and Luis supervise, Pablo answers; each has a role."""
    admin = team_url(postgres_url)
    assert run_cli("--database", admin, "init").returncode == 0
    for name, extra in (("Marta", ["--supervisor"]), ("Luis", ["--supervisor"]), ("Pablo", [])):
        added = run_cli("--database", admin, "agent", "add", name, "--email", f"{name.lower()}@example.com",
                        *extra, "--role")
        assert added.returncode == 0, added.stderr
        assert added.stdout.splitlines()[-1] == f"{name} signs in to the team database as {name.lower()}."
    store = open_store(Location.resolve(tmp_path / "admin", admin))
    with store.session() as session:
        account = Account(name="Soporte", email="soporte@example.com", imap_host="127.0.0.1", imap_port=143,
                          imap_security=Security.PLAIN, smtp_host="127.0.0.1", smtp_port=25,
                          smtp_security=Security.PLAIN, username="soporte@example.com")
        customer = Customer(name="Ana Pérez", addresses=[CustomerAddress(address="ana@example.org")])
        session.add_all([account, customer])
        session.flush()
        ticket = Ticket(account_id=account.id, customer_id=customer.id, subject="Cobro duplicado",
                        normalized_subject="cobro duplicado", language="es")
        session.add(ticket)
        session.flush()
        ticket_id = ticket.id
    store.close()
    body, actions = tmp_path / "reply.txt", tmp_path / "actions.json"
    body.write_text(BODY, encoding="utf-8")
    actions.write_text(json.dumps([REFUND]), encoding="utf-8")
    return {"admin": admin, "ticket": str(ticket_id), "body": str(body), "actions": str(actions)}


def test_agent_naming_someone_else_is_refused(run_cli, team) -> None:  # type: ignore[no-untyped-def]
    pablo = as_role(team["admin"], "pablo")
    claimed = run_cli("--database", pablo, "--agent", "Marta", "agent", "limit", "Pablo", "refund", "1000",
                      "--currency", "EUR")
    assert claimed.returncode != 0
    assert claimed.stderr.strip().splitlines() == [
        "mostrador: You are signed in to the team database as pablo, which is Pablo; you cannot act as Marta. "
        "Leave out --agent (and MOSTRADOR_AGENT), or sign in with Marta's own database role."]
    by_env = run_cli("--database", pablo, "ticket", "note", team["ticket"], "hola", env={"MOSTRADOR_AGENT": "Luis"})
    assert by_env.returncode != 0 and "you cannot act as Luis" in by_env.stderr
    # Without --agent the role says who acts: the note is Pablo's, and he cannot raise his own limit.
    assert run_cli("--database", pablo, "ticket", "note", team["ticket"], "Llamé a Ana").returncode == 0
    refused = run_cli("--database", pablo, "agent", "limit", "Pablo", "refund", "1000", "--currency", "EUR")
    assert refused.returncode != 0 and "Pablo is not a supervisor" in refused.stderr
    with psycopg.connect(pablo.replace("postgresql://", "postgresql://", 1), autocommit=True) as conn:
        [(actor,)] = conn.execute("SELECT actor FROM events WHERE kind = 'note_added'").fetchall()
        assert actor == "Pablo"
        # Writing the table by hand does not get round it either.
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only a supervisor changes roles and limits"):
            conn.execute("UPDATE agents SET limits = '{\"refund\": {\"amount\": \"1000\"}}' WHERE name = 'Pablo'")
    marta = as_role(team["admin"], "marta")
    assert run_cli("--database", marta, "agent", "limit", "Pablo", "refund", "30", "--currency", "EUR").returncode == 0


def test_an_agent_cannot_approve_their_own_over_limit_reply(run_cli, team) -> None:  # type: ignore[no-untyped-def]
    pablo, marta, luis = (as_role(team["admin"], name) for name in ("pablo", "marta", "luis"))
    assert run_cli("--database", marta, "agent", "limit", "Pablo", "refund", "30", "--currency", "EUR").returncode == 0
    queued = run_cli("--database", pablo, "reply", team["ticket"], "--body-file", team["body"], "--actions-file",
                     team["actions"], "--json")
    assert queued.returncode == 0, queued.stderr
    outcome = json.loads(queued.stdout)
    assert outcome["state"] == "awaiting_approval"  # 45.90 EUR is above Pablo's 30
    reply = str(outcome["reply"])

    own = run_cli("--database", pablo, "outbox", "approve", reply)
    assert own.returncode != 0 and "Pablo is not a supervisor" in own.stderr
    claimed = run_cli("--database", pablo, "--agent", "Marta", "outbox", "approve", reply)
    assert claimed.returncode != 0 and "you cannot act as Marta" in claimed.stderr
    # Around the program, straight into the table, as his role: the database refuses each way of doing it.
    with psycopg.connect(pablo, autocommit=True) as conn:
        ids = dict(conn.execute("SELECT name, id FROM agents").fetchall())
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="cannot approve their own reply"):
            conn.execute("UPDATE replies SET state = 'queued', approved_by_id = %s WHERE id = %s",
                         (ids["Pablo"], int(reply)))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="cannot approve in another agent's name"):
            conn.execute("UPDATE replies SET state = 'queued', approved_by_id = %s WHERE id = %s",
                         (ids["Marta"], int(reply)))
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="leaves only approved by a supervisor"):
            conn.execute("UPDATE replies SET state = 'queued' WHERE id = %s", (int(reply),))
        assert conn.execute("SELECT state FROM replies WHERE id = %s", (int(reply),)).fetchone()[0] == \
            "awaiting_approval"
    review = run_cli("--database", marta, "outbox", "approve", reply)
    assert review.returncode == 0, review.stderr
    with psycopg.connect(luis, autocommit=True) as conn:
        assert conn.execute("SELECT r.state, a.name FROM replies r JOIN agents a ON a.id = r.approved_by_id "
                            "WHERE r.id = %s", (int(reply),)).fetchone() == ("queued", "Marta")
        assert conn.execute("SELECT actor FROM events WHERE kind = 'reply_approved'").fetchone()[0] == "Marta"
