"""Playbooks: the shipped ones load, the right one is suggested, steps need what they require."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from tests.unit.ui.composer.test_composer import CONCRETE, REFUND, a_ticket
from workstation import playbooks
from workstation.errors import InvalidInput
from workstation.outbox.compose import queue_reply
from workstation.store.db import Store
from workstation.store.models import Event

SHIPPED = {"service_outage", "billing_error", "late_delivery", "defective_product", "going_public",
           "security_incident", "third_contact", "about_to_leave"}


def test_every_shipped_playbook_loads_and_validates() -> None:
    library = playbooks.load()
    assert library.problems == []
    assert set(library.playbooks) == SHIPPED
    for playbook in library.playbooks.values():
        assert playbook.name("en") and playbook.name("es")
        assert {s.requires for s in playbook.steps} >= {"acknowledge", "action", "close_loop"}
        assert all(s.text("guidance", lang) for s in playbook.steps for lang in ("en", "es"))


@pytest.mark.parametrize(("text", "expected"), [
    ("Your website is down since this morning and I can't log in to pay.", "service_outage"),
    ("Llevo toda la mañana sin servicio, la web no funciona.", "service_outage"),
    ("You charged me twice for the same order, 2 x 45 EUR.", "billing_error"),
    ("Me han cobrado dos veces el pedido 77.", "billing_error"),
    ("My parcel has not arrived and it was due last week.", "late_delivery"),
    ("El paquete no ha llegado y sigo esperando.", "late_delivery"),
    ("The kettle stopped working after two days, it's defective.", "defective_product"),
    ("La cafetera llegó rota y no enciende.", "defective_product"),
    ("If this is not fixed today I will write about it on my blog and social media.", "going_public"),
    ("Si no me lo solucionan lo voy a publicar en redes sociales.", "going_public"),
    ("Someone accessed my account and changed my password, was my data leaked? GDPR", "security_incident"),
    ("Creo que alguien entró en mi cuenta: ¿ha habido una brecha de datos?", "security_incident"),
    ("I want to cancel my subscription, I'm switching to another provider.", "about_to_leave"),
    ("Quiero darme de baja, me voy a la competencia.", "about_to_leave"),
])
def test_the_right_playbook_is_suggested_in_both_languages(text: str, expected: str) -> None:
    suggestions = playbooks.suggest(playbooks.load(), text)
    assert suggestions and suggestions[0].key == expected, suggestions


def test_a_third_message_suggests_the_third_contact_playbook() -> None:
    library = playbooks.load()
    assert "third_contact" not in {s.key for s in playbooks.suggest(library, "Hello?", customer_messages=1)}
    assert playbooks.suggest(library, "Hello? Any news?", customer_messages=3)[0].key == "third_contact"


def test_a_step_is_done_only_with_what_it_requires(sqlite_store: Store) -> None:
    ticket_id = a_ticket(sqlite_store)
    run = playbooks.start(sqlite_store, ticket_id, "billing_error", actor=None).run_id
    with pytest.raises(InvalidInput, match="needs a reply that commits to a concrete action"):
        playbooks.complete_step(sqlite_store, run, "action")
    with pytest.raises(InvalidInput, match="the problem in the customer's words"):
        playbooks.complete_step(sqlite_store, run, "restate")
    with pytest.raises(InvalidInput, match="needs a reason"):
        playbooks.skip_step(sqlite_store, run, "owner", " ")

    queue_reply(sqlite_store, ticket_id, CONCRETE, [REFUND])
    done = playbooks.complete_step(sqlite_store, run, "action")
    assert done.state == "done" and done.minutes is not None
    playbooks.complete_step(sqlite_store, run, "restate", evidence="“Me habéis cobrado dos veces el pedido 77”")
    playbooks.skip_step(sqlite_store, run, "owner", "Billing already knows: incident #3")
    with sqlite_store.read() as session:
        kinds = [e.kind for e in session.scalars(select(Event).where(Event.ticket_id == ticket_id).order_by(Event.id))]
    assert kinds.count("playbook_step_done") == 2 and "playbook_step_skipped" in kinds


def test_a_broken_playbook_is_reported_with_its_line_and_the_rest_load(tmp_path: Path) -> None:
    folder = playbooks.user_folder(tmp_path)
    folder.mkdir(parents=True)
    (folder / "broken.yaml").write_text("key: broken\ntitle:\n  en: Broken\n  es: Roto\nsteps: [\n", encoding="utf-8")
    (folder / "wrong.yaml").write_text(
        "key: wrong\ntitle: {en: Wrong, es: Mal}\nwhen: {keywords: {en: [x]}}\nsteps:\n"
        "  - key: one\n    title: {en: One, es: Uno}\n    guidance: {en: Do it, es: Hazlo}\n    requires: magic\n",
        encoding="utf-8")
    library = playbooks.load(tmp_path)
    problems = {p.path.name: p for p in library.problems}
    assert problems["broken.yaml"].line == 6 and "not valid YAML" in problems["broken.yaml"].message
    assert problems["wrong.yaml"].line == 8 and "'magic'" in problems["wrong.yaml"].message
    assert set(library.playbooks) == SHIPPED  # the others still load


def test_playbook_check_command(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = playbooks.RESOURCES / "playbooks" / "going_public.yaml"
    ok = run_cli("--data-dir", str(tmp_path), "playbook", "check", str(good))
    assert ok.returncode == 0 and "is valid" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("key: Bad Key\n", encoding="utf-8")
    refused = run_cli("--data-dir", str(tmp_path), "playbook", "check", str(bad))
    assert refused.returncode == 1 and "bad.yaml, line 1" in refused.stdout
