"""The sentence the composer offers for an action states it well enough for the gate, in both languages."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from itertools import product

import pytest

from workstation.resolution.actions import ActionSpec, catalogue, missing_fields
from workstation.resolution.gate import check_reply
from workstation.resolution.phrasing import commitment_sentence

DUE = datetime(2026, 12, 4, 18, 0).astimezone()
#: What an agent types in the panel's description, per kind (free text, in the agent's words).
DESCRIPTIONS = {
    "en": {"replacement": "a new charger, model X2", "repair_visit": "the boiler valve",
           "correction": "the duplicate charge on order 5521 removed",
           "process_change": "we now check every order for a duplicate charge before taking the payment",
           "escalation": "the missing parcel",
           "answer": "your order 5521 left our warehouse on Monday and the courier delivers it on Thursday morning"},
    "es": {"replacement": "un cargador nuevo, modelo X2", "repair_visit": "la válvula de la caldera",
           "correction": "sin el cargo duplicado del pedido 5521",
           "process_change": "ahora revisamos cada pedido por si hay un cargo duplicado antes de cobrarlo",
           "escalation": "el paquete perdido",
           "answer": "su pedido 5521 salió de nuestro almacén el lunes y el mensajero se lo entrega el jueves por la "
                     "mañana"},
}


def variants(kind: str, language: str) -> list[ActionSpec]:
    """Every combination of the optional fields the kind has, each complete (its required fields filled)."""
    entry = catalogue().get(kind)
    found = []
    for amount, reference, owner, description in product((True, False), repeat=4):
        fields = {"kind": kind, "due": DUE if entry.due else None}
        if amount and "amount" in entry.fields:
            fields.update(amount=Decimal("29.90"), currency="EUR")
        if reference and "reference" in entry.fields:
            fields["reference"] = "RF-1001"
        if owner and "owner" in entry.fields:
            fields["owner"] = "Lucía Fernández"
        if description and "description" in entry.fields:
            fields["description"] = DESCRIPTIONS[language].get(kind, "x")
        spec = ActionSpec(**fields)
        if not missing_fields(spec, entry) and spec not in found:
            found.append(spec)
    return found


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("kind", list(catalogue().kinds))
def test_every_kinds_sentence_alone_passes_the_gate(kind: str, language: str) -> None:
    specs = variants(kind, language)
    assert specs, f"no complete {kind} to phrase"
    for spec in specs:
        sentence = commitment_sentence(spec, language)
        result = check_reply(sentence, [spec], language=language)
        assert result.accepted, (sentence, [r.text for r in result.details])


def test_the_sentence_carries_the_amount_reference_and_day_in_the_customers_format() -> None:
    refund = ActionSpec(kind="refund", amount=Decimal("29.90"), currency="EUR", reference="RF-1001", due=DUE)
    assert commitment_sentence(refund, "es") == ("Le he devuelto 29,90 € a su tarjeta (ref. RF-1001); lo verá antes "
                                                 "del viernes 4 de diciembre.")
    assert commitment_sentence(refund, "en") == ("I have refunded €29.90 to your card (ref. RF-1001); you will see "
                                                 "it by Friday 4 December.")
    big = ActionSpec(kind="credit", amount=Decimal("1250"), currency="MXN", due=DUE)
    assert "1.250,00 MXN" in commitment_sentence(big, "es")
    assert "1,250.00 MXN" in commitment_sentence(big, "en")


def test_what_the_action_lacks_is_left_out_not_left_blank() -> None:
    visit = ActionSpec(kind="repair_visit", due=DUE)
    assert commitment_sentence(visit, "en") == "A technician will visit you on Friday 4 December to repair it."
    named = ActionSpec(kind="repair_visit", due=DUE, owner="Jorge", reference="OT-77")
    assert commitment_sentence(named, "es") == ("Jorge, de nuestro equipo técnico, irá a su domicilio el viernes 4 "
                                                "de diciembre para repararlo (ref. OT-77).")
    for spec in (visit, named):
        for language in ("en", "es"):
            sentence = commitment_sentence(spec, language)
            assert "None" not in sentence and "()" not in sentence and "  " not in sentence


def test_another_language_gets_english() -> None:
    refund = ActionSpec(kind="refund", amount=Decimal("5"), currency="GBP", due=DUE)
    assert commitment_sentence(refund, "pt") == commitment_sentence(refund, "en")
    assert "£5.00" in commitment_sentence(refund, "pt")
