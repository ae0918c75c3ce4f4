"""When the gate is wrong, a person decides: check-reply with actions, send for review, approve and teach.

Run as a user runs it, through ``python -m workstation``; what is checked is
what the command prints, what the outbox holds and what the site's lexicon
file holds.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from workstation.mail.endpoints import Security
from workstation.paths import Location
from workstation.store.db import open_store
from workstation.store.models import (
    Account,
    Action,
    ActionStatus,
    Customer,
    CustomerAddress,
    Direction,
    Event,
    Message,
    Reply,
    ReplyState,
    Ticket,
)

REFUND = {"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-04"}
#: Spanish banking usage ("retrocesión": a charge sent back to the card) the shipped lexicons do not know.
UNRECOGNISED = "Hola, Ana: hoy le hemos hecho la retrocesión a su Visa."
APOLOGY = "Lamentamos mucho las molestias. Lo revisaremos lo antes posible."


def a_ticket(data_dir: Path) -> int:
    store = open_store(Location.resolve(data_dir, None))
    try:
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
            session.add(Message(ticket_id=ticket.id, message_id="<c1@example.org>", from_addr="ana@example.org",
                                subject="Cobro duplicado", direction=Direction.INBOUND,
                                date=datetime(2026, 11, 20, 9, 0, tzinfo=UTC), body_text="Me cobraron dos veces."))
            return ticket.id
    finally:
        store.close()


def files(tmp_path: Path, text: str, actions: list[dict[str, str]] | None) -> tuple[str, str]:
    body, acts = tmp_path / "reply.txt", tmp_path / "actions.json"
    body.write_text(text, encoding="utf-8")
    acts.write_text(json.dumps(actions or []), encoding="utf-8")
    return str(body), str(acts)


def test_check_reply_judges_the_text_with_its_actions(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "data")
    body, actions = files(tmp_path, "Le devolveremos el dinero.", [REFUND])
    result = run_cli("--data-dir", data, "check-reply", body, "--actions-file", actions, "--lang", "es")
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert verdict["accepted"] is False
    # The amount and the day as the customer writes them (the reply goes to a Spanish speaker).
    assert any(r.startswith("Add the amount") and "45,90 €" in r for r in verdict["reasons"]), verdict
    assert any(r.startswith("Say when") and "viernes 4 de diciembre" in r for r in verdict["reasons"]), verdict
    assert verdict["review"] is True  # the action is complete: a supervisor could approve it as written

    english = json.loads(run_cli("--data-dir", data, "check-reply", body, "--actions-file", actions).stdout)
    assert "Add the amount: the refund is €45.90." in english["reasons"]
    assert "Say when: the refund is due Friday 4 December." in english["reasons"]

    stated = tmp_path / "stated.txt"
    stated.write_text("I have refunded €45.90 to your card; you will see it by Friday 4 December.", encoding="utf-8")
    accepted = json.loads(run_cli("--data-dir", data, "check-reply", str(stated), "--actions-file", actions).stdout)
    assert accepted == {"accepted": True, "reasons": [], "flagged": []}


def test_check_reply_without_actions_judges_the_text_alone_and_never_offers_review(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = str(tmp_path / "data")
    body, _ = files(tmp_path, APOLOGY, None)
    verdict = json.loads(run_cli("--data-dir", data, "check-reply", body).stdout)
    assert set(verdict) == {"accepted", "reasons", "flagged"} and verdict["accepted"] is False
    incomplete = tmp_path / "incomplete.json"
    incomplete.write_text(json.dumps([{"kind": "refund"}]), encoding="utf-8")
    verdict = json.loads(run_cli("--data-dir", data, "check-reply", body, "--actions-file", str(incomplete)).stdout)
    assert verdict["accepted"] is False and "review" not in verdict
    assert any("needs: amount, currency" in reason for reason in verdict["reasons"])


def test_a_bad_actions_file_is_one_sentence(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    body, _ = files(tmp_path, APOLOGY, None)
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    result = run_cli("--data-dir", str(tmp_path / "data"), "check-reply", body, "--actions-file", str(broken))
    assert result.returncode != 0 and result.stdout == ""
    assert "is not valid JSON" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_sent_for_review_waits_and_a_supervisor_approves_and_teaches_the_phrasing(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    data = str(data_dir)
    ticket = str(a_ticket(data_dir))
    assert run_cli("--data-dir", data, "agent", "add", "Marta", "--supervisor").returncode == 0
    assert run_cli("--data-dir", data, "agent", "add", "Pablo").returncode == 0
    body, actions = files(tmp_path, UNRECOGNISED, [REFUND])

    refused = run_cli("--data-dir", data, "--agent", "Pablo", "reply", ticket, "--body-file", body,
                      "--actions-file", actions)
    assert refused.returncode == 3  # the gate does not read "retrocesión" as a refund
    assert json.loads(refused.stdout)["review"] is True

    sent = run_cli("--data-dir", data, "--agent", "Pablo", "reply", ticket, "--body-file", body, "--actions-file",
                   actions, "--for-review", "--json")
    assert sent.returncode == 0, sent.stderr
    outcome = json.loads(sent.stdout)
    assert outcome["state"] == "awaiting_approval"
    assert any("does not tell the customer about the" in r for r in outcome["review"])
    listed = json.loads(run_cli("--data-dir", data, "outbox", "list", "--json").stdout)
    assert [(r["id"], r["state"], r["review"]) for r in listed] == [(outcome["reply"], "awaiting_approval", True)]
    assert "does not tell the customer" in listed[0]["why"]

    approved = run_cli("--data-dir", data, "--agent", "Marta", "outbox", "approve", str(outcome["reply"]),
                       "--learn", "hecho la retrocesión", "--learn-kind", "refund")
    assert approved.returncode == 0, approved.stderr
    assert "“hecho la retrocesión” as a refund" in approved.stdout
    assert "hecho\\s+la\\s+retrocesi" in (data_dir / "lexicons" / "site.yaml").read_text(encoding="utf-8")

    # The same phrasing now passes, for everyone on this site.
    again = tmp_path / "again.txt"
    again.write_text("Le hemos hecho la retrocesión de 45,90 € esta mañana.", encoding="utf-8")
    verdict = json.loads(run_cli("--data-dir", data, "check-reply", str(again), "--actions-file", actions,
                                 "--lang", "es").stdout)
    assert verdict["accepted"] is True, verdict

    store = open_store(Location.resolve(data_dir, None))
    try:
        with store.read() as session:
            reply = session.get(Reply, outcome["reply"])
            assert reply is not None and reply.state is ReplyState.QUEUED and reply.body_text == UNRECOGNISED
            assert reply.gate_result["review"] is True and reply.gate_result["accepted"] is False
            assert session.scalars(select(Action.status)).all() == [ActionStatus.PROMISED]
            events = [(e.kind, e.actor) for e in session.scalars(select(Event).order_by(Event.id))
                      if e.kind.startswith("reply_")]
            learned = session.scalars(select(Event.data).where(Event.kind == "reply_approved")).one()
    finally:
        store.close()
    assert events == [("reply_refused", "Pablo"), ("reply_sent_for_review", "Pablo"), ("reply_approved", "Marta")]
    assert learned["learned"] == {"phrase": "hecho la retrocesión", "kind": "refund"}


def test_a_reply_without_a_complete_action_can_never_be_sent_for_review(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    ticket = str(a_ticket(data_dir))
    for actions in ([], [{"kind": "refund"}]):
        body, acts = files(tmp_path, APOLOGY, actions)
        result = run_cli("--data-dir", str(data_dir), "reply", ticket, "--body-file", body, "--actions-file", acts,
                         "--for-review")
        assert result.returncode == 3, result.stdout
        assert "review" not in json.loads(result.stdout)
    listed = json.loads(run_cli("--data-dir", str(data_dir), "outbox", "list", "--json").stdout)
    assert listed == []


def test_learning_needs_a_known_kind_and_both_flags(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    data, ticket = str(data_dir), str(a_ticket(data_dir))
    body, actions = files(tmp_path, UNRECOGNISED, [REFUND])
    outcome = json.loads(run_cli("--data-dir", data, "reply", ticket, "--body-file", body, "--actions-file", actions,
                                 "--for-review", "--json").stdout)
    alone = run_cli("--data-dir", data, "outbox", "approve", str(outcome["reply"]), "--learn", "hecho la retrocesión")
    assert alone.returncode != 0 and "--learn and --learn-kind go together" in alone.stderr
    unknown = run_cli("--data-dir", data, "outbox", "approve", str(outcome["reply"]), "--learn", "hecho la retrocesión",
                      "--learn-kind", "refundd")
    assert unknown.returncode != 0 and "'refundd' is not a kind of action" in unknown.stderr
    assert not (data_dir / "lexicons" / "site.yaml").exists()
    listed = json.loads(run_cli("--data-dir", data, "outbox", "list", "--json").stdout)
    assert [r["state"] for r in listed] == ["awaiting_approval"]  # nothing approved by a failed step


def test_a_returned_reply_comes_back_to_its_author_with_its_actions(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workstation.outbox.compose import load_draft, return_reply

    data_dir = tmp_path / "data"
    data = str(data_dir)
    ticket = a_ticket(data_dir)
    assert run_cli("--data-dir", data, "agent", "add", "Marta", "--supervisor").returncode == 0
    assert run_cli("--data-dir", data, "agent", "add", "Pablo").returncode == 0
    body, actions = files(tmp_path, UNRECOGNISED, [REFUND])
    sent = run_cli("--data-dir", data, "--agent", "Pablo", "reply", str(ticket), "--body-file", body,
                   "--actions-file", actions, "--for-review", "--json")
    assert sent.returncode == 0, sent.stderr
    store = open_store(Location.resolve(data_dir, None))
    try:
        return_reply(store, json.loads(sent.stdout)["reply"], "Say 'reembolso': not every customer knows 'retrocesión'.",
                     supervisor="Marta")
        draft = load_draft(store, ticket, author="Pablo")
        with store.read() as session:
            left = session.scalars(select(Action)).all()
    finally:
        store.close()
    assert draft is not None
    assert draft.body == UNRECOGNISED  # the author's words, without the quote that went below them
    assert [(a.kind, a.amount, a.currency) for a in draft.actions] == [("refund", Decimal("45.90"), "EUR")]
    assert left == []  # nothing is promised to the customer until the reply is queued again
