"""The sentence that tells the customer about an action, in the ticket's language.

When the agent adds an action in the composer's resolution panel, its
sentence is offered at the cursor ("Le he devuelto 29,90 € a su tarjeta
(ref. RF-1001); lo verá antes del viernes 4 de diciembre."), so the amount
and the date are typed once, in the panel. The agent edits it freely; the
gate judges whatever is sent.

Each sentence uses what the action has (amount, reference, owner,
description, due date) and leaves out what it has not. Amounts and dates are
written as :func:`~workstation.resolution.gate.format_amount` and
:func:`~workstation.resolution.gate.format_day` write them, which is also how
the gate names them in its reasons.
"""

from __future__ import annotations

from workstation.errors import InvalidInput
from workstation.resolution.actions import ActionSpec, catalogue
from workstation.resolution.gate import format_amount, format_day

LANGUAGES = ("en", "es")


def commitment_sentence(spec: ActionSpec, language: str) -> str:
    """The sentence that states ``spec`` to the customer, in ``language`` ("en" or "es"; others get English)."""
    language = language if language in LANGUAGES else "en"
    facts = _Facts(spec, language)
    write = _WRITERS.get(spec.kind, _other)
    return write(facts, language)


class _Facts:
    """The action's fields, written for the customer: the pieces a sentence is made of."""

    def __init__(self, spec: ActionSpec, language: str) -> None:
        self.spec = spec
        self.amount = format_amount(spec.amount, spec.currency, language) if spec.amount is not None else None
        self.day = format_day(spec.due, language) if spec.due is not None else None
        self.reference = spec.reference
        self.owner = spec.owner
        self.what = (spec.description or "").strip().rstrip(".")

    def note(self, *, what: bool = True) -> str:
        """The description (free text: it stands apart) and the reference, in one parenthesis, or nothing."""
        parts = [self.what] if what and self.what else []
        if self.reference:
            parts.append(f"ref. {self.reference}")
        return f" ({'; '.join(parts)})" if parts else ""


def _refund(f: _Facts, language: str) -> str:
    if language == "es":
        head = f"Le he devuelto {f.amount} a su tarjeta" if f.amount else "Le he devuelto el importe íntegro a su tarjeta"
        tail = f"; lo verá antes del {f.day}" if f.day else ""
    else:
        head = f"I have refunded {f.amount} to your card" if f.amount else "I have refunded the full amount to your card"
        tail = f"; you will see it by {f.day}" if f.day else ""
    return f"{head}{f.note()}{tail}."


def _credit(f: _Facts, language: str) -> str:
    if language == "es":
        head = (f"Le he aplicado un abono de {f.amount} en su cuenta" if f.amount
                else "Le he aplicado un abono en su cuenta")
        tail = f"; lo verá descontado en su factura antes del {f.day}" if f.day else ""
    else:
        head = (f"I have added a credit of {f.amount} to your account" if f.amount
                else "I have added a credit to your account")
        tail = f"; you will see it on your bill by {f.day}" if f.day else ""
    return f"{head}{f.note()}{tail}."


def _replacement(f: _Facts, language: str) -> str:
    if language == "es":
        tail = f", que le llegará el {f.day}" if f.day else ""
        return f"Le envío una unidad nueva{f.note()}{tail}."
    tail = f", which will reach you on {f.day}" if f.day else ""
    return f"I am sending you a replacement{f.note()}{tail}."


def _repair(f: _Facts, language: str) -> str:
    if language == "es":
        who = f"{f.owner}, de nuestro equipo técnico," if f.owner else "Un técnico"
        when = f" el {f.day}" if f.day else ""
        return f"{who} irá a su domicilio{when} para repararlo{f.note()}."
    who = f"{f.owner}, our technician," if f.owner else "A technician"
    when = f" on {f.day}" if f.day else ""
    return f"{who} will visit you{when} to repair it{f.note()}."


def _correction(f: _Facts, language: str) -> str:
    if language == "es":
        tail = f"; recibirá la factura corregida antes del {f.day}" if f.day else ""
        return f"He corregido su factura{f.note()}{tail}."
    tail = f"; you will receive the corrected invoice by {f.day}" if f.day else ""
    return f"I have corrected your invoice{f.note()}{tail}."


def _cancellation(f: _Facts, language: str) -> str:
    if language == "es":
        tail = f"; la baja será efectiva el {f.day}" if f.day else ""
        return f"Como nos pidió, he cancelado su servicio{f.note()}{tail}."
    tail = f"; the cancellation takes effect on {f.day}" if f.day else ""
    return f"As you asked, I have cancelled it{f.note()}{tail}."


def _process_change(f: _Facts, language: str) -> str:
    # The description is the agent's own sentence: it stands alone, after the commitment and its date.
    if language == "es":
        who = f"; {f.owner} se encarga de ello" if f.owner else ""
        when = f" a partir del {f.day}" if f.day else ""
        what = f" Lo que cambia: {f.what}." if f.what else ""
        return f"Hemos cambiado nuestro proceso{when}{f.note(what=False)}{who}.{what}"
    who = f"; {f.owner} is in charge of it" if f.owner else ""
    when = f" from {f.day}" if f.day else ""
    what = f" What changes: {f.what}." if f.what else ""
    return f"We have changed our process{when}{f.note(what=False)}{who}.{what}"


def _escalation(f: _Facts, language: str) -> str:
    if language == "es":
        when = f" antes del {f.day}" if f.day else ""
        about = f" sobre {f.what}" if f.what else ""
        return f"{f.owner or 'Un responsable'} se ocupa de su caso{f.note(what=False)} y le llamará{when}{about}."
    when = f" by {f.day}" if f.day else ""
    about = f" about {f.what}" if f.what else ""
    return f"{f.owner or 'A manager'} is handling your case{f.note(what=False)} and will call you{when}{about}."


def _answer(f: _Facts, language: str) -> str:
    if not f.what:
        return ""
    lead = "En respuesta a su pregunta: " if language == "es" else "To answer your question: "
    return f"{lead}{f.what}{f.note(what=False)}."


def _other(f: _Facts, language: str) -> str:
    """A kind a supervisor added: its name from the catalogue, with what the action has."""
    try:
        name = catalogue().get(f.spec.kind).name(language).lower()
    except InvalidInput:  # a kind only a data folder's catalogue knows: its key reads well enough
        name = f.spec.kind.replace("_", " ")
    amount = f" de {f.amount}" if f.amount and language == "es" else f" of {f.amount}" if f.amount else ""
    if language == "es":
        tail = f"; estará hecho antes del {f.day}" if f.day else ""
        return f"He tramitado su {name}{amount}{f.note()}{tail}."
    tail = f"; it will be done by {f.day}" if f.day else ""
    return f"I have arranged your {name}{amount}{f.note()}{tail}."


_WRITERS = {
    "refund": _refund, "credit": _credit, "replacement": _replacement, "repair_visit": _repair,
    "correction": _correction, "cancellation": _cancellation, "process_change": _process_change,
    "escalation": _escalation, "answer": _answer,
}
